from hypothesis import given
from hypothesis import strategies as st

from policy_nlp.lexicon import Lexicon, Term
from policy_nlp.lexicon.matcher import LexiconMatcher
from policy_nlp.normalize import normalize

LEXICON = Lexicon(
    [
        Term("专精特新", "enterprise"),
        Term("中小企业", "enterprise"),
        Term("专精特新中小企业", "enterprise"),
        Term("中试", "platform"),
        Term("中试平台", "platform"),
        Term("制造业中试平台", "platform"),
        Term("5G", "industry"),
    ]
)
MATCHER = LexiconMatcher(LEXICON)


def test_inner_matches_are_the_longest_proper_sub_terms():
    assert [(m.start, m.end, m.term.term) for m in MATCHER.inner_matches("专精特新中小企业")] == [
        (0, 4, "专精特新"),
        (4, 8, "中小企业"),
    ]
    # 中试 lies inside 中试平台, so only the longer inner term is kept.
    assert [m.term.term for m in MATCHER.inner_matches("制造业中试平台")] == ["中试平台"]


def test_inner_matches_respect_latin_word_edges():
    assert MATCHER.inner_matches(normalize("15G网络")) == ()
    assert [m.term.term for m in MATCHER.inner_matches(normalize("5G网络"))] == ["5G"]


@given(st.text(alphabet="专精特新中小企业试平台制造业5g", max_size=20))
def test_inner_matches_lie_strictly_inside_and_spell_their_surface(surface):
    for m in MATCHER.inner_matches(surface):
        assert 0 <= m.start < m.end <= len(surface)
        assert m.end - m.start < len(surface)
        assert surface[m.start : m.end] in {normalize(s) for s in m.term.surfaces}
