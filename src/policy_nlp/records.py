"""Doc → record dict (schema `policy-nlp/1.2`) → JSON line; the JSON Schema that describes it."""

from __future__ import annotations

import bisect
import hashlib
import json
import operator
from functools import cache
from importlib.resources import files
from typing import Any

import orjson
from spacy.language import Language
from spacy.tokens import Doc

from policy_nlp.pipeline.sentences import sentences_of
from policy_nlp.pipeline.tokens import doc_text

SCHEMA_VERSION = "policy-nlp/1.2"
SCHEMA_FILE = "policy-nlp-1.schema.json"
TERM_FIELDS = ("text", "start", "end", "canonical", "category", "policy_tool", "sub_tool", "nested", "origin")
_term_fields = operator.itemgetter(*TERM_FIELDS)  # a term's record fields, in schema order


def pipeline_info(nlp: Language) -> dict[str, Any]:
    """Package version, lexicon hash and models: what produced a record."""
    from policy_nlp import __version__

    lexicon = getattr(nlp.tokenizer, "lexicon", None)
    return {
        "version": __version__,
        "components": list(nlp.pipe_names),
        "lexicon_hash": lexicon.hash if lexicon is not None else None,
        "lexicon_terms": len(lexicon) if lexicon is not None else 0,
        "models": {},
    }


def _sentence_index(doc: Doc) -> tuple[list[int], list[dict[str, Any]]]:
    found = sentences_of(doc)
    sentences: list[dict[str, Any]] = [
        {"start": start, "end": end, "paragraph": paragraph, "kind": kind, "labels": {}}
        for start, end, paragraph, kind in found
    ]
    return [start for start, _, _, _ in found], sentences


def sentence_of(starts: list[int], offset: int) -> int | None:
    """Index of the sentence holding `offset` (binary search over sentence starts)."""
    i = bisect.bisect_right(starts, offset) - 1
    return i if i >= 0 else None


def to_record(
    doc: Doc,
    *,
    doc_id: str | None = None,
    source: str | None = None,
    meta: dict[str, Any] | None = None,
    pipeline: dict[str, Any] | None = None,
    include_text: bool = True,
    include_tokens: bool = False,
    warnings: list[str] | None = None,
) -> dict[str, Any]:
    """The JSONL record of one processed document (keys in schema order)."""
    text = doc_text(doc)
    starts, sentences = _sentence_index(doc)
    terms = [
        dict(zip(TERM_FIELDS, _term_fields(term), strict=True), sentence=sentence_of(starts, term["start"]))
        for term in doc._.terms or []
    ]
    quantities = [{**q.fields(), "sentence": sentence_of(starts, q.start)} for q in (doc._.quantities or [])]
    metrics = [{**m, "sentence": sentence_of(starts, m["start"])} for m in (doc._.metrics or [])]
    enumerations = [{**e, "sentence": sentence_of(starts, e["start"])} for e in (doc._.enumerations or [])]
    record: dict[str, Any] = {
        "doc_id": doc_id,
        "source": source,
        "meta": meta or {},
        "schema": SCHEMA_VERSION,
        "pipeline": pipeline,
    }
    if include_text:
        record["text"] = text
    record["text_sha256"] = hashlib.sha256(text.encode("utf-8")).hexdigest()
    record["stats"] = {
        "chars": len(text),
        "paragraphs": len({s["paragraph"] for s in sentences}),
        "sentences": len(sentences),
        "tokens": len(doc),
        "terms": len(terms),
        "quantities": len(quantities),
        "metrics": len(metrics),
        "enumerations": len(enumerations),
    }
    record["sentences"] = sentences
    if include_tokens:
        record["tokens"] = [{"text": t.text, "start": t.idx, "end": t.idx + len(t.text)} for t in doc if not t.is_space]
    record["terms"] = terms
    record["quantities"] = quantities
    record["metrics"] = metrics
    record["enumerations"] = enumerations
    record["warnings"] = list(warnings or []) + list(doc._.warnings or [])
    record["error"] = None
    return record


def error_record(
    *,
    doc_id: str | None,
    source: str | None,
    error: str,
    meta: dict[str, Any] | None = None,
    pipeline: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """The record of a document that could not be processed: it is reported, never dropped."""
    return {
        "doc_id": doc_id,
        "source": source,
        "meta": meta or {},
        "schema": SCHEMA_VERSION,
        "pipeline": pipeline,
        "text_sha256": None,
        "stats": None,
        "sentences": [],
        "terms": [],
        "quantities": [],
        "metrics": [],
        "enumerations": [],
        "warnings": [],
        "error": error,
    }


def dumps(record: dict[str, Any]) -> str:
    """One JSON line: UTF-8 characters as they are, keys in record order (orjson: fast, compact)."""
    return orjson.dumps(record).decode("utf-8")


@cache
def json_schema() -> dict[str, Any]:
    """The JSON Schema of a record (shipped with the package)."""
    return json.loads(files("policy_nlp").joinpath(SCHEMA_FILE).read_text(encoding="utf-8"))
