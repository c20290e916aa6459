import itertools

import pytest

from policy_nlp.pipeline.sentences import LineKinds, split_sentences


@pytest.fixture(scope="module")
def kinds():
    return LineKinds()


def test_stops_and_closing_quotes(kinds):
    text = "他说：“我们要干。”然后走了！真的吗?是的;好……结束"
    got = [text[s.start : s.end] for s in split_sentences(text, kinds)]
    assert got == ["他说：“我们要干。”", "然后走了！", "真的吗?", "是的;", "好……", "结束"]


def test_lines_are_paragraphs_and_flags(kinds):
    text = "### 擘画新蓝图\n\n■文/记者 王某 摄/记者 李某\n\n正文第一句。正文第二句。\n图为新建成的中试基地（张三 摄）\n数字经济再上新台阶\n"
    got = [(text[s.start : s.end], s.paragraph, s.kind) for s in split_sentences(text, kinds)]
    assert got[0] == ("### 擘画新蓝图", 0, "heading")
    assert got[1][2] == "byline"
    assert got[2] == ("正文第一句。", 2, "body")
    assert got[3] == ("正文第二句。", 2, "body")
    assert got[4][2] == "caption"
    assert got[5] == ("数字经济再上新台阶", 4, "heading")


def test_sentences_on_doc_tile_tokens(nlp, sample_text):
    doc = nlp(sample_text)
    spans = list(doc.spans["sentences"])
    assert spans and all(a.end_char <= b.start_char for a, b in itertools.pairwise(spans))
    assert len(list(doc.sents)) >= len(spans) - 1


def test_numbered_headings_have_a_depth():
    from policy_nlp.pipeline.sentences import LineKinds

    kinds = LineKinds()
    assert kinds.level("四、2027年重点任务") == 1
    assert kinds.level("（一）扩大内需") == 2
    assert kinds.level("全力扩大内需，推动增长。") is None


def test_a_short_line_ending_in_a_colon_is_a_heading():
    from policy_nlp.pipeline.sentences import LineKinds

    kinds = LineKinds()
    assert kinds("主要目标：") == "heading"
    assert kinds("会议强调，要坚持稳中求进，扎实推进各项改革：") == "body"
