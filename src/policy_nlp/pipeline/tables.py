"""Statistical tables in text (tab-separated rows, as in NBS communiqués).

A block of lines with two or more tabs is a table; its first line is the header. Every
numeric cell becomes a quantity whose unit comes from its column header (亿元, %, 元, 天),
whose aspect is a rate when the header says so (同比增长), whose indicator is the row
label (or the column's measure for a 总计 row), and whose time is the year in the table's
title line.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from policy_nlp.numerals import magnitude

CELL_NUMBER = re.compile(r"^-?\d+(?:,\d{3})*(?:\.\d+)?$")
HEADER_UNIT = re.compile(r"[（(]([^（）()]*)[）)]\s*$")
TITLE_YEAR = re.compile(r"((?:19|20)\d{2})年")
TOTAL_ROWS = ("总计", "合计", "全部", "总体", "全国", "总量")
ROW_PREFIX = re.compile(r"^(?:其中[：:]|#|\s)+")
RATE_HEADER = ("增长", "增速", "增幅", "同比", "比上年", "变化")


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


@dataclass
class Column:
    measure: tuple[int, int] | None
    unit: str | None
    unit_kind: str
    scale: float
    aspect: str


def _cells(line: str, offset: int) -> list[tuple[int, int]]:
    spans, start = [], 0
    for part in line.split("\t"):
        spans.append((offset + start, offset + start + len(part)))
        start += len(part) + 1
    return spans


class TableReader:
    """Finds table blocks and reads their numeric cells."""

    def __init__(self, units: list[tuple[str, str, float, str]]) -> None:
        self.units = units  # (written, unit, scale, kind), longest first

    def blocks(self, text: str) -> Iterator[list[tuple[int, str]]]:
        """Runs of table lines (blank lines inside a run are allowed)."""
        block: list[tuple[int, str]] = []
        for m in re.finditer(r"[^\n]*", text):
            line = m.group()
            if line.count("\t") >= 2:
                block.append((m.start(), line))
            elif line.strip() and block:
                yield block
                block = []
        if block:
            yield block

    def __call__(self, text: str) -> tuple[list[TableCell], list[tuple[int, int]]]:
        cells: list[TableCell] = []
        spans: list[tuple[int, int]] = []
        for block in self.blocks(text):
            spans.append((block[0][0], block[-1][0] + len(block[-1][1])))
            header_at, header = block[0]
            columns = [self._column(text, s, e) for s, e in _cells(header, header_at)]
            time = self._title_year(text, header_at)
            for line_at, line in block[1:]:
                row = _cells(line, line_at)
                label = self._label(text, *row[0])
                for column_index, (s, e) in enumerate(row[1:], 1):
                    raw = text[s:e].strip()
                    if not CELL_NUMBER.match(raw) or column_index >= len(columns):
                        continue
                    s += len(text[s:e]) - len(text[s:e].lstrip())
                    column = columns[column_index]
                    value = float(raw.replace(",", "")) * column.scale
                    indicator = label
                    if label is None or text[label[0] : label[1]] in TOTAL_ROWS:
                        indicator = column.measure
                    cells.append(
                        TableCell(s, s + len(raw), value, column.unit, column.unit_kind, column.aspect, indicator, time)
                    )
        return cells, spans

    def _column(self, text: str, start: int, end: int) -> Column:
        header = text[start:end]
        unit, kind, scale = None, "measure", 1.0
        found = HEADER_UNIT.search(header)
        if found:
            written = found.group(1).split("/")[0].strip()
            mag = re.match(r"^(万亿|[十百千万亿]*)", written).group(1)  # type: ignore[union-attr]
            for form, canonical, unit_scale, unit_kind in self.units:
                if written[len(mag) :] == form:
                    unit, kind, scale = canonical, unit_kind, unit_scale * magnitude(mag)
                    break
        name = re.match(r"^\s*([^\s（(]+)", header)
        measure = (start + name.start(1), start + name.end(1)) if name else None
        aspect = "rate" if kind == "percent" and any(w in header for w in RATE_HEADER) else "level"
        return Column(measure, unit, kind, scale, aspect)

    @staticmethod
    def _label(text: str, start: int, end: int) -> tuple[int, int] | None:
        cell = text[start:end]
        prefix = ROW_PREFIX.match(cell)
        skip = prefix.end() if prefix else 0
        label = cell[skip:].rstrip()
        return (start + skip, start + skip + len(label)) if label else None

    @staticmethod
    def _title_year(text: str, header_at: int) -> tuple[int, int, str] | None:
        """The year in the nearest non-empty line above the header (the table's title)."""
        above = text[:header_at].rstrip("\n")
        line_start = above.rfind("\n") + 1
        found = TITLE_YEAR.search(above, line_start)
        return (found.start(), found.end(), found.group(1)) if found else None
