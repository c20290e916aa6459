import json

from typer.testing import CliRunner

from policy_nlp.cli import app
from tests.conftest import copy_news

runner = CliRunner()


def test_dask_engine_on_a_local_cluster_matches_the_local_runner(tmp_path):
    folder = copy_news(tmp_path / "in", 5)
    (folder / "zz-broken.txt").write_bytes(b"\x00\x01")
    local, dask_out = tmp_path / "local.jsonl", tmp_path / "dask.jsonl"
    assert runner.invoke(app, ["batch", str(folder), "-o", str(local), "--workers", "1", "--quiet"]).exit_code == 0
    result = runner.invoke(
        app, ["batch", str(folder), "-o", str(dask_out), "--engine", "dask", "--workers", "2", "--merge", "--quiet"]
    )
    assert result.exit_code == 0, result.output
    assert dask_out.read_bytes() == local.read_bytes()
    manifest = json.loads((tmp_path / "dask.jsonl.parts" / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["documents"] == 6 and manifest["errors"] == 1
    assert [p["index"] for p in manifest["parts"]] == sorted(p["index"] for p in manifest["parts"])
    assert len(manifest["parts"]) > 1
