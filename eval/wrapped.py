#!/usr/bin/env python3
"""How much of a document's record survives hard wrapping (text as PDF extraction gives it).

    python eval/wrapped.py                  # widths 30, 38 and 45
    python eval/wrapped.py --width 40

Every document of corpus/ is wrapped at a fixed width (a line break every N characters, as
a PDF page gives them), processed with and without joining the lines (`RecordOptions.unwrap`),
and its metric records compared with those of the document as written: a record counts as
kept when its quantity, value, unit, qualifier, aspect, kind, time and indicator are the same.
"""

from __future__ import annotations

import argparse
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def wrap(text: str, width: int) -> tuple[str, list[int]]:
    """`text` with a line break every `width` characters of each line (table rows are left
    whole: a PDF table is another problem), and where each of its characters went."""
    out: list[str] = []
    where: list[int] = []
    for n, line in enumerate(text.split("\n")):
        if n:
            where.append(len(out))  # the original line break
            out.append("\n")
        table = "\t" in line or line.startswith("|")
        for i, char in enumerate(line):
            if i and i % width == 0 and not table:
                out.append("\n")
            where.append(len(out))
            out.append(char)
    return "".join(out), where


def keys(record: dict, where: list[int] | None) -> set[tuple]:
    def place(offset: int) -> int:
        return where[offset] if where is not None else offset

    return {
        (
            place(m["start"]),
            m["value"],
            m["unit"],
            m["qualifier"],
            m["aspect"],
            m["kind"],
            (m["time"] or {}).get("value"),
            ((m["indicator"] or {}).get("text") or "").replace("\n", ""),
        )
        for m in record["metrics"]
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--width", type=int, action="append", help="wrap width (repeatable)")
    args = parser.parse_args()

    import policy_nlp
    from policy_nlp.io import Document
    from policy_nlp.options import RecordOptions
    from policy_nlp.process import process_document

    nlp = policy_nlp.load()
    texts = {path.name: path.read_text(encoding="utf-8") for path in sorted((ROOT / "corpus").glob("*.txt"))}
    base = {name: process_document(nlp, Document(name, name, text)) for name, text in texts.items()}
    total = sum(len(keys(record, None)) for record in base.values())
    print("| width | records kept, lines as given | records kept, lines joined | documents recognised as wrapped |")
    print("|---|---|---|---|")
    for width in args.width or [30, 38, 45]:
        kept = {False: 0, True: 0}
        recognised = 0
        for name, text in texts.items():
            wrapped, where = wrap(text, width)
            for joined in (False, True):
                record = process_document(nlp, Document(name, name, wrapped), RecordOptions(unwrap=joined))
                kept[joined] += len(keys(base[name], where) & keys(record, None))
                recognised += joined and any(w.startswith("hard-wrapped") for w in record["warnings"])
        print(f"| {width} | {kept[False] / total:.3f} | {kept[True] / total:.3f} | {recognised} of {len(texts)} |")


if __name__ == "__main__":
    main()
