from hypothesis import given, settings
from hypothesis import strategies as st

from policy_nlp.io import Document
from policy_nlp.options import RecordOptions
from policy_nlp.process import process_document
from policy_nlp.unwrap import page_width, unwrap

PARAGRAPHS = [
    "关于推进科技创新的工作报告",
    "一、主要成效",
    "过去一年，全县工业增加值增长9.3%，高企数量增至3400家，"
    "研发投入强度由2019年的2.6%提高到2.9%，发明专利授权量增长超过18%。",
    "新建省级重点实验室9家、中试基地4家，技术合同登记额突破180亿元，"
    "全年引进高层次人才1200人以上，入库科技型中小企业数量居全省第3位。",
    "二、今年目标",
    "　　到2028年，力争全区研发投入强度提高到3.3%以上，数字产业增加值占GDP比重达到12%左右。",
]
TEXT = "\n".join(PARAGRAPHS)


def wrap(text: str, width: int) -> str:
    return "\n".join(line[i : i + width] for line in text.split("\n") for i in range(0, max(len(line), 1), width))


def test_a_hard_wrapped_text_is_joined_back_into_its_paragraphs():
    joined = unwrap(wrap(TEXT, 20))
    assert joined is not None and joined.width == 20
    assert joined.text == TEXT


def test_text_with_a_paragraph_per_line_is_left_alone():
    assert page_width(TEXT) is None
    assert unwrap(TEXT) is None


def test_headings_and_indented_lines_open_paragraphs():
    text = wrap("甲" * 19 + "乙" + "\n（一）" + "丙" * 40 + "\n第三条 " + "丁" * 40 + "\n" + "　　" + "戊" * 40, 20)
    joined = unwrap(text)
    assert joined is not None
    assert [line[:4] for line in joined.text.split("\n")] == ["甲" * 4, "（一）丙", "第三条 ", "　　戊戊"]


def test_tables_are_never_joined():
    rows = "指标\t2025年\t2030年\n研发投入强度（%）\t3.2\t3.8"
    joined = unwrap(wrap(TEXT, 20) + "\n" + rows)
    assert joined is not None
    assert joined.text.endswith("\n" + rows)


def test_a_record_of_wrapped_text_points_into_the_text_as_read(nlp):
    wrapped = wrap(TEXT, 20)
    joined = process_document(nlp, Document("d", "d", wrapped))
    plain = process_document(nlp, Document("d", "d", TEXT))
    assert joined["text"] == wrapped
    assert joined["warnings"][0].startswith("hard-wrapped text: ")
    assert [(m["value"], m["indicator"]["text"].replace("\n", "")) for m in joined["metrics"]] == [
        (m["value"], m["indicator"]["text"]) for m in plain["metrics"]
    ]
    for part in ("sentences", "terms", "quantities", "metrics", "enumerations"):
        for span in joined[part]:
            if "text" in span:
                assert wrapped[span["start"] : span["end"]] == span["text"]
    for metric in joined["metrics"]:
        for inner in (metric["indicator"], metric["time"]):
            if inner:
                assert wrapped[inner["start"] : inner["end"]] == inner["text"]


def test_keep_lines_reads_every_line_as_a_paragraph(nlp):
    wrapped = wrap(TEXT, 20)
    record = process_document(nlp, Document("d", "d", wrapped), RecordOptions(unwrap=False))
    assert not any(w.startswith("hard-wrapped") for w in record["warnings"])
    assert len(record["sentences"]) > len(process_document(nlp, Document("d", "d", wrapped))["sentences"])


CJK = st.characters(min_codepoint=0x4E00, max_codepoint=0x4E80)
LINE = st.text(alphabet=st.one_of(CJK, st.sampled_from("0123456789.%，。、 ")), min_size=0, max_size=90)


@given(lines=st.lists(LINE, min_size=6, max_size=30), width=st.integers(min_value=12, max_value=50))
@settings(max_examples=200, deadline=None)
def test_every_joined_character_maps_to_itself_in_the_original(lines, width):
    text = wrap("\n".join(lines), width)
    joined = unwrap(text)
    if joined is None:
        return
    kept = [joined.start(i) for i in range(len(joined.text))]
    assert [text[k] for k in kept] == list(joined.text)
    assert kept == sorted(set(kept))  # strictly increasing
    assert all(joined.end(i + 1) == kept[i] + 1 for i in range(len(kept)))
    assert set(range(len(text))) - set(kept) <= {k for k, char in enumerate(text) if char in " \n"}
