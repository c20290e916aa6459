import json
import os
import signal
import subprocess
import sys
import time

from typer.testing import CliRunner

from policy_nlp.cli import app
from policy_nlp.resources import corpus_dir
from tests.conftest import copy_news

runner = CliRunner()


def batch(*args):
    return runner.invoke(app, ["batch", *args, "--quiet"])


def make_corpus(tmp_path):
    folder = copy_news(tmp_path / "in", 6)
    (folder / "zz-binary.txt").write_bytes(b"\x00\x01\x02")
    (folder / "zz-empty.md").write_text("\n", encoding="utf-8")
    (folder / "lines.jsonl").write_text(
        json.dumps({"id": "j1", "text": "研发投入超16亿元。", "year": 2024}, ensure_ascii=False) + "\n{broken\n",
        encoding="utf-8",
    )
    return folder


def test_every_document_gives_one_line_errors_included(tmp_path):
    folder = make_corpus(tmp_path)
    out = tmp_path / "out.jsonl"
    result = batch(str(folder), "-o", str(out), "--workers", "1")
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(records) == 6 + 2 + 2
    ids = [r["doc_id"] for r in records]
    assert ids[:2] == ["lines.jsonl:1", "lines.jsonl:2"] or "j1" in ids
    errors = {r["doc_id"]: r["error"] for r in records if r["error"]}
    assert "binary" in errors["zz-binary.txt"] and errors["zz-empty.md"] == "empty document"
    assert next(r for r in records if r["doc_id"] == "j1")["meta"] == {"year": 2024}
    assert batch(str(folder), "-o", str(out), "--workers", "1", "--strict").exit_code == 1


def test_output_is_identical_for_any_worker_count(tmp_path):
    folder = make_corpus(tmp_path)
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    assert batch(str(folder), "-o", str(one), "--workers", "1").exit_code == 0
    assert batch(str(folder), "-o", str(two), "--workers", "2").exit_code == 0
    assert one.read_bytes() == two.read_bytes()


def test_resume_repairs_truncated_line_and_skips_done(tmp_path):
    folder = make_corpus(tmp_path)
    full, partial = tmp_path / "full.jsonl", tmp_path / "partial.jsonl"
    assert batch(str(folder), "-o", str(full), "--workers", "1").exit_code == 0
    lines = full.read_bytes().splitlines(keepends=True)
    partial.write_bytes(b"".join(lines[:4]) + lines[4][:50])  # as if killed mid-write
    assert batch(str(folder), "-o", str(partial), "--workers", "1", "--resume").exit_code == 0
    assert sorted(partial.read_bytes().splitlines()) == sorted(full.read_bytes().splitlines())


def test_resume_after_kill(tmp_path):
    folder = tmp_path / "many"
    folder.mkdir()
    text = (corpus_dir() / "news-xiaoshan-2025.txt").read_text(encoding="utf-8")
    for i in range(40):
        (folder / f"doc{i:03d}.txt").write_text(text, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    command = [
        sys.executable,
        "-m",
        "policy_nlp.cli",
        "batch",
        str(folder),
        "-o",
        str(out),
        "--workers",
        "1",
        "--quiet",
    ]
    proc = subprocess.Popen(command, start_new_session=True)
    deadline = time.time() + 120
    while time.time() < deadline and (not out.exists() or out.stat().st_size < 10_000):
        time.sleep(0.2)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    subprocess.run([*command, "--resume"], check=True, timeout=600)
    ids = [json.loads(line)["doc_id"] for line in out.read_text(encoding="utf-8").splitlines()]
    assert sorted(ids) == [f"doc{i:03d}.txt" for i in range(40)]


def test_user_mistakes(tmp_path):
    assert batch(str(tmp_path / "missing"), "-o", str(tmp_path / "o.jsonl")).exit_code == 2
    assert batch(str(corpus_dir()), "-o", str(tmp_path)).exit_code == 2


def test_runner_works_under_spawn_and_forkserver(tmp_path):
    import io

    from policy_nlp.batch.runner import PipelineSpec, run
    from policy_nlp.io import Document

    documents = [Document(f"d{i}", "mem", "研发投入超16亿元。" * (i + 1), {}) for i in range(5)]
    outputs = []
    for method in ("spawn", "forkserver"):
        out = io.StringIO()
        summary = run(iter(documents), out, PipelineSpec(), workers=2, start_method=method)
        assert summary.documents == 5 and summary.errors == 0
        outputs.append(out.getvalue())
    assert outputs[0] == outputs[1]
    assert [json.loads(line)["doc_id"] for line in outputs[0].splitlines()] == [f"d{i}" for i in range(5)]
