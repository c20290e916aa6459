"""Building the pipeline: the component order and `load()`.

Importing this module registers every `policy_nlp.*` factory with spaCy (the package
also declares them as entry points, so `spacy.load()` of a saved pipeline finds them).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import spacy
from spacy.language import Language

from policy_nlp import extensions, tokenizer  # noqa: F401 - registrations
from policy_nlp.pipeline import enumerations, metrics, quantities, sentences, terms  # noqa: F401
from policy_nlp.tokenizer import tokenizer_config

COMPONENTS = (
    "policy_nlp_sentences",
    "policy_nlp_terms",
    "policy_nlp_quantities",
    "policy_nlp_metrics",
    "policy_nlp_enumerations",
)


def load(
    lexicons: Iterable[str | Path] = (),
    *,
    default_lexicons: bool = True,
    models: Iterable[str | Path] = (),
    components: Iterable[str] = COMPONENTS,
    hmm: bool = True,
    segmenter: str = "jieba-rs",
) -> Language:
    """The policy-nlp pipeline: a blank Chinese spaCy `Language` with our components.

    `lexicons` are term files or folders added to the shipped ones (or replacing them with
    `default_lexicons=False`). `models` is reserved for the sentence classifiers to come.
    """
    if list(models):
        raise ValueError("no sentence classifiers ship yet: `models` is reserved for them")
    lexicon_paths = [str(Path(p)) for p in lexicons]
    config = {"nlp": {"tokenizer": tokenizer_config(lexicon_paths, default_lexicons, hmm, segmenter)}}
    nlp = spacy.blank("zh", config=config)
    for name in components:
        settings = {}
        if name == "policy_nlp_terms":
            settings = {"lexicons": lexicon_paths, "default_lexicons": default_lexicons}
        nlp.add_pipe(name, name=name.removeprefix("policy_nlp_"), config=settings)
    return nlp
