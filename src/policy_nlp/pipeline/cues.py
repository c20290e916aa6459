"""Reading cue tables from `lexicons/cues/` (cue words live in data, not code)."""

from __future__ import annotations

import csv
import functools
import re
from pathlib import Path

from policy_nlp.resources import lexicon_dir


def cue_path(name: str) -> Path:
    return lexicon_dir() / "cues" / name


@functools.lru_cache(maxsize=32)
def read_cues(name: str) -> tuple[dict[str, str], ...]:
    """Rows of `lexicons/cues/NAME` as dicts keyed by its header; `#` lines are comments."""
    rows: list[dict[str, str]] = []
    with open(cue_path(name), encoding="utf-8", newline="") as handle:
        reader = csv.reader(
            (line for line in handle if line.strip() and not line.startswith("#")),
            delimiter="\t",
            quoting=csv.QUOTE_NONE,
        )
        header = [h.strip() for h in next(reader, [])]
        for cells in reader:
            rows.append({k: v.strip() for k, v in zip(header, cells, strict=False)})
    return tuple(rows)


@functools.cache
def _category_hints() -> tuple[tuple[str, str], ...]:
    """(suffix, category) rows of `category_hints.tsv`, longest suffix first."""
    rows = read_cues("category_hints.tsv")
    return tuple(sorted(((r["suffix"], r["category"]) for r in rows), key=lambda row: -len(row[0])))


def category_hint(term: str, default: str) -> str:
    """The category `lexicons/cues/category_hints.tsv` suggests for a new term by its ending
    (…实验室 platform, …行动 programme), or `default`."""
    return next((category for suffix, category in _category_hints() if term.endswith(suffix)), default)


@functools.cache
def list_item() -> re.Pattern[str]:
    """How an item of a list opens (——, 1., （1）, ①, 一是; `lexicons/cues/list_items.tsv`),
    matched at the item's start in normalised text."""
    markers = [r["pattern"] for r in read_cues("list_items.tsv")]
    return re.compile("|".join(f"(?:{m})" for m in markers) or "(?!)")
