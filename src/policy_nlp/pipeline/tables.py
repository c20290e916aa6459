"""Statistical tables in text (tab-separated, Markdown or space-aligned rows: NBS communiqués,
plan indicator tables).

A block of lines with two or more tabs (or Markdown rows, | a | b | c |, or columns aligned with
ideographic spaces or runs of two spaces, as bulletins print them) is a table; its first line is
the header. Every numeric cell becomes a quantity whose unit comes from its column
header (亿元, %, 元, 天) or its row label (地区生产总值增速（%）), whose aspect is a rate when the header or the row label
says so (同比增长, …降低), whose indicator is the row label (or the column's measure for a 总计
row), and whose time is the year of its column (2025年) or of the table's title line.

A plan's indicator table (five-year plans: 指标 | 2020年 | 2025年 | 年均/累计 | 属性, with
预期性/约束性 rows) sets targets: every cell outside its base-year column is a target. A cell may
carry a qualifier (6左右, >5, ≥95) and a bracketed value is a total over the plan period
([0.29]: a change).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import pairwise

from policy_nlp.normalize import normalize
from policy_nlp.numerals import magnitude, tidy
from policy_nlp.pipeline.cues import read_cues

CELL = re.compile(
    r"\s*(?P<open>[\[［【〔])?\s*(?P<before>[^\d\s\-\[\]［］【】〔〕]{0,3}?)\s*"
    r"(?P<number>-?\d+(?:,\d{3})*(?:\.\d+)?)(?:\s*[—\-－~～至]\s*(?P<upper>\d+(?:\.\d+)?))?"
    r"\s*(?P<after>[^\d\s\[\]［］【】〔〕/]{0,3}?)(?P<per>/[^\d\s|]{1,8})?\s*(?P<close>[\]］】〕])?\s*$"
)  # 6.8, ≥95, [0.29], 6左右; in a table of grants: 1.2万元/张, 3—5元/餐
WORDED_NUMBER = re.compile(  # 每套3万元, 按基准利率的50%贴息, 一次性奖励20万元: a number and its unit among words
    r"(?<![\d.])(?P<number>\d+(?:,\d{3})*(?:\.\d+)?)\s*(?P<after>[^\d\s，,；;。、（）()]{1,5})"
)
WORDED_RANGE = re.compile(  # 每台0.4万—0.9万元: a range whose ends each carry their magnitude
    r"(?<![\d.])(?P<number>\d+(?:\.\d+)?)(?P<mag>[万亿千百]*)\s*[—\-－~～至到]\s*"
    r"(?P<upper>\d+(?:\.\d+)?)\s*(?P<after>[^\d\s，,；;。、（）()]{1,5})"
)
MAGNITUDE_PREFIX = re.compile(r"^(万亿|[十百千万亿]*)")  # 亿千瓦时, 万元: the magnitude before a unit
BOUND_NOUN_MAX = 2  # 最高|限额: a column headed by a bound and the limit's noun
HEADER_UNIT = re.compile(r"[（(]([^（）()]*)[）)]\s*$|(?<=[^\s\d])([%％])\s*$")  # 增长（%）, 完成预算%
TITLE_YEAR = re.compile(r"((?:19|20)\d{2})年")
UNIT_LINE = re.compile(r"\s*[（(]?单位[：:]")  # a line of its own that only gives the units
# a title's opening place and period (表2 临川市“十五五”时期…) and closing table word (…分解表)
TITLE_LEAD = re.compile(
    r"\s*(?:表\s*\d+\s*)?(?:[\u4e00-\u9fff]{1,6}?[省市县区])?"
    r"(?:[“\"]?(?:十[一二三四五六]五|(?:19|20)\d{2}(?:[—\-至](?:19|20)\d{2})?年)[”\"]?(?:时期|期间|年度)?)?"
)
TITLE_TABLE_WORD = re.compile(r"(?:分解|一览|情况|统计|汇总|明细|安排)?表\s*$")
COLUMN_YEAR = re.compile(  # 2025年, 2025年（目标）, 2025年基数, 2030年目标值
    r"^\s*((?:19|20)\d{2})年?(?:[（(][^）)]*[）)]|[\u4e00-\u9fff]{1,3})?\s*$"
)
SUB_ROW = re.compile(r"\s*(?:其中[：:]|#)")  # a row that details the row above it (其中：…, #…)
ROW_PREFIX = re.compile(r"^(?:其中[：:]|#|\s|\d{1,2}[.．、]\s*)+")
RATE_HEADER = ("增长", "增速", "增幅", "同比", "比上年", "变化", "年均")
RATE_WORDS = re.compile("|".join(RATE_HEADER))
CHANGE_HEADER = re.compile(
    r"(?:(?:比|较)[^\s（(]{0,4})?(?:增加|增长|减少|下降)"
)  # 较年初增加, 比上年增加: of the column before
TITLE_UNITS = re.compile(r"单位[：:]\s*([^（(）)\n]+)")  # 表1 …（单位：亿元，%）; 单位：套（间）: a note after
MEASURE_WORD = re.compile(r"[\u4e00-\u9fff]{1,3}")  # 双, 平方米: a unit column's word as written
GROUP_ROW = re.compile(r"[^\d\t|。，；,;：:]{2,12}")  # 经济发展, 创新驱动: a group of the rows below


@dataclass
class TableCell:
    start: int
    end: int
    value: float
    unit: str | None
    unit_kind: str
    aspect: str
    indicator: tuple[int, int] | None
    time: tuple[int, int, str] | None
    kind: str = "actual"
    qualifier: str = "eq"
    qualifier_span: tuple[int, int] | None = None
    value_max: float | None = None


@dataclass
class Column:
    measure: tuple[int, int] | None
    unit: str | None
    unit_kind: str
    scale: float
    aspect: str
    year: tuple[int, int, str] | None = None
    qualifier: str | None = None  # 上限, 最高: every cell of the column is a cap
    title_unit: tuple[str, str, float] | None = None  # a year column's unit from the title (单位：套), after the row's
    goal: bool = False  # 预算数 | 执行数: a column of what was planned


PIPE_ROW = re.compile(r"^\s*\|.*\|\s*$")  # a Markdown table row: | 指标 | 2020年 |
BARS = str.maketrans("｜", "|")  # a full-width bar separates cells like a bar
PIPE_RULE = re.compile(r"^[\s|:\-]+$")  # |---|:---:|
SPACED = re.compile("\u3000+| {2,}")  # 南宁市　89.40　10.6: columns aligned with spaces
MAX_SPACED_ROW = 120  # a longer line with wide spaces is prose


def _line_before(text: str, at: int) -> tuple[int, int]:
    """The nearest non-empty line that ends before `at` (a line's start), without copying the text."""
    end = at
    while end > 0 and text[end - 1] == "\n":
        end -= 1
    return text.rfind("\n", 0, end) + 1, end


def _bare(text: str, start: int, end: int) -> str:
    """A cell's text without spaces (全　区 is 全区)."""
    return re.sub(r"\s", "", text[start:end])


def _is_spaced_row(line: str) -> bool:
    """A row of columns aligned with spaces; a paragraph's indent does not count."""
    inner = line.strip()
    if "\u3000" not in inner and "  " not in inner:
        return False  # most lines: no wide space at all
    return len(SPACED.findall(inner)) >= 2 and len(inner) <= MAX_SPACED_ROW and "。" not in inner


def _is_row(line: str) -> bool:
    line = line.translate(BARS)
    return (
        line.count("\t") >= 2
        or (PIPE_ROW.match(line) is not None and line.count("|") >= 4)
        or ("\t" not in line and _is_barred_row(line))
        or ("\t" not in line and "|" not in line and _is_spaced_row(line))
    )


def _is_barred_row(line: str) -> bool:
    """A row of cells between bars without outer bars (城市｜人均可支配收入｜增长); not prose."""
    inner = line.strip()
    return inner.count("|") >= 2 and not inner.startswith("|") and len(inner) <= MAX_SPACED_ROW and "。" not in inner


def _cells(line: str, offset: int) -> list[tuple[int, int]]:
    """(start, end) of each cell of a tab-separated, Markdown, bar-separated or space-aligned row."""
    line = line.translate(BARS)
    if "\t" not in line and "|" not in line:
        lead = len(line) - len(line.lstrip())
        inner = line.strip()
        bounds = [lead, *(lead + x for m in SPACED.finditer(inner) for x in m.span()), lead + len(inner)]
        return [(offset + bounds[n], offset + bounds[n + 1]) for n in range(0, len(bounds), 2)]
    pipes = "\t" not in line
    spans, start = [], 0
    for part in line.split("|" if pipes else "\t"):
        spans.append((offset + start, offset + start + len(part)))
        start += len(part) + 1
    outer = pipes and line.strip().startswith("|")
    return spans[1:-1] if outer else spans  # | a | b |: nothing before the first bar or after the last


def _spaced_out(text: str, header: list[tuple[int, int]], rows: list[list[tuple[int, int]]]) -> list[tuple[int, int]]:
    """A header whose first word is spaced out (指　　标) has more cells than its rows: joined."""
    widths = Counter(len(row) for row in rows)
    if not widths:
        return header
    extra = len(header) - widths.most_common(1)[0][0]
    if extra <= 0 or not all(len(_bare(text, s, e)) <= 2 for s, e in header[: extra + 1]):
        return header
    return [(header[0][0], header[extra][1]), *header[extra + 1 :]]


class TableReader:
    """Finds table blocks and reads their numeric cells."""

    def __init__(self, units: list[tuple[str, str, float, str]], qualifiers: dict[str, str] | None = None) -> None:
        # units: (written, unit, scale, kind); the first of a written form wins
        self.unit_forms = {form: (unit, scale, kind) for form, unit, scale, kind in reversed(units)}
        self.qualifiers = qualifiers or {}  # word or sign → qualifier (左右 → approx, ≥ → ge)
        self._qualifier_words = sorted(self.qualifiers, key=len, reverse=True)  # the longest first: 不超过, not 超过
        self.periods = {r["name"]: f"{r['start']}-{r['end']}" for r in read_cues("periods.tsv")}
        aspects = read_cues("aspects.tsv")
        rates = [r for r in aspects if r["aspect"] == "rate" and len(r["word"]) > 1]
        self.change_words = sorted(((r["word"], int(r["sign"])) for r in rates), key=lambda r: -len(r[0]))
        self.level_names = tuple(r["word"] for r in aspects if r["aspect"] == "name")  # 人口自然增长率
        kinds = read_cues("kinds.tsv")
        self.plan_marks = tuple(r["word"] for r in kinds if r["scope"] == "table")
        self.goal_words = tuple(r["word"] for r in kinds if r["scope"] == "goal")  # a title of goals (…目标分解表)
        self.done_words = tuple(r["word"] for r in kinds if r["scope"] == "done")  # …目标完成情况表 reports
        headers = read_cues("table_headers.tsv")
        self.header_words = {
            role: {r["word"] for r in headers if r["role"] == role}
            for role in ("total", "scope", "unit", "number", "share", "rank", "grant", "goal")
        }

    def blocks(self, text: str) -> Iterator[list[tuple[int, str]]]:
        """Runs of table lines (blank lines inside a run are allowed, and so are group rows: a
        short label on a line of its own between rows, such as 经济发展 in a plan's table)."""
        lines = [(m.start(), m.group()) for m in re.finditer(r"[^\n]*", text)]
        block: list[tuple[int, str]] = []
        for n, (at, line) in enumerate(lines):
            if PIPE_RULE.match(line) and "-" in line and block:
                continue  # the rule under a Markdown header
            if _is_row(line):
                block.append((at, line))
            elif line.strip() and block:
                following = next((later for _, later in lines[n + 1 :] if later.strip()), "")
                if GROUP_ROW.fullmatch(line.strip()) and _is_row(following):
                    continue  # a group row: the table goes on
                yield block
                block = []
        if block:
            yield block

    def __call__(self, text: str) -> tuple[list[TableCell], list[tuple[int, int]]]:
        cells: list[TableCell] = []
        spans: list[tuple[int, int]] = []
        for block in self.blocks(text):
            found = len(cells)
            header_at, header = block[0]
            rows = [_cells(line, line_at) for line_at, line in block[1:]]
            header_cells = _spaced_out(text, _cells(header, header_at), rows)
            columns = [self._column(text, s, e) for s, e in header_cells]
            self._title_units(text, header_at, header_cells, columns)
            title_span = self._title_span(text, header_at)
            title_line = text[slice(*title_span)]
            plan = any(mark in line for _, line in block for mark in self.plan_marks)
            # a table its title calls goals (…筹集目标分解表), by year: every year's cell is a goal
            goals = any(w in title_line for w in self.goal_words) and not any(w in title_line for w in self.done_words)
            for column in columns:
                self._rank_of_column(text, column, columns)
            for before, column in pairwise(columns):
                if column.aspect == "rate" and column.measure and not RATE_WORDS.sub("", text[slice(*column.measure)]):
                    column.measure = before.measure  # 营业收入 | 比上年增长（%）: the growth of the column before
                if column.measure and column.unit not in (None, "%") and CHANGE_HEADER.fullmatch(text, *column.measure):
                    column.measure, column.aspect = before.measure, "change"  # 贷款余额 | 较年初增加（亿元）
                if column.aspect == "rate" and column.year is None and before.year is not None and not plan:
                    column.year = before.year  # 2024年 | 2025年 | 增长: the later year's (a plan's: the period's)
            unit_column = next(  # 产品名称 | 单位 | 产量: each row's unit in a column of its own
                (n for n, (s, e) in enumerate(header_cells) if text[s:e].strip() in self.header_words["unit"]), None
            )
            title_time = self._title_year(text, title_span)
            base_year = min((c.year[2] for c in columns if c.year is not None), default=None)
            title = text[slice(*_line_before(text, header_at))]  # the line right above the header
            grants = self._names_grant(title) or self._names_grant(header)  # 补助标准一览
            by_place = bool(header_cells) and _bare(text, *header_cells[0]) in self.header_words["scope"]
            if by_place and any(c.year is not None for c in columns):
                measure = self._title_measure(text, title_span)  # 区域 | 2026年 | 2027年: the title says what
                for column in columns[1:]:
                    column.measure = measure or column.measure
            first_year = next((n for n, c in enumerate(columns) if c.year is not None), None)
            # 类别 | 指标名称 | 2025年 | 2030年: the name stands in the last column before the first
            # year's that holds no unit and no row number (序号 | 指标 | 单位 | 2025年)
            # 序号 | 支持事项 | 标准: without year columns, the first column that holds no row number
            label_columns = range(first_year - 1, -1, -1) if first_year else range(len(header_cells))
            named = next(
                (
                    n
                    for n in label_columns
                    if n != unit_column and _bare(text, *header_cells[n]) not in self.header_words["number"]
                ),
                0,
            )
            parent_unit = None  # the unit of the last row that states one
            detailing = False  # in the rows 其中： opened, up to the next row that states a unit
            for row in rows:
                extra = len(row) - len(header_cells)
                if extra > 0 and not any(CELL.match(text, s, e) for s, e in row[: extra + 1]):
                    row = [(row[0][0], row[extra][1]), *row[extra + 1 :]]  # 全　区: a label spaced out
                if named >= len(row):
                    continue
                label, row_unit = self._label(text, *row[named])
                if row_unit is None and (detailing or SUB_ROW.match(text, row[named][0], row[named][1])):
                    row_unit = parent_unit  # 其中：税收收入 under 一般公共预算收入（亿元）, and the rows after it
                    detailing = True
                elif row_unit is not None:
                    parent_unit, detailing = row_unit, False
                if unit_column is not None and unit_column < len(row):
                    row_unit = self._unit(text[slice(*row[unit_column])].strip(), measure=True) or row_unit
                label, row_aspect = self._row_aspect(text, label)
                row_of_whom = grants and not (label is not None and self._names_grant(text[slice(*label)]))
                for column_index, (s, e) in enumerate(row[named + 1 :], named + 1):
                    if column_index >= len(columns):
                        continue
                    column = columns[column_index]
                    # 人才类别 | 购房补贴（万元）: in a table of grants, rows of whom name no grant; the column does
                    by_grant = (
                        row_of_whom and column.measure is not None and self._names_grant(text[slice(*column.measure)])
                    )
                    for cell in self._cell(
                        text, s, e, column, None if by_place or by_grant else label, row_unit, row_aspect
                    ):
                        cell.time = column.year or title_time
                        if (
                            goals
                            or column.goal
                            or (plan and not (column.year is not None and column.year[2] == base_year))
                        ):
                            cell.kind = "target"  # a plan's table: all but its base year are goals
                        if grants:
                            cell.kind = "incentive"  # a table of the subsidies or awards a policy grants
                        cells.append(cell)
            if len(cells) > found:  # a block without a number (a line of issuers spaced out) is no table
                spans.append((block[0][0], block[-1][0] + len(block[-1][1])))
        return cells, spans

    def _cell(
        self,
        text: str,
        start: int,
        end: int,
        column: Column,
        label: tuple[int, int] | None,
        row_unit: tuple[str, str, float] | None,
        row_aspect: tuple[str, int] | None,
    ) -> list[TableCell]:
        """The cell's number (6.8, ≥95, [0.29], 1.2万元/张), or the numbers it writes among words."""
        indicator = column.measure if label is None or _bare(text, *label) in self.header_words["total"] else label
        aspect, sign = row_aspect or (column.aspect, 1)
        found = CELL.match(text, start, end)
        if found is None:
            return self._worded_cells(text, start, end, column, indicator, (aspect, sign))
        after = found.group("after")
        written = self._unit(after) if after and after not in self.qualifiers else None
        if (found.group("upper") or found.group("per")) and written is None:
            return []  # a range or an amount per unit needs its unit in the cell (3—5元/餐)
        if written is not None and written[1] == "duration":
            return []  # 2019年, 3年: a date or a duration is no metric
        words = [w for w in (found.group("before"), None if written else after) if w]
        if any(w not in self.qualifiers for w in words):  # not a number with a qualifier: a label, a
            return self._worded_cells(text, start, end, column, indicator, (aspect, sign))  # note, date, 每套3万元
        qualifier = self.qualifiers[words[0]] if words else column.qualifier or "eq"
        word_group = "before" if found.group("before") else "after"
        qualifier_span = found.span(word_group) if words else None
        unit, unit_kind, scale = written or (column.unit, column.unit_kind, column.scale)
        if unit is None and row_unit is not None:
            unit, unit_kind, scale = row_unit
        if unit is None and column.title_unit is not None:
            unit, unit_kind, scale = column.title_unit
        if column.aspect == "rate" and column.unit is None and written is None and not found.group("open"):
            unit, unit_kind, scale = "%", "percent", 1.0  # 人均GDP（万元） | 年均增长 6.2: a growth rate
        value = tidy(float(found.group("number").replace(",", "")) * scale)
        upper = found.group("upper")
        value_max = tidy(float(upper) * scale) if upper else None
        qualifier = "range" if upper else qualifier
        if found.group("open") and found.group("close") and row_aspect is None:
            aspect = "change"  # [0.29]: the plan period's total change
            if unit == "%":
                unit = "pp"
        if aspect in ("rate", "change") and sign < 0:
            value = -abs(value)
        s, e = found.span("number")
        if written is not None:
            e = found.end("after")  # 1.2万元, 3—5元 (/张 says per what)
        return [
            TableCell(
                s, e, value, unit, unit_kind, aspect, indicator, None, "actual", qualifier, qualifier_span, value_max
            )
        ]

    def _worded_cells(
        self,
        text: str,
        start: int,
        end: int,
        column: Column,
        indicator: tuple[int, int] | None,
        signed: tuple[str, int],
    ) -> list[TableCell]:
        """The numbers of a cell that writes words around them, each with its own unit: what it is
        paid per (每套3万元), the amount it is a share of (培训费用的60%), a bound (面积不超过800平方米),
        two rates (损失的30%，首贷提高至50%). Dates and durations (累计不超过6个月) are none.
        `indicator` and `signed` (aspect, sign) are the row's and column's, as `_cell` reads them."""
        found = []
        aspect, sign = signed
        ranged = self._worded_ranges(text, start, end, indicator, signed[0])
        for m in WORDED_NUMBER.finditer(text, start, end):
            if any(r.start <= m.start() < r.end for r in ranged):
                continue
            width, written = self._leading_unit(m.group("after"))  # the longest known unit it opens with: 万元, %
            if written is None or written[1] == "duration":
                continue
            unit, unit_kind, scale = written
            value = tidy(float(m.group("number").replace(",", "")) * scale)
            change = next((c for c in self.change_words if text.endswith(c[0], start, m.start())), None)
            cell_aspect, cell_sign = (
                (aspect, sign) if change is None else ("rate" if unit in ("%", "x") else "change", change[1])
            )
            if cell_aspect in ("rate", "change") and cell_sign < 0:  # 上浮50%, 下调20%: the change a cell says
                value = -abs(value)
            unit_end = m.start("after") + width
            bound = next((w for w in self._qualifier_words if text.endswith(w, start, m.start())), None)
            qualifier_span = (m.start() - len(bound), m.start()) if bound else None
            if bound is None:  # 144平方米以下: a bound after the unit
                bound = next((w for w in self._qualifier_words if text.startswith(w, unit_end, end)), None)
                qualifier_span = (unit_end, unit_end + len(bound)) if bound else None
            qualifier = self.qualifiers[bound] if bound else column.qualifier or "eq"
            found.append(
                TableCell(
                    m.start(),
                    unit_end,
                    value,
                    unit,
                    unit_kind,
                    cell_aspect,
                    indicator,
                    None,
                    "actual",
                    qualifier,
                    qualifier_span,
                    None,
                )
            )
        return sorted([*ranged, *found], key=lambda c: c.start)

    def _worded_ranges(
        self, text: str, start: int, end: int, indicator: tuple[int, int] | None, aspect: str
    ) -> list[TableCell]:
        """Ranges among a cell's words (每台0.4万—0.9万元): the lower end takes the upper end's unit
        with its own magnitude."""
        cells = []
        for m in WORDED_RANGE.finditer(text, start, end):
            width, upper = self._leading_unit(m.group("after"))
            if upper is None or upper[1] == "duration":
                continue
            base = MAGNITUDE_PREFIX.sub("", m.group("after")[:width])  # 万元 → 元: the unit itself
            lower = self._unit(m.group("mag") + base) if m.group("mag") else upper
            if lower is None:
                continue
            low = tidy(float(m.group("number")) * lower[2])
            high = tidy(float(m.group("upper")) * upper[2])
            cells.append(
                TableCell(
                    m.start(),
                    m.start("after") + width,
                    low,
                    upper[0],
                    upper[1],
                    aspect,
                    indicator,
                    None,
                    "actual",
                    "range",
                    None,
                    high,
                )
            )
        return cells

    def _leading_unit(self, words: str) -> tuple[int, tuple[str, str, float] | None]:
        """The longest known unit `words` open with (万元, %), and its width (0 and None: none)."""
        width = next((n for n in range(len(words), 0, -1) if self._unit(words[:n]) is not None), 0)
        return width, (self._unit(words[:width]) if width else None)

    def _names_grant(self, words: str) -> bool:
        """Whether a title, header or label names a grant (补助标准一览, 购房补贴)."""
        return any(mark in words for mark in self.header_words["grant"])

    def _unit(self, written: str, *, measure: bool = False) -> tuple[str, str, float] | None:
        """(unit, kind, scale) of a unit written in brackets (亿元, %, 万人, EFLOPS), as the unit
        table holds it: normalised (Latin letters lower-cased). `measure`: the cell of a unit
        column, where any short word is a measure word as written (亿双 → 双, scaled by 亿)."""
        whole = normalize(written.strip())
        if whole in self.unit_forms and whole.startswith("/"):  # /10万: a rate per so many as a unit
            canonical, unit_scale, unit_kind = self.unit_forms[whole]
            return canonical, unit_kind, unit_scale
        written = whole.split("/")[0]
        mag = MAGNITUDE_PREFIX.match(written).group(1)  # type: ignore[union-attr]
        for cut in range(len(mag) + 1):  # 亿千瓦时: the longest unit (千瓦时) wins, 亿 scales it
            known = self.unit_forms.get(written[cut:])
            if known is not None:
                canonical, unit_scale, unit_kind = known
                return canonical, unit_kind, unit_scale * magnitude(mag[:cut])
        word = written[len(mag) :]
        if measure and MEASURE_WORD.fullmatch(word):
            return word, "measure", magnitude(mag)
        if "/" in whole and MEASURE_WORD.fullmatch(word):
            return whole[len(mag) :], "measure", magnitude(mag)  # 微克/立方米: a compound unit as written
        return None

    def _column(self, text: str, start: int, end: int) -> Column:
        header = text[start:end]
        unit, kind, scale = None, "measure", 1.0
        found = HEADER_UNIT.search(header)
        if found:
            read = self._unit(found.group(found.lastindex or 1))
            if read is not None:
                unit, kind, scale = read
        name = re.match(r"^\s*([^\s（(%％]+)", header)
        measure = (start + name.start(1), start + name.end(1)) if name else None
        if unit is None and header.strip().endswith(tuple(self.header_words["rank"])):
            unit, kind = "rank", "rank"  # 创新指数排名, 综合位次: each cell is a place's rank
        rate_header = any(w in header for w in RATE_HEADER)
        aspect = "rate" if rate_header and (kind == "percent" or unit is None) else "level"  # 增长 | 31.5%
        year = COLUMN_YEAR.match(header)
        at = (start + year.start(1), start + year.end(1), year.group(1)) if year else self._period_in(text, start, end)
        goal = header.strip() in self.header_words["goal"]
        return Column(measure, unit, kind, scale, aspect, at, self._column_bound(header.strip()), goal=goal)

    def _rank_of_column(self, text: str, column: Column, columns: list[Column]) -> None:
        """A column of ranks named after another column's measure (R&D经费投入强度 | 投入强度位次)
        ranks that measure."""
        if column.unit != "rank" or column.measure is None:
            return
        name = text[slice(*column.measure)]
        rank = next((w for w in self.header_words["rank"] if name.endswith(w)), "")
        ranked = name[: len(name) - len(rank)]
        if len(ranked) < 2:
            return
        for other in columns:
            if other is not column and other.measure is not None and ranked in text[slice(*other.measure)]:
                column.measure = other.measure
                return

    def _column_bound(self, header: str) -> str | None:
        """The qualifier of every cell of a column headed by a bound: 上限, 最高限额, 单项上限 (a bound
        word and at most a short noun for the limit, or for what each cell is per)."""
        bound = next((w for w in self._qualifier_words if header.startswith(w) or header.endswith(w)), None)
        return self.qualifiers[bound] if bound is not None and len(header) - len(bound) <= BOUND_NOUN_MAX else None

    def _label(self, text: str, start: int, end: int) -> tuple[tuple[int, int] | None, tuple[str, str, float] | None]:
        """The row's label span (without list numbering or a unit in brackets) and that unit."""
        cell = text[start:end]
        prefix = ROW_PREFIX.match(cell)
        skip = prefix.end() if prefix else 0
        label = cell[skip:].rstrip()
        unit = None
        found = HEADER_UNIT.search(label)
        if found:
            unit = self._unit(found.group(found.lastindex or 1))
            if unit is not None:
                label = label[: found.start()].rstrip()  # 地区生产总值增速（%）: the unit is no name
        return ((start + skip, start + skip + len(label)) if label else None), unit

    def _row_aspect(
        self, text: str, label: tuple[int, int] | None
    ) -> tuple[tuple[int, int] | None, tuple[str, int] | None]:
        """A row whose label ends with a rate cue of `aspects.tsv` (地区生产总值增长, 单位GDP能源消耗
        降低) holds rates, signed by the cue, of what the label names before it."""
        if label is None:
            return None, None
        name = text[label[0] : label[1]]
        if name.endswith(self.level_names):
            return label, None
        for word, sign in self.change_words:  # longest first
            if name.endswith(word) and len(name) > len(word):
                return (label[0], label[1] - len(word)), ("rate", sign)
        return label, None

    def _title_units(
        self, text: str, header_at: int, header_cells: list[tuple[int, int]], columns: list[Column]
    ) -> None:
        """Units the title states for the columns (单位：亿元，%): a per cent for the columns of growth
        rates and shares, the other unit for the rest; a column's own unit comes first."""
        found = TITLE_UNITS.search(text, *_line_before(text, header_at))
        if found is None:
            return
        units = [u for w in re.split(r"[，,、；;]", found.group(1)) if (u := self._unit(w.strip())) is not None]
        percent = next((u for u in units if u[1] == "percent"), None)
        other = next((u for u in units if u[1] != "percent"), None)
        for (s, e), column in zip(header_cells, columns, strict=True):
            if column.year is not None and column.unit is None and other is not None:
                column.title_unit = other  # 2028年 | 2029年 under 单位：张: unless the row names its own
            if column.unit is not None or column.year is not None:
                continue
            header = text[s:e]
            growth = RATE_WORDS.search(header) is not None
            share = any(w in header for w in self.header_words["share"])
            unit = percent if growth or share or other is None else other
            if unit is not None:
                column.unit, column.unit_kind, column.scale = unit
                column.aspect = "rate" if growth and unit[1] == "percent" else "level"

    @staticmethod
    def _title_span(text: str, header_at: int) -> tuple[int, int]:
        """The table's title: the nearest non-empty line above the header, past a line that only
        gives the units (单位：套（间）)."""
        start, end = _line_before(text, header_at)
        if start > 0 and UNIT_LINE.match(text, start, end):
            start, end = _line_before(text, start)
        return start, end

    def _title_year(self, text: str, title: tuple[int, int]) -> tuple[int, int, str] | None:
        """The year or planning period in the table's title: 2021年…, “十四五”时期… (2021-2025)."""
        line_start, end = title
        found = TITLE_YEAR.search(text, line_start, end)
        if found:
            return found.start(), found.end(), found.group(1)
        return self._period_in(text, line_start, end)

    def _period_in(self, text: str, start: int, end: int) -> tuple[int, int, str] | None:
        """A named planning period between start and end (“十五五”合计 → 2026-2030)."""
        for name, years in self.periods.items():
            at = text.find(name, start, end)
            if at >= 0:
                return at, at + len(name), years
        return None

    def _title_measure(self, text: str, title: tuple[int, int]) -> tuple[int, int] | None:
        """What a table of places by year measures, as its title names it: the title without its
        place, period and table word (江北市“十五五”时期养老床位建设目标分解表 → 养老床位建设目标)."""
        start, end = title
        lead = TITLE_LEAD.match(text, start, end)
        tail = TITLE_TABLE_WORD.search(text, start, end)
        first = lead.end() if lead else start
        last = tail.start() if tail else end
        return (first, last) if last - first >= 2 else None
