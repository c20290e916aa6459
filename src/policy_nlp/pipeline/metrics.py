"""Metric records: each quantity linked to what it measures, how, when, and as what.

For every quantity the component finds, from cue tables and the pipeline's tokens:
indicator (a noun phrase after a measure word — 3家全国重点实验室 — or before the verb
that leads to the number), aspect (level / change / rate, with sign), kind (actual /
target / incentive), time (a year, a period, 到2027年) and series links (从X提升到Y).
Nothing here raises: what cannot be resolved stays null, with a warning on the record.
"""

from __future__ import annotations

import bisect
import copy
import dataclasses
import itertools
import re
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from policy_nlp.memo import BoundedMemo
from policy_nlp.normalize import normalize
from policy_nlp.pipeline.cues import list_item, read_cues
from policy_nlp.pipeline.indicators import IndicatorIndex
from policy_nlp.pipeline.quantities import SERIES_OPENERS, Quantity, past_inclusive
from policy_nlp.pipeline.sentences import LineKinds, sentences_of
from policy_nlp.pipeline.tables import TITLE_YEAR
from policy_nlp.pipeline.times import TimeFinder, TimeMention
from policy_nlp.pipeline.tokens import Tok, TokenIndex, doc_normalized, doc_text
from policy_nlp.pos import dictionary_tag, tag

LIST_JOINER = re.compile(r"\s*(?:[、和与及]|以及)\s*")
TOP_LIST_JOINER = re.compile(r"\s*、\s*")
CLAUSE_BREAK = "，,；;：:（(）)。！？!?\n"
NOUNISH = ("n", "vn", "an", "j", "l", "b", "eng", "nz", "a", "i", "g", "s")
INNER_LINKS = '、与和及&+“”"《》-'
PAIRS = (("“", "”"), ("（", "）"), ("(", ")"))  # marks an indicator holds in pairs, if at all
GRADE = re.compile(r"^[Ⅰ-Ⅻ]+$")  # Ⅲ类水体: a grade is part of a name
GRADE_SPAN = "—-~～至"  # Ⅰ—Ⅲ类
MAX_INDICATOR = 24
KIND_SCOPES = "before reward clause weak sentence firm goal done fund founding budget source report approx".split()
PROPER_NAME_TAGS = ("ns", "nr", "nrt", "nz")  # jieba's tags of places and other names
BASE_YEAR = re.compile(r"((?:19|20)\d{2})年(?:末|底|全年)?[，,]")  # 2024年，全省…
NUMBER_WORD = re.compile(r"[\d.%]+")
THRESHOLD_GAP = re.compile(r"(?:以上|及以上)?的?")  # between a threshold and the class it defines
SHORT_ASIDE = 12  # characters of a note in brackets that stays inside its clause, commas and all
ADJECTIVES = ("a", "ad", "d")
HAN_WORD = re.compile(r"[\u4e00-\u9fff]+")
BY_WORDS = ("按", "按照")  # 按可比口径, 按10%给予补助: what a number is computed or paid by
CLASS_MAGNITUDE = re.compile(r"[十百千万亿]+元?级?")
ORDINAL_WORD = re.compile(r"[前第][一二三四五六七八九十百\d]+")  # 前十, 第三
SHARE_ITEM_END = re.compile(r"[\u4e00-\u9fff]{1,8}?[、和与及](?:近|约|超|逾)?\d")  # …的人口、近35%
COUNTED = "0123456789一二两三四五六七八九十"  # 皖北6市人均GDP: the measure word of a count is no part of what follows
RANK_FIELD = re.compile(r"在[^，,；;。在]{1,16}(中|之中|里|内)")  # 在全国所有城市中排名第19名
INLINE_PAREN = re.compile(
    r"\((?<=[\u4e00-\u9fff]\()[\u4e00-\u9fff、]{1,6}\)(?=[\u4e00-\u9fff])"
)  # 县(市、区) in a name
INLINE_HEADING_MAX = 16  # characters of a numbered heading that opens its paragraph: （一）工作基础。
BOUNDS = ("gt", "ge", "lt", "le")  # qualifiers of a bound
NAME_CLOSERS = frozenset("”」》")  # a cue word right before or after one is part of a name
SOFT_STOPS = "；;"  # they end a sentence for the segmenter, not for the time a sentence states
BARE_MONEY_MIN = 1e8  # a bare amount of 亿 or more (4万亿) is money, unless people follow (14亿人民)
FIVE_YEAR_PLAN = re.compile(r"第([一二三四五六七八九十]+)个五年")  # 第十四个五年规划
TITLE_LINES = 3  # a document's title is among its first lines (after a document number, say)
TITLE_MAX_CHARS = 60
TITLE_NOTE = re.compile(r"[（(][^（()）]{1,12}[)）]$")  # （试行）, （征求意见稿）
PER_UNIT = ("每", "按")  # 的每辆补贴2500元: the award per unit follows the condition
NUMERAL_CHARS = "0123456789〇零一二两三四五六七八九十"
TIER_LIST = re.compile(r"(?:[、和][\d.]+[十百千万亿]*[^\d、和，,；;。的\s]{0,3})*")  # 、30亿元、80亿元
SET_NAME = re.compile(  # 六大主导产业, “三品一标”: a counted set's name
    r"(?:[二两三四五六七八九十]|\d{1,2})[大个项类条](?=[\u4e00-\u9fff])|“(?=[一二两三四五六七八九十])"
)
MAX_AWARD_REACH = 8  # words after a condition's 的 within which its award is named (…的企业，分别奖励)
UNNUMBERED = 99  # a plan section opened by an unnumbered heading (目标是：) ends at any numbered one


CLAUSE_BREAK_RE = re.compile(f"[{re.escape(CLAUSE_BREAK)}]")
HEADLINE_FIGURE = re.compile(r"(?<![\d.])\d+(?:\.\d+)?(?![\d.]*年)")  # 目标5%左右, not 2023年
QUOTED_NAME_TOKENS = 8  # how far a closing quote may stand from its opening one in a counted name
SERIES_FROM = re.compile(rf"[{''.join(SERIES_OPENERS)}][^，,；;。]{{0,12}}$")  # 从2019年的2.5%…, 由2023年的7.2%…
SERIES_TO = re.compile(r"(到|至)[^，,；;。]{0,8}$")  # …提升到2023年的2.9%
PERIOD_OF = re.compile(r"”?(时期|期间|期末|年末|年底|末|底)?的?")  # between 是2020年 / 是“十三五”时期 and 的3倍


class MetricLinker:
    """Builds `doc._.metrics` from `doc._.quantities`, sentences and tokens."""

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
            rf"在(?:[^，,。；;：:在]*?的|(?:19|20)\d{{2}}年度?)?([^，,。；;：:在的]{{2,30}}?(?:{rankings}))[中上]"
        )
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
        self.requirements = self.kind_scopes["requirement"]
        self.cue_words = {w for w, _, _ in self.kind_cues} | {w for w, _, _ in self.aspect_words}
        # a fund (产业基金, 专项资金) is a thing, though it cues an incentive: only the other cues are no nouns
        self.unnamed_cues = self.cue_words - self.kind_scopes["fund"]
        self.plan_sources = tuple(self.kind_scopes["source"])
        self.grant_words = sorted(self.kind_scopes["before"], key=len, reverse=True)  # longest first
        self.reward_words = tuple(self.kind_scopes["reward"])
        # a link between a qualifier and its number (最高可达) is passed over, but an award there
        # (最高补贴2万元) still names what is paid
        self.qualifier_words = {
            normalize(q["word"]) for q in read_cues("qualifiers.tsv") if not q["word"].endswith(self.reward_words)
        }

    # Per-document state, set only on the per-call copy made in __call__.
    _quantity_tokens: set[int]
    _norm: str
    _text: str
    _paragraph_is_plan: dict[int, bool]
    _in_review: set[int]
    _plan_years: dict[int, int]  # sentence start → the year its plan section's heading names
    _lays_down_rules: bool  # the title names a document that lays down rules (…若干措施, …实施意见)
    _inline: set[int]
    _bounds: set[int]
    _title_measures: dict[str, dict[str, Any]]
    _on_work_report: bool
    _this_year: dict[int, bool]
    _plan_year: str | None
    _cites_plan: dict[int, bool]
    _targets_before: dict[tuple[int, int], bool]
    _full_starts: list[int]
    _time_starts: list[int]
    _index: TokenIndex

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
        times = self.find_times(norm)  # in text order
        self._time_starts = [t.start for t in times]
        # where a year ends that binds a number (2020年的|约30%): the year of that number only
        self._number_years = {p - 1 for q in quantities for p in (q.lead, q.start) if norm[p - 1 : p] == "的"}
        rules_title = self._rules_title(sentence_list)
        self._lays_down_rules = rules_title is not None
        self._paragraph_is_plan, self._in_review, self._plan_years = self._plan_paragraphs(
            sentence_list, times, rules_title
        )
        self._title_measures = self._title_indicators(doc, norm, sentence_list)
        self._on_work_report = self._reports_on_work_report(norm, sentence_list)
        self._plan_year = self._report_year(norm, sentence_list) if self._on_work_report else None
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
            if previous is not None and SERIES_TO.search(lead) and previous.get("_from"):
                if previous["series"] is None:
                    series += 1
                    previous["series"] = series
                record["series"] = previous["series"]
                if record["kind"] == previous["kind"] == "target":
                    # 由2023年的7.2%提高到9%左右: a planned change starts where things stand
                    previous["kind"] = "actual"
                if record["indicator"] is None or record["_inherited"]:
                    record["indicator"] = previous["indicator"]
                self._split_span(previous, record)
            record["_from"] = self._opens_series(q.lead - len(lead), lead)
            record["_leading_qualifier"] = q.lead < q.start
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
        for record, following in itertools.pairwise(records):
            if record["unit"] is None and record["series"] is not None and following["series"] == record["series"]:
                record["unit"] = following["unit"]  # 从个位数增长至50家: the series shares its unit
        for record in records:
            record.pop("_from", None)
            record.pop("_leading_qualifier", None)
            record.pop("_inherited", None)
            record.pop("_subject", None)
            record.pop("_sentence", None)
            record.pop("_written_end", None)
        doc._.metrics = records
        return doc

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
            record["time"] = {"text": self._text[at:end], "start": at, "end": end, "value": year}

    def _distribute_lists(self, doc: Doc, norm: str, records: list[dict[str, Any]]) -> None:
        """A、B、C分别增长x、y、z: the i-th listed member goes to the i-th number; a later clause of the
        sentence with 分别 and as many numbers (…，两年平均增速分别为x、y、z) reuses the same list."""
        groups: list[list[dict[str, Any]]] = []
        for record in records:
            if groups and LIST_JOINER.fullmatch(norm[groups[-1][-1]["_written_end"] : record["start"]]):
                groups[-1].append(record)
            else:
                groups.append([record])
        recent: dict[int, list[tuple[int, int]]] = {}  # sentence start -> its last list
        seen: list[dict[str, Any]] = []  # records of earlier groups
        for group in groups:
            first = group[0]
            earlier, seen = seen, seen + group
            if len(group) < 2:
                continue
            named_after = group[-1]["indicator"]
            if named_after is not None and named_after["start"] >= group[-1]["end"]:
                for record in group[:-1]:  # 给予最高300万元、200万元、100万元安家补贴: the name closes the list
                    record["indicator"] = named_after
                    if group[-1]["kind"] == "incentive":
                        record["kind"] = "incentive"
                continue
            respectively, members = self._list_before_respectively(doc, norm, first, len(group))
            if respectively and members is None and self._opens_clause(norm, first, self.respectively):
                # 接待游客1.5亿人次，实现旅游收入1800亿元，分别增长12%和15%: the numbers just named
                named = [r["indicator"] for r in earlier if r["_sentence"] == first["_sentence"] and r["indicator"]]
                if len(named) >= len(group) and len({i["text"] for i in named[-len(group) :]}) == len(group):
                    for record, indicator in zip(group, named[-len(group) :], strict=True):
                        record["indicator"] = indicator
                    continue
            if members is None and first["indicator"] is not None:
                indicator = first["indicator"]
                members = [
                    (indicator["start"] + m.start(), indicator["start"] + m.end())
                    for m in re.finditer(r"[^、和与及]+", indicator["text"])
                ]
            if members is not None and len(members) == len(group):
                recent[first["_sentence"]] = members
            elif respectively and len(recent.get(first["_sentence"], [])) == len(group):
                members = recent[first["_sentence"]]
            else:
                continue
            members = self._grades_share_their_noun(members)
            for record, (start, end) in zip(group, members, strict=True):
                record["indicator"] = self._indicator(doc, norm, start, end)

    def _grades_share_their_noun(self, members: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """国家级、省级众创空间分别达到…, 高新区、经开区、港区技术合同成交额分别为…: members
        that are grades or places alone name no thing; they measure the noun the last member shares."""
        if not all(
            words and all(self._is_grade(w) or w in self.rank_scopes for w in words)
            for words in (self._index.words_within(start, end) for start, end in members[:-1])
        ):
            return members
        last = self._index.within(*members[-1])
        at = 1 + max(
            (n for n, t in enumerate(last) if self._is_grade(t.text) or t.text in ("级", *self.rank_scopes)), default=-1
        )
        if at == 0:
            return members
        if at == len(last):  # 国家级、省级|旅游休闲街区分别达到…: the noun follows the last member
            after = self._index.within(members[-1][1], members[-1][1] + MAX_INDICATOR)
            noun = next((n for n, t in enumerate(after) if t.text in self.respectively), 0)
            if not noun or after[0].text == "的":  # 来自京津冀、长三角地区的游客: the places are what differs
                return members
            return [(after[0].idx, after[noun - 1].idx + len(after[noun - 1].text))] * len(members)
        return [(last[at].idx, members[-1][1])] * (len(members) - 1) + [members[-1]]

    @staticmethod
    def _is_grade(word: str) -> bool:
        """A grade (国家级, 自治区级, 大型) or a place or zone (南京, 高新区) alone names no thing."""
        return tag(word) in ("b", "ns") or (word.endswith(("级", "区")) and len(word) <= 4)

    def _opens_clause(self, norm: str, record: dict[str, Any], words: set[str]) -> bool:
        """Whether one of `words` opens the record's clause, with nothing but fillers before it."""
        clause = self._index.words_within(
            self._clause_start(norm, record["_sentence"], record["start"]), record["start"]
        )
        at = next((n for n, w in enumerate(clause) if w in words), None)
        return at is not None and all(self.skippable(w) for w in clause[:at])

    def _list_before_respectively(
        self, doc: Doc, norm: str, record: dict[str, Any], count: int
    ) -> tuple[bool, list[tuple[int, int]] | None]:
        """Whether 分别 leads to the record in its clause, and the list (two members or more) before it.
        和/与/及 join members too, unless that makes more members than `count` numbers, where they
        join words inside a member (大健康和生物技术、高端装备产业增加值分别增长x、y)."""
        clause_start = self._clause_start(norm, record["_sentence"], record["start"])
        tokens = self._index.within(clause_start, record["start"])
        at = next((n for n in range(len(tokens) - 1, -1, -1) if tokens[n].text in self.respectively), None)
        if at is None:
            return False, None
        parts = self._list_parts(tokens[:at], LIST_JOINER)
        if len(parts) > count:
            parts = self._list_parts(tokens[:at], TOP_LIST_JOINER)
        indicator = record["indicator"]
        if indicator is not None and parts[-1] and parts[-1][0].idx < indicator["start"]:
            # the shared measure closes the list (…制造业产值同比增速分别为): it is no member's name
            last = parts[-1]
            parts[-1] = [t for t in last if t.idx < indicator["start"]]
            if self._trimmed(doc, norm, parts[-1]) is None and len(last) > 1:
                parts[-1] = last[:-1]  # 其他用品及服务价格: only the measure's last word is shared
        while parts[-1] and self.skippable(parts[-1][-1].text):
            parts[-1].pop()
        members = [self._trimmed(doc, norm, part) for part in parts]
        if len(members) < 2 or any(m is None or len(m["text"]) > MAX_INDICATOR for m in members):
            return True, (self._places_listed(parts) if indicator is None and len(parts) >= 2 else None)
        return True, [(m["start"], m["end"]) for m in members if m is not None]

    def _places_listed(self, parts: list[list[Tok]]) -> list[tuple[int, int]] | None:
        """襄阳、宜昌分别增长…, 甲市、乙市等城市分别下降…: when the list names places and nothing
        else, each place is what its number is told apart by."""
        spans = []
        for part in parts:
            place = self._lone_place(part)
            if place is None:
                return None
            spans.append((place.idx, place.idx + len(place.text)))
        return spans

    def _lone_place(self, tokens: list[Tok]) -> Tok | None:
        """The one word `tokens` hold before any 等, fillers and cue words aside, when it is a place."""
        words = [t for t in tokens if not self.skippable(t.text) and self._cue(t.text) is None]
        words = words[: next((n for n, t in enumerate(words) if t.text == "等"), len(words))]
        return words[0] if len(words) == 1 and tag(words[0].text) == "ns" and words[0].text not in self.nouns else None

    @staticmethod
    def _list_parts(tokens: list[Tok], joiner: re.Pattern[str]) -> list[list[Tok]]:
        parts: list[list[Tok]] = [[]]
        for token in tokens:
            if joiner.fullmatch(token.text):
                parts.append([])
            else:
                parts[-1].append(token)
        return parts

    @staticmethod
    def _share_with_list(first: dict[str, Any], record: dict[str, Any]) -> None:
        """分别增长12.3%、7.8%: later members of a list take the first member's aspect, sign and kind,
        and a qualifier written before the list (分别超过8万元、4.5万元). A member in another unit
        shares a change read as its unit reads it (分别缩短1.5天、8%: a change, then a rate)."""
        if record["unit"] != first["unit"] and {record["unit"], first["unit"]} != {"%", "x"}:
            # 增长2.3倍、29.2%: multiples and percentages are both relative
            if first["aspect"] == "level" or record["aspect"] != "level" or record["unit"] == "rank":
                return
            record["aspect"] = "rate" if record["unit"] in ("%", "x") else "change"
        else:
            record["aspect"] = first["aspect"]
        if record["kind"] != "incentive":  # …、10万元给予奖励: an award named after the list is the list's
            record["kind"] = first["kind"]
        if first["_leading_qualifier"] and record["qualifier"] == "eq" and first["qualifier"] != "range":
            record["qualifier"], record["_leading_qualifier"] = first["qualifier"], True
        if record["time"] is None:
            record["time"] = first["time"]
        if first["value"] is not None and first["value"] < 0 and record["value"] is not None:
            record["value"] = -abs(record["value"])

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
        if aspect in ("change", "rate") and sign < 0 and record["value"] is not None:
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
        record["time"] = self._time(times, q, s_start, clause_start, record["kind"])
        # 对出口额500万美元以上的企业给予支持: the threshold of a condition measures what is named before it
        condition = record["kind"] == "incentive" and self._is_condition(norm, q)
        indicator = None if condition else self._forward_indicator(doc, norm, q, term_tokens, record["kind"])
        if indicator is None and record["kind"] == "incentive":
            nearest = self._nearest_word(clause_start, lead_end)
            if nearest is not None and nearest.text in self.kind_scopes["reward"]:  # 得到奖励1000万元: the reward
                indicator = self._indicator(doc, norm, nearest.idx, nearest.idx + len(nearest.text))
        if indicator is None:
            field = self._rank_field_start(norm, clause_start, lead_end) if q.unit == "rank" else None
            end = lead_end if field is None else field  # 总量在全省16个地市中居第7位: what ranks precedes the field
            indicator = self._backward_indicator(doc, norm, clause_start, end, term_tokens)
        if q.qualifier in ("ge", "gt") and q.written_end > q.end:
            known = indicator is not None and self.indicators.unit(indicator["canonical"]) == q.unit  # 计划总投资
            indicator = indicator if known else self._classed(doc, norm, q, term_tokens) or indicator
        if record["kind"] == "incentive" and not condition:
            indicator = self._award(doc, norm, q, s_start, clause_start, indicator) or indicator
        if q.unit == "rank" and indicator is not None and self._only_scope(indicator):
            indicator = None  # 在全省16个地市中居第1位: where it ranks, not what is ranked
        if q.unit == "rank" and aspect == "level":
            indicator = self._ranking(doc, norm, s_start, clause_start, lead_end, term_tokens) or indicator
        if q.unit == "rank" and norm.startswith("大", q.end) and (indicator is None or indicator["end"] < q.start):
            # 东盟保持我市第一大贸易伙伴地位: what it is the largest of follows (GDP第三大城市 keeps GDP)
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
        record["indicator"] = record["_subject"] = indicator
        contribution = self._contribution(doc, norm, clause_start, lead_end, term_tokens)
        if contribution is not None:  # 民企拉动进出口增长9.6个百分点: the pull is measured; 民企 is handed on
            pull, subject = contribution
            record["indicator"] = indicator = pull
            record["_subject"] = subject or record["_subject"]
        context = indicator
        if indicator is None and q.unit is not None and q.unit in earlier:
            context = earlier[q.unit]["_subject"]  # 此外，苏州达到10.9%: a growth rate like the paragraph's last
        if record["aspect"] == "level" and q.unit == "%" and context is not None:
            if any(noun in context["text"] for noun in self.rate_nouns) or self._percent_of_amount(context, q):
                record["aspect"] = "rate"  # 增速为10.2%: the indicator itself is a rate
        if indicator is None and record["aspect"] != "level":
            indicator = record["indicator"] = self._place_alone(doc, norm, clause_start, lead_end)
        if indicator is None and q.unit is not None and q.unit in self._title_measures:
            indicator = record["indicator"] = self._title_measures[q.unit]  # headline “GDP迈上新台阶”: 全省突破3万亿元
            record["warnings"].append("indicator taken from the title: the sentence names none")
        if indicator is None:
            record["warnings"].append("no indicator found in the sentence")
        return record

    def _reports_on_work_report(self, norm: str, sentences: list[tuple[int, int, int | None, str]]) -> bool:
        """Whether the headline or the first paragraph after it names a work report."""
        return any(
            word in norm[start:end]
            for start, end in _title_spans(sentences)
            for word in self.section_words["work_report"]
        )

    def _report_year(self, norm: str, sentences: list[tuple[int, int, int | None, str]]) -> str | None:
        """The year a work report plans for, as its title writes it right before the report's name
        (某县2026年政府工作报告), or None."""
        for start, end in _title_spans(sentences):
            found = self.report_year.search(norm, start, end)
            if found:
                return found.group(1)
        return None

    def _says_this_year(self, s_start: int, s_end: int) -> bool:
        """Whether the sentence speaks of the plan year (今年, or the year of the report's title:
        2026年一般性支出压减4%以上) and reports no result (已, 完成 …); worked out once per sentence."""
        if s_start not in self._this_year:
            words = self._index.words_within(s_start, s_end)
            named = not self.section_words["this_year"].isdisjoint(words) or (
                self._plan_year is not None and self._plan_year in self._norm[s_start:s_end]
            )
            self._this_year[s_start] = named and not self._reports_actual(words)
        return self._this_year[s_start]

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
            record["time"] = {"text": self._text[start:end], "start": start, "end": end, "value": value}
        return record

    @staticmethod
    def _clause_end(norm: str, position: int, s_end: int) -> int:
        """Where the clause that holds `position` ends: the next break, or the sentence's end."""
        found = CLAUSE_BREAK_RE.search(norm, position, s_end)
        return found.start() if found else s_end

    def _clause_start(self, norm: str, s_start: int, position: int) -> int:
        """Where the clause holding `position` begins; a closed aside in brackets (增速比全国（8.1%）快)
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

    def _aspect(self, doc: Doc, q: Quantity, clause_start: int, lead_end: int) -> tuple[str, int]:
        """Level, change or rate from the cue word right before the number (skipping 同比, 了, years …)."""
        if q.unit == "rank":  # 居第8位 is a level; 排名上升2位 a change of places
            before = self._index.words_within(clause_start, lead_end)[-1:]
            cue = self._cue(before[0]) if before else None
            return ("change", cue[1]) if cue is not None and cue[0] in ("change", "rate") else ("level", 1)
        default = "change" if q.unit == "pp" else (q.aspect_hint or "level")
        reached = False
        words = self._index.words_within(clause_start, lead_end)
        straddling = self._index.overlapping_indices(lead_end - 1, lead_end)
        if straddling and self._index.starts[straddling[0]] + len(self._index.words[straddling[0]]) > lead_end:
            # 低约0.4个百分点: the tokenizer joined the cue and the qualifier; the cue is what comes before
            words = [*words, self._norm[max(clause_start, self._index.starts[straddling[0]]) : lead_end]]
        setting = len(words)
        while setting > 1 and self._role(words[setting - 1]) == "setting":
            setting -= 1
        if setting < len(words) and words[setting - 1] in self.kind_scopes["goal"]:
            words = words[: setting - 1]  # 增长目标定为6%: the cue before the goal decides
        item = words[len(words) - words[::-1].index("、") :] if "、" in words else words
        if q.unit == "%" and not self.whole_markers.isdisjoint(item):
            return "level", 1  # 新增上市公司29家、占全国增量的1/4: a share is a level
        if any(self._role(w) == "contribution" for w in words):
            return "level", 1
        for i in range(len(words) - 1, -1, -1):
            text = words[i]
            cue = self._cue(text)
            if cue is not None and cue[0] not in ("invert", "contribution", "subset", "setting", "versus"):
                cue_aspect, sign = cue
                if self._inverted(words, i):
                    sign = -sign
                if cue_aspect == "level" or (reached and cue_aspect == "rate"):
                    return default, 1  # 增长至50家, 提升到4.2%: the level reached
                if q.unit_kind == "points":
                    return "change", sign
                if cue_aspect == "rate" and q.unit not in ("%", "x"):
                    return "change", sign
                return cue_aspect, sign
            if text in ("到", "至"):
                reached = True
            if not self.skippable(text):
                break
        if q.unit_kind == "points":
            versus = next((self.aspect_of_word[w] for w in reversed(words) if self._role(w) == "versus"), None)
            if versus is not None:
                return "change", versus[1]  # 低于全国平均水平0.3个百分点
        after = q.written_end
        following = self._index.words_within(after, after + 12)  # 6%以上的增长
        if q.unit == "%" and following[:1] == ["的"]:
            for word in following[1:4]:  # 实现38.6%的增长, 上年同期18.0%的高增速, 1.7%的两年平均增速
                cue = self._cue(word)
                if cue is not None and cue[0] == "rate":
                    return "rate", cue[1]
                if not (tag(word).startswith(("a", "m", "d")) or word in self.aspect_of_word or word in self.tail):
                    break
        if default != "level":
            return default, 1

        def changed_object(verb: str, rest: list[str]) -> tuple[str, int] | None:
            """降低|单位GDP能耗|13.5%: a change verb whose object alone stands before the number."""
            head = self.aspect_of_word.get(verb)
            if head is None or head[0] not in ("change", "rate") or not self._noun_list(rest):
                return None
            return ("rate" if head[0] == "rate" and q.unit in ("%", "x") else "change"), head[1]

        # 新增境内上市公司29家、专精特新企业397家: the clause opens with the change; 新建学校4所、新增学位
        # 2400个: so may a list item
        listed = item is not words and q.unit_kind == "measure" and self.respectively.isdisjoint(item)
        for span in (words, item) if listed else (words,):
            opening = next((n for n, w in enumerate(span) if not self._leads_in(w)), len(span))  # 每年可|减少…
            found = changed_object(span[opening], span[opening + 1 :]) if opening < len(span) else None
            if found is not None:
                return found
        compared = next((n for n in range(len(words) - 1, -1, -1) if words[n] == "比"), None)
        if compared is not None:  # 比原有线路平均缩短通关时间6小时: the change compared
            for n in range(len(words) - 1, compared, -1):
                found = changed_object(words[n], words[n + 1 :])
                if found is not None:
                    return found
        return default, 1

    def _leads_in(self, word: str) -> bool:
        """A word that may come before a clause's main verb: a filler, a scope, a time, a modal (每年可)
        or a target cue (力争累计降低…)."""
        return (
            self.skippable(word)
            or word in self.head
            or tag(word) in ("t", "r", "d")
            or word in self.modals
            or self.kind_of_word.get(word) == "target"
        )

    def _noun_list(self, words: list[str]) -> bool:
        """Noun phrases, each of up to 7 words, joined by 、 after the amount of the one before
        (境内上市公司29家、专精特新企业; not 航空枢纽、洛阳等, which hold no amount): what a
        clause-opening change verb governs."""
        items = [item.split() for item in " ".join(words).split(" 、 ")]
        if not 0 < len(items[-1]) <= 7:
            return False

        def noun_phrase(item: list[str], tags: tuple[str, ...]) -> bool:
            return all(
                w in INNER_LINKS
                or tag(w).startswith(tags)
                or self.skippable(w)
                or (n > 0 and len(w) > 1 and tag(w) == "v" and tag(item[n - 1]).startswith(tags))  # 二氧化碳排放
                for n, w in enumerate(item)
            )

        return noun_phrase(items[-1], NOUNISH) and all(
            0 < len(item) <= 9 and noun_phrase(item, (*NOUNISH, "q")) and any(tag(w) == "m" for w in item)
            for item in items[:-1]
        )

    def _part_of_change(self, previous: dict[str, Any] | None, q: Quantity, clause_start: int, lead_end: int) -> bool:
        """其中光伏装机1500万千瓦 after 新增电力装机2600万千瓦: a part of a change is a change;
        after a comparison (企业达1875家，比上年末净增96家，其中…) the part is of the level compared."""
        if previous is None or previous["aspect"] != "change" or previous["unit"] != q.unit:
            return False
        norm = self._norm
        if norm.startswith(self.compare, self._clause_start(norm, previous["_sentence"], previous["start"])):
            return False
        opening = self._index.words_within(clause_start, lead_end)[:1]
        return bool(opening) and self._role(opening[0]) == "subset"

    def _inverted(self, words: list[str], i: int) -> bool:
        """降幅扩大, 降幅比一季度收窄: a fall's size right before the cue, or before a comparison
        that leads to it, turns the cue's sign."""
        for j in range(i - 1, -1, -1):
            if self._role(words[j]) == "invert":
                return j == i - 1 or words[j + 1] in self.compare_words
        return False

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

    def _award(
        self, doc: Doc, norm: str, q: Quantity, s_start: int, clause_start: int, indicator: dict[str, Any] | None
    ) -> dict[str, Any] | None:
        """What an incentive measures when its own phrase names the base of a rate or the unit paid
        per: the award granted right after it (按采购额的1%给予奖励 → 奖励), or the award named
        earlier in the sentence (给予补助，单个项目最高不超过1000万元 → 补助); an award between the
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
        per_unit = (
            indicator is not None
            and (
                self._text.startswith(self.per_unit, indicator["start"])
                or self._text.endswith(self.per_unit, 0, indicator["start"])  # 每家|企业每年最高10万元
            )
            and not any(r in indicator["text"] for r in self.reward_words)  # 单笔贷款补偿金额 names the award
        )
        if indicator is None or per_unit:
            before = self._index.within(s_start, clause_start)
            award = next((t for t in reversed(before) if t.text.endswith(self.reward_words)), None)
            if award is not None:
                return self._indicator(doc, norm, award.idx, award.idx + len(award.text))
        return None

    def _multiple_of_a_base(self, times: list[TimeMention], q: Quantity) -> bool:
        """Whether a comparison base in time (是2020年的3倍) or a reference level (是全国平均水平的
        2倍) stands right before the multiple, where another base (是农村居民的2倍) makes it a
        level; 约为2020年的3倍 puts the qualifier before the base."""
        base = self._norm[max(0, q.lead - 6) : q.lead].rstrip("的")
        if base.endswith(self.time_relative) or base.endswith(self.reference_words):
            return True  # 达到上年同期的1.5倍
        return any(
            t.role != "target" and PERIOD_OF.fullmatch(self._norm, t.end, q.lead if q.lead >= t.end else q.start)
            for t in self._times_before(times, q.start)
        )

    def _times_before(self, times: list[TimeMention], position: int) -> list[TimeMention]:
        """The times stated in the sentence of `position` (up to 。, not ；) and ending before it."""
        start = self._full_start(position)
        lo = bisect.bisect_left(self._time_starts, start)
        hi = bisect.bisect_left(self._time_starts, position)
        return [t for t in times[lo:hi] if t.end <= position]

    def _counts_people(self, end: int, indicator: dict[str, Any] | None = None) -> bool:
        """The noun phrase right after the number (450万困难群众), or its indicator, names people."""
        position = end
        for token in self._index.within(end, end + 8)[:3]:  # 242万偏远农村居民: within a short noun phrase
            if token.idx != position or not HAN_WORD.fullmatch(token.text) or tag(token.text)[:1] in "vpcu":
                break  # a verb, preposition, conjunction or particle ends the phrase
            if token.text.endswith(self.person_nouns):
                return True
            position += len(token.text)
        return indicator is not None and indicator["text"].endswith(self.person_nouns)

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
        if not scopes["before"].isdisjoint(clause) and not self._supports_a_place(clause):
            return "incentive"
        if q.unit in self.currencies:  # 设立创新投资基金，首期规模100亿元: the fund may sit in the clause before
            around = self._from_clause_before(norm, s_start, clause_start, clause_end)
            founders = scopes["founding"] if s_start in self._in_review else scopes["founding"] | scopes["budget"]
            funded = not founders.isdisjoint(around) and any(f in w for w in around for f in scopes["fund"])
            if funded and not self._reports_actual(clause):  # …基金，已累计投资6亿元: what it did
                return "incentive"
        nearest = self._nearest_word(clause_start, q.start)
        rewarded = nearest is not None and (
            nearest.text in scopes["reward"]
            or (nearest.text.endswith(self.reward_words) and q.unit not in self.counted_units)  # 财政贴息1个百分点
        )
        if rewarded and not self._reports_actual(clause):
            # 得到奖励1000万元: the reward word leads straight to the amount (发放育儿补贴12万人次 counts people)
            return "incentive"
        capped = q.qualifier == "le" or any(w in ("按", "按照", "每") for w in clause[-6:])
        if capped and any(w.endswith(self.reward_words) for w in clause[-8:] + after[:3]):
            return "incentive"  # 贷款贴息比例不超过…50%: a reward word may close a longer word
        paid_at = capped or any(w in BY_WORDS for w in clause)  # 按其上年度配套采购额的1%给予奖励
        if paid_at and (
            not scopes["before"].isdisjoint(after[:4]) or any(w.endswith(self.reward_words) for w in after[1:])
        ):
            return "incentive"  # 按每平方米200元的标准给予补贴, 按每孩每年3600元的标准发放育儿补贴: the award follows
        at = len(clause)  # 补助比例从40%提高到55%: look back past the change to the measure
        while at and (clause[at - 1] in self.step_words or NUMBER_WORD.fullmatch(clause[at - 1])):
            at -= 1
        if at >= 2 and clause[at - 1] in self.award_terms and clause[at - 2].endswith(self.reward_words):
            return "incentive"  # 年贴息比例为1个百分点, 补助比例提高至75%: the award's rate or cap
        if len(clause) >= 2 and clause[1] in self.award_terms and clause[0].endswith(self.reward_words):
            return "incentive"  # 贴息比例为实际贷款利率的35%: the award's rate opens the clause
        if clause[:1] == ["对"] and self._granted_later(q.end, s_end):
            return "incentive"  # 对研发投入增长超过20%的企业，给予最高500万元奖补: a condition of the award
        if self._tier_of_award(norm, q, s_end):
            return "incentive"  # 售价在8万元以下的每台补贴1000元: the tier an award is paid for
        opens_with_award = clause[:1] and clause[0] in scopes["reward"] and not self._supports_a_place(clause)
        if opens_with_award and q.unit in self.currencies and not self._reports_actual(clause + after):
            return "incentive"  # 奖励企业经营团队100万元: the award opens the clause
        if (
            q.qualifier == "le"
            and q.unit in self.currencies
            and clause[:1]
            and clause[0].startswith((*self.per_unit, "每"))
            and not self._reports_actual(clause)
        ):
            return "incentive"  # 单张餐饮券面额最高100元, 每亩保险金额最高800元: a cap per unit granted
        if q.qualifier == "le" and clause_start > s_start:  # 给予补助，最高不超过200万元: the cap of the award
            previous = self._from_clause_before(norm, s_start, clause_start, clause_start)
            if any(w in scopes["before"] or w in scopes["reward"] for w in previous):
                return "incentive"
        if after[:1] == ["的"] and not scopes["goal"].isdisjoint(after[1:3]):
            return "target"  # 实现GDP破万亿的目标: the number is the goal's
        compared = (
            None
            if self.compare_words.isdisjoint(clause)
            else next(n for n, w in enumerate(clause) if w in self.compare_words)
        )
        if compared is not None and any(self.kind_of_word.get(w) == "target" for w in clause[compared + 1 :]):
            return "actual"  # 比全年预期目标高0.3个百分点: the goal is the base of a result
        planned = (
            target_year
            or self._paragraph_is_plan.get(s_start, False)
            or (self._on_work_report and self._says_this_year(s_start, s_end))  # 报告提出，今年新增…
        )
        plan_year = self._plan_years.get(s_start)
        if (
            planned
            and plan_year is not None
            and stated_year is not None
            and stated_year < plan_year
            and not target_year
        ):
            planned = False  # 2025年…达到3.5万亿元 under 五、2026年重点工作: the base the plan starts from
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
            if i > 0 and clause[i - 1] in self.actual_words and self.kind_of_word[clause[i]] == "target":
                return "actual"  # 已将80种…列为: 将 after 已 marks the object, not the future
            return self.kind_of_word[clause[i]]
        if s_start in self._in_review:  # 争取…资金237亿元 looking back reports what was secured, but
            if not scopes["firm"].isdisjoint(self._index.words_within(self._full_start(clause_start), q.start)):
                return "target"  # 下一步将…，力争…: a firm cue looks ahead even there
        else:
            if self._sets_targets(self._full_start(clause_start), clause_start) or self._sets_targets_in(clause):
                return "target"
            if self._reports_plan(norm, s_start, s_end):
                return "target"
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

    def _supports_a_place(self, clause: list[str]) -> bool:
        """The clause's only grant word backs a place (支持襄阳经济总量突破5500亿元): the number is the
        place's goal, not an award."""
        grants = [n for n, w in enumerate(clause) if w in self.kind_scopes["before"] or w in self.kind_scopes["reward"]]
        return len(grants) == 1 and grants[0] + 1 < len(clause) and tag(clause[grants[0] + 1]) == "ns"

    def _provided(self, clause: list[str]) -> bool:
        """Whether a clause names public money (财政) or the terms of finance or space granted
        (费率, 额度, 租金), and not the budget's own measure (财政收入, 财政民生支出)."""
        provided = any(f in w for w in clause for f in self.provision_words)
        series = any(w in SERIES_OPENERS for w in clause)  # 专项资金从2025年的8亿元提高到…: a budget's path
        return provided and not series and not any(a in w for w in clause for a in self.aggregate_words)

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

    def _granted_later(self, end: int, s_end: int) -> bool:
        """Whether the rest of the sentence, past the 的 that closes the condition, grants an award."""
        rest = self._index.words_within(end, s_end)
        closes = next((n for n, w in enumerate(rest) if w == "的"), None)
        if closes is None:
            return False
        granted = rest[closes + 1 :]  # 对…的企业，给予…; …的商业综合体，分别奖励40万元
        return not self.kind_scopes["before"].isdisjoint(granted) or any(
            w.endswith(self.reward_words) for w in granted[:MAX_AWARD_REACH]
        )

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
        """Whether words[i] cues nothing here: the head of a quoted name (计划 in “英才汇”计划), or
        a cue that needs a verb right before a number (要60多名工人: it takes); `number_after` says
        the number follows the last word."""
        if i > 0 and words[i - 1] in NAME_CLOSERS:
            return True
        following = words[i + 1] if i + 1 < len(words) else None
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
        if self.verb_cues.isdisjoint(words) and NAME_CLOSERS.isdisjoint(words):
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

    def _opens_with_plan(self, norm: str, s_start: int, s_end: int) -> bool:
        first_end = self._clause_end(norm, s_start, s_end)
        words = self._index.words_within(s_start, first_end)
        cites = any(w.rstrip("》”").endswith(self.plan_sources) for w in words)
        return cites and not self.kind_scopes["report"].isdisjoint(words)

    def _announces_plan(self, start: int, end: int) -> bool:
        """Whether the last clause of norm[start:end], which ends with a colon, names a plan (目标是：)."""
        colon = len(self._norm[:end].rstrip()) - 1
        clause_start = self._clause_start(self._norm, start, colon)
        return not self.plan_words.isdisjoint(self._index.words_within(clause_start, colon))

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

    def _plan_paragraphs(
        self,
        sentences: list[tuple[int, int, int | None, str]],
        times: list[TimeMention],
        title: tuple[int, int] | None,
    ) -> tuple[dict[int, bool], set[int], dict[int, int]]:
        """Sentences (by start) in paragraphs whose first clause sets targets (到2025年, 主要目标 …),
        or in a section under a heading that names them (三、2026年重点工作 up to the next heading
        of its depth: its （一）… subsections stay in it); and the sentences of review sections
        (一、2025年工作回顾), where sentence-wide target cues (争取, 计划) do not hold."""
        plan: dict[int, bool] = {}
        review: set[int] = set()
        current, is_plan, recap = None, False, False
        section: int | None = None  # depth of the heading that opened a plan section
        section_year: int | None = None  # the year that heading names
        plan_years: dict[int, int] = {}  # sentence start → that year
        looking_back: int | None = None  # depth of the heading that opened a review section
        target_starts = [t.start for t in times if t.role == "target"]
        last_target_year = max(
            (int(t.value[-4:]) for t in times if t.role == "target" and t.value[-4:].isdigit()), default=0
        )
        paragraph_start = 0
        listing = False  # in the items a plan paragraph ending with a colon announces (each ends with ；
        # or opens like an item: ——, 1., ①)
        last_end = 0
        rules = title is not None  # `title`: of a document that lays down rules, if it is one
        title_years = [
            int(t.value[:4]) for t in times if title and title[0] <= t.start < title[1] and t.value[:4].isdigit()
        ]
        ordinal = FIVE_YEAR_PLAN.search(self._norm, *title) if title else None
        if ordinal is not None and f"{ordinal.group(1)}五" in self.period_starts:  # 第十四个五年规划 is 十四五
            title_years.append(self.period_starts[f"{ordinal.group(1)}五"])
        first_year = min(title_years, default=None)  # …规划（2021—2025年）: the period the rules are for
        status = False
        reader_start = 0  # where the sentence starts as a reader counts it (； does not end one)
        for start, end, paragraph, kind in sentences:
            continues = paragraph == current and self._norm[last_end - 1 : last_end] in SOFT_STOPS  # after ；
            reader_start = reader_start if continues else start
            if paragraph != current:
                closing = self._norm[:last_end].rstrip()[-1:]  # how the paragraph before ended
                listing = (closing in "：:" and (is_plan or self._announces_plan(paragraph_start, last_end))) or (
                    listing and (closing in "；;" or bool(self.list_item.match(self._norm, start)))
                )  # 报告提出，…主要预期目标是：, then its items
                paragraph_start = start
                current = paragraph
                first_clause_end = self._clause_end(self._norm, start, end)
                opening = self._cue_words(self._index.words_within(start, first_clause_end))
                met = not self.kind_scopes["done"].isdisjoint(opening)  # 主要目标任务圆满完成
                lead = any(w in self.plan_words and not (met and w in self.kind_scopes["goal"]) for w in opening)
                lead = lead or bool(self.looking_ahead.search(self._norm, start, first_clause_end))  # 未来五年
                opening_at = end - len(self._norm[start:end].lstrip("“‘\"'"))  # past an opening quote: “过去一年，…
                recap = kind != "heading" and (
                    self._norm.startswith(self.recap_words, opening_at)
                    or self.since_opening.match(self._norm, opening_at) is not None
                    or (not lead and self._opens_with_base_year(opening_at, last_target_year))
                    or self._inline_review_heading(start, end)
                )
                is_plan = (
                    listing
                    or any(start <= t < first_clause_end for t in target_starts)
                    or (lead and (looking_back is None or kind == "heading") and not recap)
                )
                if kind == "heading":
                    heading = self._norm[start:end]
                    level = self.line_kinds.level(heading)
                    depth = level if level is not None else UNNUMBERED
                    # 二、“十四五”目标任务圆满完成 reports the goals met and looks back; a bare 完成 may be a
                    # goal still (五、全力冲刺完成全年目标任务)
                    met_heading = any(w in heading for w in self.kind_scopes["done"] if w != "完成")
                    reviews = met_heading or any(
                        w in heading for w in (*self.section_words["review"], *self.recap_words)
                    )
                    # a news headline or subtitle that reports a figure (报告提出今年…目标5%左右) opens no
                    # plan section
                    headline = (paragraph or 0) < TITLE_LINES and HEADLINE_FIGURE.search(heading) is not None
                    opens_plan = is_plan or any(w in heading for w in self.section_words["plan"])
                    if not reviews and opens_plan and not headline:
                        # a plan heading inside a plan section (重点做好七个方面工作：) keeps it open
                        # past its own subheadings, and the section's year unless it names one
                        year = TITLE_YEAR.search(heading)
                        if section is None:
                            section_year = None
                        section = depth if section is None else min(section, depth)
                        looking_back = None
                        section_year = int(year.group(1)) if year else section_year  # 五、2026年重点工作…
                    else:
                        if reviews or (level is not None and section is not None and level <= section):
                            section = None  # 【过去五年成绩】 closes even an unnumbered plan section
                        if reviews:
                            looking_back = depth
                        elif level is not None and looking_back is not None and level <= looking_back:
                            looking_back = None
            last_end = end
            in_force = (
                is_plan
                or section is not None
                or (rules and looking_back is None and not self._before(times, reader_start, end, first_year))
            )
            # 截至2024年底，… says where things stand, up to the sentence's 。; 近年来，… opening a
            # sentence looks back like a paragraph
            status = self._norm.startswith(self.looking_back_openers, start) or (continues and status)
            plan[start] = in_force and not recap and not status  # 过去一年，… looks back anywhere
            if section is not None and section_year is not None:
                plan_years[start] = section_year
            if (looking_back is not None or recap or status) and not plan[start]:
                review.add(start)  # a review section, or a paragraph that opens 五年来，…
        return plan, review, plan_years

    def _inline_review_heading(self, start: int, end: int) -> bool:
        """A paragraph that opens with a short numbered heading of its own that looks back
        (（一）工作基础。…) reports results, like a review section."""
        heading = self._norm[start:end].strip()
        return (
            len(heading) <= INLINE_HEADING_MAX
            and self.line_kinds.level(heading) is not None
            and any(w in heading for w in self.section_words["review"])
        )

    def _opens_with_base_year(self, start: int, last_target_year: int) -> bool:
        """A paragraph opening with a year well before the document's targets (2024年，全省…, in a
        plan whose goals run to 2027) states where things stand: its figures are actual."""
        opening = BASE_YEAR.match(self._norm, start)
        return opening is not None and int(opening.group(1)) < last_target_year - 1

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

    def _rules_title(self, sentences: list[tuple[int, int, int | None, str]]) -> tuple[int, int] | None:
        """The document's title when it names a document that lays down rules (关于加快发展保障性
        租赁住房的实施意见, …管理办法（试行）): a line of its own among the first lines."""
        for start, end, paragraph, _ in sentences:
            if paragraph is not None and paragraph >= TITLE_LINES:
                break
            title = TITLE_NOTE.sub("", self._norm[start:end].strip()).rstrip("》”")
            reviews = any(w in title for w in self.section_words["review"])  # …工作总结及2025年工作计划
            if len(title) <= TITLE_MAX_CHARS and title.endswith(self.rule_documents) and not reviews:
                return start, end  # a line of its own, since a sentence would end with 。
        return None

    @staticmethod
    def _before(times: list[TimeMention], start: int, end: int, year: int | None) -> bool:
        """Whether every time stated in [start, end) ended before `year` (“十三五”时期… in a plan
        for 2021-2025 reports results), and one is stated; a comparison's base year (比2025年下降
        20%) states no time of its own."""
        stated = [
            int(t.value[-4:]) for t in times if start <= t.start < end and t.value[-4:].isdigit() and t.role != "base"
        ]
        return year is not None and bool(stated) and max(stated) < year

    def _time(self, times: list[TimeMention], q: Quantity, s_start: int, clause_start: int, kind: str) -> dict | None:
        """The year written on the number itself (2020年的1.32亿); for a target, its target year or
        a later year in its own clause; else the nearest time stated before it in its sentence."""
        lead = q.lead
        if self._norm[max(0, lead - 6) : lead].rstrip("的").endswith(self.time_relative):
            return None  # 由上年的40.3%: a relative time, which the text does not state
        stated = self._times_before(times, q.start)
        attached = [
            t
            for t in stated
            if t.end in (lead, lead - 1)
            and self._norm[t.end : lead] in ("", "的")
            and not (t.role != "target" and q.unit == "x")  # 是2015年的2倍: a multiple of that year's value
        ]
        before = [
            t
            for t in stated
            if t.role != "base" and t.end not in self._number_years  # 增长到2024年的3.6万亿元 binds its year
        ]
        in_clause = [t for t in before if t.start >= clause_start]
        targets = [t for t in before if t.role == "target"]
        if attached:  # even a comparison base (同比2020年的1.32亿) is that number's own time
            chosen = attached[-1]
        elif kind == "target" and targets:
            chosen = max(targets + in_clause, key=lambda t: t.start)  # 到2020年达40%，2022年达45%
        elif in_clause or before:
            chosen = (in_clause or before)[-1]
        else:
            return None
        return {
            "text": self._text[chosen.start : chosen.end],
            "start": chosen.start,
            "end": chosen.end,
            "value": chosen.value,
        }

    # -- indicators ------------------------------------------------------------------------
    def _nounish(self, token: Tok, term_tokens: set[int], *, allow_head: bool = True) -> bool:
        if token.text in self.stop_words:
            return False  # 按不变价计算: a framing word, even when it is a lexicon term
        if token.i in term_tokens or token.idx in self._inline or token.idx in self._bounds:  # 县（市）, 3岁以下
            return True
        text = token.text
        if GRADE.match(text):
            return True
        if token.i in self._quantity_tokens or text in self.tail or text in self.qualifier_words:
            return False
        if not allow_head and text in self.head:
            return False
        if text in self.nouns or self._annual(token):
            return True
        if text in self.unnamed_cues:
            return False
        closing = self.closing_cue(text)
        if closing is not None and self.skippable(text[: -closing[0]]):
            return False  # 同比增加: a cue written as one word
        pos = tag(text)
        if pos in ("i", "l") and closing is None and len(text) >= 4 and dictionary_tag(text[-2:]) == "v":
            return False  # 始终保持: a set phrase that ends with a verb acts as one
        return pos.startswith(NOUNISH)

    def _annual(self, token: Tok) -> bool:
        """年 or 年度 before a noun, not after a year or a time word (年营业收入, not 2024年, 今年)."""
        return token.text in self.annual_words and (token.idx == 0 or self._norm[token.idx - 1] not in self.date_prefix)

    def _inner_ok(self, token: Tok, term_tokens: set[int]) -> bool:
        """Inside a phrase a verb is fine between nouns (科技创新指数, R&D经费投入强度)."""
        text = token.text
        if text in INNER_LINKS or text in self.modifiers:
            return True
        if text in self.tail or text in self.qualifier_words or text in self.head:
            return False
        return tag(text).startswith(("v", "z")) and len(text) >= 2  # 水质优良比例: a status word too

    def _phrase(self, tokens: list[Tok], term_tokens: set[int]) -> list[Tok]:
        """The longest run of tokens ending at the last token that reads as a noun phrase."""
        i = len(tokens) - 1
        while i >= 0 and not self._nounish(tokens[i], term_tokens, allow_head=False):  # skip verbs, cues, years
            if tokens[i].text in CLAUSE_BREAK or tokens[i].i in self._quantity_tokens:
                return []
            i -= 1
        end_i = i
        while i >= 0:
            token = tokens[i]
            if self._nounish(token, term_tokens):
                i -= 1
            elif token.text in "）)" and i < end_i:  # 细颗粒物（PM2.5）浓度: a short aside inside the name
                opening = next((k for k in range(i - 1, max(i - 9, 0), -1) if tokens[k].text in "（("), None)
                if opening is None or not self._nounish(tokens[opening - 1], term_tokens):
                    break
                i = opening - 1
            elif (
                (token.text in GRADE_SPAN or token.text in "类级") and 0 < i < end_i and GRADE.match(tokens[i - 1].text)
            ):
                i -= 1  # Ⅰ—Ⅲ类水质比例
            elif token.text in ("占", "对", "的") and i > 0 and tokens[end_i].text in self.share_nouns:
                i -= 1  # X占Y(的)比重, X对Y的贡献率 is one indicator
            elif tokens[end_i].text in self.share_nouns and i > 0 and tokens[i - 1].text in self.whole_markers:
                i -= 1  # …占新增住房供应总量的比例: the whole may open with a change word
            elif i > 0 and self._inner_ok(token, term_tokens):
                k = i - 1
                while (  # 辅助驾驶装配率: up to two more verbs may stand between the nouns
                    token.text not in INNER_LINKS
                    and k > max(0, i - 3)
                    and tokens[k].text not in INNER_LINKS
                    and not self._nounish(tokens[k], term_tokens)
                    and self._inner_ok(tokens[k], term_tokens)
                ):
                    k -= 1
                closes_aside = k == i - 1 and tokens[k].text in "）)"  # 细颗粒物（PM2.5）平均浓度
                if not (
                    self._nounish(tokens[k], term_tokens)
                    or (k == i - 1 and tokens[k].text in INNER_LINKS)
                    or closes_aside
                ):
                    break
                i = k
            else:
                break
            if end_i >= 0 and tokens[end_i].idx + len(tokens[end_i].text) - tokens[i + 1].idx > MAX_INDICATOR:
                break
        return tokens[i + 1 : end_i + 1]

    def _with_threshold(
        self, doc: Doc, norm: str, previous: dict[str, Any], indicator: dict[str, Any]
    ) -> dict[str, Any]:
        """A count of a class a threshold right before it defines names the threshold too
        (R&D经费超过1亿元的企业有25家 → R&D经费超过1亿元的企业), as the class is what is counted."""
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
        """A bound closed by 的 and a thing (1000万元以上的企业, 增长超过20%的企业) sets a
        condition; 最高50万元的奖励, 30万元、20万元的工作经费奖励 name the award itself."""
        end = self._condition_end(norm, q)
        if end is None:
            return self._threshold_of_a_class(norm, q)
        if CLAUSE_BREAK_RE.match(norm, end + 1):
            return True  # 芯片比例达到45%以上的，补贴比例…: the condition closes its clause
        named = []  # the noun phrase after 的, up to a grant, a number or a verb (…的企业给予支持, 的部分予以贴息)
        for word in self._index.words_within(end + 1, self._clause_end(norm, end + 1, end + 10)):
            if word.startswith(PER_UNIT) or NUMBER_WORD.match(word):
                return True  # 12万元（含）以下的每辆补贴2500元: a tier of an award paid per unit
            if word in self.kind_scopes["before"] or (tag(word) == "v" and not word.endswith(self.reward_words)):
                break
            named.append(word)
        return bool(named) and not any(w.endswith(self.reward_words) for w in named)  # 的一次性奖励

    def _threshold_of_a_class(self, norm: str, q: Quantity) -> bool:
        """A lower bound whose thing closes with 的 (投资超过5亿元海洋产业项目的机构): the bound
        defines a class of things by what is named before it."""
        if q.qualifier not in ("gt", "ge"):
            return False
        words = self._index.words_within(q.written_end, self._clause_end(norm, q.written_end, q.written_end + 10))
        closes = next((n for n, w in enumerate(words) if w == "的"), None)
        return bool(closes) and all(HAN_WORD.fullmatch(w) and tag(w).startswith(NOUNISH) for w in words[:closes])

    def _classed(self, doc: Doc, norm: str, q: Quantity, term_tokens: set[int]) -> dict | None:
        """The class a threshold written right before it defines (新开工亿元以上项目120个 → 项目)."""
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
            if reward is not None and not named:  # 按当年支出额的100%在税前加计扣除: the reward named after it
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
                return None  # 总投资超10亿元的项目500个: a threshold of what is counted next, not a statistic
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
                (picked or token.idx == start)  # 320个共建重点项目: a verb may open the phrase
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
            or picked[-1].text in self.incentive_words
            or (picked[-1].text == "级" and len(picked) == 2)  # 2个千亿级、5个百亿级集群: the grade alone
        ):
            picked.pop()
        return self._trimmed(doc, norm, picked, strip_scope=False)

    @staticmethod
    def _in_share_list(norm: str, q: Quantity, de: int) -> bool:
        """近30%的人口、近35%的生产总值和近40%的消费市场: shares listed with their wholes after 的."""
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

    def _backward_indicator(
        self, doc: Doc, norm: str, clause_start: int, lead_end: int, term_tokens: set[int]
    ) -> dict | None:
        tokens = self._index.within(clause_start, lead_end)
        if "".join(t.text for t in tokens[:2]).startswith(self.compare):
            return None  # 比上年末增加15万人, 快|于规模以上工业: only the base is named; the measure comes from before
        framing = tokens[1:2] if tokens and tokens[0].text in BY_WORDS else tokens[:1]
        if framing and framing[0].text in self.frame_words:
            named = max((n for n, t in enumerate(tokens) if t.text == "的"), default=None)
            if named is None:
                return None  # 扣除价格因素实际增长8.1%, 按可比口径增长9.8%: how it was computed, not what
            tokens = tokens[named + 1 :]  # 扣除食品和能源价格后的核心CPI: what follows the frame
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
            # 固定资产投资（不含农户）增长: a note on the phrase before it; 县（市）: a one-character
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
            phrase = phrase[kinds[-1] + 1 :]  # 金属矿砂、农产品和能源类|大宗商品进口: the kinds listed qualify it
        while phrase and phrase[-1].text in self.rank_words:  # 数量排名前三: what is ranked, not 排名
            phrase = phrase[:-1] or self._phrase(tokens[: tokens.index(phrase[0])], term_tokens)
        if phrase and all(t.text in self.rate_nouns for t in phrase):
            phrase = self._with_owner(tokens, phrase, self.tail, term_tokens)  # 归母净利润同比增长率: the rate of what
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
        if frame is not None and len(phrase) == 1:
            # 效率由每小时40自然箱…, 批发价格为每公斤4.2元: the measure comes before
            return self._backward_indicator(doc, norm, clause_start, frame, term_tokens)
        if frame is not None:
            phrase = phrase[:-1]  # 保费每人每年120元: what is measured, without per what
        found = self._trimmed(doc, norm, phrase)
        if found is None and phrase and self._place_or_person(phrase):
            # 安徽GDP被上海反超了: the place that acts is no indicator; the phrase before it is
            found = self._trimmed(doc, norm, self._phrase(tokens[: tokens.index(phrase[0])], term_tokens))
        if found is not None and found["canonical"] is not None and phrase:
            at = tokens.index(phrase[0])
            if at >= 2 and tokens[at - 1].text in self.subject_links and tokens[at - 2].i in term_tokens:
                subject = self._trimmed(doc, norm, self._phrase(tokens[: at - 1], term_tokens))
                if subject is not None:  # 外商投资企业实现利润总额: whose statistic it is
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
        (在全省16个地市中居第7位), or a ranking word before …中的 (增速排名前十大城市中的首位)."""
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
        return None

    def _per_frame(self, tokens: list[Tok], token: Tok, clause_start: int) -> int | None:
        """Where a per-unit frame ending with `token` opens (每|小时, 每公斤, 每月): it says per what the
        number is given, not what it measures (每万人口发明专利拥有量 is a name, no frame)."""
        at = tokens.index(token)
        if token.text in self.time_frames and at > 0 and tokens[at - 1].text == "每":
            return tokens[at - 1].idx
        parts = token.text.split("每")  # 每公斤, 每人每年: each part after 每 a unit or a time
        per_unit = all(p in self.unit_words or p in self.time_frames or tag(p) == "q" for p in parts[1:])
        return token.idx if token.text.startswith("每") and per_unit and token.idx > clause_start else None

    def _ranking(
        self, doc: Doc, norm: str, s_start: int, clause_start: int, end: int, term_tokens: set[int]
    ) -> dict[str, Any] | None:
        """The published ranking a rank is on, when its sentence names one (在…评价中) and only
        places name what ranks: 在2024年度全国文化旅游城市竞争力评价中，某市位列第6位, 在全国城市
        营商环境评价中列第9名; but 上榜企业数量居全国第6位 ranks a count."""
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
        return len(words) == 1 and tag(words[0]) in PROPER_NAME_TAGS

    def _only_scope(self, indicator: dict[str, Any]) -> bool:
        """An indicator made of nothing but the field of a ranking (全国, 各省区, 地市中)."""
        words = self._index.words_within(indicator["start"], indicator["end"])
        return indicator["text"] in self.rank_scopes or all(
            w in self.rank_scopes or len(w) == 1 or tag(w) == "ns" for w in words
        )

    def _with_owner(self, tokens: list[Tok], phrase: list[Tok], links: set[str], term_tokens: set[int]) -> list[Tok]:
        """`phrase` with the noun phrase it belongs to, across link words before it."""
        first = at = tokens.index(phrase[0])
        while at > 0 and tokens[at - 1].text in links:
            at -= 1
        if at > 0 and tokens[at - 1].text in "）)":  # 社会消费品零售总额（亿元）增速: across a unit in brackets
            opening = next((n for n in range(at - 2, max(at - 6, -1), -1) if tokens[n].text in "（("), None)
            at = opening if opening is not None else at
        owner = self._phrase(tokens[:at], term_tokens) if at < first else []
        return tokens[tokens.index(owner[0]) : first + len(phrase)] if owner else phrase

    def _sentence_subject(self, doc: Doc, norm: str, s_start: int, limit: int, term_tokens: set[int]) -> dict | None:
        tokens = self._index.within(s_start, limit)
        breaks = [n for n, token in enumerate(tokens) if token.text in CLAUSE_BREAK]
        for begin, end in reversed(list(zip([-1, *breaks], breaks, strict=False))):  # the nearest clause first
            found = self._trimmed(doc, norm, self._leading_phrase(tokens[begin + 1 : end], term_tokens))
            if found:
                return found
        return None

    def _leading_phrase(self, tokens: list[Tok], term_tokens: set[int]) -> list[Tok]:
        """The clause's subject: its first noun phrase (安徽区域创新能力连续9年位居…)."""
        start = next(
            (n for n, t in enumerate(tokens) if self._nounish(t, term_tokens) and tag(t.text) != "ns"), None
        )  # places (杭州、广州5座城市) say whose, not what
        if start is None:
            return []
        end = start
        while end + 1 < len(tokens):
            following = tokens[end + 2] if end + 2 < len(tokens) else None
            if following is not None and tag(following.text) == "ns" and tokens[end + 1].text in INNER_LINKS:
                break  # GDP总量与广州差距极小: the comparison partner is no part of it
            if tag(tokens[end + 1].text) == "m" or ORDINAL_WORD.fullmatch(tokens[end + 1].text):
                break  # GDP前十的城市: a number or rank ends the subject
            if not (
                self._nounish(tokens[end + 1], term_tokens)
                or (
                    self._inner_ok(tokens[end + 1], term_tokens)
                    and following is not None
                    and self._nounish(following, term_tokens)
                )
            ):
                break
            end += 1
        return tokens[start : end + 1]

    def _trimmed(self, doc: Doc, norm: str, picked: list[Tok], *, strip_scope: bool = True) -> dict | None:
        """Drop scope words (全省, 其中), places and times from the front, links from the ends."""

        def qualified(picked: list[Tok]) -> bool:  # 县（市）, 改造（提升）: the aside qualifies the word
            return len(picked) > 1 and picked[1].text in "（("

        while (
            picked
            and picked[0].idx not in self._bounds
            and not qualified(picked)
            and (  # 65岁及以上人口: a bound stays
                (strip_scope and (picked[0].text in self.head or self._place_or_person(picked)))
                or (
                    len(picked[0].text) == 1
                    and len(picked) > 1
                    and picked[0].idx > 0
                    and norm[picked[0].idx - 1] in COUNTED
                )
                or picked[0].text in INNER_LINKS.replace("“", "")
                or (
                    tag(picked[0].text) in ("t", "r", "m", "uj")
                    and not CLASS_MAGNITUDE.fullmatch(picked[0].text)
                    and not (len(picked) > 1 and self._annual(picked[0]))  # 年营业收入: annual, not a date
                )
            )
        ):
            picked = picked[1:]
        while picked and picked[-1].text in INNER_LINKS.replace("”", ""):
            picked = picked[:-1]
        if picked and picked[0].text in "）)":
            picked = picked[1:]  # the end of an aside whose start lies outside the phrase
        if picked and picked[0].text in "（(":  # an aside whose word lies outside: 个市|（州）分中心
            closing = next((n for n, t in enumerate(picked) if t.text in "）)"), len(picked) - 1)
            picked = picked[closing + 1 :]
        if picked and picked[0].text == "“" and not any(t.text == "”" for t in picked):
            picked = picked[1:]
        if picked and picked[-1].text == "”" and not any(t.text == "“" for t in picked):
            picked = picked[:-1]
        while (
            strip_scope
            and len(picked) > 1
            and not qualified(picked)
            and self._leading_verb(picked[0])
            and any(map(self._noun, picked[1:]))
        ):
            picked = picked[1:]  # 新建改造高标准农田3167万亩: the land is counted, not the building
        if not picked or all(tag(t.text) in ADJECTIVES for t in picked):
            return None  # 以微弱的差距: a quality alone measures nothing
        if all(t.text in self.frame_words or t.text in BY_WORDS for t in picked):
            return None  # 按可比口径, 同口径: how the number was computed, not what it measures
        last = picked[-1].text
        end = picked[-1].idx + len(last) - self._change_suffix(last)  # 猪肉|价格下降 → 猪肉价格
        start, end = self._balanced(norm, picked[0].idx, end)
        start = self._past_member_list(norm, start, end)
        return self._indicator(doc, norm, start, end) if end > start else None

    @staticmethod
    def _past_member_list(norm: str, start: int, end: int) -> int:
        """Where a phrase starts past the members listed before the set it names: 新材料、现代食品…
        五大支柱产业增加值 → 五大支柱产业增加值, 绿色食品、有机农产品“三品一标”产品 → “三品一标”产品."""
        listed = norm.rfind("、", start, end)
        if listed < 0:
            return start
        named = SET_NAME.search(norm, listed + 1, end)
        return named.start() if named is not None and named.start() < end - 1 else start

    def _place_alone(self, doc: Doc, norm: str, clause_start: int, lead_end: int) -> dict[str, Any] | None:
        """The place a change is reported for when its clause names nothing else (其中平江县增长9.1%):
        in a breakdown by place the place is what the number tells apart."""
        tokens = self._index.within(clause_start, lead_end)
        if not any((self._cue(t.text) or ("",))[0] in ("change", "rate") for t in tokens):
            return None  # a change cue must stand there too (苏州达到7.9% after 增速 is the growth's)
        place = self._lone_place(tokens)
        return self._indicator(doc, norm, place.idx, place.idx + len(place.text)) if place is not None else None

    def _place_or_person(self, picked: list[Tok]) -> bool:
        """A place before what it qualifies (广东GDP); a lone "person" is jieba mis-tagging a noun
        (贡献率); the nouns of the cue table are never places (城中村)."""
        if picked[0].text in self.nouns:
            return False
        first = tag(picked[0].text)
        return first == "ns" or (first == "nr" and len(picked) > 1)

    def _leading_verb(self, token: Tok) -> bool:
        return tag(token.text) == "v" and token.text not in self.nouns and token.text not in self.cue_words

    @staticmethod
    def _noun(token: Tok) -> bool:
        return tag(token.text).startswith(("n", "j", "l")) and not tag(token.text).startswith("nr")

    @staticmethod
    def _balanced(norm: str, start: int, end: int) -> tuple[int, int]:
        """Quotes and brackets in an indicator come in pairs: “两院”院士 takes back its opening quote,
        专精特新“小巨人” its closing one, a name cut inside an aside its opening bracket; after a
        long quoted slogan (“企业认定、政府认账”授权企业) only what follows counts."""
        for opening_mark, closing_mark in PAIRS:
            closing = norm.find(closing_mark, start, end)
            if closing >= 0 and norm.find(opening_mark, start, closing) < 0:
                opening = norm.rfind(opening_mark, max(0, start - MAX_INDICATOR), start)
                inside = norm[opening + 1 : closing] if opening >= 0 else ""
                if opening >= 0 and not any(ch in inside for ch in "，,；;。、"):
                    start = opening
                else:
                    start = closing + 1
            last_open = norm.rfind(opening_mark, start, end)
            if last_open >= 0 and norm.find(closing_mark, last_open, end) < 0:
                end = end + 1 if norm[end : end + 1] == closing_mark else last_open
        return start, end

    def _indicator(self, doc: Doc, norm: str, start: int, end: int) -> dict[str, Any]:
        text = self._text[start:end]
        return {"text": text, "start": start, "end": end, "canonical": self.indicators.lookup(text)}


@Language.factory("policy_nlp_metrics")
def make_metrics(nlp: Language, name: str) -> MetricLinker:
    return MetricLinker()


def _title_spans(sentences: list[tuple[int, int, int | None, str]]) -> list[tuple[int, int]]:
    """The sentences of a document's first lines, where its title stands."""
    return [(s, e) for s, e, paragraph, _ in sentences if paragraph is not None and paragraph < TITLE_LINES]
