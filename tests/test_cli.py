import json
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
from typer.testing import CliRunner

from policy_nlp.cli import app
from policy_nlp.records import json_schema
from policy_nlp.resources import corpus_dir

SAMPLE = str(corpus_dir() / "news-xiaoshan-2025.txt")
runner = CliRunner()


def invoke(*args, input=None):
    return runner.invoke(app, list(args), input=input)


def test_annotate_jsonl_is_one_schema_valid_line():
    result = invoke("annotate", SAMPLE, "--format", "jsonl")
    assert result.exit_code == 0, result.output
    lines = result.stdout.strip().split("\n")
    assert len(lines) == 1
    record = json.loads(lines[0])
    jsonschema.validate(record, json_schema())
    text = record["text"]
    for term in record["terms"]:
        assert text[term["start"] : term["end"]] == term["text"]


def test_annotate_table_view():
    result = invoke("annotate", SAMPLE)
    assert result.exit_code == 0
    assert "Metrics" in result.stdout and "16亿元" in result.stdout


def test_annotate_html_is_standalone_and_escaped(tmp_path):
    doc = tmp_path / "x.txt"
    doc.write_text("研发投入超16亿元。<script>alert(1)</script>", encoding="utf-8")
    page = tmp_path / "x.html"
    result = invoke("annotate", str(doc), "--format", "json", "--html", str(page))
    assert result.exit_code == 0
    html = page.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and "<script>alert" not in html and "16" in html


def test_annotate_stdin_and_options():
    result = invoke("annotate", "-", "--format", "json", "--no-text", "--tokens", input="研发投入超16亿元。")
    record = json.loads(result.stdout)
    assert "text" not in record and "".join(t["text"] for t in record["tokens"]) == "研发投入超16亿元。"


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda p: p / "missing.txt", "no such file"),
        (lambda p: p, "is a directory"),
        (lambda p: (p / "b.txt").write_bytes(b"\x00\x01bin") and p / "b.txt", "binary data"),
        (lambda p: (p / "u.txt").write_bytes(b"abc\xff") and p / "u.txt", "undecodable"),
        (lambda p: (p / "e.txt").write_text(" \n") and p / "e.txt", "empty document"),
    ],
)
def test_user_mistakes_exit_2_with_one_line(tmp_path, make, message):
    path = make(tmp_path)
    proc = subprocess.run(
        [sys.executable, "-m", "policy_nlp.cli", "annotate", str(path)], capture_output=True, text=True, timeout=120
    )
    assert proc.returncode == 2
    assert message in proc.stderr and "Traceback" not in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1


def test_gb18030_file_is_read(tmp_path):
    path = tmp_path / "gbk.txt"
    path.write_bytes("研发投入超16亿元。".encode("gb18030"))
    result = invoke("annotate", str(path), "--format", "jsonl")
    record = json.loads(result.stdout)
    assert record["meta"]["encoding"] == "gb18030" and record["metrics"][0]["value"] == 1.6e9


def test_schema_command():
    result = invoke("schema")
    assert json.loads(result.stdout)["$id"] == "policy-nlp/1.2"


def test_version_and_help_examples():
    assert invoke("--version").stdout.startswith("policy-nlp ")
    for command in (["annotate"], ["batch"], ["schema"], ["lexicon", "lint"], ["lexicon", "show"]):
        assert "Example:" in invoke(*command, "--help").stdout


def test_lexicon_commands(tmp_path):
    assert invoke("lexicon", "lint").exit_code == 0
    shown = invoke("lexicon", "show", "揭榜挂帅")
    assert "category\tmechanism" in shown.stdout
    stats = invoke("lexicon", "stats")
    assert "category:mechanism" in stats.stdout
    extra = tmp_path / "mine.tsv"
    extra.write_text("term\tcategory\n萧山新词计划\tprogramme\n", encoding="utf-8")
    listed = invoke("lexicon", "list", "--lexicon", str(extra), "--no-default-lexicons")
    assert listed.stdout.startswith("萧山新词计划\tprogramme")
    broken = tmp_path / "broken.tsv"
    broken.write_text("term\tcategory\n甲\tnope\n", encoding="utf-8")
    assert invoke("lexicon", "lint", str(broken)).exit_code == 1


def test_user_lexicon_changes_terms_and_hash(tmp_path):
    extra = tmp_path / "mine.tsv"
    extra.write_text("term\tcategory\n萧山新词计划\tprogramme\n", encoding="utf-8")
    doc = tmp_path / "d.txt"
    doc.write_text("实施萧山新词计划。", encoding="utf-8")
    plain = json.loads(invoke("annotate", str(doc), "--format", "jsonl").stdout)
    mine = json.loads(invoke("annotate", str(doc), "--format", "jsonl", "--lexicon", str(extra)).stdout)
    assert [t["text"] for t in mine["terms"]] == ["萧山新词计划"]
    assert plain["pipeline"]["lexicon_hash"] != mine["pipeline"]["lexicon_hash"]


def test_annotate_joins_hard_wrapped_lines_unless_told_to_keep_them(tmp_path):
    sample = Path(SAMPLE).read_text(encoding="utf-8")
    wrapped = "\n".join(line[i : i + 30] for line in sample.split("\n") for i in range(0, max(len(line), 1), 30))
    doc = tmp_path / "wrapped.txt"
    doc.write_text(wrapped, encoding="utf-8")
    joined = json.loads(invoke("annotate", str(doc), "--format", "jsonl").stdout)
    kept = json.loads(invoke("annotate", str(doc), "--format", "jsonl", "--keep-lines").stdout)
    jsonschema.validate(joined, json_schema())
    assert joined["text"] == wrapped and joined["warnings"][0].startswith("hard-wrapped text")
    assert len(joined["sentences"]) < len(kept["sentences"])
    for metric in joined["metrics"]:
        assert wrapped[metric["start"] : metric["end"]] == metric["text"]
