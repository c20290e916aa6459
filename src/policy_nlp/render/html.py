"""A standalone HTML page of one record, rendered with displaCy's span style."""

from __future__ import annotations

import bisect
import html
import re
from typing import Any

from spacy import displacy

from policy_nlp.render.terminal import CATEGORY_STYLES, metric_cells

COLORS = {
    "mechanism": "#e9b3f5",
    "platform": "#a6e3f0",
    "programme": "#b8f0a6",
    "industry": "#f7e59c",
    "enterprise": "#b3c7f7",
    "talent": "#f7b3b3",
    "finance": "#c9f7b3",
    "brand": "#f7b3e3",
    "other": "#dddddd",
    "metric": "#ffd28a",
}


def _words(text: str, tokens: list[dict[str, Any]]) -> tuple[list[str], list[int]]:
    """The record's tokens with the white space between them, tiling the text (characters
    when the record has no tokens), and the start offset of each."""
    words, starts, position = [], [], 0
    for token in tokens or [{"start": i, "end": i + 1} for i in range(len(text))]:
        if token["start"] > position:
            words.append(text[position : token["start"]])
            starts.append(position)
        words.append(text[token["start"] : token["end"]])
        starts.append(token["start"])
        position = token["end"]
    if position < len(text):
        words.append(text[position:])
        starts.append(position)
    return words, starts


def _token_at(starts: list[int], offset: int) -> int:
    return max(bisect.bisect_right(starts, offset) - 1, 0)


def render_html(record: dict[str, Any]) -> str:
    """A whole page: the text with terms and metrics marked, then the metric table."""
    text = record.get("text") or ""
    words, starts = _words(text, record.get("tokens") or [])
    marks = [(t["start"], t["end"], t["category"]) for t in record["terms"] if not t.get("nested")]
    marks += [(m["start"], m["end"], "metric") for m in record["metrics"]]
    colors = {k: v for k, v in COLORS.items() if k in CATEGORY_STYLES or k == "metric"}
    paragraphs = []
    for line in re.finditer(r"[^\n]+", text):  # one displaCy block per paragraph keeps line breaks
        if not line.group().strip():
            continue
        lo, hi = _token_at(starts, line.start()), _token_at(starts, line.end() - 1) + 1
        spans = [
            {"start_token": _token_at(starts, a) - lo, "end_token": _token_at(starts, b - 1) + 1 - lo, "label": label}
            for a, b, label in marks
            if line.start() <= a and b <= line.end()
        ]
        paragraphs.append(
            displacy.render(
                {"text": line.group(), "tokens": words[lo:hi], "spans": spans},
                style="span",
                manual=True,
                page=False,
                options={"colors": colors},
            )
        )
    body = "".join(paragraphs)
    rows = "".join(
        "<tr>" + "".join(f"<td>{html.escape(str(cell))}</td>" for cell in metric_cells(m)) + "</tr>"
        for m in record["metrics"]
    )
    title = html.escape(str(record.get("doc_id") or record.get("source") or "document"))
    return f"""<!DOCTYPE html>
<html lang="zh"><head><meta charset="utf-8"><title>{title} — policy-nlp</title>
<style>body{{font-family:sans-serif;max-width:60em;margin:2em auto}}table{{border-collapse:collapse}}
td,th{{border:1px solid #ccc;padding:2px 6px}}</style></head>
<body><h1>{title}</h1>{body}
<h2>Metrics</h2><table><tr><th>quantity</th><th>value</th><th>unit</th><th>qualifier</th><th>indicator</th>
<th>aspect</th><th>kind</th><th>time</th></tr>{rows}</table></body></html>
"""
