import pytest

from policy_nlp.pipeline.quantities import QuantityFinder


@pytest.fixture(scope="module")
def find():
    return QuantityFinder()


# (sentence, quote, value, value_max, unit, qualifier)
CASES = [
    ("全年科研投入超18亿元。", "18亿元", 1.8e9, None, "CNY", "gt"),
    ("全区完成地区生产总值1.4万亿元。", "1.4万亿元", 1.4e12, None, "CNY", "eq"),
    ("常住人口三千五百万人。", "三千五百万人", 3.5e7, None, "人", "eq"),
    ("占比达到百分之三十。", "百分之三十", 30, None, "%", "eq"),
    ("民营经济贡献了三成以上的税收。", "三成", 30, None, "%", "ge"),
    ("约1/6的企业。", "1/6", 16.666667, None, "%", "approx"),
    ("占全省三分之一。", "三分之一", 33.333333, None, "%", "eq"),
    ("新增就业82,225人。", "82,225人", 82225, None, "人", "eq"),
    ("营业收入跃过 4000 亿元大关。", "4000 亿元", 4e11, None, "CNY", "gt"),
    ("排名从第25位提升至19位。", "19位", 19, None, "rank", "eq"),
    ("进入榜单的前两名。", "前两名", 2, None, "rank", "le"),
    ("对首次进入前10位的企业给予奖励。", "前10位", 10, None, "rank", "le"),
    ("增选9位科学家为院士。", "9位", 9, None, "位", "eq"),
    # a count in characters of a thing that is counted (生产线, 航线) is a metric
    ("园区新投产三条新能源电池生产线。", "三条", 3, None, "条", "eq"),
    # a rough count written in characters (上百个) never names a set
    ("每到旺季需要上百个临时工。", "上百个", 100, None, "个", "ge"),
    ("储能电池产能达到85吉瓦时。", "85吉瓦时", 85, None, "吉瓦时", "eq"),
    ("全县产业规模力争迈上800亿元台阶。", "800亿元", 8e10, None, "CNY", "ge"),
    ("研制出世界最高12米盾构机。", "12米", 12, None, "米", "eq"),
    # 至少 before a short verb bounds the count after it
    ("每个乡镇至少建设1个综合服务站。", "1个", 1, None, "个", "ge"),
    # a bound (不超过, 不低于, 不到 …) reaches over the base of a share even without 的; a comparison does not
    ("补助按不超过设备投资额25%的比例核定。", "25%", 25, None, "%", "le"),
    ("外资企业数量不到全县五分之一。", "五分之一", 20, None, "%", "lt"),
    ("增幅高于全市平均水平1.5%。", "1.5%", 1.5, None, "%", "eq"),
    # a qualifier reaches over 的 only to a share or multiple (不高于市场租金的90%), not a count
    ("每条线用工从过去的45人降至12人。", "45人", 45, None, "人", "eq"),
    ("出口规模比上年扩大约15%。", "15%", 15, None, "%", "approx"),
    ("人均收入为36500元（约合5100美元）。", "5100美元", 5100, None, "USD", "approx"),  # a conversion
    ("棉纺产能达到1200万锭。", "1200万锭", 1.2e7, None, "锭", "eq"),
    ("全年降水量856.4毫米。", "856.4毫米", 856.4, None, "毫米", "eq"),
    ("财政收入增长数十倍。", "数十倍", None, None, "x", "approx"),
    ("培育数百家企业。", "数百家", None, None, "家", "approx"),
    ("新增就业８２，２２５人。", "８２，２２５人", 82225, None, "人", "eq"),
    ("增长3-5%。", "3-5%", 3, 5, "%", "range"),
    ("各月涨跌幅在-1.2%至0.8%之间。", "-1.2%至0.8%", -1.2, 0.8, "%", "range"),
    ("增长5%—5.5%。", "5%—5.5%", 5, 5.5, "%", "range"),
    ("提高3至5个百分点。", "3至5个百分点", 3, 5, "pp", "range"),
    ("出口1000多家企业。", "1000多家", 1000, None, "家", "gt"),
    ("惠及市场主体5000多万户。", "5000多万户", 5e7, None, "户", "gt"),
    ("产量300余万吨。", "300余万吨", 3e6, None, "吨", "gt"),
    ("带动就业上万人。", "上万人", 10000, None, "人", "ge"),
    ("吸引近千家企业。", "千家", 1000, None, "家", "approx"),
    ("投资过万亿元。", "万亿元", 1e12, None, "CNY", "gt"),
    ("增长了近一倍。", "一倍", 1, None, "x", "approx"),
    ("收入翻了一番多。", "翻了一番", 2, None, "x", "gt"),
    ("较上年增长两成。", "两成", 20, None, "%", "eq"),
    ("投资额约占三分之一。", "三分之一", 100 / 3, None, "%", "approx"),
    ("增长千分之五。", "千分之五", 0.5, None, "%", "eq"),
    ("人口自然增长率7.5‰。", "7.5‰", 7.5, None, "‰", "eq"),
    ("全年查处违法违规案件两百余起。", "两百余起", 200, None, "起", "gt"),
    ("孕产妇死亡率控制在9.5/10万以内。", "9.5/10万", 9.5, None, "/10万", "le"),  # a rate per 100,000, no 5/10
    ("城乡居民收入比缩小至2.27:1。", "2.27:1", 2.27, None, "x", "eq"),
    ("全年GDP增速至少要达到5.5%。", "5.5%", 5.5, None, "%", "ge"),
    ("单个项目支持300~500亿元。", "300~500亿元", 3e10, 5e10, "CNY", "range"),
    ("给予5000万元至1亿元支持。", "5000万元至1亿元", 5e7, 1e8, "CNY", "range"),
    ("建成道路120千米。", "120千米", 120, None, "公里", "eq"),
    ("集装箱吞吐量2000万TEU。", "2000万TEU", 2e7, None, "TEU", "eq"),
    ("建成充电桩2万根。", "2万根", 20000, None, "根", "eq"),
    ("走访企业1500家次。", "1500家次", 1500, None, "家次", "eq"),
    ("集装箱吞吐量2480万标准箱。", "2480万标准箱", 24800000, None, "标准箱", "eq"),
    ("研发人员全时当量9.3万人年。", "9.3万人年", 93000, None, "人年", "eq"),
    ("光纤光缆产量1236.5万芯千米。", "1236.5万芯千米", 12365000, None, "芯千米", "eq"),
    ("增长5%出头。", "5%", 5, None, "%", "gt"),
    ("超出500亿元。", "500亿元", 5e10, None, "CNY", "gt"),
    ("三次产业结构为3.2∶41.5∶55.3。", "41.5", 41.5, None, "%", "eq"),
    ("实际使用外资12亿美元。", "12亿美元", 1.2e9, None, "USD", "eq"),
    ("港资20亿港元。", "20亿港元", 2e9, None, "HKD", "eq"),
    ("建成面积7.6万平方米。", "7.6万平方米", 76000, None, "m2", "eq"),
    ("规划面积12平方公里。", "12平方公里", 12, None, "km2", "eq"),
    ("高标准农田30万亩。", "30万亩", 300000, None, "mu", "eq"),
    ("从全市第27位跃升至第22位。", "第27位", 27, None, "rank", "eq"),
    ("经济总量居全国第8位。", "第8位", 8, None, "rank", "eq"),
    ("进步位次全市第一。", "第一", 1, None, "rank", "eq"),
    ("研发强度位居全省首位。", "首位", 1, None, "rank", "eq"),
    ("是2020年的2倍。", "2倍", 2, None, "x", "eq"),
    ("较2020年实现翻番。", "翻番", 2, None, "x", "eq"),
    ("十年翻两番。", "翻两番", 4, None, "x", "eq"),
    ("企业从个位数增长至87家。", "个位数", 10, None, None, "lt"),
    ("给予最高100万元支持。", "100万元", 1e6, None, "CNY", "le"),
    ("不低于5000万元。", "5000万元", 5e7, None, "CNY", "ge"),
    ("本地配套率达到或超过45%。", "45%", 45, None, "%", "ge"),
    ("资产负债率小于或等于70%。", "70%", 70, None, "%", "le"),
    ("不到10%。", "10%", 10, None, "%", "lt"),
    ("增长6%左右。", "6%", 6, None, "%", "approx"),
    ("碳排放下降13.2%。", "13.2%", 13.2, None, "%", "eq"),
    ("减少83.46万吨。", "83.46万吨", 834600, None, "吨", "eq"),
    ("新增装机300万千瓦。", "300万千瓦", 3e6, None, "千瓦", "eq"),
    # a qualifier after a per-unit (万元/人左右) or before a quoted amount (站上“四万亿元”)
    ("全员劳动生产率达到28万元/人左右。", "28万元", 2.8e5, None, "CNY", "approx"),
    ("经济总量站上“三万亿元”。", "三万亿元", 3e12, None, "CNY", "gt"),
    ("发生营业成本81.36万亿元。", "81.36万亿元", 8.136e13, None, "CNY", "eq"),  # 本 ends 成本 here, no determiner
    # a qualifier before what a share is taken of (不高于…的90%)
    ("售价不高于同区域同类商品住房均价的85%。", "85%", 85, None, "%", "le"),
    ("比重由2019年的不足4%升至2024年的17.2%。", "17.2%", 17.2, None, "%", "eq"),  # the bound is the first share's
    # a floor written as the least (最低为, 最少), before the number or before a short verb
    ("二套房首付比例最低为25%。", "25%", 25, None, "%", "ge"),
    # an age limit written in 周岁 is a quantity of its own unit; a group's bound (60周岁以上老年人) is not
    ("申请人年龄在40周岁以下。", "40周岁", 40, None, "周岁", "le"),
    ("每季度最少开展3次巡查。", "3次", 3, None, "次", "ge"),
    # an index or ratio without a unit, read only in a 从X…至Y series
    ("城乡收入倍差从2.04缩小至1.93。", "2.04", 2.04, None, None, "eq"),
    ("城乡收入倍差从2.04缩小至1.93。", "1.93", 1.93, None, None, "eq"),
    ("全年新增主变容量1500万千伏安。", "1500万千伏安", 1.5e7, None, "千伏安", "eq"),
    # counts listed together are each a metric, even when there are as many as the last count
    ("新认定市级工程中心5家、市级技术中心2家。", "2家", 2.0, None, "家", "eq"),
    # a range of a count names no set (3至5个X is how many to build)
    ("力争培育2至4个十亿级产业链。", "2至4个", 2.0, 4.0, "个", "range"),
    # the series may name the base's time between 由 and its first value
    ("全县城乡收入倍差由上年的1.87缩小至1.82。", "1.87", 1.87, None, None, "eq"),
    ("城乡居民收入倍差由2021年的2.25缩小至2.09。", "2.09", 2.09, None, None, "eq"),
    # two numbers joined share the unit of the second (高2.1个和1.5个百分点)
    ("增速分别高2.1个和1.5个百分点。", "2.1个", 2.1, None, "pp", "eq"),
    ("分别提高4个、6个和3个百分点。", "6个", 6, None, "pp", "eq"),  # a longer list shares it too
    ("分别节能0.5亿吨、0.2亿吨和0.3亿吨标准煤。", "0.2亿吨", 2e7, None, "吨标准煤", "eq"),
    ("综合能耗降至96.5千克标准煤/吨。", "96.5千克标准煤/吨", 96.5, None, "千克标准煤/吨", "eq"),
    ("占比分别提高1.8、0.6和2.4个百分点。", "1.8", 1.8, None, "pp", "eq"),  # bare numbers listed before the unit
    ("占比分别提高1.8、0.6和2.4个百分点。", "0.6", 0.6, None, "pp", "eq"),
    ("机收作业面积1.2亿亩次。", "1.2亿亩次", 1.2e8, None, "亩次", "eq"),
    ("进口额1.5亿美元（含）以上的外贸企业。", "1.5亿美元", 1.5e8, None, "USD", "ge"),  # an included bound
    ("进口额1.5亿美元（不含）以上的外贸企业。", "1.5亿美元", 1.5e8, None, "USD", "gt"),  # one left out
    ("三孩家庭的贷款最高额度上浮35%。", "35%", 35, None, "%", "eq"),  # the bound changes, it bounds nothing
    ("智能算力规模突破5200P。", "5200P", 5200, None, "P", "gt"),
    ("出省带宽达到6万Gbps，时延15毫秒以内。", "15毫秒", 15, None, "毫秒", "le"),
    ("新建数据中心PUE不高于1.3。", "1.3", 1.3, None, None, "le"),
    ("平均电能利用效率（PUE）降至1.28左右。", "1.28", 1.28, None, None, "approx"),
    ("城乡居民收入比由3.05缩小到2.96。", "3.05", 3.05, None, None, "eq"),
    # the series may name the later value's year too; a measure's values may follow its years
    ("粮食生产效率系数由2019年的0.71提高到2024年的0.74。", "0.74", 0.74, None, None, "eq"),
    ("土地产出系数：2024年为1.62，2029年目标为1.80以上。", "1.62", 1.62, None, None, "eq"),
    ("土地产出系数：2024年为1.62，2029年目标为1.80以上。", "1.80", 1.8, None, None, "ge"),
    ("全县城乡收入倍差为2.17，较去年缩小0.09。", "0.09", 0.09, None, None, "eq"),  # its change, read on
    # a ratio or coefficient written without a unit, after its measure
    ("全市城乡居民收入比为1.95。", "1.95", 1.95, None, None, "eq"),
    ("城乡收入倍差缩小至1.83。", "1.83", 1.83, None, None, "eq"),
    ("主营收入超亿元的企业74家。", "亿元", 1e8, None, "CNY", "gt"),
    ("单桥效率达每小时40.5自然箱。", "40.5自然箱", 40.5, None, "自然箱", "eq"),
    # 亿元以上 with no numeral is a threshold of one hundred million yuan
    ("新签约亿元以上项目42个。", "亿元", 1e8, None, "CNY", "ge"),
    ("鲜花产量2.5亿枝。", "2.5亿枝", 2.5e8, None, "枝", "eq"),
    ("利率下降15个基点。", "15个基点", 15, None, "基点", "eq"),
    ("道路交通噪声平均等效声级为66.8分贝。", "66.8分贝", 66.8, None, "分贝", "eq"),
    ("新增污水处理能力12万立方米/日。", "12万立方米/日", 1.2e5, None, "立方米/日", "eq"),
    ("增速居各区县之首。", "首", 1, None, "rank", "eq"),  # a ranking word before 之首
    ("一个棚一年收入五六万元。", "五六万元", 5e4, 6e4, "CNY", "range"),  # neighbouring digits: a rough range
    ("商品住宅去化周期回落至14个月。", "14个月", 14, None, "个月", "eq"),  # a span that is measured
    ("纳税额排名居全市工业企业第一。", "第一", 1, None, "rank", "eq"),  # the ranking word opens the clause
    ("来访游客中近四成为首次到访。", "四成", 40, None, "%", "approx"),  # 近…成为: a share, then 为
    ("人口自然增长率-1.87‰。", "-1.87‰", -1.87, None, "‰", "eq"),  # a minus sign after a word
    ("给予整机企业150万元—400万元奖励。", "150万元—400万元", 1.5e6, 4e6, "CNY", "range"),  # a dash after a unit
]


@pytest.mark.parametrize(("sentence", "quote", "value", "value_max", "unit", "qualifier"), CASES)
def test_quantity(find, sentence, quote, value, value_max, unit, qualifier):
    found = {q.text: q for q in find(sentence)}
    assert quote in found, (sentence, list(found))
    q = found[quote]
    assert sentence[q.start : q.end] == quote
    assert q.value == pytest.approx(value)
    assert (q.value_max is None and value_max is None) or q.value_max == pytest.approx(value_max)
    assert q.unit == unit
    assert q.qualifier == qualifier


NOT_METRICS = [
    "研制4座级电动垂直起降飞行器。",
    "坚持人才、产业、平台、金融四位一体联动。",  # N位一体 names a structure
    "始终把安全生产摆在首位。",  # a priority, no ranking
    "放宽首套和二套住房的认定标准。",  # a second home
    "涨幅低于70个大中城市的平均涨幅。",  # the name of the statistics' sample
    "始终把就业放在第一位。",
    "2024年，我们召开会议。",
    "“十五五”时期是关键阶段。",
    "推进5G网络建设，治理PM2.5污染。",
    "发布3.0版本，研制T800碳纤维。",
    "构建“1+2+4+N”体系。",
    "落实“双15%”所得税优惠政策。",  # a policy named by its rates
    "系统实施三大行动。",
    "力争在6个关键领域取得突破。",
    "推进长三角一体化，进一步打通最后一公里。",
    "连续45年位居前列，近3年持续增长。",
    "一、总体要求\n（二）主要任务",
    "全国第11个获批，首批入选。",
    "1-11月份，工业生产平稳。",
    "招引汽车及零部件项目，机场三期、项目1-3期建成，迈入“3万亿级”城市行列。",
    "举办两届广交会，贯彻二十届四中全会精神。",
    "加快建设万吨级以上深水泊位，培育千亿元级产业集群。",
    "连续10次获评优秀，根据市委十二届七次全会部署，今年前5个月进展顺利，8天后上市，已过半年时间。",
    "全省诞生了首个“两万亿”城市，首次迈进2万亿俱乐部，GDP排名前十的城市均增长。",
    "推动城东、城西、城南、城北四个片区内社区共同实施。",
    "打造“10分钟便民健身圈”，建成“1小时交通圈”。",
    "国内首台18兆瓦级海上风电机组下线，30万吨级航道建成。",
    "坚持“五个更加注重”，落实“四个进一步到位”部署。",
    "八方面民生实事全部完成，三方面工作取得进展。",
    "让优质医疗资源走进千家万户，万人空巷。",
    "会议于10:30召开，比分3:2。",
    "规上工业万元增加值用水量下降，万元GDP能耗降低。",
    "软件从2.1版升级到3.0版，指数为1.5。",
    "营业收入利润率=利润总额÷营业收入×100%。",
    "跻身全省数字乡村建设第一梯队，落实二十四节气保护，参观万岁山，贯彻十二届五次、六次全会精神。",
    "为3岁以下婴幼儿、65岁及以上老年人提供服务。",
    "实施“三个1000亿”工程，打造1000亿元级产业集群。",
    "全国万亿元城市扩容，甲市跻身“万亿元俱乐部”，乙市迈入“3万亿元城市”行列。",
    "人均营业收入=营业收入÷平均用工人数，单位：万元/人。表中金额单位： 亿元",
    "进口连续4个月保持正增长，每招收1人再给予资助。",
    "百元营业收入成本下降，建设万亩粮食示范片，“五一”假期5天。",
    "提请县七届人大四次会议审议，补贴在申请后20个工作日内兑付，单位为千米、千克、千瓦。",
    "从签约到投产只用了9个月，作为三大产业集群之首。",  # a span of months; the first of them, no ranking
    "表2 人口\n附件1 申报表",  # a table's or an annex's number
    "培育十亿级民营企业，五天时间根本不够。",  # a class label; a span of days
    "要点在于科技赋能和开放牵引两个‘轮子’。",  # a counted set in single quotes
    "推行“订单收购+二次分红”模式，推动二次创业。",  # 二次 before a word is "secondary"
    "三成为新建项目，这一成为现实。",  # 成为 (become) with no qualifier before the count
    "构建“1+3+N”服务体系，即建设1个市级服务中心、3个区域分中心。",  # the parts of a formula code
    "对1类创新药给予奖励，对2类改良型新药给予支持。",  # a one-digit class label
]


@pytest.mark.parametrize("sentence", NOT_METRICS)
def test_not_a_metric(find, sentence):
    assert [q.text for q in find(sentence)] == []


def test_digits_that_make_no_number_are_no_quantity(nlp):
    assert [q.text for q in nlp("0、0一百百位")._.quantities] == []


def test_never_raises_on_odd_numbers(find):
    for text in ["第", "百分之", "1/0", "3-", "翻番番", "十百千万亿", "9" * 400, "0.0.0.0%", "——", "三分之"]:
        find(text)


def test_numbers_inside_lexicon_terms_are_names(nlp):
    doc = nlp("统筹两个市场两种资源，严守八项规定，建设5G基站1.2万个。")
    assert [q.text for q in doc._.quantities] == ["1.2万个"]


def test_numbers_inside_known_indicator_names_are_names(nlp):
    # 50米 is part of the canonical indicator's name (lexicons/indicators.tsv), so no length
    doc = nlp("今年中心城区公交与轨道50米内换乘比例提高到78%，区内世界500强企业升至7家。")
    assert [q.text for q in doc._.quantities] == ["78%", "7家"]


def test_a_unit_is_never_read_again_as_a_quantity(find):
    assert [q.text for q in find("面积3.5平方千米。")] == ["3.5平方千米"]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("推行“1元乘车”服务，全年运送乘客120万人次。", ["120万人次"]),  # words go on after the number
        ("开展“千村万户”走访活动。", []),  # counts that make up a name
        ("站上“五千亿元”新台阶。", ["五千亿元"]),  # a quoted amount alone
        ("预期目标定为“6%左右”。", ["6%"]),  # its qualifier is no word of a slogan
        ("认定标准为“研发投入占营收8%”。", ["8%"]),  # a quoted criterion
        ("他说：“今年全市新增企业3000家，增长12%。”", ["3000家", "12%"]),  # quoted speech
    ],
)
def test_a_number_inside_a_short_quoted_slogan_measures_nothing(find, text, found):
    assert [q.text for q in find(text)] == found


def test_bare_numbers_listed_before_a_time_unit_stay_bare(find):
    assert [q.text for q in find("2023、2024年分别引进企业12家、15家。")] == ["12家", "15家"]


def test_a_move_in_rank_and_the_place_it_reached_are_two_quantities(nlp):
    doc = nlp("全市经济总量位次前移2位至第7位。")
    assert [q.text for q in doc._.quantities] == ["2位", "第7位"]
