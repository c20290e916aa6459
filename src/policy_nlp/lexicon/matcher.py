"""Aho-Corasick matching of lexicon surfaces over normalised text (pyahocorasick)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import NamedTuple

import ahocorasick

from policy_nlp.lexicon.model import Lexicon, Term
from policy_nlp.memo import BoundedMemo


class Match(NamedTuple):  # a tuple: made for every match of every document, so kept cheap
    start: int
    end: int
    term: Term


def _is_alnum_ascii(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


class LexiconMatcher:
    """Longest, left-to-right, non-overlapping matches of every surface of a lexicon.

    Matching runs over normalised text (same length as the original), so match offsets
    are offsets into the original document.
    """

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self._automaton = ahocorasick.Automaton()
        for surface, term in lexicon.surface_index.items():
            self._automaton.add_word(surface, (len(surface), term))
        self._empty = len(lexicon.surface_index) == 0
        self._inner = BoundedMemo(self._find_inner)
        if not self._empty:
            self._automaton.make_automaton()

    def iter_matches(self, normalized: str, accept: Callable[[int, int], bool] | None = None) -> Iterator[Match]:
        """Matches in `normalized`; `accept(start, end)` may veto a candidate (boundaries)."""
        if self._empty:
            return
        edges_ok, make = self.edges_ok, tuple.__new__
        for last, (length, term) in self._automaton.iter_long(normalized):
            start, end = last - length + 1, last + 1
            latin_edge = normalized[start] <= "\x7f" or normalized[last] <= "\x7f"  # Han at both edges: fine
            if latin_edge and not edges_ok(normalized, start, end):
                continue
            if accept is not None and not accept(start, end):
                continue
            yield make(Match, (start, end, term))

    def inner_matches(self, surface: str) -> tuple[Match, ...]:
        """Surfaces strictly inside `surface` (中试平台 in 制造业中试平台), the longest only: a
        match within another inner match is dropped. Offsets are into `surface`, which is
        normalised text. Remembered per surface, since the same words recur in every document."""
        return self._inner(surface)

    def _find_inner(self, surface: str) -> tuple[Match, ...]:
        found = [
            Match(last - length + 1, last + 1, term)
            for last, (length, term) in (self._automaton.iter(surface) if not self._empty else ())
            if length < len(surface) and self.edges_ok(surface, last - length + 1, last + 1)
        ]
        return tuple(m for m in found if not any(o is not m and o.start <= m.start and m.end <= o.end for o in found))

    @staticmethod
    def edges_ok(text: str, start: int, end: int) -> bool:
        """A Latin/digit edge must not continue a Latin word or number (5G in 15G, AI in MAIL)."""
        first, last = text[start], text[end - 1]
        if first > "\x7f" and last > "\x7f":
            return True  # Han at both edges: the common case
        if _is_alnum_ascii(first) and start > 0 and _is_alnum_ascii(text[start - 1]):
            return False
        return not (_is_alnum_ascii(last) and end < len(text) and _is_alnum_ascii(text[end]))
