"""Policy terms: tokens that are lexicon surfaces become term mentions.

The tokenizer keeps every lexicon surface as one token (longest match, boundary-checked),
so this component is a dictionary look-up per token. Mentions go to `doc._.terms` (plain
dicts with character offsets, canonical term, category and policy tool, which later
components read without making spaCy objects) and to `doc.spans["terms"]` for spaCy tools
(label = category, kb_id = canonical).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span

from policy_nlp.lexicon import Lexicon, load_lexicon
from policy_nlp.normalize import normalize
from policy_nlp.pipeline.tokens import LEXICON_TOKENS_KEY, TokenIndex
from policy_nlp.tokenizer import LEXICON_FILE, read_lexicon_tsv, write_lexicon_tsv


class TermTagger:
    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon

    def __call__(self, doc: Doc) -> Doc:
        surfaces = self.lexicon.surface_index
        candidates = doc.user_data.get(LEXICON_TOKENS_KEY)  # set by our tokenizer; else look at every token
        index = TokenIndex(doc)
        mentions, spans = [], []
        for i in candidates if candidates is not None else range(len(doc)):
            text = index.words[i]
            term = surfaces.get(normalize(text)) if len(text) > 1 else None
            if term is None:
                continue
            start = index.starts[i]
            mentions.append(
                {
                    "text": text,
                    "start": start,
                    "end": start + len(text),
                    "canonical": term.term,
                    "category": term.category,
                    "policy_tool": term.policy_tool or None,
                    "sub_tool": term.sub_tool or None,
                    "token": i,
                }
            )
            spans.append(Span(doc, i, i + 1, label=term.category, kb_id=term.term))
        doc._.terms = mentions
        doc.spans["terms"] = spans
        return doc

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        write_lexicon_tsv(self.lexicon, path / LEXICON_FILE)

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> TermTagger:
        self.lexicon = read_lexicon_tsv(Path(path) / LEXICON_FILE)
        return self


@Language.factory("policy_nlp_terms", default_config={"lexicons": [], "default_lexicons": True})
def make_terms(nlp: Language, name: str, *, lexicons: list[str], default_lexicons: bool) -> TermTagger:
    return TermTagger(load_lexicon(lexicons, default_lexicons=default_lexicons))
