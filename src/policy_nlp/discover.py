"""Candidate new lexicon terms from a corpus: quoted coinages, numbered formulations, programme
names read by pattern (实施…行动) and cohesive n-grams (pointwise mutual information with
left/right branching entropy).

The output is TSV in the lexicon format, ranked, with the evidence in `note`, so a
researcher can review it and merge the rows worth keeping.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from spacy.language import Language

from policy_nlp.normalize import normalize
from policy_nlp.pipeline.cues import category_hint, read_cues
from policy_nlp.pipeline.programmes import QUOTES
from policy_nlp.pos import tag

HAN = re.compile(r"^[\u4e00-\u9fff]+$")
CONTENT_TAGS = ("n", "vn", "nz", "j", "l", "an", "eng")
NAME_TAGS = ("nr", "ns", "nt")
# quoted coinages, formulations and programme names are rarely generic; people, places and
# organisations are not policy terms (NAME_TAGS)
KIND_WEIGHT = {"quoted": 3.0, "formulation": 2.5, "programme": 2.5}
CORROBORATED = 1.5  # added per further kind of evidence for one mention (“一主两副”: formulation and coinage)


@dataclass
class Candidate:
    term: str
    kind: str  # quoted | formulation | programme | ngram
    frequency: int = 0
    documents: set[str] = field(default_factory=set)
    example: str = ""
    score: float = 0.0
    evidence: set[str] = field(default_factory=set)  # the kinds of evidence found for it


class Discoverer:
    """Collects candidates over documents (`add`), then ranks them (`ranked`)."""

    def __init__(self, nlp: Language, *, min_frequency: int = 3, max_n: int = 3) -> None:
        self.nlp = nlp
        self.min_frequency = min_frequency
        self.max_n = max_n
        lexicon = getattr(nlp.tokenizer, "lexicon", None)
        self.known = set(lexicon.surface_index) if lexicon is not None else set()
        self.known |= {normalize(r["name"]) for r in read_cues("periods.tsv")}
        self.generic = {r["word"] for r in read_cues("generic_words.tsv")}
        self.candidates: dict[str, Candidate] = {}
        self.unigrams: Counter[str] = Counter()
        self.ngrams: Counter[tuple[str, ...]] = Counter()
        self.left: defaultdict[tuple[str, ...], Counter[str]] = defaultdict(Counter)
        self.right: defaultdict[tuple[str, ...], Counter[str]] = defaultdict(Counter)
        self.ngram_docs: defaultdict[tuple[str, ...], set[str]] = defaultdict(set)
        self.ngram_example: dict[tuple[str, ...], str] = {}
        self.total = 0

    def _candidate(self, term: str, kind: str, doc_id: str, example: str) -> None:
        if normalize(term) in self.known:
            return
        found = self.candidates.setdefault(term, Candidate(term, kind))
        found.evidence.add(kind)
        found.frequency += 1
        found.documents.add(doc_id)
        found.example = found.example or example

    def add(self, doc_id: str, text: str) -> None:
        doc = self.nlp(text)
        seen: set[tuple[str, int]] = set()  # “一主两副” is a formulation and a coinage: one mention
        for enumeration in doc._.enumerations or []:
            name = enumeration["name"].strip('“”"')
            if not any(name.endswith(word) for word in self.generic):  # 三大产业, 十个方面工作: no term
                seen.add((name, enumeration["start"] + enumeration["name"].index(name)))
                self._candidate(name, "formulation", doc_id, enumeration["name"])
        for term in doc._.terms or []:
            if term["origin"] == "pattern":  # “码上办”, 实施…行动: a coinage or programme name the lexicons lack
                quoted = term["text"][0] in QUOTES and term["text"][-1] in QUOTES
                if (term["canonical"], term["start"] + quoted) in seen:  # the same mention: more evidence
                    if term["canonical"] in self.candidates:
                        self.candidates[term["canonical"]].evidence.add("quoted" if quoted else "programme")
                    continue
                self._candidate(
                    term["canonical"],
                    "quoted" if quoted else "programme",
                    doc_id,
                    text[max(0, term["start"] - 10) : term["end"] + 10],
                )
        words = [t.text for t in doc]
        content = [
            bool(HAN.match(w)) and tag(w).startswith(CONTENT_TAGS) and not tag(w).startswith(NAME_TAGS) for w in words
        ]
        self.unigrams.update(w for w, ok in zip(words, content, strict=True) if ok)
        self.total += sum(content)
        for n in range(2, self.max_n + 1):
            for i in range(len(words) - n + 1):
                if not all(content[i : i + n]):
                    continue
                gram = tuple(words[i : i + n])
                self.ngrams[gram] += 1
                self.ngram_docs[gram].add(doc_id)
                self.left[gram][words[i - 1] if i > 0 else "<s>"] += 1
                self.right[gram][words[i + n] if i + n < len(words) else "</s>"] += 1
                if gram not in self.ngram_example:
                    at = sum(len(w) for w in words[:i])
                    self.ngram_example[gram] = text[max(0, at - 20) : at + 30]

    @staticmethod
    def _entropy(counter: Counter[str]) -> float:
        total = sum(counter.values())
        return -sum(c / total * math.log(c / total) for c in counter.values()) if total else 0.0

    def _pmi(self, gram: tuple[str, ...]) -> float:
        """The weakest split's PMI: a trigram is as cohesive as its loosest joint."""
        p_gram = self.ngrams[gram] / self.total
        worst = math.inf
        for k in range(1, len(gram)):
            a, b = gram[:k], gram[k:]
            pa = (self.unigrams[a[0]] if len(a) == 1 else self.ngrams[a]) / self.total
            pb = (self.unigrams[b[0]] if len(b) == 1 else self.ngrams[b]) / self.total
            if pa and pb:
                worst = min(worst, math.log(p_gram / (pa * pb)))
        return 0.0 if worst is math.inf else worst

    def ranked(self, limit: int | None = None) -> list[Candidate]:
        out = [c for c in self.candidates.values() if c.frequency >= 2 or c.kind != "ngram"]
        for c in out:
            weight = KIND_WEIGHT.get(c.kind, 1.0)  # quoted coinages and formulations are rarely generic
            corroboration = CORROBORATED * (len(c.evidence) - 1)
            c.score = round(weight * (math.log1p(c.frequency) + len(c.documents) * 0.5) + corroboration, 4)
        for gram, frequency in self.ngrams.items():
            term = "".join(gram)
            if frequency < self.min_frequency or normalize(term) in self.known or term in self.candidates:
                continue
            if any(word in self.generic for word in gram):
                continue
            branching = min(self._entropy(self.left[gram]), self._entropy(self.right[gram]))
            pmi = self._pmi(gram)
            if pmi <= 0 or branching <= 0:
                continue
            candidate = Candidate(term, "ngram", frequency, self.ngram_docs[gram], self.ngram_example[gram])
            candidate.score = round(pmi * branching * math.log1p(frequency) / 3, 4)
            out.append(candidate)
        out.sort(key=lambda c: (-c.score, c.term))
        return out[:limit] if limit else out

    def category(self, term: str, kind: str) -> str:
        return category_hint(term, "brand" if kind == "quoted" else "other")

    def rows(self, candidates: Iterable[Candidate]) -> list[str]:
        """Lexicon-format TSV lines (header first); evidence goes to `note`."""
        lines = ["term\tcategory\tpolicy_tool\tsub_tool\taliases\tnote"]
        for c in candidates:
            example = " ".join(c.example.split())[:60]  # one line, one cell
            note = f"discovered {c.kind}; score={c.score}; freq={c.frequency}; df={len(c.documents)}; e.g. {example}"
            lines.append(f"{c.term}\t{self.category(c.term, c.kind)}\t\t\t\t{note}")
        return lines
