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
        "2023年全市有效商标注册量同比增长超过18%。",
        "18%",
        {"value": 18, "qualifier": "gt", "aspect": "rate", "time": "2023", "indicator": "有效商标注册量"},
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
    ("全县规模以上工业企业营收年均增长9.4%。", "9.4%", {"aspect": "rate", "indicator": "规模以上工业企业营收"}),
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
        "浙江软件业务收入连续4年稳居全国前列，2022年居全国第3位。",
        "第3位",
        {"indicator": "软件业务收入"},
    ),
    ("今年前三季度，成都的GDP总量与武汉差距不大，增速与武汉相同，均为8.1%。", "8.1%", {"indicator": "增速"}),
    # 高出 names the base of a comparison; a contribution (拉动…增长) is measured, not handed on
    (
        "上半年全市外资企业进口同比增长12%，高出全市外贸平均增速4个百分点，拉动进口增长3.6个百分点。",
        "4个百分点",
        {"aspect": "change", "indicator": "外资企业进口"},
    ),
    (
        "上半年全市外资企业进口同比增长12%，高出全市外贸平均增速4个百分点，拉动进口增长3.6个百分点。",
        "3.6个百分点",
        {"aspect": "level", "indicator": "拉动进口增长"},
    ),
    ("钢材出口下降9%，拉低全省出口增速1.4个百分点。", "1.4个百分点", {"aspect": "level", "value": -1.4}),  # a pull down
    ("把全县财政收入增长预期目标定为4%左右。", "4%", {"aspect": "rate", "kind": "target"}),  # 预期|目标, 定|在
    # how a growth was computed (按不变价格计算, one word for the lexicon) names nothing
    ("全区增加值为287亿元，而按不变价格计算较上年增长5.3%。", "5.3%", {"indicator": "增加值"}),
    # a share after a rank is a level, whatever the rank measured
    ("2024年，甲市工业投资增速居五市第3位，占全省的21.5%。", "21.5%", {"aspect": "level"}),
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
    ("去年全县GDP增长7.1%。今后五年，全县经济总量年均增长6.3%，森林覆盖率提高到47.6%。", "47.6%", {"kind": "target"}),
    ("去年全县GDP增长7.1%。今后五年，全县经济总量年均增长6.3%，森林覆盖率提高到47.6%。", "7.1%", {"kind": "actual"}),
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
    ("蚌埠GDP为2150亿元，仅为芜湖的41%。", "41%", {"indicator": "GDP"}),
    # a short aside in brackets inside a name; a clause-opening change governs a noun phrase with its verb
    ("到2027年，全市细颗粒物（PM2.5）浓度下降8%。", "8%", {"indicator": "细颗粒物（PM2.5）浓度", "value": -8}),
    ("每年可减少二氧化碳排放1.3亿吨。", "1.3亿吨", {"aspect": "change", "value": -1.3e8}),
    # a reward word after the number, or closing a longer word, in a capped or 按 clause
    ("企业技术开发费按当年实际发生额的120%在税前加计扣除。", "120%", {"kind": "incentive", "indicator": "加计扣除"}),
    ("对符合条件的项目，贷款贴息比例不超过贷款利率的50%。", "50%", {"kind": "incentive", "qualifier": "le"}),
    # shares listed with their wholes after 的; a yearly average speed is a rate
    ("集聚全省近25%的人口、近32%的财政收入和近45%的进出口总额。", "45%", {"indicator": "进出口总额"}),
    ("全市GDP以年均5%的速度增长。", "5%", {"aspect": "rate"}),
    ("农产品网络零售额实现两位数增长。", "两位数", {"qualifier": "ge", "value": 10, "aspect": "rate"}),
    ("新增境内上市公司31家、占全国增量的1/5。", "1/5", {"aspect": "level", "value": 20}),  # a share is a level
    ("新增专精特新企业80家、总数突破600家。", "600家", {"aspect": "level", "qualifier": "gt"}),  # so is a total
    ("新增专精特新企业80家、总数突破600家。", "80家", {"aspect": "change"}),
    (
        "大城市新增租赁住房占新增住房供应总量的比例力争达到25%以上。",
        "25%",
        {"qualifier": "ge", "kind": "target", "indicator": "新增租赁住房占新增住房供应总量的比例"},
    ),
    ("租金原则上不高于市场租金的90%，年租金涨幅不超过5%。", "5%", {"kind": "target"}),  # 原则上 holds for the sentence
    ("从增速看，武汉增长12.2%，居十城之首；成都增长8.6%。", "8.6%", {"indicator": "增速"}),  # ； ends no sentence
    ("GDP前十的城市中，上海以43214亿元居首。", "43214亿元", {"indicator": "GDP"}),  # a rank ends the subject
    ("物流业对全县经济增长的贡献率为21.7%。", "21.7%", {"indicator": "物流业对全县经济增长的贡献率"}),
    ("电子信息制造业产值增长13.6%，快于规上工业5.9个百分点。", "5.9个百分点", {"indicator": "电子信息制造业产值"}),
    # a growth rate given roughly is a goal; a level given roughly may be a result
    ("全县生产总值增长7.5%左右。", "7.5%", {"aspect": "rate", "kind": "target"}),
    ("全市常住人口1200万人左右。", "1200万人", {"kind": "actual"}),
    ("全县税收收入完成48亿元，增长3%左右。", "3%", {"kind": "actual"}),  # a result given roughly
    # a magnitude that opens a class label belongs to what is counted
    ("全国已有26座万亿GDP城市。", "26座", {"indicator": "万亿GDP城市"}),
    # a unit in brackets is no part of a name; 县（市、区） is
    ("全省县（市、区）生产总值增长5%。", "5%", {"indicator": "县（市、区）生产总值"}),
    (
        "各县固定资产投资（亿元）增速均超过7%。",
        "7%",
        {"qualifier": "gt", "aspect": "rate", "indicator": "固定资产投资（亿元）增速"},
    ),
    # each item of a list of "thing + amount" names its own thing
    ("新开工改造老旧厂区150个、棚户区1.8万户。", "1.8万户", {"indicator": "棚户区"}),
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
        "到2028年，全县文化产业增加值力争达到260亿元。",
        "260亿元",
        {"kind": "target", "time": "2028", "value": 2.6e10},
    ),
    ("“十五五”期间，全县力争新增科技型中小企业1500家。", "1500家", {"kind": "target", "time": "2026-2030"}),
    ("对新认定的机构给予最高80万元奖励。", "80万元", {"kind": "incentive", "qualifier": "le"}),
    ("市财政统筹资金发放消费券8000万元。", "8000万元", {"kind": "incentive"}),  # vouchers are handed out
    ("市财政安排3亿元专项资金支持企业技术改造。", "3亿元", {"kind": "incentive", "indicator": "专项资金"}),
    ("打造3个千亿级、8个百亿级先进制造业集群。", "3个", {"indicator": "千亿级"}),  # the grade alone names it
    ("全省建成6个“一线口岸”。", "6个", {"indicator": "“一线口岸”"}),  # a quoted name is whole
    ("对引进总投资超过10亿元制造业项目的机构，给予奖励。", "10亿元", {"indicator": "总投资"}),  # a class's bound
    ("7个“智慧口岸”监管设施全部建成投用。", "7个", {"indicator": "“智慧口岸”监管设施"}),
    ("2024年，全县重点项目年度计划投资96.4亿元，已完成年度计划的93.7%。", "96.4亿元", {"kind": "target"}),
    ("2024年，全县重点项目年度计划投资96.4亿元，已完成年度计划的93.7%。", "93.7%", {"kind": "actual"}),
    ("目前全县已有4家中试平台。", "4家", {"kind": "actual", "indicator": "中试平台"}),
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
    # time: comparison base is not the time; 1-10月 of a stated year
    ("2022年1-10月，规上工业企业利润总额同比增长21.4%。", "21.4%", {"time": "2022", "aspect": "rate"}),
    ("2022年江西GDP达到32074.7亿元，同比增长6.2%。", "6.2%", {"time": "2022", "aspect": "rate"}),
    # 分别: the i-th member of the list before it goes to the i-th number, also in a later clause
    ("其中，钢材、塑料、纺织品分别出口120亿元、80亿元和45亿元，分别增长8%、5%和3%。", "80亿元", {"indicator": "塑料"}),
    ("其中，钢材、塑料、纺织品分别出口120亿元、80亿元和45亿元，分别增长8%、5%和3%。", "3%", {"indicator": "纺织品"}),
    # a difference from a reference named between the comparison and the number takes its sign
    ("增速低于全市均值0.6个百分点。", "0.6个百分点", {"aspect": "change", "value": -0.6}),
    ("增速高于全市均值0.6个百分点。", "0.6个百分点", {"aspect": "change", "value": 0.6}),
    # the field of a ranking is no indicator; the ranked measure comes from before
    ("全市互联网普及率达到87.3%，居中部省会城市第4位。", "第4位", {"indicator": "互联网普及率"}),
    # a category noun ending 类 names what is measured; kinds listed before 类 only qualify it
    ("家具类零售额下降7.4%。", "7.4%", {"indicator": "家具类零售额"}),
    ("铁矿石、粮食和化工类大宗原料进口963.4亿元。", "963.4亿元", {"indicator": "大宗原料进口"}),
    # a note in brackets after the measure is not the measure
    ("全县工业投资（不含电力）增长4.3%。", "4.3%", {"indicator": "工业投资"}),
    ("县（市）生产总值增长6%。", "6%", {"indicator": "县（市）生产总值"}),
    ("对租用孵化器场地的，前两年按60%给予租金减免。", "60%", {"kind": "incentive", "indicator": "减免"}),
    # 人均/日均 and a comparable basis (按可比口径) name no indicator; the sentence's subject does
    ("全员劳动生产率人均31.6万元，同比提高5.7%。", "31.6万元", {"indicator": "全员劳动生产率"}),
    ("全县接待游客860万人次，按可比口径比上年增长7.3%。", "7.3%", {"indicator": "接待游客"}),
    ("全县规上工业营业收入增长8.8%，居西部地区第3位。", "第3位", {"indicator": "规上工业营业收入"}),
    ("37个行业大类中有24个利润增加，增长面为64.9%。", "64.9%", {"indicator": "增长面", "aspect": "level"}),
    # a fall's or rise's width measures the number before it
    ("民间投资下降3.7%，降幅比1-5月收窄1.6个百分点。", "1.6个百分点", {"indicator": "民间投资"}),
    # 和/及 inside a member when splitting at them too would give more members than numbers
    (
        "智能家电、光伏和储能、航空航天产业分别增长21.5%、11.2%和6.4%。",
        "11.2%",
        {"indicator": "光伏和储能"},
    ),
    ("水果、禽蛋及奶类、水产品产量分别增长4.1%、1.9%和3.3%。", "1.9%", {"indicator": "禽蛋及奶类"}),
    (
        "专用设备制造业、化学原料制造业产值增速分别为10.8%和7.6%，近两年平均增速分别为5.1%和3.9%。",
        "7.6%",
        {"indicator": "化学原料制造业", "aspect": "rate"},
    ),
    (
        "专用设备制造业、化学原料制造业产值增速分别为10.8%和7.6%，近两年平均增速分别为5.1%和3.9%。",
        "5.1%",
        {"indicator": "专用设备制造业"},
    ),
    # kind: 未来N年 and 提出 state targets; an estimate (预计) opening a paragraph does not make it a plan
    ("未来五年，全县旅游总收入年均增长12%。", "12%", {"kind": "target"}),
    ("规划提出，全县科技型中小企业数量达到600家。", "600家", {"kind": "target"}),
    ("预计全省生产总值增长5%。全省新增高新技术企业800家。", "800家", {"kind": "actual"}),
    ("主要目标：全省生产总值增长5%。全省新增高新技术企业800家。", "800家", {"kind": "target"}),
    # a target's own year in its clause wins over an earlier target year in the sentence
    ("规划提出，到2024年普及率达35%以上，2026年普及率达50%以上。", "50%", {"kind": "target", "time": "2026"}),
    # a contribution to growth is a level, not a change
    ("外资企业拉动进口增长2.4个百分点。", "2.4个百分点", {"unit": "pp", "aspect": "level"}),
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
    ("组建总规模35亿元的县域产业引导基金。", "35亿元", {"kind": "incentive", "unit": "CNY"}),
    ("全年实现营业收入200亿元。", "200亿元", {"kind": "actual"}),
    # a bare amount in 亿 is money; a unit never ends inside a lexicon term (天使母基金 is no 天)
    ("广深冲击3万亿门槛。", "3万亿", {"unit": "CNY", "value": 3e12, "qualifier": "gt"}),
    ("区里牵头发起了30亿天使母基金。", "30亿", {"unit": "CNY", "kind": "incentive"}),
    ("在北交所上市的企业将得到奖励600万元。", "600万元", {"kind": "incentive"}),
    # what is ranked, not the ranking verb; a generic measure noun takes its owner across 的
    ("创业板上市企业的数量排名前五。", "前五", {"unit": "rank", "indicator": "创业板上市企业的数量"}),
    ("某县设立科技成果转化基金，首期规模20亿元。", "20亿元", {"kind": "incentive"}),
    ("对技改项目贷款由省级财政贴息1.5个百分点。", "1.5个百分点", {"kind": "incentive"}),
    ("发放养老服务补贴42.6万人次。", "42.6万人次", {"kind": "actual"}),  # counts people, not money paid
    ("按设备购置额的15%实行以奖代补，单项最高不超过80万元。", "80万元", {"kind": "incentive"}),
    ("对研发费用增长超过25%的企业，给予最高75万元奖补。", "25%", {"kind": "incentive"}),  # its condition
    ("对规模以上工业企业增长8%的情况进行通报。", "8%", {"kind": "actual"}),  # no award follows
    ("县级引导基金规模达到15亿元，吸引社会资本超过60亿元。", "15亿元", {"kind": "actual"}),  # no one sets it up
    ("首期规模45亿元的科创基金签约落地。", "45亿元", {"kind": "actual"}),
    ("兑现家电以旧换新补贴8.7亿元。", "8.7亿元", {"kind": "actual"}),
    # a multiple of an earlier year's value is growth; of another group's, a level
    ("专利转让许可金额达到56亿元，是2019年的3倍。", "3倍", {"aspect": "rate", "time": None}),
    ("投资总量是“十二五”时期的2.3倍。", "2.3倍", {"aspect": "rate"}),
    ("城镇居民人均存款余额是农村居民的2.47倍。", "2.47倍", {"aspect": "level"}),
    ("网上订单量增至上年同期的2.6倍。", "2.6倍", {"aspect": "rate"}),
    ("将全县经济总量增长目标定在6.5%左右。", "6.5%", {"aspect": "rate", "kind": "target"}),
    ("办证周期平均缩短40%以上。", "40%", {"aspect": "rate", "value": -40.0, "qualifier": "ge"}),
    # 未来 in a headline does not make its section a plan
    ("未来角逐更激烈\n合肥的排名从全国第80位提升至第19位。", "第19位", {"kind": "actual"}),
    # the heading of a work-plan section makes its quantities targets; a review heading does not
    ("一、2023年工作回顾\n新增数字化车间35家。\n二、2024年重点工作\n新增数字化车间50家。", "35家", {"kind": "actual"}),
    ("一、2023年工作回顾\n新增数字化车间35家。\n二、2024年重点工作\n新增数字化车间50家。", "50家", {"kind": "target"}),
    ("全县宽带用户净增4.6万户，商品零售价格涨幅1.8%。", "4.6万户", {"aspect": "change"}),
    ("全县宽带用户净增4.6万户，商品零售价格涨幅1.8%。", "1.8%", {"aspect": "rate"}),
    # the change opens the clause and a noun phrase stands between it and the number
    ("新增境外上市企业7家。", "7家", {"aspect": "change", "value": 7}),
    ("压减煤炭消费量86万吨。", "86万吨", {"aspect": "change", "value": -8.6e5}),
    ("降低单位GDP能耗13.5%。", "13.5%", {"aspect": "rate", "value": -13.5}),
    ("城镇新增就业3.46万人。", "3.46万人", {"aspect": "level"}),
    ("全年实现27.3%的增长。", "27.3%", {"aspect": "rate"}),
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
    ("2022年营业收入3.45亿元，同比2021年的2.71亿增长了27.31%。", "2.71亿", {"time": "2021"}),
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
    ("谋划各行业140个共建重点项目。", "140个", {"indicator": "共建重点项目"}),
    # subsections （一） stay inside the plan section opened by 三、…重点工作
    (
        "三、2024年重点工作\n（一）扩大内需\n培育数字化车间50家。\n四、附则\n去年培育数字化车间35家。",
        "50家",
        {"kind": "target"},
    ),
    (
        "三、2024年重点工作\n（一）扩大内需\n培育数字化车间50家。\n四、附则\n去年培育数字化车间35家。",
        "35家",
        {"kind": "actual"},
    ),
    # 引才 is one word, so 按 still leads the award's base (按引才服务费的30%给予补贴)
    ("对猎头企业，按引才服务费的30%给予补贴。", "30%", {"kind": "incentive"}),
    # a plan heading inside a plan section (重点做好五个方面工作：) keeps it open past its subheadings
    (
        "三、2024年工作安排\n重点做好五个方面工作：\n（一）扩大内需\n新增数字化车间50家。",
        "50家",
        {"kind": "target"},
    ),
    # a news report's numbered heading of tasks (三、重点抓好九个方面工作) opens a plan section
    ("报告全文\n三、重点抓好九个方面工作\n在扩大投资方面，实施市重点建设项目280个以上。", "280个", {"kind": "target"}),
    # in a review section, sentence-wide cues (争取, 计划 in a programme name) set no target;
    # the review ends at the next heading of its depth
    (
        "一、2023年工作回顾\n（一）扩大投资\n争取上级补助资金41亿元、专项债券73亿元。\n二、2024年工作\n争取上级补助资金45亿元、专项债券80亿元。",
        "73亿元",
        {"kind": "actual"},
    ),
    (
        "一、2023年工作回顾\n（一）扩大投资\n争取上级补助资金41亿元、专项债券73亿元。\n二、2024年工作\n争取上级补助资金45亿元、专项债券80亿元。",
        "80亿元",
        {"kind": "target"},
    ),
    ("一、五年发展成就\n新入选省级人才培养计划青年拔尖人才126名。", "126名", {"kind": "actual"}),
    ("五年来，我们积极争取上级补助资金164亿元。", "164亿元", {"kind": "actual"}),
    # a clause-opening change verb governs every member of a 、 list; 其中 shares the change
    ("新增省级技术创新示范企业18家、创新型中小企业236家。", "236家", {"aspect": "change", "value": 236}),
    ("新增电力装机2600万千瓦，其中光伏装机1500万千瓦。", "1500万千瓦", {"aspect": "change"}),
    ("电力装机达2600万千瓦，其中光伏装机1500万千瓦。", "1500万千瓦", {"aspect": "level"}),
    ("全年人口出生率为6.42‰。", "6.42‰", {"aspect": "level", "indicator": "人口出生率"}),  # a rate named
    ("对农户经营性借款给予利息补贴，贴息比例为实际执行利率的40%。", "40%", {"kind": "incentive"}),  # the award's rate
    ("县级财政按年化担保额的1%给予担保费补贴。", "1%", {"kind": "incentive"}),  # 年化 is one word
    ("对子基金，区级出资的让利比例最高可达40%。", "40%", {"kind": "incentive"}),  # a concession is an award
    ("数字创意产业规模达到540亿元，增长18%左右。", "18%", {"kind": "actual"}),  # a result's growth, roughly
    # a comparison's base year (比2026年) does not date a plan's goal before the plan
    (
        "某市算力基础设施行动计划（2027—2029年）\n数据中心绿电占比提高到65%以上，单位算力电耗比2026年下降15%。",
        "15%",
        {"kind": "target"},
    ),
    # a rank on a published ranking that only places stand before measures the ranking
    ("在2023年度全省县域营商环境评价中，德清位列第3位。", "第3位", {"indicator": "全省县域营商环境评价"}),
    (
        "人才净流入规模居全省第2位，在全国城市营商环境评价中列第9名。",
        "第9名",
        {"indicator": "全国城市营商环境评价"},
    ),
    ("人才净流入规模居全省第2位，在全国城市营商环境评价中列第9名。", "第2位", {"indicator": "人才净流入规模"}),
    (
        "在全省乡镇卫生院服务能力评价中，该市获评甲等的卫生院数量达到23家，居全省第4位。",
        "第4位",
        {"indicator": "卫生院数量"},
    ),
    ("安全生产工作在省应急管理厅年度考核中居全省第3位。", "第3位", {"indicator": "安全生产工作"}),
    ("市、县两级统筹安排文旅专项资金不少于3.5亿元。", "3.5亿元", {"kind": "incentive"}),  # money allotted
    ("对年营业额首次超过8亿元的特色街区，奖励30万元。", "8亿元", {"kind": "incentive"}),  # the award's condition
    # a condition closed by 的 at a clause's end: the award is the next clause
    ("单台售价不超过4500元的，按成交价的20%给予补贴。", "4500元", {"kind": "incentive"}),
    # in a policy's own text a condition needs no 对
    ("关于支持农业的若干措施\n新建连片12亩以上的钢架温室，每亩补助4000元。", "12亩", {"kind": "incentive"}),
    (
        "关于提振消费的若干措施\n增量在800万元至3000万元（不含）的，奖励8万元。",
        "800万元至3000万元",
        {"kind": "incentive"},
    ),
    # public money a policy provides is an incentive; the budget's own measures are not
    (
        "关于支持油菜生产的若干措施\n新建项目亩均财政补助不低于1500元，其中县级财政负担比例不低于30%。",
        "30%",
        {"kind": "incentive"},
    ),
    ("关于支持油菜生产的若干措施\n全县财政涉农支出占比不低于20%。", "20%", {"kind": "target"}),
    ("关于支持民营经济发展的若干措施\n政府性融资担保机构平均担保费率降至0.9%以下。", "0.9%", {"kind": "incentive"}),
    ("全县新发放涉农贷款平均利率为4.26%。", "4.26%", {"kind": "actual"}),  # a result reported
    # benefits a policy sets, named across tokens (医保支付比例), and a cap before a verb of paying
    ("关于支持生育的若干措施\n辅助生殖项目医保支付比例提高到65%。", "65%", {"kind": "incentive"}),
    ("关于支持生育的若干措施\n住院分娩费用的报销比例不低于85%。", "85%", {"kind": "incentive"}),
    ("关于支持生育的若干措施\n父母每年可享受育儿假8天。", "8天", {"kind": "incentive"}),
    ("关于支持生育的若干措施\n每例每年最高支付1.2万元。", "1.2万元", {"kind": "incentive", "qualifier": "le"}),
    # a list member in another unit shares the change as its own unit reads it
    ("平均审批时长、办理成本分别缩短1.5天和12%。", "12%", {"aspect": "rate", "value": -12.0}),
    # a multiple of a reference level is a rate; a multiple of another thing a level
    ("全区人均研发经费是全省平均水平的3倍。", "3倍", {"aspect": "rate"}),
    ("城镇居民人均教育文化娱乐支出是农村居民的2.2倍。", "2.2倍", {"aspect": "level"}),
    # a share written after its qualifier (约占) is a level, even of an amount in money
    ("全年完成交通投资86亿元，其中高速公路约占六成。", "六成", {"aspect": "level"}),
    # a per-unit frame of two units (每人每年) says per what, not what is measured
    ("农村特困人员供养标准提高到每人每年1.1万元。", "1.1万元", {"indicator": "农村特困人员供养标准"}),
    ("城乡居民医保个人缴费标准为每人每年400元，保费每人每年120元。", "120元", {"indicator": "保费"}),
    ("托育补贴标准为每孩每年2400元。", "2400元", {"indicator": "托育补贴标准"}),  # two frames of per what
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
    ("株洲、湘潭分别增长5.9%和4.3%。", "5.9%", {"indicator": "株洲", "aspect": "rate"}),
    (
        "通过多式联运，企业运输成本下降约9%，每吨货物运费减少20元左右。",
        "20元",
        {"kind": "actual", "aspect": "change"},
    ),
    # a goal the result is compared with sets no target for the rest of the sentence
    ("全年油料产量增长4.7%，比年初预期目标高1.2个百分点，总量居全市第2位。", "第2位", {"kind": "actual"}),
    ("预期目标是：粮食产量增长3%左右，总量保持全省前5位。", "前5位", {"kind": "target"}),
    # the ratios a policy sets for the funds it runs are terms it grants
    ("关于加快发展创业投资的若干措施\n市天使基金对子基金的出资比例最高为40%。", "40%", {"kind": "incentive"}),
    ("关于加快发展创业投资的若干措施\n种子基金投资项目的容亏比例最高为70%。", "70%", {"kind": "incentive"}),
    ("关于推动科技金融创新的若干措施\n将知识产权质押融资风险补偿资金池扩大至3亿元。", "3亿元", {"kind": "incentive"}),
    # a cap in money in the text of a document that lays down rules is the cap of what it grants
    ("关于支持首台套装备推广应用的若干措施\n单个产品首年度不超过300万元。", "300万元", {"kind": "incentive"}),
    ("某市人才发展规划\n县级财政引才专项经费从2025年的1.3亿元增加到2030年的2.5亿元。", "2.5亿元", {"kind": "target"}),
    # the members listed before a counted set are no part of what is measured
    (
        "纺织服装、食品加工、现代物流、数字创意四大主导产业产值同比增长8.6%。",
        "8.6%",
        {"indicator": "四大主导产业产值"},
    ),
    ("全市无公害蔬菜、有机茶叶、地理标志水果“三品一标”产品46个。", "46个", {"indicator": "“三品一标”产品"}),
    # tiers listed together share the condition's 的 (…首次突破5亿元、15亿元的，分别给予…)
    (
        "对新落户的项目，年度产值首次突破5亿元、15亿元、30亿元的，分别给予70万元、180万元、450万元奖励。",
        "15亿元",
        {"kind": "incentive"},
    ),
    (
        "对当年营业收入首次突破2亿元、8亿元的服务业企业，分别给予25万元、70万元奖励。",
        "2亿元",
        {"indicator": "年营业收入"},
    ),
    ("分别给予25万元、15万元、8万元的工作经费奖励。", "8万元", {"kind": "incentive", "indicator": "奖励"}),
    ("售价在8万元（含）以下的每台补贴1500元。", "8万元", {"kind": "incentive", "indicator": "售价"}),
    ("2024年营业收入增长5%。", "5%", {"indicator": "营业收入"}),  # 年 after a year is the date's
    ("全市共有普通高中215所，比上年增加6所。", "215所", {"indicator": "普通高中"}),  # a school, not a place
    # a target cue before a change verb that governs its object (力争…累计降低企业融资成本5亿元)
    ("力争2027年至2029年累计降低企业融资成本5亿元以上。", "5亿元", {"aspect": "change", "kind": "target"}),
    # after a comparison the part is of the level compared, not of the change
    ("企业达1875家，比上年末净增96家，其中“小巨人”企业19家。", "19家", {"aspect": "level"}),
    ("推进郑州航空港、许昌等6个省级物流枢纽建设。", "6个", {"aspect": "level"}),
    ("在上年同期14.6%的高增速基础上继续增长。", "14.6%", {"aspect": "rate"}),
    ("到“十四五”末，全县文旅产业增加值占GDP比重达到8%。", "8%", {"kind": "target", "time": "2025"}),
    ("提前一年实现了GDP破万亿的目标。", "万亿", {"kind": "target"}),
    # a sentence that opens by citing a plan reports its targets
    ("《规划》明确，“十四五”期间全国新增保障性租赁住房650万套。", "650万套", {"kind": "target"}),
    ("根据规划，2025年全市工业机器人产量突破3万台。", "3万台", {"kind": "target"}),
    ("数据显示，全年GDP增长5%。", "5%", {"kind": "actual"}),
    ("2019年、2020年连续两年GDP增长超过6%。", "6%", {"time": "2019-2020"}),
    ("2025年底前，建成5G基站10万个。", "10万个", {"kind": "target", "time": "2025"}),
    ("2020年前三季度GDP增长0.7%。", "0.7%", {"kind": "actual", "time": "2020"}),
    # 努力 as a noun (付出更大努力) opens no plan paragraph
    ("南京还需付出更大努力方能跨过2万亿的门槛。2021年南京GDP总量为16355.3亿元。", "16355.3亿元", {"kind": "actual"}),
    ("再以无锡为例，无锡第三产业就业人口2015年为186.42万。", "186.42万", {"indicator": "第三产业就业人口"}),
    ("低于全省同期2.4%的两年平均增速。", "2.4%", {"aspect": "rate"}),
    # a qualifier written before a list covers every member; 及以下 caps
    ("城镇和农村居民人均存款分别超过6万元、2.5万元。", "2.5万元", {"qualifier": "gt"}),
    ("关停淘汰5万千瓦及以下小水电机组。", "5万千瓦", {"qualifier": "le"}),
    # an indicator is the thing measured: no leading verb, quotes in pairs
    ("林地面积净增36万亩，新改建高标准农田84万亩。", "84万亩", {"indicator": "高标准农田"}),
    ("新增“长江学者”12名。", "12名", {"indicator": "“长江学者”"}),
    ("国家级“绿色工厂”12家；专精特新“小巨人”86家。", "86家", {"indicator": "专精特新“小巨人”"}),
    ("“企业自主评价、政府采信”试点企业126家。", "126家", {"indicator": "试点企业"}),
    # a ranking's field (各省区) is not what is ranked: that comes from before
    ("农民人均纯收入超过2.6万元，稳居各省区第2位。", "第2位", {"indicator": "农民人均纯收入"}),
    # compound units as written; 班次 is one measure word
    ("智能算力规模达到2.45百亿亿次/秒。", "2.45百亿亿次/秒", {"unit": "次/秒", "value": 2.45e18}),
    ("中欧班列开行4000班次。", "4000班次", {"unit": "班次"}),
    ("粮食产量连续7年稳定在1.3万亿斤以上。", "1.3万亿斤", {"indicator": "粮食产量", "qualifier": "ge"}),
    ("中老（泰）班列累计开行2600列。", "2600列", {"indicator": "中老（泰）班列"}),
    ("文化产业增加值占全县生产总值的比重达到6.5%。", "6.5%", {"indicator": "文化产业增加值占全县生产总值的比重"}),
    ("消费比重达到62%，对全县经济增长的贡献率为71%。", "71%", {"indicator": "贡献率"}),
    ("人均营业收入为93.2万元，同比增加11.7万元。", "11.7万元", {"indicator": "人均营业收入", "aspect": "change"}),
    ("全县常住人口达到91.7万人，比上年末增加6300人。", "6300人", {"indicator": "常住人口", "aspect": "change"}),
    ("全县实际使用外资3.8亿美元，增长17%。", "3.8亿美元", {"indicator": "实际使用外资"}),
    ("新开工保障性住房2万套，基本建成1.5万套。", "1.5万套", {"indicator": "新开工保障性住房"}),
    ("居民消费价格上涨1.6%，涨幅低于全市0.4个百分点。", "0.4个百分点", {"indicator": "居民消费价格"}),
    ("居民收入增长快于经济增长0.5个百分点。", "0.5个百分点", {"indicator": "居民收入"}),
    ("企业数量净减少120家。", "120家", {"indicator": "企业数量", "value": -120}),
    ("GDP同比增长7.4%，增速比上季度加快1.3个百分点。", "1.3个百分点", {"indicator": "增速"}),
    ("全县共接待游客2300万人次，实现文旅收入260亿元，分别增长9%和11%。", "9%", {"indicator": "接待游客"}),
    ("全县共接待游客2300万人次，实现文旅收入260亿元，分别增长9%和11%。", "11%", {"indicator": "文旅收入"}),
    ("增速比全省（6.4%）快1.1个百分点。", "1.1个百分点", {"indicator": "增速"}),
    # 降幅 before a comparison still turns the sign; a word ending in a change verb loses it
    ("同比下降2.3%，降幅比1-4月收窄0.5个百分点。", "0.5个百分点", {"aspect": "change", "value": 0.5}),
    ("两项价格降幅分别比一季度收窄0.9个和0.2个百分点。", "0.9个", {"aspect": "change", "value": 0.9}),
    # 前三季度 segments whole: 比 stays the comparison word (not 比前)
    ("营业收入下降4.2%，但降幅比前三季度收窄1.3个百分点。", "1.3个百分点", {"value": 1.3, "indicator": "营业收入"}),
    ("猪肉价格下降13.6%。", "13.6%", {"indicator": "猪肉价格", "value": -13.6}),
    # the cap after an award is the award's
    ("按其新增部分的12%给予补助，累计最高不超过85万元。", "12%", {"kind": "incentive", "indicator": "补助"}),
    ("按照软件投资额的12%给予补助。", "12%", {"kind": "incentive", "indicator": "补助"}),
    ("对年营业额首次突破3亿元的企业，奖励企业管理团队30万元。", "30万元", {"kind": "incentive"}),
    ("奖励资金共计5000万元已拨付到位。", "5000万元", {"kind": "actual"}),
    ("支持邓州、固始等8个人口较多的县（市）建设成为中等城市。", "8个", {"kind": "actual"}),
    ("按其新增部分的12%给予补助，累计最高不超过85万元。", "85万元", {"kind": "incentive", "indicator": "补助"}),
    ("在北交所上市的企业将得到奖励600万元。", "600万元", {"indicator": "奖励"}),
    ("营业利润同比增长率超过35%。", "35%", {"indicator": "营业利润", "aspect": "rate"}),
    # 累计 is actual in a review, neutral in a plan; a condition (如果) states a target
    ("主要目标：\n“十五五”期间，累计引进外资300亿美元。", "300亿美元", {"kind": "target"}),
    ("去年累计利用外资100亿美元。", "100亿美元", {"kind": "actual"}),
    ("如果上海GDP也突破4万亿，格局将改变。", "4万亿", {"kind": "target"}),
    ("120万困难群众纳入临时救助。", "120万", {"indicator": "困难群众", "value": 1.2e6, "unit": "人"}),
    ("排名从全省近60位提升至23位。", "60位", {"unit": "rank", "qualifier": "approx"}),
    ("就业人口2022年仅余216.37万。", "216.37万", {"unit": "人"}),
    ("迈过4万亿门槛。", "4万亿", {"unit": "CNY"}),
    ("其余县区投资均有7%以上的增长。", "7%", {"aspect": "rate", "qualifier": "ge"}),
    ("工业母机、生物制造分别同比增长1.6倍、34.8%。", "34.8%", {"aspect": "rate"}),
    # a goal reported met is no target
    ("全县目标任务圆满完成，经济总量增长6.2%。", "6.2%", {"kind": "actual"}),
    ("全县目标任务圆满完成。经济总量增长6.2%。", "6.2%", {"kind": "actual"}),
    ("今年全县的主要目标是：经济总量增长6.5%左右。", "6.5%", {"kind": "target"}),
    # 预计 (an estimate) reaches the end of its clause only
    ("预计全年接待游客4.3亿人次、增长8.7%，机场旅客吞吐量达3600万人次。", "8.7%", {"kind": "target"}),
    ("预计全年接待游客4.3亿人次、增长8.7%，机场旅客吞吐量达3600万人次。", "3600万人次", {"kind": "actual"}),
    # time: a sentence runs to 。 (not ；); a relative time (上年) states none; 自…以来 is a base
    ("“十四五”期间，我县累计引进内资2800亿元；落地央企项目65个。", "65个", {"time": "2021-2025"}),
    ("2022年，出口比重由上年的27.6%提高到29%。", "27.6%", {"time": None}),
    ("2022年，出口比重由上年的27.6%提高到29%。", "29%", {"time": "2022"}),
    ("星级酒店数量从上一旅游季的120余家增加到180余家。", "120余家", {"indicator": "星级酒店数量"}),
    ("到2028年，平均入住率从目前的48.5%提高到60%。", "48.5%", {"time": None}),  # now: no year stated
    ("该省自2019年以来连续3年修订目录，事项数由126项减至58项。", "58项", {"time": None}),
    ("到2026年，文旅产业增加值达到180亿元；会展业收入达到45亿元。", "45亿元", {"kind": "target", "time": "2026"}),
    ("已有5家中试平台入选市级培育库。", "5家", {"indicator": "中试平台"}),
    # a growth goal set at a number is a rate; a goal for a level stays a level
    ("今年，全县将经济总量增长目标设定在7%左右。", "7%", {"aspect": "rate", "kind": "target"}),
    ("全市生产总值目标定为5万亿元。", "5万亿元", {"aspect": "level", "kind": "target"}),
    # a percent right after an amount's goal is its growth; a percent of it is a share
    ("GDP预期目标5.5%左右。", "5.5%", {"aspect": "rate", "kind": "target"}),
    ("以30%的人口创造了近35%的生产总值。", "35%", {"aspect": "level"}),
    ("GDP的5%用于研发。", "5%", {"aspect": "level"}),
    # a clause that frames how a number was computed names no indicator
    (
        "职工平均工资87426元，名义增长6.3%，扣除价格因素后实际增长5.1%。",
        "5.1%",
        {"indicator": "职工平均工资"},
    ),
    ("全年粮食产量68285万吨，增产2.0%。", "2.0%", {"aspect": "rate"}),
    # 展望 looks ahead to a vision year
    ("展望2035年，全县居民人均收入比2020年翻一番。", "翻一番", {"kind": "target", "time": "2035"}),
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
    ("二季度全县新发放个人经营贷款加权平均利率为5.07%。", "5.07%", {"indicator": "新发放个人经营贷款加权平均利率"}),
    ("骨干企业生产设备数字化率达到71%。", "71%", {"indicator": "骨干企业生产设备数字化率"}),
    # two verbs inside a name between its nouns
    ("新车辅助驾驶装配率超过60%。", "60%", {"qualifier": "gt", "indicator": "新车辅助驾驶装配率"}),
    # a threshold names what it classes after it; the count of that class takes the whole name
    ("本季度开工亿元以上项目47个。", "亿元", {"value": 1e8, "qualifier": "ge", "indicator": "项目"}),
    ("本季度开工亿元以上项目47个。", "47个", {"indicator": "亿元以上项目"}),
    # a note in brackets that defines the measure (与…之比) is no comparison
    ("全县R&D经费投入强度（与GDP之比）为1.8%。", "1.8%", {"indicator": "R&D经费投入强度"}),
    # the count of a class a threshold defines names the threshold too
    ("全省R&D经费超过5亿元的企业有12家。", "12家", {"indicator": "R&D经费超过5亿元的企业"}),
    ("全县产值超十亿元企业14家。", "14家", {"indicator": "产值超十亿元企业"}),
    # 每小时 before a number frames a rate; 上年同期的 is a base
    ("码头作业效率由上年同期的每小时40箱提高到每小时45箱。", "45箱", {"indicator": "码头作业效率"}),
    # a conversion (按…汇率折算为) measures the number before it
    ("人均地区生产总值11.6万元，按当年平均汇率折算为1.7万美元。", "1.7万美元", {"indicator": "人均地区生产总值"}),
    # single digits of a rate are per cent
    ("规上服务业利润率降至个位数。", "个位数", {"value": 10, "unit": "%", "qualifier": "lt"}),
    # a frame before 的 names how, and what follows it what, is measured
    ("扣除食品与能源价格后的核心CPI上涨0.9%。", "0.9%", {"indicator": "核心CPI", "aspect": "rate"}),
    # a list whose last member runs into the shared measure
    (
        "教育、居住、医疗保健服务价格分别上涨2.3%、0.7%、1.9%。",
        "0.7%",
        {"indicator": "居住", "aspect": "rate"},
    ),
    # a bound closed by 的 and a thing is a condition: it measures what is named before it
    ("对上年度出口额800万美元以上的企业给予支持。", "800万美元", {"kind": "incentive", "indicator": "年度出口额"}),
    ("对研发投入增长超过18%的主体，给予最高60万元奖补。", "18%", {"indicator": "研发投入", "aspect": "rate"}),
    ("给予孵化器运营主体最高80万元的一次性奖励。", "80万元", {"indicator": "一次性奖励"}),
    # a measure word the tables do not list keeps a bare 亿 from reading as money
    ("全市花卉产量7.2亿枝。", "7.2亿枝", {"value": 7.2e8, "unit": "枝", "indicator": "花卉产量"}),
    ("全年减排二氧化碳约30万吨二氧化碳当量。", "30万吨二氧化碳当量", {"unit": "吨二氧化碳当量", "qualifier": "approx"}),
    # grades alone (国家级, 省级) in a 分别 list measure the noun the last member shares
    ("国家级、省级众创空间分别达到12家、45家。", "12家", {"indicator": "众创空间"}),
    # a multiple of a year's figure is growth, with the qualifier before the base too
    ("全县充电桩保有量约为2019年的5倍。", "5倍", {"aspect": "rate", "qualifier": "approx"}),
    # the tiers an award is paid for are conditions of it, past a bound said to be included
    ("售价在15万元（含）以下的每台补贴2000元，15万元至30万元（含）的每台补贴4000元。", "15万元", {"kind": "incentive"}),
    (
        "售价在15万元（含）以下的每台补贴2000元，15万元至30万元（含）的每台补贴4000元。",
        "15万元至30万元",
        {"kind": "incentive"},
    ),
    # per what unit a price is given (每公斤) is no indicator; a name that opens with 每 is one
    ("猪肉平均价格为每公斤26.5元。", "26.5元", {"indicator": "猪肉平均价格"}),
    ("每万人口科技型企业数量达到8.4家。", "8.4家", {"indicator": "每万人口科技型企业数量"}),
    # a cue the tokenizer joined to the qualifier after it (低约) still decides the sign
    ("贷款利率比一般贷款低约0.5个百分点。", "0.5个百分点", {"value": -0.5, "aspect": "change"}),
    # the field of a ranking may follow the ranking word: 总量 then names the number before
    ("园区实际使用外资2.6亿美元，总量居全市开发区首位。", "首位", {"indicator": "实际使用外资"}),
    # a set phrase that ends with a verb (始终保持) is no noun
    ("城镇调查失业率始终保持在5.5%以内。", "5.5%", {"indicator": "城镇调查失业率"}),
    # 产能 is a measure, though jieba tags it a verb
    ("项目建成投产后，形成年产能8万吨。", "8万吨", {"indicator": "年产能"}),
    # zones alone in a 分别 list measure what the last member names after its zone
    ("高新区、经开区工业投资额分别为86亿元、64亿元。", "86亿元", {"indicator": "工业投资额"}),
    # grades alone with the noun after the list
    ("全市国家级、省级夜间文旅消费集聚区分别达到3个、11个。", "3个", {"indicator": "夜间文旅消费集聚区"}),
    # places named before 的 and a noun are what differs
    ("来自珠三角、成渝地区的游客分别增长8.4%和11.7%。", "8.4%", {"indicator": "珠三角"}),
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
        ("每万人口拥有65岁以上老年人护理床位数达到62张。", "每万人口拥有65岁以上老年人护理床位数"),
        ("全市常住人口中，60岁及以上人口为300万人。", "60岁及以上人口"),
        ("16至59岁劳动年龄人口减少30万人。", "16至59岁劳动年龄人口"),
        ("65岁及以上人口占比为14.2%。", "65岁及以上人口占比"),
        ("地表水省控断面Ⅰ—Ⅲ类水质比例达91.3%。", "地表水省控断面Ⅰ—Ⅲ类水质比例"),  # a grade is part of it too
        ("灵活就业人员基本医疗保险参保率达87%。", "灵活就业人员基本医疗保险参保率"),
        ("县（市）生产总值增长5%。", "县（市）生产总值"),  # an aside keeps the word it qualifies
        ("细颗粒物（PM2.5）浓度下降5%。", "细颗粒物（PM2.5）浓度"),
        ("细颗粒物（PM2.5）年均浓度为31微克/立方米。", "细颗粒物（PM2.5）年均浓度"),  # a modifier after the aside
        ("乡镇饮用水源地水质优良比例为97.5%。", "乡镇饮用水源地水质优良比例"),  # a status word inside
    ],
)
def test_bounds_and_grades_stay_inside_the_indicator(nlp, sentence, indicator):
    (m,) = nlp(sentence)._.metrics
    assert m["indicator"]["text"] == indicator


def test_an_age_is_a_quantity_when_it_is_what_is_measured(nlp):
    (m,) = nlp("人均预期寿命达到81.4岁。")._.metrics
    assert (m["text"], m["unit"], m["indicator"]["text"]) == ("81.4岁", "岁", "人均预期寿命")


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
    doc = nlp("园区企业从23家攀升至57家。")
    a, b = doc._.metrics
    assert a["series"] is not None and a["series"] == b["series"]


def test_no_indicator_gives_warning_not_error(nlp):
    doc = nlp("3家。")
    (m,) = doc._.metrics
    assert m["indicator"] is None and m["warnings"]


def test_a_series_links_when_its_end_carries_a_qualifier_after_it(nlp):
    found = nlp("服务贸易总额从2025年的86亿元增长到2030年的150亿元以上。")._.metrics
    assert [m["series"] for m in found] == [1, 1]


@pytest.mark.parametrize(
    ("sentence", "quantity", "award"),
    [
        ("按其上年度本地采购额的2%给予奖励，累计最高不超过120万元。", "2%", "奖励"),  # not 采购额
        ("按其上年度本地采购额的2%给予奖励，累计最高不超过120万元。", "120万元", "奖励"),
        ("对数字化改造项目给予奖补，每个项目最高不超过600万元。", "600万元", "奖补"),  # not 每个项目
        ("按实缴保费的45%给予补贴，每户企业每年最高8万元。", "8万元", "补贴"),  # not 企业
        ("分别给予最高150万元、80万元、40万元购房补贴。", "150万元", "购房补贴"),  # named after the list
        ("分别按每人30万元、15万元、5万元给予引才奖励。", "30万元", "奖励"),
        ("对入托婴幼儿按每孩每年2400元的标准发放托育补贴。", "2400元", "托育补贴"),
        ("对种粮大户按照每亩80元左右的标准发放农业支持保护补贴。", "80元", "农业支持保护补贴"),  # a long award
        ("对创业担保贷款给予贴息支持，年贴息比例为2.5个百分点。", "2.5个百分点", "年贴息比例"),
        ("购房补贴按房款的40%给予，单户最高不超过8万元。", "40%", "购房补贴"),  # not the verb 给予
    ],
)
def test_an_incentive_measures_its_award(nlp, sentence, quantity, award):
    (m,) = [m for m in nlp(sentence)._.metrics if m["text"] == quantity]
    assert m["kind"] == "incentive"
    assert m["indicator"]["text"] == award


def test_a_list_whose_numbers_close_with_a_qualifier_stays_one_list(nlp):
    text = "二氧化硫、氮氧化物、颗粒物、臭氧前体物排放量分别下降6%、7%、12%以上、9%以上。"
    found = [(m["value"], m["qualifier"], m["aspect"], m["indicator"]["text"]) for m in nlp(text)._.metrics]
    assert found == [
        (-6.0, "eq", "rate", "二氧化硫"),
        (-7.0, "eq", "rate", "氮氧化物"),
        (-12.0, "ge", "rate", "颗粒物"),
        (-9.0, "ge", "rate", "臭氧前体物排放量"),
    ]


def test_a_headline_names_what_amounts_measure_when_their_sentence_names_nothing(nlp):
    text = "GDP迈上3万亿，江西还要等\n2022年，江西突破3万亿元，位居全国第15位。\n新增企业2万家。\n"
    found = {m["text"]: m["indicator"] and m["indicator"]["text"] for m in nlp(text)._.metrics}
    assert found["3万亿元"] == "GDP" and found["第15位"] == "GDP"
    assert found["2万家"] == "企业"  # a sentence that names its own thing keeps it
    (m,) = [m for m in nlp("江西突破3万亿元。")._.metrics]
    assert m["indicator"] is None  # no headline, nothing named


def test_indicators_on_the_bundled_corpus_hold_their_brackets_and_quotes_in_pairs(nlp, corpus_files):
    pairs = ("“”", "（）", "()")
    for path in corpus_files:
        for m in nlp(path.read_text(encoding="utf-8"))._.metrics:
            name = (m["indicator"] or {}).get("text") or ""
            assert all(name.count(a) == name.count(b) for a, b in pairs), (path.name, m["text"], name)
            assert not name.startswith(("）", ")", "，", "、")), (path.name, m["text"], name)


def test_the_nth_largest_ranks_what_follows(nlp):
    (m,) = nlp("日本继续保持我市第一大出口市场地位。")._.metrics
    assert (m["value"], m["unit"]) == (1, "rank") and m["indicator"]["text"].startswith("出口市场")
    (m,) = nlp("国际专利申请跃居第二大来源国。")._.metrics
    assert m["indicator"]["text"] == "国际专利申请"


def test_a_fund_named_before_its_size_is_named_whole(nlp):
    doc = nlp("设立县级新材料产业基金，总规模8亿元。")
    assert [(m["indicator"]["text"], m["kind"]) for m in doc._.metrics] == [("县级新材料产业基金", "incentive")]


def test_a_label_before_a_colon_names_its_line_whole(nlp):
    text = (
        "主要指标：\n"
        "（三）省级及以上开发区亩均税收：2024年为41.2万元，2029年目标值为55万元以上。\n"
        "（四）城镇污水集中收集率（县城）：2024年为72%，2029年目标值为80%以上。\n"
        "（五）主要任务：全省新建5G基站3万个。\n"
    )
    found = {m["text"]: m["indicator"]["text"] for m in nlp(text)._.metrics}
    assert found == {
        "41.2万元": "省级及以上开发区亩均税收",
        "55万元": "省级及以上开发区亩均税收",
        "72%": "城镇污水集中收集率（县城）",
        "80%": "城镇污水集中收集率（县城）",
        "3万个": "5G基站",
    }


def test_an_amount_ahead_of_or_behind_a_reference_and_a_gap_are_differences(nlp):
    text = "一年前，甲省经济总量仍领先乙省300亿元。丙市进出口额落后丁市80亿元。两市差距由上年的900亿元缩小至800亿元。"
    metrics = nlp(text)._.metrics
    assert {m["text"]: (m["aspect"], m["value"]) for m in metrics} == {
        "300亿元": ("change", 3e10),
        "80亿元": ("change", -8e9),
        "900亿元": ("change", 9e10),
        "800亿元": ("change", 8e10),
    }
    assert [m["indicator"]["text"] for m in metrics[:2]] == ["甲省经济总量", "丙市进出口额"]


def test_a_ratio_of_shares_keeps_its_indicator_and_year_across_its_parts_and_its_series(nlp):
    text = "全县三次产业比例由2019年的14.1:40.3:45.6调整为2024年的9.2:37.5:53.3。"
    found = [(m["value"], m["indicator"]["text"], (m["time"] or {}).get("value")) for m in nlp(text)._.metrics]
    assert found == [
        (14.1, "三次产业比例", "2019"),
        (40.3, "三次产业比例", "2019"),
        (45.6, "三次产业比例", "2019"),
        (9.2, "三次产业比例", "2024"),
        (37.5, "三次产业比例", "2024"),
        (53.3, "三次产业比例", "2024"),
    ]


def test_list_members_that_hold_commas_apart_because_they_hold_list_marks_themselves(nlp):
    text = "其中，批发和零售业，住宿和餐饮业，水利、环境和公共设施管理业营收分别增长4.2%、6.1%和5.3%。"
    found = [m["indicator"]["text"] for m in nlp(text)._.metrics]
    assert found == ["批发和零售业", "住宿和餐饮业", "水利、环境和公共设施管理业营收"]
    text = "2024年，甲省、乙省总量分列全国第五、第六位，两省生产总值分别为9.1万亿元和8.2万亿元。"
    assert not any("分列" in m["indicator"]["text"] for m in nlp(text)._.metrics)  # a clause with a rank is no member


def test_a_gap_is_what_its_amounts_measure(nlp):
    text = "上半年甲市GDP领先乙市612.5亿元，领先优势比去年同期的700.1亿元缩小87.6亿元。丙市与丁市的差距为95.2亿元。"
    found = {m["text"]: (m["indicator"]["text"], m["aspect"]) for m in nlp(text)._.metrics}
    assert found["700.1亿元"] == ("领先优势", "change")
    assert found["87.6亿元"] == ("领先优势", "change")
    assert found["95.2亿元"][0].endswith("差距")


def test_a_later_tier_of_a_grant_that_names_only_whom_measures_the_grant(nlp):
    text = "甲类人才在本区首次购房的，给予最高80万元安家补贴；乙类人才给予最高60万元；丙类人才给予最高40万元。"
    assert [m["indicator"]["text"] for m in nlp(text)._.metrics] == ["安家补贴"] * 3
    text = "对年接待游客超过50万人次的景区，一次性给予80万元奖励。"  # a condition's threshold keeps its indicator
    assert nlp(text)._.metrics[0]["indicator"]["text"] != "奖励"


def test_a_count_of_places_closing_a_list_makes_its_members_places_that_share_the_measure(nlp):
    text = "分城市看，甲川、乙原、丙阳三市户均集体分红分别为2.1万元、1.9万元、1.8万元。"
    assert [m["indicator"]["text"] for m in nlp(text)._.metrics] == ["户均集体分红"] * 3


def test_a_ranking_named_by_its_results_is_what_a_zone_s_rank_measures(nlp):
    text = "在省商务厅发布的2024年全省开发区亩均效益综合评价结果中，甲川高新区由上年的第31位升至第24位。"
    found = [m["indicator"]["text"] for m in nlp(text)._.metrics]
    assert found == ["全省开发区亩均效益综合评价"] * 2


def test_a_sentence_that_gives_its_amounts_first_may_name_their_measure_after_them(nlp):
    text = "2023年，全县首次跨过800亿元，地区生产总值十年间翻番。"
    found = {m["text"]: m["indicator"] and m["indicator"]["text"] for m in nlp(text)._.metrics}
    assert found["800亿元"] == "地区生产总值"


def test_a_short_field_after_the_ranking_word_is_no_part_of_what_ranks(nlp):
    (m,) = nlp("2024年，江城市外贸增速居十城第3位。")._.metrics  # 居十城: one word for the tokenizer
    assert m["indicator"]["text"] == "外贸增速"


def test_an_award_word_tagged_as_a_verb_is_part_of_the_award_s_name(nlp):
    (m,) = nlp("老年人助餐补贴标准为每餐3元。")._.metrics
    assert (m["kind"], m["indicator"]["text"]) == ("incentive", "老年人助餐补贴标准")


def test_a_ranking_word_that_opens_its_clause_leaves_what_ranks_to_the_clause_before(nlp):
    found = nlp("2024年，乙市人均可支配收入为6.2万元，居上述五市首位。")._.metrics
    assert [m["indicator"]["text"] for m in found] == ["乙市人均可支配收入", "乙市人均可支配收入"]
    (rank,) = nlp("去年我国吸收外资规模居发展中国家首位。")._.metrics  # a field of five characters
    assert rank["indicator"]["text"] == "吸收外资规模"
