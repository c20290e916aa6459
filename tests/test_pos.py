import pytest

from policy_nlp.pos import dictionary_tag, tag


@pytest.mark.parametrize(
    ("word", "expected"),
    [("增长", "v"), ("强度", "n"), ("2024", "m"), ("3.5%", "m"), ("AI", "eng"), ("某新词汇", "n"), ("，", "x")],
)
def test_tag(word, expected):
    assert tag(word) == expected


def test_lexicon_terms_are_proper_nouns():
    assert tag("揭榜挂帅", is_term=True) == "nz"


def test_dictionary_tag_only_for_dictionary_words():
    assert dictionary_tag("强度") == "n"
    assert dictionary_tag("某新词汇") is None


def test_corrections_replace_jiebas_tags_for_institutions():
    assert dictionary_tag("普通高中") == "n" and dictionary_tag("幼儿园") == "n"
    assert tag("招生").startswith("vn")
