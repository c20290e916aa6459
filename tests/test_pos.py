import pytest

from policy_nlp.pos import dictionary_tag, tag, tagged_words


@pytest.mark.parametrize(
    ("word", "expected"),
    [("增长", "v"), ("强度", "n"), ("2024", "m"), ("3.5%", "m"), ("AI", "eng"), ("某新词汇", "n"), ("，", "x")],
)
def test_tag(word, expected):
    assert tag(word) == expected


def test_tagged_words_cover_the_piece_with_dictionary_tags():
    words = tagged_words("会议从优化审批")
    assert "".join(w for w, _ in words) == "会议从优化审批"
    assert ("从", "p") in words


def test_lexicon_terms_are_proper_nouns():
    assert tag("揭榜挂帅", is_term=True) == "nz"


def test_dictionary_tag_only_for_dictionary_words():
    assert dictionary_tag("强度") == "n"
    assert dictionary_tag("某新词汇") is None


def test_corrections_replace_jiebas_tags_for_institutions():
    assert dictionary_tag("普通高中") == "n" and dictionary_tag("幼儿园") == "n"
    assert tag("招生").startswith("vn")


def test_a_compound_jieba_tags_as_a_verb_takes_its_noun_head():
    # jieba tags 试点单位 by its first part; Chinese compounds are head-final, so it names a 单位
    assert dictionary_tag("试点单位") == "n"
    assert dictionary_tag("扩大") == "v"  # a verb with no noun head stays one


def test_a_count_of_a_compound_named_before_its_verb_is_of_that_compound(nlp):
    (metric,) = nlp("首批试点单位扩大到75家。")._.metrics
    assert metric["indicator"]["text"] == "试点单位"
