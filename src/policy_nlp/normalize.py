"""Length-preserving normalisation for matching only.

Every function here maps one character to exactly one character, so an offset into the
normalised string is the same offset into the original text. The Doc keeps the original.
"""

from __future__ import annotations

import re

_SPACES = "\u00a0\u2002\u2003\u2009\u200b\u3000\r\t\f\v"


def _build_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for code in range(0xFF01, 0xFF5F):  # full-width ASCII block → ASCII
        table[code] = chr(code - 0xFEE0)
    for ch in _SPACES:
        table[ord(ch)] = " "
    for code in range(ord("A"), ord("Z") + 1):
        table[code] = chr(code + 32)
    for code in range(0xFF21, 0xFF3B):  # full-width capitals → lower ASCII
        table[code] = chr(code - 0xFEE0 + 32)
    extra = {"\u2014": "-", "\u2013": "-", "\u2012": "-", "\u2212": "-", "\uff5e": "~", "\u301c": "~"}
    for src, dst in extra.items():
        table[ord(src)] = dst
    return table


_TABLE = _build_table()
_BY_CHAR = {chr(code): folded for code, folded in _TABLE.items()}
# Few characters of a Chinese text need folding: substituting just those is several times faster
# than `str.translate`, which looks up every character.
_FOLDED = re.compile("[" + "".join(re.escape(ch) for ch in sorted(_BY_CHAR)) + "]")


def normalize(text: str) -> str:
    """Fold widths, spaces, dashes and Latin case, keeping the length of `text`."""
    return _FOLDED.sub(lambda found: _BY_CHAR[found.group()], text)
