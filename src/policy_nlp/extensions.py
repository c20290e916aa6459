"""spaCy extension attributes this package sets (registered once, idempotently)."""

from __future__ import annotations

from spacy.tokens import Doc, Span


def register() -> None:
    """Doc/Span attributes: each component writes its own, later ones only read."""
    for name in ("term",):
        if not Span.has_extension(name):
            Span.set_extension(name, default=None)
    for name in ("quantities", "metrics", "enumerations", "warnings"):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


register()
