"""A light, read-only view of a Doc's tokens for components that scan many windows.

Creating spaCy `Token` objects is the main cost of scanning; this view reads offsets once
with `Doc.to_array` and slices the text, so windows are lists of plain tuples.
"""

from __future__ import annotations

import bisect
from typing import NamedTuple

from spacy.attrs import IDX, LENGTH
from spacy.tokens import Doc


class Tok(NamedTuple):
    i: int  # token index in the Doc
    idx: int  # character offset of its start
    text: str


def doc_text(doc: Doc) -> str:
    """The Doc's text, cached: `Doc.text` joins every token again on each access."""
    cached = doc.user_data.get(TEXT_KEY)
    if cached is None:
        cached = doc.user_data[TEXT_KEY] = doc.text
    return cached


TEXT_KEY = "policy_nlp.text"


class TokenIndex:
    def __init__(self, doc: Doc, text: str | None = None) -> None:
        self.text = doc_text(doc) if text is None else text
        array = doc.to_array([IDX, LENGTH]) if len(doc) else None
        self.starts: list[int] = array[:, 0].tolist() if array is not None else []
        self.lengths: list[int] = array[:, 1].tolist() if array is not None else []

    def __len__(self) -> int:
        return len(self.starts)

    def _toks(self, lo: int, hi: int) -> list[Tok]:
        text, starts, lengths = self.text, self.starts, self.lengths
        return [Tok(i, starts[i], text[starts[i] : starts[i] + lengths[i]]) for i in range(lo, hi)]

    def within(self, start: int, end: int) -> list[Tok]:
        """Tokens lying wholly inside [start, end)."""
        if end <= start:
            return []
        lo = bisect.bisect_left(self.starts, start)
        hi = bisect.bisect_left(self.starts, end)
        while hi > lo and self.starts[hi - 1] + self.lengths[hi - 1] > end:
            hi -= 1
        return self._toks(lo, hi)

    def overlapping(self, start: int, end: int) -> list[Tok]:
        """Tokens that share at least one character with [start, end)."""
        lo = max(bisect.bisect_right(self.starts, start) - 1, 0)
        hi = bisect.bisect_left(self.starts, end)
        return [t for t in self._toks(lo, hi) if t.idx + len(t.text) > start]
