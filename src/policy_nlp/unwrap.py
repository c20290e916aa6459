"""Hard-wrapped text (PDF extraction, fixed-width files) joined back into paragraphs.

The pipeline reads a sentence within one line, so a document that breaks its lines every N
characters would lose indicators and cut words in two. `unwrap` recognises such a document by
its line lengths (most lines exactly as long as the page is wide, ending mid-sentence) and
joins every full line to the next. The pipeline runs on the joined text; `restore` maps the
offsets of its record back, so that the record still points into the text as read.
"""

from __future__ import annotations

import bisect
import hashlib
import re
from collections import Counter
from dataclasses import dataclass
from functools import cache
from typing import Any

from policy_nlp.pipeline.cues import read_cues
from policy_nlp.pipeline.sentences import SENTENCE_END

MIN_LINES = 6  # fewer lines say nothing about a page width
MIN_WIDTH = 12  # shorter "pages" are lists or tables
SHARE_AT_WIDTH = 0.3  # at least this share of the lines is exactly one width long
SHARE_OPEN = 0.5  # and at least half of the full lines end mid-sentence
SLACK = 1  # a line this much shorter than the width is still full (a wide character at its end)
_ENDS_SENTENCE = re.compile(f"(?:{SENTENCE_END.pattern})\\s*$")


@dataclass(frozen=True)
class Unwrapped:
    """The joined text and where it came from. `landing` holds, for each character dropped by
    joining (a line break, the spaces before it), the offset in `text` where the next kept
    character landed, ascending."""

    text: str
    original: str
    landing: tuple[int, ...]
    joins: int
    width: int

    def start(self, offset: int) -> int:
        """The original offset of the joined text's character at `offset`."""
        return offset + bisect.bisect_right(self.landing, offset)

    def end(self, offset: int) -> int:
        """The original end (exclusive) of a span of the joined text ending at `offset`."""
        return self.start(offset - 1) + 1 if offset > 0 else 0

    def restore(self, record: dict[str, Any]) -> dict[str, Any]:
        """`record` of the joined text, pointing into the original text again: every
        start/end is mapped back and every span's `text` is its original slice."""
        _remap(record, self, set())
        if "text" in record:
            record["text"] = self.original
        record["text_sha256"] = hashlib.sha256(self.original.encode("utf-8")).hexdigest()
        if record.get("stats"):
            record["stats"]["chars"] = len(self.original)
        record.setdefault("warnings", []).insert(
            0, f"hard-wrapped text: {self.joins} line breaks joined (lines of {self.width} characters)"
        )
        return record


def _remap(node: Any, unwrapped: Unwrapped, seen: set[int]) -> None:
    if isinstance(node, list):
        for item in node:
            _remap(item, unwrapped, seen)
        return
    if not isinstance(node, dict) or id(node) in seen:  # records share some spans (a series' indicator)
        return
    seen.add(id(node))
    start, end = node.get("start"), node.get("end")
    if isinstance(start, int) and isinstance(end, int):
        node["start"], node["end"] = unwrapped.start(start), unwrapped.end(end)
        if isinstance(node.get("text"), str):
            node["text"] = unwrapped.original[node["start"] : node["end"]]
    for value in node.values():
        if isinstance(value, (dict, list)):
            _remap(value, unwrapped, seen)


@cache
def _paragraph_start() -> re.Pattern[str]:
    """How a line opens that begins a paragraph (`cues/paragraph_starts.tsv`)."""
    return re.compile("|".join(f"(?:{row['pattern']})" for row in read_cues("paragraph_starts.tsv")))


def _is_table(line: str) -> bool:
    return "\t" in line or line.lstrip().startswith("|")


def page_width(text: str) -> int | None:
    """The width at which `text` is hard-wrapped, or None when its lines are paragraphs."""
    lines = [line.rstrip() for line in text.split("\n")]
    lines = [line for line in lines if line.strip() and not _is_table(line)]
    if len(lines) < MIN_LINES:
        return None
    lengths = Counter(len(line) for line in lines if len(line) >= MIN_WIDTH)
    if not lengths:
        return None
    width, count = max(lengths.items(), key=lambda item: (item[1], item[0]))
    if count < SHARE_AT_WIDTH * len(lines):
        return None
    full = [line for line in lines if len(line) >= width - SLACK]
    open_ended = sum(1 for line in full if not _ENDS_SENTENCE.search(line))
    return width if open_ended >= SHARE_OPEN * len(full) else None


def _joins(line: str, following: str, width: int) -> bool:
    """Whether `line` (trailing spaces removed) runs on into `following`."""
    return (
        len(line) >= width - SLACK
        and following.strip() != ""
        and not _is_table(line)
        and not _is_table(following)
        and not _paragraph_start().match(following)
    )


def unwrap(text: str) -> Unwrapped | None:
    """`text` with its hard-wrapped lines joined, or None when it is not hard-wrapped."""
    width = page_width(text)
    if width is None:
        return None
    lines = text.split("\n")
    pieces: list[str] = []
    landing: list[int] = []
    kept = joins = 0  # length of the joined text so far, lines joined
    for n, line in enumerate(lines):
        body = line.rstrip()
        last = n + 1 == len(lines)
        if last or not _joins(body, lines[n + 1], width):
            piece = line if last else line + "\n"
        else:  # Chinese has no spaces between words: the break and the spaces before it go
            piece = body
            landing.extend([kept + len(body)] * (len(line) + 1 - len(body)))
            joins += 1
        pieces.append(piece)
        kept += len(piece)
    return Unwrapped("".join(pieces), text, tuple(landing), joins, width)
