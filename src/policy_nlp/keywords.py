"""Keyness from the user's own corpus: TF-IDF (scikit-learn) over the pipeline's tokens.

The IDF comes from the corpus itself, not from jieba's bundled generic IDF; content words
are kept by part of speech, and lexicon terms are always kept, whatever their tag.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import numpy
import pandas as pd
from sklearn.feature_extraction.text import TfidfVectorizer
from spacy.language import Language

from policy_nlp.pipeline.tokens import LEXICON_TOKENS_KEY
from policy_nlp.pos import tag

HAN = re.compile(r"[\u4e00-\u9fff]")
CONTENT_TAGS = ("n", "vn", "nz", "j", "l", "an", "eng")
PERSON_TAG = "nr"


def identity(tokens: list[str]) -> list[str]:
    """Analyzer for pre-tokenised documents (top level, so the vectorizer pickles)."""
    return tokens


def content_tokens(nlp: Language, text: str) -> tuple[list[str], set[str]]:
    """Tokens worth weighing (content words of two characters or more, and every lexicon term)."""
    doc = nlp.make_doc(text)
    terms = {doc[i].text for i in doc.user_data.get(LEXICON_TOKENS_KEY, [])}
    keep = [
        t.text
        for t in doc
        if t.text in terms
        or (
            len(t.text) >= 2
            and HAN.search(t.text)
            and tag(t.text).startswith(CONTENT_TAGS)
            and tag(t.text) != PERSON_TAG
        )
    ]
    return keep, terms


def keywords(
    nlp: Language, documents: Iterable[tuple[str, dict, str]], *, by: str | None = None, top: int = 20
) -> pd.DataFrame:
    """Top terms per group: mean TF-IDF in the group minus mean TF-IDF in the rest (or the mean over
    the whole corpus without groups). Columns: group, rank, term, score, documents, lexicon_term."""
    token_lists, groups, lexicon_terms = [], [], set()
    for _, meta, text in documents:
        tokens, terms = content_tokens(nlp, text)
        token_lists.append(tokens)
        lexicon_terms |= terms
        value = meta.get(by) if by else "all"
        groups.append("(none)" if value in (None, "") else str(value))
    columns = ["group", "rank", "term", "score", "documents", "lexicon_term"]
    if not token_lists:
        return pd.DataFrame(columns=columns)
    vectorizer = TfidfVectorizer(analyzer=identity, sublinear_tf=True)
    matrix = vectorizer.fit_transform(token_lists)
    vocabulary = vectorizer.get_feature_names_out()
    document_frequency = numpy.asarray((matrix > 0).sum(axis=0)).ravel()
    rows = []
    for group in sorted(set(groups)):
        mask = numpy.array([g == group for g in groups])
        scores = numpy.asarray(matrix[mask].mean(axis=0)).ravel()
        if (~mask).any():  # keyness: how much more the group uses a term than the rest of the corpus
            scores = scores - numpy.asarray(matrix[~mask].mean(axis=0)).ravel()
        for rank, index in enumerate(numpy.argsort(-scores)[:top], 1):
            if scores[index] <= 0:
                break
            term = str(vocabulary[index])
            rows.append(
                {
                    "group": group,
                    "rank": rank,
                    "term": term,
                    "score": round(float(scores[index]), 6),
                    "documents": int(document_frequency[index]),
                    "lexicon_term": term in lexicon_terms,
                }
            )
    return pd.DataFrame(rows, columns=columns)
