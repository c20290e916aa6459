"""A standalone HTML report of a run: terms over groups, policy tools, indicators, errors.

Charts are drawn with matplotlib as inline SVG whose text stays text (`svg.fonttype:
none`), so Chinese labels render with the reader's fonts and the file opens offline.
"""

from __future__ import annotations

import html
import io
import warnings
from collections.abc import Sequence
from typing import Any

import pandas as pd

TOP_TERMS = 20


def _svg(figure: Any) -> str:
    buffer = io.StringIO()
    with warnings.catch_warnings():  # matplotlib lacks CJK glyphs; the browser draws the text
        warnings.simplefilter("ignore", UserWarning)
        figure.savefig(buffer, format="svg", bbox_inches="tight")
    text = buffer.getvalue()
    return text[text.index("<svg") :]


def _pyplot() -> Any:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    plt.rcParams.update(
        {
            "svg.fonttype": "none",
            "font.family": ["sans-serif"],
            "font.sans-serif": [
                "Noto Sans CJK SC",
                "Source Han Sans SC",
                "Microsoft YaHei",
                "PingFang SC",
                "DejaVu Sans",
            ],
        }
    )
    return plt


def _table(frame: pd.DataFrame, limit: int = 30) -> str:
    if frame.empty:
        return "<p><em>none</em></p>"
    return frame.head(limit).to_html(index=False, na_rep="", escape=True, border=0, classes="data")


def term_chart(tables: dict[str, pd.DataFrame]) -> str:
    plt = _pyplot()
    counts = tables["terms"].groupby("canonical").size().sort_values().tail(TOP_TERMS)
    figure, axes = plt.subplots(figsize=(7, max(2.0, 0.3 * len(counts))))
    axes.barh(list(counts.index), list(counts.values), color="#4c72b0")
    axes.set_xlabel("mentions")
    axes.set_title(f"Top {len(counts)} policy terms")
    chart = _svg(figure)
    plt.close(figure)
    return chart


def trend_chart(tables: dict[str, pd.DataFrame], by: Sequence[str]) -> str:
    if not by:
        return ""
    plt = _pyplot()
    panel = tables["term_panel"]
    top = panel.groupby("canonical")["count"].sum().sort_values(ascending=False).head(8).index
    data = panel[panel["canonical"].isin(top)].copy()
    data["group"] = data[list(by)].apply(lambda row: " / ".join("—" if pd.isna(v) else str(v) for v in row), axis=1)
    pivot = data.pivot_table(index="group", columns="canonical", values="per_10k_chars", aggfunc="sum").fillna(0)
    figure, axes = plt.subplots(figsize=(8, 3.5))
    pivot.plot(ax=axes, marker="o")
    axes.set_ylabel("mentions per 10,000 characters")
    axes.set_title(f"Top terms by {' / '.join(by)}")
    axes.legend(fontsize=7, ncol=2)
    chart = _svg(figure)
    plt.close(figure)
    return chart


def tool_chart(tables: dict[str, pd.DataFrame]) -> str:
    tools = tables["policy_tools"]
    if tools.empty:
        return ""
    plt = _pyplot()
    totals = tools.groupby(["policy_tool", "sub_tool"], dropna=False)["count"].sum().sort_values()
    labels = [f"{a} / {b}" if isinstance(b, str) else str(a) for a, b in totals.index]
    figure, axes = plt.subplots(figsize=(7, max(2.0, 0.3 * len(totals))))
    axes.barh(labels, list(totals.values), color="#55a868")
    axes.set_title("Policy tools (term mentions)")
    chart = _svg(figure)
    plt.close(figure)
    return chart


def render_report(tables: dict[str, pd.DataFrame], by: Sequence[str] = (), title: str = "policy-nlp report") -> str:
    """The whole report page."""
    documents = tables["documents"]
    metrics = tables["metrics"]
    indicators = tables["indicators"]
    top_indicators = indicators.sort_values("documents", ascending=False) if not indicators.empty else indicators
    problems = documents.assign(problems=documents["warnings"] + documents["error"].notna().astype(int))
    problems = problems[problems["problems"] > 0].sort_values("problems", ascending=False)
    summary = (
        f"{len(documents)} documents, {int(documents['chars'].sum()):,} characters, "
        f"{len(tables['terms']):,} term mentions, {len(metrics):,} metrics, "
        f"{int(documents['error'].notna().sum())} errors"
    )
    sections = [
        ("Terms", term_chart(tables) + trend_chart(tables, by)),
        ("Policy tools", tool_chart(tables) + _table(tables["policy_tools"])),
        ("Indicators: actual and target side by side", _table(top_indicators, 40)),
        ("Documents with errors or warnings", _table(problems[["doc_id", "error", "warnings"]])),
    ]
    body = "".join(f"<h2>{html.escape(name)}</h2>{content}" for name, content in sections)
    return f"""<!DOCTYPE html>
<html lang="zh"><head><meta charset="utf-8"><title>{html.escape(title)}</title>
<style>body{{font-family:"Noto Sans CJK SC","PingFang SC","Microsoft YaHei",sans-serif;max-width:70em;margin:2em auto}}
table.data{{border-collapse:collapse;font-size:90%}}table.data td,table.data th{{border:1px solid #ccc;padding:2px 6px}}
svg{{max-width:100%;height:auto}}</style></head>
<body><h1>{html.escape(title)}</h1><p>{html.escape(summary)}</p>{body}</body></html>
"""
