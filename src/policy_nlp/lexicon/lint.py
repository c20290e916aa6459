"""Checks on lexicon files: every finding with file:line, errors and notes apart."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from policy_nlp.lexicon.load import CATEGORIES, POLICY_TOOLS, SUB_TOOLS, Row, lexicon_files, read_rows
from policy_nlp.normalize import normalize

AMOUNT = re.compile(r"[\d.百千万亿]+[万亿]*[元亩吨户]")  # 千亿元县 would hide 超千亿元 in 生产总值超千亿元县


@dataclass(frozen=True)
class Finding:
    location: str  # file:line
    level: str  # error | note
    message: str

    def __str__(self) -> str:
        return f"{self.location}: {self.level}: {self.message}"


def lint(paths: list[Path]) -> list[Finding]:
    """Findings over all files of `paths` together (duplicates are looked for across files)."""
    findings: list[Finding] = []
    rows: list[Row] = []
    for base in paths:
        for file in lexicon_files(base):
            rows.extend(read_rows(file))
    surfaces: dict[str, list[tuple[Row, str]]] = defaultdict(list)
    canonical = {row.cells.get("term", "") for row in rows if not row.problem}
    for row in rows:
        where = f"{row.path}:{row.line}"
        if row.problem:
            findings.append(Finding(where, "error", f"malformed row: {row.problem}"))
            continue
        cells = row.cells
        term = cells.get("term", "")
        if not term:
            findings.append(Finding(where, "error", "empty term"))
            continue
        if cells.get("category") not in CATEGORIES:
            findings.append(Finding(where, "error", f"unknown category {cells.get('category')!r} for {term}"))
        tool, sub = cells.get("policy_tool", ""), cells.get("sub_tool", "")
        if tool and tool not in POLICY_TOOLS:
            findings.append(Finding(where, "error", f"unknown policy_tool {tool!r} for {term}"))
        if sub and (not tool or sub not in SUB_TOOLS.get(tool, ())):
            findings.append(Finding(where, "error", f"sub_tool {sub!r} does not belong to policy_tool {tool!r}"))
        for alias in (a.strip() for a in cells.get("aliases", "").split("|")):
            if not alias:
                continue
            if alias in canonical and alias != term:
                findings.append(Finding(where, "error", f"alias {alias} of {term} is itself a canonical term"))
            surfaces[normalize(alias)].append((row, alias))
        surfaces[normalize(term)].append((row, term))
    for entries in surfaces.values():
        first, first_written = entries[0]
        other = f"{first.path}:{first.line}"
        for row, written in entries[1:]:
            same_term = row.cells["term"] == first.cells["term"]
            if written != first_written:
                message = f"{written} is identical to {first_written} ({other}) after normalisation"
            elif same_term and row.cells.get("category") != first.cells.get("category"):
                message = f"{written} has conflicting categories (also at {other})"
            elif same_term:
                message = f"duplicate {written} (also at {other})"
            else:
                message = f"{written} names both {first.cells['term']} ({other}) and {row.cells['term']}"
            findings.append(Finding(f"{row.path}:{row.line}", "error", message))
    for entries in surfaces.values():
        row, written = entries[0]
        amount = AMOUNT.search(written)
        if amount is not None:
            message = (
                f"{written} holds an amount ({amount.group()}): in running text it is read as a name, never a metric"
            )
            findings.append(Finding(f"{row.path}:{row.line}", "note", message))
    keys = sorted(surfaces)
    for key in keys:
        row, written = surfaces[key][0]
        for other in keys:
            if other != key and len(other) < len(key) and other in key:
                findings.append(Finding(f"{row.path}:{row.line}", "note", f"{written} contains the term {other}"))
                break
    return findings
