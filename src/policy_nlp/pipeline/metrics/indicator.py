"""Indicators: where the phrase naming what a quantity measures stands (after a measure word, before the
verb leading to the number, a table's row, a ranking's field, a document's title).
"""

from __future__ import annotations

import re
from typing import Any

from spacy.tokens import Doc

from policy_nlp.pipeline.metrics.context import (
    BY_WORDS,
    CLASS_MAGNITUDE,
    CLAUSE_BREAK,
    CLAUSE_BREAK_RE,
    INNER_LINKS,
    MAX_INDICATOR,
    NOUNISH,
    NUMBER_WORD,
)
from policy_nlp.pipeline.metrics.phrases import PhraseRules
from policy_nlp.pipeline.quantities import Quantity
from policy_nlp.pipeline.tokens import Tok
from policy_nlp.pos import tag

PROPER_NAME_TAGS = ("ns", "nr", "nrt", "nz")  # jieba's tags of places and other names
THRESHOLD_GAP = re.compile(r"(?:以上|及以上)?的?")  # between a threshold and the class it defines
HAN_WORD = re.compile(r"[\u4e00-\u9fff]+")
PLACE_NAME_MAX = 6  # characters of a place's or zone's name (甲市, 青川经开区)
SHARE_ITEM_END = re.compile(r"[\u4e00-\u9fff]{1,8}?[、和与及](?:近|约|超|逾)?\d")  # …的人口、近35%
RANK_FIELD = re.compile(r"在[^，,；;。在]{1,16}(中|之中|里|内)")  # 在全省所有县区中排名第12名
RANK_FIELD_MAX = 5  # characters of a field named right after a ranking word (居十城第2位, 居发展中国家首位)
PER_UNIT = ("每", "按")  # 的每辆补贴2500元: the award per unit follows the condition
QUOTED_NAME_TOKENS = 8  # how far a closing quote may stand from its opening one in a counted name


class IndicatorRules(PhraseRules):
    """Finds the indicator of a quantity."""

    def _lone_place(self, tokens: list[Tok]) -> Tok | None:
        """The one word `tokens` hold before any 等, fillers and cue words aside, when it is a place."""
        words = [t for t in tokens if not self.skippable(t.text) and self._cue(t.text) is None]
        words = words[: next((n for n, t in enumerate(words) if t.text == "等"), len(words))]
        return words[0] if len(words) == 1 and tag(words[0].text) == "ns" and words[0].text not in self.nouns else None

    def _title_indicators(
        self, doc: Doc, norm: str, sentences: list[tuple[int, int, int | None, str]]
    ) -> dict[str, dict[str, Any]]:
        """The indicator a headline names (某省GDP迈上新台阶), by its usual unit and for ranks: what
        an article's amounts measure when their sentence names nothing."""
        if not sentences or sentences[0][2] != 0 or sentences[0][3] != "heading":
            return {}
        start, end = sentences[0][0], sentences[0][1]
        for token in self._index.within(start, end):
            found = self._indicator(doc, norm, token.idx, token.idx + len(token.text))
            usual = self.indicators.unit(found["canonical"])
            if usual is not None and usual not in ("%", "pp"):
                return {usual: found, "rank": found}
        return {}

    def _table_record(self, doc: Doc, norm: str, q: Quantity, record: dict[str, Any]) -> dict[str, Any]:
        """A table cell: the table already says what it measures, how, and when."""
        context = q.context or {}
        if context.get("indicator"):
            record["indicator"] = self._indicator(doc, norm, *context["indicator"])
        record["aspect"] = context.get("aspect", "level")
        record["kind"] = context.get("kind", "actual")
        if context.get("time"):
            start, end, value = context["time"]
            record["time"] = self._time_field(start, end, value)
            if record["kind"] == "actual" and value in self._target_years:
                record["kind"] = "target"  # 2025年 | 2027年 | 2030年 under 到2030年…: the years it aims at
        return record

    def _award(
        self, doc: Doc, norm: str, q: Quantity, s_start: int, clause_start: int, indicator: dict[str, Any] | None
    ) -> dict[str, Any] | None:
        """What an incentive measures when its own phrase names the base of a rate or the unit paid
        per: the award granted right after it (按销售额的2%给予奖励 → 奖励), or the award named
        earlier in the sentence (给予补助，单个项目累计不超过650万元 → 补助); an award between the
        qualifier and the number (每户最高补贴1万元) is named there."""
        inside = self._index.within(q.lead, q.start)
        award = next((t for t in inside if t.text.endswith(self.reward_words)), None)
        if award is not None:
            return self._indicator(doc, norm, award.idx, award.idx + len(award.text))
        after = self._index.within(q.written_end, q.written_end + 20)[:5]
        grants = [n for n, t in enumerate(after) if t.text in self.kind_scopes["before"] or t.text in ("的", "标准")]
        if grants and grants[0] <= 1:  # 给予奖励, 的标准发放育儿补贴
            award = next((t for t in after[grants[0] + 1 :] if t.text.endswith(self.reward_words)), None)
            if award is not None:
                return self._indicator(doc, norm, award.idx, award.idx + len(award.text))
            if after[grants[0]].text in self.kind_scopes["before"]:  # 购房补贴按房款的40%给予: the verb closes
                opening = self._index.within(clause_start, q.start)  # the clause the award opens
                award = next((t for t in opening if t.text.endswith(self.reward_words)), None)
                if award is not None and opening.index(award) <= 1:
                    return self._indicator(doc, norm, award.idx, award.idx + len(award.text))
        per_unit = (
            indicator is not None
            and (
                self._text.startswith(self.per_unit, indicator["start"])
                or self._text.endswith(self.per_unit, 0, indicator["start"])  # 每家|企业每年最高20万元
            )
            and not any(r in indicator["text"] for r in self.reward_words)  # 单笔贷款补偿金额 names the award
        )
        if indicator is None or per_unit:
            before = self._index.within(s_start, clause_start)
            award = next((t for t in reversed(before) if t.text.endswith(self.reward_words)), None)
            if award is not None:
                return self._indicator(doc, norm, award.idx, award.idx + len(award.text))
        return None

    def _counts_people(self, end: int, indicator: dict[str, Any] | None = None) -> bool:
        """The noun phrase right after the number (450万困难群众), or its indicator, names people."""
        position = end
        for token in self._index.within(end, end + 8)[:3]:  # 136万偏远山区居民: within a short noun phrase
            if token.idx != position or not HAN_WORD.fullmatch(token.text) or tag(token.text)[:1] in "vpcu":
                break  # a verb, preposition, conjunction or particle ends the phrase
            if token.text.endswith(self.person_nouns):
                return True
            position += len(token.text)
        return indicator is not None and indicator["text"].endswith(self.person_nouns)

    def _with_threshold(
        self, doc: Doc, norm: str, previous: dict[str, Any], indicator: dict[str, Any]
    ) -> dict[str, Any]:
        """A count of a class a threshold right before it defines names the threshold too
        (R&D经费超过8000万元的研发机构有18家 → R&D经费超过8000万元的研发机构), as the class is what is counted."""
        threshold = previous["indicator"]
        if previous["qualifier"] not in ("gt", "ge") or threshold is None or threshold["end"] > previous["start"]:
            return indicator
        if previous["_inherited"] or CLAUSE_BREAK_RE.search(norm, threshold["start"], indicator["end"]):
            return indicator  # the threshold names its measure in its own clause
        if not THRESHOLD_GAP.fullmatch(norm, previous["end"], indicator["start"]):
            return indicator
        if indicator["end"] - threshold["start"] > MAX_INDICATOR + 10:
            return indicator
        return self._indicator(doc, norm, threshold["start"], indicator["end"])

    def _is_condition(self, norm: str, q: Quantity) -> bool:
        """A bound closed by 的 and a thing (800万元以上的项目, 增长超过15%的企业) sets a
        condition; 最高80万元的奖励, 40万元、25万元的工作经费奖励 name the award itself."""
        end = self._condition_end(norm, q)
        if end is None:
            return self._threshold_of_a_class(norm, q)
        if CLAUSE_BREAK_RE.match(norm, end + 1):
            return True  # 芯片比例达到45%以上的，补贴比例…: the condition closes its clause
        named = []  # the noun phrase after 的, up to a grant, a number or a verb (…的企业给予支持, 的部分予以贴息)
        for word in self._index.words_within(end + 1, self._clause_end(norm, end + 1, end + 10)):
            if word.startswith(PER_UNIT) or NUMBER_WORD.match(word):
                return True  # 15万元（含）以下的每台补贴3000元: a tier of an award paid per unit
            if word in self.kind_scopes["before"] or (tag(word) == "v" and not word.endswith(self.reward_words)):
                break
            named.append(word)
        return bool(named) and not any(w.endswith(self.reward_words) for w in named)  # 的一次性奖励

    def _threshold_of_a_class(self, norm: str, q: Quantity) -> bool:
        """A lower bound whose thing closes with 的 (投资超过3亿元先进制造项目的机构): the bound
        defines a class of things by what is named before it."""
        if q.qualifier not in ("gt", "ge"):
            return False
        words = self._index.words_within(q.written_end, self._clause_end(norm, q.written_end, q.written_end + 10))
        closes = next((n for n, w in enumerate(words) if w == "的"), None)
        return bool(closes) and all(HAN_WORD.fullmatch(w) and tag(w).startswith(NOUNISH) for w in words[:closes])

    def _classed(self, doc: Doc, norm: str, q: Quantity, term_tokens: set[int]) -> dict | None:
        """The class a threshold written right before it defines (新落地亿元以上项目86个 → 项目)."""
        end = q.written_end
        holder = self._index.overlapping(end - 1, end)
        if holder and holder[0].idx + len(holder[0].text) > end:  # one name: 亿元以上产业项目
            return self._indicator(doc, norm, end, holder[0].idx + len(holder[0].text))
        after = self._index.within(end, end + MAX_INDICATOR)
        if not (after and after[0].idx == end and self._nounish(after[0], term_tokens)):
            return None
        return self._trimmed(doc, norm, self._leading_phrase(after, term_tokens))

    def _forward_indicator(self, doc: Doc, norm: str, q: Quantity, term_tokens: set[int], kind: str) -> dict | None:
        start = q.written_end
        if kind == "incentive":
            offset = 1 if norm[start : start + 1] == "的" else 0
            grant = next((w for w in self.grant_words if norm.startswith(w, start + offset)), "")
            word = next((w for w in self.incentive_words if norm.startswith(w, start + offset + len(grant))), None)
            if word is not None:  # 最高50万元(的)奖励, 按10%给予补助: the incentive itself is what is measured
                at = start + offset + len(grant)
                return self._indicator(doc, norm, at, at + len(word))
            if offset and q.unit == "%":  # 减按4%的税率: the rate granted
                rate = self._known_statistic(doc, norm, start + 1, term_tokens, rates=True)
                if rate is not None and rate["text"].endswith("率"):
                    return rate
            within = self._index.within(start, min(start + 8, self._clause_end(norm, start, len(norm))))
            reward = next((t for t in within if t.text in self.reward_words), None)
            funds = self.kind_scopes["fund"]
            named = bool(within) and within[0].idx == start + offset and any(f in within[0].text for f in funds)
            if reward is not None and not named:  # 按当年投入额的120%加计扣除: the reward named after it
                # in its clause, unless a fund is named right after the amount (2亿元专项资金支持…)
                return self._indicator(doc, norm, reward.idx, reward.idx + len(reward.text))
            start += offset
        elif norm[start : start + 1] == "的":
            # 近30%的人口, 以4万亿元的经济总量: the statistic named after 的, when it is a known one
            found = self._known_statistic(doc, norm, start + 1, term_tokens, rates=q.unit == "%")
            if found is None and q.unit == "%" and self._in_share_list(norm, q, start):
                found = self._trimmed(
                    doc, norm, self._leading_phrase(self._index.within(start + 1, start + 12), term_tokens)
                )
            if found is not None and self._counted_next(found["end"]):
                return None  # 总投资超5亿元的项目260个: a threshold of what is counted next, not a statistic
            if found is not None or q.unit_kind != "measure":
                return found
        elif q.unit_kind != "measure" and q.unit not in ("m2", "km2", "mu"):
            return None
        limit = min(len(norm), start + MAX_INDICATOR)
        frame = RANK_FIELD.search(norm, max(0, q.start - MAX_INDICATOR), limit)
        if frame is not None and frame.start() < q.start and frame.end() > start:
            limit = frame.end() - len(frame.group(1))  # 在全省16个地市中: the counted thing ends at 中
        tokens = self._index.within(start, limit)
        if tokens and tokens[0].idx == start and tokens[0].text in "（(":
            return None  # 1200万辆（艘、架）次: more units in brackets, no thing counted
        if q.unit is None and not (tokens and tokens[0].idx == start and self._nounish(tokens[0], term_tokens)):
            return None  # a bare 450万 counts the noun right after it (450万困难群众), or nothing here
        picked: list[Tok] = []
        quoted_to = -1
        for n, token in enumerate(tokens):
            if n <= quoted_to:
                picked.append(token)  # inside quotes a name is whole, whatever its words' tags (“二线口岸”)
                continue
            if token.text == "“":
                quoted_to = next(
                    (k for k in range(n + 1, min(n + QUOTED_NAME_TOKENS, len(tokens))) if tokens[k].text == "”"), -1
                )
            if token.text in '“”"《》' or (not picked and CLASS_MAGNITUDE.fullmatch(token.text)):
                picked.append(token)  # 24座万亿GDP城市: a magnitude opening a class label is part of it
                continue
            if token.text == "级" and len(picked) == 1 and CLASS_MAGNITUDE.fullmatch(picked[0].text):
                picked.append(token)  # 百亿|级|产业链: the grade's suffix, cut off by the tokenizer
                continue
            if self._nounish(token, term_tokens) or (
                kind == "incentive" and not picked and token.text in self.incentive_words
            ):
                picked.append(token)
                continue
            following = tokens[n + 1] if n + 1 < len(tokens) else None
            if picked and picked[-1].i in term_tokens and token.text not in INNER_LINKS:
                break  # 3家中试平台入选…: a lexicon term already names the thing counted
            if (
                (picked or token.idx == start)  # 145个共建重点项目: a verb may open the phrase
                and following is not None
                and self._inner_ok(token, term_tokens)
                and token.text not in INNER_LINKS
                and token.text not in self.reward_words  # 2亿元专项资金|支持…: the grant's predicate
                and self._nounish(following, term_tokens)
            ):
                picked.append(token)
                continue
            break
        while picked and not (
            self._nounish(picked[-1], term_tokens)
            or picked[-1].text in "”》"
            or (picked[-1].text in self.incentive_words and picked[-1].text not in self.kind_scopes["before"])
            or (picked[-1].text == "级" and len(picked) == 2)  # 3个千亿级、8个百亿级集群: the grade alone
        ):
            picked.pop()
        return self._trimmed(doc, norm, picked, strip_scope=False)

    @staticmethod
    def _in_share_list(norm: str, q: Quantity, de: int) -> bool:
        """近25%的人口、近32%的生产总值和近38%的消费市场: shares listed with their wholes after 的."""
        return (q.lead > 0 and norm[q.lead - 1] in "、和与及") or SHARE_ITEM_END.match(norm, de + 1) is not None

    def _counted_next(self, position: int) -> bool:
        """Whether a quantity starts right at `position` (项目|500个)."""
        following = self._index.within(position, position + 4)
        return bool(following) and following[0].idx == position and following[0].i in self._quantity_tokens

    def _known_statistic(
        self, doc: Doc, norm: str, start: int, term_tokens: set[int], *, rates: bool = False
    ) -> dict | None:
        """The longest noun phrase from `start` that names a known statistic, or (with `rates`, for
        a percentage) any rate (按5%的征收率, 以3.5%的利率)."""
        tokens = self._index.within(start, min(len(norm), start + MAX_INDICATOR))
        picked: list[Tok] = []
        for token in tokens:
            if not self._nounish(token, term_tokens):
                break
            picked.append(token)
        rate_ends = [n + 1 for n, token in enumerate(picked) if token.text.endswith("率")] if rates else []
        if rate_ends:
            return self._trimmed(doc, norm, picked[: rate_ends[-1]], strip_scope=False)
        for end in range(len(picked), 0, -1):
            found = self._trimmed(doc, norm, picked[:end], strip_scope=False)
            if found is not None and found["canonical"] is not None:
                return found
        return None

    def _named_later(self, doc: Doc, norm: str, q: Quantity, s_end: int, term_tokens: set[int]) -> dict | None:
        """The measure a sentence that gives its amounts first names after them: the first known
        statistic later in the sentence that is counted in the amount's unit."""
        for token in self._index.within(q.end, s_end):
            found = self._known_statistic(doc, norm, token.idx, term_tokens)
            if found is not None and self.indicators.unit(found["canonical"]) == q.unit:
                return found
        return None

    def _backward_indicator(
        self, doc: Doc, norm: str, clause_start: int, lead_end: int, term_tokens: set[int]
    ) -> dict | None:
        tokens = self._index.within(clause_start, lead_end)
        if "".join(t.text for t in tokens[:2]).startswith(self.compare) and tokens[0].text not in self.gap_words:
            # 比上年末增加15万人, 快|于规模以上工业: only the base is named; the measure comes from before
            # (a gap that opens with a comparison, 领先优势, is what is measured)
            return None
        framing = tokens[1:2] if tokens and tokens[0].text in BY_WORDS else tokens[:1]
        if framing and framing[0].text in self.frame_words:
            named = max((n for n, t in enumerate(tokens) if t.text == "的"), default=None)
            if named is None:
                return None  # 扣除价格因素后增长6.3%, 按可比口径增长7.2%: how it was computed, not what
            tokens = tokens[named + 1 :]  # 扣除季节因素后的环比增速: what follows the frame
        if tokens and tokens[0].text.startswith("按") and any(t.text in self.conversions for t in tokens):
            return None  # 按年平均汇率折算为1.5万美元: the number before, converted
        if tokens and tokens[-1].text == "的":  # 是全国平均水平的1.6倍, 仅为全省平均水平的六成: X的 is a base
            link = next((n for n in range(len(tokens) - 1, -1, -1) if tokens[n].text in self.base_links), None)
            if link is not None:
                tokens = tokens[:link]
                if not tokens:
                    return None  # (人均GDP…，)是…的1.6倍: the measure is the subject, named before
        closing = next((n for n in range(len(tokens) - 1, -1, -1) if tokens[n].text in "）)"), None)
        if closing is not None and not any(self._nounish(t, term_tokens) for t in tokens[closing + 1 :]):
            # 工业投资（不含电力）增长: a note on the phrase before it; 县（市）: a one-character
            # word qualified by the aside keeps it
            opening = next((n for n in range(closing - 1, -1, -1) if tokens[n].text in "（("), None)
            if opening and len(tokens[opening - 1].text) > 1 and self._nounish(tokens[opening - 1], term_tokens):
                tokens = tokens[:opening]
        compare = self.compare_words
        cut = next(  # 增速比全国快, 增长快|于经济增长: the phrase before the comparison
            (
                n
                for n in range(1, len(tokens))
                if tokens[n].text in compare or (n + 1 < len(tokens) and tokens[n].text + tokens[n + 1].text in compare)
            ),
            None,
        )
        if cut is not None:
            tokens = tokens[:cut]
        phrase = self._phrase(tokens, term_tokens)
        kinds = [n for n, t in enumerate(phrase) if t.text == "类" and any(u.text == "、" for u in phrase[:n])]
        if kinds and kinds[-1] + 1 < len(phrase):
            phrase = phrase[kinds[-1] + 1 :]  # 化肥、粮食和能源类|大宗商品进口: the kinds listed qualify it
        while phrase and phrase[-1].text in self.rank_words:  # 数量排名前三: what is ranked, not 排名
            phrase = phrase[:-1] or self._phrase(tokens[: tokens.index(phrase[0])], term_tokens)
        if phrase and all(t.text in self.rate_nouns for t in phrase):
            phrase = self._with_owner(tokens, phrase, self.tail, term_tokens)  # 扣非净利润同比增长率: the rate of what
        if len(phrase) == 1 and phrase[0].text in self.measure_nouns:
            at = tokens.index(phrase[0])
            before = tokens[at - 1].text if at else ""
            if tag(before) == "v" and before not in self.cue_words and not self._role(before):
                noun = phrase[0]  # 签约总额: the verb names the sum
                return self._indicator(doc, norm, tokens[at - 1].idx, noun.idx + len(noun.text))
            phrase = self._with_owner(tokens, phrase, {"的"}, term_tokens)  # 上市公司的数量: whose number
        if phrase and phrase[-1].text in self.per_head:
            after = tokens[tokens.index(phrase[-1]) + 1 :]
            if (
                after
                and tag(after[0].text) == "v"
                and after[0].text not in self.cue_words
                and not self._role(after[0].text)
                and all(self.skippable(t.text) for t in after[1:])
            ):
                phrase = [*phrase, after[0]]  # 从业人员人均|创收: per head, the verb names what is measured
        share = max((n for n, t in enumerate(tokens) if t.text in self.whole_markers), default=None)
        if share is not None and phrase and phrase[0].i > tokens[share].i and phrase[-1].text not in self.share_nouns:
            # X占Y的57%: Y is the whole; what is measured is X, before 占 (or in the clause before)
            return self._trimmed(doc, norm, self._phrase(tokens[:share], term_tokens)) if share else None
        frame = self._per_frame(tokens, phrase[-1], clause_start) if phrase else None
        while frame is not None and len(phrase) > 1:
            phrase = phrase[:-1]  # 保费每人每年120元: what is measured, without per what (每孩|每年)
            frame = self._per_frame(tokens, phrase[-1], clause_start)
        if frame is not None:
            # 效率由每小时40自然箱…, 批发价格为每公斤4.2元: the measure comes before
            return self._backward_indicator(doc, norm, clause_start, frame, term_tokens)
        found = self._trimmed(doc, norm, phrase)
        if found is None and phrase and self._place_or_person(phrase):
            # 安徽GDP被上海反超了: the place that acts is no indicator; the phrase before it is
            found = self._trimmed(doc, norm, self._phrase(tokens[: tokens.index(phrase[0])], term_tokens))
        if found is not None and found["canonical"] is not None and phrase:
            at = tokens.index(phrase[0])
            if at >= 2 and tokens[at - 1].text in self.subject_links and tokens[at - 2].i in term_tokens:
                subject = self._trimmed(doc, norm, self._phrase(tokens[: at - 1], term_tokens))
                if subject is not None:  # 私营企业实现营业收入: whose statistic it is
                    return self._indicator(doc, norm, subject["start"], found["end"])
        return found

    def _contribution(
        self, doc: Doc, norm: str, clause_start: int, lead_end: int, term_tokens: set[int]
    ) -> tuple[dict[str, Any], dict[str, Any] | None] | None:
        """拉动进出口增长 before the number (from the contribution word to the change it drives),
        with what contributes (the phrase before it), if the clause holds one."""
        tokens = self._index.within(clause_start, lead_end)
        at = next((n for n in range(len(tokens) - 1, -1, -1) if self._role(tokens[n].text) == "contribution"), None)
        if at is None:
            return None
        end = len(tokens)
        while end > at + 1 and self.skippable(tokens[end - 1].text):
            end -= 1
        if end <= at + 1:
            return None
        last = tokens[end - 1]
        pull = self._indicator(doc, norm, tokens[at].idx, last.idx + len(last.text))
        return pull, self._trimmed(doc, norm, self._phrase(tokens[:at], term_tokens))

    def _rank_field_start(self, norm: str, clause_start: int, lead_end: int) -> int | None:
        """Where the field of a ranking opens in the clause before a rank, if it names one: 在…中
        (在全市12个区县中居第3位), or a ranking word before …中的 (增速排名前十大城市中的首位)."""
        match = RANK_FIELD.search(norm, clause_start, lead_end)
        if match is not None:
            return match.start()
        tokens = self._index.within(clause_start, lead_end)
        at = next((n for n in range(len(tokens) - 1, -1, -1) if tokens[n].text in self.rank_words), None)
        if norm.endswith(("中", "中的", "之中", "之"), clause_start, lead_end):  # 居各区县之首
            if at is not None:
                return tokens[at].idx
            # the tokenizer may have joined the ranking word to the field (居十城之首)
            leads = (w for w in self.rank_words if len(w) > 1 or w == "居")
            found = max((norm.rfind(w, clause_start, lead_end) for w in leads), default=-1)
            return found if found >= 0 else None
        if at is not None and at + 2 < len(tokens) and tokens[at + 1].text in self.rank_scopes:
            return tokens[at].idx  # 总量居全省园区首位: the field follows the ranking word
        field = tokens[at + 1 :] if at is not None else []
        if at is not None and field and len(field) <= 2 and sum(len(t.text) for t in field) <= RANK_FIELD_MAX:
            return tokens[at].idx  # 增速居十城第2位: a short field after the ranking word, whatever it is
        last = tokens[-1] if len(tokens) > 1 else None
        if last is not None and last.text.startswith("居") and 1 < len(last.text) <= RANK_FIELD_MAX + 1:
            return last.idx  # 居十城, one word for the tokenizer
        return None

    def _per_frame(self, tokens: list[Tok], token: Tok, clause_start: int) -> int | None:
        """Where a per-unit frame ending with `token` opens (每|小时, 每公斤, 每月): it says per what the
        number is given, not what it measures (每千人口执业医师数 is a name, no frame)."""
        at = tokens.index(token)
        if token.text in self.time_frames and at > 0 and tokens[at - 1].text == "每":
            return tokens[at - 1].idx
        parts = token.text.split("每")  # 每公斤, 每人每年: each part after 每 a unit or a time
        per_unit = all(
            p in self.unit_words or p in self.time_frames or tag(p) == "q" or (len(p) == 1 and tag(p) == "n")
            for p in parts[1:]
        )  # 每孩: per one of a single-character noun
        return token.idx if token.text.startswith("每") and per_unit and token.idx > clause_start else None

    def _ranking(
        self, doc: Doc, norm: str, s_start: int, clause_start: int, end: int, term_tokens: set[int]
    ) -> dict[str, Any] | None:
        """The published ranking a rank is on, when its sentence names one (在…评价中) and only
        places name what ranks: 在2024年度全国文化旅游城市竞争力评价中，某市位列第6位, 在全国城市
        营商环境评价中列第9名; but 上榜企业数量居全省第4位 ranks a count."""
        frames = list(self.ranking_frame.finditer(norm, s_start, end))
        if not frames:
            return None
        frame = frames[-1]
        own = frame.start() >= clause_start  # the ranking opens the rank's own clause
        spans = [(max(clause_start, frame.end()), end)] + ([(clause_start, frame.start())] if own else [])
        named = [self._backward_indicator(doc, norm, a, b, term_tokens) for a, b in spans if a < b]
        if any(n is not None and not (self._only_scope(n) or self._proper_name(n)) for n in named):
            return None
        if not own and all(n is None for n in named):
            return None  # …的医院数量达到11家，居全国第5位: the sentence's subject ranks
        return self._indicator(doc, norm, *frame.span(1))

    def _proper_name(self, indicator: dict[str, Any]) -> bool:
        """An indicator that is one proper name (桂林, which jieba may tag as a person's): who, not what."""
        words = self._index.words_within(indicator["start"], indicator["end"])
        if len(indicator["text"]) <= PLACE_NAME_MAX and indicator["text"].endswith(self.place_units):
            return True  # 青川经开区, 甲市: a place or zone, whatever jieba tags its first word
        return len(words) == 1 and tag(words[0]) in PROPER_NAME_TAGS

    def _only_scope(self, indicator: dict[str, Any]) -> bool:
        """An indicator made of nothing but the field of a ranking (全国, 各省区, 地市中)."""
        words = self._index.words_within(indicator["start"], indicator["end"])
        return indicator["text"] in self.rank_scopes or all(
            w in self.rank_scopes or len(w) == 1 or tag(w) == "ns" for w in words
        )

    def _sentence_subject(self, doc: Doc, norm: str, s_start: int, limit: int, term_tokens: set[int]) -> dict | None:
        tokens = self._index.within(s_start, limit)
        breaks = [n for n, token in enumerate(tokens) if token.text in CLAUSE_BREAK]
        for begin, end in reversed(list(zip([-1, *breaks], breaks, strict=False))):  # the nearest clause first
            found = self._trimmed(doc, norm, self._leading_phrase(tokens[begin + 1 : end], term_tokens))
            if found:
                return found
        return None

    def _place_alone(self, doc: Doc, norm: str, clause_start: int, lead_end: int) -> dict[str, Any] | None:
        """The place a change is reported for when its clause names nothing else (其中平江县增长9.1%):
        in a breakdown by place the place is what the number tells apart."""
        tokens = self._index.within(clause_start, lead_end)
        if not any((self._cue(t.text) or ("",))[0] in ("change", "rate") for t in tokens):
            return None  # a change cue must stand there too (苏州达到7.9% after 增速 is the growth's)
        place = self._lone_place(tokens)
        return self._indicator(doc, norm, place.idx, place.idx + len(place.text)) if place is not None else None
