"""spaCy extension attributes this package sets (registered once, idempotently)."""

from __future__ import annotations

from spacy.tokens import Doc


def register() -> None:
    """Doc attributes: each component writes its own, later ones only read."""
    for name in ("terms", "quantities", "metrics", "enumerations", "warnings"):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


register()
