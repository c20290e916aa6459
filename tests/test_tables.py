import json

import pandas as pd
import pytest
from typer.testing import CliRunner

from policy_nlp.cli import app
from policy_nlp.tables import TABLES, build_tables, cooccurrence, read_records

runner = CliRunner()


@pytest.fixture(scope="module")
def corpus_run(tmp_path_factory):
    folder = tmp_path_factory.mktemp("run")
    out = folder / "corpus.jsonl"
    result = runner.invoke(
        app,
        [
            "batch",
            "-o",
            str(out),
            "--workers",
            "1",
            "--quiet",
            "--tables",
            str(folder / "tables"),
            "--by",
            "year",
            "--by",
            "place",
        ],
    )
    assert result.exit_code == 0, result.output
    return out, folder / "tables"


def test_bundled_corpus_tables_have_documented_columns(corpus_run):
    _, folder = corpus_run
    frames = {name: pd.read_parquet(folder / f"{name}.parquet") for name in TABLES}
    assert len(frames["documents"]) == 26 and frames["documents"]["error"].isna().all()
    assert {"doc_id", "year", "place", "text", "canonical", "category", "policy_tool", "nested", "origin"} <= set(
        frames["terms"].columns
    )
    assert {"value", "unit", "indicator", "indicator_id", "aspect", "kind", "time"} <= set(frames["metrics"].columns)
    assert {"year", "place", "canonical", "count", "documents", "per_10k_chars"} <= set(frames["term_panel"].columns)
    assert list(frames["cooccurrence"].columns) == ["source", "target", "weight", "ochiai"]
    assert {"indicator_id", "time", "unit", "actual", "target"} <= set(frames["indicators"].columns)
    shares = frames["policy_tools"].groupby(["year", "place"], dropna=False)["share"].sum()
    assert ((shares - 1).abs() < 1e-4).all()


def test_known_values_on_the_bundled_corpus(corpus_run):
    _, folder = corpus_run
    metrics = pd.read_parquet(folder / "metrics.parquet")
    sample = metrics[(metrics["doc_id"] == "news-xiaoshan-2025.txt") & (metrics["text"] == "16亿元")]
    assert sample["value"].tolist() == [1.6e9] and sample["unit"].tolist() == ["CNY"]
    documents = pd.read_parquet(folder / "documents.parquet").set_index("doc_id")
    assert documents.loc["gwr-zhejiang-2026.txt", "year"] == 2026
    assert documents.loc["gwr-zhejiang-2026.txt", "place"] == "浙江省"


def test_csv_tables_from_command(corpus_run, tmp_path):
    out, _ = corpus_run
    result = runner.invoke(app, ["tables", str(out), str(tmp_path), "--csv", "--by", "kind"])
    assert result.exit_code == 0, result.output
    panel = pd.read_csv(tmp_path / "term_panel.csv")
    assert "meta_kind" in panel.columns  # a meta field named like a column gets a prefix


def test_cooccurrence_ochiai():
    terms = pd.DataFrame(
        {
            "doc_id": ["a", "a", "b", "b", "c"],
            "canonical": ["x", "y", "x", "y", "x"],
            "sentence": [0, 0, 0, 1, 0],
        }
    )
    edges = cooccurrence(terms)
    assert edges.to_dict("records") == [
        {"source": "x", "target": "y", "weight": 2, "ochiai": round(2 / (3 * 2) ** 0.5, 6)}
    ]
    assert cooccurrence(terms, window="sentence")["weight"].tolist() == [1]


def test_empty_and_error_records(tmp_path):
    path = tmp_path / "r.jsonl"
    path.write_text(json.dumps({"doc_id": "x", "error": "binary data", "meta": {}}) + "\n{broken", encoding="utf-8")
    tables = build_tables(read_records(path), by=["year"])
    assert set(tables) == set(TABLES)
    assert tables["documents"]["error"].tolist() == ["binary data"]
    assert tables["terms"].empty and tables["cooccurrence"].empty
