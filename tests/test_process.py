from policy_nlp.io import Document
from policy_nlp.process import process_document


def test_a_good_document_becomes_a_record(nlp):
    record = process_document(nlp, Document("d", "mem", "研发投入超12亿元。"))
    assert record["error"] is None
    assert [m["value"] for m in record["metrics"]] == [1.2e9]


def test_text_with_a_lone_surrogate_becomes_an_error_record_that_says_why(nlp):
    record = process_document(nlp, Document("d", "mem", "研发投入\udc80超12亿元。"))
    assert "lone surrogate" in record["error"] and "internal error" not in record["error"]
    assert record["doc_id"] == "d" and record["metrics"] == []
