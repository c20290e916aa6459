"""A light, read-only view of a Doc's tokens for components that scan many windows.

Creating spaCy `Token` objects is the main cost of scanning; this view reads offsets once
with `Doc.to_array` and slices the text, so windows are lists of plain tuples.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from itertools import repeat
from typing import NamedTuple

from spacy.attrs import IDX, LENGTH
from spacy.tokens import Doc

from policy_nlp.normalize import normalize


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
NORM_KEY = "policy_nlp.normalized"
LEXICON_TOKENS_KEY = "policy_nlp.lexicon_tokens"  # indices of tokens the tokenizer matched in the lexicon
WORDS_KEY = "policy_nlp.words"  # the tokens' texts, in order (they tile the text: no spaces are added)
STARTS_KEY = "policy_nlp.starts"  # the tokens' character offsets


def doc_normalized(doc: Doc) -> str:
    """The Doc's normalised text (same length as the text), cached like `doc_text`."""
    cached = doc.user_data.get(NORM_KEY)
    if cached is None:
        cached = doc.user_data[NORM_KEY] = normalize(doc_text(doc))
    return cached


class TokenIndex:
    def __init__(self, doc: Doc, text: str | None = None) -> None:
        self.text = doc_text(doc) if text is None else text
        words, starts = doc.user_data.get(WORDS_KEY), doc.user_data.get(STARTS_KEY)
        if words is not None and starts is not None and len(words) == len(doc):  # set by our tokenizer
            self.words: list[str] = words
            self.starts: list[int] = starts
        else:
            array = doc.to_array([IDX, LENGTH]) if len(doc) else None
            self.starts = array[:, 0].tolist() if array is not None else []
            lengths = array[:, 1].tolist() if array is not None else []
            self.words = [self.text[s : s + n] for s, n in zip(self.starts, lengths, strict=True)]
        self._memo: dict[tuple[int, int], list[Tok]] = {}

    def __len__(self) -> int:
        return len(self.starts)

    def _toks(self, lo: int, hi: int) -> list[Tok]:
        # tuple.__new__ makes each Tok without a Python-level call (NamedTuple's __new__ is one)
        fields = zip(range(lo, hi), self.starts[lo:hi], self.words[lo:hi], strict=True)
        return list(map(tuple.__new__, repeat(Tok, hi - lo), fields))

    def _bounds(self, start: int, end: int) -> tuple[int, int]:
        lo = bisect.bisect_left(self.starts, start)
        hi = bisect.bisect_left(self.starts, end)
        while hi > lo and self.starts[hi - 1] + len(self.words[hi - 1]) > end:
            hi -= 1
        return lo, hi

    def word_at(self, position: int) -> str | None:
        """The text of the token that starts at `position`, if one does."""
        i = bisect.bisect_left(self.starts, position)
        return self.words[i] if i < len(self.starts) and self.starts[i] == position else None

    def last_within(self, start: int, end: int, skip: Callable[[str], bool]) -> Tok | None:
        """The last token wholly inside [start, end) whose text `skip` does not pass over."""
        if end <= start:
            return None
        lo, hi = self._bounds(start, end)
        words = self.words
        for i in range(hi - 1, lo - 1, -1):
            if not skip(words[i]):
                return Tok(i, self.starts[i], words[i])
        return None

    def words_within(self, start: int, end: int) -> list[str]:
        """The texts of the tokens lying wholly inside [start, end)."""
        if end <= start:
            return []
        lo, hi = self._bounds(start, end)
        return self.words[lo:hi]

    def within(self, start: int, end: int) -> list[Tok]:
        """Tokens lying wholly inside [start, end) (memoised: callers must not modify the list)."""
        if end <= start:
            return []
        found = self._memo.get((start, end))
        if found is None:
            found = self._memo[(start, end)] = self._toks(*self._bounds(start, end))
        return found

    def overlapping_indices(self, start: int, end: int) -> range:
        """The indices of the tokens that share at least one character with [start, end)."""
        lo = max(bisect.bisect_right(self.starts, start) - 1, 0)
        if lo < len(self.starts) and self.starts[lo] + len(self.words[lo]) <= start:
            lo += 1
        return range(lo, max(lo, bisect.bisect_left(self.starts, end)))

    def overlapping(self, start: int, end: int) -> list[Tok]:
        """Tokens that share at least one character with [start, end)."""
        found = self.overlapping_indices(start, end)
        return self._toks(found.start, found.stop)
