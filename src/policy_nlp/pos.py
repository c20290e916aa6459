"""Part-of-speech look-up for tokens, from the tags in jieba's own dictionary.

The pipeline's tokens already keep lexicon terms whole, so instead of segmenting again
with `jieba.posseg` each token's tag is read from jieba's dictionary; lexicon terms are
proper nouns (`nz`), Latin runs `eng`, numbers `m`, unknown Han words `n`.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path

import jieba

_NUMBER = re.compile(r"^[\d.,%％０-９]+$")
_LATIN = re.compile(r"^[A-Za-z&Ａ-Ｚａ-ｚ＆+]+$")


@functools.cache
def tag_table() -> dict[str, str]:
    table: dict[str, str] = {}
    with open(Path(jieba.__file__).parent / "dict.txt", encoding="utf-8") as handle:
        for line in handle:
            parts = line.split()
            if len(parts) >= 3:
                table[parts[0]] = parts[2]
    return table


def tag(word: str, *, is_term: bool = False) -> str:
    """The jieba-style POS tag of one token."""
    if is_term:
        return "nz"
    found = tag_table().get(word)
    if found:
        return found
    if _NUMBER.match(word):
        return "m"
    if _LATIN.match(word):
        return "eng"
    if not word.strip():
        return "x"
    if any("\u4e00" <= ch <= "\u9fff" for ch in word):
        return "n"  # a word jieba's dictionary lacks (an indicator name, an HMM guess) is most often a noun
    return "x"
