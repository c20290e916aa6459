import itertools
import json
import random

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import policy_nlp
from policy_nlp.records import SCHEMA_VERSION, dumps, error_record, json_schema, pipeline_info
from tests.conftest import assert_offsets


@pytest.fixture(scope="module")
def validator():
    return jsonschema.Draft202012Validator(json_schema())


def record_of(nlp, text, **kwargs):
    return policy_nlp.to_record(nlp(text), pipeline=pipeline_info(nlp), **kwargs)


def test_every_corpus_record_is_schema_valid_with_exact_offsets(nlp, corpus_files, validator):
    for path in corpus_files:
        record = record_of(
            nlp, path.read_text(encoding="utf-8"), doc_id=path.name, source=str(path), include_tokens=True
        )
        validator.validate(json.loads(dumps(record)))
        assert_offsets(record)
        failures = [w for m in record["metrics"] for w in m["warnings"] if "failed" in w]
        assert not failures, (path.name, failures[:3])


def test_key_order_and_version(sample_record):
    keys = list(sample_record)
    assert keys[:5] == ["doc_id", "source", "meta", "schema", "pipeline"]
    assert keys[-2:] == ["warnings", "error"]
    assert sample_record["schema"] == SCHEMA_VERSION


def test_json_line_keeps_chinese(sample_record):
    line = dumps(sample_record)
    assert "\\u" not in line[:2000] and "萧山" in line and "\n" not in line


def test_error_record_is_schema_valid(validator):
    validator.validate(error_record(doc_id="x", source="x.txt", error="binary data"))


def test_no_text_option(nlp):
    record = record_of(nlp, "研发投入超16亿元。", include_text=False)
    assert "text" not in record and record["metrics"][0]["value"] == 1.6e9


def check_document(nlp, validator, text):
    record = record_of(nlp, text, include_tokens=True)
    validator.validate(json.loads(dumps(record)))
    assert_offsets(record)
    sentences = record["sentences"]
    for a, b in itertools.pairwise(sentences):
        assert a["end"] <= b["start"] and not text[a["end"] : b["start"]].strip()
    if sentences:
        assert not text[: sentences[0]["start"]].strip() and not text[sentences[-1]["end"] :].strip()
    else:
        assert not text.strip()


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=200))
def test_random_unicode_never_breaks_offsets(nlp, validator, text):
    check_document(nlp, validator, text)


NUMERIC_SOUP = st.text(
    alphabet="0123456789一二两三十百千万亿%.,，、-—~至第位名家元亿倍翻番超约以上左右到从年月“”《》+×/\n。；",
    max_size=60,
)


STRUCTURE_SOUP = st.text(  # plan lists, headings, programme names, asides, bases, series
    alphabet="实施开展行动工程计划主要目标是：；——【】（）()未来今后过去五年增长占为的是倍成从到比较GDP率“”+N2025%亿元个位\n。，、",
    max_size=80,
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.one_of(NUMERIC_SOUP, STRUCTURE_SOUP))
def test_numeric_and_structure_soup_never_break(nlp, validator, text):
    check_document(nlp, validator, text)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.randoms(use_true_random=False))
def test_shuffled_real_paragraphs(nlp, validator, corpus_files, rnd: random.Random):
    paragraphs = [p for f in corpus_files[:6] for p in f.read_text(encoding="utf-8").split("\n") if p.strip()]
    picked = rnd.sample(paragraphs, k=min(8, len(paragraphs)))
    check_document(nlp, validator, "\n".join(picked))


def test_vague_amounts_and_inferred_units_are_schema_valid(nlp, validator):
    record = json.loads(dumps(policy_nlp.to_record(nlp("财政收入增长数十倍，迈过4万亿门槛，450万困难群众受益。"))))
    validator.validate(record)
    values = {m["text"]: (m["value"], m["unit"]) for m in record["metrics"]}
    assert values["数十倍"] == (None, "x")
    assert values["4万亿"] == (4e12, "CNY")
    assert values["450万"] == (4.5e6, "人")
