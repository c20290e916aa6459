"""Captions: a figure that opens its line and a caption after it (● 3.2万亿元：2024年全市一般
公共预算支出), as news sidebars (数读, 数说) and summaries print them. The caption says what the figure
measures, when, and as what, as a sentence leading to the number would."""

from __future__ import annotations

import re
from typing import Any

from spacy.tokens import Doc

from policy_nlp.pipeline.metrics.indicator import IndicatorRules
from policy_nlp.pipeline.quantities import Quantity
from policy_nlp.pipeline.times import TimeMention

LINE_OPENING = re.compile(r"[\s■□●○◆◇▲△▶►•·\-—*#>]*")  # bullets before the figure
CLAUSE_END = re.compile(r"[，,]")
CAPTION = re.compile(r"\s*(?:[：:]|——|—)\s*([^\n。；;]{2,40})")  # the caption after it, up to the line's end


class CaptionRules(IndicatorRules):
    """Reads a figure's fields from the caption that follows it."""

    def _caption(self, q: Quantity) -> tuple[int, int] | None:
        """The caption's span when `q` opens its line (after bullets) and a colon or dash follows it."""
        line_start = self._norm.rfind("\n", 0, q.lead) + 1
        if LINE_OPENING.fullmatch(self._norm, line_start, q.lead) is None:
            return None
        found = CAPTION.match(self._norm, q.written_end)
        return found.span(1) if found is not None else None

    def _caption_record(
        self,
        doc: Doc,
        record: dict[str, Any],
        q: Quantity,
        caption: tuple[int, int],
        times: list[TimeMention],
        term_tokens: set[int],
    ) -> dict[str, Any]:
        start, end = caption
        end = next((m.start() for m in CLAUSE_END.finditer(self._norm, start, end)), end)  # its first clause
        tokens = self._index.within(start, end)
        words = [t.text for t in tokens]
        cues = [self._cue(w) for w in words]
        moving = next((c for c in cues if c is not None and c[0] in ("change", "rate")), None)
        if moving is not None and q.unit in ("%", "x"):
            record["aspect"] = "rate"
        elif moving is not None or q.unit == "pp":
            record["aspect"] = "change"
        award = next(
            (t for t in tokens if t.text.endswith(self.reward_words) or t.text in self.kind_scopes["before"]), None
        )
        if award is not None:
            record["kind"] = "incentive"  # ■ 最高500万元：…每家奖励上限 (the award is what is measured)
            record["indicator"] = record["_subject"] = self._indicator(doc, self._norm, award.idx, end)
        elif any(self.kind_of_word.get(w) == "target" for w in words):
            record["kind"] = "target"  # ● 6%左右：次年工业增加值增长预期目标
        stated = next((t for t in times if start <= t.start < end and t.role != "base"), None)
        if stated is not None:
            record["time"] = self._time_field(stated.start, stated.end, stated.value)
        if award is None:  # …工业增加值增长预期目标: the name ends before the first cue
            cue = next(
                (t for t, c in zip(tokens, cues, strict=True) if c is not None or t.text in self.kind_of_word), None
            )
            name_end = cue.idx if cue is not None and cue.idx > start else end
            record["indicator"] = record["_subject"] = self._backward_indicator(
                doc, self._norm, start, name_end, term_tokens
            )
        return record
