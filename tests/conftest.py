"""Shared fixtures: one pipeline per test session (loading takes a second or two)."""

from __future__ import annotations

from pathlib import Path

import pytest

import policy_nlp
from policy_nlp.resources import corpus_dir

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="session")
def nlp():
    return policy_nlp.load()


@pytest.fixture(scope="session")
def corpus_files() -> list[Path]:
    return sorted(corpus_dir().glob("*.txt"))


@pytest.fixture(scope="session")
def sample_text() -> str:
    return (corpus_dir() / "news-xiaoshan-2025.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def sample_record(nlp, sample_text):
    doc = nlp(sample_text)
    return policy_nlp.to_record(doc, doc_id="news-xiaoshan-2025.txt", source="news-xiaoshan-2025.txt")


def copy_news(folder: Path, count: int) -> Path:
    """A folder holding the first `count` news documents of the bundled corpus."""
    folder.mkdir()
    for path in sorted(corpus_dir().glob("news-*.txt"))[:count]:
        (folder / path.name).write_bytes(path.read_bytes())
    return folder


def assert_offsets(record: dict) -> None:
    """Every span of every kind slices the text to what it reports."""
    text = record["text"]
    for key in ("terms", "quantities", "metrics"):
        for item in record[key]:
            assert text[item["start"] : item["end"]] == item["text"], (key, item)
    for metric in record["metrics"]:
        for part in ("indicator", "time"):
            if metric[part] is not None:
                assert text[metric[part]["start"] : metric[part]["end"]] == metric[part]["text"], metric
    for enum in record["enumerations"]:
        assert text[enum["start"] : enum["end"]] == enum["text"]
        for member in enum["members"]:
            assert text[member["start"] : member["end"]] == member["text"]
    for token in record.get("tokens", []):
        assert text[token["start"] : token["end"]] == token["text"]


def kinds_of(nlp, text: str) -> dict[str, str]:
    """Each metric's kind, by its text."""
    return {m["text"]: m["kind"] for m in nlp(text)._.metrics}
