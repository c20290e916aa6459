"""Kind (metrics/kind.py): whether a quantity reports, targets or grants."""

from __future__ import annotations

from tests.conftest import kinds_of


def test_what_a_fund_leverages_is_no_grant(nlp):
    # the fund's size is what the policy grants; the private money it draws in is a goal, or,
    # once drawn, a result
    planned = "明年将设立规模50亿元的种业振兴基金，预计撬动民间投资150亿元以上。"
    assert kinds_of(nlp, planned) == {"50亿元": "incentive", "150亿元": "target"}
    done = "去年设立的科创母基金已撬动社会资本约90亿元。"
    assert kinds_of(nlp, done) == {"90亿元": "actual"}


def test_a_granted_parameter_adjusted_is_an_incentive(nlp):
    text = "关于促进住房消费的若干措施\n三、首套刚需家庭申请公积金购房的，贷款额度可再上浮20%。\n"
    (m,) = nlp(text)._.metrics
    assert (m["aspect"], m["value"], m["kind"]) == ("rate", 20, "incentive")
    (m,) = nlp("租金在周边市场租金基础上下浮15%。")._.metrics
    assert (m["aspect"], m["value"]) == ("rate", -15)


def test_backing_a_place_sets_its_goal_rather_than_an_award(nlp):
    text = "二、2024年重点工作\n支持宜昌经济总量突破6000亿元，对新认定的省级创新平台给予最高150万元资金奖励。\n"
    assert kinds_of(nlp, text) == {"6000亿元": "target", "150万元": "incentive"}


def test_a_goal_reported_by_its_completion_rate_is_met(nlp):
    kinds = kinds_of(nlp, "全县新增城镇就业8600人，目标完成率超八成；城镇登记失业率为3.2%。")
    assert kinds == {"8600人": "actual", "八成": "actual", "3.2%": "actual"}


def test_where_a_plan_starts_from_is_actual(nlp):
    text = "某市数字经济行动方案\n二、主要目标\n到2027年，核心产业增加值占比由2024年的7.3%提高到10%左右。\n"
    assert kinds_of(nlp, text) == {"7.3%": "actual", "10%": "target"}


def test_an_award_after_the_rate_it_is_paid_at(nlp):
    (m,) = nlp("对改造项目，按每平方米135元的标准给予补贴。")._.metrics
    assert m["kind"] == "incentive"


def test_a_firm_target_cue_holds_in_a_review_section(nlp):
    text = (
        "某市金融运行情况\n一、信贷投放成效明显\n全年争取专项资金12亿元。\n"
        "“全市信贷投放平稳。”行长表示，明年将聚焦重点领域，引导辖内银行力争全年投放贷款不低于260亿元。\n"
    )
    assert kinds_of(nlp, text) == {"12亿元": "actual", "260亿元": "target"}


def test_money_allotted_is_an_incentive_outside_a_review(nlp):
    assert kinds_of(nlp, "县财政每年安排不低于5000万元专项资金，支持企业数字化改造。") == {"5000万元": "incentive"}
    review = "某县政府工作报告\n一、2023年工作回顾\n全年安排财政资金3.6亿元，保障重大项目建设。\n"
    assert kinds_of(nlp, review) == {"3.6亿元": "actual"}


def test_what_a_fund_has_done_is_actual(nlp):
    kinds = kinds_of(nlp, "园区设立总规模12亿元的天使基金，目前已累计投资企业46家、投资金额3.1亿元。")
    assert kinds == {"12亿元": "incentive", "46家": "actual", "3.1亿元": "actual"}


def test_a_short_note_in_brackets_does_not_end_the_condition_of_an_award(nlp):
    text = "对企业当年设备（含软件，下同）投资额800万元以上的数字化改造项目，按投资额的12%给予补助。"
    assert kinds_of(nlp, text)["800万元"] == "incentive"


def test_whom_an_award_addresses_may_stand_in_a_clause_of_its_own(nlp):
    text = "对新入驻园区的软件企业，年营业收入首次超过3000万元的企业，给予一次性奖励80万元。"
    assert kinds_of(nlp, text) == {"3000万元": "incentive", "80万元": "incentive"}


def test_a_goal_word_that_qualifies_a_noun_sets_no_target(nlp):
    kinds = kinds_of(nlp, "全区梳理目标企业1500余家，组建服务专班8个。")
    assert kinds == {"1500余家": "actual", "8个": "actual"}
    assert kinds_of(nlp, "全年目标是新增企业1500家。") == {"1500家": "target"}


def test_a_grants_standard_raised_to_a_level_per_head_is_an_incentive(nlp):
    head = "关于支持乡村人才的若干措施\n一、支持措施\n"
    assert kinds_of(nlp, head + "驻村生活补助标准提高到每户每季600元。") == {"600元": "incentive"}
    assert kinds_of(nlp, head + "驻村生活补助每户每季提高60元。") == {"60元": "target"}


def test_a_goal_that_is_the_base_of_a_comparison_sets_no_target(nlp):
    kinds = kinds_of(nlp, "1-4月，全县工业投资同比增长9.3%，比年度预期目标高1.3个百分点。")
    assert kinds == {"9.3%": "actual", "1.3个百分点": "actual"}
    assert kinds_of(nlp, "力争比上年增长5%。") == {"5%": "target"}


def test_jiang_after_yi_marks_the_object_not_the_future(nlp):
    assert kinds_of(nlp, "全省已将86种珍稀植物列为重点保护对象。") == {"86种": "actual"}
    assert kinds_of(nlp, "全县将新增科技型企业120家。") == {"120家": "target"}
    assert kinds_of(nlp, "“十五五”期间，电网投资累计将超过900亿元。") == {"900亿元": "target"}  # not after 累计


def test_a_cue_noun_that_a_phrase_qualifies_cues_nothing(nlp):
    assert kinds_of(nlp, "2024年，全县列入改造计划的老旧小区41个。") == {"41个": "actual"}


def test_an_award_rate_raised_is_an_incentive(nlp):
    kinds = kinds_of(nlp, "将科技保险保费补助比例从30%提高到45%。")
    assert kinds == {"30%": "incentive", "45%": "incentive"}
    assert kinds_of(nlp, "对参加境外专业展会的，展位费补助比例提高至70%。") == {"70%": "incentive"}


def test_the_price_of_land_a_policy_grants_is_an_incentive(nlp):
    text = "关于支持先进制造业发展的若干措施\n（三）重点产业项目用地出让起始价，可按不低于当地同类用地最低价标准的65%确定。\n"
    assert kinds_of(nlp, text) == {"65%": "incentive"}


def test_a_floor_written_as_a_requirement_is_a_target(nlp):
    assert kinds_of(nlp, "各地每年认定的示范项目不少于40项。") == {"40项": "target"}
    review = "某市政府工作报告\n一、2025年工作总结回顾\n全年认定示范项目不少于40项。\n"
    assert kinds_of(nlp, review) == {"40项": "actual"}


def test_a_cap_in_money_per_unit_granted_is_an_incentive(nlp):
    assert kinds_of(nlp, "大豆种植保险扩面提标，每亩保险金额最高800元。") == {"800元": "incentive"}
    assert kinds_of(nlp, "大豆种植保险扩面提标，每亩保险金额800元。") == {"800元": "actual"}


def test_what_a_project_can_reach_is_expected_and_what_was_achieved_is_actual(nlp):
    assert kinds_of(nlp, "据测算，该基地投运后年营业收入可达36亿元。") == {"36亿元": "target"}
    assert kinds_of(nlp, "统计公报显示，全年增长目标为6%左右，前三季度实际增长6.4%。") == {
        "6%": "target",
        "6.4%": "actual",
    }


def test_a_plan_cited_by_a_speaker_with_its_document_number_sets_targets(nlp):
    # the speaker's label and the document's number in brackets stand between the citation and
    # 明确: the sentence still reports what the plan sets
    text = "答：市政府出台的《行动方案》（甬政发〔2024〕8号）明确，全市物流总额年均增长7%以上。"
    assert kinds_of(nlp, text) == {"7%": "target"}


def test_tiers_per_unit_after_an_award_granted_before_a_colon_are_incentives(nlp):
    text = "对连续运营满2年的托育机构，按收托年龄分档给予运营补助：收托2岁以下婴幼儿的，每人每月450元；收托2至3岁幼儿的，每人每月260元。"
    assert kinds_of(nlp, text) == {"450元": "incentive", "260元": "incentive"}


def test_a_figure_for_an_earlier_year_beside_a_later_goal_is_its_base(nlp):
    text = (
        "某省节能降碳规划\n二、主要指标\n"
        "1．单位能耗：2024年为0.42吨标准煤，2031年目标值为0.36吨标准煤以下。\n"
        "2．清洁能源占比：十四五期末提高4个百分点，十五五时期力争再提高6个百分点。\n"
        "3．光伏装机：2028年达到800万千瓦，2030年达到1200万千瓦。\n"
    )
    assert kinds_of(nlp, text) == {
        "0.42吨标准煤": "actual",
        "0.36吨标准煤": "target",
        "4个百分点": "actual",
        "6个百分点": "target",
        "800万千瓦": "target",
        "1200万千瓦": "target",
    }


def test_a_plan_cited_after_a_clause_that_frames_where_sets_targets(nlp):
    text = "在农田节水工程中，《方案》要求，改造节水灌溉面积600万亩。"
    assert kinds_of(nlp, text) == {"600万亩": "target"}


def test_what_the_condition_of_a_reward_says_was_done_reports_nothing(nlp):
    text = "对挂牌的企业分两档给予奖励，其中完成股改的奖励40万元。去年已完成奖励资金发放60万元。"
    assert kinds_of(nlp, text) == {"40万元": "incentive", "60万元": "actual"}


def test_an_amount_per_head_in_a_policy_s_own_text_is_what_it_pays(nlp):
    text = (
        "某市关于引进青年人才的若干措施\n（三）补贴标准。生活补贴按月发放。博士每人每月3000元，硕士每人每月1800元。\n"
    )
    assert kinds_of(nlp, text) == {"3000元": "incentive", "1800元": "incentive"}
    assert kinds_of(nlp, "调查显示，去年全市博士每人每月3000元。") == {"3000元": "actual"}  # not a policy's text


def test_a_plan_cited_after_a_link_sets_targets_even_for_cumulative_counts(nlp):
    text = "与此同时，《方案》还提出了期内的累计性目标：累计推动2万家以上企业开展能效诊断。"
    assert kinds_of(nlp, text) == {"2万家": "target"}


def test_an_age_limit_in_a_policy_s_own_text_says_who_may_have_what_it_grants(nlp):
    text = "某区关于支持青年人才安居的若干措施\n一、申请人年龄一般不超过40周岁，每月给予租房补贴1000元。\n"
    assert kinds_of(nlp, text) == {"40周岁": "incentive", "1000元": "incentive"}


def test_a_share_paid_by_a_base_the_tokenizer_joins_to_an_is_an_incentive(nlp):
    # the HMM joins 按 to the next characters (按所缴); the share paid is still the award's
    text = "首次购买住房的，按所缴印花税的60%给予返还；在乡镇购买住房的，按所缴印花税的90%给予补贴。"
    assert kinds_of(nlp, text) == {"60%": "incentive", "90%": "incentive"}


def test_what_a_sentence_says_will_be_done_sets_targets_for_its_later_clauses(nlp):
    text = "“十五五”期间，沿江四县将推进“两大工程”，新建冷链仓储设施20座以上，新增农产品加工产值80亿元。"
    assert kinds_of(nlp, text) == {"20座": "target", "80亿元": "target"}
    done = "去年，全市已将12个园区纳入试点，新增标准厂房30万平方米。"  # 已将: a result
    assert kinds_of(nlp, done) == {"12个": "actual", "30万平方米": "actual"}


def test_what_there_already_is_is_actual_even_in_a_plan_section(nlp):
    text = "二、2027年重点工作\n新建口袋公园40个。目前出台配套细则的区县已有18个，覆盖率已达75%。\n"
    assert kinds_of(nlp, text) == {"40个": "target", "18个": "actual", "75%": "actual"}


def test_a_tier_bounded_at_both_ends_is_the_condition_of_its_award(nlp):
    text = "年销售额1.5亿元以上的，奖励60万元；年销售额6000万元以上、低于1.5亿元的，奖励30万元。"
    assert kinds_of(nlp, text) == {
        "1.5亿元": "incentive",
        "60万元": "incentive",
        "6000万元": "incentive",
        "30万元": "incentive",
    }


def test_an_expectation_beaten_sets_no_target(nlp):
    text = "受超预期因素影响，2023年全县规上工业增加值仍增长3.9%。"
    assert kinds_of(nlp, text) == {"3.9%": "actual"}


def test_a_grant_s_standard_changed_is_the_grant_at_both_ends(nlp):
    text = "老年人助餐补贴标准由每餐3元提高至5元。"
    assert kinds_of(nlp, text) == {"3元": "incentive", "5元": "incentive"}


def test_tax_reliefs_are_what_a_policy_grants(nlp):
    text = "符合条件的产品按规定落实增值税即征即退，退税比例为30%至50%；单价不超过200万元的仪器仪表准予一次性税前扣除。"
    assert kinds_of(nlp, text) == {"30%至50%": "incentive", "200万元": "incentive"}


def test_the_attendance_due_at_a_session_is_a_count_not_a_goal(nlp):
    assert kinds_of(nlp, "大会应到代表512名，实到497名。") == {"512名": "actual", "497名": "actual"}


def test_a_reward_paid_out_in_a_review_is_reported(nlp):
    text = "一、过去五年工作回顾\n五年来，发放各类创业补贴6.8亿元，惠及创业者3.2万人次。\n"
    assert kinds_of(nlp, text)["6.8亿元"] == "actual"


def test_a_land_price_set_against_a_long_named_standard_is_what_a_policy_grants(nlp):
    # 相对应 stays whole (its 应 is no requirement), and the bound reaches over the long standard
    text = "关于支持先进制造业发展的若干措施\n（三）重点项目的工业用地底价可按不低于所在区县土地等级相对应全省统一工业用地最低价标准的65%确定。\n"
    (m,) = nlp(text)._.metrics
    assert (m["kind"], m["qualifier"]) == ("incentive", "ge")


def test_a_count_allotted_outside_a_review_is_planned(nlp):
    assert kinds_of(nlp, "今年全县统筹安排民生实事项目26个。") == {"26个": "target"}
    review = "一、过去一年工作回顾\n全县统筹安排民生实事项目22个，全部完成。\n"
    assert kinds_of(nlp, review) == {"22个": "actual"}


def test_a_growth_that_only_follows_a_goals_amount_is_the_goals(nlp):
    text = "全市基金收入预计120.5亿元，增长4.1%；上年实现收入113.7亿元，增长2.6%。"
    assert kinds_of(nlp, text) == {"120.5亿元": "target", "4.1%": "target", "113.7亿元": "actual", "2.6%": "actual"}


def test_a_goal_after_a_fund_is_no_grant(nlp):
    text = "县财政安排消费券资金2000万元，力争全县消费品零售额突破500亿元。"
    assert kinds_of(nlp, text) == {"2000万元": "incentive", "500亿元": "target"}
