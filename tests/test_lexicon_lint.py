from policy_nlp.lexicon.lint import lint
from policy_nlp.lexicon.load import default_term_paths
from tests.conftest import FIXTURES


def test_shipped_lexicons_have_no_errors():
    errors = [str(f) for f in lint(default_term_paths()) if f.level == "error"]
    assert not errors, errors[:10]


def test_broken_fixture_catches_each_kind():
    messages = [str(f) for f in lint([FIXTURES / "broken_lexicon.tsv"])]
    text = "\n".join(messages)
    for expected in (
        "broken_lexicon.tsv:3: error: duplicate 揭榜挂帅",
        "broken_lexicon.tsv:5: error: 赛马制 has conflicting categories",
        "broken_lexicon.tsv:6: error: unknown category",
        "broken_lexicon.tsv:7: error: unknown policy_tool",
        "broken_lexicon.tsv:8: error: sub_tool 'tax' does not belong",
        "broken_lexicon.tsv:9: error: alias 赛马制 of 技术经理人 is itself a canonical term",
        "broken_lexicon.tsv:11: error: AI芯片 is identical to ＡＩ芯片",
        "note: 中试平台 contains the term 中试",
        "broken_lexicon.tsv:14: error: malformed row",
        "broken_lexicon.tsv:15: note: 千亿元县 holds an amount (千亿元)",
    ):
        assert expected in text, expected
