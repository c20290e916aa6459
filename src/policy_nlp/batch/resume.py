"""Resuming an interrupted run: which documents an output file already holds."""

from __future__ import annotations

import json
from pathlib import Path


def record_key(doc_id: str | None, source: str | None) -> str:
    return f"{source}\x00{doc_id}"


def completed_keys(path: Path) -> set[str]:
    """Keys of complete records in `path`; a truncated last line is cut off the file."""
    keys: set[str] = set()
    if not path.exists():
        return keys
    good_bytes = 0
    with open(path, "rb") as handle:
        for raw in handle:
            if not raw.endswith(b"\n"):
                break
            try:
                record = json.loads(raw)
            except json.JSONDecodeError:
                break
            keys.add(record_key(record.get("doc_id"), record.get("source")))
            good_bytes += len(raw)
    if good_bytes < path.stat().st_size:
        with open(path, "r+b") as handle:
            handle.truncate(good_bytes)
    return keys
