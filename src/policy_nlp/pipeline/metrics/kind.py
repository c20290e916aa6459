"""Kind: actual, target or incentive, from cue words in the clause, the sentence and its section."""

from __future__ import annotations

import re
from typing import Any

from spacy.tokens import Doc

from policy_nlp.pipeline.metrics.context import (
    BOUNDS,
    BY_WORDS,
    CLAUSE_BREAK,
    CLAUSE_BREAK_RE,
    NUMBER_WORD,
    MetricContext,
)
from policy_nlp.pipeline.quantities import SERIES_OPENERS, Quantity
from policy_nlp.pos import tag

NAME_CLOSERS = frozenset("”」》")  # a cue word right before or after one is part of a name
ASIDE = re.compile(r"[（(][^（()），,。；;]{1,20}[)）]")  # （市政发〔2024〕3号）: a note that belongs to its clause
WHERE = re.compile(r"在[^，,。；;]{1,16}(?:中|方面|上)")  # 在…行动中, 在…方面: where, not who says what
SPEAKER_MAX = 4  # characters of a speaker's label opening an answer (答：, 王明：)
GROWTH_LEAD_MAX = 5  # characters before a growth rate that only say it grows (同比增长, 比上年下降)
MAX_AWARD_REACH = 8  # words after a condition's 的 within which its award is named (…的企业，分别奖励)


class KindRules(MetricContext):
    """Decides whether a quantity reports, targets or grants."""

    def _says_this_year(self, s_start: int, s_end: int) -> bool:
        """Whether the sentence speaks of the plan year (今年, or the year of the report's title:
        2027年非刚性支出压减6%以上) and reports no result (已, 完成 …); worked out once per sentence."""
        if s_start not in self._this_year:
            words = self._index.words_within(s_start, s_end)
            named = not self.section_words["this_year"].isdisjoint(words) or (
                self._plan_year is not None and self._plan_year in self._norm[s_start:s_end]
            )
            self._this_year[s_start] = named and not self._reports_actual(words)
        return self._this_year[s_start]

    def _kind(
        self,
        doc: Doc,
        norm: str,
        q: Quantity,
        s_start: int,
        clause_start: int,
        s_end: int,
        target_year: bool,
        aspect: str,
        stated_year: int | None,
        after_result: bool = False,
    ) -> str:
        """Incentive, target or actual, from whole-token cues (see lexicons/cues/kinds.tsv); a
        target year earlier in the sentence (到2025年，…) makes the rest of it targets.
        `after_result`: the sentence's number before this one is reported as actual."""
        clause_end = self._clause_end(norm, q.written_end, s_end)  # past 8万元（含）以下
        clause = self._index.words_within(clause_start, q.start)
        after = self._index.words_within(q.written_end, min(clause_end, q.written_end + 20))
        scopes = self.kind_scopes
        # 撬动社会资本300亿元: what a grant leverages is no grant; it is reported or planned
        if scopes["leverage"].isdisjoint(clause) and self._grants(
            norm, q, (s_start, clause_start, clause_end, s_end), clause, after
        ):
            return "incentive"
        if after[:1] == ["的"] and not scopes["goal"].isdisjoint(after[1:3]):
            return "target"  # 实现GDP破万亿的目标: the number is the goal's
        compared = (
            None
            if self.compare_words.isdisjoint(clause)
            else next(n for n, w in enumerate(clause) if w in self.compare_words)
        )
        if compared is not None and any(self.kind_of_word.get(w) == "target" for w in clause[compared + 1 :]):
            return "actual"  # 比年初预期目标高0.4个百分点: the goal is the base of a result
        planned = (
            target_year
            or self._paragraph_is_plan.get(s_start, False)
            or (self._on_work_report and self._says_this_year(s_start, s_end))  # 报告提出，今年新增…
            or (s_start not in self._in_review and self._reports_plan(norm, s_start, s_end))  # 《方案》提出：累计…
        )
        plan_year = self._plan_years.get(s_start)
        if (
            planned
            and plan_year is not None
            and stated_year is not None
            and stated_year < plan_year
            and not target_year
        ):
            planned = False  # 2026年…达到2.8万亿元 under 四、2027年重点工作: the base the plan starts from
        capped_money = q.qualifier == "le" and q.unit in self.currencies and self._lays_down_rules
        adjusted = aspect == "rate" and not self.adjust_words.isdisjoint(clause)  # 可贷额度上浮20%
        if planned and (aspect == "level" or adjusted) and (capped_money or self._provided(clause)):
            # 单个项目最高支持500万元 in a policy's own text: the cap of what it grants; 市级财政承担比例
            # 不低于35%, 担保费率降至0.9%以下: what a plan or policy provides
            return "incentive"
        cues = scopes["clause"] if planned else self.clause_or_weak
        for i in range(len(clause) - 1, -1, -1):
            if clause[i] not in cues:
                continue
            following = clause[i + 1] if i + 1 < len(clause) else ""
            if following in NAME_CLOSERS or self._cues_nothing(clause, i, number_after=True):
                continue  # the end of a name, its head (“英才汇”计划), or 要60多名工人 (it takes)
            if (
                i > 0
                and clause[i - 1] in self.actual_words
                and clause[i - 1] not in self.kind_scopes["weak"]  # 累计将超过…: cumulative, and ahead
                and self.kind_of_word[clause[i]] == "target"
            ):
                return "actual"  # 已将80种…列为: 将 after 已 marks the object, not the future
            return self.kind_of_word[clause[i]]
        if s_start in self._in_review:  # 争取…资金237亿元 looking back reports what was secured, but
            if not scopes["firm"].isdisjoint(self._index.words_within(self._full_start(clause_start), q.start)):
                return "target"  # 下一步将…，力争…: a firm cue looks ahead even there
        else:
            if self._sets_targets(self._full_start(clause_start), clause_start) or self._sets_targets_in(clause):
                return "target"
            if q.unit not in self.currencies and not self.kind_scopes["budget"].isdisjoint(clause):
                return "target"  # 今年统筹安排民生实事项目26个: what is allotted, counted
            if self._will_before(self._index.words_within(self._full_start(clause_start), q.start)):
                return "target"  # …将推进“两大工程”，新建设施20座以上: what the plan brings
            if q.qualifier_start is not None and norm[q.qualifier_start : q.qualifier_end] in self.requirements:
                return "target"  # 认定不少于100项, 比例不低于30%: a floor set to reach
            if (
                aspect != "level"
                and q.qualifier == "approx"
                and not after_result  # 规模达到540亿元，增长18%左右; 成本降低约9%，每吨减少20元左右: results given roughly
                and norm.startswith(self.target_approx, q.end)
                and not self._reports_actual(  # 收入完成6500亿元，增长3%左右: a result given roughly
                    self._index.words_within(self._full_start(clause_start), q.start)
                )
            ):
                return "target"  # 增长6%左右: a growth rate given roughly is a goal, not a result
        return "target" if planned else "actual"

    def _grants(
        self,
        norm: str,
        q: Quantity,
        span: tuple[int, int, int, int],
        clause: list[str],
        after: list[str],
    ) -> bool:
        """Whether the quantity is what a policy grants, caps or pays at: an award, a fund, a subsidy's
        rate or cap, the tier or condition of an award. `span`: the sentence's start, the clause's
        start and end, the sentence's end."""
        s_start, clause_start, clause_end, s_end = span
        scopes = self.kind_scopes
        if not scopes["before"].isdisjoint(clause) and not self._supports_a_place(clause):
            return True
        if self._lays_down_rules and q.unit in scopes["eligibility"] and q.qualifier in BOUNDS:
            return True  # 年龄在35周岁以下: who may have what the rules grant
        if q.unit in self.currencies:  # 设立科创投资基金，首期规模50亿元: the fund may sit in the clause before
            around = self._from_clause_before(norm, s_start, clause_start, clause_end)
            founders = scopes["founding"] if s_start in self._in_review else scopes["founding"] | scopes["budget"]
            funded = not founders.isdisjoint(around) and any(f in w for w in around for f in scopes["fund"])
            if funded and not self._reports_actual(clause) and scopes["firm"].isdisjoint(clause):
                return True  # not …基金，已累计投资6亿元 (what it did) or …资金3000万元，力争…突破 (a goal)
        nearest = self._nearest_word(clause_start, q.start)
        rewarded = nearest is not None and (
            nearest.text in scopes["reward"]
            or (nearest.text.endswith(self.reward_words) and q.unit not in self.counted_units)  # 财政贴息1个百分点
        )
        condition_end = len(clause) - clause[::-1].index("的") if "的" in clause else 0
        if rewarded and not self._reports_actual(clause[condition_end:]) and s_start not in self._in_review:
            # 得到奖励500万元: the reward word leads straight to the amount (发放育儿补贴12万人次 counts people);
            # 完成股改的奖励40万元: what a condition says was done reports nothing
            return True
        capped = q.qualifier == "le" or any(w in ("按", "按照", "每") for w in clause[-6:])
        if capped and any(w.endswith(self.reward_words) for w in clause[-8:] + after[:3]):
            return True  # 贷款贴息比例不超过…50%: a reward word may close a longer word
        paid_at = capped or any(w.startswith(BY_WORDS) for w in clause)  # 按其上年度…的2%给予奖励; 按所缴 (HMM word)
        if paid_at and (
            not scopes["before"].isdisjoint(after[:4]) or any(w.endswith(self.reward_words) for w in after[1:])
        ):
            return True  # 按每平方米150元的标准给予补贴, 按每孩每年3000元的标准发放托育补贴: the award follows
        at = len(clause)  # 补助比例从40%提高到55%: look back past the change to the measure
        per = at
        while per and clause[per - 1].startswith("每"):
            per -= 1
        if per < at and per and (clause[per - 1].endswith(("到", "至")) or clause[per - 1] in self.step_words):
            # 补助标准提高到每户每年1200元, 补贴标准由每台300元…: per whom and when, after the level reached
            # or the start of a change (not 每人提高30元)
            at = per
        while at and (clause[at - 1] in self.step_words or NUMBER_WORD.fullmatch(clause[at - 1])):
            at -= 1
        if at >= 2 and clause[at - 1] in self.award_terms and clause[at - 2].endswith(self.reward_words):
            return True  # 贴息比例为0.5个百分点, 补助比例提高至75%: the award's rate or cap
        if len(clause) >= 2 and clause[1] in self.award_terms and clause[0].endswith(self.reward_words):
            return True  # 贴息比例为贷款市场报价利率的50%: the award's rate opens the clause
        if self._addressed(s_start, clause_start, clause) and self._granted_later(q.end, s_end):
            return True  # 对研发投入增速超过15%的单位，给予最高180万元奖补: a condition of the award
        if (
            self._lays_down_rules
            and q.qualifier in BOUNDS
            and "的" in after
            and s_start not in self._in_review
            and self._granted_later(q.end, s_end)
        ):
            return True  # 新建15亩以上的连栋大棚，按…给予补助: in a policy's own text, without 对
        if self._tier_of_award(norm, q, s_end):
            return True  # 售价在8万元以下的每台补贴1000元: the tier an award is paid for
        opens_with_award = clause[:1] and clause[0] in scopes["reward"] and not self._supports_a_place(clause)
        if opens_with_award and q.unit in self.currencies and not self._reports_actual(clause + after):
            return True  # 奖励企业管理团队60万元: the award opens the clause
        if (
            q.qualifier == "le"
            and q.unit in self.currencies
            and clause[:1]
            and clause[0].startswith((*self.per_unit, "每"))
            and not self._reports_actual(clause)
        ):
            return True  # 单张餐饮券面额最高100元, 每亩保险金额最高800元: a cap per unit granted
        if (
            self._lays_down_rules
            and q.unit in self.currencies
            and clause[-1:]
            and clause[-1].startswith("每")
            and not self._reports_actual(clause)
        ):
            return True  # 甲类人才每人每月4000元 in a policy's own text: what it pays per head
        if q.unit in self.currencies and clause[:1] and clause[0].startswith("每") and not self._reports_actual(clause):
            # 分档给予运营补贴：…的，每人每月400元；…: tiers per unit of an award granted before them
            granted = self._index.words_within(self._full_start(q.start), clause_start)
            if not scopes["before"].isdisjoint(granted):
                return True
        if q.qualifier == "le" and clause_start > s_start:  # 按比例补助，最高不超过150万元: the cap of the award
            previous = self._from_clause_before(norm, s_start, clause_start, clause_start)
            if any(w in scopes["before"] or w in scopes["reward"] for w in previous):
                return True
        return False

    def _addressed(self, s_start: int, clause_start: int, clause: list[str]) -> bool:
        """Whether 对 opens the clause, or the sentence in a clause of its own that names whom a
        policy addresses (对基于大模型的应用产品，年销售收入突破1亿元的企业，给予…) and holds no number."""
        if clause[:1] == ["对"]:
            return True
        opening = self._index.words_within(s_start, clause_start)
        return opening[:1] == ["对"] and not any(NUMBER_WORD.match(w) for w in opening)

    def _supports_a_place(self, clause: list[str]) -> bool:
        """The clause's only grant word backs a place (支持襄阳经济总量突破5500亿元): the number is the
        place's goal, not an award."""
        grants = [n for n, w in enumerate(clause) if w in self.kind_scopes["before"] or w in self.kind_scopes["reward"]]
        return len(grants) == 1 and grants[0] + 1 < len(clause) and tag(clause[grants[0] + 1]) == "ns"

    def _provided(self, clause: list[str]) -> bool:
        """Whether a clause names public money (财政) or the terms of finance or space granted
        (费率, 额度, 租金), and not the budget's own measure (财政收入, 财政民生支出)."""
        text = "".join(clause)  # 医保支付比例: a provision may span tokens
        provided = any(f in text for f in self.provision_words)
        series = any(w in SERIES_OPENERS for w in clause)  # 专项资金从2024年的6亿元提高到…: a budget's path
        return provided and not series and not any(a in text for a in self.aggregate_words)

    def _tier_of_award(self, norm: str, q: Quantity, s_end: int) -> bool:
        """A bound or range closed by 的 whose clause goes on to an award (…以下的每台补贴1000元;
        a range closed by 的 and the award itself is the award: 50万元—200万元的首台套奖励)."""
        end = self._condition_end(norm, q, (*BOUNDS, "range"))
        if end is None:
            return False
        if CLAUSE_BREAK_RE.match(norm, end + 1):
            end += 1  # 单台销售价格不超过6000元的，按…给予补贴: the award is the next clause
        rest = self._index.words_within(end + 1, self._clause_end(norm, end + 1, s_end))
        return any(w.endswith(self.reward_words) or w in self.kind_scopes["before"] for w in rest)

    def _granted_later(self, end: int, s_end: int) -> bool:
        """Whether the rest of the sentence, past the 的 that closes the condition, grants an award."""
        rest = self._index.words_within(end, s_end)
        closes = next((n for n, w in enumerate(rest) if w == "的"), None)
        if closes is None:
            return False
        granted = rest[closes + 1 :]  # 对…的企业，给予…; …的星级酒店，分别奖励30万元
        return not self.kind_scopes["before"].isdisjoint(granted) or any(
            w.endswith(self.reward_words) for w in granted[:MAX_AWARD_REACH]
        )

    def _growth_of_goal(self, previous: dict[str, Any] | None, q: Quantity, clause_start: int) -> bool:
        """收入预计310亿元左右，增长5%: a growth rate whose clause only says it grows, right after the
        clause of a goal's amount, is that goal's growth."""
        if previous is None or previous["kind"] != "target" or previous["end"] >= clause_start:
            return False
        if self._clause_start(self._norm, previous["_sentence"], clause_start - 1) > previous["start"]:
            return False  # a clause between them
        words = self._index.words_within(clause_start, q.lead)
        return q.lead - clause_start <= GROWTH_LEAD_MAX and bool(words) and self.kind_of_word.keys().isdisjoint(words)

    def _reports_actual(self, words: list[str]) -> bool:
        """Whether one of `words` is an actual cue (已, 完成 …)."""
        return not self.actual_words.isdisjoint(words)

    def _from_clause_before(self, norm: str, s_start: int, clause_start: int, end: int) -> list[str]:
        """The words from the start of the clause before this one up to `end`."""
        return self._index.words_within(self._clause_start(norm, s_start, clause_start - 1), end)

    def _sets_targets(self, s_start: int, clause_start: int) -> bool:
        """Whether the sentence before this clause (as a reader counts it: 目标是：A；B；C is one)
        holds a sentence-wide target cue or a pending goal; the same for every number of the
        clause, so it is worked out once."""
        key = (s_start, clause_start)
        if key not in self._targets_before:
            self._targets_before[key] = self._sets_targets_in(self._index.words_within(s_start, clause_start))
        return self._targets_before[key]

    def _cues_nothing(self, words: list[str], i: int, *, number_after: bool = False) -> bool:
        """Whether words[i] cues nothing here: the head of a quoted name (计划 in “英才汇”计划), a
        goal word qualifying a noun (目标企业), or a cue that needs a verb right before a number
        (要60多名工人: it takes); `number_after` says the number follows the last word."""
        if i > 0 and words[i - 1] in NAME_CLOSERS:
            return True
        following = words[i + 1] if i + 1 < len(words) else None
        if following is not None and words[i] in self.kind_scopes["goal"] and tag(following) == "n":
            return True  # 走访目标客户500余户: a goal word that qualifies a noun names what is counted
        if following == "的" and tag(words[i]) == "n":
            return True  # 列入改造计划的老旧小区40个, 完成目标的103%: a noun that a phrase qualifies
        number_follows = number_after if following is None else bool(NUMBER_WORD.match(following))
        return words[i] in self.verb_cues and number_follows

    def _without_bases(self, words: list[str]) -> list[str]:
        """`words` without what a result is compared with (高于年初预期目标1个百分点: from the
        comparison word up to the number or the clause's end), which sets no target."""
        if self.compare_words.isdisjoint(words):
            return words
        kept, base = [], False
        for word in words:
            if word in self.compare_words:
                base = True
            elif base and (NUMBER_WORD.match(word) or word in CLAUSE_BREAK):
                base = False
            if not base:
                kept.append(word)
        return kept

    def _cue_words(self, words: list[str]) -> list[str]:
        """`words` without those that cue nothing here (see `_cues_nothing`)."""
        if (
            self.verb_cues.isdisjoint(words)
            and NAME_CLOSERS.isdisjoint(words)
            and self.kind_scopes["goal"].isdisjoint(words)
        ) and ("的" not in words or self.kind_of_word.keys().isdisjoint(words)):
            return words  # nothing to drop: the common case, checked at C speed
        return [w for i, w in enumerate(words) if not self._cues_nothing(words, i)]

    def _sets_targets_in(self, words: list[str]) -> bool:
        words = self._without_bases(self._cue_words(words))
        return not self.sentence_cues.isdisjoint(words) or self._goal_pending(words)

    def _reports_plan(self, norm: str, s_start: int, s_end: int) -> bool:
        """The sentence opens by citing a plan document (《规划》明确，…; 根据规划，…)."""
        if s_start not in self._cites_plan:
            self._cites_plan[s_start] = self._opens_with_plan(norm, s_start, s_end)
        return self._cites_plan[s_start]

    def _past_speaker(self, norm: str, start: int, end: int) -> int:
        """Where the text of a sentence begins past a speaker's label (答：…, 王明：…)."""
        label_end = self._clause_end(norm, start, end)
        if label_end - start <= SPEAKER_MAX and norm.startswith(("：", ":"), label_end):
            return label_end + 1
        return start

    def _opens_with_plan(self, norm: str, s_start: int, s_end: int) -> bool:
        opening = self._past_speaker(norm, s_start, s_end)  # 答：《规划》明确，…
        first_end = self._clause_end(norm, opening, s_end)
        first = norm[opening:first_end]
        if (
            WHERE.fullmatch(first) or first in self.kind_scopes["frame"]
        ):  # 在…工程中，《方案》明确，…: the citation next
            opening = first_end + 1
            first_end = self._clause_end(norm, opening, s_end)
        aside = ASIDE.match(norm, first_end)  # 《实施意见》（…号）明确，…: the document's number is an aside
        if aside is not None:
            first_end = self._clause_end(norm, aside.end(), s_end)
        words = self._index.words_within(s_start, first_end)
        cites = any(w.rstrip("》”").endswith(self.plan_sources) for w in words)
        return cites and not self.kind_scopes["report"].isdisjoint(words)

    def _will_before(self, words: list[str]) -> bool:
        """将 before a verb in a clause before the last one, and no word that reports a result: the
        sentence says what will be done, and its numbers what that is to bring."""
        if "将" not in words or not self.actual_words.isdisjoint(words):
            return False
        last_break = max((n for n, w in enumerate(words) if w in CLAUSE_BREAK), default=-1)
        return any(
            w == "将" and tag(words[n + 1]).startswith("v")
            for n, w in enumerate(words[:last_break])
            if n + 1 < last_break
        )

    def _goal_pending(self, words: list[str]) -> bool:
        """A goal word (目标) in a clause that does not report it met (目标任务圆满完成)."""
        clause: list[str] = []
        for word in [*words, "，"]:
            if len(word) != 1 or word not in CLAUSE_BREAK:
                clause.append(word)
                continue
            goal = not self.kind_scopes["goal"].isdisjoint(clause)
            if goal and self.kind_scopes["done"].isdisjoint(clause):
                return True
            clause = []
        return False

    def _percent_of_amount(self, indicator: dict[str, Any], q: Quantity) -> bool:
        """A percent right after an indicator counted in money or things, or after its goal
        (GDP预期目标5.5%, 增加值目标定为6.5%), is its growth; 35%的生产总值 is a share."""
        usual = self.indicators.unit(indicator["canonical"])
        after = q.written_end
        if usual in (None, "%", "pp") or indicator["end"] > q.start or self._norm.startswith("的", after):
            return False
        if not self.whole_markers.isdisjoint(self._index.words_within(q.lead, q.start)):
            return False  # 工业投资约占四成: a share after its qualifier
        return all(
            self.kind_of_word.get(w) == "target"  # 预期, 目标
            or self._role(w) == "setting"
            or (w in self.skip_words and w != "的")  # GDP的5% is a share
            for w in self._index.words_within(indicator["end"], q.lead)
        )
