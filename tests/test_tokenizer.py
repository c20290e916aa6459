import pytest

import policy_nlp
from policy_nlp.lexicon import load_lexicon
from policy_nlp.tokenizer import UndecodedText
from tests.conftest import FIXTURES

MINI = str(FIXTURES / "mini_lexicon.tsv")


@pytest.fixture(scope="module")
def mini():
    return policy_nlp.load([MINI], default_lexicons=False)


def words(nlp, text):
    return [t.text for t in nlp.make_doc(text)]


@pytest.mark.parametrize(
    "term", ["人工智能+", "R&D经费投入强度", "专精特新“小巨人”企业", "北斗七星+", "车路云一体化", "中试平台"]
)
def test_terms_with_symbols_come_out_whole(mini, term):
    assert term in words(mini, f"全面实施{term}行动，推进工作。")


def test_full_width_variant_is_matched_and_text_kept(mini):
    text = "提高Ｒ＆Ｄ经费投入强度。"
    assert "Ｒ＆Ｄ经费投入强度" in words(mini, text)
    assert "".join(words(mini, text)) == text


def test_longest_match_wins(mini):
    assert "中试平台" in words(mini, "建设中试平台")
    assert "中试" not in words(mini, "建设中试平台")


@pytest.mark.parametrize("text", ["高中试卷分析", "集中试点工作"])
def test_short_term_respects_word_boundaries(mini, text):
    assert "中试" not in words(mini, text)


def test_short_term_found_where_it_reads(mini):
    assert "中试" in words(mini, "推进中试验证")


def test_tokens_tile_the_text(mini):
    text = "  到2027年，人工智能+\r\n行动\u3000全面推开……"
    doc = mini.make_doc(text)
    assert doc.text == text


def test_every_shipped_term_comes_out_whole_in_running_text(nlp):
    lexicon = load_lexicon()
    assert len(lexicon) > 0
    missing = []
    for term in lexicon:
        for surface in term.surfaces:
            text = f"我们要大力推进{surface}，取得新成效。"
            doc = nlp(text)
            spans = [(s.text, s.label_) for s in doc.spans["terms"]]
            if (surface, term.category) not in spans and not any(surface in s for s, _ in spans):
                missing.append(surface)
    assert not missing, f"{len(missing)} terms not whole, e.g. {missing[:10]}"


def test_to_disk_round_trip_gives_identical_output(mini, tmp_path, sample_text):
    import spacy

    mini.to_disk(tmp_path / "pipe")
    again = spacy.load(tmp_path / "pipe")
    a = policy_nlp.to_record(mini(sample_text))
    b = policy_nlp.to_record(again(sample_text))
    assert a == b
    assert [t.text for t in again.make_doc("实施人工智能+行动")] == ["实施", "人工智能+", "行动"]
    assert again.tokenizer.lexicon.hash == mini.tokenizer.lexicon.hash


def test_tokenizer_owns_its_segmenter(mini):
    import jieba
    import rjieba

    assert mini.tokenizer.segmenter.jieba is not rjieba._DEFAULT_JIEBA
    python = policy_nlp.load([MINI], default_lexicons=False, segmenter="jieba")
    assert python.tokenizer.segmenter.jieba is not jieba.dt


@pytest.mark.parametrize("segmenter", ["jieba", "jieba-rs"])
def test_both_segmenters_keep_terms_whole(segmenter):
    nlp = policy_nlp.load([MINI], default_lexicons=False, segmenter=segmenter)
    assert [t.text for t in nlp.make_doc("实施人工智能+行动")] == ["实施", "人工智能+", "行动"]


def test_unknown_segmenter_is_a_clear_error():
    with pytest.raises(ValueError, match="unknown segmenter"):
        policy_nlp.load(segmenter="nope").make_doc("文本")


@pytest.mark.parametrize("segmenter", ["jieba", "jieba-rs"])
def test_a_word_jieba_knows_keeps_its_count(segmenter, tmp_path):
    lexicon = tmp_path / "words.tsv"  # re-added at a low count, 人口 would split before 占比
    rows = "term\tcategory\tpolicy_tool\tsub_tool\taliases\tnote\n人口\tother\t\t\t\t\n占比\tother\t\t\t\t\n"
    lexicon.write_text(rows, encoding="utf-8")
    nlp = policy_nlp.load([lexicon], default_lexicons=False, segmenter=segmenter)
    assert "人口" in nlp.tokenizer.segmenter.cut("65岁及以上人口占比为14.2%", True)  # what fills the gaps


def test_a_lone_surrogate_is_a_clear_error(nlp):
    with pytest.raises(UndecodedText, match=r"U\+DC80\) at character 4"):
        nlp("研发投入\udc80增长")
