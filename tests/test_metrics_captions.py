"""Captions (metrics/captions.py): a figure that opens its line, read from the caption after it."""

from __future__ import annotations

SIDEBAR = "【数字看点】\n● 9.6万亿元：2025年全市居民储蓄存款余额\n● 6%左右：2026年全市工业增加值增长预期目标\n● 最高300万元：新认定独角兽企业每家奖励上限\n"


def records(nlp, text):
    return {
        m["text"]: (m["indicator"]["text"], m["aspect"], m["kind"], (m["time"] or {}).get("value"))
        for m in nlp(text)._.metrics
    }


def test_a_caption_says_what_the_figure_before_it_measures_when_and_as_what(nlp):
    assert records(nlp, SIDEBAR) == {
        "9.6万亿元": ("居民储蓄存款余额", "level", "actual", "2025"),
        "6%": ("工业增加值", "rate", "target", "2026"),
        "300万元": ("奖励上限", "level", "incentive", None),
    }


def test_a_figure_inside_a_sentence_has_no_caption(nlp):
    found = records(nlp, "全市居民储蓄存款余额9.6万亿元：创历史新高。")
    assert found["9.6万亿元"][0] == "居民储蓄存款余额"
