"""Policy terms: tokens that are lexicon surfaces become spans in `doc.spans["terms"]`.

The tokenizer keeps every lexicon surface as one token (longest match, boundary-checked),
so this component is a dictionary look-up per token. Each span carries the canonical term
(`kb_id_`), its category (`label_`) and the policy tool in `span._.term`.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from policy_nlp.lexicon import Lexicon, load_lexicon
from policy_nlp.normalize import normalize
from policy_nlp.pipeline.tokens import LEXICON_TOKENS_KEY
from policy_nlp.tokenizer import LEXICON_FILE, read_lexicon_tsv, write_lexicon_tsv


class TermTagger:
    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon

    def __call__(self, doc: Doc) -> Doc:
        surfaces = self.lexicon.surface_index
        candidates = doc.user_data.get(LEXICON_TOKENS_KEY)  # set by our tokenizer; else look at every token
        spans = []
        for i in candidates if candidates is not None else range(len(doc)):
            text = doc[i].text
            term = surfaces.get(normalize(text)) if len(text) > 1 else None
            if term is None:
                continue
            span = doc[i : i + 1]
            span.label_ = term.category
            span.kb_id_ = term.term
            span._.term = {"policy_tool": term.policy_tool or None, "sub_tool": term.sub_tool or None}
            spans.append(span)
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
