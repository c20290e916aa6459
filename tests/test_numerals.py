import pytest
from hypothesis import given
from hypothesis import strategies as st

from policy_nlp.numerals import NumeralError, magnitude, neighbour_range, parse_numeral


@pytest.mark.parametrize(
    ("written", "value"),
    [
        ("1.2万", 12000),
        ("三千五百", 3500),
        ("两", 2),
        ("4.2万亿", 4.2e12),
        ("82,225", 82225),
        ("千亿", 1e11),
        ("十五", 15),
        ("三千五百万", 3.5e7),
        ("0.5", 0.5),
        ("42959.2亿", 4.29592e12),
        ("一百零五", 105),
        ("百", 100),
    ],
)
def test_parse_numeral(written, value):
    assert parse_numeral(written) == pytest.approx(value)


@pytest.mark.parametrize("bad", ["", "abc", "亿万富翁", "1.2.3"])
def test_parse_numeral_rejects(bad):
    with pytest.raises(NumeralError):
        parse_numeral(bad)


def test_magnitude():
    assert magnitude("万亿") == 1e12
    assert magnitude("") == 1


@given(st.integers(min_value=0, max_value=10**12))
def test_arabic_round_trip(n):
    assert parse_numeral(f"{n:,}") == n
    assert parse_numeral(str(n)) == n


@pytest.mark.parametrize(
    ("written", "expected"),
    [("七八", (7, 8)), ("十七八", (17, 18)), ("三四十", (30, 40)), ("两三", (2, 3)), ("七八万", (7e4, 8e4))],
)
def test_neighbouring_digits_are_a_rough_range(written, expected):
    assert neighbour_range(written) == expected


@pytest.mark.parametrize("written", ["七九", "三十五", "二十", "一二", "八"])
def test_other_numerals_are_no_range(written):
    assert neighbour_range(written) is None


@given(st.sampled_from("二两三四五六七八"), st.sampled_from(["", "十", "百", "千", "万", "亿"]))
def test_a_rough_range_rises_by_one_step(first, unit):
    digits = "〇一二三四五六七八九"
    second = digits[(2 if first == "两" else digits.index(first)) + 1]
    low, high = neighbour_range(first + second + unit)
    assert high - low == magnitude(unit) and low == parse_numeral(first + unit)
