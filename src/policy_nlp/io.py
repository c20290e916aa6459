"""Reading documents: decoding bytes, and readers for txt/md, JSONL(.gz), CSV and Parquet.

A document that cannot be read becomes a `Document` with `error` set, so the caller
writes an error record and goes on; nothing is dropped silently.
"""

from __future__ import annotations

import codecs
import gzip
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson

TEXT_SUFFIXES = (".txt", ".md")
JSONL_SUFFIXES = (".jsonl", ".jsonl.gz", ".ndjson")
TABLE_SUFFIXES = (".csv", ".parquet")
SUPPORTED = TEXT_SUFFIXES + JSONL_SUFFIXES + TABLE_SUFFIXES


class UserError(Exception):
    """A mistake in how the tool was called: reported as one line, exit code 2."""


class DecodeError(ValueError):
    """Bytes that are not text in any encoding we accept."""


SURROGATE = re.compile("[\ud800-\udfff]")


@dataclass
class Document:
    doc_id: str
    source: str
    text: str | None
    meta: dict[str, Any] = field(default_factory=dict)
    error: str | None = None


def decode(data: bytes) -> tuple[str, str]:
    """Text and the encoding used: BOMs first, then UTF-8, then GB18030."""
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8) :].decode("utf-8"), "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as error:
            raise DecodeError(f"broken UTF-16 text ({error.reason})") from error
    if b"\x00" in data:
        raise DecodeError("binary data (NUL bytes), not text")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("gb18030"), "gb18030"
    except UnicodeDecodeError as error:
        raise DecodeError(
            f"undecodable bytes at offset {error.start} (tried UTF-8, UTF-8-SIG, GB18030, UTF-16 with BOM)"
        ) from error


def check_text(text: str) -> str | None:
    """Why a decoded text cannot be processed, or None."""
    if not text.strip():
        return "empty document"
    lone = SURROGATE.search(text)
    if lone is not None:  # a JSON string may escape one (\udce4); it is no character
        return f"not valid Unicode: an unpaired surrogate (U+{ord(lone.group()):04X}) at character {lone.start()}"
    return None


def read_text_file(path: Path, doc_id: str) -> Document:
    source = str(path)
    try:
        data = path.read_bytes()
    except OSError as error:
        return Document(doc_id, source, None, error=f"cannot read: {error.strerror or error}")
    try:
        text, encoding = decode(data)
    except DecodeError as error:
        return Document(doc_id, source, None, error=str(error))
    problem = check_text(text)
    return Document(doc_id, source, None if problem else text, {"encoding": encoding}, error=problem)


def _open_text(path: Path):
    if path.name.endswith(".gz"):
        return gzip.open(path, "rt", encoding="utf-8", errors="strict")
    return open(path, encoding="utf-8-sig", errors="strict")


def read_jsonl(path: Path, *, text_field: str = "text", id_field: str = "id", base_id: str = "") -> Iterator[Document]:
    """One document per line; every other field goes to `meta`."""
    source = str(path)
    try:
        handle = _open_text(path)
        with handle:
            for number, line in enumerate(handle, 1):
                if not line.strip():
                    continue
                yield _from_mapping_line(line, number, source, text_field, id_field, base_id)
    except (OSError, UnicodeDecodeError, EOFError) as error:
        yield Document(f"{base_id or path.name}:?", source, None, error=f"cannot read {path.name}: {error}")


def _from_mapping_line(line: str, number: int, source: str, text_field: str, id_field: str, base_id: str) -> Document:
    fallback_id = f"{base_id}:{number}"
    try:
        row = orjson.loads(line)
    except orjson.JSONDecodeError as error:
        return Document(fallback_id, source, None, error=f"line {number}: not JSON ({error.msg})")
    if not isinstance(row, dict):
        return Document(fallback_id, source, None, error=f"line {number}: not a JSON object")
    return from_mapping(row, fallback_id, source, text_field, id_field)


def from_mapping(row: dict[str, Any], fallback_id: str, source: str, text_field: str, id_field: str) -> Document:
    doc_id = row.get(id_field)
    doc_id = str(doc_id) if doc_id not in (None, "") else fallback_id
    meta = {k: v for k, v in row.items() if k not in (text_field, id_field)}
    text = row.get(text_field)
    if not isinstance(text, str):
        return Document(doc_id, source, None, meta, error=f"no text in field {text_field!r}")
    problem = check_text(text)
    return Document(doc_id, source, None if problem else text, meta, error=problem)


def read_table(
    path: Path, *, text_column: str = "text", id_column: str = "id", base_id: str = ""
) -> Iterator[Document]:
    """Rows of a CSV or Parquet file through pandas."""
    import pandas as pd

    try:
        frame = (
            pd.read_parquet(path) if path.suffix == ".parquet" else pd.read_csv(path, dtype=str, keep_default_na=False)
        )
    except Exception as error:
        yield Document(f"{base_id or path.name}:?", str(path), None, error=f"cannot read table {path.name}: {error}")
        return
    if text_column not in frame.columns:
        yield Document(f"{base_id or path.name}:?", str(path), None, error=f"no column {text_column!r} in {path.name}")
        return
    for number, row in enumerate(frame.to_dict(orient="records"), 1):
        clean = {str(k): _plain(v) for k, v in row.items()}
        yield from_mapping(clean, f"{base_id}:{number}", str(path), text_column, id_column)


def _plain(value: Any) -> Any:
    """pandas/numpy scalars to JSON-able Python values."""
    if hasattr(value, "item"):
        try:
            return value.item()
        except (ValueError, AttributeError):
            return str(value)
    if isinstance(value, float) and value != value:  # NaN
        return None
    return value


def expand_inputs(inputs: Iterable[str], pattern: str | None = None) -> list[tuple[Path | None, Path | None]]:
    """(root, file) pairs in a stable order; `-` gives (None, None) for stdin.

    Raises UserError when an input does not exist or a folder holds no supported file.
    """
    out: list[tuple[Path | None, Path | None]] = []
    for item in inputs:
        if item == "-":
            out.append((None, None))
            continue
        path = Path(item)
        if path.is_dir():
            files = sorted(p for p in path.rglob(pattern or "*") if p.is_file() and _supported(p))
            if not files:
                raise UserError(f"no .txt/.md/.jsonl/.csv/.parquet files in {item}")
            out.extend((path, f) for f in files)
        elif path.is_file():
            out.append((path.parent, path))
        else:
            raise UserError(f"no such file or directory: {item}")
    return out


def _supported(path: Path) -> bool:
    return path.name.endswith(SUPPORTED) and not path.name.startswith(".")


def read_meta_table(path: str | Path) -> dict[str, dict[str, Any]]:
    """Per-document metadata from a CSV/TSV whose first column is the file name or id
    (the bundled corpus ships SOURCES.tsv: year, place, kind …)."""
    import pandas as pd

    p = Path(path)
    try:
        frame = pd.read_csv(p, sep="\t" if p.suffix in (".tsv", ".tab") else ",", dtype=str, keep_default_na=False)
    except (OSError, ValueError) as error:
        raise UserError(f"cannot read metadata table {path}: {error}") from error
    if frame.empty or len(frame.columns) < 2:
        raise UserError(f"metadata table {path} needs a key column and at least one field")
    key = frame.columns[0]
    return {row[key]: {k: _typed(v) for k, v in row.items() if k != key} for row in frame.to_dict(orient="records")}


def _typed(value: str) -> Any:
    if not value.strip():
        return None
    return int(value) if value.isdigit() and len(value) < 10 else value


def iter_documents(
    inputs: Iterable[str],
    *,
    pattern: str | None = None,
    text_field: str = "text",
    id_field: str = "id",
    meta_table: dict[str, dict[str, Any]] | None = None,
) -> Iterator[Document]:
    """Every document of every input, in input order; `meta_table` adds metadata by id or file name."""
    for document in _iter_documents(inputs, pattern, text_field, id_field):
        if meta_table:
            extra = meta_table.get(document.doc_id) or meta_table.get(Path(document.doc_id).name) or {}
            document.meta = {**extra, **document.meta}
        yield document


def _iter_documents(inputs: Iterable[str], pattern: str | None, text_field: str, id_field: str) -> Iterator[Document]:
    for root, path in expand_inputs(inputs, pattern):
        if path is None:
            yield from read_stdin(text_field=text_field, id_field=id_field)
            continue
        assert root is not None
        doc_id = path.relative_to(root).as_posix()
        name = path.name
        if name.endswith(JSONL_SUFFIXES):
            yield from read_jsonl(path, text_field=text_field, id_field=id_field, base_id=doc_id)
        elif name.endswith(TABLE_SUFFIXES):
            yield from read_table(path, text_column=text_field, id_column=id_field, base_id=doc_id)
        else:
            yield read_text_file(path, doc_id)


def read_stdin(*, text_field: str = "text", id_field: str = "id") -> Iterator[Document]:
    """Standard input: JSON lines if every line is an object, else one text document."""
    data = sys.stdin.buffer.read()
    try:
        text, encoding = decode(data)
    except DecodeError as error:
        yield Document("-", "-", None, error=str(error))
        return
    lines = [line for line in text.splitlines() if line.strip()]
    if lines and all(line.lstrip().startswith("{") for line in lines):
        for number, line in enumerate(lines, 1):
            yield _from_mapping_line(line, number, "-", text_field, id_field, "-")
        return
    problem = check_text(text)
    yield Document("-", "-", None if problem else text, {"encoding": encoding}, error=problem)
