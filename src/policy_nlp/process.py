"""One document in, one record out: the function every runner (CLI, pool, Dask) calls."""

from __future__ import annotations

from typing import Any

from spacy.language import Language

from policy_nlp.io import Document
from policy_nlp.options import RecordOptions
from policy_nlp.records import error_record, pipeline_info, to_record
from policy_nlp.tokenizer import UndecodedText
from policy_nlp.unwrap import unwrap


def process_document(
    nlp: Language, document: Document, options: RecordOptions | None = None, pipeline: dict | None = None
) -> dict[str, Any]:
    """The record of `document`; a document that fails becomes an error record, never an exception."""
    options = options or RecordOptions()
    pipeline = pipeline if pipeline is not None else pipeline_info(nlp)
    if document.error is not None or document.text is None:
        return error_record(
            doc_id=document.doc_id,
            source=document.source,
            meta=document.meta,
            pipeline=pipeline,
            error=document.error or "no text",
        )
    try:
        unwrapped = unwrap(document.text) if options.unwrap else None
        doc = nlp(unwrapped.text if unwrapped else document.text)
        record = to_record(
            doc,
            doc_id=document.doc_id,
            source=document.source,
            meta=document.meta,
            pipeline=pipeline,
            include_text=options.include_text,
            include_tokens=options.include_tokens,
        )
        return unwrapped.restore(record) if unwrapped else record
    except Exception as error:
        known = isinstance(error, UndecodedText)  # the input's fault, said as such
        return error_record(
            doc_id=document.doc_id,
            source=document.source,
            meta=document.meta,
            pipeline=pipeline,
            error=str(error) if known else f"internal error: {type(error).__name__}: {error}",
        )
