"""Sentence and paragraph boundaries, with heading / byline / caption flags.

Chinese stops (。！？；…) and their ASCII forms end a sentence together with any closing
quotes that follow; a line break always ends one. Lines are paragraphs. Layout cues
(bylines, captions, headings) come from `lexicons/cues/layout.tsv`; such lines are
flagged, never deleted.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

import numpy
from spacy.attrs import IDX, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from policy_nlp.pipeline.cues import read_cues
from policy_nlp.pipeline.tokens import doc_text

SENTENCE_END = re.compile(r"(?=[。！？；!?;….])(?:[。！？；!?;]|…+|\.{3,})+[”’」』）)\"'》]*")  # (?=…): skips fast
TERMINAL = "。！？；!?;…”’」』）)\"'：:，,"
HEADING_MAX_CHARS = 40
LEAD_IN_MAX_CHARS = 12  # a short line ending in a colon (主要目标：) heads what follows


SENTENCES_KEY = "policy_nlp.sentences"  # plain (start, end, paragraph, kind) tuples, cheaper than Spans


def sentences_of(doc: Doc) -> list[tuple[int, int, int | None, str]]:
    """(start, end, paragraph, kind) of each sentence, from the segmenter's list or the span group."""
    found = doc.user_data.get(SENTENCES_KEY)
    if found is None:
        found = [(s.start_char, s.end_char, None, s.label_ or "body") for s in doc.spans.get("sentences", [])]
    return found


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    paragraph: int
    kind: str  # body | heading | byline | caption


class LineKinds:
    """Classifies a whole line from the layout cue table."""

    def __init__(self, table: str = "layout.tsv") -> None:
        self.rows = [
            (row["kind"], re.compile(row["pattern"]), int(row["level"]) if row.get("level") else None)
            for row in read_cues(table)
        ]

    def _row(self, line: str) -> tuple[str, re.Pattern[str], int | None] | None:
        """The first table row whose pattern the stripped line matches (a numbered heading, a byline …)."""
        stripped = line.strip()
        return next((row for row in self.rows if row[1].match(stripped)), None)

    def level(self, line: str) -> int | None:
        """The depth of a numbered heading (一、 1, （一） 2), None for any other line."""
        row = self._row(line)
        return row[2] if row is not None else None

    def __call__(self, line: str) -> str:
        row = self._row(line)
        if row is not None:
            return row[0]
        stripped = line.strip()
        if len(stripped) <= HEADING_MAX_CHARS and (
            stripped[-1] not in TERMINAL or (stripped[-1] in "：:" and len(stripped) <= LEAD_IN_MAX_CHARS)
        ):
            return "heading"
        return "body"


def split_sentences(text: str, line_kind: LineKinds) -> Iterator[Sentence]:
    """Sentences in document order; each is trimmed of surrounding white space."""
    paragraph = -1
    for line in re.finditer(r"[^\n]+", text):
        body = line.group()
        if not body.strip():
            continue
        paragraph += 1
        kind = line_kind(body)
        cursor = line.start()
        for stop in SENTENCE_END.finditer(body):
            end = line.start() + stop.end()
            yield from _trimmed(text, cursor, end, paragraph, kind)
            cursor = end
        yield from _trimmed(text, cursor, line.end(), paragraph, kind)


def _trimmed(text: str, start: int, end: int, paragraph: int, kind: str) -> Iterator[Sentence]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        yield Sentence(start, end, paragraph, kind)


class SentenceSegmenter:
    """Sets `token.is_sent_start` and fills `doc.spans["sentences"]`."""

    def __init__(self, *, layout_table: str = "layout.tsv") -> None:
        self.layout_table = layout_table
        self.line_kind = LineKinds(layout_table)

    def __call__(self, doc: Doc) -> Doc:
        token_starts = dict(zip(doc.to_array(IDX).tolist(), range(len(doc)), strict=True)) if len(doc) else {}
        sentences: list[Sentence] = []
        for sentence in split_sentences(doc_text(doc), self.line_kind):
            if sentences and sentence.start not in token_starts:  # a stop inside a token
                last = sentences[-1]
                sentences[-1] = Sentence(last.start, sentence.end, last.paragraph, last.kind)
            else:
                sentences.append(sentence)
        flags = numpy.full((len(doc), 1), -1, dtype="int64")  # SENT_START: 1 starts, -1 does not
        spans = []
        for sentence in sentences:
            if sentence.start in token_starts:
                flags[token_starts[sentence.start], 0] = 1
        if len(doc):
            flags[0, 0] = 1
            doc.from_array([SENT_START], flags.view("uint64"))  # type: ignore[arg-type]  # one pass; token.is_sent_start = … is O(n) each
        plain = []
        for sentence in sentences:
            span = doc.char_span(sentence.start, sentence.end, label=sentence.kind, alignment_mode="expand")
            if span is not None:
                spans.append(span)
                plain.append((span.start_char, span.end_char, sentence.paragraph, sentence.kind))
        doc.spans["sentences"] = spans  # label_ is the kind; the paragraph index is in the plain list
        doc.user_data[SENTENCES_KEY] = plain
        return doc


@Language.factory("policy_nlp_sentences", default_config={"layout_table": "layout.tsv"})
def make_sentences(nlp: Language, name: str, *, layout_table: str) -> SentenceSegmenter:
    return SentenceSegmenter(layout_table=layout_table)
