import pandas as pd

from policy_nlp.keywords import keywords


def test_keyness_by_group_keeps_lexicon_terms(nlp):
    documents = [
        ("a", {"year": 2021}, "推进揭榜挂帅，揭榜挂帅成效明显。发展经济。"),
        ("b", {"year": 2021}, "揭榜挂帅项目落地。发展经济。"),
        ("c", {"year": 2022}, "建设中试平台，中试平台投入运营。发展经济。"),
    ]
    table = keywords(nlp, documents, by="year", top=3)
    assert list(table.columns) == ["group", "rank", "term", "score", "documents", "lexicon_term"]
    top = table[table["rank"] == 1].set_index("group")["term"].to_dict()
    assert top == {"2021": "揭榜挂帅", "2022": "中试平台"}
    assert table[table["term"] == "揭榜挂帅"]["lexicon_term"].all()
    assert "经济" not in set(table[table["rank"] == 1]["term"])  # common to all groups: no keyness


def test_keywords_command_on_bundled_corpus():
    from typer.testing import CliRunner

    from policy_nlp.cli import app

    result = CliRunner().invoke(app, ["keywords", "--by", "year", "--top", "5"])
    assert result.exit_code == 0, result.output
    rows = [line.split("\t") for line in result.stdout.strip().split("\n")]
    assert rows[0] == ["group", "rank", "term", "score", "documents", "lexicon_term"]
    assert {r[0] for r in rows[1:]} >= {"2021", "2022", "2026"}
    assert len(pd.DataFrame(rows[1:])) <= 5 * 4


def test_discover_command_on_bundled_corpus():
    from typer.testing import CliRunner

    from policy_nlp.cli import app

    result = CliRunner().invoke(app, ["discover", "--top", "50"])
    assert result.exit_code == 0, result.output
    lines = result.stdout.strip().split("\n")
    assert len(lines) == 51 and all(len(line.split("\t")) == 6 for line in lines)
