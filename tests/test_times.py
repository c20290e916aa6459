import re

from hypothesis import given
from hypothesis import strategies as st

from policy_nlp.normalize import normalize
from policy_nlp.pipeline.times import TimeFinder

FIND = TimeFinder(["力争"], "，,；;。\n")


def roles(text):
    return [(m.value, m.role) for m in FIND(normalize(text))]


def test_years_ranges_and_periods():
    assert roles("2024年增长，2021-2025年累计，“十四五”时期") == [
        ("2024", "plain"),
        ("2021-2025", "plain"),
        ("2021-2025", "plain"),
    ]
    assert roles("2019年、2020年连续两年增长") == [("2019-2020", "plain")]


def test_targets_bases_and_deadlines():
    assert roles("力争到2027年，较2020年增长") == [("2027", "target"), ("2020", "base")]
    assert roles("到“十四五”末，比重达到50%") == [("2025", "target")]
    assert roles("2025年底前建成，2027年前，2020年前三季度") == [
        ("2025", "target"),
        ("2027", "target"),
        ("2020", "plain"),
    ]
    assert roles("受2021年同期基数较低影响") == [("2021", "base")]


@given(st.text(alphabet="2019年2025到较前底十四五“”，、-", max_size=30))
def test_mentions_lie_in_the_text_and_hold_years(text):
    norm = normalize(text)
    for m in FIND(norm):
        assert 0 <= m.start < m.end <= len(norm)
        assert re.fullmatch(r"\d{4}(-\d{4})?", m.value)


def test_a_date_inside_a_condition_dates_nothing():
    text = "改造2003年底前建成的老旧小区，报废2016年8月31日前注册登记的车辆，2026年底前全部改完。"
    assert roles(text) == [("2026", "target")]


def test_a_year_in_a_title_names_the_document_not_a_time():
    assert roles("对参加《2026年重点国际展会名录》所列展会的，2025年起给予补助。") == [("2025", "plain")]


def test_a_span_across_two_years_is_one_time():
    assert roles("2023年10月至2024年4月，累计接待游客") == [("2023-2024", "plain")]
    assert roles("2025-2026学年招生，2023—2024赛季") == [("2025-2026", "plain"), ("2023-2024", "plain")]
    assert roles("投资2000-3000万元") == []  # amounts, not years


def test_a_span_within_one_year_is_that_year():
    assert roles("2027年1月1日至2027年6月30日期间申请的") == [("2027", "plain")]
