"""Canonical indicators (`lexicons/indicators.tsv`): indicator phrase → stable id."""

from __future__ import annotations

import csv

from policy_nlp.memo import BoundedMemo
from policy_nlp.normalize import normalize
from policy_nlp.resources import lexicon_dir

CANONICAL_UNITS = ("CNY", "USD", "EUR", "HKD", "JPY", "人", "家", "个", "吨", "m2", "km2", "mu", "x")
QUOTES = "“”\"'‘’《》「」"


def _key(text: str) -> str:
    return "".join(ch for ch in normalize(text) if not ch.isspace() and ch not in QUOTES)


class IndicatorIndex:
    """Looks up an indicator phrase, exactly or by its longest known suffix (全省GDP → gdp)."""

    def __init__(self) -> None:
        self._ids: dict[str, str] = {}
        self._units: dict[str, str] = {}
        self._lookup = BoundedMemo(self._find)
        path = lexicon_dir() / "indicators.tsv"
        if not path.exists():
            return
        with open(path, encoding="utf-8", newline="") as handle:
            rows = csv.reader(
                (line for line in handle if line.strip() and not line.startswith("#")),
                delimiter="\t",
                quoting=csv.QUOTE_NONE,
            )
            header = next(rows, [])
            for cells in rows:
                row = dict(zip(header, cells, strict=False))
                if not row.get("id"):
                    continue
                if row.get("unit") in CANONICAL_UNITS:
                    self._units[row["id"]] = row["unit"]
                names = [row.get("indicator", ""), *row.get("aliases", "").split("|")]
                for name in names:
                    if name.strip():
                        self._ids.setdefault(_key(name), row["id"])

    def unit(self, indicator_id: str | None) -> str | None:
        """The usual unit of an indicator (GDP → CNY), for amounts written without one (4万亿)."""
        return self._units.get(indicator_id) if indicator_id else None

    def lookup(self, text: str) -> str | None:
        """The id of `text`'s longest known suffix; remembered per phrase, as phrases recur."""
        return self._lookup(text)

    def _find(self, text: str) -> str | None:
        key = _key(text)
        for i in range(len(key)):
            found = self._ids.get(key[i:])
            if found is not None and len(key) - i >= 2:
                return found
        return None
