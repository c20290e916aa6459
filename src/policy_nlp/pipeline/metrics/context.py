"""Cue tables and clause helpers every metric rule reads.

The constants of the rules and `MetricContext`, which loads the cue tables once per pipeline and
declares the per-document state that `MetricLinker` sets on its per-call copy.
"""

from __future__ import annotations

import bisect
import re
from typing import Any

from policy_nlp.memo import BoundedMemo
from policy_nlp.normalize import normalize
from policy_nlp.pipeline.cues import list_item, read_cues
from policy_nlp.pipeline.indicators import IndicatorIndex
from policy_nlp.pipeline.quantities import Quantity, past_inclusive
from policy_nlp.pipeline.sentences import LineKinds
from policy_nlp.pipeline.times import TimeFinder, TimeMention
from policy_nlp.pipeline.tokens import Tok, TokenIndex
from policy_nlp.pos import dictionary_tag, tag

LIST_JOINER = re.compile(r"\s*(?:[、和与及]|以及)\s*")
CLAUSE_BREAK = "，,；;：:（(）)。！？!?\n"
NOUNISH = ("n", "vn", "an", "j", "l", "b", "eng", "nz", "a", "i", "g", "s")
INNER_LINKS = '、与和及&+“”"《》-'
MAX_INDICATOR = 24
KIND_SCOPES = "before reward clause weak sentence firm goal done fund founding budget source report approx leverage eligibility frame".split()
NUMBER_WORD = re.compile(r"[\d.%]+")
SHORT_ASIDE = 12  # characters of a note in brackets that stays inside its clause, commas and all
BY_WORDS = ("按", "按照")  # 按可比口径, 按10%给予补助: what a number is computed or paid by
CLASS_MAGNITUDE = re.compile(r"[十百千万亿]+元?级?")
BOUNDS = ("gt", "ge", "lt", "le")  # qualifiers of a bound
SOFT_STOPS = "；;"  # they end a sentence for the segmenter, not for the time a sentence states
NUMERAL_CHARS = "0123456789〇零一二两三四五六七八九十"
# 、30亿元、80亿元; 、不足1亿元 (the other end of a tier)
TIER_LIST = re.compile(r"(?:[、和][\u4e00-\u9fff]{0,3}?[\d.]+[十百千万亿]*[^\d、和，,；;。的\s]{0,3})*")
CLAUSE_BREAK_RE = re.compile(f"[{re.escape(CLAUSE_BREAK)}]")


class MetricContext:
    """Cue tables loaded once, per-document state, and the clause helpers of all rules."""

    # Per-document state, set only on the per-call copy made in __call__.
    _quantity_tokens: set[int]
    _norm: str
    _text: str
    _paragraph_is_plan: dict[int, bool]
    _target_years: set[str]  # the years the document sets targets for (到2027年)
    _in_review: set[int]
    _plan_years: dict[int, int]  # sentence start → the year its plan section's heading names
    _lays_down_rules: bool  # the title names a document that lays down rules (…若干措施, …实施意见)
    _inline: set[int]
    _bounds: set[int]
    _title_measures: dict[str, dict[str, Any]]
    _on_work_report: bool
    _dated_year: int | None  # the year of the date a document gives among its first lines
    _this_year: dict[int, bool]
    _plan_year: str | None
    _cites_plan: dict[int, bool]
    _targets_before: dict[tuple[int, int], bool]
    _full_starts: list[int]
    _time_starts: list[int]
    _index: TokenIndex
    _number_years: set[int]  # positions of 的 right after a number: 增长到2024年的3.6万亿元

    def __init__(self) -> None:
        aspects = read_cues("aspects.tsv")
        self.aspect_words = sorted(
            (
                (normalize(r["word"]), r["aspect"], int(r["sign"]))
                for r in aspects
                if r["aspect"] not in ("name", "reference")
            ),
            key=lambda r: -len(r[0]),
        )
        self.level_names = {normalize(r["word"]) for r in aspects if r["aspect"] == "name"}
        self.reference_words = tuple(normalize(r["word"]) for r in aspects if r["aspect"] == "reference")
        self.adjust_words = {normalize(r["word"]) for r in aspects if r.get("adjust") == "1"}
        kinds = read_cues("kinds.tsv")
        self.aspect_of_word = {w: (a, sg) for w, a, sg in self.aspect_words}
        self.level_verbs = {w for w, a, _ in self.aspect_words if a == "level"}  # 为 is also a setting word
        self.longest_cue = max((len(w) for w in self.aspect_of_word), default=0)
        self.closing_cue = BoundedMemo(self._closing_cue)  # per word: a pure function of it
        self.skippable = BoundedMemo(self._skippable_word)
        self.skip_words = {normalize(r["word"]) for r in read_cues("fillers.tsv")}
        self.kind_cues = sorted(
            ((normalize(r["word"]), r["kind"], r["scope"]) for r in kinds), key=lambda r: -len(r[0])
        )
        rows = read_cues("indicator.tsv")
        self.tail = {r["word"] for r in rows if r["role"] == "tail"}
        self.head = {r["word"] for r in rows if r["role"] == "head"}
        self.modifiers = {r["word"] for r in rows if r["role"] == "modifier"}
        self.time_frames = {r["word"] for r in rows if r["role"] == "per_time"}
        self.step_words = {r["word"] for r in rows if r["role"] == "step"}
        self.rate_suffixes = tuple(r["word"] for r in rows if r["role"] == "rate_suffix")
        self.conversions = {r["word"] for r in rows if r["role"] == "conversion"}
        self.nouns = {r["word"] for r in rows if r["role"] == "noun"}
        self.stop_words = {r["word"] for r in rows if r["role"] == "stop"}
        self.share_nouns = {r["word"] for r in rows if r["role"] == "share"}
        self.frame_words = {r["word"] for r in rows if r["role"] == "frame"}
        self.per_unit = tuple(r["word"] for r in rows if r["role"] == "per")
        self.award_terms = {r["word"] for r in rows if r["role"] == "award_term"}
        self.measure_nouns = {r["word"] for r in rows if r["role"] == "measure"}
        self.total_nouns = {r["word"] for r in rows if r["role"] == "total"}
        self.per_head = {r["word"] for r in rows if r["role"] == "per_head"}
        self.whole_markers = {r["word"] for r in rows if r["role"] == "whole"}
        self.respectively = {r["word"] for r in rows if r["role"] == "respectively"}
        self.subject_links = {r["word"] for r in rows if r["role"] == "subject"}
        self.base_links = {r["word"] for r in rows if r["role"] == "base"}
        self.modals = {r["word"] for r in rows if r["role"] == "modal"}
        self.person_nouns = tuple(r["word"] for r in rows if r["role"] == "person")
        self.rate_nouns = {w for w, a, _ in self.aspect_words if a == "rate" and w in self.nouns}
        self.compare = tuple(sorted((r["word"] for r in rows if r["role"] == "compare"), key=len, reverse=True))
        self.compare_words = set(self.compare)
        self.indicators = IndicatorIndex()
        self.target_words = tuple(w for w, k, _ in self.kind_cues if k == "target")
        self.time_relative = tuple(r["word"] for r in read_cues("time.tsv") if r["role"] == "relative")
        self.find_times = TimeFinder(self.target_words, CLAUSE_BREAK)
        self.incentive_words = {w for w, k, scope in self.kind_cues if k == "incentive" and scope != "founding"}
        self.kind_of_word = {w: k for w, k, _ in self.kind_cues}
        self.actual_words = {w for w, k in self.kind_of_word.items() if k == "actual"}
        self.plan_words = {normalize(r["word"]) for r in kinds if r.get("plan") == "1"}
        self.verb_cues = {normalize(r["word"]) for r in kinds if r.get("verb") == "1"}
        self.line_kinds = LineKinds()
        self.section_words: dict[str, set[str]] = {
            role: set()
            for role in ("plan", "review", "recap", "recap_end", "status", "rules", "work_report", "this_year")
        }
        for row in read_cues("sections.tsv"):
            self.section_words[row["role"]].add(normalize(row["word"]))
        self.recap_words = tuple(self.section_words["recap"])
        self.status_words = tuple(self.section_words["status"])
        self.looking_back_openers = (*self.status_words, *self.recap_words)  # 截至…, 近年来… opening a sentence
        since = "|".join(map(re.escape, sorted(self.section_words["recap_end"], key=len, reverse=True))) or "(?!)"
        self.since_opening = re.compile(rf"[^，,。；;：:\n]{{1,12}}(?:{since})[，,]")  # “十四五”以来，…
        self.rule_documents = tuple(self.section_words["rules"])
        reports = "|".join(re.escape(w) for w in sorted(self.section_words["work_report"], key=len, reverse=True))
        self.report_year = re.compile(rf"((?:19|20)\d{{2}}年)[^，,。；;\n]{{0,6}}(?:{reports or '(?!)'})")
        times = read_cues("time.tsv")
        self.annual_words = {r["word"] for r in times if r["role"] == "annual"}  # 年营业收入
        self.date_prefix = NUMERAL_CHARS + "".join(r["word"] for r in times if r["role"] == "date_prefix")
        self.period_starts = {normalize(r["name"]): int(r["start"]) for r in read_cues("periods.tsv")}
        ahead = "|".join(re.escape(r["word"]) for r in times if r["role"] == "ahead") or "(?!)"
        self.looking_ahead = re.compile(rf"(?:{ahead})(?:[一二两三四五六七八九十几\d]+年|一个时期|一段时期)")
        bounds = [r["pattern"] for r in read_cues("nonmetric.tsv") if r["kind"] == "bound"]
        self.group_bounds = re.compile("|".join(f"(?:{b})" for b in bounds) or "(?!)")
        self.list_item = list_item()
        ranks = read_cues("ranks.tsv")
        self.rank_words = {r["word"] for r in ranks if r["role"] == "lead"}
        self.rank_scopes = {r["word"] for r in ranks if r["role"] == "scope"}
        provisions = read_cues("provisions.tsv")
        self.provision_words = tuple(r["word"] for r in provisions if r["role"] in ("fiscal", "terms"))
        self.aggregate_words = tuple(r["word"] for r in provisions if r["role"] == "aggregate")
        rankings = "|".join(re.escape(r["word"]) for r in ranks if r["role"] == "ranking") or "(?!)"
        self.ranking_frame = re.compile(
            rf"在(?:[^，,。；;：:在]*?的)?(?:(?:19|20)\d{{2}}年度?)?([^，,。；;：:在的]{{2,30}}?(?:{rankings}))(?:结果)?[中上]"
        )
        # units that count places (enumeration_units.tsv kind place): 三市, 两县; a name ending with one is a place
        self.place_units = tuple(r["unit"] for r in read_cues("enumeration_units.tsv") if r.get("kind") == "place")
        places = "".join(map(re.escape, self.place_units)) or "(?!)"
        self.place_count = re.compile(rf"[两三四五六七八九十\d]+个?[{places}]+")  # …五市地区生产总值, 三个城市
        units = read_cues("units.tsv")
        self.currencies = {r["unit"] for r in units if r["kind"] == "currency"}
        self.counted_units = {r["unit"] for r in units if r["kind"] == "measure"} - {"%", "pp", "‰"}
        self.unit_words = {normalize(r["written"]) for r in units}
        self.kind_scopes: dict[str, set[str]] = {}
        for word, _, scope in self.kind_cues:
            self.kind_scopes.setdefault(scope, set()).add(word)
        for scope in KIND_SCOPES:
            self.kind_scopes.setdefault(scope, set())
        self.sentence_cues = self.kind_scopes["sentence"] | self.kind_scopes["firm"]
        self.clause_or_weak = self.kind_scopes["clause"] | self.kind_scopes["weak"]  # weak: outside plans
        self.target_approx = tuple(self.kind_scopes["approx"])
        # the first word of a goal the tokenizer cuts in two (预期|目标, 主要|目标)
        self.goal_parts = {w[: -len("目标")] for w in self.kind_scopes["goal"] if w.endswith("目标") and w != "目标"}
        self.requirements = self.kind_scopes["requirement"]
        self.cue_words = {w for w, _, _ in self.kind_cues} | {w for w, _, _ in self.aspect_words}
        # a fund (产业基金, 专项资金) is a thing, though it cues an incentive, and a gap (差距, 领先优势) is
        # what is measured, though it cues a change: only the other cues are no nouns
        self.gap_words = {w for w, aspect, _ in self.aspect_words if aspect == "gap"}
        self.unnamed_cues = self.cue_words - self.kind_scopes["fund"] - self.gap_words
        self.plan_sources = tuple(self.kind_scopes["source"])
        self.grant_words = sorted(self.kind_scopes["before"], key=len, reverse=True)  # longest first
        self.reward_words = tuple(self.kind_scopes["reward"])
        # a link between a qualifier and its number (最高可达) is passed over, but an award there
        # (最高补贴2万元) still names what is paid
        self.qualifier_words = {
            normalize(q["word"]) for q in read_cues("qualifiers.tsv") if not q["word"].endswith(self.reward_words)
        }

    @staticmethod
    def _clause_end(norm: str, position: int, s_end: int) -> int:
        """Where the clause that holds `position` ends: the next break, or the sentence's end."""
        found = CLAUSE_BREAK_RE.search(norm, position, s_end)
        return found.start() if found else s_end

    def _time_field(self, start: int, end: int, value: str) -> dict[str, Any]:
        """A record's `time`: the text stated at start:end and the year or period it means."""
        return {"text": self._text[start:end], "start": start, "end": end, "value": value}

    def _clause_start(self, norm: str, s_start: int, position: int) -> int:
        """Where the clause holding `position` begins; a closed aside in brackets (增速比全省（6.7%）快)
        belongs to its clause and does not end it."""
        i = position - 1
        while i >= s_start:
            if norm[i] in "）)" and i not in self._inline:
                opening = max(norm.rfind("（", s_start, i), norm.rfind("(", s_start, i))
                short = i - opening <= SHORT_ASIDE  # （含软件，下同）: a short note may hold a comma
                if opening >= 0 and (short or not any(ch in CLAUSE_BREAK for ch in norm[opening + 1 : i])):
                    i = opening - 1
                    continue
            if norm[i] in CLAUSE_BREAK and i not in self._inline:
                return i + 1
            i -= 1
        return s_start

    def _closing_cue(self, word: str) -> tuple[int, tuple[str, int]] | None:
        """The longest change or rate cue a word ends with, and its length: 两年平均增长 → 增长,
        价格下降 → 下降 (the tokenizer keeps terms and some jieba words whole)."""
        if word in self.level_names:
            return None  # 人口自然增长率 names a level
        for size in range(min(len(word) - 1, self.longest_cue), 1, -1):
            cue = self.aspect_of_word.get(word[-size:])
            if cue is not None and cue[0] in ("change", "rate"):
                return size, cue
        return None

    def _cue(self, word: str) -> tuple[str, int] | None:
        """The aspect cue a word is, or ends with (同比增长, 价格下降)."""
        closing = self.closing_cue(word)
        return self.aspect_of_word.get(word) or (closing[1] if closing is not None else None)

    def _role(self, word: str) -> str:
        """The aspect role of a word (rate, change, invert, subset, contribution …), or ""."""
        return self.aspect_of_word.get(word, ("",))[0]

    def _change_suffix(self, word: str) -> int:
        """How much of a word's end is a change verb (价格下降 → 2; rate nouns such as 增速 are
        names), or a one-character level verb that jieba's guessing joined on (参保率达 → 1)."""
        closing = self.closing_cue(word)
        if closing is not None:
            return closing[0] if word[-closing[0] :] not in self.nouns else 0
        guessed = len(word) > 1 and dictionary_tag(word) is None and word not in self.nouns
        return 1 if guessed and word[-1] in self.level_verbs else 0

    def _full_start(self, position: int) -> int:
        """Where the sentence of `position` starts as a reader counts it (up to 。, not ；)."""
        return self._full_starts[bisect.bisect_right(self._full_starts, position) - 1]

    def _times_before(self, times: list[TimeMention], position: int) -> list[TimeMention]:
        """The times stated in the sentence of `position` (up to 。, not ；) and ending before it."""
        start = self._full_start(position)
        lo = bisect.bisect_left(self._time_starts, start)
        hi = bisect.bisect_left(self._time_starts, position)
        return [t for t in times[lo:hi] if t.end <= position]

    def _nearest_word(self, start: int, end: int) -> Tok | None:
        """The last token in [start, end) that is not a filler (同比, 了, 最高 …)."""
        return self._index.last_within(start, end, self.skippable)

    def _skippable_word(self, text: str) -> bool:
        """Words that may stand between a cue word and its number (remembered per word: `skippable`)."""
        return (
            text in self.tail
            or text in self.qualifier_words
            or text in self.skip_words
            or tag(text) in ("m", "t", "d", "p", "u", "uj", "ul", "r")
            or text.isspace()
            or (len(text) == 2 and text[0] == "每")  # 托育补贴每孩2400元: per whom, between the cue and the number
        )

    @staticmethod
    def _before(times: list[TimeMention], start: int, end: int, year: int | None) -> bool:
        """Whether every time stated in [start, end) ended before `year` (“十三五”时期… in a plan
        for 2021-2025 reports results), and one is stated; a comparison's base year (比2025年下降
        20%) states no time of its own."""
        stated = [
            int(t.value[-4:]) for t in times if start <= t.start < end and t.value[-4:].isdigit() and t.role != "base"
        ]
        return year is not None and bool(stated) and max(stated) < year

    @staticmethod
    def _condition_end(norm: str, q: Quantity, bounds: tuple[str, ...] = BOUNDS) -> int | None:
        """Where the 的 that closes a bound (or a range, when `bounds` hold it) stands: 8万元（含）以下的;
        tiers listed together share it (首次突破10亿元、30亿元、80亿元的，分别给予…)."""
        end = past_inclusive(norm, q.written_end)
        more = TIER_LIST.match(norm, end)  # always matches (maybe nothing): 、30亿元、80亿元 or ""
        past = more.end() if more else end
        listed = past > end or norm[q.start - 1 : q.start] == "、"
        end = past
        return end if (q.qualifier in bounds or listed) and norm.startswith("的", end) else None
