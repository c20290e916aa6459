"""A readable terminal view of one record: highlighted text, then tables."""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

CATEGORY_STYLES = {
    "mechanism": "bold magenta",
    "platform": "bold cyan",
    "programme": "bold green",
    "industry": "bold yellow",
    "enterprise": "bold blue",
    "talent": "bold red",
    "finance": "bold bright_green",
    "brand": "bold bright_magenta",
    "other": "bold white",
}
QUANTITY_STYLE = "reverse"


def metric_cells(m: dict[str, Any]) -> list[str]:
    """quantity, value, unit, qualifier, indicator, aspect, kind, time: as shown in tables."""
    value = "" if m["value"] is None else f"{m['value']:g}"
    if m["value_max"] is not None:
        value += f"–{m['value_max']:g}"
    return [
        m["text"],
        value,
        m["unit"] or "",
        m["qualifier"],
        (m["indicator"] or {}).get("text") or "",
        m["aspect"],
        m["kind"],
        (m["time"] or {}).get("value") or "",
    ]


def highlighted(record: dict[str, Any]) -> Text:
    """The document text with terms coloured by category and metrics reversed."""
    text = Text(record.get("text") or "")
    for term in record["terms"]:
        if term.get("nested"):
            continue
        text.stylize(CATEGORY_STYLES.get(term["category"], "bold"), term["start"], term["end"])
    for metric in record["metrics"]:
        text.stylize(QUANTITY_STYLE, metric["start"], metric["end"])
    return text


def show(record: dict[str, Any], console: Console) -> None:
    if record.get("error"):
        console.print(f"[red]error:[/red] {record['error']}")
        return
    if record.get("text"):
        console.print(highlighted(record))
        legend = Text("  ".join(f"{c}" for c in CATEGORY_STYLES))
        for i, (category, style) in enumerate(CATEGORY_STYLES.items()):
            start = sum(len(c) + 2 for c in list(CATEGORY_STYLES)[:i])
            legend.stylize(style, start, start + len(category))
        console.print(legend)
    terms = Table(title=f"Terms ({len(record['terms'])})", show_lines=False)
    for column in ("term", "canonical", "category", "tool", "offsets"):
        terms.add_column(column)
    for t in record["terms"]:
        tool = "/".join(x for x in (t["policy_tool"], t["sub_tool"]) if x)
        text = f"↳ {t['text']}" if t.get("nested") else t["text"]  # written inside a longer term or word
        terms.add_row(text, t["canonical"], t["category"], tool, f"{t['start']}-{t['end']}")
    console.print(terms)
    metrics = Table(title=f"Metrics ({len(record['metrics'])})")
    for column in ("quantity", "value", "unit", "qual", "indicator", "aspect", "kind", "time", "offsets"):
        metrics.add_column(column)
    for m in record["metrics"]:
        metrics.add_row(*metric_cells(m), f"{m['start']}-{m['end']}")
    console.print(metrics)
    enums = Table(title=f"Numbered formulations ({len(record['enumerations'])})")
    for column in ("name", "count", "members", "check"):
        enums.add_column(column)
    for e in record["enumerations"]:
        check = {True: "ok", False: "count differs", None: ""}[e["count_matches"]]
        enums.add_row(
            e["name"], "" if e["count"] is None else str(e["count"]), "、".join(m["text"] for m in e["members"]), check
        )
    console.print(enums)
    for warning in record.get("warnings") or []:
        console.print(f"[yellow]warning:[/yellow] {warning}")
