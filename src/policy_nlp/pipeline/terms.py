"""Policy terms: tokens that are lexicon surfaces become term mentions.

The tokenizer keeps every lexicon surface as one token (longest match, boundary-checked),
so this component is a dictionary look-up per token. Terms written inside a longer term or
word (专精特新 in 专精特新中小企业, 中试平台 in 制造业中试平台, 制造业 in 制造业增加值) are mentions
too, marked `nested`, so that a count of 专精特新 includes the documents that only name its
enterprises; only the longest inner terms count (中试平台, not also 中试). An alias inside a
longer alias of the same term is a mention too (种业阵型企业 in 国家种业阵型企业), since
documents and readers name the shorter form. Mentions go
to `doc._.terms` (plain dicts with character offsets, canonical term, category and policy
tool, which later components read without making spaCy objects) and to
`doc.spans["terms"]` for spaCy tools (label = category, kb_id = canonical; top-level only).
Programme names no lexicon holds (实施…行动, “文化+”) are read by pattern (pipeline/programmes.py)
and reported beside them with `origin: "pattern"`; switch off with `programmes=False`.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from policy_nlp.lexicon import Lexicon, Term, load_lexicon
from policy_nlp.lexicon.matcher import LexiconMatcher
from policy_nlp.pipeline.programmes import ProgrammeFinder
from policy_nlp.pipeline.tokens import LEXICON_TOKENS_KEY, TokenIndex, doc_normalized, doc_text
from policy_nlp.tokenizer import LEXICON_FILE, read_lexicon_tsv, write_lexicon_tsv

# Words shorter than this are not searched for terms inside them (a term has two characters or more).
MIN_HOST = 3


PATTERN_FIELDS = {  # a programme name found by pattern (see pipeline/programmes.py)
    "policy_tool": None,
    "sub_tool": None,
    "nested": False,
    "origin": "pattern",
    "token": None,
}


class TermTagger:
    def __init__(self, lexicon: Lexicon, *, programmes: bool = True) -> None:
        self.lexicon = lexicon
        self.programmes = programmes
        self._matcher: LexiconMatcher | None = None
        self._finder: ProgrammeFinder | None = None

    @property
    def matcher(self) -> LexiconMatcher:
        """Finds terms inside terms; built on first use."""
        if self._matcher is None or self._matcher.lexicon is not self.lexicon:
            self._matcher = LexiconMatcher(self.lexicon)
        return self._matcher

    def __call__(self, doc: Doc) -> Doc:
        surfaces = self.lexicon.surface_index
        index = TokenIndex(doc)
        norm = doc_normalized(doc)
        starts, words = index.starts, index.words
        protected = doc.user_data.get(LEXICON_TOKENS_KEY)  # set by our tokenizer; else look at every token
        if protected is None:
            candidates = [i for i, w in enumerate(words) if len(w) > 1]
        else:  # and the words jieba itself cut as a term in the whole text (科创板 in 科创板上市企业)
            cut_whole = surfaces.keys() & set(words)
            cut_whole -= {words[i] for i in protected}
            extra = [i for i, w in enumerate(words) if w in cut_whole and len(w) > 1] if cut_whole else []
            candidates = sorted([*protected, *extra]) if extra else protected
        mentions, spans = [], []
        for i in candidates:
            text, start = words[i], starts[i]
            term = surfaces.get(norm[start : start + len(text)]) if len(text) > 1 else None
            if term is not None:
                mentions.append(_mention(text, start, term, i, nested=False))
                spans.append(Span(doc, i, i + 1, label=term.category, kb_id=term.term))
        inner_matches = self.matcher.inner_matches
        for i in [i for i, text in enumerate(words) if len(text) >= MIN_HOST]:  # a shorter word holds no term
            text, start = words[i], starts[i]
            for inner in inner_matches(norm[start : start + len(text)]):  # 专精特新 in 专精特新中小企业
                mentions.append(
                    _mention(text[inner.start : inner.end], start + inner.start, inner.term, i, nested=True)
                )
        mentions.sort(key=lambda m: (m["start"], m["nested"]))
        doc._.terms = mentions
        if self.programmes:
            if self._finder is None:
                self._finder = ProgrammeFinder()
            finder, text = self._finder, doc_text(doc)
            known = [(m["start"], m["end"]) for m in mentions if not m["nested"]]
            added = add_pattern_terms(
                doc, finder(norm, known), lambda start, end: finder.canonical(norm, text, start, end)
            )
            industries = [(m["start"], m["end"]) for m in mentions if not m["nested"] and m["category"] == "industry"]
            added += add_pattern_terms(doc, finder.platforms(norm, industries))
            spans.extend(spans_of(doc, added))
        set_term_spans(doc, spans)
        return doc

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        write_lexicon_tsv(self.lexicon, path / LEXICON_FILE)

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> TermTagger:
        self.lexicon = read_lexicon_tsv(Path(path) / LEXICON_FILE)
        return self


def add_pattern_terms(
    doc: Doc,
    found: Iterable[tuple[int, int, str]],
    canonical: Callable[[int, int], str] | None = None,
) -> list[dict[str, Any]]:
    """Names read by pattern (start, end, category), each added to `doc._.terms` unless a term
    already covers it or straddles its edge; terms inside one become nested (健康 in 实施健康
    河北行动). `canonical` names it (default: as written). Returns the mentions added, whose
    spans `spans_of` makes for `set_term_spans`."""
    found = list(found)
    if not found:
        return []
    text = doc_text(doc)
    mentions = doc._.terms
    top = sorted((m for m in mentions if not m["nested"]), key=lambda m: m["start"])
    starts = [m["start"] for m in top]
    longest = max((m["end"] - m["start"] for m in top), default=0)
    added = []
    for start, end, category in found:
        nearby = top[bisect.bisect_left(starts, start - longest) : bisect.bisect_left(starts, end)]
        overlapping = [m for m in nearby if start < m["end"] and not m["nested"]]
        if any(m["start"] <= start and end <= m["end"] for m in overlapping):
            continue  # a term already names it (or more)
        if any(m["start"] < start or m["end"] > end for m in overlapping):
            continue  # a term straddles its edge: the pattern's boundary is in doubt
        for m in overlapping:
            m["nested"] = True
        name = canonical(start, end) if canonical is not None else text[start:end]
        mention: dict[str, Any] = {**PATTERN_FIELDS, "text": text[start:end], "start": start, "end": end}
        mention |= {"canonical": name, "category": category}
        added.append(mention)
        at = bisect.bisect_left(starts, start)  # later names must not overlap this one either
        starts.insert(at, start)
        top.insert(at, mention)
        longest = max(longest, end - start)
    if added:
        mentions.extend(added)
        mentions.sort(key=lambda m: (m["start"], m["nested"]))
    return added


def spans_of(doc: Doc, mentions: list[dict[str, Any]]) -> list[Span]:
    """spaCy spans of term mentions (label = category, kb_id = canonical)."""
    spans = []
    for mention in mentions:
        doc_span = doc.char_span(mention["start"], mention["end"])
        if doc_span is not None:
            spans.append(Span(doc, doc_span.start, doc_span.end, label=mention["category"], kb_id=mention["canonical"]))
    return spans


def set_term_spans(doc: Doc, spans: list[Span]) -> None:
    """`doc.spans["terms"]`: those of `spans` that are top-level mentions of `doc._.terms`, in order."""
    top = {(m["start"], m["end"]) for m in doc._.terms if not m["nested"]}
    doc.spans["terms"] = sorted(
        (span for span in spans if (span.start_char, span.end_char) in top), key=lambda span: span.start
    )


def _mention(text: str, start: int, term: Term, token: int, *, nested: bool) -> dict[str, Any]:
    return {
        "text": text,
        "start": start,
        "end": start + len(text),
        "canonical": term.term,
        "category": term.category,
        "policy_tool": term.policy_tool or None,
        "sub_tool": term.sub_tool or None,
        "nested": nested,
        "origin": "lexicon",
        "token": token,
    }


@Language.factory("policy_nlp_terms", default_config={"lexicons": [], "default_lexicons": True, "programmes": True})
def make_terms(
    nlp: Language, name: str, *, lexicons: list[str], default_lexicons: bool, programmes: bool
) -> TermTagger:
    return TermTagger(load_lexicon(lexicons, default_lexicons=default_lexicons), programmes=programmes)
