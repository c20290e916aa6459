import codecs
import json

import pytest

from policy_nlp.io import DecodeError, UserError, check_text, decode, expand_inputs, iter_documents, read_text_file


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        ("概念验证".encode(), "utf-8"),
        (codecs.BOM_UTF8 + "概念验证".encode(), "utf-8-sig"),
        ("概念验证".encode("gb18030"), "gb18030"),
        (codecs.BOM_UTF16_LE + "概念验证".encode("utf-16-le"), "utf-16"),
        (codecs.BOM_UTF16_BE + "概念验证".encode("utf-16-be"), "utf-16"),
    ],
)
def test_decode_encodings(data, encoding):
    assert decode(data) == ("概念验证", encoding)


def test_decode_binary_and_garbage():
    with pytest.raises(DecodeError, match="binary"):
        decode(b"\x7fELF\x00\x00")
    with pytest.raises(DecodeError, match="undecodable"):
        decode(b"abc\xff")


def test_broken_files_become_error_documents(tmp_path):
    (tmp_path / "empty.txt").write_text("  \n", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02")
    doc = read_text_file(tmp_path / "empty.txt", "empty.txt")
    assert doc.error == "empty document" and doc.text is None
    assert "binary" in read_text_file(tmp_path / "binary.txt", "binary.txt").error


def test_jsonl_reader_meta_and_bad_lines(tmp_path):
    path = tmp_path / "docs.jsonl"
    lines = [
        json.dumps({"id": "a", "text": "文本一", "year": 2024}, ensure_ascii=False),
        "{not json",
        json.dumps({"id": "c", "body": "x"}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    docs = list(iter_documents([str(path)]))
    assert [d.doc_id for d in docs] == ["a", "docs.jsonl:2", "c"]
    assert docs[0].meta == {"year": 2024} and docs[0].text == "文本一"
    assert "not JSON" in docs[1].error
    assert "no text" in docs[2].error


def test_csv_reader(tmp_path):
    import pandas as pd

    pd.DataFrame({"doc": ["x", "y"], "content": ["甲", "乙"], "place": ["杭州", "合肥"]}).to_csv(
        tmp_path / "t.csv", index=False
    )
    docs = list(iter_documents([str(tmp_path / "t.csv")], text_field="content", id_field="doc"))
    assert [(d.doc_id, d.text, d.meta) for d in docs] == [
        ("x", "甲", {"place": "杭州"}),
        ("y", "乙", {"place": "合肥"}),
    ]


def test_expand_inputs_errors(tmp_path):
    with pytest.raises(UserError, match="no such file"):
        expand_inputs([str(tmp_path / "missing")])
    with pytest.raises(UserError, match=r"no \.txt"):
        expand_inputs([str(tmp_path)])


def test_folder_ids_are_relative_paths(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text("一", encoding="utf-8")
    (tmp_path / "b.md").write_text("二", encoding="utf-8")
    assert [d.doc_id for d in iter_documents([str(tmp_path)])] == ["b.md", "sub/a.txt"]


def test_gzipped_jsonl(tmp_path):
    import gzip

    with gzip.open(tmp_path / "docs.jsonl.gz", "wt", encoding="utf-8") as handle:
        handle.write(json.dumps({"id": "g1", "text": "研发投入超16亿元。", "place": "杭州"}, ensure_ascii=False) + "\n")
    (doc,) = iter_documents([str(tmp_path / "docs.jsonl.gz")])
    assert (doc.doc_id, doc.text, doc.meta) == ("g1", "研发投入超16亿元。", {"place": "杭州"})


def test_text_with_an_unpaired_surrogate_is_refused_with_its_position():
    assert check_text("全年增长5%\udce4。") == "not valid Unicode: an unpaired surrogate (U+DCE4) at character 6"
    assert check_text("全年增长5%。") is None
