"""Tables in text (pipeline/tables.py): statistical tables and a plan's indicator table."""

import pytest

PLAN = (
    "“十四五”时期全县发展主要指标\n"
    "指标\t2020年\t2025年\t年均/累计\t属性\n"
    "地区生产总值增速（%）\t3.9\t\t6左右\t预期性\n"
    "研发投入强度（%）\t3.21\t≥3.5\t[0.29]\t预期性\n"
    "单位GDP能源消耗降低（%）\t\t\t[13.5]\t约束性\n"
)

STATISTICS = (
    "2022年1-10月份全省规上工业企业效益指标\n"
    "行业\t营业收入（亿元）\t同比增长（%）\t利润总额（亿元）\n"
    "总计\t1163286.5\t20.5\t79750.2\n"
    "采矿业\t61838.8\t31.9\t9649.2\n"
)

PRODUCTS = (
    "表3　部分工业产品产量及增长情况\n"
    "产品名称\t单位\t产量\t比上年增长（%）\n"
    "钢材\t万吨\t1286.3\t-2.1\n"
    "光伏电池\t万千瓦\t2380.5\t-12.8\n"
)

GROUPED = (
    "主要指标\n"
    "指标\t2025年\t2030年\t属性\n"
    "经济发展\n"
    "户籍人口城镇化率（%）\t57.2\t62\t预期性\n"
    "创新驱动\n"
    "研发投入强度（%）\t1.05\t1.6\t预期性\n"
)

SPACED = (
    "　　某省科技投入统计公报\n"
    "　　表2　2024年各市科技经费情况\n"
    "地区　R&D经费（亿元）　比上年增长（%）\n"
    "全　省　120.5　8.3\n"
    "东江市　45.20　-2.5\n"
    "某省统计局　某省科学技术厅　某省财政厅\n"
)

CATEGORISED = (
    "表1　主要指标\n"
    "| 类别 | 指标名称 | 2025年 | 2030年 | 属性 |\n"
    "| --- | --- | --- | --- | --- |\n"
    "| 总体规模 | 数字产业增加值（亿元） | 1360 | 2200 | 预期性 |\n"
    "| 产业数字化 | 工业设备上云率（%） | 63.4 | 72 | 预期性 |\n"
)


def cells(nlp, text):
    return {
        (m["indicator"]["text"], (m["time"] or {}).get("value")): (
            m["value"],
            m["unit"],
            m["qualifier"],
            m["aspect"],
            m["kind"],
        )
        for m in nlp(text)._.metrics
    }


def test_a_plan_table_sets_targets_outside_its_base_year(nlp):
    found = cells(nlp, PLAN)
    assert found[("地区生产总值", "2020")] == (3.9, "%", "eq", "rate", "actual")
    assert found[("地区生产总值", "2021-2025")] == (6.0, "%", "approx", "rate", "target")
    assert found[("研发投入强度", "2025")] == (3.5, "%", "ge", "level", "target")
    assert found[("研发投入强度", "2021-2025")] == (
        0.29,
        "pp",
        "eq",
        "change",
        "target",
    )  # [..]: the period's total
    assert found[("单位GDP能源消耗", "2021-2025")] == (-13.5, "%", "eq", "rate", "target")


def test_a_statistical_table_reports_its_title_year(nlp):
    found = [
        (m["text"], m["indicator"]["text"], m["unit"], m["aspect"], m["kind"], m["time"]["value"])
        for m in nlp(STATISTICS)._.metrics
    ]
    assert ("61838.8", "采矿业", "CNY", "level", "actual", "2022") in found
    assert ("31.9", "采矿业", "%", "rate", "actual", "2022") in found
    assert ("1163286.5", "营业收入", "CNY", "level", "actual", "2022") in found  # 总计: the column's measure


def test_a_markdown_table_reads_like_a_tab_separated_one(nlp):
    rows = [line.split("\t") for line in PLAN.splitlines()[1:]]
    markdown = (
        PLAN.splitlines()[0]
        + "\n"
        + "\n".join(
            "| " + " | ".join(row) + " |" + ("\n|---|---|---|---|---|" if n == 0 else "") for n, row in enumerate(rows)
        )
    )
    assert cells(nlp, markdown) == cells(nlp, PLAN)


@pytest.mark.parametrize("bar", ["|", "｜"])
def test_cells_between_bars_without_outer_bars_read_like_a_tab_separated_table(nlp, bar):
    barred = "\n".join(line.replace("\t", bar) for line in PLAN.splitlines())
    assert cells(nlp, barred) == cells(nlp, PLAN)
    assert nlp(f"本市坚持创新{bar}协调{bar}绿色发展理念，效果明显。")._.metrics == []


def test_a_unit_column_scales_each_row(nlp):
    found = {(m["indicator"]["text"], m["unit"]): m["value"] for m in nlp(PRODUCTS)._.metrics}
    assert found == {
        ("钢材", "吨"): 12863000,
        ("钢材", "%"): -2.1,
        ("光伏电池", "千瓦"): 23805000,
        ("光伏电池", "%"): -12.8,
    }


def test_group_rows_do_not_end_a_table(nlp):
    found = cells(nlp, GROUPED)
    assert found[("研发投入强度", "2030")] == (1.6, "%", "eq", "level", "target")
    assert found[("户籍人口城镇化率", "2025")] == (57.2, "%", "eq", "level", "actual")


def test_columns_aligned_with_spaces_are_a_table_whose_places_are_no_indicators(nlp):
    found = [(m["text"], m["value"], m["unit"], m["aspect"], m["indicator"]["text"]) for m in nlp(SPACED)._.metrics]
    assert found == [
        ("120.5", 1.205e10, "CNY", "level", "R&D经费"),
        ("8.3", 8.3, "%", "rate", "R&D经费"),
        ("45.20", 4.52e9, "CNY", "level", "R&D经费"),
        ("-2.5", -2.5, "%", "rate", "R&D经费"),
    ]


def test_a_year_column_may_say_base_or_goal(nlp):
    text = GROUPED.replace("\t2025年\t2030年\t", "\t2025年基数\t2030年目标\t")
    assert cells(nlp, text) == cells(nlp, GROUPED)  # the base year reports, the goal year aims


def test_a_category_column_before_the_names_is_no_label(nlp):
    found = cells(nlp, CATEGORISED)
    assert found[("数字产业增加值", "2030")] == (2.2e11, "CNY", "eq", "level", "target")
    assert found[("工业设备上云率", "2025")] == (63.4, "%", "eq", "level", "actual")


def test_a_unit_column_keeps_a_measure_word_as_written_and_a_ranking_header_holds_ranks(nlp):
    text = "产品名称\t单位\t产量\n皮鞋\t亿双\t1.5\n"
    assert [(m["value"], m["unit"]) for m in nlp(text)._.metrics] == [(1.5e8, "双")]
    text = "地区\t专利（件）\t创新指数排名\n北区\t210\t3\n"
    assert [(m["value"], m["unit"]) for m in nlp(text)._.metrics] == [(210, "件"), (3, "rank")]


def test_a_table_of_grants_holds_incentives_with_their_units_ranges_and_caps(nlp):
    text = "附表 培训补贴标准\n| 项目 | 标准 | 上限 |\n|---|---|---|\n| 岗前培训补贴 | 800元/人 | 20万元/企业 |\n| 实训补贴 | 2—4元/课时 | — |\n"
    found = [(m["text"], m["value"], m["value_max"], m["unit"], m["qualifier"], m["kind"]) for m in nlp(text)._.metrics]
    assert found == [
        ("800元", 800, None, "CNY", "eq", "incentive"),
        ("20万元", 200000, None, "CNY", "le", "incentive"),
        ("2—4元", 2, 4, "CNY", "range", "incentive"),
    ]


def test_in_a_table_of_grants_the_column_names_the_grant_when_the_rows_name_whom(nlp):
    text = "| 人员类别 | 安家补助（万元） | 生活补贴（元/月） |\n|---|---|---|\n| 甲类 首席专家 | 120 | 5000 |\n"
    found = {m["text"]: (m["indicator"]["text"], m["kind"]) for m in nlp(text)._.metrics}
    assert found == {"120": ("安家补助", "incentive"), "5000": ("生活补贴", "incentive")}


def test_a_growth_column_after_year_columns_is_the_later_years_growth(nlp):
    text = (
        "主要数据\n| 指标 | 2024年 | 2025年 | 增长 |\n|---|---|---|---|\n| 快递业务量（亿件） | 12.5 | 14.1 | 12.8% |\n"
    )
    found = {m["text"]: (m["aspect"], m["time"]["value"]) for m in nlp(text)._.metrics}
    assert found["12.8%"] == ("rate", "2025")
    assert (
        cells(nlp, PLAN.replace("年均/累计", "年均增长/累计"))[("研发投入强度", "2021-2025")][3] == "change"
    )  # [0.29]


def test_cells_of_a_year_the_document_sets_targets_for_are_targets(nlp):
    text = "到2030年，建成一批示范工厂。\n\n主要指标\n| 指标 | 2025年 | 2030年 |\n|---|---|---|\n| 示范工厂（家） | 12 | 40 |\n"
    assert {m["text"]: m["kind"] for m in nlp(text)._.metrics} == {"12": "actual", "40": "target"}


def test_a_column_of_what_the_column_before_rose_by_holds_changes(nlp):
    text = "2025年末各市存款\n地市\t存款余额（亿元）\t较年初增加（亿元）\n东江市\t5120\t386\n"
    found = {m["text"]: (m["indicator"]["text"], m["aspect"]) for m in nlp(text)._.metrics}
    assert found == {"5120": ("存款余额", "level"), "386": ("存款余额", "change")}


def test_a_cell_with_a_known_unit_counts_but_a_year_or_duration_does_not(nlp):
    text = "企业\t设立时间\t员工\t期限\n甲公司\t2019年\t120人\t3年\n"
    assert [(m["text"], m["unit"]) for m in nlp(text)._.metrics] == [("120人", "人")]


def test_a_growth_column_holds_per_cents_whatever_the_rows_unit_and_compound_units_stay_whole(nlp):
    text = "主要指标\n| 指标 | 2025年 | 2030年 | 年均增长〔累计〕 | 属性 |\n|---|---|---|---|---|\n| 人均收入（万元） | 5.1 | 7 | 6.5 | 预期性 |\n"
    assert {m["text"]: (m["value"], m["unit"]) for m in nlp(text)._.metrics}["6.5"] == (6.5, "%")
    text = "城市\tPM10浓度（微克/立方米）\t同比变化（%）\n东江市\t48\t-3.1\n"
    assert [(m["value"], m["unit"]) for m in nlp(text)._.metrics] == [(48, "微克/立方米"), (-3.1, "%")]


def test_a_sub_row_takes_the_unit_of_the_row_it_details(nlp):
    text = "指标\t绝对额\t增长（%）\n一般公共预算收入（亿元）\t820.5\t3.1\n其中：税收收入\t601.2\t2.4\n"
    found = {m["text"]: (m["value"], m["unit"]) for m in nlp(text)._.metrics}
    assert found["601.2"] == (6.012e10, "CNY")
    # the rows after the one 其中： opens detail the same row, up to the next row with a unit of its own
    text += "非税收入\t219.3\t5.0\n常住人口（万人）\t512.4\t0.3\n城镇人口\t301.0\t1.1\n"
    found = {m["text"]: (m["value"], m["unit"]) for m in nlp(text)._.metrics}
    assert found["219.3"] == (2.193e10, "CNY") and found["301.0"][1] != "CNY"


def test_the_longest_unit_of_a_unit_column_wins(nlp):
    text = "产品名称\t单位\t产量\n发电量\t亿千瓦时\t26.5\n黄酒\t万千升\t31.7\n"
    assert {m["indicator"]["text"]: (m["value"], m["unit"]) for m in nlp(text)._.metrics} == {
        "发电量": (2.65e9, "千瓦时"),
        "黄酒": (317000, "千升"),
    }


@pytest.mark.parametrize("text", [PLAN, STATISTICS, PRODUCTS, GROUPED, SPACED, CATEGORISED])
def test_cell_offsets_hold(nlp, text):
    for m in nlp(text)._.metrics:
        assert text[m["start"] : m["end"]] == m["text"] and m["text"].lstrip("-")[0].isdigit()


def test_a_header_word_spaced_out_is_one_cell(nlp):
    text = "表1　主要科技指标\n指　　标　　　单位　　　数值　　　比上年增长（%）\nR&D经费支出　　　亿元　　　520.3　　　9.6\n发明专利授权量　　　万件　　　1.25　　　12.4\n"
    found = {(m["indicator"]["text"], m["unit"]): m["value"] for m in nlp(text)._.metrics}
    assert found == {
        ("R&D经费支出", "CNY"): 5.203e10,
        ("R&D经费支出", "%"): 9.6,
        ("发明专利授权量", "件"): 12500,
        ("发明专利授权量", "%"): 12.4,
    }


def test_a_latin_unit_in_brackets_and_a_rate_named_level(nlp):
    text = "主要指标\n指标\t2025年\t2030年\t属性\n在用算力总规模（EFLOPS）\t12\t30\t预期性\n人口自然增长率（‰）\t-2.36\t-1\t预期性\n"
    assert cells(nlp, text) == {
        ("在用算力总规模", "2025"): (12, "EFLOPS", "eq", "level", "actual"),
        ("在用算力总规模", "2030"): (30, "EFLOPS", "eq", "level", "target"),
        ("人口自然增长率", "2025"): (-2.36, "‰", "eq", "level", "actual"),
        ("人口自然增长率", "2030"): (-1, "‰", "eq", "level", "target"),
    }


def test_a_row_number_and_a_unit_column_before_the_years_are_no_labels(nlp):
    text = (
        "表1　主要指标\n序号\t指标\t单位\t2025年\t2030年\t属性\n"
        "1\t国家级孵化器数量\t家\t18\t30\t预期性\n2\t技术合同登记额\t亿元\t412\t800\t预期性\n"
    )
    found = cells(nlp, text)
    assert found[("国家级孵化器数量", "2030")] == (30, "家", "eq", "level", "target")
    assert found[("技术合同登记额", "2025")] == (4.12e10, "CNY", "eq", "level", "actual")


def test_units_stated_in_the_title_go_to_amounts_and_to_rates_and_shares(nlp):
    text = (
        "表2　2025年各县外销一览（单位：亿元、%）\n\n"
        "| 县区 | 出口额 | 比上年增长 | 占全市比重 |\n|---|---|---|---|\n"
        "| 东阳县 | 215.4 | -2.5 | 31.8 |\n"
    )
    metrics = {m["text"]: m for m in nlp(text)._.metrics}
    assert (metrics["215.4"]["value"], metrics["215.4"]["unit"]) == (2.154e10, "CNY")
    assert (metrics["-2.5"]["value"], metrics["-2.5"]["unit"], metrics["-2.5"]["aspect"]) == (-2.5, "%", "rate")
    assert (metrics["31.8"]["unit"], metrics["31.8"]["aspect"]) == ("%", "level")


def test_cells_that_write_words_before_their_number_say_per_what_of_what_or_how_far(nlp):
    text = (
        "附件：技能培训补贴标准表\n"
        "项目\t对象\t标准\t最高限额\n"
        "培训补贴\t参训职工\t培训费用的60%\t每人2000元\n"
        "生活补贴\t脱产学员\t每人每天40元\t累计不超过6个月\n"
        "场地补贴\t实训基地\t每平方米每年12元\t面积不超过800平方米\n"
    )
    found = [(m["text"], m["value"], m["unit"], m["qualifier"], m["indicator"]["text"]) for m in nlp(text)._.metrics]
    assert found == [
        ("60%", 60, "%", "eq", "培训补贴"),
        ("2000元", 2000, "CNY", "le", "培训补贴"),
        ("40元", 40, "CNY", "eq", "生活补贴"),
        ("12元", 12, "CNY", "eq", "场地补贴"),
        ("800平方米", 800, "m2", "le", "场地补贴"),
    ]
    assert all(text[m["start"] : m["end"]] == m["text"] for m in nlp(text)._.metrics)


def test_a_cell_may_hold_words_around_its_numbers_and_a_row_number_column_names_nothing(nlp):
    text = (
        "附表：科技金融支持标准\n"
        "序号\t支持事项\t支持标准\t上限\n"
        "1\t研发贷款贴息\t按基准利率的40%贴息\t每年最高80万元\n"
        "2\t风险补偿\t损失的30%，首贷提高至50%\t一次性奖励15万元\n"
        "3\t担保费率\t下调20%\t—\n"
    )
    found = [(m["text"], m["value"], m["qualifier"], m["indicator"]["text"]) for m in nlp(text)._.metrics]
    assert found == [
        ("40%", 40, "eq", "研发贷款贴息"),
        ("80万元", 8e5, "le", "研发贷款贴息"),
        ("30%", 30, "eq", "风险补偿"),
        ("50%", 50, "eq", "风险补偿"),
        ("15万元", 1.5e5, "le", "风险补偿"),
        ("20%", -20, "eq", "担保费率"),
    ]
    assert nlp(text)._.metrics[-1]["aspect"] == "rate"  # 下调20%: the change the cell says


def test_a_table_of_places_by_year_measures_what_its_title_names_as_goals(nlp):
    # the title names the measure and calls it goals; a line of units stands between it and the
    # header and carries a note in brackets; a period's column holds the whole period
    text = (
        "表3 江北市“十五五”时期养老床位建设目标分解表\n"
        "单位：张（个）\n"
        "区域\t2026年\t2027年\t“十五五”合计\n"
        "东城区\t1200\t1300\t2500\n"
    )
    found = {m["text"]: m for m in nlp(text)._.metrics}
    assert {t: (m["unit"], m["kind"], m["time"]["value"]) for t, m in found.items()} == {
        "1200": ("张", "target", "2026"),
        "1300": ("张", "target", "2027"),
        "2500": ("张", "target", "2026-2030"),
    }
    assert found["1200"]["indicator"]["text"] == "养老床位建设目标"


def test_a_table_whose_title_reports_goals_met_reports_results(nlp):
    text = "江北市2025年养老床位建设目标完成情况表\n单位：张\n区域\t2024年\t2025年\n东城区\t1200\t1300\n"
    assert {m["kind"] for m in nlp(text)._.metrics} == {"actual"}


def test_a_column_headed_by_a_bound_per_unit_caps_every_cell(nlp):
    text = "附件：奖补标准\n序号\t支持事项\t奖补标准\t单项上限\n1\t智能工厂\t按投资额的6%\t800万元\n"
    found = {m["text"]: m["qualifier"] for m in nlp(text)._.metrics}
    assert found == {"6%": "eq", "800万元": "le"}


def test_a_column_of_what_was_budgeted_holds_goals_and_a_bare_per_cent_header_its_unit(nlp):
    text = (
        "表1　2025年全市财政收入执行情况（单位：亿元）\n"
        "项目\t预算数\t执行数\t完成预算%\t比上年增长%\n"
        "税收收入\t310.0\t309.2\t99.7\t3.8\n"
    )
    found = {m["text"]: (m["value"], m["unit"], m["kind"]) for m in nlp(text)._.metrics}
    assert found == {
        "310.0": (3.1e10, "CNY", "target"),
        "309.2": (3.092e10, "CNY", "actual"),
        "99.7": (99.7, "%", "actual"),
        "3.8": (3.8, "%", "actual"),
    }


def test_a_column_of_a_ratio_takes_the_per_cent_the_title_states_and_a_unit_column_a_rate_per_100000(nlp):
    text = "问题金额及整改情况\n单位：亿元、%\n类别\t问题金额\t整改率\n预算执行问题\t98.64\t59.2\n"
    found = {m["text"]: (m["value"], m["unit"]) for m in nlp(text)._.metrics}
    assert found == {"98.64": (9.864e9, "CNY"), "59.2": (59.2, "%")}
    text = "主要指标\n指标\t单位\t2025年\t2030年\n孕产妇死亡率\t/10万\t7.8\t≤7.5\n"
    assert {m["text"]: m["unit"] for m in nlp(text)._.metrics} == {"7.8": "/10万", "7.5": "/10万"}


def test_a_column_of_ranks_named_after_another_columns_measure_ranks_that_measure(nlp):
    text = "表2　2025年分市研发经费情况\n地区\t研发经费投入强度（%）\t投入强度排名\n甲市\t3.62\t1\n"
    found = {m["text"]: (m["unit"], m["indicator"]["text"]) for m in nlp(text)._.metrics}
    assert found == {"3.62": ("%", "研发经费投入强度"), "1": ("rank", "研发经费投入强度")}


def test_a_range_among_a_cells_words_keeps_each_ends_magnitude(nlp):
    text = (
        "补贴标准一览\n品类\t适用条件\t补贴标准\n乘用车置换\t购买新车\t每台0.4万—0.9万元\n"
        "家电\t一级能效\t每件最高1500元\n"
    )
    m = nlp(text)._.metrics[0]
    assert (m["text"], m["value"], m["value_max"], m["unit"], m["qualifier"]) == (
        "0.4万—0.9万元",
        4000,
        9000,
        "CNY",
        "range",
    )
