import pytest

import policy_nlp
from policy_nlp.pipeline.enumerations import EnumerationFinder


@pytest.fixture(scope="module")
def find():
    return EnumerationFinder()


def by_name(found):
    return {e["name"]: e for e in found}


def test_members_listed_before_the_name(find):
    text = "全面实施产业提质、主体培育、生态优化三大行动，成效明显。"
    e = by_name(find(text))["三大行动"]
    assert e["count"] == 3 and [m["text"] for m in e["members"]] == ["产业提质", "主体培育", "生态优化"]
    assert e["count_matches"] is True
    assert all(text[m["start"] : m["end"]] == m["text"] for m in e["members"])


def test_members_after_a_colon(find):
    e = by_name(find("推进四大工程：强基工程、数智工程、绿色工程、安全工程。"))["四大工程"]
    assert [m["text"] for m in e["members"]] == ["强基工程", "数智工程", "绿色工程", "安全工程"]


def test_quoted_coinages(find):
    found = by_name(find("打造甲方、乙方、丙方“三芯”社区，健全“四题一评”机制，落实“21条”政策。"))
    assert found["三芯"]["count"] == 3 and [m["text"] for m in found["三芯"]["members"]] == ["甲方", "乙方", "丙方"]
    assert found["四题一评"]["count"] is None
    assert found["21条"]["count"] == 21


def test_single_quotes_inside_a_quotation_name_a_set(find):
    text = "“全年实现了产量、品质、效益‘三提升’。”负责人说。"
    e = by_name(find(text))["三提升"]
    assert [m["text"] for m in e["members"]] == ["产量", "品质", "效益"]
    assert text[e["start"] : e["end"]].strip("‘’") == "三提升"


def test_count_mismatch_is_reported(find):
    e = by_name(find("做好甲、乙两项改革。"))["两项改革"]
    assert e["count"] == 2 and e["count_matches"] is True
    e = by_name(find("围绕甲、乙、丙两大抓手。"))["两大抓手"]
    assert e["members"] == [] or e["count_matches"] is False


def test_names_after_a_declared_list(nlp):
    doc = nlp("推动珠江、闽江、钱塘江、湘江四大流域内城市协作，跨越2万亿、3万亿、4万亿三个大台阶。")
    found = by_name(doc._.enumerations)
    assert {"四大流域", "三个大台阶"} <= set(found)
    assert [m["text"] for m in found["三个大台阶"]["members"]] == ["2万亿", "3万亿", "4万亿"]


def test_a_formulation_inside_a_longer_name(nlp):
    doc = nlp("认真对照中央八项规定查摆问题。")
    assert by_name(doc._.enumerations)["八项规定"]["count"] == 8


def test_formulation_heads_and_great_only_heads(find):
    assert "六大优势产业" in by_name(find("六大优势产业增加值增长。"))
    assert "4个产业" not in by_name(find("建成4个产业园区。"))  # 产业 is a head only after N大
    assert "7个关键领域" in by_name(find("在7个关键领域实现突破。"))
    assert "四大千亿级特色产业集群" in by_name(find("打造四大千亿级特色产业集群。"))  # a scale grade first


def test_periods_and_idioms_are_not_formulations(find):
    assert find("“十四五”时期，打通“最后一公里”。") == []
    assert find("出现了首个“五万亿”省会。进入“十强”。") == []


def test_each_formulation_once(find):
    found = find("三大行动开局良好。继续深化三大行动。")
    assert [e["name"] for e in found] == ["三大行动"]


def test_name_without_known_head_ends_with_its_noun_phrase(nlp):
    doc = nlp("打造三大特色小镇群落，推动发展。")
    names = [e["name"] for e in doc._.enumerations]
    assert names == ["三大特色小镇群落"]
    assert [e["name"] for e in nlp("全市第二大城市。")._.enumerations] == []  # an ordinal, not a count


def test_quoted_coinages_with_an_inner_numeral_and_numbered_codes(find):
    found = by_name(find("甲、乙、丙“新三样”出口增长，落实“1310”部署，保住“第四城”位置。"))
    assert found["新三样"]["count"] == 3 and [m["text"] for m in found["新三样"]["members"]] == ["甲", "乙", "丙"]
    assert found["1310"]["count"] is None
    assert by_name(find("构建“1+2+4+N”目标体系，优化“8+4”政策。"))["8+4"]["count"] is None
    assert by_name(find("按照“五个进一步到位”要求。"))["五个进一步到位"]["count"] == 5
    found = by_name(find("全面推行河长制、林长制、田长制“三长制”，构建“一核两翼”格局。"))
    assert found["三长制"]["count"] == 3 and [m["text"] for m in found["三长制"]["members"]] == [
        "河长制",
        "林长制",
        "田长制",
    ]
    assert found["一核两翼"]["count"] is None
    assert "第四城" not in found  # a rank, not a formulation
    assert "四川省惠企通" not in by_name(find("上线“四川省惠企通”平台。"))  # a place, not a count


def test_unquoted_spatial_formulations(find):
    found = by_name(find("甲与乙、丙、丁三省一市联合印发方案，构建一核两翼格局，一年一度评选。"))
    assert found["三省一市"]["count"] == 4
    assert found["一核两翼"]["count"] == 3
    assert not any("一年一度" in name for name in found)  # 年 and 度 are no structural units


def test_names_close_with_their_noun_and_may_open_with_front(nlp):
    doc = nlp("电子、电气、电力、汽车四大支柱行业增长。全市行业中，前三大行业分别是化工、纺织、食品。")
    found = {e["name"]: e for e in doc._.enumerations}
    assert [m["text"] for m in found["四大支柱行业"]["members"]] == ["电子", "电气", "电力", "汽车"]
    assert [m["text"] for m in found["前三大行业"]["members"]] == ["化工", "纺织", "食品"]


def test_measure_word_may_be_left_out_before_fangmian(nlp):
    assert by_name(nlp("重点推进四方面任务。")._.enumerations)["四方面任务"]["count"] == 4


def test_lexicon_terms_that_open_with_a_numeral_are_formulations(nlp):
    doc = nlp("坚持数字化、产业化双轮驱动，践行两山理念，关爱一老一小，推进一网通办。")
    found = {e["name"]: e for e in doc._.enumerations}
    assert found["双轮驱动"]["count"] == 2
    assert [m["text"] for m in found["双轮驱动"]["members"]] == ["数字化", "产业化"]
    assert found["一老一小"]["count"] is None
    assert "一网通办" not in found  # 一 is “one”, not a count


def test_numbered_words_are_not_formulations(nlp):
    doc = nlp("增选两院院士，推进双向开放，建设全国统一大市场，一方面稳增长，两年平均增速为5%。")
    assert doc._.enumerations == []


def test_a_list_of_as_many_members_declares_the_set(nlp):
    doc = nlp("推动城东、城西、城南、城北四个片区内社区共同实施，提升甲、乙、丙三个“1小时经济圈”。")
    found = by_name(doc._.enumerations)
    assert [m["text"] for m in found["四个片区"]["members"]] == ["城东", "城西", "城南", "城北"]
    assert found["三个“1小时经济圈”"]["count_matches"] is True
    assert [q.text for q in doc._.quantities if q.text in ("四个", "三个")] == []
    # without a list of as many members, a count stays a count
    assert [q.text for q in nlp("北京、上海等4个城市增长较快。")._.quantities] == ["4个"]
    doc = nlp("纺织、食品加工、新材料3个产业增长，综合保税区、经济技术开发区各有3家入选。")
    assert by_name(doc._.enumerations)["3个产业"]["count_matches"] is True
    assert [q.text for q in doc._.quantities] == ["3家"]


def test_a_colon_after_a_count_opens_its_items(nlp):
    doc = nlp("我们全力以赴抓好四件大事：一是抓好学习宣传，二是推进改革开放，三是改善民生，四是加强党建。")
    found = by_name(doc._.enumerations)
    assert [m["text"] for m in found["四件大事"]["members"]] == ["抓好学习宣传", "推进改革开放", "改善民生", "加强党建"]
    assert [q.text for q in doc._.quantities] == []


def test_counts_of_numbered_terms_and_no_members_from_a_bare_verb(nlp):
    found = by_name(nlp("推进“三个一批”项目建设，关爱一老一小，坚持双轮驱动。")._.enumerations)
    assert found["三个一批"]["count"] == 3
    assert found["双轮驱动"]["members"] == []  # 坚持 is a verb, not a member


def test_a_count_written_out_in_characters_names_a_set(nlp):
    doc = nlp("增强四个意识，深化两项改革，新建3个中心、12家企业。")
    assert {"四个意识", "两项改革"} <= set(by_name(doc._.enumerations))
    assert by_name(nlp("消费和投资两架马车。")._.enumerations)["两架马车"]["count"] == 2
    assert by_name(nlp("加快双千兆网络建设。")._.enumerations)["双千兆"]["count"] == 2
    assert by_name(nlp("广泛开展双拥共建活动。")._.enumerations)["双拥"]["count"] == 2  # inside a word
    assert by_name(nlp("粮食生产实现十连丰。")._.enumerations) == {}  # a streak, not a set
    found = by_name(nlp("全省分为皖北、皖中、皖南三块区域。")._.enumerations)
    assert [m["text"] for m in found["三块区域"]["members"]] == ["皖北", "皖中", "皖南"]
    assert [q.text for q in doc._.quantities] == ["3个", "12家"]


def test_kinds_listed_by_example_name_a_set_but_named_places_are_counted(nlp):
    doc = nlp("推动纺织、化工、建材等8个传统产业改造升级，支持昆山、江阴、常熟等6个县（市）发展。")
    found = by_name(doc._.enumerations)
    assert [m["text"] for m in found["8个传统产业"]["members"]] == ["纺织", "化工", "建材"]
    assert found["8个传统产业"]["count_matches"] is False  # examples, not the whole set
    assert [q.text for q in doc._.quantities] == ["6个"]


def test_a_head_after_fangmian_says_what_the_aspects_are(nlp):
    assert "五方面民生实事" in by_name(nlp("五方面民生实事全部完成。")._.enumerations)
    assert "四大流域" in by_name(nlp("推动珠江、闽江、钱塘江、湘江四大流域内城镇协同治理。")._.enumerations)


def test_a_generic_head_takes_a_noun_phrase_not_a_clause(nlp):
    found = by_name(nlp("文件从稳住就业、扩大内需、改善营商环境三个方面推出一批举措。")._.enumerations)
    assert "三个方面" in found  # not 三个方面推出一批举措: a verb opens no name


def test_a_name_ends_before_a_distinguishing_word(nlp):
    found = by_name(nlp("对甲、乙、丙三类老年人分档发放护理补贴。")._.enumerations)
    assert "三类老年人" in found  # 分档 (a distinguishing word) modifies what follows


def test_a_count_right_after_its_list_names_the_set(nlp):
    found = by_name(nlp("加快构建区级指导中心、街道服务站、社区服务点三级服务网络。")._.enumerations)
    assert [m["text"] for m in found["三级服务网络"]["members"]] == ["区级指导中心", "街道服务站", "社区服务点"]
    found = by_name(nlp("推进“一站受理”“一窗通办”“一网共享”三网融合。")._.enumerations)
    assert [m["text"] for m in found["三网融合"]["members"]] == ["一站受理", "一窗通办", "一网共享"]
    found = by_name(nlp("构建“中心厨房+社区食堂+上门送餐”三级服务网络。")._.enumerations)  # names joined by +
    assert [m["text"] for m in found["三级服务网络"]["members"]] == ["中心厨房", "社区食堂", "上门送餐"]
    found = by_name(nlp("苏州、无锡、常州三市经济总量合计增长，出口占两成。")._.enumerations)
    assert not found  # places counted and a share are no sets


def test_a_quoted_package_count_takes_the_head_after_it(find):
    found = by_name(find("出台助企“15条”措施，落实“21条”政策。"))
    assert found["“15条”措施"]["count"] == 15 and found["21条"]["count"] == 21  # 政策 is no head


def test_quoted_coinages_of_magnitude_numerals(nlp):
    found = by_name(nlp("深化“千万工程”经验，实施“百千万工程”，收入超“千万元”。")._.enumerations)
    assert set(found) == {"千万工程", "百千万工程"}  # “千万元” is an amount


def test_a_quoted_slogan_that_closes_with_its_count(nlp):
    doc = nlp("办好“群众最关心的12件事”，出台“稳外贸21条”，经济总量站上“4万亿元”。")
    found = by_name(doc._.enumerations)
    assert found["群众最关心的12件事"]["count"] == 12
    assert found["稳外贸21条"]["count"] == 21
    assert [q.text for q in doc._.quantities] == ["4万亿元"]  # an amount in quotes is still an amount


def test_members_are_not_predicates_leads_or_places(nlp):
    found = by_name(nlp("坚定拥护两个确立、坚决做到两个维护。")._.enumerations)
    assert found["两个维护"]["members"] == []  # 坚决做到 is what is done, not a member
    found = by_name(nlp("湖南工程机械、有色金属、轨道交通3个产业增长较快。")._.enumerations)
    assert [m["text"] for m in found["3个产业"]["members"]] == ["工程机械", "有色金属", "轨道交通"]
    found = by_name(nlp("会议从优化审批、降低成本、强化服务三个方面提出意见。")._.enumerations)
    assert [m["text"] for m in found["三个方面"]["members"]] == [
        "优化审批",
        "降低成本",
        "强化服务",
    ]  # 从 frames the list
    found = by_name(nlp("充分发挥九江、赣州、上饶三个城市的作用。")._.enumerations)
    assert [m["text"] for m in found["三个城市"]["members"]] == ["九江", "赣州", "上饶"]


def test_names_end_with_the_term_they_cut_and_members_may_end_with_a_verb_noun(nlp):
    found = by_name(nlp("发展电子信息、生物医药等四大战略性新兴产业。")._.enumerations)
    assert "四大战略性新兴产业" in found  # not 四大战略
    found = by_name(nlp("推动长三角一体化、京津冀协同发展两大国家战略。")._.enumerations)
    assert [m["text"] for m in found["两大国家战略"]["members"]] == ["长三角一体化", "京津冀协同发展"]
    assert "一区一带多点" in by_name(nlp("形成“一区一带多点”布局。")._.enumerations)


def test_parts_in_one_count_their_parts(nlp):
    found = by_name(nlp("坚持“五位一体”整体谋划，深化“三位一体”改革。")._.enumerations)
    assert (found["五位一体"]["count"], found["三位一体"]["count"]) == (5, 3)


def test_members_after_a_comma_and_an_opener_and_examples_before_deng(find):
    e = by_name(find("全力推进“十大工程”，包括科技创新工程、产业升级工程、城市更新工程等。"))["十大工程"]
    assert [m["text"] for m in e["members"]] == ["科技创新工程", "产业升级工程", "城市更新工程"]
    assert e["count_matches"] is False  # three examples of ten


def test_a_campaign_verb_is_no_part_of_the_first_member(nlp):
    e = by_name(nlp("坚决打好防范化解重大风险、精准脱贫、污染防治三大攻坚战。")._.enumerations)["三大攻坚战"]
    assert [m["text"] for m in e["members"]] == ["防范化解重大风险", "精准脱贫", "污染防治"]
    e = by_name(nlp("贯彻稳定、协同、低碳、开放、普惠五大发展原则。")._.enumerations)["五大发展原则"]
    assert [m["text"] for m in e["members"]] == ["稳定", "协同", "低碳", "开放", "普惠"]


def test_an_amount_inside_a_quoted_formulation_is_no_metric(nlp):
    doc = nlp("实施“三个1000亿”工程。")
    assert doc._.metrics == [] and [e["name"] for e in doc._.enumerations] == ["三个1000亿"]


def test_numbered_items_that_end_with_semicolons(find):
    e = by_name(find("实施“四大工程”：（1）强基工程；（2）数智工程；（3）绿色工程；（4）安全工程。"))["四大工程"]
    assert [m["text"] for m in e["members"]] == ["强基工程", "数智工程", "绿色工程", "安全工程"]
    e = by_name(find("做好两件事：稳增长；防风险；惠民生。"))["两件事"]
    assert e["members"] == []  # three items for a set of two: not its members


def test_a_count_of_things_of_a_quoted_kind_is_no_set(find):
    assert "438个“千项万亿”" not in by_name(find("新开工438个“千项万亿”储备项目。"))
    found = by_name(find("甲、乙、丙、丁4个“两山”转化示范区。"))  # listed before: a set
    assert [m["text"] for m in found["4个“两山”"]["members"]] == ["甲", "乙", "丙", "丁"]


def members_of(nlp, text, name):
    return [m["text"] for m in by_name(nlp(text)._.enumerations)[name]["members"]]


def test_a_list_after_a_colon_ends_with_its_clause(nlp):
    text = "全市将实施“三大工程”：强基工程、数智工程、绿色工程，推动产业升级。"
    assert members_of(nlp, text, "三大工程") == ["强基工程", "数智工程", "绿色工程"]


def test_numbered_points_after_a_colon_later_in_the_clause(nlp):
    text = "报告从三个方面对今年工作作出部署：一是扩大有效需求，二是深化改革开放，三是保障改善民生。"
    assert members_of(nlp, text, "三个方面") == ["扩大有效需求", "深化改革开放", "保障改善民生"]


def test_members_in_brackets_after_the_name(nlp):
    text = "受“两补”政策（购车补贴和家电补贴）带动，零售额增长。"
    assert members_of(nlp, text, "两补") == ["购车补贴", "家电补贴"]


def test_a_list_may_start_after_a_conjunction(nlp):
    text = "聚焦智能家电、海洋装备两大产业集群和量子科技、商业航天、新材料三大新兴产业集群。"
    assert members_of(nlp, text, "三大新兴产业集群") == ["量子科技", "商业航天", "新材料"]
    assert members_of(nlp, text, "两大产业集群") == ["智能家电", "海洋装备"]


def test_a_dash_opens_the_members(nlp):
    text = "围绕“三城”——科学城、知识城、生物岛，优化布局。"
    assert members_of(nlp, text, "三城") == ["科学城", "知识城", "生物岛"]


def test_a_name_written_with_numerals_may_name_one_thing(nlp):
    names = [e["name"] for e in nlp("全面参与“一带一路”合作，关心一老一小，“五一”假期客流增长。")._.enumerations]
    assert names == ["一老一小"]  # 一带一路 is one initiative (cues/enumeration_names.tsv)


def test_members_after_a_later_colon_or_opener_when_they_match_the_count(nlp):
    text = "要实现“三个更”的目标：产业结构更优、营商环境更好、群众生活更美，奋力先行。"
    assert members_of(nlp, text, "三个更") == ["产业结构更优", "营商环境更好", "群众生活更美"]
    text = "聚焦“两利”指标，即利润总额、营业收入利润率，提质增效。"
    assert members_of(nlp, text, "两利") == ["利润总额", "营业收入利润率"]


def test_members_before_the_name_open_with_their_quote_and_end_at_a_link_verb(nlp):
    assert members_of(nlp, "经济运行呈现出‘稳、进、新’三个特点。", "三个特点") == ["稳", "进", "新"]
    text = "冰雪游、乡村游、研学游成为提振消费的“三驾马车”。"
    assert members_of(nlp, text, "三驾马车") == ["冰雪游", "乡村游", "研学游"]


def test_a_heading_number_is_no_member_and_lead_verbs_are_stripped(nlp):
    assert members_of(nlp, "一、两大支柱产业“扛大旗”", "两大支柱产业") == []
    assert members_of(nlp, "按照招引一批、建设一批、达产一批“三个一批”推进。", "三个一批") == [
        "招引一批",
        "建设一批",
        "达产一批",
    ]


def test_a_head_right_after_the_head_makes_a_longer_name(nlp):
    names = [e["name"] for e in nlp("建设新能源汽车、智能装备、现代纺织三个千亿级产业集群。")._.enumerations]
    assert names == ["三个千亿级产业集群"]


def test_a_quoted_rank_word_before_a_head_is_a_set(find):
    e = by_name(find("实施工业强县、文旅强县、人才强县“三强”战略。"))["“三强”战略"]  # the head names the set
    assert (e["count"], [m["text"] for m in e["members"]]) == (3, ["工业强县", "文旅强县", "人才强县"])
    assert find("跻身全国“十强”。") == []


def test_n_parts_in_one_unquoted_is_a_set(find):
    e = by_name(find("推动人才、产业、平台、金融四位一体联动。"))["四位一体"]
    assert (e["count"], len(e["members"])) == (4, 4)


def test_a_head_that_opens_a_longer_term_makes_no_set(nlp):
    doc = nlp("新建3个工程技术研究中心。")
    assert doc._.enumerations == []
    assert [m["text"] for m in doc._.metrics] == ["3个"]


def test_members_of_a_set_of_industries_are_industry_terms(nlp):
    text = "推动鞋革、服装、汽摩配三大传统优势产业转型。"
    terms = {t["text"]: t for t in policy_nlp.to_record(nlp(text))["terms"]}
    for name in ("鞋革", "服装", "汽摩配"):
        assert terms[name]["category"] == "industry" and terms[name]["origin"] == "pattern"
        assert text[terms[name]["start"] : terms[name]["end"]] == name
    doc = nlp(text)
    assert {span.text for span in doc.spans["terms"]} >= {"鞋革", "服装", "汽摩配"}


def test_members_of_other_sets_and_clauses_are_no_terms(nlp):
    record = policy_nlp.to_record(nlp("聚焦助餐、托幼、保洁三大领域，把钢铁、建材作为两大产业。"))
    assert not {"助餐", "托幼", "保洁", "把钢铁"} & {t["text"] for t in record["terms"]}


def test_member_terms_can_be_switched_off():
    nlp = policy_nlp.load()
    nlp.replace_pipe("enumerations", "policy_nlp_enumerations", config={"member_terms": False})
    record = policy_nlp.to_record(nlp("推动鞋革、服装、汽摩配三大传统优势产业转型。"))
    assert "鞋革" not in {t["text"] for t in record["terms"]}


def test_quoted_names_side_by_side_are_the_members_and_a_verb_ends_the_name(nlp):
    e = by_name(nlp("推广“先看样后付费”“先试用后采购”两种模式落地见效。")._.enumerations)["两种模式"]
    assert [m["text"] for m in e["members"]] == ["先看样后付费", "先试用后采购"]


def test_a_numbered_alias_inside_its_own_term_names_no_set(tmp_path):
    # the lexicon knows 甲乙双联动 and its short form 双联动; written whole, the short form
    # inside it is a mention of the same term, not a formulation 双联动 of its own
    lexicon = tmp_path / "terms.tsv"
    lexicon.write_text(
        "term\tcategory\tpolicy_tool\tsub_tool\taliases\tnote\n甲乙双联动\tmechanism\t\t\t双联动\t\n", encoding="utf-8"
    )
    nlp = policy_nlp.load([lexicon])
    doc = nlp("全面推进甲乙双联动。")
    assert ("双联动", True) in {(m["text"], m["nested"]) for m in doc._.terms}
    assert [e["name"] for e in doc._.enumerations] == []
    assert [e["name"] for e in nlp("全面推进双联动。")._.enumerations] == ["双联动"]


def test_one_long_noun_after_the_count_is_the_set_s_name(nlp):
    text = "壮大汽车零部件、航空装备、新型材料三大先进制造业集群，推动协同发展。"  # one lexicon term
    (found,) = nlp(text)._.enumerations
    assert found["name"] == "三大先进制造业集群"
    assert [m["text"] for m in found["members"]] == ["汽车零部件", "航空装备", "新型材料"]
