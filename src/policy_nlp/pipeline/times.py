"""Times a text states: years, year ranges and planning periods, each with its role.

A year can be a comparison base (较2020年), a target (到2027年, 2025年底前) or plain; planning
periods (十四五) are read from `periods.tsv` and 到“十四五”末 is the period's last year. The
metric linker decides which stated time a quantity refers to; this module only finds them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from policy_nlp.normalize import normalize
from policy_nlp.pipeline.cues import read_cues

YEAR = r"(?:19|20)\d{2}"


@dataclass
class TimeMention:
    start: int
    end: int
    value: str  # 2024, or 2021-2025
    role: str  # plain | base | target


class TimeFinder:
    """Finds the times of a normalised text; cue words from `time.tsv` and `periods.tsv`.

    `target_words` are kind cues (力争 …) that may stand before 到 in a target (力争到2027年).
    `breaks` are the characters that end a clause.
    """

    def __init__(self, target_words: Iterable[str], breaks: str) -> None:
        times = read_cues("time.tsv")
        self.base = tuple(r["word"] for r in times if r["role"] == "base")
        self.base_after = tuple(r["word"] for r in times if r["role"] == "base_after")
        self.target = tuple(r["word"] for r in times if r["role"] == "target")
        self.relative = tuple(r["word"] for r in times if r["role"] == "relative")
        self.deadline = tuple(sorted((r["word"] for r in times if r["role"] == "deadline"), key=len, reverse=True))
        conditions = "|".join(
            sorted((re.escape(r["word"]) for r in times if r["role"] == "condition"), key=len, reverse=True)
        )
        self.condition = re.compile(  # 2003年|底前建成的, 2016年|8月31日前注册登记的
            rf"(?:\d{{1,2}}月(?:\d{{1,2}}日)?)?[底末]?(?:{conditions or '(?!)'})[\u4e00-\u9fff]{{1,6}}?的"
        )
        self.target_words = tuple(target_words)
        self.breaks = breaks
        self.periods = {normalize(r["name"]): f"{r['start']}-{r['end']}" for r in read_cues("periods.tsv")}
        period_names = "|".join(re.escape(p) for p in self.periods) or "(?!)"
        starts = re.escape("".join(sorted({"1", "2"} | {p[0] for p in self.periods})))  # 19xx, 20xx, 十四五
        seasons = "|".join(
            sorted((re.escape(r["word"]) for r in times if r["role"] == "season"), key=len, reverse=True)
        )
        self.pattern = re.compile(  # 2021-2025年, 2023年10月至2024年4月, 2026—2027冰雪季 (a season's name)
            rf"(?=[{starts}])(?:(?P<y1>{YEAR})(?:年(?:\d{{1,2}}月(?:\d{{1,2}}日)?)?)?\s*(?:[-~至到]|—)\s*(?P<y2>{YEAR})"
            rf"(?:年|(?={seasons or '(?!)'}))|(?P<c1>{YEAR})年?[、和](?P<c2>{YEAR})年(?=连续)"
            rf"|(?P<y>{YEAR})年"
            rf"|(?P<p>{period_names})(?:[”\"]?(?P<pend>期末|末))?)"
        )

    def __call__(self, norm: str) -> list[TimeMention]:
        """The times of `norm`, in text order."""
        found = []
        for m in self.pattern.finditer(norm):
            if m.group("y1"):  # 2027年1月1日至2027年6月30日: within one year, that year
                value = m.group("y1") if m.group("y1") == m.group("y2") else f"{m.group('y1')}-{m.group('y2')}"
            elif m.group("c1"):  # 2019年、2020年连续两年
                value = f"{m.group('c1')}-{m.group('c2')}"
            elif m.group("y"):
                value = m.group("y")
            else:
                value = self.periods[m.group("p")]
                if m.group("pend"):  # 到“十四五”末: the period's last year
                    value = value.split("-")[1]
            if m.group("y") and self.condition.match(norm, m.end()):
                continue  # a date inside a condition (2002年底前建成的) dates nothing
            if norm.rfind("《", 0, m.start()) > norm.rfind("》", 0, m.start()):
                continue  # a year in a title (《2026年重点展会目录》) names the document, not a time
            start = m.start() - 1 if m.start() > 0 and norm[m.start() - 1] in '“"' else m.start()  # 到“十四五”
            head = norm[max(0, start - 3) : start]
            role = "plain"
            if head.endswith(self.base) or (m.group("y") and norm.startswith(self.base_after, m.end())):
                role = "base"
            elif m.group("y") and self._deadline(norm, m.end()):
                role = "target"  # 2025年底前, 2027年前，
            elif head.endswith(self.target):
                lead = norm[max(0, start - 4) : start - 1]
                if not lead or lead[-1] in self.breaks or any(lead.endswith(w) for w in self.target_words):
                    role = "target"
            found.append(TimeMention(m.start(), m.end(), value, role))
        return found

    def _deadline(self, norm: str, position: int) -> bool:
        """底前/前 right after a year: a deadline, so a target year (not 2020年前三季度)."""
        word = next((w for w in self.deadline if norm.startswith(w, position)), None)
        if word is None:
            return False
        follows = norm[position + len(word) : position + len(word) + 1]
        return len(word) > 1 or not follows or follows in self.breaks
