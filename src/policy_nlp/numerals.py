"""Numerals to numbers, on spans already found (cn2an underneath, never on whole text)."""

from __future__ import annotations

import re
import warnings
from functools import lru_cache

import cn2an

MAGNITUDES = {"十": 10.0, "百": 100.0, "千": 1_000.0, "万": 10_000.0, "亿": 100_000_000.0}
CN_DIGITS = "零〇一二两三四五六七八九"
CN_NUMERAL_CHARS = CN_DIGITS + "十百千万亿点"
_ARABIC = re.compile(r"^\d+(?:,\d{3})*(?:\.\d+)?$")


class NumeralError(ValueError):
    """A span that looked like a numeral but is not one."""


def magnitude(suffix: str) -> float:
    """The factor of a magnitude suffix: 万 → 1e4, 万亿 → 1e12, '' → 1."""
    factor = 1.0
    for ch in suffix:
        factor *= MAGNITUDES[ch]
    return factor


_ARABIC_HEAD = re.compile(r"^(\d+(?:,\d{3})*(?:\.\d+)?)([十百千万亿]+)$")
_TRAILING_MAGNITUDE = re.compile(r"[万亿]+$")


@lru_cache(maxsize=8192)  # the same numerals recur (三, 两, 1.2万): cn2an is slow to ask
def parse_numeral(text: str) -> float:
    """An Arabic, Chinese or mixed numeral with optional magnitude: 1.2万, 三千五百, 4.2万亿, 82,225."""
    text = text.strip()
    if not text:
        raise NumeralError("empty numeral")
    if _ARABIC.match(text):
        return float(text.replace(",", ""))
    head = _ARABIC_HEAD.match(text)
    if head:
        return float(head.group(1).replace(",", "")) * magnitude(head.group(2))
    if all(ch in MAGNITUDES for ch in text):  # 千亿, 百万: a bare magnitude means one of it
        return magnitude(text)
    if all(ch in CN_NUMERAL_CHARS for ch in text):
        return _cn(text)
    raise NumeralError(f"not a numeral: {text!r}")


def _cn(text: str) -> float:
    # cn2an reads 十五, 三千五百, 一百零五, 零点五; a trailing run of 万/亿 it may refuse.
    trail = _TRAILING_MAGNITUDE.search(text)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return float(cn2an.cn2an(text, "normal"))
    except (ValueError, KeyError) as error:
        if trail and trail.start() > 0:
            return _cn(text[: trail.start()]) * magnitude(trail.group())
        raise NumeralError(f"not a numeral: {text!r}") from error


_NEIGHBOURS = re.compile(
    r"^(?P<tens>[一二三四五六七八九]?十)?(?P<a>[一二两三四五六七八])(?P<b>[三四五六七八九])(?P<unit>[十百千万亿]*)$"
)
_DIGIT = {ch: n for n, ch in enumerate("〇一二三四五六七八九")} | {"两": 2}


def neighbour_range(text: str) -> tuple[float, float] | None:
    """Two neighbouring digits give a rough range, not one number: 七八 → 7 to 8, 十七八 → 17 to 18,
    三四十 → 30 to 40 (cn2an would read 78, 178, 340)."""
    found = _NEIGHBOURS.match(text)
    if found is None or _DIGIT[found.group("b")] != _DIGIT[found.group("a")] + 1:
        return None
    tens = parse_numeral(found.group("tens")) if found.group("tens") else 0.0
    scale = magnitude(found.group("unit"))
    return tens + _DIGIT[found.group("a")] * scale, tens + _DIGIT[found.group("b")] * scale


def tidy(value: float) -> float:
    """Round away float noise from scaling (1.6e9 not 1600000000.0000002)."""
    return float(f"{value:.10g}")
