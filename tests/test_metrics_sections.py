"""Document sections (metrics/sections.py): which headings open and close plan and review sections."""

from __future__ import annotations

from policy_nlp.pipeline.sentences import LineKinds


def kinds_of(nlp, text: str) -> dict[str, str]:
    return {m["text"]: m["kind"] for m in nlp(text)._.metrics}


def test_chapters_and_their_sections_are_numbered_headings():
    levels = LineKinds().level
    assert levels("第三章　推进产业体系现代化") == 1
    assert levels("第二节 发展环境") == 2
    assert levels("第三章要求各地加快推进") is None  # a sentence that mentions a chapter is no heading


def test_an_unmarked_review_heading_ends_at_the_next_heading_of_its_kind(nlp):
    # an interview: each question a marked heading of its own; the one that looks back opens a
    # review section, and the next question ends it, so the goals stated after it are targets
    text = (
        "**问：回顾过去五年，本市交通建设有哪些成绩？**\n\n"
        "答：五年来，全市公路通车里程年均增长4%以上。\n\n"
        "**问：明年的工作有什么安排？**\n\n"
        "答：明年交通方面的主要预期目标是：新建公路120公里，货运量增长6%左右。\n"
    )
    assert kinds_of(nlp, text) == {"4%": "actual", "120公里": "target", "6%": "target"}


def test_a_section_of_a_review_chapter_keeps_the_chapter_looking_back(nlp):
    # the chapter on foundations and environment looks back as a whole, although only its first
    # section's heading says so
    text = (
        "某市交通强市建设规划纲要（2026-2035年）（摘编）\n"
        "第一章　发展基础和发展环境\n"
        "第一节　发展基础\n"
        "全市综合交通投资达到5200亿元。\n"
        "第二节　发展环境\n"
        "人均公路里程仅为全省平均水平的八成左右。\n"
        "第二章　主要目标\n"
        "到2030年，综合交通投资达到7000亿元。\n"
        "第三章　产业体系\n"
        "茶叶种植面积稳定在80万亩以上。\n"
    )
    assert kinds_of(nlp, text) == {
        "5200亿元": "actual",
        "八成": "actual",
        "7000亿元": "target",
        "80万亩": "target",  # a plan's title lays down what its chapters set, notes and all
    }
