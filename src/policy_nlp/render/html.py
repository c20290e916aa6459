"""A standalone HTML page of one record, rendered with displaCy's span style."""

from __future__ import annotations

import html
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


def render_html(record: dict[str, Any]) -> str:
    """A whole page: the text with terms and metrics marked, then the metric table."""
    text = record.get("text") or ""
    tokens = list(text)  # character tokens: every offset is exact, whatever the segmentation
    spans = [{"start_token": t["start"], "end_token": t["end"], "label": t["category"]} for t in record["terms"]]
    spans += [{"start_token": m["start"], "end_token": m["end"], "label": "metric"} for m in record["metrics"]]
    data = {"text": text, "tokens": tokens, "spans": spans}
    body = displacy.render(
        data,
        style="span",
        manual=True,
        page=False,
        options={"colors": {k: v for k, v in COLORS.items() if k in CATEGORY_STYLES or k == "metric"}},
    )
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
