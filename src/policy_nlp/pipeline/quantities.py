"""Quantities: every number mention that measures something, with value, unit, qualifier.

Works on the normalised text (same length as the original, so offsets hold). Rules come
from `lexicons/cues/`: units, qualifiers, non-metric number words, planning periods and
enumeration heads. What looks numeric but is a year, a date, an ordinal, list numbering,
a name (5G, PM2.5) or the count of a numbered formulation (三大行动) is left out.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Callable, Collection, Iterator
from dataclasses import dataclass, field
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from policy_nlp.lexicon.load import dictionary_words
from policy_nlp.normalize import normalize
from policy_nlp.numerals import CN_DIGITS, NumeralError, magnitude, neighbour_range, parse_numeral, tidy
from policy_nlp.pipeline.cues import read_cues
from policy_nlp.pipeline.enumerations import SET_MEASURES, category_examples, listed_before
from policy_nlp.pipeline.tables import TableReader
from policy_nlp.pipeline.tokens import LEXICON_TOKENS_KEY, TokenIndex, doc_normalized, doc_text
from policy_nlp.pos import NOUN_TAGS, tag

ARABIC = r"\d+(?:,\d{3})+(?:\.\d+)?(?!\d)|\d+(?:\.\d+)?"
CN_NUM = rf"[{CN_DIGITS}十][{CN_DIGITS}十百千万亿点]*|[百千万]"
NUMBER = rf"(?:{ARABIC})|(?:{CN_NUM})"
# A pattern that opens with the characters it can start with lets the regex engine skip the
# rest of the text quickly instead of trying every position.
NUMBER_START = rf"(?=[\d{CN_DIGITS}十百千万])"
GREAT_COUNT = re.compile(rf"{NUMBER_START}(?:{NUMBER})大(?=[\u4e00-\u9fff“\"])")  # 三大行动
ARABIC_RE = re.compile(ARABIC)
RANGE_JOINERS = ("至", "到", "-", "—", "~", "～", "－")
PERCENT = ("%", "%", 1.0, "percent")
YEAR_LIKE = re.compile(r"\d{4}$")
SPAN_REACH = 8  # characters before a span of time in which a noun may say the span is measured
INCLUSIVE = ("（含）", "(含)")  # a bound said to be included, between a number and 以上/以下
EXCLUSIVE = ("（不含）", "(不含)")  # one said to be left out: 1亿元（不含）以上 is more than 1亿元
STRICT = {"ge": "gt", "le": "lt"}
LIST_JOIN_CHARS = "和及、至到-~"  # between the numbers of a list or range that share a unit
LIST_JOIN = f"[{re.escape(LIST_JOIN_CHARS)}]"
HAN = re.compile(r"[\u4e00-\u9fff]")
HAN_RUN = re.compile(r"[\u4e00-\u9fff]{1,10}")  # the name after a count (两条|智能化纺纱生产线)
FORMULA_EXPLAINED = re.compile(r"“(?P<code>[\dNn]+(?:[+＋][\dNn]+)+)”[^。；;“]{0,16}?[，,：:]即")  # “1+3+N”体系，即
FORMULA_REACH = 80  # characters back from a count to the code it spells out
QUOTED_SLOGAN_END = re.compile(r"[\u4e00-\u9fff]{0,2}”")
SHARED_LIST = re.compile(r"(?:[、和及]\d+(?:\.\d+)?)+(?=[^\d.、])")  # 、1.7 | 个百分点: numbers listed up to the unit
SLOGAN_MAX = 12  # characters inside the quotes of a slogan or name that holds a number
SLOGAN_BREAK = re.compile(r"[，,。；;：:！？]")  # a quoted sentence, not a slogan
MAX_WORD = 12
SHARE_OF_REACH = 30  # characters between a qualifier and 的 before a share (不高于同区域商品住房均价的85%)
MAGNITUDE = r"(?:万亿|[十百千万亿])*"

SERIES_OPENERS = ("从", "由")  # a series opens with one (从2019年的2.5%…)
# where a series of unitless values opens (收入倍差从2.04缩小至1.93, 由上年的1.87缩小至1.82,
# 由2021年的2.25降至…): right after 从/由, or after 从/由 and the base's time (fixed-width lookbehinds)
UNITLESS_SERIES_START = (
    "(?:"
    + "|".join(
        f"(?<=[{''.join(SERIES_OPENERS)}]{base})"
        for base in ("", "上年", "上年的", "去年", "去年的", r"\d{4}年", r"\d{4}年的", r"\d{4}年底的")
    )
    + ")"
)


@dataclass
class Quantity:
    """A number mention. `start`/`end` cover the quantity as written, without qualifier words."""

    start: int
    end: int
    text: str
    value: float | None
    unit: str | None
    unit_kind: str
    value_max: float | None = None
    qualifier: str = "eq"
    qualifier_start: int | None = None
    qualifier_end: int | None = None
    aspect_hint: str | None = None  # rate for 翻番, 倍 …
    context: dict | None = None  # what a table says about a cell: indicator, aspect, time
    warnings: list[str] = field(default_factory=list)

    @property
    def lead(self) -> int:
        """Where the quantity starts with a qualifier written before it (超|16亿元), else `start`."""
        return (
            self.qualifier_start
            if self.qualifier_start is not None and self.qualifier_start < self.start
            else self.start
        )

    @property
    def written_end(self) -> int:
        """Where the quantity ends with a qualifier written after it (10%|以上), else `end`."""
        return max(self.end, self.qualifier_end or self.end)

    def fields(self) -> dict[str, Any]:
        """The fields a quantity shares with its metric record, in schema order."""
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "value": self.value,
            "value_max": self.value_max,
            "unit": self.unit,
            "qualifier": self.qualifier,
        }


@dataclass(frozen=True)
class TokenHints:
    """What the pipeline's tokens tell the finder: offsets inside lexicon terms (a unit cannot
    end there: 200亿天使母基金 has no unit 天) and whether a noun starts at an offset (提升至19位
    is a rank, 9位科学家 a count)."""

    inside_terms: Collection[int] = ()
    noun_at: Callable[[int], bool] | None = None


class QuantityFinder:
    """Finds quantities in a text; configured from cue tables."""

    def __init__(self) -> None:
        units = sorted(read_cues("units.tsv"), key=lambda r: -len(r["written"]))
        self.units = [(normalize(r["written"]), r["unit"], float(r["scale"] or 1), r["kind"]) for r in units]
        self.unit_ends = {unit[0][-1] for unit in self.units} | set("十百千万亿")
        self.units_by_first: dict[str, list[tuple[str, str, float, str]]] = {}
        for unit in self.units:  # longest first within each list, as in self.units
            self.units_by_first.setdefault(unit[0][:1], []).append(unit)
        self._list_tails: dict[str, re.Pattern[str]] = {}  # per written unit: the list after it
        quals = read_cues("qualifiers.tsv")
        self.before = sorted(
            ((q["word"], q["qualifier"]) for q in quals if q["position"] == "before" and q["qualifier"] != "link"),
            key=lambda x: -len(x[0]),
        )
        self.links = sorted((q["word"] for q in quals if q["qualifier"] == "link"), key=len, reverse=True)
        self.after = sorted(
            ((q["word"], q["qualifier"]) for q in quals if q["position"] == "after"), key=lambda x: -len(x[0])
        )
        self.inner = {q["word"]: q["qualifier"] for q in quals if q["position"] == "inner"}
        self.vague = {q["word"]: q["qualifier"] for q in quals if q["position"] == "vague"}
        self.span_measures = tuple(r["word"] for r in read_cues("time.tsv") if r["role"] == "span_measure")
        self.floor = {q["word"]: q["qualifier"] for q in quals if q["position"] == "floor"}
        self.rough_words = (*self.floor, *self.vague)  # 上百个, 数十个: a count given roughly
        self.after_map = dict(self.after)
        self.not_after = {q["word"]: q.get("not_after", "") for q in quals if q["position"] == "before"}
        self.before_map = dict(self.before)
        self.adverb_map = {q["word"]: q["qualifier"] for q in quals if q["position"] == "adverb"}
        self.adverb_pattern = re.compile(  # 至少|建设|1个: a verb of one to three characters between
            f"(?P<word>{'|'.join(re.escape(w) for w in self.adverb_map) or '(?!)'})[^\\W\\d的]{{1,3}}$"
        )
        self.after_pattern = re.compile("|".join(re.escape(w) for w, _ in self.after) or "(?!)")
        self.before_pattern = re.compile(
            f"(?P<word>{'|'.join(re.escape(w) for w, _ in self.before) or '(?!)'})"
            f"(?:{'|'.join(re.escape(w) for w in self.links) or '(?!)'}){{0,2}}$"
        )
        self.rate_words = tuple(normalize(r["word"]) for r in read_cues("aspects.tsv") if r["aspect"] == "rate")
        befores = "|".join(re.escape(w) for w, _ in self.before) or "(?!)"
        bounds = "|".join(re.escape(w) for w, _ in self.before if w.startswith(("不", "最"))) or "(?!)"
        # 不高于市场租金的90%; a bound (不超过, 最高 …, not a comparison such as 高于) needs no 的: 不超过设备投资额25%
        self.share_of_pattern = re.compile(
            # not past another share (由…的不足5%升至…的19.4%: the bound is the first's)
            f"(?:(?P<word>{befores})[^，,；;。：:%％]{{1,25}}的|(?P<bound>{bounds})[\u4e00-\u9fff]{{2,12}})$"
        )
        nonmetric = read_cues("nonmetric.tsv")
        # rules that only look at the number go into one pattern, tried once per candidate
        alone = [r["pattern"] for r in nonmetric if not r["before"] and r["pattern"]]
        self.nonmetric_alone = re.compile("|".join(f"(?:{p})" for p in alone) or "(?!)")
        paired = [r for r in nonmetric if r["before"] and r["pattern"]]
        self.nonmetric = [(re.compile(f"(?:{r['before']})$"), re.compile(r["pattern"])) for r in paired]
        self.nonmetric_patterns = re.compile("|".join(f"(?:{r['pattern']})" for r in paired) or "(?!)")
        before_only = [r["before"] for r in nonmetric if r["before"] and not r["pattern"]]
        self.nonmetric_before_only = re.compile("|".join(f"(?:{b})$" for b in before_only) or "(?!)")
        self.periods = [normalize(r["name"]) for r in read_cues("periods.tsv")]
        self.tables = TableReader(self.units, {**self.before_map, **self.after_map})
        self.enum_heads = tuple(r["head"] for r in read_cues("enumeration_heads.tsv") if r.get("scope", "all") == "all")
        self.counted_heads = tuple(r["head"] for r in read_cues("enumeration_heads.tsv") if r.get("scope") == "counted")
        names = sorted(self.periods, key=len, reverse=True)
        self.blocked_periods = re.compile("|".join(map(re.escape, names)) or "(?!)")
        heads = "|".join(re.escape(h) for h in self.enum_heads)
        self.blocked_formulations = re.compile(
            rf"(?=[\d{CN_DIGITS}十“])(?<![\d至到~\-—])(?P<count>(?:\d{{1,3}}|[{CN_DIGITS}十]{{1,3}})[个项条件类])[\u4e00-\u9fff]{{0,6}}?(?:{heads})"
            r"|“(?P<package>\d{1,3}条)”"  # 三个X / 102项重大工程 / “21条” name formulations; 3至5个X counts
        )
        inner = "|".join(re.escape(w) for w in sorted(self.inner, key=len, reverse=True)) or "(?!)"
        # A Chinese numeral is a candidate only when a unit, magnitude, % or range can follow it
        # (一体化, 进一步 never reach the slower checks).
        follow = re.escape("".join(sorted({u[0][:1] for u in self.units} | set("%十百千万亿多余至到-~ "))))
        cn_candidate = rf"(?:{CN_NUM})(?=[{follow}])"
        self.pattern = re.compile(
            rf"{NUMBER_START}(?P<lo>{ARABIC}|{cn_candidate})(?: (?=[十百千万亿]))?(?:(?P<preinner>{inner})(?=[万亿]))?"
            rf"(?P<lomag>{MAGNITUDE})(?P<lounit>%)?"
            rf"(?:(?P<dash>-|~|至|到)(?P<hi>{ARABIC}|{CN_NUM})(?P<himag>{MAGNITUDE}))?"
            rf"(?P<inner>{inner})?"
        )
        indices = read_cues("index_nouns.tsv")
        after = "|".join(re.escape(w) for w, _ in self.after) or "(?!)"
        nouns = "|".join(re.escape(normalize(r["word"])) for r in indices if r["role"] == "noun") or "(?!)"
        links = "|".join(re.escape(normalize(r["word"])) for r in indices if r["role"] == "link") or "(?!)"
        bare_value = (  # a decimal no unit follows; a qualifier may (1.25左右)
            rf"(?P<ix>(?<![\d.])\d{{1,3}}\.\d+)(?![\d.%‰:∶/])(?!(?!{after})[\u4e00-\u9fff])"
        )
        year = r"(?:\d{4}年(?:目标值?|预期)?)"  # 系数：2024年为1.62，2029年目标为1.80以上
        self.index_pattern = re.compile(rf"(?:{nouns})[：:]?{year}?(?:{links})?{bare_value}")
        changes = "|".join(re.escape(normalize(r["word"])) for r in indices if r["role"] == "change") or "(?!)"
        self.index_chain = re.compile(  # …，2029年目标为1.80以上; …为2.13，较上年缩小0.07
            rf"(?:{after})?[，,](?:{year}(?:{links})?|(?:比|较)[上去]年(?:同期|末)?(?:{changes})){bare_value}"
        )
        ranks = read_cues("ranks.tsv")
        rank_words = sorted((normalize(r["word"]) for r in ranks if r["role"] != "suffix"), key=len, reverse=True)
        self.rank_suffixes = tuple(r["word"] for r in ranks if r["role"] == "suffix")
        self.rank_leads = tuple(normalize(r["word"]) for r in ranks if r["role"] == "lead")
        self.rank_lead = re.compile(f"(?:{'|'.join(map(re.escape, rank_words)) or '(?!)'})(?:近|约)?$")
        unit_starts = re.escape("".join(sorted({u[0][:1] for u in self.units} | set("万亿"))))
        self.special = re.compile(  # the leading class lets the scan skip most characters quickly
            rf"(?=[百千万亿{CN_DIGITS}十\d翻个两第首榜居前半])(?:"
            rf"(?P<pct>百分之(?P<pctnum>{NUMBER}))"
            rf"|(?P<series>{UNITLESS_SERIES_START}(?P<sa>\d+\.\d+)(?![{unit_starts}])[\u4e00-\u9fff]{{0,3}}[至到]"
            rf"(?:\d{{4}}年(?:底)?的?)?(?P<sb>\d+\.\d+)(?![\d.%‰:∶\u4e00-\u9fff]))"
            r"|(?P<ratio>(?<![\d.])\d+(?:\.\d+)?(?:[:∶]\d+(?:\.\d+)?){1,3}(?![\d.:∶]))"
            rf"|(?P<frac>(?P<den>{NUMBER})分之(?P<num>{NUMBER}))"
            rf"|(?P<slash>(?<![\d/.])(?P<sn>\d+)/(?P<sd>\d+)(?![\d/.万]))"  # 1/6, not 7.5/10万
            r"|(?P<double>翻了?(?P<times>[一两二三四])?番)"
            r"|(?P<single>个位数)|(?P<twodigit>两位数)"
            rf"|(?P<bare>(?<![\d.{CN_DIGITS}十百千万])亿元(?=以上)|(?<=[超过破逾上])亿元)"  # 亿元以上项目, 营收超亿元
            rf"|(?P<rank>第(?P<rn>{ARABIC}|[{CN_DIGITS}十]+)(?P<rsuffix>位|名)?)"
            r"|(?P<top>首位|榜首|居首|(?<=之)首(?![\u4e00-\u9fff]))"
            r"|(?P<topn>前(?P<topnum>[一二两三四五六七八九十]{1,2}|\d{1,3})(?:强|位|名)?)"
            r"|(?P<half>(?:(?<=[近过大接])半|一半|半数)(?![年月天日个小]))"  # 已过半年 is a time
            r"|(?P<tenth>(?P<tn>[一二两三四五六七八九]|(?<!\d)\d)成"
            r"(?:(?<=[近约超逾达占][一二两三四五六七八九\d]成)|(?![为果本功立效员绩熟交长都就型]))))"  # 近三成为…
        )

    def __call__(self, text: str, norm: str | None = None, hints: TokenHints | None = None) -> list[Quantity]:
        """Quantities of `text`; `norm` is its normalised form when the caller has it already;
        `hints` is what the pipeline's tokens tell (without them, characters decide)."""
        hints = hints or TokenHints()
        norm = normalize(text) if norm is None else norm
        taken: list[tuple[int, int]] = []
        found: list[Quantity] = []
        blocked = self._blocked_spans(norm, hints)
        cells, table_spans = self.tables(text)
        for cell in cells:
            context = {"indicator": cell.indicator, "aspect": cell.aspect, "time": cell.time, "kind": cell.kind}
            qualifier_start, qualifier_end = cell.qualifier_span or (None, None)
            found.append(
                Quantity(
                    cell.start,
                    cell.end,
                    "",
                    cell.value,
                    cell.unit,
                    cell.unit_kind,
                    value_max=cell.value_max,
                    qualifier=cell.qualifier,
                    qualifier_start=qualifier_start,
                    qualifier_end=qualifier_end,
                    context=context,
                )
            )
        blocked.extend(table_spans)
        for q in [*self._specials(norm), *self._indices(norm)]:
            if any(a < q.end and q.start < b for a, b in table_spans):
                continue
            found.append(q)
            taken.append((q.start, q.end))
        occupied = bytearray(len(norm))  # 1 where a special form, table or formulation already sits
        for a, b in taken + blocked:
            occupied[a:b] = b"\x01" * (b - a)
        for match in self.pattern.finditer(norm):
            s, e = match.span()
            if any(occupied[s:e]):
                continue
            try:
                general = self._general(norm, match, hints)
            except NumeralError:
                continue  # 一百百: digits that make no number are no quantity
            if general is None:
                continue
            vague = next((w for w in self.vague if norm.endswith(w, 0, s)), None)
            if vague is not None and norm[s] in "十百千万亿":  # 数十倍: no number given
                general.start, general.value, general.qualifier = s - len(vague), None, self.vague[vague]
            floor = next((w for w in self.floor if norm.endswith(w, 0, s)), None)
            if floor is not None and norm[s] in "百千万亿":  # 上万人: at least ten thousand
                general.start, general.qualifier = s - len(floor), self.floor[floor]
            found.append(general)
            width = general.end - general.start
            occupied[general.start : general.end] = b"\x01" * width  # 3.5平方千米: not also 千米
        found = self._joined_ranges(norm, sorted(found, key=lambda q: q.start))
        for q in found:
            if q.context is None:  # a table's cell has its qualifier from the cell or its column
                self._qualify(norm, q)
            q.text = text[q.start : q.end]
        return found

    @staticmethod
    def _joined_ranges(norm: str, found: list[Quantity]) -> list[Quantity]:
        """5000万元至1亿元: two amounts of one unit joined by 至/到/-/~ are one range."""
        joined: list[Quantity] = []
        for q in found:
            last = joined[-1] if joined else None
            if (  # plain amounts only: eq means no range, no vague value
                last is not None
                and last.qualifier == q.qualifier == "eq"
                and last.context is None
                and q.context is None
                and last.unit == q.unit is not None
                and q.unit != "rank"  # 前移2位至第7位: a move, then the place it reached
                and norm[last.end : q.start] in RANGE_JOINERS
                and (last.value or 0) < (q.value or 0)
            ):
                joined[-1] = dataclasses.replace(last, end=q.end, value_max=q.value, qualifier="range")
            else:
                joined.append(q)
        return joined

    # -- special forms -------------------------------------------------------------------
    def _ranked_in_clause(self, norm: str, at: int) -> bool:
        """Whether a ranking word (居, 位列 …) stands in the clause before `at` (居各区县之首)."""
        start = max(norm.rfind(mark, 0, at) for mark in "，。；：,;:\n")
        return any(word in norm[start + 1 : at] for word in self.rank_leads)

    def _indices(self, norm: str) -> Iterator[Quantity]:
        """城乡居民收入比为1.95: a ratio or coefficient written without a unit."""
        for first in self.index_pattern.finditer(norm):
            m: re.Match[str] | None = first
            while m is not None:  # …，2029年目标为1.80以上: the same measure's next year
                yield Quantity(m.start("ix"), m.end("ix"), "", float(m.group("ix")), None, "measure")
                m = self.index_chain.match(norm, m.end())

    def _specials(self, norm: str) -> Iterator[Quantity]:
        for m in self.special.finditer(norm):
            s, e = m.span()
            try:
                if m.group("pct"):
                    yield Quantity(s, e, "", parse_numeral(m.group("pctnum")), "%", "percent")
                elif m.group("series"):  # 收入倍差从2.04缩小至1.93: an index or ratio written without a unit
                    for group in ("sa", "sb"):
                        yield Quantity(m.start(group), m.end(group), "", float(m.group(group)), None, "measure")
                elif m.group("ratio"):
                    yield from self._ratio(m)
                elif m.group("frac"):
                    value = 100 * parse_numeral(m.group("num")) / parse_numeral(m.group("den"))
                    yield Quantity(s, e, "", round(value, 6), "%", "percent")
                elif m.group("slash"):
                    den = float(m.group("sd"))
                    if den and not self._date_like(norm, e):
                        yield Quantity(s, e, "", round(100 * float(m.group("sn")) / den, 6), "%", "percent")
                elif m.group("double"):
                    times = {"一": 1, None: 1, "两": 2, "二": 2, "三": 3, "四": 4}[m.group("times")]
                    yield Quantity(s, e, "", float(2**times), "x", "multiple", aspect_hint="rate")
                elif m.group("bare"):
                    yield Quantity(s, e, "", 1e8, "CNY", "currency")
                elif m.group("single"):
                    yield Quantity(s, e, "", 10.0, None, "measure", qualifier="lt")
                elif m.group("twodigit"):  # 两位数增长: growth of at least ten per cent
                    growth = norm.startswith(self.rate_words, e + (norm[e : e + 1] == "的"))
                    yield Quantity(
                        s, e, "", 10.0, "%", "percent", qualifier="ge", aspect_hint="rate" if growth else None
                    )
                elif m.group("rank"):
                    ordinal = not m.group("rsuffix") and self._unit_at(norm, e) is not None  # 第11个
                    ordinal = ordinal or self.nonmetric_alone.match(norm, s) is not None  # 第一梯队
                    ordinal = ordinal or self._idiom_at(norm, s)  # 放在第一位
                    largest = norm.startswith("大", e) and HAN.match(norm, e + 1) is not None  # 第一大贸易伙伴
                    ranked = self.rank_lead.search(norm, max(0, s - 4), s) or (  # 排名居全省同类企业第一
                        HAN.match(norm, e) is None and self._ranked_in_clause(norm, s)
                    )
                    if not ordinal and (m.group("rsuffix") or largest or ranked):
                        yield Quantity(s, e, "", parse_numeral(m.group("rn")), "rank", "rank")
                elif m.group("top"):
                    if norm[s - 1 : s] == "之" and not self._ranked_in_clause(norm, s):
                        continue  # 作为三大产业集群之首: the first of them, no ranking
                    if self._idiom_at(norm, s):
                        continue  # 把…摆在首位: a priority, no ranking
                    yield Quantity(s, e, "", 1.0, "rank", "rank")
                elif m.group("topn"):
                    suffixed = m.group("topn").endswith(self.rank_suffixes)  # 进入前10位的企业: a rank all the same
                    if (
                        (norm[e : e + 1] not in ("的", "大") or suffixed)
                        and (  # 前十的城市 names a group
                            self.rank_lead.search(norm, max(0, s - 4), s) or norm[e : e + 1] == "强" or suffixed
                        )
                    ):
                        yield Quantity(s, e, "", parse_numeral(m.group("topnum")), "rank", "rank", qualifier="le")
                elif m.group("half"):
                    yield Quantity(s, e, "", 50.0, "%", "percent")
                elif m.group("tenth"):
                    yield Quantity(m.start("tn"), e, "", 10 * parse_numeral(m.group("tn")), "%", "percent")
            except (NumeralError, ZeroDivisionError):
                continue

    @staticmethod
    def _ratio(m: re.Match) -> Iterator[Quantity]:
        """2.50:1 is a multiple (城乡居民收入比); 4.0∶37.7∶58.3, parts of a whole that sum to 100, are
        shares each (三次产业比重). Other colons (times, scores) are left alone."""
        parts = [(p.start() + m.start(), p.end() + m.start()) for p in re.finditer(r"\d+(?:\.\d+)?", m.group())]
        values = [float(m.string[a:b]) for a, b in parts]
        if len(values) == 2 and values[1] == 1 and "." in m.string[parts[0][0] : parts[0][1]]:
            yield Quantity(m.start(), m.end(), "", values[0], "x", "multiple")
        elif len(values) >= 3 and abs(sum(values) - 100) <= 1:
            for (a, b), value in zip(parts, values, strict=True):
                yield Quantity(a, b, "", value, "%", "percent")

    @staticmethod
    def _date_like(norm: str, end: int) -> bool:
        return end < len(norm) and norm[end] in "年月日号"

    # -- general form --------------------------------------------------------------------
    def _general(self, norm: str, m: re.Match, hints: TokenHints) -> Quantity | None:
        """The quantity of a number match, or None; digits that make no number raise NumeralError."""
        s = m.start()
        lo, lomag = m.group("lo"), m.group("lomag")
        if not self._is_number(lo, lomag):
            return None
        end = m.end()
        if m.group("inner") is None and not m.group("dash") and not m.group("lounit") and not m.group("preinner"):
            # 300万千瓦: give magnitude characters back when they begin the unit
            for keep in range(len(lomag) + 1):  # the longest unit wins: 120千米 is 120 公里, 3千人 3000 人
                if self._unit_at(norm, m.end("lomag") - (len(lomag) - keep)) is not None:
                    end = m.end("lomag") - (len(lomag) - keep)
                    lomag = lomag[:keep]
                    break
        written: tuple[str, str, float, str] | None
        if m.group("lounit") and not m.group("dash"):
            written = PERCENT  # 2.7%: the % is part of the match
        else:
            unit_at = end + 1 if norm[end : end + 1] == " " and self._unit_at(norm, end + 1) else end
            written = self._unit_at(norm, unit_at)
            if written is not None and unit_at + len(written[0]) in hints.inside_terms:
                written = None
            if written is not None:
                end = unit_at + len(written[0])
                per = self._unit_at(norm, end + 1) if norm[end : end + 1] == "/" else None
                if per is not None and written[3] == "measure":  # 10.36百亿亿次/秒, 5分/千瓦时: as written
                    written = (f"{written[0]}/{per[0]}", f"{written[1]}/{per[0]}", written[2], "measure")
                    end += 1 + len(per[0])
            elif m.group("dash") and m.group("lounit"):
                written = PERCENT  # 5%-6: the first number's % covers the range
        if written is not None:
            written = self._shared_longer_unit(norm, end, written)
        if self._excluded(norm, s, end, lo, written) or self._in_slogan(norm, s, end):
            return None
        if written is None and not lomag and ARABIC_RE.match(lo):
            written = self._list_unit(norm, end)  # 分别上升3.4、0.9个百分点: the list's last number's unit
        if written is None:
            if lomag not in ("万", "亿", "万亿"):
                return None  # a bare number is a metric only with a magnitude: 4万亿, 四万亿
            unit, scale, unit_kind = None, 1.0, "measure"
        else:
            _, unit, scale, unit_kind = written
            noun_follows = hints.noun_at(end) if hints.noun_at is not None else bool(HAN.match(norm, end))
            if written[0] in self.rank_suffixes and not noun_follows and self.rank_lead.search(norm, max(0, s - 6), s):
                unit, unit_kind = "rank", "rank"  # 提升至19位 (but 9位科学家 is a count)
        if unit_kind == "duration":
            if not any(w in norm[max(0, s - SPAN_REACH) : s] for w in self.span_measures):
                return None  # 连续5个月, 只用了9个月: a span, no metric
            unit_kind = "measure"  # 去化周期为14个月: a span that is measured
        if unit_kind == "measure" and not lomag and self._is_formulation(norm, s, end, lo):
            return None
        value_max = None
        if m.group("dash"):
            himag = m.group("himag") or lomag
            lomag = lomag or himag  # 300~500亿元: the magnitude is shared
            value_max = parse_numeral(m.group("hi")) * magnitude(himag) * scale
        rough = None if value_max is not None else neighbour_range(lo)
        if rough is not None:  # 五六万元: fifty to sixty thousand
            value_max = rough[1] * magnitude(lomag) * scale
        value = (rough[0] if rough is not None else parse_numeral(lo)) * magnitude(lomag) * scale
        if rough is None and s >= 2 and norm[s - 1] == "-" and self._signs(norm[s - 2]):
            # 人口自然增长率-1.87‰, 涨跌幅在-1.1%至0.7%之间: a signed number (not 150万元—400万元's dash)
            s, value = s - 1, -value
        if value_max is not None and value_max <= value:  # 1-11 (月), 2021-2020: not a range
            return None
        q = Quantity(s, end, "", tidy(value), unit, unit_kind, tidy(value_max) if value_max is not None else None)
        if value_max is not None:
            q.qualifier = "range"
        elif m.group("inner") or m.group("preinner"):  # 1000多家, 5000多万户
            q.qualifier = self.inner[m.group("inner") or m.group("preinner")]
        return q

    def _shared_longer_unit(
        self, norm: str, end: int, written: tuple[str, str, float, str]
    ) -> tuple[str, str, float, str]:
        """The longer unit the last of a list of numbers carries, when it extends the one written
        here (高2.1个和1.5个百分点; 节能0.6亿吨和0.2亿吨标准煤): the list's unit."""
        if norm[end : end + 1] not in LIST_JOIN_CHARS:
            return written  # the common case: no list follows
        if written[0] not in self._list_tails:
            unit = re.escape(written[0])
            self._list_tails[written[0]] = re.compile(rf"(?:{LIST_JOIN}[\d.]+[万亿]?{unit})*{LIST_JOIN}[\d.]+[万亿]?")
        tail = self._list_tails[written[0]].match(norm, end)
        later = self._unit_at(norm, tail.end()) if tail is not None else None
        if later is None or later[0] == written[0] or not later[0].startswith(written[0]):
            return written
        return (written[0], *later[1:])

    def _list_unit(self, norm: str, end: int) -> tuple[str, str, float, str] | None:
        """The unit a bare number shares with the numbers listed after it (3.4、0.9个百分点; 5.2、7.7和
        2.6个百分点), when the last of them carries it right after its digits."""
        listed = SHARED_LIST.match(norm, end)
        if listed is None:
            return None
        written = self._unit_at(norm, listed.end())
        if written is None or written[3] in ("duration", "time") or written[0] in ("年", "月"):
            return None
        return written

    def _in_slogan(self, norm: str, start: int, end: int) -> bool:
        """Whether a number stands inside a short quoted slogan whose words go on after it
        (“线上预约、两小时上门”, “1元乘车”), which measures nothing; a quoted amount
        (站上“五千亿元”, “6%左右”) or criterion (“研发投入占营收8%”) is still one."""
        opening = norm.rfind("“", max(0, start - SLOGAN_MAX), start)
        if opening < 0:
            return False
        closing = norm.find("”", end, opening + SLOGAN_MAX + 2)
        if closing < 0 or "”" in norm[opening:start] or SLOGAN_BREAK.search(norm, opening, closing):
            return False
        after = self.after_pattern.match(norm, end)
        if HAN.search(norm, after.end() if after else end, closing) is not None:
            return True  # words go on after the number: 两小时上门
        return norm[end - 1] not in "%％" and HAN.search(norm, opening, start) is not None  # 千村万户

    def _signs(self, before: str) -> bool:
        """Whether a dash after `before` is a minus sign: after a word (增长率-2.36‰), not after a
        unit or a number, where it joins a range."""
        return HAN.match(before) is not None and before not in self.unit_ends

    def _is_number(self, lo: str, lomag: str) -> bool:
        if ARABIC_RE.match(lo):
            return True
        return any(ch in CN_DIGITS + "十" for ch in lo) or bool(lomag) or lo in "百千万"

    def _unit_at(self, norm: str, pos: int) -> tuple[str, str, float, str] | None:
        for written in self.units_by_first.get(norm[pos : pos + 1], ()):
            if norm.startswith(written[0], pos):
                return written
        return None

    def _excluded(self, norm: str, s: int, e: int, lo: str, written) -> bool:
        after = norm[e : e + 2]
        if YEAR_LIKE.match(lo) and 1900 <= int(lo) <= 2100 and written is None:
            return True  # a year (年 handled as a duration unit, years otherwise bare)
        if norm.startswith(lo, s) and after[:1] in ("年", "月", "日", "号", "时", "季") and written is None:
            return True
        if written is not None and written[0] == "年":
            return True
        if (after[:1].isascii() and after[:1].isalpha()) or (
            s > 0 and (norm[s - 1] == "." or (norm[s - 1].isascii() and norm[s - 1].isalpha()))
        ):
            return True
        if written is None and after[:1] in ("月", "日", "号", "季", "版", "代", "期", "届"):
            return True
        if self.nonmetric_alone.match(norm, s):
            return True
        if self.nonmetric_before_only.search(norm[max(0, s - 8) : s]):
            return True
        return self._idiom_at(norm, s)

    def _idiom_at(self, norm: str, s: int) -> bool:
        """Whether the number at `s` opens a pattern of `nonmetric.tsv` that the text before it makes
        an idiom or name (摆在首位, 连续5个月)."""
        if self.nonmetric_patterns.match(norm, s) is None:
            return False  # most numbers match no pattern
        head = norm[max(0, s - 8) : s]
        return any(pattern.match(norm, s) and before.search(head) for before, pattern in self.nonmetric)

    @staticmethod
    def _explains_formula(norm: str, start: int, numeral: str) -> bool:
        """Whether a count spells out a part of a formula code just quoted (“1+2+N”制度体系，即1个
        总体方案、2个专项制度): a part of the code, after 即, in the same sentence."""
        before = norm[max(0, start - FORMULA_REACH) : start]
        if "即" not in before:
            return False  # the common case: no code is spelled out
        codes = list(FORMULA_EXPLAINED.finditer(before))
        if not codes or "。" in before[codes[-1].end() :]:
            return False
        found = codes[-1]
        return numeral in re.split(r"[+＋]", found.group("code"))

    def _is_formulation(self, norm: str, start: int, end: int, numeral: str) -> bool:
        """Whether a count names a set rather than measures: written out in characters before a set
        measure word and a name (四个意识, 两项改革), opening a quoted slogan (“五个更加注重”),
        before a colon (四件大事：), before a formulation head (七项行动), or — digits too — after a
        list of as many members (城东、城西、城南、城北四个片区, 汽车、装备、材料3个产业)."""
        if norm.endswith(self.rough_words, 0, start):
            return False  # 上百个拾花工, 数十个项目: a rough count, never a set's name
        if self._explains_formula(norm, start, numeral):
            return True  # 构建“1+3+N”体系，即1个…、3个…: the parts of a formula code
        listed = listed_before(norm, start)
        if ARABIC_RE.match(numeral):  # 7个关键领域 is blocked with the heads; here only a declared list counts
            if norm[end - 1 : end] in SET_MEASURES and category_examples(norm, start):
                return True  # 纺织、化工、建材等8个传统产业: kinds of thing, by example
            if (
                norm[end - 1 : end] in SET_MEASURES
                and QUOTED_SLOGAN_END.match(norm, end)
                and "“" in norm[max(0, start - 12) : start]
            ):
                return True  # 办好“群众最关心的12件事”: a slogan that closes with its count
            return listed > 0 and listed == parse_numeral(numeral)
        thing = HAN_RUN.match(norm, end)
        if thing is not None and any(h in thing.group() for h in self.counted_heads):
            return False  # 两条智能化生产线: a thing counted
        if norm[end - 1 : end] in SET_MEASURES and re.match(r"[“‘\u4e00-\u9fff]", norm[end : end + 1]):
            return True  # 四个意识, 两项改革, 两个‘引擎’: a count written out in characters names a set
        if norm[start - 1 : start] in "“‘" or re.match(r"[\u4e00-\u9fff]{1,4}[：:]", norm[end : end + 5]):
            return True  # “五个更加注重”, 四件大事：一是…
        tail = norm[end : end + 8]
        phrase = re.match(r"[“\"]?([\u4e00-\u9fff]{1,6})", tail)
        if phrase and phrase.group(1).endswith(self.enum_heads):
            return True
        return listed > 0 and listed == parse_numeral(numeral)

    def _blocked_spans(self, norm: str, hints: TokenHints) -> list[tuple[int, int]]:
        """Periods (十四五) and numbered formulations (三大行动, 7个关键领域); a head that runs on
        inside a lexicon term (3个工程技术研究中心) is none."""
        spans = [m.span() for m in self.blocked_periods.finditer(norm)]
        spans += [m.span() for m in GREAT_COUNT.finditer(norm)]
        for m in self.blocked_formulations.finditer(norm):
            if m.group("count") and m.end() in hints.inside_terms:
                continue
            spans.append(m.span("count") if m.group("count") else m.span("package"))
        return spans

    # -- qualifiers ----------------------------------------------------------------------
    def _qualify(self, norm: str, q: Quantity) -> None:
        """Qualifier words right after the quantity (以上, 左右) or right before it (超过, 最高可达)."""
        if q.qualifier != "eq":
            return
        after = self.after_pattern.match(norm, q.end)
        if after is None and norm.startswith("/", q.end):  # 30万元/人左右: the qualifier follows the whole unit
            after = next(filter(None, (self.after_pattern.match(norm, q.end + n) for n in (2, 3))), None)
        included = past_inclusive(norm, q.end)
        if after is None and included > q.end:  # 1.5亿美元（含）以上
            after = self.after_pattern.match(norm, included)
        if after:
            qualifier = self.after_map[after.group()]
            if norm.startswith(EXCLUSIVE, q.end):
                qualifier = STRICT.get(qualifier, qualifier)
            q.qualifier, q.qualifier_start, q.qualifier_end = qualifier, q.end, after.end()
            return
        head_start = max(0, q.start - 8)
        opening = q.start - 1 if norm[q.start - 1 : q.start] in '“"' and q.start > 0 else q.start
        before = self.before_pattern.search(norm, head_start, opening)  # 站上“四万亿元”
        if before is None:  # 至少建设1个: the qualifier bounds the verb's count
            adverb = self.adverb_pattern.search(norm, head_start, opening)
            if adverb is not None:  # the verb between stays outside the quantity (至少新增10家 is a change)
                q.qualifier = self.adverb_map[adverb.group("word")]
                return
        if before is None and q.unit in ("%", "x"):  # 不高于市场租金的90%: a share of what the qualifier compares with
            before = self.share_of_pattern.search(norm, max(0, q.start - SHARE_OF_REACH), q.start)
            if before is not None and before.group("bound") and norm.endswith(self.rate_words, 0, q.start):
                return  # 贷款最高额度上浮25%: a change of the bound, not bounded
        if before is None:
            return
        group = "word" if before.group("word") is not None else "bound"
        start, word = before.start(group), before.group(group)
        while start > 0 and norm[start - 1] in self.not_after.get(word, ""):
            # 签约 is not 约, 反超 is not 超; 扩大约 is 扩大|约: a shorter qualifier inside may still be one
            before = self.before_pattern.search(norm, start + 1, opening)
            if before is None:
                return
            start, word = before.start("word"), before.group("word")
        q.qualifier, q.qualifier_start, q.qualifier_end = self.before_map[word], start, start + len(word)


def past_inclusive(norm: str, at: int) -> int:
    """Where the text goes on after a mark that says a bound is included or not (（含）, （不含）), if one
    stands at `at`."""
    return at + next((len(mark) for mark in (*INCLUSIVE, *EXCLUSIVE) if norm.startswith(mark, at)), 0)


class QuantityTagger:
    """Fills `doc._.quantities` (`Quantity` objects with character offsets; no Spans, which cost
    more to make than the quantities themselves)."""

    def __init__(self) -> None:
        self.finder = QuantityFinder()

    @functools.cached_property
    def named_words(self) -> frozenset[str]:
        """Indicator names that hold a number (每10万人中拥有大学学历人数, 世界500强企业): a
        number inside one is part of the name, like a number inside a lexicon term."""
        return frozenset(w for w in dictionary_words() if any(ch.isdigit() for ch in w))

    def __call__(self, doc: Doc) -> Doc:
        index = TokenIndex(doc)
        named = self.named_words
        offsets = [(index.starts[i], len(index.words[i])) for i in doc.user_data.get(LEXICON_TOKENS_KEY, ())]
        offsets += [(start, len(word)) for start, word in zip(index.starts, index.words, strict=True) if word in named]
        inside_terms = {position for start, length in offsets for position in range(start + 1, start + length)}
        term_starts = {start for start, _ in offsets}

        def noun_at(position: int) -> bool:
            word = index.word_at(position)
            return word is not None and len(word) <= MAX_WORD and tag(word).startswith(NOUN_TAGS)

        hints = TokenHints(inside_terms, noun_at)
        quantities = [  # a number inside a lexicon term is part of a name (两个市场, 八项规定, 5G)
            q
            for q in self.finder(doc_text(doc), doc_normalized(doc), hints)
            if q.start not in inside_terms and q.start not in term_starts
        ]
        doc._.quantities = quantities
        return doc


@Language.factory("policy_nlp_quantities")
def make_quantities(nlp: Language, name: str) -> QuantityTagger:
    return QuantityTagger()
