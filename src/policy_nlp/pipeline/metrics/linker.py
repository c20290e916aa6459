"""Metric records: each quantity linked to what it measures, how, when, and as what.

For every quantity the component finds, from cue tables and the pipeline's tokens:
indicator (a noun phrase after a measure word — 3家全国重点实验室 — or before the verb
that leads to the number), aspect (level / change / rate, with sign), kind (actual /
target / incentive), time (a year, a period, 到2027年) and series links (从X提升到Y).
Nothing here raises: what cannot be resolved stays null, with a warning on the record.
"""

from __future__ import annotations

import copy
import dataclasses
import itertools
import re
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from policy_nlp.pipeline.cues import list_item
from policy_nlp.pipeline.metrics.aspect import AspectRules
from policy_nlp.pipeline.metrics.captions import CaptionRules
from policy_nlp.pipeline.metrics.context import (
    LIST_JOINER,
    MAX_INDICATOR,
    SOFT_STOPS,
)
from policy_nlp.pipeline.metrics.lists import ListRules
from policy_nlp.pipeline.metrics.sections import BASE_YEAR, SectionRules
from policy_nlp.pipeline.metrics.timing import TimeRules
from policy_nlp.pipeline.quantities import SERIES_OPENERS, Quantity
from policy_nlp.pipeline.sentences import sentences_of
from policy_nlp.pipeline.times import TimeMention
from policy_nlp.pipeline.tokens import TokenIndex, doc_normalized, doc_text

INLINE_PAREN = re.compile(
    r"\((?<=[\u4e00-\u9fff]\()[\u4e00-\u9fff、]{1,6}\)(?=[\u4e00-\u9fff])"
)  # 县(市、区) in a name
RATIO_COLONS = (":", "∶")  # between the parts of a ratio of shares (三次产业比例为5.1∶38.2∶56.7)
LABEL_MIN, LABEL_MAX = 2, 24  # characters of a line's label before its colon (指标名称：数值)
LABEL_BREAKS = "，,；;。！？!?"  # a label is no clause; brackets may stand in it (达标县（区）比例)
BARE_MONEY_MIN = 1e8  # a bare amount of 亿 or more (4万亿) is money, unless people follow (14亿人民)
SERIES_FROM = re.compile(rf"[{''.join(SERIES_OPENERS)}][^，,；;。]{{0,12}}$")  # 从2019年的2.5%…, 由2023年的7.2%…
SERIES_TO = re.compile(r"(到|至|调整为|优化为|变为)[^，,；;。]{0,8}$")  # …提升到2023年的2.9%, …调整为2024年的9.2:…


class MetricLinker(CaptionRules, ListRules, SectionRules, AspectRules, TimeRules):
    """Builds `doc._.metrics` from `doc._.quantities`, sentences and tokens."""

    def __call__(self, doc: Doc) -> Doc:
        """Analyse on a shallow copy, so the component itself holds no per-document state."""
        return copy.copy(self)._link(doc)

    def _link(self, doc: Doc) -> Doc:
        text, norm = doc_text(doc), doc_normalized(doc)
        self._norm, self._text = norm, text
        quantities: list[Quantity] = list(doc._.quantities or [])
        self._index = TokenIndex(doc, text)
        self._inline = {
            i
            for m in INLINE_PAREN.finditer(norm)
            if m.group()[1:-1].lstrip("万亿千百") not in self.unit_words  # 总额(亿元)增速: a unit, not a name
            for i in (m.start(), m.end() - 1)
        }
        self._bounds = {  # 65岁及以上人口占比: a bound that names the group is part of the name
            token.idx for m in self.group_bounds.finditer(norm) for token in self._index.overlapping(*m.span())
        }
        self._cites_plan = {}
        self._targets_before = {}
        self._this_year = {}
        self._quantity_tokens = {
            i
            for q in quantities
            for i in self._index.overlapping_indices(q.start, q.end)
            # a name that holds a threshold (亿元以上产业项目) is no part of the quantity
            if self._index.starts[i] + len(self._index.words[i]) <= q.written_end or self._index.starts[i] > q.start
        }
        term_tokens = {term["token"] for term in doc._.terms or [] if term["token"] is not None}
        sentence_list = sentences_of(doc)
        sentences = [(start, end) for start, end, _, _ in sentence_list] or [(0, len(text))]
        times = self._as_reported(norm, sentences, self.find_times(norm))  # in text order
        self._time_starts = [t.start for t in times]
        # where a year ends that binds a number (2020年的|约30%): the year of that number only
        self._number_years = {p - 1 for q in quantities for p in (q.lead, q.start) if norm[p - 1 : p] == "的"}
        rules_title = self._rules_title(sentence_list)
        self._lays_down_rules = rules_title is not None
        self._on_work_report = self._reports_on_work_report(norm, sentence_list)
        self._dated_year = self._dated(sentence_list)
        self._paragraph_is_plan, self._in_review, self._plan_years = self._plan_paragraphs(
            sentence_list, times, rules_title
        )
        self._target_years = {t.value for t in times if t.role == "target"}  # 到2027年, 到2030年
        self._title_measures = self._title_indicators(doc, norm, sentence_list)
        self._plan_year = self._report_year(norm, sentence_list) if self._on_work_report else None
        if self._on_work_report and self._plan_year is None and self._dated_year is not None:
            self._plan_year = (
                f"{self._dated_year}年"  # ——2027年2月3日在…会议上: a work report plans for the year it is given
            )
        self._full_starts = [
            start
            for (start, _, paragraph, _), (_, last_end, last_paragraph, _) in zip(
                sentence_list, [(0, 0, None, ""), *sentence_list], strict=False
            )
            if paragraph != last_paragraph or norm[last_end - 1 : last_end] not in SOFT_STOPS
        ] or [0]  # sentences as a reader counts them: ； does not end one
        records: list[dict[str, Any]] = []
        previous: dict[str, Any] | None = None
        sentence_index = 0
        series = 0
        paragraphs = [paragraph for _, _, paragraph, _ in sentence_list] or [None]
        earlier: dict[str, dict[str, Any]] = {}  # the paragraph's last record of each unit
        for q in quantities:
            while sentence_index + 1 < len(sentences) and sentences[sentence_index + 1][0] <= q.start:
                sentence_index += 1
                if paragraphs[sentence_index] != paragraphs[sentence_index - 1]:
                    earlier = {}
            s_start, s_end = sentences[sentence_index]
            if previous is not None and self._full_start(previous["start"]) != self._full_start(q.start):
                previous = None  # a new sentence as a reader counts it (； does not end one)
            try:
                record = self._record(doc, norm, q, s_start, s_end, times, term_tokens, previous, earlier)
            except Exception as error:
                record = self._bare(q)
                record["warnings"].append(f"metric analysis failed: {type(error).__name__}: {error}")
            lead = norm[max(s_start, q.start - 12) : q.lead]  # up to a qualifier written before it (超过…)
            series_to = SERIES_TO.search(lead)
            if previous is not None and series_to is not None and previous.get("_from"):
                if previous["series"] is None:
                    series += 1
                    previous["series"] = series
                record["series"] = previous["series"]
                if record["kind"] == previous["kind"] == "target":
                    # 由2023年的7.2%提高到9%左右: a planned change starts where things stand
                    previous["kind"] = "actual"
                elif "incentive" in (record["kind"], previous["kind"]):
                    # 补贴标准由每台300元提高至400元: a grant's standard changed is the grant's, both ends
                    record["kind"] = previous["kind"] = "incentive"
                indicator = record["indicator"]
                to_start = q.lead - len(lead) + series_to.start()
                if indicator is None or record["_inherited"] or indicator["start"] >= to_start:
                    record["indicator"] = previous["indicator"]  # …调整为2025年的…: the verb names nothing
                self._split_span(previous, record)
            record["_from"] = self._opens_series(q.lead - len(lead), lead)
            if previous is not None and self._ratio_part(norm, previous, record):
                for field in ("indicator", "time", "kind", "aspect", "_from"):  # 3.6∶44.1∶52.3: shares of one whole
                    record[field] = copy.deepcopy(previous[field])
            if previous is not None and self._base_before_goal(norm, previous, record, times):
                previous["kind"] = "actual"  # 2024年为380吨，2031年目标为300吨以内
            record["_leading_qualifier"] = q.lead < q.start
            record["_table"] = q.context is not None  # a table's cell
            record["_sentence"] = s_start
            record["_written_end"] = q.written_end  # 10%以上|、: after its qualifier
            if previous is not None and LIST_JOINER.fullmatch(norm[previous["_written_end"] : record["start"]]):
                self._share_with_list(previous, record)
            if record["unit"] is None and record["indicator"] is not None:
                record["unit"] = self.indicators.unit(record["indicator"].get("canonical"))
            if (
                record["unit"] is None
                and record["value"] is not None
                and self._counts_people(record["end"], record["indicator"])
            ):
                record["unit"] = "人"  # 450万困难群众: a bare count of people
            if record["unit"] is None and record["indicator"] is not None and q.text == "个位数":
                if record["indicator"]["text"].endswith(self.rate_suffixes):
                    record["unit"] = "%"  # 利润率降至个位数: the digits of a rate
            records.append(record)
            previous = record
            if record["unit"] is not None and record["_subject"] is not None:
                earlier[record["unit"]] = record
        self._distribute_lists(doc, norm, records)
        self._tiers_of_a_grant(norm, records)
        for record, following in itertools.pairwise(records):
            if record["unit"] is None and record["series"] is not None and following["series"] == record["series"]:
                record["unit"] = following["unit"]  # 从个位数增长至50家: the series shares its unit
        for record in records:
            record.pop("_from", None)
            record.pop("_leading_qualifier", None)
            record.pop("_table", None)
            record.pop("_inherited", None)
            record.pop("_subject", None)
            record.pop("_sentence", None)
            record.pop("_written_end", None)
        doc._.metrics = records
        return doc

    def _tiers_of_a_grant(self, norm: str, records: list[dict[str, Any]]) -> None:
        """甲类人才给予最高80万元安家补贴；乙类人才给予最高60万元: a later tier of a grant, which names
        only whom it is for, measures the grant the paragraph named last."""
        grant: dict[str, Any] | None = None
        last_end = 0
        for record in records:
            if "\n" in norm[last_end : record["start"]]:
                grant = None  # a new paragraph
            last_end = record["end"]
            indicator = record["indicator"]
            if record["kind"] != "incentive" or indicator is None:
                continue
            if indicator["text"].endswith(self.reward_words):
                grant = indicator
                continue
            granted = any(w in norm[indicator["end"] : record["start"]] for w in self.grant_words)
            if grant is not None and granted and indicator["text"].endswith(self.person_nouns) and not record["_table"]:
                record["indicator"] = grant  # whom it is for, then 给予: not a table's row, not a condition

    @staticmethod
    def _as_reported(norm: str, sentences: list[tuple[int, int]], times: list[TimeMention]) -> list[TimeMention]:
        """到2025年(末) is no target where sentences open on that year's results (2025年，…): by then,
        where things stood; nor is 到2012年 where the document reports a later year: history."""
        reported = {m.group(1) for start, _ in sentences if (m := BASE_YEAR.match(norm, start)) is not None}
        latest = max(reported, default="")
        return [
            dataclasses.replace(t, role="plain")
            if t.role == "target" and t.value.isdigit() and (t.value < latest or t.value in reported)
            else t
            for t in times
        ]

    @staticmethod
    def _ratio_part(norm: str, previous: dict[str, Any], record: dict[str, Any]) -> bool:
        """Whether `record` is a later part of the ratio of shares `previous` is a part of."""
        return previous["unit"] == record["unit"] == "%" and norm[previous["end"] : record["start"]] in RATIO_COLONS

    def _whole_label(self, doc: Doc, norm: str, q: Quantity, indicator: dict[str, Any] | None) -> dict[str, Any] | None:
        """An indicator read from a label that opens the line before a colon is the whole label:
        （五）省级及以上园区亩均产出：2024年为…, …达标村（社区）比例：2024年为…."""
        if indicator is None:
            return None
        line_start = norm.rfind("\n", 0, q.start) + 1
        colon = min((at for at in (norm.find(c, line_start, q.start) for c in "：:") if at >= 0), default=-1)
        if colon < 0 or not (line_start <= indicator["start"] and indicator["end"] <= colon):
            return indicator
        marker = list_item().match(norm, line_start)
        start = marker.end() if marker is not None else line_start
        label = norm[start:colon]
        if not LABEL_MIN <= len(label) <= LABEL_MAX or any(ch in LABEL_BREAKS for ch in label):
            return indicator
        return self._indicator(doc, norm, start, colon)

    def _base_before_goal(
        self, norm: str, previous: dict[str, Any], record: dict[str, Any], times: list[TimeMention]
    ) -> bool:
        """Whether `previous`, a figure for a year stated right before it, is the base of the
        goal `record` sets for a later year in the same sentence: 2024年为61%，2031年目标为75%以上;
        十四五期间下降12%，十五五目标为再降10%. Year-by-year goals (2026年达到…，2027年达到…)
        have no goal word of their own after the first and stay targets."""
        first, later = previous["time"], record["time"]
        if previous["kind"] != "target" or record["kind"] != "target" or first is None or later is None:
            return False
        if not previous["end"] <= later["start"] < record["start"] or int(first["value"][-4:]) >= int(
            later["value"][:4]
        ):
            return False
        if any(t.start == first["start"] and t.role == "target" for t in times):
            return False  # 到2027年…，到2030年…: two goals
        words_of = self._index.words_within
        own = words_of(first["start"], previous["start"])
        return any(
            self.kind_of_word.get(w) == "target" for w in words_of(previous["end"], record["start"])
        ) and not any(w in self.kind_of_word for w in own)

    def _opens_series(self, lead_start: int, lead: str) -> bool:
        """Whether 从/由 as a word of its own opens a series in the clause up to the number (从2019年的
        2.5%), not inside another word (从业人员, 自由贸易)."""
        return any(
            t.text in SERIES_OPENERS and SERIES_FROM.match(lead, t.idx - lead_start)
            for t in self._index.within(lead_start, lead_start + len(lead))
            if t.idx >= lead_start
        )

    def _split_span(self, first: dict[str, Any], second: dict[str, Any]) -> None:
        """从2012年到2021年，GDP从53.9万亿元增长到114.4万亿元: the two ends of a series share a
        span of years; the first end is the first year's, the second the last year's."""
        time = first["time"]
        if time is None or second["time"] != time or "-" not in time["value"]:
            return
        for record, year in zip((first, second), time["value"].split("-"), strict=True):
            at = self._text.find(year, time["start"], time["end"])
            if at < 0:
                return
            end = at + len(year) + (1 if self._text[at + len(year) : at + len(year) + 1] == "年" else 0)
            record["time"] = self._time_field(at, end, year)

    # -- one record ------------------------------------------------------------------------
    def _bare(self, q: Quantity) -> dict[str, Any]:
        return {
            **q.fields(),
            "indicator": None,
            "aspect": "level",
            "kind": "actual",
            "time": None,
            "series": None,
            "warnings": list(q.warnings),
            "_inherited": False,
            "_subject": None,  # the indicator a later number without its own inherits
        }

    def _record(
        self,
        doc: Doc,
        norm: str,
        q: Quantity,
        s_start: int,
        s_end: int,
        times: list[TimeMention],
        term_tokens: set[int],
        previous: dict[str, Any] | None,
        earlier: dict[str, dict[str, Any]],
    ) -> dict[str, Any]:
        """`previous` is the sentence's record before this one; `earlier` the paragraph's last record
        of each unit (a number whose sentence names nothing keeps a null indicator, per the guideline,
        but reads as a rate when the paragraph's numbers of its unit are rates)."""
        record = self._bare(q)
        if q.context is not None:
            return self._table_record(doc, norm, q, record)
        caption = self._caption(q)
        if caption is not None:
            return self._caption_record(doc, record, q, caption, times, term_tokens)
        if q.unit is None and q.value is not None and abs(q.value) >= BARE_MONEY_MIN and not self._counts_people(q.end):
            q = dataclasses.replace(q, unit="CNY", unit_kind="currency")  # 迈过4万亿门槛: things carry a measure word
            record["unit"] = q.unit
            record["warnings"].append("unit CNY assumed for a bare amount of 亿 or more")
        lead_end = q.lead
        clause_start = self._clause_start(norm, s_start, lead_end)
        aspect, sign = self._aspect(doc, q, clause_start, lead_end)
        if aspect == "level" and q.unit == "x" and self._multiple_of_a_base(times, q):
            aspect = "rate"  # 是2020年的3倍: the growth since then, like 翻番
        if aspect == "level" and self._part_of_change(previous, q, clause_start, lead_end):
            aspect, sign = "change", (-1 if previous is not None and (previous["value"] or 0) < 0 else 1)
        record["aspect"] = aspect
        if sign < 0 and record["value"] is not None:  # 下降5%, 减少3家, 拉低…增速0.5个百分点
            record["value"] = -abs(record["value"])
            if record["value_max"] is not None:
                record["value_max"] = -abs(record["value_max"])
        stated_times = self._times_before(times, q.start)
        target_year = any(t.role == "target" for t in stated_times) or bool(  # 到2025年，…
            self.looking_ahead.search(norm, self._full_start(q.start), q.start)  # 今后五年，…
        )
        stated = [int(t.value[:4]) for t in stated_times if t.role != "target" and t.value[:4].isdigit()]
        after_result = previous is not None and previous["kind"] == "actual"
        record["kind"] = self._kind(
            doc, norm, q, s_start, clause_start, s_end, target_year, aspect, min(stated, default=None), after_result
        )
        if record["kind"] == "actual" and aspect != "level" and self._growth_of_goal(previous, q, clause_start):
            record["kind"] = "target"
        record["time"] = self._time(times, q, s_start, clause_start, record["kind"])
        # 对出口额500万美元以上的企业给予支持: the threshold of a condition measures what is named before it
        condition = record["kind"] == "incentive" and self._is_condition(norm, q)
        indicator = None if condition else self._forward_indicator(doc, norm, q, term_tokens, record["kind"])
        if indicator is None and record["kind"] == "incentive":
            nearest = self._nearest_word(clause_start, lead_end)
            if nearest is not None and nearest.text in self.kind_scopes["reward"]:  # 得到奖励500万元: the reward
                indicator = self._indicator(doc, norm, nearest.idx, nearest.idx + len(nearest.text))
        if indicator is None:
            field = self._rank_field_start(norm, clause_start, lead_end) if q.unit == "rank" else None
            end = lead_end if field is None else field  # 总量在全市12个区县中居第3位: what ranks precedes the field
            indicator = self._backward_indicator(doc, norm, clause_start, end, term_tokens)
        if q.qualifier in ("ge", "gt") and q.written_end > q.end:
            known = indicator is not None and self.indicators.unit(indicator["canonical"]) == q.unit  # 计划总投资
            indicator = indicator if known else self._classed(doc, norm, q, term_tokens) or indicator
        if record["kind"] == "incentive" and not condition:
            indicator = self._award(doc, norm, q, s_start, clause_start, indicator) or indicator
        if q.unit == "rank" and indicator is not None and self._only_scope(indicator):
            indicator = None  # 在全市12个区县中居第1位: where it ranks, not what is ranked
        if q.unit == "rank" and aspect == "level":
            indicator = self._ranking(doc, norm, s_start, clause_start, lead_end, term_tokens) or indicator
        if q.unit == "rank" and norm.startswith("大", q.end) and (indicator is None or indicator["end"] < q.start):
            # 欧盟稳居本省第一大出口市场: what it is the largest of follows (GDP第三大城市 keeps GDP)
            after = self._index.within(q.end + 1, q.end + 1 + MAX_INDICATOR)
            indicator = self._trimmed(doc, norm, self._leading_phrase(after, term_tokens)) or indicator
        if indicator is not None and indicator["text"] in self.measure_nouns:
            # 总量达1224家 names no thing: the thing is the previous number's, or the sentence's subject
            context = previous["indicator"] if previous is not None else None
            context = context or self._sentence_subject(doc, norm, s_start, indicator["start"], term_tokens)
            if context is not None and context["end"] <= indicator["start"]:
                indicator = context
        if indicator is None and previous is not None and previous["_subject"] is not None:
            indicator = previous["_subject"]
            record["_inherited"] = True
        if indicator is None:
            indicator = self._sentence_subject(doc, norm, s_start, q.start, term_tokens)
        if indicator is not None and q.unit_kind == "measure" and previous is not None:
            indicator = self._with_threshold(doc, norm, previous, indicator)
        indicator = self._whole_label(doc, norm, q, indicator)
        record["indicator"] = record["_subject"] = indicator
        contribution = self._contribution(doc, norm, clause_start, lead_end, term_tokens)
        if contribution is not None:  # 民企拉动进出口增长5.2个百分点: the pull is measured; 民企 is handed on
            pull, subject = contribution
            record["indicator"] = indicator = pull
            record["_subject"] = subject or record["_subject"]
        context = indicator
        if indicator is None and q.unit is not None and q.unit in earlier:
            context = earlier[q.unit]["_subject"]  # 此外，无锡达到8.4%: a growth rate like the paragraph's last
        if (
            record["aspect"] == "level"
            and q.unit == "%"
            and context is not None
            and self.whole_markers.isdisjoint(self._index.words_within(clause_start, lead_end))  # not 占全省的84%
        ):
            if any(noun in context["text"] for noun in self.rate_nouns) or self._percent_of_amount(context, q):
                record["aspect"] = "rate"  # 增速为10.2%: the indicator itself is a rate
        if indicator is None and record["aspect"] != "level":
            indicator = record["indicator"] = self._place_alone(doc, norm, clause_start, lead_end)
        if indicator is None and q.unit is not None:  # 首次跨过800亿元，…生产总值十年翻番
            indicator = record["indicator"] = self._named_later(doc, norm, q, s_end, term_tokens)
        if indicator is None and q.unit is not None and q.unit in self._title_measures:
            indicator = record["indicator"] = self._title_measures[q.unit]  # headline “GDP迈上新台阶”: 全省突破3万亿元
            record["warnings"].append("indicator taken from the title: the sentence names none")
        if indicator is None:
            record["warnings"].append("no indicator found in the sentence")
        return record


@Language.factory("policy_nlp_metrics")
def make_metrics(nlp: Language, name: str) -> MetricLinker:
    return MetricLinker()
