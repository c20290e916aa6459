"""Document sections (metrics/sections.py): which headings open and close plan and review sections."""

from __future__ import annotations

from policy_nlp.pipeline.sentences import LineKinds
from tests.conftest import kinds_of


def test_chapters_and_their_sections_are_numbered_headings():
    levels = LineKinds().level
    assert levels("第三章　推进产业体系现代化") == 1
    assert levels("第二节 发展环境") == 2
    assert levels("第三章要求各地加快推进") is None  # a sentence that mentions a chapter is no heading


def test_an_unmarked_review_heading_ends_at_the_next_heading_of_its_kind(nlp):
    # an interview: each question a marked heading of its own; the one that looks back opens a
    # review section, and the next question ends it, so the goals stated after it are targets
    text = (
        "**问：回顾过去五年，本市交通建设有哪些成绩？**\n\n"
        "答：五年来，全市公路通车里程年均增长4%以上。\n\n"
        "**问：明年的工作有什么安排？**\n\n"
        "答：明年交通方面的主要预期目标是：新建公路120公里，货运量增长6%左右。\n"
    )
    assert kinds_of(nlp, text) == {"4%": "actual", "120公里": "target", "6%": "target"}


def test_a_section_of_a_review_chapter_keeps_the_chapter_looking_back(nlp):
    # the chapter on foundations and environment looks back as a whole, although only its first
    # section's heading says so
    text = (
        "某市交通强市建设规划纲要（2026-2035年）（摘编）\n"
        "第一章　发展基础和发展环境\n"
        "第一节　发展基础\n"
        "全市综合交通投资达到5200亿元。\n"
        "第二节　发展环境\n"
        "人均公路里程仅为全省平均水平的八成左右。\n"
        "第二章　主要目标\n"
        "到2030年，综合交通投资达到7000亿元。\n"
        "第三章　产业体系\n"
        "茶叶种植面积稳定在80万亩以上。\n"
    )
    assert kinds_of(nlp, text) == {
        "5200亿元": "actual",
        "八成": "actual",
        "7000亿元": "target",
        "80万亩": "target",  # a plan's title lays down what its chapters set, notes and all
    }


def test_items_announced_by_a_plan_paragraph_are_targets(nlp):
    text = (
        "今后五年全县发展的主要目标是：\n"
        "——县域实力实现新跨越。经济总量突破1800亿元，科技投入强度保持在2.5%以上。\n"
        "——公共服务迈上新台阶。新增养老床位4200张。\n"
        "过去五年，全县经济总量年均增长7.3%。\n"
    )
    kinds = kinds_of(nlp, text)
    assert kinds == {"1800亿元": "target", "2.5%": "target", "4200张": "target", "7.3%": "actual"}


def test_a_target_cue_holds_across_semicolons_of_one_sentence(nlp):
    text = "报告提出，今年我县的主要预期目标是：县域经济总量增长6.5%左右；工业投资增长12%；物价涨幅控制在2.5%以内。"
    assert {m["kind"] for m in nlp(text)._.metrics} == {"target"}
    text = "去年全县经济总量增长5.9%；工业投资增长9%。"
    assert {m["kind"] for m in nlp(text)._.metrics} == {"actual"}


def test_a_review_heading_ends_an_unnumbered_plan_section(nlp):
    text = (
        "【2024年主要目标】\n经济总量增长6.5%左右，森林覆盖率达到46.3%。\n"
        "【过去五年成绩】\n经济总量年均增长7.4%，达到1650亿元。\n"
    )
    kinds = kinds_of(nlp, text)
    assert kinds == {"6.5%": "target", "46.3%": "target", "7.4%": "actual", "1650亿元": "actual"}


def test_a_paragraph_that_looks_back_is_no_plan_even_in_a_plan_section(nlp):
    text = "2024年主要预期目标：\n经济总量增长6.5%左右\n过去一年，全县经济总量增长7.2%。\n"
    kinds = kinds_of(nlp, text)
    assert kinds == {"6.5%": "target", "7.2%": "actual"}


def test_items_ending_with_semicolons_after_an_announced_plan_are_targets(nlp):
    text = (
        "报告提出，今年我县的主要预期目标是：\n"
        "经济总量增长6.5%左右；\n规上工业营收增长9%；\n物价涨幅控制在2.5%以内。\n"
        "去年全县经济总量增长7.1%。\n"
    )
    kinds = kinds_of(nlp, text)
    assert kinds == {"6.5%": "target", "9%": "target", "2.5%": "target", "7.1%": "actual"}


def test_a_heading_that_looks_ahead_opens_a_plan(nlp):
    text = "未来五年\n全县经济总量突破2200亿元。\n过去五年\n全县经济总量突破1500亿元。\n未来产业\n未来产业规模达到80亿元。\n"
    kinds = [(m["text"], m["kind"]) for m in nlp(text)._.metrics]
    assert kinds == [("2200亿元", "target"), ("1500亿元", "actual"), ("80亿元", "actual")]


def test_a_document_that_lays_down_rules_sets_targets_throughout(nlp):
    text = (
        "关于推进人才公寓建设管理的实施意见（试行）\n"
        "一、主要目标\n“十五五”期间，本市新建人才公寓3.5万套。\n"
        "二、基础制度\n人才公寓单套面积不超过90平方米，租金不超过周边同品质房源租金的80%。\n"
        "截至2025年底，本市已建成人才公寓1.2万套。\n"
    )
    kinds = kinds_of(nlp, text)
    # the rent cap is what the policy grants tenants: an incentive
    assert kinds == {"3.5万套": "target", "90平方米": "target", "80%": "incentive", "1.2万套": "actual"}
    news = "人才公寓建设提速\n全市建成人才公寓8600套，租金为市场租金的75%。\n"
    assert {m["kind"] for m in nlp(news)._.metrics} == {"actual"}  # a headline names no such document


def test_a_plan_reports_results_of_the_period_before_its_own(nlp):
    text = (
        "某县“十四五”发展规划（2021-2025年）\n"
        "“十三五”时期，全县经济总量年均增长8.6%。\n"
        "经济总量年均增长7.2%左右，新增托位4500个。\n"
    )
    kinds = kinds_of(nlp, text)
    assert kinds == {"8.6%": "actual", "7.2%": "target", "4500个": "target"}
    plan = "某县经济社会发展第十四个五年规划纲要\n“十三五”时期，年均增长8.6%。\n年均增长6.8%左右。\n"
    assert [m["kind"] for m in nlp(plan)._.metrics] == ["actual", "target"]  # 第十四个五年 is 2021-2025


def test_a_plans_foundation_section_reports_results(nlp):
    text = (
        "某县科技创新规划（2026-2030年）\n一、发展基础\n（一）投入持续加大。研发人员总数达到1.6万人。\n"
        "二、发展目标\n（一）投入稳步增长。研发人员总数达到2.4万人。\n"
    )
    assert kinds_of(nlp, text) == {"1.6万人": "actual", "2.4万人": "target"}


def test_a_plans_situation_section_reports_where_things_stand(nlp):
    text = (
        "某市数字产业发展规划（2026-2030年）\n一、发展基础和形势\n（一）发展基础\n全市数据要素产业规模达到760亿元。\n"
        "（二）面临形势\n数据中心上架率仅为48%。\n二、发展目标\n数据中心上架率达到70%。\n"
    )
    assert kinds_of(nlp, text) == {"760亿元": "actual", "48%": "actual", "70%": "target"}


def test_a_policys_paragraph_opening_with_a_period_since_reports_results(nlp):
    text = (
        "某县关于支持文旅产业发展的若干措施\n“十三五”以来，全县旅游总收入达到86亿元。\n"
        "一、主要目标\n到2028年，全县旅游总收入达到150亿元。\n"
    )
    assert kinds_of(nlp, text) == {"86亿元": "actual", "150亿元": "target"}


def test_a_report_titled_review_and_plan_reports_its_results(nlp):
    text = (
        "某县2023年农业农村工作总结及2024年工作计划\n一、2023年工作开展情况\n全县油料总产量3.86万吨。\n"
        "二、2024年工作计划\n力争油料总产量稳定在3.8万吨以上。\n"
    )
    assert kinds_of(nlp, text) == {"3.86万吨": "actual", "3.8万吨": "target"}


def test_a_headline_reporting_a_target_opens_no_plan_section(nlp):
    text = (
        "市人代会开幕 政府工作报告明确今年GDP增长预期目标6%左右\n"
        "报告回顾，过去一年，全市经济总量增长6.4%。\n规上工业营收增长8.7%。\n"
    )
    assert kinds_of(nlp, text) == {"6%": "target", "6.4%": "actual", "8.7%": "actual"}


def test_a_subtitle_reporting_a_target_opens_no_plan_section(nlp):
    text = (
        "某市储能产业加速成长\n"
        "2025年产业规模达175亿元 新方案锚定2027年400亿元目标\n"
        "记者从市政府新闻办获悉，2025年全市储能产业规模达到175亿元，同比增长29.4%。\n"
    )
    kinds = kinds_of(nlp, text)
    assert kinds["29.4%"] == "actual"


def test_a_marked_heading_opens_a_section(nlp):
    text = "某市政府工作报告解读\n■2024年：稳中向好\n经济总量增长6.4%。\n■重点任务：深入实施五大工程\n新增养老床位2400张。\n"
    assert kinds_of(nlp, text) == {"6.4%": "actual", "2400张": "target"}


def test_a_heading_that_reports_goals_met_looks_back(nlp):
    text = (
        "一、“十三五”目标任务超额完成\n全县经济总量年均增长7.9%。\n二、全力冲刺完成年度目标任务\n营业收入增长6%左右。\n"
    )
    assert kinds_of(nlp, text) == {"7.9%": "actual", "6%": "target"}


def test_a_quoted_paragraph_may_look_back(nlp):
    text = "某部门发布会\n二、2024年重点工作\n“过去一年，全省规上工业营收增长7.3%。”\n"
    assert kinds_of(nlp, text) == {"7.3%": "actual"}


def test_background_and_status_sentences_in_rules_report_results(nlp):
    text = (
        "某县关于加快集聚人才的若干措施\n一、总体要求\n近年来，全县技能人才总量达到12.4万人。\n"
        "到2027年，技能人才总量突破15万人。截至2024年底，已建成院士工作站9个。\n"
    )
    assert kinds_of(nlp, text) == {"12.4万人": "actual", "15万人": "target", "9个": "actual"}
    # the same when a background sentence follows the opening one in its paragraph
    text = "某县关于加快集聚人才的若干措施\n人才是第一资源。近年来，全县技能人才总量达到12.4万人；院士工作站9个。\n"
    assert kinds_of(nlp, text) == {"12.4万人": "actual", "9个": "actual"}  # up to the sentence's 。


def test_a_report_on_a_work_report_plans_for_this_year(nlp):
    text = "深圳发布政府工作报告\n今年，深圳新增学位10万个。\n去年，深圳新增就业15万人。\n今年以来已完成投资500亿元。\n"
    kinds = kinds_of(nlp, text)
    assert kinds == {"10万个": "target", "15万人": "actual", "500亿元": "actual"}
    assert nlp("今年，深圳新增学位10万个。")._.metrics[0]["kind"] == "actual"  # no work report: no plan


def test_a_heading_that_reports_results_beat_expectations_looks_back(nlp):
    text = "某市政府工作报告发布\n一、2024年主要指标好于预期\n全市经济总量增长6.3%。\n二、今年主要预期目标\n全市经济总量增长6%左右。\n"
    assert kinds_of(nlp, text) == {"6.3%": "actual", "6%": "target"}


def test_a_paragraph_opening_with_a_base_year_in_a_plan_states_where_things_stand(nlp):
    text = (
        "某市关于促进个体工商户发展的若干措施\n一、总体目标\n"
        "2024年，全市个体工商户达到38.6万户，比上年增长7%。\n"
        "力争到2027年，本市个体工商户吸纳就业人数占城镇就业比重达到30%左右。\n"
    )
    assert kinds_of(nlp, text) == {"38.6万户": "actual", "7%": "actual", "30%": "target"}
    # a sentence opening with such a year that plans (计划) sets a goal for it
    text = (
        "某市关于促进托育服务发展的若干措施\n一、扩大供给\n对新建托育机构给予补助。"
        "2027年，全县计划新增托位1500个。\n力争到2030年，每千人口托位数达到4.5个。\n"
    )
    assert kinds_of(nlp, text) == {"1500个": "target", "4.5个": "target"}


def test_a_year_before_the_plan_sections_year_states_a_base(nlp):
    text = (
        "省工信厅发布会举行\n三、2026年将开展“三大行动”\n"
        "今年将培育创新型中小企业3000家。\n"
        "发言人表示，2025年创新型中小企业贷款余额为865亿元，较上年增长17.3%。\n"
    )
    assert kinds_of(nlp, text) == {"3000家": "target", "865亿元": "actual", "17.3%": "actual"}


def test_work_progress_looks_back_and_work_intentions_look_ahead(nlp):
    text = (
        "某县农业农村工作情况报告\n一、2023年工作进展\n全县新建高标准农田2.2万亩。\n"
        "三、2024年工作打算\n新改建高标准农田2.6万亩。\n"
    )
    assert kinds_of(nlp, text) == {"2.2万亩": "actual", "2.6万亩": "target"}


def test_a_plan_s_own_heading_of_its_base_and_a_past_period_look_back(nlp):
    text = (
        "某县老旧小区改造行动方案（2026-2028年）\n一、总体要求\n"
        "（一）工作基础。“十四五”期间，我县改造老旧小区260个；新建口袋公园45个。城市体检评价居全省第3位。\n"
        "（二）主要目标。到2028年，改造老旧小区150个。\n"
    )
    assert kinds_of(nlp, text) == {"260个": "actual", "45个": "actual", "第3位": "actual", "150个": "target"}


def test_a_work_report_plans_for_the_year_its_title_names(nlp):
    text = "某区2025年区政府工作报告\n继续过紧日子，2025年非刚性支出压减6%以上。\n2024年，全区非刚性支出压减9%。\n"
    assert kinds_of(nlp, text) == {"6%": "target", "9%": "actual"}
    # or, when the title names none, the year of the date it was given
    text = "政府工作报告\n——2027年2月3日在某省人民代表大会会议上\n坚持过紧日子，2027年一般性支出再压减4%。\n"
    assert kinds_of(nlp, text) == {"4%": "target"}


def test_a_paragraph_opening_with_where_things_stand_reports_throughout(nlp):
    # in measures that lay down rules, a background paragraph opening 截至… reports every sentence
    text = (
        "某市关于促进托育服务发展的若干措施\n"
        "截至2025年末，本市托育机构共312家。每千人口拥有托位数达到3.6个。\n"
        "一、对新建托育机构给予每个托位1万元的补助，运营满3年的托育机构托位使用率应达到60%以上。\n"
    )
    kinds = kinds_of(nlp, text)
    assert kinds["312家"] == kinds["3.6个"] == "actual"
    assert kinds["60%"] == "target"


def test_a_lead_on_this_year_ending_with_a_colon_announces_goals(nlp):
    text = "发布人：今年全市农业农村工作主要指标安排如下：\n——油菜种植面积保持在26万亩；\n——乡村旅游收入增长6.5%。\n"
    assert kinds_of(nlp, text) == {"26万亩": "target", "6.5%": "target"}
    looking_back = "今年以来，全市农业农村工作成效如下：\n——油菜种植面积保持在26万亩；\n"
    assert kinds_of(nlp, looking_back) == {"26万亩": "actual"}


def test_a_paragraph_opening_with_a_result_that_beat_expectations_reports(nlp):
    text = "客流回升好于预期。全年接待游客2.3亿人次，增长5.1%。"
    assert kinds_of(nlp, text) == {"2.3亿人次": "actual", "5.1%": "actual"}
    assert set(kinds_of(nlp, "客流增长预期向好。全年接待游客2.3亿人次。").values()) == {"target"}


def test_a_sentence_opening_with_a_year_before_the_targets_reports_in_rules(nlp):
    text = (
        "关于加快推进纺织工业绿色转型的指导意见\n\n"
        "纺织工业是传统优势产业。2025年，各地纺织企业共有3.8万家，营业收入5.2万亿元。\n\n"
        "到2030年，绿色工厂达到500家。\n"
    )
    assert kinds_of(nlp, text) == {"3.8万家": "actual", "5.2万亿元": "actual", "500家": "target"}


def test_a_rules_documents_preamble_says_where_things_stand(nlp):
    text = (
        "关于加快推进纺织工业绿色转型的指导意见\n\n"
        "纺织工业是传统优势产业。行业绿色工厂仅有120家，占比为6.5%。现提出如下意见。\n\n"
        "一、主要目标\n\n"
        "绿色工厂达到500家。\n"
    )
    assert kinds_of(nlp, text) == {"120家": "actual", "6.5%": "actual", "500家": "target"}


def test_a_longer_run_in_heading_that_looks_back_reports_its_paragraph(nlp):
    text = (
        "某市关于推进城市更新的实施意见\n一、总体目标\n"
        "（一）近五年来城市更新行动推进的主要成效。全市累计改造城中村18个；新增停车位2.4万个。\n"
        "（二）今后目标。力争到2030年改造城中村30个。\n"
    )
    assert kinds_of(nlp, text) == {"18个": "actual", "2.4万个": "actual", "30个": "target"}


def test_a_news_subheading_of_two_phrases_plans_only_by_a_goal_it_names(nlp):
    text = (
        "某高新区去年成绩单出炉\n本报讯 记者获悉，高新区全年实现营业收入880亿元。\n\n"
        "向存量要空间 “标准地”改革提速\n\n全年供应工业用地1200亩，盘活低效用地430亩。\n\n"
        "明年目标：提质增效 再上台阶\n\n营业收入增长8%左右。\n"
    )
    assert kinds_of(nlp, text) == {"880亿元": "actual", "1200亩": "actual", "430亩": "actual", "8%": "target"}


def test_a_paragraph_opening_with_a_year_alone_plans_when_its_next_clause_does(nlp):
    text = (
        "某局长在会上说，去年全市完成投资300亿元。\n"
        "2027年，我们将重点抓好三件事，预期目标是投资增长6%左右。\n"
        "到2030年，投资总额力争达到500亿元。\n"
    )
    assert kinds_of(nlp, text) == {"300亿元": "actual", "6%": "target", "500亿元": "target"}


def test_a_year_end_the_document_reports_on_is_where_things_stood(nlp):
    text = (
        "2024年，全县生产总值增长5.1%。\n到2024年底，全县累计建成充电桩1200个。\n到2027年底，累计建成充电桩3000个。\n"
    )
    assert kinds_of(nlp, text) == {"5.1%": "actual", "1200个": "actual", "3000个": "target"}
    text = "2024年，全县生产总值增长5.1%。\n到2024年，全县公路总里程达到2310公里，规模居全市第一位。\n"
    assert kinds_of(nlp, text) == {"5.1%": "actual", "2310公里": "actual", "第一位": "actual"}


def test_a_year_reached_before_one_the_document_reports_is_history(nlp):
    text = (
        "改革开放以来，到2012年全县生产总值达到120亿元。\n"
        "2024年，全县生产总值达到310亿元。\n"
        "到2030年，全县生产总值力争达到450亿元。\n"
    )
    assert kinds_of(nlp, text) == {"120亿元": "actual", "310亿元": "actual", "450亿元": "target"}


def test_a_run_in_goals_heading_makes_its_paragraph_plan_even_for_a_year_opening_a_sentence(nlp):
    # the numbered run-in heading (（二）主要目标。) opens a paragraph of goals: its sentence that
    # opens with the first plan year says what that year is to bring, not where things stood
    text = (
        "某县养老服务提升若干措施\n"
        "（一）发展基础。2025年，全县建成养老服务中心18个。\n"
        "（二）发展目标。至2030年，护理型床位占比力争达到65%。2026年，县内新建养老服务中心6个。\n"
    )
    assert kinds_of(nlp, text) == {"18个": "actual", "65%": "target", "6个": "target"}


def test_a_lead_after_who_speaks_and_after_an_opening_quotation_decides_the_paragraph(nlp):
    # the first clause only says who speaks (报告提出); a quotation alone opens the paragraph
    text = (
        "某市召开人代会\n“民生连着民心。”报告提出，今年要接续办好民生实事。"
        "在住房方面，改造老旧小区80个，筹集租赁住房3000套。\n"
        "会议指出，过去一年全市新增就业4.2万人。城镇登记失业率为2.9%。\n"
    )
    assert kinds_of(nlp, text) == {"80个": "target", "3000套": "target", "4.2万人": "actual", "2.9%": "actual"}


def test_a_heading_of_how_work_went_looks_back_although_it_names_the_work(nlp):
    text = (
        "某省财政厅关于预算执行的报告\n二、2025年财政重点工作情况\n支持新建中小学，增加公办学位6.3万个。\n"
        "三、2026年财政重点工作\n增加公办学位4万个。\n"
    )
    assert kinds_of(nlp, text) == {"6.3万个": "actual", "4万个": "target"}


def test_a_heading_of_the_work_of_a_year_before_the_documents_date_looks_back(nlp):
    text = (
        "某市人民代表大会常务委员会工作报告\n——2027年2月3日在某市人民代表大会会议上\n"
        "一、2026年主要工作\n全年召开常委会会议9次。\n二、2027年主要任务\n计划听取专项工作报告20个。\n"
    )
    assert kinds_of(nlp, text) == {"9次": "actual", "20个": "target"}


def test_a_work_reports_closing_heading_without_a_year_keeps_its_plan_section_open(nlp):
    text = (
        "某县政府工作报告\n一、2026年工作回顾\n全县新增就业1.1万人。\n三、2027年重点工作\n新建学校4所。\n"
        "四、全面加强政府自身建设\n坚持过紧日子，县级一般性支出压减6%。\n"
    )
    assert kinds_of(nlp, text) == {"1.1万人": "actual", "4所": "target", "6%": "target"}
