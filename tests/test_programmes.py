"""Programme names read by pattern (pipeline/programmes.py)."""

from hypothesis import given
from hypothesis import strategies as st

from policy_nlp.normalize import normalize
from policy_nlp.pipeline.programmes import ProgrammeFinder

FIND = ProgrammeFinder()


def names(text: str) -> list[str]:
    norm = normalize(text)
    return [norm[start:end] for start, end, _ in FIND(norm)]


def test_a_launching_verb_then_a_name_with_a_programme_head():
    assert names("深入实施农业机械化提升行动，开展医保基金监管专项行动。") == [
        "农业机械化提升行动",
        "医保基金监管专项行动",
    ]
    assert names("启动“数智工匠”培育计划，实施老旧小区改造重点工程三年行动。") == [
        "“数智工匠”培育计划",
        "老旧小区改造重点工程三年行动",  # the longer name, not also 老旧小区改造重点工程
    ]


def test_what_is_not_a_programme_name():
    assert names("各地积极推动相关工作，工程进度加快。") == []  # no head after a verb in the clause
    assert names("实施一批重大工程，开展各类专项行动，组织提升行动。") == []  # generic, or a bare verb
    assert names("实施以数字化为核心的工程，推进铁路、公路等交通工程。") == []  # descriptions and lists
    assert names("招聘软件工程师，落实计划生育政策。") == []  # the head is part of a longer word


def test_a_strong_province_campaign_is_a_programme():
    assert names("加快建设数字经济强省。") == ["数字经济强省"]


def test_names_listed_after_a_name_share_its_verb():
    assert names("实施基层医疗服务强基工程、养老照护扩容提升工程。") == ["基层医疗服务强基工程", "养老照护扩容提升工程"]
    assert names("打好上半年冲刺战役、下半年收官战役。") == ["上半年冲刺战役", "下半年收官战役"]
    assert names("推进农业现代化、养老照护扩容提升工程。") == []  # the first item names no programme


def test_a_name_that_opens_its_clause_and_reports_how_it_went():
    text = "投资增长3.8%。县域商业体系建设提升行动顺利收官，文旅强省建设三年行动取得成效。"
    assert names(text) == ["县域商业体系建设提升行动", "文旅强省建设三年行动"]
    assert names("各类专项行动取得成效，相关工程顺利完成。") == []  # generic, or no name
    assert names("投资增长13.6%，年度计划完成1387.5亿元。") == []  # a plan's figure
    assert names("规模全省第一，先进制造强省建设取得明显进展。") == ["先进制造强省"]  # …建设取得


def test_a_launching_verb_inside_the_name_does_not_cut_it():
    assert names("全面实施园区改革深化提升行动。") == ["园区改革深化提升行动"]
    assert names("推动各部门各层级信息化建设应用计划。") == []  # a description, not a name


def test_national_and_provincial_designations():
    norm = normalize("建设国家技术转移宁波中心，获批全国步行街改造提升试点城市，打造全国示范的数据高地。")
    assert [(norm[s:e], c) for s, e, c in FIND(norm)] == [
        ("国家技术转移宁波中心", "platform"),
        ("全国步行街改造提升试点城市", "programme"),
    ]  # 全国示范的…高地 describes, it does not name


def test_names_listed_after_a_known_term():
    norm = normalize("农业强省、交通强省、海洋强省加快建设。")
    assert [norm[s:e] for s, e, _ in FIND(norm, known=[(0, 4)])] == ["交通强省", "海洋强省"]
    assert FIND(norm) == []  # without the lexicon's 农业强省 nothing launches the list


def test_the_name_starts_after_who_acts_or_a_conjunction():
    assert names("实施我省农村饮水安全巩固提升工程。") == ["农村饮水安全巩固提升工程"]
    assert names("推进乡村振兴与“百村示范”行动。") == ["“百村示范”行动"]


def test_quoted_plus_coinages_and_formula_codes():
    norm = normalize("推进“文化+”“旅游+”融合，构建“1+2+4+N”体系，打造“8+4”产业集群，发展“十大”产业。")
    assert [(norm[s:e], c) for s, e, c in FIND(norm)] == [
        ("“文化+”", "programme"),
        ("“旅游+”", "programme"),
        ("“1+2+4+n”", "other"),  # normalised: Latin letters fold to lower case
        ("“8+4”", "other"),
    ]


def test_quoted_number_codes_are_terms_but_years_are_not():
    norm = normalize("构建“4321”产业体系，展望“2035”远景目标，落实“21”条。")
    assert [(norm[s:e], c) for s, e, c in FIND(norm)] == [("“4321”", "other")]


def test_quoted_coinages_are_terms():
    norm = normalize("推动“扩中”“提低”，构建“一主两副”格局，推进“用云、上链、赋智”，建设“光芯联合实验室”。")
    assert [(norm[s:e], c) for s, e, c in FIND(norm)] == [
        ("“扩中”", "brand"),
        ("“提低”", "brand"),
        ("“一主两副”", "brand"),
        ("“用云、上链、赋智”", "brand"),
        ("“光芯联合实验室”", "platform"),  # the category its ending suggests
    ]


def test_quoted_words_that_coin_nothing():
    text = "抓住“牛鼻子”，树牢“四个意识”，迈入“十四五”，交出“2万亿”答卷，倡导“节俭、文明、热闹”，用好“AI”。"
    assert names(text) == []  # a dictionary word, a counted set, a period, a number, everyday words, no Han


@given(st.text(alphabet="实施开展推进行动工程计划专项的等我省与“”，。农业提升数字化三年+1N", max_size=40))
def test_names_lie_in_the_text_and_end_with_a_head_or_are_quoted(text):
    norm = normalize(text)
    for start, end, category in FIND(norm):
        assert 0 <= start < end <= len(norm)
        heads = ("行动", "工程", "计划", "战役", "保卫战", "攻坚战", "强省", "强市", "+", "N")
        name = norm[start:end]
        assert name.rstrip("”").endswith(heads) or (name[0], name[-1]) == ("“", "”")
        assert category in ("programme", "other", "brand")


def canonical(text: str) -> list[str]:
    """The canonical names of the outermost names found (a quoted coinage inside one is found too)."""
    norm = normalize(text)
    spans = [(start, end) for start, end, _ in FIND(norm)]
    outermost = [(s, e) for s, e in spans if not any(a <= s and e <= b and (a, b) != (s, e) for a, b in spans)]
    return [FIND.canonical(norm, text, start, end) for start, end in outermost]


def test_a_quoted_coinage_before_its_head_is_the_programme_s_name():
    assert canonical("深入实施“青苗英才”计划，启动「智造强县」工程。") == ["青苗英才", "智造强县"]
    # the quotes cover only part of the name, or the head sits inside them: the whole name
    assert canonical("启动“数智工匠”培育计划，实施“百园提质行动”。") == ["数智工匠培育计划", "百园提质行动"]
    # a topic before the quoted coinage is no part of its name
    assert canonical("组织实施海洋产业“扬帆行动”，开展老年健康“三早”专项行动。") == ["扬帆行动", "三早"]


def test_names_joined_by_a_conjunction_are_two_names():
    assert canonical("深入实施青年工匠培育计划和“技能强市”行动。") == ["青年工匠培育计划", "技能强市"]
    assert names("推进创新平台建设和产业链链长行动。") == ["产业链链长行动"]  # 和 names nothing
    # a head and a joiner close the first name even when it alone names nothing (a bare verb)
    assert names("启动攀登行动和护航工程。") == ["护航工程"]
    # quotes coin a name even of a verb
    assert names("全面启动“领航”行动和“筑巢”工程。") == ["“领航”行动", "“筑巢”工程"]


def funds(text: str) -> list[str]:
    norm = normalize(text)
    return [norm[start:end] for start, end, category in FIND(norm) if category == "finance"]


def test_named_funds_after_a_lead_without_their_administrative_level():
    assert funds("设立总规模80亿元的市海洋经济产业投资基金，首期20亿元。") == ["海洋经济产业投资基金"]
    assert funds("统筹安排省级乡村振兴发展专项资金，依托省绿色低碳转型基金。") == [
        "乡村振兴发展专项资金",
        "绿色低碳转型基金",
    ]
    assert funds("设立市场化基金。") == ["市场化基金"]  # 市 opens a word here, not a level


def test_what_is_not_a_fund_name():
    assert funds("设立一支基金，设立相关基金，安排不低于8亿元专项资金，设立发展基金。") == []
    assert funds("引导基金对子基金的出资比例最高可达25%。") == []  # no lead


def test_a_quoted_everyday_word_naming_a_system_is_a_coinage():
    assert names("在重点院所推行经费“包干制”，开展“订单式”培养，交出“答卷”。") == ["“包干制”", "“订单式”"]


def test_an_industry_term_before_a_platform_head_names_a_platform(nlp):
    from policy_nlp.lexicon import load_lexicon

    lexicon = load_lexicon()
    industry = next(
        t.term
        for t in lexicon
        if t.category == "industry" and len(t.term) >= 4 and f"{t.term}集聚区" not in lexicon.surface_index
    )
    text = f"规划建设{industry}集聚区。"
    found = {(m["text"], m["category"], m["origin"], m["nested"]) for m in nlp(text)._.terms}
    assert (f"{industry}集聚区", "platform", "pattern", False) in found
    assert (industry, "industry", "lexicon", True) in found
