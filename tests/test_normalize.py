from hypothesis import given
from hypothesis import strategies as st

from policy_nlp.normalize import normalize


@given(st.text())
def test_normalize_keeps_length(text):
    assert len(normalize(text)) == len(text)


def test_normalize_folds_width_space_and_case():
    assert normalize("Ｒ＆Ｄ，１６亿元\u3000\u00a0AI\r\n") == "r&d,16亿元  ai \n"


def test_normalize_leaves_han_and_chinese_punctuation():
    assert normalize("概念验证中心。“安心宝”") == "概念验证中心。“安心宝”"


@given(st.text())
def test_normalize_folds_exactly_what_its_table_maps(text):
    from policy_nlp.normalize import _TABLE

    assert normalize(text) == text.translate(_TABLE)
