from policy_nlp.discover import Discoverer
from policy_nlp.lexicon.lint import lint


def test_candidates_on_a_small_corpus(nlp, tmp_path):
    finder = Discoverer(nlp, min_frequency=2)
    texts = [
        "全面推行“码上办”服务，“码上办”覆盖全市。实施“四链融合”行动。",
        "深化“码上办”改革，推动数智治理走深走实，数智治理成效明显。",
        "数智治理是重点，三大攻坚行动全面铺开。数智治理再上台阶。开展老旧管网更新提质专项行动。",
    ]
    for i, text in enumerate(texts):
        finder.add(f"d{i}", text)
    ranked = finder.ranked()
    by_term = {c.term: c for c in ranked}
    assert by_term["码上办"].kind == "quoted" and by_term["码上办"].frequency == 3
    assert len(by_term["码上办"].documents) == 2
    assert "三大攻坚行动" in by_term or "三大攻坚" in by_term
    assert by_term["老旧管网更新提质专项行动"].kind == "programme"
    assert all(c.term not in ("揭榜挂帅", "十四五") for c in ranked)
    rows = finder.rows(ranked)
    assert rows[0] == "term\tcategory\tpolicy_tool\tsub_tool\taliases\tnote"
    path = tmp_path / "candidates.tsv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    assert not [f for f in lint([path]) if f.level == "error"]  # ready to merge as it is


def test_one_mention_found_two_ways_counts_once(nlp):
    finder = Discoverer(nlp, min_frequency=2)
    finder.add("d0", "加快构建“一主两副”发展格局。")
    (found,) = [c for c in finder.ranked() if c.term == "一主两副"]
    assert found.frequency == 1 and found.evidence == {"formulation", "quoted"}
