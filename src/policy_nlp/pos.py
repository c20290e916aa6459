"""Part-of-speech look-up for tokens, from the tags in jieba's own dictionary.

The pipeline's tokens already keep lexicon terms whole, so instead of segmenting again
with `jieba.posseg` each token's tag is read from jieba's dictionary; lexicon terms are
proper nouns (`nz`), Latin runs `eng`, numbers `m`, unknown Han words `n`.
"""

from __future__ import annotations

import functools
import re

import rjieba

from policy_nlp.pipeline.cues import read_cues

NOUN_TAGS = ("n", "vn", "nz", "j", "l", "an", "b", "ng")  # tags of words that can head a noun phrase
_NUMBER = re.compile(r"^[\d.,%％０-９]+$")
_LATIN = re.compile(r"^[A-Za-z&Ａ-Ｚａ-ｚ＆+]+$")


@functools.cache
def _dictionary() -> rjieba.Jieba:
    """jieba's dictionary (in jieba-rs, which loads it in a tenth of the time); read-only."""
    return rjieba.Jieba()


@functools.cache
def _corrections() -> dict[str, str]:
    """Tags that replace jieba's for words it tags wrongly (`lexicons/cues/pos.tsv`)."""
    return {row["word"]: row["tag"] for row in read_cues("pos.tsv")}


@functools.lru_cache(maxsize=65536)
def dictionary_tag(word: str) -> str | None:
    """The tag jieba's dictionary gives `word` (or `lexicons/cues/pos.tsv`), or None when the
    word is not in it."""
    corrected = _corrections().get(word)
    if corrected is not None:
        return corrected
    found = _jieba_tag(word)
    if found == "v" and _noun_head(word):
        return "n"  # 试点单位 is a 单位: a compound takes its head's class, whatever jieba tags it
    return found


def _jieba_tag(word: str) -> str | None:
    """jieba's own tag of a word its dictionary holds whole, or None."""
    pairs = _dictionary().tag(word, False)
    return pairs[0][1] if len(pairs) == 1 and pairs[0][0] == word and _dictionary().has_word(word) else None


def _noun_head(word: str) -> bool:
    """Whether a compound of three or more characters ends in a noun of two or more (its head)."""
    for cut in range(1, len(word) - 1):
        head = _jieba_tag(word[cut:])
        if head is not None:
            return head == "n"
    return False


def tagged_words(text: str) -> list[tuple[str, str]]:
    """jieba's words of a short piece of text with their tags (no HMM: dictionary words only)."""
    return list(_dictionary().tag(text, False))


def tag(word: str, *, is_term: bool = False) -> str:
    """The jieba-style POS tag of one token."""
    return "nz" if is_term else _tag(word)


@functools.lru_cache(maxsize=65536)
def _tag(word: str) -> str:
    found = dictionary_tag(word)
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
