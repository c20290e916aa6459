from policy_nlp.pipeline.indicators import IndicatorIndex


def test_aliases_and_scope_prefixes_map_to_one_id():
    index = IndicatorIndex()
    rd = index.lookup("R&D经费投入强度")
    assert rd is not None
    assert index.lookup("研发投入强度") == rd
    assert index.lookup("研究与试验发展经费投入强度") == rd
    assert index.lookup("全省R＆D经费投入强度") == rd  # width and a scope prefix do not matter
    assert index.lookup("地区生产总值") == index.lookup("GDP")
    assert index.lookup("不是指标的词") is None


def test_usual_unit():
    index = IndicatorIndex()
    assert index.unit(index.lookup("地区生产总值")) == "CNY"
    assert index.unit(None) is None
