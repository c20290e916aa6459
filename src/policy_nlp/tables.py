"""Tidy research tables from JSONL records (pandas): documents, terms, metrics, panels.

Every table is long-form, one row per observation, so it loads straight into pandas, R or
Stata. Grouping columns (`by`) come from each record's `meta` (year, place …).
"""

from __future__ import annotations

import json
import math
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from itertools import combinations
from pathlib import Path
from typing import Any

import pandas as pd

TABLES = ("documents", "terms", "metrics", "enumerations", "term_panel", "cooccurrence", "policy_tools", "indicators")


def read_records(path: str | Path) -> Iterator[dict[str, Any]]:
    """Records of a JSONL output; a truncated or broken line is skipped."""
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            try:
                record = json.loads(line)
            except json.JSONDecodeError:
                continue
            if isinstance(record, dict):
                yield record


TERM_FIELDS = (
    "text",
    "canonical",
    "category",
    "policy_tool",
    "sub_tool",
    "start",
    "end",
    "nested",
    "origin",
    "sentence",
)
# Column names of the tables; a meta field grouped by under one of these names gets a prefix.
RESERVED = {
    *TERM_FIELDS,
    *("doc_id", "source", "meta", "chars", "sentences", "terms", "metrics", "enumerations", "warnings", "error"),
    *("value", "value_max", "unit", "qualifier", "indicator", "indicator_id", "aspect", "kind", "time", "series"),
    *("name", "count", "members", "found", "count_matches", "target", "weight", "ochiai", "documents", "share"),
    *("per_10k_chars", "actual", "incentive"),
}


def group_column(field: str) -> str:
    """The column a meta field groups by: its own name, or meta_NAME where that name is taken."""
    return f"meta_{field}" if field in RESERVED else field


def _groups(record: dict[str, Any], by: Sequence[str]) -> dict[str, Any]:
    meta = record.get("meta") or {}
    return {group_column(key): meta.get(key) for key in by}


def build_tables(records: Iterable[dict[str, Any]], by: Sequence[str] = ()) -> dict[str, pd.DataFrame]:
    """All tables, keyed by name (see TABLES); `by` names meta fields to group panels by."""
    by = [group_column(key) for key in by]
    documents, terms, metrics, enumerations = [], [], [], []
    for record in records:
        doc_id, groups = record.get("doc_id"), _groups(record, by)
        stats = record.get("stats") or {}
        documents.append(
            {
                "doc_id": doc_id,
                "source": record.get("source"),
                **groups,
                "meta": json.dumps(record.get("meta") or {}, ensure_ascii=False),
                "chars": stats.get("chars", 0),
                "sentences": stats.get("sentences", 0),
                "terms": len(record.get("terms") or []),
                "metrics": len(record.get("metrics") or []),
                "enumerations": len(record.get("enumerations") or []),
                "warnings": len(record.get("warnings") or []),
                "error": record.get("error"),
            }
        )
        for t in record.get("terms") or []:
            terms.append(
                {
                    "doc_id": doc_id,
                    **groups,
                    **{k: t.get(k) for k in TERM_FIELDS},
                }
            )
        for m in record.get("metrics") or []:
            indicator, time = m.get("indicator") or {}, m.get("time") or {}
            metrics.append(
                {
                    "doc_id": doc_id,
                    **groups,
                    "text": m.get("text"),
                    "start": m.get("start"),
                    "end": m.get("end"),
                    "value": m.get("value"),
                    "value_max": m.get("value_max"),
                    "unit": m.get("unit"),
                    "qualifier": m.get("qualifier"),
                    "indicator": indicator.get("text"),
                    "indicator_id": indicator.get("canonical"),
                    "aspect": m.get("aspect"),
                    "kind": m.get("kind"),
                    "time": time.get("value"),
                    "series": m.get("series"),
                    "sentence": m.get("sentence"),
                }
            )
        for e in record.get("enumerations") or []:
            enumerations.append(
                {
                    "doc_id": doc_id,
                    **groups,
                    "name": e.get("name"),
                    "count": e.get("count"),
                    "members": "、".join(x.get("text", "") for x in e.get("members") or []),
                    "found": len(e.get("members") or []),
                    "count_matches": e.get("count_matches"),
                    "start": e.get("start"),
                    "end": e.get("end"),
                }
            )
    tables = {
        "documents": pd.DataFrame(documents, columns=_columns(documents, ["doc_id", "source", *by, "meta", "chars"])),
        "terms": pd.DataFrame(terms, columns=_columns(terms, ["doc_id", *by, "text", "canonical", "category"])),
        "metrics": pd.DataFrame(metrics, columns=_columns(metrics, ["doc_id", *by, "text", "value", "unit"])),
        "enumerations": pd.DataFrame(enumerations, columns=_columns(enumerations, ["doc_id", *by, "name", "count"])),
    }
    tables["term_panel"] = term_panel(tables["terms"], tables["documents"], by)
    tables["cooccurrence"] = cooccurrence(tables["terms"])
    tables["policy_tools"] = policy_tools(tables["terms"], by)
    tables["indicators"] = indicators(tables["metrics"], by)
    return {name: frame.convert_dtypes() for name, frame in tables.items()}


def _columns(rows: list[dict[str, Any]], fallback: list[str]) -> list[str]:
    return list(rows[0]) if rows else fallback


def term_panel(terms: pd.DataFrame, documents: pd.DataFrame, by: Sequence[str]) -> pd.DataFrame:
    """Group × canonical term: mentions, documents, and mentions per 10,000 characters of the group."""
    keys = list(by)
    columns = [*keys, "canonical", "category", "count", "documents", "per_10k_chars"]
    if terms.empty:
        return pd.DataFrame(columns=columns)
    grouped = terms.groupby([*keys, "canonical", "category"], dropna=False)
    panel = grouped.agg(count=("text", "size"), documents=("doc_id", "nunique")).reset_index()
    chars = documents.groupby(keys, dropna=False)["chars"].sum().rename("group_chars") if keys else None
    if chars is not None:
        panel = panel.merge(chars.reset_index(), on=keys, how="left")
    else:
        panel["group_chars"] = documents["chars"].sum()
    panel["per_10k_chars"] = (panel["count"] * 10_000 / panel["group_chars"].where(panel["group_chars"] > 0)).round(4)
    return panel[columns].sort_values([*keys, "count"], ascending=[True] * len(keys) + [False], ignore_index=True)


def cooccurrence(terms: pd.DataFrame, window: str = "document") -> pd.DataFrame:
    """Term pairs co-occurring in a document (or sentence): counts and the Ochiai coefficient.

    Columns source/target/weight make it a Gephi edge list as it is.
    """
    columns = ["source", "target", "weight", "ochiai"]
    if terms.empty:
        return pd.DataFrame(columns=columns)
    unit = ["doc_id"] if window == "document" else ["doc_id", "sentence"]
    sets = terms.groupby(unit)["canonical"].agg(lambda s: sorted(set(s)))
    singles: Counter[str] = Counter()
    pairs: Counter[tuple[str, str]] = Counter()
    for names in sets:
        singles.update(names)
        pairs.update(combinations(names, 2))
    rows = [
        {"source": a, "target": b, "weight": n, "ochiai": round(n / math.sqrt(singles[a] * singles[b]), 6)}
        for (a, b), n in pairs.items()
    ]
    return pd.DataFrame(rows, columns=columns).sort_values(
        ["weight", "source", "target"], ascending=[False, True, True], ignore_index=True
    )


def policy_tools(terms: pd.DataFrame, by: Sequence[str]) -> pd.DataFrame:
    """Group × policy tool × sub-tool: term mentions and their share within the group."""
    keys = list(by)
    columns = [*keys, "policy_tool", "sub_tool", "count", "share"]
    tools = terms.dropna(subset=["policy_tool"]) if not terms.empty else terms
    if tools.empty:
        return pd.DataFrame(columns=columns)
    counts = tools.groupby([*keys, "policy_tool", "sub_tool"], dropna=False).size().rename("count").reset_index()
    totals = counts.groupby(keys, dropna=False)["count"].transform("sum") if keys else counts["count"].sum()
    counts["share"] = (counts["count"] / totals).round(6)
    return counts[columns]


def indicators(metrics: pd.DataFrame, by: Sequence[str]) -> pd.DataFrame:
    """Canonical indicator × group × time × unit, with actual and target values side by side."""
    keys = list(by)
    columns = ["indicator_id", *keys, "time", "unit", "actual", "target", "incentive", "documents"]
    known = metrics.dropna(subset=["indicator_id"]) if not metrics.empty else metrics
    known = known[known["aspect"] == "level"] if not known.empty else known
    if known.empty:
        return pd.DataFrame(columns=columns)
    index = ["indicator_id", *keys, "time", "unit"]
    values = known.pivot_table(index=index, columns="kind", values="value", aggfunc="first", dropna=False)
    values = values.reindex(columns=["actual", "target", "incentive"])
    docs = known.groupby(index, dropna=False)["doc_id"].nunique().rename("documents")
    table = values.join(docs).reset_index()
    table = table.dropna(subset=["actual", "target", "incentive"], how="all")
    return table[columns].reset_index(drop=True)


def write_tables(tables: dict[str, pd.DataFrame], folder: str | Path, *, csv: bool = False) -> list[Path]:
    """Write each table as Parquet (or CSV); returns the files written."""
    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name, frame in tables.items():
        path = out / f"{name}.{'csv' if csv else 'parquet'}"
        if csv:
            frame.to_csv(path, index=False)
        else:
            frame.to_parquet(path, index=False)
        written.append(path)
    return written
