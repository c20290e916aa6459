"""Time: the year or period a quantity belongs to (2024; 十五五 → 2026-2030; 到2027年)."""

from __future__ import annotations

import re

from policy_nlp.pipeline.metrics.context import MetricContext
from policy_nlp.pipeline.quantities import Quantity
from policy_nlp.pipeline.times import TimeMention

PERIOD_OF = re.compile(r"”?(时期|期间|期末|年末|年底|末|底)?的?")  # between 是2020年 / 是“十三五”时期 and 的3倍


class TimeRules(MetricContext):
    """Binds a quantity to the time its sentence states."""

    def _multiple_of_a_base(self, times: list[TimeMention], q: Quantity) -> bool:
        """Whether a comparison base in time (是2020年的3倍) or a reference level (是全国平均水平的
        2倍) stands right before the multiple, where another base (是农村居民的2倍) makes it a
        level; 约为2020年的3倍 puts the qualifier before the base."""
        base = self._norm[max(0, q.lead - 6) : q.lead].rstrip("的")
        if base.endswith(self.time_relative) or base.endswith(self.reference_words):
            return True  # 达到上年同期的1.8倍
        return any(
            t.role != "target" and PERIOD_OF.fullmatch(self._norm, t.end, q.lead if q.lead >= t.end else q.start)
            for t in self._times_before(times, q.start)
        )

    def _time(self, times: list[TimeMention], q: Quantity, s_start: int, clause_start: int, kind: str) -> dict | None:
        """The year written on the number itself (2019年的2.46亿); for a target, its target year or
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
        if attached:  # even a comparison base (同比2019年的2.46亿) is that number's own time
            chosen = attached[-1]
        elif kind == "target" and targets:
            chosen = max(targets + in_clause, key=lambda t: t.start)  # 到2020年达40%，2022年达45%
        elif in_clause or before:
            chosen = (in_clause or before)[-1]
        else:
            return None
        return self._time_field(chosen.start, chosen.end, chosen.value)
