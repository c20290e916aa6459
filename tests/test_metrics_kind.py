"""Kind (metrics/kind.py): whether a quantity reports, targets or grants."""

from __future__ import annotations


def kinds_of(nlp, text: str) -> dict[str, str]:
    return {m["text"]: m["kind"] for m in nlp(text)._.metrics}


def test_what_a_fund_leverages_is_no_grant(nlp):
    # the fund's size is what the policy grants; the private money it draws in is a goal, or,
    # once drawn, a result
    planned = "明年将设立规模50亿元的种业振兴基金，预计撬动民间投资150亿元以上。"
    assert kinds_of(nlp, planned) == {"50亿元": "incentive", "150亿元": "target"}
    done = "去年设立的科创母基金已撬动社会资本约90亿元。"
    assert kinds_of(nlp, done) == {"90亿元": "actual"}
