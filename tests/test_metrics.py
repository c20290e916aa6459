"""Hard cases for metric records, as (sentence, quote, expected fields)."""

from collections import Counter

import pytest

CASES = [
    # series: two levels with their years
    (
        "R&D经费投入强度从2020年的3.21%提升到2024年的3.91%。",
        "3.21%",
        {"value": 3.21, "aspect": "level", "kind": "actual", "time": "2020", "indicator": "R&D经费投入强度"},
    ),
    (
        "R&D经费投入强度从2020年的3.21%提升到2024年的3.91%。",
        "3.91%",
        {"value": 3.91, "aspect": "level", "time": "2024", "indicator": "R&D经费投入强度"},
    ),
    # rank improves although the number falls
    (
        "科技创新指数排名从全省第25位跃升至第21位。",
        "第21位",
        {"value": 21, "unit": "rank", "aspect": "level", "indicator": "科技创新指数排名"},
    ),
    (
        "2025年全区有效发明专利拥有量同比增长超过25%。",
        "25%",
        {"value": 25, "qualifier": "gt", "aspect": "rate", "time": "2025", "indicator": "有效发明专利拥有量"},
    ),
    (
        "国家级高新技术企业总量突破2200家，较2020年实现翻番。",
        "翻番",
        {"value": 2, "unit": "x", "aspect": "rate", "time": None, "indicator": "国家级高新技术企业总量"},
    ),
    (
        "国家级高新技术企业总量突破2200家，较2020年实现翻番。",
        "2200家",
        {"value": 2200, "qualifier": "gt", "aspect": "level", "indicator": "国家级高新技术企业总量"},
    ),
    ("全省规模以上工业增加值年均增长8%。", "8%", {"aspect": "rate", "indicator": "规模以上工业增加值"}),
    # a bracketed aside does not end the clause: the comparison's subject still leads
    (
        "2023年全省工业投资增速比全国（6.5%）高2.3个百分点。",
        "2.3个百分点",
        {"aspect": "change", "indicator": "工业投资增速"},
    ),
    # the place that acts is not what is measured
    ("去年四季度，湖北GDP被湖南反超了80亿元。", "80亿元", {"indicator": "GDP"}),
    # the field of a ranking (在…中) is neither the ranked thing nor part of what a count counts
    ("2024年，无锡工业增加值在全省13个设区市中居第3位。", "第3位", {"unit": "rank", "indicator": "工业增加值"}),
    ("2024年，无锡工业增加值在全省13个设区市中居第3位。", "13个", {"indicator": "设区市"}),
    ("今年一季度，成都工业增速排名副省级城市中的首位。", "首位", {"unit": "rank", "indicator": "工业增速"}),
    # a clause without its own subject takes the nearest clause's subject, not its last noun
    (
        "江苏数字经济核心产业增加值连续5年位居全国第一方阵，2023年居全国第2位。",
        "第2位",
        {"indicator": "数字经济核心产业增加值"},
    ),
    ("今年前三季度，成都的GDP总量与武汉差距不大，增速与武汉相同，均为8.1%。", "8.1%", {"indicator": "增速"}),
    # 高出 names the base of a comparison; a contribution (拉动…增长) is measured, not handed on
    (
        "一季度全省民营企业出口同比增长15%，高出全省外贸整体增速6个百分点，拉动出口增长7.2个百分点。",
        "6个百分点",
        {"aspect": "change", "indicator": "民营企业出口"},
    ),
    (
        "一季度全省民营企业出口同比增长15%，高出全省外贸整体增速6个百分点，拉动出口增长7.2个百分点。",
        "7.2个百分点",
        {"aspect": "level", "indicator": "拉动出口增长"},
    ),
    (
        "民营企业拉动出口增长7.2个百分点，占全省出口总额的45%。",
        "45%",
        {"indicator": "民营企业"},
    ),
    # a sentence that names nothing keeps a null indicator, but reads its number like the paragraph's
    ("武汉经济增速达到8.8%，居十大城市首位。此外，苏州达到7.9%。", "7.9%", {"aspect": "rate", "indicator": None}),
    # a cut (精简, 削减) is a fall; a bare ratio takes its known indicator's unit
    ("市级审批事项精简26.8%。", "26.8%", {"aspect": "rate", "value": -26.8}),
    ("城乡收入倍差从2.04缩小至1.93。", "1.93", {"unit": "x", "indicator": "城乡收入倍差"}),
    # a bare count of a short phrase naming people is in 人
    ("让35万偏远山区居民喝上放心水。", "35万", {"unit": "人", "value": 350000}),
    # a sentence that opens looking ahead sets targets, like one that opens with a target year
    ("去年全市GDP增长6.7%。今后五年，地区生产总值年均增长6%，研发投入强度达到5%。", "5%", {"kind": "target"}),
    ("去年全市GDP增长6.7%。今后五年，地区生产总值年均增长6%，研发投入强度达到5%。", "6.7%", {"kind": "actual"}),
    # tax relief is an incentive, and the rate granted is what is measured
    ("向个人出租住房的，减按4%的税率征收房产税。", "4%", {"kind": "incentive", "indicator": "税率"}),
    # the two ends of a series over a span of years take its first and last year
    ("从2013年到2022年，全省GDP从5.4万亿元增长到12.2万亿元。", "5.4万亿元", {"time": "2013"}),
    ("从2013年到2022年，全省GDP从5.4万亿元增长到12.2万亿元。", "12.2万亿元", {"time": "2022"}),
    # how a figure was computed (按不变价计算) names nothing measured
    ("全省GDP突破10万亿元，按不变价计算增长了25倍。", "25倍", {"indicator": "GDP"}),
    # a change of places in a ranking; a multiple of a base keeps the subject and takes no time
    ("全市GDP排名上升2位，升至第15位。", "2位", {"unit": "rank", "aspect": "change", "value": 2}),
    ("全市GDP排名上升2位，升至第15位。", "第15位", {"unit": "rank", "aspect": "level"}),
    ("人均GDP达到15万元，是全国平均水平的1.7倍。", "1.7倍", {"indicator": "人均GDP"}),
    ("全省研发人员达到60万人，是2016年的2倍。", "2倍", {"indicator": "研发人员", "time": None}),
    # 为/是/相当于…的 names the base of a share or multiple; a count's measure word is not part of a name
    ("2020年，苏北5市人均GDP仅为全省平均水平的七成左右。", "七成", {"indicator": "人均GDP"}),
    ("芜湖GDP为4302亿元，仅为合肥的37%。", "37%", {"indicator": "GDP"}),
    # a short aside in brackets inside a name; a clause-opening change governs a noun phrase with its verb
    ("到2027年，全市细颗粒物（PM2.5）浓度下降8%。", "8%", {"indicator": "细颗粒物（PM2.5）浓度", "value": -8}),
    ("每年可减少二氧化碳排放1.3亿吨。", "1.3亿吨", {"aspect": "change", "value": -1.3e8}),
    # a reward word after the number, or closing a longer word, in a capped or 按 clause
    ("企业研发费用按当年支出额的100%在税前加计扣除。", "100%", {"kind": "incentive", "indicator": "加计扣除"}),
    ("对符合条件的项目，贷款贴息比例不超过贷款利率的50%。", "50%", {"kind": "incentive", "qualifier": "le"}),
    # shares listed with their wholes after 的; a yearly average speed is a rate
    ("覆盖全国近30%的人口、近35%的生产总值和近40%的消费市场。", "40%", {"indicator": "消费市场"}),
    ("全市GDP以年均5%的速度增长。", "5%", {"aspect": "rate"}),
    ("直播电商交易额实现两位数增长。", "两位数", {"qualifier": "ge", "value": 10, "aspect": "rate"}),
    ("新增境内上市公司31家、占全国增量的1/5。", "1/5", {"aspect": "level", "value": 20}),  # a share is a level
    (
        "大城市新增租赁住房占新增住房供应总量的比例力争达到25%以上。",
        "25%",
        {"qualifier": "ge", "kind": "target", "indicator": "新增租赁住房占新增住房供应总量的比例"},
    ),
    ("租金原则上不高于市场租金的90%，年租金涨幅不超过5%。", "5%", {"kind": "target"}),  # 原则上 holds for the sentence
    ("从增速看，武汉增长12.2%，居十城之首；成都增长8.6%。", "8.6%", {"indicator": "增速"}),  # ； ends no sentence
    ("GDP前十的城市中，上海以43214亿元居首。", "43214亿元", {"indicator": "GDP"}),  # a rank ends the subject
    ("最终消费支出对经济增长的贡献率为65.4%。", "65.4%", {"indicator": "最终消费支出对经济增长的贡献率"}),
    ("高技术制造业增加值增长18.2%，快于规模以上工业6.7个百分点。", "6.7个百分点", {"indicator": "高技术制造业增加值"}),
    # a growth rate given roughly is a goal; a level given roughly may be a result
    ("全市地区生产总值增长6%左右。", "6%", {"aspect": "rate", "kind": "target"}),
    ("全市常住人口1200万人左右。", "1200万人", {"kind": "actual"}),
    ("一般公共预算收入完成6500亿元，增长3%左右。", "3%", {"kind": "actual"}),  # a result given roughly
    # a magnitude that opens a class label belongs to what is counted
    ("全国已有26座万亿GDP城市。", "26座", {"indicator": "万亿GDP城市"}),
    # a unit in brackets is no part of a name; 县（市、区） is
    ("全省县（市、区）生产总值增长5%。", "5%", {"indicator": "县（市、区）生产总值"}),
    (
        "各市社会消费品零售总额（亿元）增速均超过9%。",
        "9%",
        {"qualifier": "gt", "aspect": "rate", "indicator": "社会消费品零售总额（亿元）增速"},
    ),
    # each item of a list of "thing + amount" names its own thing
    ("新开工改造城镇老旧小区3200个、城中村4.2万户。", "4.2万户", {"indicator": "城中村"}),
    # an amount before 的 and a counted thing is a threshold of that thing, not a statistic of it
    ("引进总投资超5亿元的先进制造业项目80个。", "5亿元", {"qualifier": "gt", "indicator": "总投资"}),
    ("两年平均增长5.4%。", "5.4%", {"aspect": "rate"}),
    ("研发投入强度提高0.5个百分点。", "0.5个百分点", {"value": 0.5, "unit": "pp", "aspect": "change"}),
    ("增速比全国快0.2个百分点。", "0.2个百分点", {"aspect": "change", "value": 0.2, "indicator": "增速"}),
    ("单位GDP能耗下降13.2%。", "13.2%", {"value": -13.2, "aspect": "rate"}),
    ("二氧化碳排放减少83.46万吨。", "83.46万吨", {"value": -834600, "aspect": "change", "unit": "吨"}),
    ("降幅收窄5.5个百分点。", "5.5个百分点", {"value": 5.5, "aspect": "change"}),
    # kind
    (
        "到2027年，全市数字经济核心产业增加值力争达到5000亿元。",
        "5000亿元",
        {"kind": "target", "time": "2027", "value": 5e11},
    ),
    ("“十五五”期间，力争新增高新技术企业1000家。", "1000家", {"kind": "target", "time": "2026-2030"}),
    ("对新认定的企业给予最高100万元奖励。", "100万元", {"kind": "incentive", "qualifier": "le"}),
    ("市财政统筹资金发放消费券8000万元。", "8000万元", {"kind": "incentive"}),  # vouchers are handed out
    ("市财政安排3亿元专项资金支持企业技术改造。", "3亿元", {"kind": "incentive", "indicator": "专项资金"}),
    ("打造3个千亿级、8个百亿级先进制造业集群。", "3个", {"indicator": "千亿级"}),  # the grade alone names it
    ("全省建成6个“一线口岸”。", "6个", {"indicator": "“一线口岸”"}),  # a quoted name is whole
    ("对引进总投资超过10亿元制造业项目的机构，给予奖励。", "10亿元", {"indicator": "总投资"}),  # a class's bound
    ("9个“二线通道”查验设施全部建成投用。", "9个", {"indicator": "“二线通道”查验设施"}),
    ("2025年，全市重点项目年度计划投资800亿元，完成年度计划的107.5%。", "800亿元", {"kind": "target"}),
    ("2025年，全市重点项目年度计划投资800亿元，完成年度计划的107.5%。", "107.5%", {"kind": "actual"}),
    ("目前全区已有3家中试平台。", "3家", {"kind": "actual", "indicator": "中试平台"}),
    # coordinated list, one record each
    (
        "落地3家全国重点实验室总部、2个全国重点实验室杭州中心、1家省级实验室。",
        "2个",
        {"value": 2, "unit": "个", "indicator": "全国重点实验室杭州中心"},
    ),
    (
        "落地3家全国重点实验室总部、2个全国重点实验室杭州中心、1家省级实验室。",
        "1家",
        {"value": 1, "indicator": "省级实验室"},
    ),
    # A、B、C分别 …: the i-th item to the i-th number
    ("化学需氧量、氨氮和总磷排放量分别下降8%、9%和12%。", "9%", {"indicator": "氨氮", "value": -9, "aspect": "rate"}),
    ("化学需氧量、氨氮和总磷排放量分别下降8%、9%和12%。", "12%", {"indicator": "总磷排放量", "value": -12}),
    # share of a whole: the part is the indicator, not the whole
    ("一般贸易进出口占外贸总值的57%。", "57%", {"indicator": "一般贸易进出口", "aspect": "level"}),
    # N%的X: a known statistic named after 的
    ("该省以全国7%的人口贡献了全国10%的经济总量。", "7%", {"indicator": "人口"}),
    # time: comparison base is not the time; 1-11月 of a stated year
    ("2021年1-11月，规模以上工业企业利润同比增长38.0%。", "38.0%", {"time": "2021", "aspect": "rate"}),
    ("2021年安徽GDP达到42959.2亿元，同比增长8.3%。", "8.3%", {"time": "2021", "aspect": "rate"}),
    # 分别: the i-th member of the list before it goes to the i-th number, also in a later clause
    ("其中，钢材、塑料、纺织品分别出口120亿元、80亿元和45亿元，分别增长8%、5%和3%。", "80亿元", {"indicator": "塑料"}),
    ("其中，钢材、塑料、纺织品分别出口120亿元、80亿元和45亿元，分别增长8%、5%和3%。", "3%", {"indicator": "纺织品"}),
    # a difference from a reference named between the comparison and the number takes its sign
    ("增速低于全国平均水平0.3个百分点。", "0.3个百分点", {"aspect": "change", "value": -0.3}),
    ("增速高于全国平均水平0.3个百分点。", "0.3个百分点", {"aspect": "change", "value": 0.3}),
    # the field of a ranking is no indicator; the ranked measure comes from before
    ("全市研发投入强度达到5.3%，居副省级城市第3位。", "第3位", {"indicator": "研发投入强度"}),
    # a category noun ending 类 names what is measured; kinds listed before 类 only qualify it
    ("汽车类零售额下降5.2%。", "5.2%", {"indicator": "汽车类零售额"}),
    ("金属矿砂、农产品和能源类大宗商品进口2087.5亿元。", "2087.5亿元", {"indicator": "大宗商品进口"}),
    # a note in brackets after the measure is not the measure
    ("全省固定资产投资（不含农户）增长5.8%。", "5.8%", {"indicator": "固定资产投资"}),
    ("县（市）生产总值增长6%。", "6%", {"indicator": "县（市）生产总值"}),
    ("对租用标准厂房的，前三年按50%给予租金减免。", "50%", {"kind": "incentive", "indicator": "减免"}),
    # 人均/日均 and a comparable basis (按可比口径) name no indicator; the sentence's subject does
    ("全员劳动生产率人均57.8万元，同比提高4.2%。", "57.8万元", {"indicator": "全员劳动生产率"}),
    ("接待游客1200万人次，按可比口径同比增长9.8%。", "9.8%", {"indicator": "接待游客"}),
    ("规模以上工业增加值增长8.1%，居中部地区第2位。", "第2位", {"indicator": "规模以上工业增加值"}),
    ("41个行业大类中有26个增加值实现增长，增长面为63.4%。", "63.4%", {"indicator": "增长面", "aspect": "level"}),
    # a fall's or rise's width measures the number before it
    ("房地产开发投资下降5.1%，降幅比一季度收窄2.3个百分点。", "2.3个百分点", {"indicator": "房地产开发投资"}),
    # 和/及 inside a member when splitting at them too would give more members than numbers
    (
        "光电子信息、大健康和生物技术、高端装备产业分别增长16.8%、9.3%和8.1%。",
        "9.3%",
        {"indicator": "大健康和生物技术"},
    ),
    ("油料、蔬菜及食用菌、茶叶产量分别增长2.6%、3.8%和5.2%。", "3.8%", {"indicator": "蔬菜及食用菌"}),
    (
        "通用设备制造业、医药制造业产值增速分别为12.5%和9.1%，两年平均增速分别为6.3%和4.4%。",
        "9.1%",
        {"indicator": "医药制造业", "aspect": "rate"},
    ),
    (
        "通用设备制造业、医药制造业产值增速分别为12.5%和9.1%，两年平均增速分别为6.3%和4.4%。",
        "6.3%",
        {"indicator": "通用设备制造业"},
    ),
    # kind: 未来N年 and 提出 state targets; an estimate (预计) opening a paragraph does not make it a plan
    ("未来五年，全市数字经济增加值年均增长15%。", "15%", {"kind": "target"}),
    ("规划提出，全市高新技术企业数量达到5000家。", "5000家", {"kind": "target"}),
    ("预计全省生产总值增长5%。全省新增高新技术企业800家。", "800家", {"kind": "actual"}),
    ("主要目标：全省生产总值增长5%。全省新增高新技术企业800家。", "800家", {"kind": "target"}),
    # a target's own year in its clause wins over an earlier target year in the sentence
    ("规划提出，到2020年覆盖率达40%以上，2022年覆盖率达45%以上。", "45%", {"kind": "target", "time": "2022"}),
    # a contribution to growth is a level, not a change
    ("民营企业拉动出口增长1.5个百分点。", "1.5个百分点", {"unit": "pp", "aspect": "level"}),
    # a heading naming targets makes its section a plan, up to the next numbered heading
    (
        "一、发展目标\n● 项目引进\n引进产业项目500个。\n二、工作回顾\n去年引进产业项目300个。",
        "500个",
        {"kind": "target"},
    ),
    (
        "一、发展目标\n● 项目引进\n引进产业项目500个。\n二、工作回顾\n去年引进产业项目300个。",
        "300个",
        {"kind": "actual"},
    ),
    # money that sets up a fund is an incentive; other money is not
    ("组建总规模200亿元的产业投资引导基金。", "200亿元", {"kind": "incentive", "unit": "CNY"}),
    ("全年实现营业收入200亿元。", "200亿元", {"kind": "actual"}),
    # a bare amount in 亿 is money; a unit never ends inside a lexicon term (天使母基金 is no 天)
    ("广深冲击3万亿门槛。", "3万亿", {"unit": "CNY", "value": 3e12, "qualifier": "gt"}),
    ("市里发起了200亿天使母基金。", "200亿", {"unit": "CNY", "kind": "incentive"}),
    ("在科创板上市的企业将得到奖励1000万元。", "1000万元", {"kind": "incentive"}),
    # what is ranked, not the ranking verb; a generic measure noun takes its owner across 的
    ("科创板上市公司的数量排名前三。", "前三", {"unit": "rank", "indicator": "科创板上市公司的数量"}),
    ("某市设立创新投资基金，首期规模100亿元。", "100亿元", {"kind": "incentive"}),
    ("对设备更新贷款由中央财政贴息1个百分点。", "1个百分点", {"kind": "incentive"}),
    ("发放育儿补贴181.2万人次。", "181.2万人次", {"kind": "actual"}),  # counts people, not money paid
    ("按实际投资额的30%实行以奖代补，单个项目最高不超过50万元。", "50万元", {"kind": "incentive"}),
    ("对研发投入增长超过20%的企业，给予最高500万元奖补。", "20%", {"kind": "incentive"}),  # its condition
    ("对规模以上工业企业增长8%的情况进行通报。", "8%", {"kind": "actual"}),  # no award follows
    ("区级引导基金规模达到100亿元，撬动社会资本超过300亿元。", "100亿元", {"kind": "actual"}),  # no one sets it up
    ("首期规模500亿元的科创基金签约落地。", "500亿元", {"kind": "actual"}),
    ("兑现以旧换新补贴169亿元。", "169亿元", {"kind": "actual"}),
    # a multiple of an earlier year's value is growth; of another group's, a level
    ("技术合同成交额达到4200亿元，是2020年的3倍。", "3倍", {"aspect": "rate", "time": None}),
    ("总量是“十三五”时期的1.8倍。", "1.8倍", {"aspect": "rate"}),
    ("城镇居民人均可支配收入是农村居民的2.09倍。", "2.09倍", {"aspect": "level"}),
    ("线上销售额达到上年同期的1.5倍。", "1.5倍", {"aspect": "rate"}),
    ("将地区生产总值增长目标定在6%左右。", "6%", {"aspect": "rate", "kind": "target"}),
    ("审批周期平均缩短30%以上。", "30%", {"aspect": "rate", "value": -30.0, "qualifier": "ge"}),
    # 未来 in a headline does not make its section a plan
    ("未来角逐更激烈\n合肥的排名从全国第80位提升至第19位。", "第19位", {"kind": "actual"}),
    # the heading of a work-plan section makes its quantities targets; a review heading does not
    ("一、2025年工作回顾\n新增绿色工厂80家。\n二、2026年重点工作\n新增绿色工厂100家。", "80家", {"kind": "actual"}),
    ("一、2025年工作回顾\n新增绿色工厂80家。\n二、2026年重点工作\n新增绿色工厂100家。", "100家", {"kind": "target"}),
    ("全省用户净增231万户，居民消费价格涨幅2%。", "231万户", {"aspect": "change"}),
    ("全省用户净增231万户，居民消费价格涨幅2%。", "2%", {"aspect": "rate"}),
    # the change opens the clause and a noun phrase stands between it and the number
    ("新增境内上市公司29家。", "29家", {"aspect": "change", "value": 29}),
    ("压减地下水开采量21.5亿立方米。", "21.5亿立方米", {"aspect": "change", "value": -2.15e9}),
    ("降低单位GDP能耗13.5%。", "13.5%", {"aspect": "rate", "value": -13.5}),
    ("城镇新增就业86万人。", "86万人", {"aspect": "level"}),
    ("全年实现38.6%的增长。", "38.6%", {"aspect": "rate"}),
    # a year written on a number belongs to it alone; a comparison base written on it is its time
    (
        "总值从2019年的2.41万亿元增长到2024年的3.17万亿元，收入从2215.4亿元增长到2690.8亿元。",
        "2215.4亿元",
        {"time": None},
    ),
    (
        "总值从2019年的2.41万亿元增长到2024年的3.17万亿元，收入从2215.4亿元增长到2690.8亿元。",
        "3.17万亿元",
        {"time": "2024"},
    ),
    ("2021年营业收入2.10亿元，同比2020年的1.32亿增长了59.29%。", "1.32亿", {"time": "2020"}),
    # …even with a qualifier between (从2019年的不足30%): the series' end takes the sentence's year
    ("2024年，该市数控化率从2019年的不足30%提升到62.4%。", "62.4%", {"time": "2024"}),
    ("2024年，该市数控化率从2019年的不足30%提升到62.4%。", "30%", {"time": "2019", "qualifier": "lt"}),
    # per head, a verb right before the number names what is counted (人均创收)
    ("该区规上企业员工人均创收约82万元。", "82万元", {"indicator": "规上企业员工人均创收", "qualifier": "approx"}),
    # 从 inside a word (从业人员) opens no series, so a target keeps its kind
    ("到2028年，全县从业人员达到12万人，城镇化率达到65%。", "12万人", {"kind": "target", "series": None}),
    # a task's verb (做大, 做强) is no part of what its clause goes on to count
    ("做强港口物流，全年开行集装箱班列420列以上。", "420列", {"indicator": "集装箱班列"}),
    ("做大中欧班列，全年开行280列以上。", "280列", {"indicator": "中欧班列"}),
    ("出口规模比上年扩大约15%。", "15%", {"aspect": "rate", "qualifier": "approx"}),
    # a list item that opens with a change word is a change, whatever the item before it
    ("新建公办幼儿园6所、新增学位1800个。", "1800个", {"aspect": "change"}),
    ("每年至少新增10家企业。", "10家", {"qualifier": "ge", "aspect": "change"}),
    # a change verb after a comparison, with only its object before the number
    ("新线路比传统线路平均缩短通关时间6小时。", "6小时", {"aspect": "change", "value": -6}),
    # a multiple of an earlier state is a rate, like one of an earlier year's value
    ("试验区进出口额是设立之初的4.2倍。", "4.2倍", {"aspect": "rate", "unit": "x"}),
    # a frame (同口径, 按可比口径) says how the number was computed: the measure is named before it
    ("全县税收收入完成52.3亿元、同口径增长4.1%。", "4.1%", {"indicator": "税收收入"}),
    # a multiple of a year's value takes no time, whatever verb leads to it
    ("全市专利授权量达到2019年的3.2倍。", "3.2倍", {"time": None}),
    ("谋划各领域320个共建重点项目。", "320个", {"indicator": "共建重点项目"}),
    # subsections （一） stay inside the plan section opened by 三、…重点工作
    (
        "三、2026年重点工作\n（一）扩大内需\n培育绿色工厂100家。\n四、附则\n去年培育绿色工厂80家。",
        "100家",
        {"kind": "target"},
    ),
    (
        "三、2026年重点工作\n（一）扩大内需\n培育绿色工厂100家。\n四、附则\n去年培育绿色工厂80家。",
        "80家",
        {"kind": "actual"},
    ),
    # 引才 is one word, so 按 still leads the award's base (按引才服务费的40%给予补贴)
    ("对人力资源服务机构，按引才服务费的40%给予补贴。", "40%", {"kind": "incentive"}),
    # a plan heading inside a plan section (重点做好七个方面工作：) keeps it open past its subheadings
    (
        "三、2026年工作安排\n重点做好七个方面工作：\n（一）扩大内需\n新增绿色工厂100家。",
        "100家",
        {"kind": "target"},
    ),
    # a news report's numbered heading of tasks (三、重点抓好九个方面工作) opens a plan section
    ("报告全文\n三、重点抓好九个方面工作\n在扩大投资方面，实施市重点建设项目280个以上。", "280个", {"kind": "target"}),
    # in a review section, sentence-wide cues (争取, 计划 in a programme name) set no target;
    # the review ends at the next heading of its depth
    (
        "一、2025年工作回顾\n（一）扩大投资\n争取中央预算内投资237亿元、政策资金89亿元。\n二、2026年工作\n争取中央预算内投资250亿元、政策资金90亿元。",
        "89亿元",
        {"kind": "actual"},
    ),
    (
        "一、2025年工作回顾\n（一）扩大投资\n争取中央预算内投资237亿元、政策资金89亿元。\n二、2026年工作\n争取中央预算内投资250亿元、政策资金90亿元。",
        "90亿元",
        {"kind": "target"},
    ),
    ("一、五年发展成就\n新入选国家培养计划科技领军人才409名。", "409名", {"kind": "actual"}),
    ("五年来，我们积极争取中央预算内投资237亿元。", "237亿元", {"kind": "actual"}),
    # a clause-opening change verb governs every member of a 、 list; 其中 shares the change
    ("新增制造业单项冠军企业45家、专精特新“小巨人”企业397家。", "397家", {"aspect": "change", "value": 397}),
    ("新增电力装机2600万千瓦，其中光伏装机1500万千瓦。", "1500万千瓦", {"aspect": "change"}),
    ("电力装机达2600万千瓦，其中光伏装机1500万千瓦。", "1500万千瓦", {"aspect": "level"}),
    ("全年人口自然增长率为2.36‰。", "2.36‰", {"aspect": "level", "indicator": "人口自然增长率"}),  # a rate named
    ("对企业贷款给予贴息，贴息比例为实际贷款利率的35%。", "35%", {"kind": "incentive"}),  # the award's rate
    ("区财政按年化担保额的0.6%给予担保费补贴。", "0.6%", {"kind": "incentive"}),  # 年化 is one word
    ("对子基金，市级出资让利比例最高可达50%。", "50%", {"kind": "incentive"}),  # a concession is an award
    ("数字创意产业规模达到540亿元，增长18%左右。", "18%", {"kind": "actual"}),  # a result's growth, roughly
    # a comparison's base year (比2025年) does not date a plan's goal before the plan
    (
        "某省三年行动计划（2026—2028年）\n数据中心可再生能源使用比例提高到55%以上，单位算力能耗比2025年下降18%。",
        "18%",
        {"kind": "target"},
    ),
    # a rank on a published ranking that only places stand before measures the ranking
    ("在2024年度全国文化旅游城市竞争力评价中，桂林位列第6位。", "第6位", {"indicator": "全国文化旅游城市竞争力评价"}),
    (
        "人才净流入规模居全省第2位，在全国城市营商环境评价中列第9名。",
        "第9名",
        {"indicator": "全国城市营商环境评价"},
    ),
    ("人才净流入规模居全省第2位，在全国城市营商环境评价中列第9名。", "第2位", {"indicator": "人才净流入规模"}),
    (
        "在国家二级公立医院绩效考核中，湖北获评A等级的医院数量达到11家，居全国第5位。",
        "第5位",
        {"indicator": "医院数量"},
    ),
    ("医保基金监管工作在国家医保局年度考核中居全国第2位。", "第2位", {"indicator": "医保基金监管工作"}),
    ("省、市两级统筹安排促消费专项资金不少于12亿元。", "12亿元", {"kind": "incentive"}),  # money allotted
    ("对年销售额首次超过10亿元的商业综合体，奖励50万元。", "10亿元", {"kind": "incentive"}),  # the award's condition
    # a condition closed by 的 at a clause's end: the award is the next clause
    ("单台销售价格不超过6000元的，按产品销售价格的15%给予补贴。", "6000元", {"kind": "incentive"}),
    # public money a policy provides is an incentive; the budget's own measures are not
    (
        "关于支持粮食生产的若干措施\n改造提升项目亩均财政投入不低于1800元，其中市级财政承担比例不低于35%。",
        "35%",
        {"kind": "incentive"},
    ),
    ("关于支持粮食生产的若干措施\n全县财政民生支出占比不低于75%。", "75%", {"kind": "target"}),
    ("关于支持民营经济发展的若干措施\n政府性融资担保机构平均担保费率降至0.9%以下。", "0.9%", {"kind": "incentive"}),
    ("全市新发放企业贷款加权平均利率为3.41%。", "3.41%", {"kind": "actual"}),  # a result reported
    # a list member in another unit shares the change as its own unit reads it
    ("平均审批时长、办理成本分别缩短1.5天和12%。", "12%", {"aspect": "rate", "value": -12.0}),
    # a multiple of a reference level is a rate; a multiple of another thing a level
    ("全区人均研发经费是全省平均水平的3倍。", "3倍", {"aspect": "rate"}),
    ("城镇居民人均消费支出是农村居民的1.7倍。", "1.7倍", {"aspect": "level"}),
    # a share written after its qualifier (约占) is a level, even of an amount in money
    ("全年完成固定资产投资210亿元，其中工业投资约占四成。", "四成", {"aspect": "level"}),
    # a per-unit frame of two units (每人每年) says per what, not what is measured
    ("农村特困人员供养标准提高到每人每年1.1万元。", "1.1万元", {"indicator": "农村特困人员供养标准"}),
    ("城乡居民医保个人缴费标准为每人每年400元，保费每人每年120元。", "120元", {"indicator": "保费"}),
    # a cap per loan or per firm in the clause after an award is the award's (单笔, 单户)
    (
        "对合作银行的不良贷款按本金损失的35%予以风险补偿，单笔最高200万元。",
        "200万元",
        {"indicator": "风险补偿", "kind": "incentive"},
    ),
    ("单户补偿金额不超过400万元。", "400万元", {"indicator": "单户补偿金额"}),
    ("力争培育2至4个十亿级产业链。", "2至4个", {"indicator": "十亿级产业链", "kind": "target"}),
    ("力争培育2个以上百亿元级产业集群。", "2个", {"indicator": "百亿元级产业集群", "qualifier": "ge"}),
    ("今年起按每孩每月300元发放托育补贴。", "300元", {"kind": "incentive"}),
    ("发放托育补贴每孩2400元。", "2400元", {"kind": "incentive"}),  # per whom, between the award and the amount
    # in a breakdown by place, a change whose clause names nothing but the place is the place's
    ("其中平江县增长9.1%，浏阳市增长6.4%。", "6.4%", {"indicator": "浏阳市", "aspect": "rate"}),
    ("襄阳、宜昌分别增长7.2%和6.5%。", "7.2%", {"indicator": "襄阳", "aspect": "rate"}),
    (
        "通过多式联运，企业运输成本下降约9%，每吨货物运费减少20元左右。",
        "20元",
        {"kind": "actual", "aspect": "change"},
    ),
    # a goal the result is compared with sets no target for the rest of the sentence
    ("全年粮食产量增长3.1%，比年初预期目标高0.6个百分点，总量居全省第4位。", "第4位", {"kind": "actual"}),
    ("预期目标是：粮食产量增长3%左右，总量保持全省前5位。", "前5位", {"kind": "target"}),
    # the ratios a policy sets for the funds it runs are terms it grants
    ("关于加快发展创业投资的若干措施\n市天使基金对子基金的出资比例最高为40%。", "40%", {"kind": "incentive"}),
    ("关于加快发展创业投资的若干措施\n种子基金投资项目的容亏比例最高为70%。", "70%", {"kind": "incentive"}),
    ("关于加快发展科技金融的若干措施\n将知识产权质押融资补偿资金池扩大至8亿元。", "8亿元", {"kind": "incentive"}),
    # a cap in money in the text of a document that lays down rules is the cap of what it grants
    ("关于支持首台套装备推广应用的若干措施\n单个产品首年度不超过300万元。", "300万元", {"kind": "incentive"}),
    ("某省人才发展规划\n市级财政人才发展专项资金从2025年的8亿元提高到2030年的15亿元。", "15亿元", {"kind": "target"}),
    # the members listed before a counted set are no part of what is measured
    (
        "电子信息、装备制造、绿色食品、生物医药、新材料五大支柱产业增加值同比增长9.7%。",
        "9.7%",
        {"indicator": "五大支柱产业增加值"},
    ),
    ("全县绿色食品、有机农产品、地理标志农产品“三品一标”产品19个。", "19个", {"indicator": "“三品一标”产品"}),
    # tiers listed together share the condition's 的 (…首次突破10亿元、50亿元的，分别给予…)
    (
        "对新引进的企业，当年产值首次突破20亿元、50亿元、80亿元的，分别给予300万元、600万元、1000万元奖励。",
        "50亿元",
        {"kind": "incentive"},
    ),
    ("对年营业收入首次突破1亿元、5亿元的企业，分别给予50万元、100万元奖励。", "1亿元", {"indicator": "年营业收入"}),
    ("分别给予25万元、15万元、8万元的工作经费奖励。", "8万元", {"kind": "incentive", "indicator": "奖励"}),
    ("售价在12万元（含）以下的每辆补贴2500元。", "12万元", {"kind": "incentive", "indicator": "售价"}),
    ("2024年营业收入增长5%。", "5%", {"indicator": "营业收入"}),  # 年 after a year is the date's
    ("全市共有普通高中215所，比上年增加6所。", "215所", {"indicator": "普通高中"}),  # a school, not a place
    # a target cue before a change verb that governs its object (力争…累计降低企业物流成本12亿元)
    ("力争2026年至2028年累计降低企业物流成本12亿元以上。", "12亿元", {"aspect": "change", "kind": "target"}),
    # after a comparison the part is of the level compared, not of the change
    ("企业达1875家，比上年末净增96家，其中“小巨人”企业19家。", "19家", {"aspect": "level"}),
    ("加快中国邮政国际航空枢纽、洛阳等10个国家物流枢纽建设。", "10个", {"aspect": "level"}),
    ("在上年同期18.0%的高增速基础上继续增长。", "18.0%", {"aspect": "rate"}),
    ("到“十四五”末，全省数字经济增加值占GDP比重达到50%。", "50%", {"kind": "target", "time": "2025"}),
    ("提前一年实现了GDP破万亿的目标。", "万亿", {"kind": "target"}),
    # a sentence that opens by citing a plan reports its targets
    ("《规划》明确，“十四五”期间全国新增保障性租赁住房650万套。", "650万套", {"kind": "target"}),
    ("根据规划，2025年全省新能源汽车产量突破100万辆。", "100万辆", {"kind": "target"}),
    ("数据显示，全年GDP增长5%。", "5%", {"kind": "actual"}),
    ("2019年、2020年连续两年GDP增长超过6%。", "6%", {"time": "2019-2020"}),
    ("2025年底前，建成5G基站10万个。", "10万个", {"kind": "target", "time": "2025"}),
    ("2020年前三季度GDP增长0.7%。", "0.7%", {"kind": "actual", "time": "2020"}),
    # 努力 as a noun (付出更大努力) opens no plan paragraph
    ("广州需要付出更大努力才能迈过3万亿的门槛。2020年广州GDP总量为25019.11亿元。", "25019.11亿元", {"kind": "actual"}),
    ("仍以苏州为例，苏州第二产业就业人口2010年为425.27万。", "425.27万", {"indicator": "第二产业就业人口"}),
    ("高于全国同期1.7%的两年平均增速。", "1.7%", {"aspect": "rate"}),
    # a qualifier written before a list covers every member; 及以下 caps
    ("城镇和农村居民人均可支配收入分别超过8万元、4.5万元。", "4.5万元", {"qualifier": "gt"}),
    ("关停淘汰10万千瓦及以下燃煤机组。", "10万千瓦", {"qualifier": "le"}),
    # an indicator is the thing measured: no leading verb, quotes in pairs
    ("耕地面积净增212万亩，新建改造高标准农田3167万亩。", "3167万亩", {"indicator": "高标准农田"}),
    ("新增“两院”院士7名。", "7名", {"indicator": "“两院”院士"}),
    ("全球“灯塔工厂”3家，专精特新“小巨人”450家。", "450家", {"indicator": "专精特新“小巨人”"}),
    ("“企业认定、政府认账”授权企业8063家。", "8063家", {"indicator": "授权企业"}),
    # a ranking's field (各省区) is not what is ranked: that comes from before
    ("农村居民人均可支配收入超过4.5万元，稳居各省区第1位。", "第1位", {"indicator": "农村居民人均可支配收入"}),
    # compound units as written; 班次 is one measure word
    ("算力总规模达到10.36百亿亿次/秒。", "10.36百亿亿次/秒", {"unit": "次/秒", "value": 1.036e19}),
    ("中欧班列开行4000班次。", "4000班次", {"unit": "班次"}),
    ("粮食产量连续7年稳定在1.3万亿斤以上。", "1.3万亿斤", {"indicator": "粮食产量", "qualifier": "ge"}),
    ("中欧（亚）班列累计开行1.7万列。", "1.7万列", {"indicator": "中欧（亚）班列"}),
    ("服务业增加值占地区生产总值的比重达到55%。", "55%", {"indicator": "服务业增加值占地区生产总值的比重"}),
    ("服务业比重达到55%，对经济增长的贡献率为60%。", "60%", {"indicator": "贡献率"}),
    ("人均营业收入为168.6万元，同比增加28.9万元。", "28.9万元", {"indicator": "人均营业收入", "aspect": "change"}),
    ("全市常住人口达到1200万人，比上年末增加15万人。", "15万人", {"indicator": "常住人口", "aspect": "change"}),
    ("全年实际使用外资150亿美元，增长12%。", "150亿美元", {"indicator": "实际使用外资"}),
    ("新开工保障性住房2万套，基本建成1.5万套。", "1.5万套", {"indicator": "新开工保障性住房"}),
    ("居民消费价格上涨0.2%，涨幅低于全国0.1个百分点。", "0.1个百分点", {"indicator": "居民消费价格"}),
    ("居民收入增长快于经济增长0.5个百分点。", "0.5个百分点", {"indicator": "居民收入"}),
    ("企业数量净减少120家。", "120家", {"indicator": "企业数量", "value": -120}),
    ("GDP同比增长5.2%，增速比上季度加快0.4个百分点。", "0.4个百分点", {"indicator": "增速"}),
    ("全市接待游客1.5亿人次，实现旅游收入1800亿元，分别增长12%和15%。", "12%", {"indicator": "接待游客"}),
    ("全市接待游客1.5亿人次，实现旅游收入1800亿元，分别增长12%和15%。", "15%", {"indicator": "旅游收入"}),
    ("增速比全国（8.1%）快0.2个百分点。", "0.2个百分点", {"indicator": "增速"}),
    # 降幅 before a comparison still turns the sign; a word ending in a change verb loses it
    ("同比下降1.5%，降幅比一季度收窄0.8个百分点。", "0.8个百分点", {"aspect": "change", "value": 0.8}),
    # 前三季度 segments whole: 比 stays the comparison word (not 比前)
    ("营业收入下降2.7%，降幅比前三季度收窄0.6个百分点。", "0.6个百分点", {"value": 0.6, "indicator": "营业收入"}),
    ("猪肉价格下降13.6%。", "13.6%", {"indicator": "猪肉价格", "value": -13.6}),
    # the cap after an award is the award's
    ("按其增量部分的10%给予补助，最高不超过200万元。", "10%", {"kind": "incentive", "indicator": "补助"}),
    ("按照设备投资额的10%给予补助。", "10%", {"kind": "incentive", "indicator": "补助"}),
    ("对年营业收入首次突破10亿元的企业，奖励企业经营团队100万元。", "100万元", {"kind": "incentive"}),
    ("奖励资金共计5000万元已拨付到位。", "5000万元", {"kind": "actual"}),
    ("支持巩义、永城等10个有条件的县（市）发展成为中等城市。", "10个", {"kind": "actual"}),
    ("按其增量部分的10%给予补助，最高不超过200万元。", "200万元", {"kind": "incentive", "indicator": "补助"}),
    ("在科创板上市的企业将得到奖励1000万元。", "1000万元", {"indicator": "奖励"}),
    ("归母净利润同比增长率超过40%。", "40%", {"indicator": "归母净利润", "aspect": "rate"}),
    # 累计 is actual in a review, neutral in a plan; a condition (如果) states a target
    ("主要目标：\n“十四五”期间，累计利用外资1000亿美元。", "1000亿美元", {"kind": "target"}),
    ("去年累计利用外资100亿美元。", "100亿美元", {"kind": "actual"}),
    ("如果上海GDP也突破4万亿，格局将改变。", "4万亿", {"kind": "target"}),
    ("450万困难群众纳入城乡低保。", "450万", {"indicator": "困难群众", "value": 4.5e6, "unit": "人"}),
    ("排名从全国近80位提升至19位。", "80位", {"unit": "rank", "qualifier": "approx"}),
    ("就业人口2020年仅余384.19万。", "384.19万", {"unit": "人"}),
    ("迈过4万亿门槛。", "4万亿", {"unit": "CNY"}),
    ("其他城市投资均有6%以上的增长。", "6%", {"aspect": "rate", "qualifier": "ge"}),
    ("新能源汽车、数字创意分别同比增长2.3倍、29.2%。", "29.2%", {"aspect": "rate"}),
    # a goal reported met is no target
    ("全年主要目标任务圆满完成，地区生产总值增长5.4%。", "5.4%", {"kind": "actual"}),
    ("全年主要目标任务圆满完成。地区生产总值增长5.4%。", "5.4%", {"kind": "actual"}),
    ("今年发展的主要目标是：地区生产总值增长5%左右。", "5%", {"kind": "target"}),
    # 预计 (an estimate) reaches the end of its clause only
    ("预计全年接待游客9.6亿人次、增长10.3%，口岸出入境人员达5.2亿人次。", "10.3%", {"kind": "target"}),
    ("预计全年接待游客9.6亿人次、增长10.3%，口岸出入境人员达5.2亿人次。", "5.2亿人次", {"kind": "actual"}),
    # time: a sentence runs to 。 (not ；); a relative time (上年) states none; 自…以来 is a base
    ("“十四五”期间，累计利用外资1000亿美元；引进世界500强项目100个。", "100个", {"time": "2021-2025"}),
    ("2021年，产值比重由上年的40.3%提高到41%。", "40.3%", {"time": None}),
    ("2021年，产值比重由上年的40.3%提高到41%。", "41%", {"time": "2021"}),
    ("星级酒店数量从上一旅游季的120余家增加到180余家。", "120余家", {"indicator": "星级酒店数量"}),
    ("到2027年，平均上架率从目前的62.5%提高到75%。", "62.5%", {"time": None}),  # now: no year stated
    ("我国自2017年以来连续4年修订清单，条目数由93项减至33项。", "33项", {"time": None}),
    ("到2025年，数字经济增加值达到1000亿元；软件业务收入达到500亿元。", "500亿元", {"kind": "target", "time": "2025"}),
    ("已有3家中试平台入选国家级重点培育名单。", "3家", {"indicator": "中试平台"}),
    # a growth goal set at a number is a rate; a goal for a level stays a level
    ("今年，全市将地区生产总值增长目标设定在6%左右。", "6%", {"aspect": "rate", "kind": "target"}),
    ("全市生产总值目标定为5万亿元。", "5万亿元", {"aspect": "level", "kind": "target"}),
    # a percent right after an amount's goal is its growth; a percent of it is a share
    ("GDP预期目标5.5%左右。", "5.5%", {"aspect": "rate", "kind": "target"}),
    ("以30%的人口创造了近35%的生产总值。", "35%", {"aspect": "level"}),
    ("GDP的5%用于研发。", "5%", {"aspect": "level"}),
    # a clause that frames how a number was computed names no indicator
    (
        "居民人均可支配收入35128元，名义增长9.1%，扣除价格因素实际增长8.1%。",
        "8.1%",
        {"indicator": "居民人均可支配收入"},
    ),
    ("全年粮食产量68285万吨，增产2.0%。", "2.0%", {"aspect": "rate"}),
    # 展望 looks ahead to a vision year
    ("展望2035年，城乡居民人均可支配收入比2020年翻一番。", "翻一番", {"kind": "target", "time": "2035"}),
    # basis points are points: a fall in them is a change
    (
        "一年期贷款利率为3.1%，同比下降25个基点。",
        "25个基点",
        {"value": -25, "unit": "基点", "aspect": "change", "indicator": "贷款利率"},
    ),
    # 多增: more added than a year earlier, a change of the previous number's thing
    (
        "全年新增人民币贷款5000亿元，同比多增300亿元。",
        "300亿元",
        {"value": 3e10, "aspect": "change", "indicator": "人民币贷款"},
    ),
    # an award between the cap and the number names what is paid
    (
        "对购置新能源货车的，每辆最高补贴3万元。",
        "3万元",
        {"value": 30000, "qualifier": "le", "kind": "incentive", "indicator": "补贴"},
    ),
    (
        "小微企业贷款利率为4.1%，低于全省平均水平8个基点。",
        "8个基点",
        {"value": -8, "unit": "基点", "aspect": "change"},
    ),
    # 平均 between the words of a name qualifies the measure; 率 after a word is a noun
    ("一季度全市新发放住房贷款加权平均利率为3.05%。", "3.05%", {"indicator": "新发放住房贷款加权平均利率"}),
    ("重点企业关键工序数控化率达到68%。", "68%", {"indicator": "重点企业关键工序数控化率"}),
    # two verbs inside a name between its nouns
    ("新车辅助驾驶装配率超过60%。", "60%", {"qualifier": "gt", "indicator": "新车辅助驾驶装配率"}),
    # a threshold names what it classes after it; the count of that class takes the whole name
    ("全年新开工亿元以上项目35个。", "亿元", {"value": 1e8, "qualifier": "ge", "indicator": "项目"}),
    ("全年新开工亿元以上项目35个。", "35个", {"indicator": "亿元以上项目"}),
    # a note in brackets that defines the measure (与…之比) is no comparison
    ("全市R&D经费投入强度（与地区生产总值之比）为2.1%。", "2.1%", {"indicator": "R&D经费投入强度"}),
    # the count of a class a threshold defines names the threshold too
    ("全省R&D经费超过5亿元的企业有12家。", "12家", {"indicator": "R&D经费超过5亿元的企业"}),
    ("全市营业收入超百亿元企业8家。", "8家", {"indicator": "营业收入超百亿元企业"}),
    # 每小时 before a number frames a rate; 上年同期的 is a base
    ("码头作业效率由上年同期的每小时40箱提高到每小时45箱。", "45箱", {"indicator": "码头作业效率"}),
    # a conversion (按…汇率折算为) measures the number before it
    ("人均地区生产总值9.8万元，按年平均汇率折算为1.4万美元。", "1.4万美元", {"indicator": "人均地区生产总值"}),
    # single digits of a rate are per cent
    ("规上工业企业利润率降至个位数。", "个位数", {"value": 10, "unit": "%", "qualifier": "lt"}),
    # a frame before 的 names how, and what follows it what, is measured
    ("扣除食品和能源价格后的核心CPI上涨0.6%。", "0.6%", {"indicator": "核心CPI", "aspect": "rate"}),
    # a list whose last member runs into the shared measure
    (
        "衣着、居住、其他用品及服务价格分别上涨1.1%、0.4%、5.2%。",
        "0.4%",
        {"indicator": "居住", "aspect": "rate"},
    ),
    # a bound closed by 的 and a thing is a condition: it measures what is named before it
    ("对上年度出口额800万美元以上的企业给予支持。", "800万美元", {"kind": "incentive", "indicator": "年度出口额"}),
    ("对研发投入增长超过15%的企业，给予最高200万元奖补。", "15%", {"indicator": "研发投入", "aspect": "rate"}),
    ("给予园区运营主体最高300万元的一次性奖励。", "300万元", {"indicator": "一次性奖励"}),
    # a measure word the tables do not list keeps a bare 亿 from reading as money
    ("全市花卉产量7.2亿枝。", "7.2亿枝", {"value": 7.2e8, "unit": "枝", "indicator": "花卉产量"}),
    ("全年减排二氧化碳约30万吨二氧化碳当量。", "30万吨二氧化碳当量", {"unit": "吨二氧化碳当量", "qualifier": "approx"}),
    # grades alone (国家级, 省级) in a 分别 list measure the noun the last member shares
    ("国家级、省级众创空间分别达到12家、45家。", "12家", {"indicator": "众创空间"}),
    # a multiple of a year's figure is growth, with the qualifier before the base too
    ("全市新能源汽车保有量约为2020年的4倍。", "4倍", {"aspect": "rate", "qualifier": "approx"}),
    # the tiers an award is paid for are conditions of it, past a bound said to be included
    ("售价在15万元（含）以下的每台补贴2000元，15万元至30万元（含）的每台补贴4000元。", "15万元", {"kind": "incentive"}),
    (
        "售价在15万元（含）以下的每台补贴2000元，15万元至30万元（含）的每台补贴4000元。",
        "15万元至30万元",
        {"kind": "incentive"},
    ),
    # per what unit a price is given (每公斤) is no indicator; a name that opens with 每 is one
    ("猪肉平均价格为每公斤26.5元。", "26.5元", {"indicator": "猪肉平均价格"}),
    ("每万人口高价值发明专利拥有量达到12.6件。", "12.6件", {"indicator": "每万人口高价值发明专利拥有量"}),
    # a cue the tokenizer joined to the qualifier after it (低约) still decides the sign
    ("贷款利率比一般贷款低约0.5个百分点。", "0.5个百分点", {"value": -0.5, "aspect": "change"}),
    # the field of a ranking may follow the ranking word: 总量 then names the number before
    ("全市实际使用外资5.2亿美元，总量居全省开发区首位。", "首位", {"indicator": "实际使用外资"}),
    # a set phrase that ends with a verb (始终保持) is no noun
    ("城镇调查失业率始终保持在5.5%以内。", "5.5%", {"indicator": "城镇调查失业率"}),
    # 产能 is a measure, though jieba tags it a verb
    ("项目建成投产后，形成年产能8万吨。", "8万吨", {"indicator": "年产能"}),
    # zones alone in a 分别 list measure what the last member names after its zone
    ("高新区、经开区技术合同成交额分别为520亿元、310亿元。", "520亿元", {"indicator": "技术合同成交额"}),
    # grades alone with the noun after the list
    ("全区国家级、自治区级旅游休闲街区分别达到6个、21个。", "6个", {"indicator": "旅游休闲街区"}),
    # places named before 的 and a noun are what differs
    ("来自京津冀、长三角地区的游客分别增长12.6%和15.3%。", "12.6%", {"indicator": "京津冀"}),
    # a verb before a sum names it (签约总额), not the thing counted before
    ("全年新签约项目120个，签约总额560亿元。", "560亿元", {"indicator": "签约总额"}),
    # 要 right before a number means "it takes"; the head of a quoted name (“X”计划) cues nothing
    ("以前一条产线要60多名工人，现在只需要9个人。", "9个", {"kind": "actual"}),
    ("全市要新增城镇就业10万人。", "10万人", {"kind": "target"}),
    ("“英才汇”计划累计引进人才超20万人。", "20万人", {"kind": "actual"}),
]


@pytest.mark.parametrize(
    ("sentence", "indicator"),
    [
        ("每千人口拥有3岁以下婴幼儿托位数达到4.5个。", "每千人口拥有3岁以下婴幼儿托位数"),
        ("全市常住人口中，60岁及以上人口为300万人。", "60岁及以上人口"),
        ("16至59岁劳动年龄人口减少30万人。", "16至59岁劳动年龄人口"),
        ("65岁及以上人口占比为14.2%。", "65岁及以上人口占比"),
        ("地表水国控断面Ⅰ—Ⅲ类水质比例达98.7%。", "地表水国控断面Ⅰ—Ⅲ类水质比例"),  # a grade is part of it too
        ("城乡居民基本医疗保险参保率达93%。", "城乡居民基本医疗保险参保率"),
        ("县（市）生产总值增长5%。", "县（市）生产总值"),  # an aside keeps the word it qualifies
        ("细颗粒物（PM2.5）浓度下降5%。", "细颗粒物（PM2.5）浓度"),
        ("细颗粒物（PM2.5）平均浓度为28微克/立方米。", "细颗粒物（PM2.5）平均浓度"),  # a modifier after the aside
        ("集中式饮用水水源地水质优良比例为100%。", "集中式饮用水水源地水质优良比例"),  # a status word inside
    ],
)
def test_bounds_and_grades_stay_inside_the_indicator(nlp, sentence, indicator):
    (m,) = nlp(sentence)._.metrics
    assert m["indicator"]["text"] == indicator


def test_an_age_is_a_quantity_when_it_is_what_is_measured(nlp):
    (m,) = nlp("人均预期寿命提高到82.5岁。")._.metrics
    assert (m["text"], m["unit"], m["indicator"]["text"]) == ("82.5岁", "岁", "人均预期寿命")


def kinds_of(nlp, text):
    """Each metric's kind, by its text."""
    return {m["text"]: m["kind"] for m in nlp(text)._.metrics}


def same_indicator(gold: str, pred: str | None) -> bool:
    """The scorer's rule: nearly the same characters, or one holds the other within 10 characters."""
    if pred is None:
        return False
    common = sum((Counter(gold) & Counter(pred)).values())
    f1 = 2 * common / (len(gold) + len(pred))
    short, long_ = sorted((gold, pred), key=len)
    return f1 >= 0.8 or (short in long_ and len(long_) - len(short) <= 10)


@pytest.mark.parametrize(("sentence", "quote", "expected"), CASES)
def test_metric_record(nlp, sentence, quote, expected):
    doc = nlp(sentence)
    records = {m["text"]: m for m in doc._.metrics}
    assert quote in records, (sentence, list(records))
    m = records[quote]
    for field, want in expected.items():
        got = m[field]
        if field == "indicator" and want is None:
            assert got is None, (field, m)
            continue
        if field == "indicator":
            assert same_indicator(want, got and got["text"]), (field, m)
            continue
        if field == "time":
            got = got and got["value"]
        if isinstance(want, float | int) and got is not None and field == "value":
            assert got == pytest.approx(want), (field, m)
        else:
            assert got == want, (field, m)


def test_series_links_from_and_to(nlp):
    doc = nlp("企业从16家攀升至66家。")
    a, b = doc._.metrics
    assert a["series"] is not None and a["series"] == b["series"]


def test_no_indicator_gives_warning_not_error(nlp):
    doc = nlp("3家。")
    (m,) = doc._.metrics
    assert m["indicator"] is None and m["warnings"]


def test_items_announced_by_a_plan_paragraph_are_targets(nlp):
    text = (
        "今后五年全市发展的主要目标是：\n"
        "——经济实力迈上新台阶。地区生产总值突破3万亿元，研发投入强度保持在4%以上。\n"
        "——民生福祉达到新水平。新增学位10万个。\n"
        "过去五年，全市地区生产总值年均增长6.1%。\n"
    )
    kinds = kinds_of(nlp, text)
    assert kinds == {"3万亿元": "target", "4%": "target", "10万个": "target", "6.1%": "actual"}


def test_a_target_cue_holds_across_semicolons_of_one_sentence(nlp):
    text = (
        "报告提出，今年全市主要预期目标是：地区生产总值增长5.5%左右；固定资产投资增长8%；城镇调查失业率控制在5.5%以内。"
    )
    assert {m["kind"] for m in nlp(text)._.metrics} == {"target"}
    text = "去年全市地区生产总值增长5.2%；固定资产投资增长6%。"
    assert {m["kind"] for m in nlp(text)._.metrics} == {"actual"}


def test_a_review_heading_ends_an_unnumbered_plan_section(nlp):
    text = (
        "【2023年主要目标】\n地区生产总值增长5.5%左右，研发投入强度达到4.2%。\n"
        "【过去五年成绩】\n地区生产总值年均增长6.3%，达到2.1万亿元。\n"
    )
    kinds = kinds_of(nlp, text)
    assert kinds == {"5.5%": "target", "4.2%": "target", "6.3%": "actual", "2.1万亿元": "actual"}


def test_a_paragraph_that_looks_back_is_no_plan_even_in_a_plan_section(nlp):
    text = "2023年主要预期目标：\n地区生产总值增长5%左右\n过去一年，全市地区生产总值增长6.1%。\n"
    kinds = kinds_of(nlp, text)
    assert kinds == {"5%": "target", "6.1%": "actual"}


def test_items_ending_with_semicolons_after_an_announced_plan_are_targets(nlp):
    text = (
        "报告提出，今年全市经济社会发展的主要预期目标是：\n"
        "地区生产总值增长5%左右；\n规模以上工业增加值增长6%；\n城镇调查失业率控制在5.5%以内。\n"
        "去年全市地区生产总值增长5.8%。\n"
    )
    kinds = kinds_of(nlp, text)
    assert kinds == {"5%": "target", "6%": "target", "5.5%": "target", "5.8%": "actual"}


def test_a_heading_that_looks_ahead_opens_a_plan(nlp):
    text = "未来五年\n全市地区生产总值突破3万亿元。\n过去五年\n全市地区生产总值突破2万亿元。\n未来产业\n未来产业规模达到500亿元。\n"
    kinds = [(m["text"], m["kind"]) for m in nlp(text)._.metrics]
    assert kinds == [("3万亿元", "target"), ("2万亿元", "actual"), ("500亿元", "actual")]


def test_a_document_that_lays_down_rules_sets_targets_throughout(nlp):
    text = (
        "关于加快发展保障性租赁住房的实施意见（试行）\n"
        "一、主要目标\n“十四五”期间，全省新增保障性租赁住房120万套。\n"
        "二、基础制度\n保障性租赁住房建筑面积不超过70平方米，租金不高于市场租金的90%。\n"
        "截至2020年底，全省已筹集租赁住房10万套。\n"
    )
    kinds = kinds_of(nlp, text)
    # the rent cap is what the policy grants tenants: an incentive
    assert kinds == {"120万套": "target", "70平方米": "target", "90%": "incentive", "10万套": "actual"}
    news = "保障性租赁住房建设提速\n全省筹集保障性租赁住房12万套，租金为市场租金的85%。\n"
    assert {m["kind"] for m in nlp(news)._.metrics} == {"actual"}  # a headline names no such document


def test_a_granted_parameter_adjusted_is_an_incentive(nlp):
    text = "关于促进住房消费的若干措施\n三、多子女家庭申请住房公积金贷款的，可贷额度再上浮15%。\n"
    (m,) = nlp(text)._.metrics
    assert (m["aspect"], m["value"], m["kind"]) == ("rate", 15, "incentive")
    (m,) = nlp("租金在市场租金基础上下浮25%。")._.metrics
    assert (m["aspect"], m["value"]) == ("rate", -25)


def test_a_plan_reports_results_of_the_period_before_its_own(nlp):
    text = (
        "某市“十四五”发展规划（2021—2025年）\n"
        "“十三五”时期，全市地区生产总值年均增长7.2%。\n"
        "地区生产总值年均增长6%左右，新增学位1万个。\n"
    )
    kinds = kinds_of(nlp, text)
    assert kinds == {"7.2%": "actual", "6%": "target", "1万个": "target"}
    plan = "某市国民经济和社会发展第十四个五年规划纲要\n“十三五”时期，年均增长7.2%。\n年均增长6%左右。\n"
    assert [m["kind"] for m in nlp(plan)._.metrics] == ["actual", "target"]  # 第十四个五年 is 2021-2025


def test_a_plans_foundation_section_reports_results(nlp):
    text = (
        "某市科技创新规划（2026—2030年）\n一、发展基础\n（一）投入持续加大。研发经费投入强度达到4.2%。\n"
        "二、发展目标\n（一）投入稳步增长。研发经费投入强度达到5%。\n"
    )
    assert kinds_of(nlp, text) == {"4.2%": "actual", "5%": "target"}


def test_a_plans_situation_section_reports_where_things_stand(nlp):
    text = (
        "某省数字经济发展规划（2026—2030年）\n一、发展基础和形势\n（一）发展基础\n数字经济核心产业增加值达到2100亿元。\n"
        "（二）面临形势\n算力设施利用率仅为55%。\n二、发展目标\n算力设施利用率达到75%。\n"
    )
    assert kinds_of(nlp, text) == {"2100亿元": "actual", "55%": "actual", "75%": "target"}


def test_a_policys_paragraph_opening_with_a_period_since_reports_results(nlp):
    text = (
        "某市关于支持数字经济发展的若干措施\n“十三五”以来，全市数字经济核心产业增加值达到860亿元。\n"
        "一、主要目标\n到2028年，数字经济核心产业增加值达到1500亿元。\n"
    )
    assert kinds_of(nlp, text) == {"860亿元": "actual", "1500亿元": "target"}


def test_backing_a_place_sets_its_goal_rather_than_an_award(nlp):
    text = "二、2026年重点工作\n支持襄阳经济总量突破5500亿元，对新认定的国家级平台给予最高300万元奖励。\n"
    assert kinds_of(nlp, text) == {"5500亿元": "target", "300万元": "incentive"}


def test_a_report_titled_review_and_plan_reports_its_results(nlp):
    text = (
        "某县2024年乡村振兴工作总结及2025年工作计划\n一、2024年工作开展情况\n全县粮食总产量25.37万吨。\n"
        "二、2025年工作计划\n力争粮食总产量稳定在25万吨以上。\n"
    )
    assert kinds_of(nlp, text) == {"25.37万吨": "actual", "25万吨": "target"}


def test_a_headline_reporting_a_target_opens_no_plan_section(nlp):
    text = (
        "省人大会议开幕 政府工作报告提出今年经济增长预期目标5%左右\n"
        "报告指出，过去一年，全省地区生产总值增长5.3%。\n规模以上工业增加值增长6.9%。\n"
    )
    assert kinds_of(nlp, text) == {"5%": "target", "5.3%": "actual", "6.9%": "actual"}


def test_a_subtitle_reporting_a_target_opens_no_plan_section(nlp):
    text = (
        "某省氢能产业加速成长\n"
        "2025年产业规模达320亿元 新方案锚定2027年600亿元目标\n"
        "记者从新闻发布会上获悉，2025年，全省氢能产业规模达到320亿元，同比增长24.5%。\n"
    )
    kinds = kinds_of(nlp, text)
    assert kinds["24.5%"] == "actual"


def test_a_marked_heading_opens_a_section(nlp):
    text = "某省政府工作报告解读\n■2025年：稳中有进\n地区生产总值增长5.3%。\n■重点任务：深入实施六大行动\n新增学位3万个。\n"
    assert kinds_of(nlp, text) == {"5.3%": "actual", "3万个": "target"}


def test_a_goal_reported_by_its_completion_rate_is_met(nlp):
    kinds = kinds_of(nlp, "城镇新增就业23.6万人，目标完成率超九成；城镇调查失业率为4.9%。")
    assert kinds == {"23.6万人": "actual", "九成": "actual", "4.9%": "actual"}


def test_a_heading_that_reports_goals_met_looks_back(nlp):
    text = "一、“十四五”目标任务圆满完成\n全省地区生产总值年均增长5.8%。\n二、全力冲刺完成全年目标任务\n营业收入增长5%左右。\n"
    assert kinds_of(nlp, text) == {"5.8%": "actual", "5%": "target"}


def test_a_quoted_paragraph_may_look_back(nlp):
    text = "某部门发布会\n二、2026年重点工作\n“过去一年，全国规模以上工业增加值增长5.9%。”\n"
    assert kinds_of(nlp, text) == {"5.9%": "actual"}


def test_where_a_plan_starts_from_is_actual(nlp):
    text = "某省数字经济行动方案\n二、主要目标\n到2027年，核心产业增加值占比由2024年的8.6%提高到11%左右。\n"
    assert kinds_of(nlp, text) == {"8.6%": "actual", "11%": "target"}


def test_a_series_links_when_its_end_carries_a_qualifier_after_it(nlp):
    found = nlp("跨境电商进出口额从2025年的420亿元提高到2030年的1000亿元以上。")._.metrics
    assert [m["series"] for m in found] == [1, 1]


def test_background_and_status_sentences_in_rules_report_results(nlp):
    text = (
        "某市关于加快集聚人才的若干措施\n一、总体要求\n近年来，全市人才资源总量达到168万人。\n"
        "到2027年，人才资源总量突破200万人。截至2024年底，已建成博士后工作站86个。\n"
    )
    assert kinds_of(nlp, text) == {"168万人": "actual", "200万人": "target", "86个": "actual"}
    # the same when a background sentence follows the opening one in its paragraph
    text = "某市关于加快集聚人才的若干措施\n人才是第一资源。近年来，全市人才资源总量达到168万人；博士后工作站86个。\n"
    assert kinds_of(nlp, text) == {"168万人": "actual", "86个": "actual"}  # up to the sentence's 。


def test_an_award_after_the_rate_it_is_paid_at(nlp):
    (m,) = nlp("对新建项目，按每平方米200元的标准给予补贴。")._.metrics
    assert m["kind"] == "incentive"


@pytest.mark.parametrize(
    ("sentence", "quantity", "award"),
    [
        ("按其上年度本地配套采购额的1%给予奖励，最高不超过300万元。", "1%", "奖励"),  # not 采购额
        ("按其上年度本地配套采购额的1%给予奖励，最高不超过300万元。", "300万元", "奖励"),
        ("对技术改造项目给予补助，单个项目最高不超过1000万元。", "1000万元", "补助"),  # not 单个项目
        ("按保费的50%给予补贴，每家企业每年最高10万元。", "10万元", "补贴"),  # not 企业
        ("分别给予最高300万元、200万元、100万元安家补贴。", "300万元", "安家补贴"),  # named after the list
        ("分别按每人50万元、20万元、10万元给予引才奖励。", "50万元", "奖励"),
        ("对婴幼儿按每孩每年3600元的标准发放育儿补贴。", "3600元", "育儿补贴"),
        ("对农户按照每亩105元左右的标准发放耕地地力保护补贴。", "105元", "耕地地力保护补贴"),  # a long award
        ("对贷款实施财政贴息，年贴息比例为1个百分点。", "1个百分点", "年贴息比例"),
    ],
)
def test_an_incentive_measures_its_award(nlp, sentence, quantity, award):
    (m,) = [m for m in nlp(sentence)._.metrics if m["text"] == quantity]
    assert m["kind"] == "incentive"
    assert m["indicator"]["text"] == award


def test_a_list_whose_numbers_close_with_a_qualifier_stays_one_list(nlp):
    text = "化学需氧量、氨氮、氮氧化物、挥发性有机物排放总量分别下降8%、8%、10%以上、10%以上。"
    found = [(m["value"], m["qualifier"], m["aspect"], m["indicator"]["text"]) for m in nlp(text)._.metrics]
    assert found == [
        (-8.0, "eq", "rate", "化学需氧量"),
        (-8.0, "eq", "rate", "氨氮"),
        (-10.0, "ge", "rate", "氮氧化物"),
        (-10.0, "ge", "rate", "挥发性有机物排放总量"),
    ]


def test_a_headline_names_what_amounts_measure_when_their_sentence_names_nothing(nlp):
    text = "GDP晋级4万亿，安徽还要等\n2021年，安徽突破4万亿元，位居全国第11位。\n新增企业3万家。\n"
    found = {m["text"]: m["indicator"] and m["indicator"]["text"] for m in nlp(text)._.metrics}
    assert found["4万亿元"] == "GDP" and found["第11位"] == "GDP"
    assert found["3万家"] == "企业"  # a sentence that names its own thing keeps it
    (m,) = [m for m in nlp("安徽突破4万亿元。")._.metrics]
    assert m["indicator"] is None  # no headline, nothing named


def test_a_report_on_a_work_report_plans_for_this_year(nlp):
    text = "深圳发布政府工作报告\n今年，深圳新增学位10万个。\n去年，深圳新增就业15万人。\n今年以来已完成投资500亿元。\n"
    kinds = kinds_of(nlp, text)
    assert kinds == {"10万个": "target", "15万人": "actual", "500亿元": "actual"}
    assert nlp("今年，深圳新增学位10万个。")._.metrics[0]["kind"] == "actual"  # no work report: no plan


def test_indicators_on_the_bundled_corpus_hold_their_brackets_and_quotes_in_pairs(nlp, corpus_files):
    pairs = ("“”", "（）", "()")
    for path in corpus_files:
        for m in nlp(path.read_text(encoding="utf-8"))._.metrics:
            name = (m["indicator"] or {}).get("text") or ""
            assert all(name.count(a) == name.count(b) for a, b in pairs), (path.name, m["text"], name)
            assert not name.startswith(("）", ")", "，", "、")), (path.name, m["text"], name)


def test_a_firm_target_cue_holds_in_a_review_section(nlp):
    text = (
        "某市金融运行情况\n一、信贷投放成效明显\n全年争取专项资金12亿元。\n"
        "“全市信贷投放平稳。”行长表示，明年将聚焦重点领域，引导金融机构力争全年新增贷款不低于800亿元。\n"
    )
    assert kinds_of(nlp, text) == {"12亿元": "actual", "800亿元": "target"}


def test_money_allotted_is_an_incentive_outside_a_review(nlp):
    assert kinds_of(nlp, "市财政每年安排不低于3亿元专项资金，支持企业技术改造。") == {"3亿元": "incentive"}
    review = "某市政府工作报告\n一、2025年工作回顾\n全年安排财政资金12亿元，保障重大项目建设。\n"
    assert kinds_of(nlp, review) == {"12亿元": "actual"}


def test_what_a_fund_has_done_is_actual(nlp):
    kinds = kinds_of(nlp, "园区设立总规模20亿元的科创基金，已累计投资项目30个、投资金额5.2亿元。")
    assert kinds == {"20亿元": "incentive", "30个": "actual", "5.2亿元": "actual"}


def test_a_short_note_in_brackets_does_not_end_the_condition_of_an_award(nlp):
    text = "对企业当年设备（含软件，下同）购置额300万元以上的技改项目，按购置额的8%给予补助。"
    assert kinds_of(nlp, text)["300万元"] == "incentive"


def test_a_heading_that_reports_results_beat_expectations_looks_back(nlp):
    text = "某省政府工作报告发布\n一、2025年主要指标好于预期\n全省生产总值增长5.6%。\n二、今年主要预期目标\n全省生产总值增长5%左右。\n"
    assert kinds_of(nlp, text) == {"5.6%": "actual", "5%": "target"}


def test_the_nth_largest_ranks_what_follows(nlp):
    (m,) = nlp("东盟继续保持我市第一大贸易伙伴地位。")._.metrics
    assert (m["value"], m["unit"]) == (1, "rank") and m["indicator"]["text"].startswith("贸易伙伴")
    (m,) = nlp("国际专利申请跃居第二大来源国。")._.metrics
    assert m["indicator"]["text"] == "国际专利申请"


def test_a_paragraph_opening_with_a_base_year_in_a_plan_states_where_things_stand(nlp):
    text = (
        "某省关于促进民营经济发展的若干措施\n一、总体目标\n"
        "2024年，全省民营经济增加值达到2.1万亿元，比上年增长6%。\n"
        "力争到2027年，全省民营经济增加值占地区生产总值比重达到56%左右。\n"
    )
    assert kinds_of(nlp, text) == {"2.1万亿元": "actual", "6%": "actual", "56%": "target"}


def test_a_goal_that_is_the_base_of_a_comparison_sets_no_target(nlp):
    kinds = kinds_of(nlp, "1-2月，全市工业投资同比增长7.1%，比全年预期目标高0.5个百分点。")
    assert kinds == {"7.1%": "actual", "0.5个百分点": "actual"}
    assert kinds_of(nlp, "力争比上年增长5%。") == {"5%": "target"}


def test_a_year_before_the_plan_sections_year_states_a_base(nlp):
    text = (
        "工信部发布会举行\n五、2026年将实施“四大工程”\n"
        "今年将培育专精特新中小企业2万家。\n"
        "发言人介绍，2025年专精特新中小企业贷款余额达到4.2万亿元，同比增长12.6%。\n"
    )
    assert kinds_of(nlp, text) == {"2万家": "target", "4.2万亿元": "actual", "12.6%": "actual"}


def test_jiang_after_yi_marks_the_object_not_the_future(nlp):
    assert kinds_of(nlp, "全省已将86种珍稀植物列为重点保护对象。") == {"86种": "actual"}
    assert kinds_of(nlp, "全省将新增高新技术企业500家。") == {"500家": "target"}


def test_an_award_rate_raised_is_an_incentive(nlp):
    kinds = kinds_of(nlp, "将出口信用保险保费补助比例从50%提高到60%。")
    assert kinds == {"50%": "incentive", "60%": "incentive"}
    assert kinds_of(nlp, "对参加重点展会的，补助比例提高至80%。") == {"80%": "incentive"}


def test_work_progress_looks_back_and_work_intentions_look_ahead(nlp):
    text = (
        "某县乡村振兴工作情况报告\n一、2025年工作进展\n全县新建高标准农田3万亩。\n"
        "三、2026年工作打算\n新建高标准农田4万亩。\n"
    )
    assert kinds_of(nlp, text) == {"3万亩": "actual", "4万亩": "target"}


def test_a_plan_s_own_heading_of_its_base_and_a_past_period_look_back(nlp):
    text = (
        "某市城市更新三年行动方案（2026—2028年）\n一、总体要求\n"
        "（一）工作基础。“十四五”期间，全市改造老旧小区1800个；新建口袋公园300个。城市体检评价居全国第5位。\n"
        "（二）主要目标。到2028年，改造老旧小区1000个。\n"
    )
    assert kinds_of(nlp, text) == {"1800个": "actual", "300个": "actual", "第5位": "actual", "1000个": "target"}


def test_a_work_report_plans_for_the_year_its_title_names(nlp):
    text = "某县2026年政府工作报告\n坚持政府过紧日子，2026年一般性支出压减4%以上。\n2025年，全县一般性支出压减8%。\n"
    assert kinds_of(nlp, text) == {"4%": "target", "8%": "actual"}


def test_the_price_of_land_a_policy_grants_is_an_incentive(nlp):
    text = "关于支持先进制造业发展的若干措施\n（五）重点项目工业用地出让底价，可按不低于当地工业用地出让最低价标准的75%确定。\n"
    assert kinds_of(nlp, text) == {"75%": "incentive"}


def test_a_floor_written_as_a_requirement_is_a_target(nlp):
    assert kinds_of(nlp, "各地每年认定的示范项目不少于40项。") == {"40项": "target"}
    review = "某市政府工作报告\n一、2025年工作总结回顾\n全年认定示范项目不少于40项。\n"
    assert kinds_of(nlp, review) == {"40项": "actual"}


def test_a_cap_in_money_per_unit_granted_is_an_incentive(nlp):
    assert kinds_of(nlp, "大豆种植保险扩面提标，每亩保险金额最高800元。") == {"800元": "incentive"}
    assert kinds_of(nlp, "大豆种植保险扩面提标，每亩保险金额800元。") == {"800元": "actual"}


def test_a_fund_named_before_its_size_is_named_whole(nlp):
    doc = nlp("设立县级新材料产业基金，总规模8亿元。")
    assert [(m["indicator"]["text"], m["kind"]) for m in doc._.metrics] == [("县级新材料产业基金", "incentive")]


def test_what_a_project_can_reach_is_expected_and_what_was_achieved_is_actual(nlp):
    assert kinds_of(nlp, "据测算，该基地投运后年营业收入可达36亿元。") == {"36亿元": "target"}
    assert kinds_of(nlp, "统计公报显示，全年增长目标为6%左右，前三季度实际增长6.4%。") == {
        "6%": "target",
        "6.4%": "actual",
    }
