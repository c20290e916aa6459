"""The registered tokenizer: lexicon terms protected first, jieba for the gaps.

jieba splits text with a regex before it consults its dictionary, which cuts user words
that hold `+`, `&`, quotes or spaces. So lexicon surfaces are found first with
Aho-Corasick over the normalised characters, and jieba only segments the text between
them. Each instance owns its own segmenter (never jieba's global `jieba.dt`): jieba-rs by
default, or the Python jieba with its dictionary cached per lexicon hash.
"""

from __future__ import annotations

import hashlib
import itertools
import logging
import re
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, Protocol

import spacy
from spacy.language import Language
from spacy.tokens import Doc
from spacy.vocab import Vocab

from policy_nlp.lexicon import Lexicon, load_lexicon
from policy_nlp.lexicon.load import dictionary_words
from policy_nlp.lexicon.matcher import LexiconMatcher
from policy_nlp.memo import BoundedMemo
from policy_nlp.normalize import normalize
from policy_nlp.pipeline.tokens import LEXICON_TOKENS_KEY, NORM_KEY, STARTS_KEY, TEXT_KEY, WORDS_KEY
from policy_nlp.resources import cache_dir

# Short all-Han terms are checked against jieba's own reading of their neighbourhood,
# so that 中试 is not found inside 高中试卷.
SHORT_TERM = 3
WINDOW = 4
_HAN = re.compile(r"^[\u4e00-\u9fff]+$")
_SURROGATE = re.compile(r"[\ud800-\udfff]")  # lone surrogates: what surrogateescape decoding leaves
LEXICON_FILE = "lexicon.tsv"


def write_lexicon_tsv(lexicon: Lexicon, path: Path) -> None:
    """Write a lexicon in the shipped TSV format (used by `to_disk`)."""
    lines = ["term\tcategory\tpolicy_tool\tsub_tool\taliases\tnote"]
    for t in lexicon:
        lines.append("\t".join((t.term, t.category, t.policy_tool, t.sub_tool, "|".join(t.aliases), t.note)))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def read_lexicon_tsv(path: Path) -> Lexicon:
    """A lexicon written by `write_lexicon_tsv` (a saved pipeline's own vocabulary)."""
    return load_lexicon([path], default_lexicons=False)


class PolicyTokenizer:
    """jieba segmentation with every lexicon surface kept as one token.

    `segmenter` is "jieba-rs" (the Rust port, via rjieba; same dictionary and algorithm,
    about twenty times faster) or "jieba" (the Python original).
    """

    def __init__(self, vocab: Vocab, lexicon: Lexicon, *, hmm: bool = True, segmenter: str = "jieba-rs") -> None:
        if segmenter not in SEGMENTERS:
            raise ValueError(f"unknown segmenter {segmenter!r}; use one of {', '.join(SEGMENTERS)}")
        self.vocab = vocab
        self.hmm = hmm
        self.segmenter_name = segmenter
        self._set_lexicon(lexicon)

    def _set_lexicon(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self.matcher = LexiconMatcher(lexicon)
        self._segmenter: Segmenter | None = None
        self._window_cuts = BoundedMemo(self._cut_offsets)

    @property
    def segmenter(self) -> Segmenter:
        """This tokenizer's own segmenter (never jieba's global one), built on first use."""
        if self._segmenter is None:
            self._segmenter = SEGMENTERS[self.segmenter_name](self.lexicon)
        return self._segmenter

    def __call__(self, text: str) -> Doc:
        words: list[str] = []
        protected_tokens: list[int] = []
        cut = self.segmenter.cut
        normalized = normalize(text)
        try:
            for start, end, protected in self.segments(text, normalized):
                if protected:
                    protected_tokens.append(len(words))
                    words.append(text[start:end])
                else:
                    words.extend(cut(text[start:end], self.hmm))
            doc = Doc(self.vocab, words=words, spaces=[False] * len(words))
        except UnicodeEncodeError as error:  # neither the segmenter nor spaCy's string store encodes one
            bad = _SURROGATE.search(text)
            if bad is None:
                raise
            raise UndecodedText(
                f"text holds a lone surrogate (U+{ord(bad.group()):04X}) at character {bad.start()}: "
                "it was not decoded as UTF-8; decode it strictly or with errors='replace'"
            ) from error
        doc.user_data[TEXT_KEY] = text
        doc.user_data[NORM_KEY] = normalized
        doc.user_data[LEXICON_TOKENS_KEY] = protected_tokens
        doc.user_data[WORDS_KEY] = words  # plain strings and offsets: components scan them without making Tokens
        doc.user_data[STARTS_KEY] = [0, *itertools.accumulate(map(len, words))][:-1]
        return doc

    def segments(self, text: str, normalized: str | None = None) -> Iterable[tuple[int, int, bool]]:
        """(start, end, is_lexicon_term) pieces that tile `text`."""
        normalized = normalize(text) if normalized is None else normalized
        position = 0
        for match in self.matcher.iter_matches(normalized, accept=lambda s, e: self._boundary_ok(normalized, s, e)):
            if match.start > position:
                yield position, match.start, False
            yield match.start, match.end, True
            position = match.end
        if position < len(text):
            yield position, len(text), False

    def _boundary_ok(self, normalized: str, start: int, end: int) -> bool:
        """Short Han terms must also be a word in jieba's reading of the surrounding text."""
        surface = normalized[start:end]
        if end - start > SHORT_TERM or not _HAN.match(surface):
            return True
        lo, hi = max(0, start - WINDOW), min(len(normalized), end + WINDOW)
        cuts = self._window_cuts(normalized[lo:hi])
        return (start - lo in cuts or start == lo) and (end - lo in cuts or end == hi)

    def _cut_offsets(self, window: str) -> frozenset[int]:
        """Where jieba cuts a short window (offsets into it); remembered, as the same phrases recur."""
        return frozenset([0, *itertools.accumulate(len(piece) for piece in self.segmenter.cut(window, False))])

    # spaCy serialisation: the lexicon travels with the pipeline.
    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        write_lexicon_tsv(self.lexicon, path / LEXICON_FILE)

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> PolicyTokenizer:
        self._set_lexicon(read_lexicon_tsv(Path(path) / LEXICON_FILE))
        return self

    def to_bytes(self, *, exclude: Iterable[str] = ()) -> bytes:
        raise NotImplementedError("PolicyTokenizer serialises with to_disk/from_disk")

    def from_bytes(self, data: bytes, *, exclude: Iterable[str] = ()) -> PolicyTokenizer:
        raise NotImplementedError("PolicyTokenizer serialises with to_disk/from_disk")


class UndecodedText(ValueError):
    """The text holds characters no decoder yields (lone surrogates): an input problem, not a bug."""


class Segmenter(Protocol):
    def cut(self, text: str, hmm: bool) -> list[str]: ...


class JiebaRsSegmenter:
    """jieba-rs (rjieba): jieba's dictionary and algorithm in Rust, plus the lexicon's words."""

    def __init__(self, lexicon: Lexicon) -> None:
        import rjieba

        self.jieba = rjieba.Jieba()
        for word in _new_words(lexicon):
            self.jieba.add_word(word, TERM_FREQ, None)

    def cut(self, text: str, hmm: bool) -> list[str]:
        return self.jieba.cut(text, hmm)


class JiebaSegmenter:
    """The Python jieba, with a merged dictionary cached per lexicon hash."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.jieba = build_jieba(lexicon)

    def cut(self, text: str, hmm: bool) -> list[str]:
        return list(self.jieba.cut(text, HMM=hmm))


SEGMENTERS: dict[str, Callable[[Lexicon], Segmenter]] = {"jieba-rs": JiebaRsSegmenter, "jieba": JiebaSegmenter}


# A lexicon term jieba does not know gets this frequency, so jieba prefers it where it reads
# well but still yields to a stronger word (高中 in 高中试卷); a word jieba knows keeps its own.
TERM_FREQ = 100


def build_jieba(lexicon: Lexicon) -> Any:
    """A fresh jieba.Tokenizer whose dictionary is jieba's own plus the lexicon's surfaces.

    The merged dictionary is written once to the project cache, keyed by the lexicon
    hash; jieba then keeps its own marshalled cache of it beside, so later processes load
    it quickly.
    """
    import jieba  # the Python segmenter is optional: imported only when asked for

    jieba.setLogLevel(logging.WARNING)
    folder = cache_dir()
    merged = folder / f"dict-{_dict_key(lexicon)}.txt"
    if not merged.exists():
        base = _jieba_dictionary().read_text(encoding="utf-8").rstrip("\n")
        extra = "".join(f"{word} {TERM_FREQ}\n" for word in _new_words(lexicon))
        tmp = merged.with_suffix(f".tmp{id(lexicon)}")
        tmp.write_text(base + "\n" + extra, encoding="utf-8")
        tmp.replace(merged)
    tokenizer = jieba.Tokenizer(dictionary=str(merged))
    tokenizer.tmp_dir = str(folder)
    tokenizer.initialize()
    return tokenizer


def _jieba_words(lexicon: Lexicon) -> list[str]:
    """Words jieba should know: lexicon surfaces, indicator names and extra words (no spaces)."""
    words = set(lexicon.surface_index) | set(dictionary_words())
    return sorted(w for w in words if w and not any(c.isspace() for c in w))


def _jieba_dictionary() -> Path:
    """jieba's dictionary file (jieba-rs ships the same one)."""
    import jieba

    return Path(jieba.__file__).parent / "dict.txt"


def _new_words(lexicon: Lexicon) -> list[str]:
    """The words to add at TERM_FREQ: those jieba's dictionary does not already count higher
    (re-adding 人口 would lower its count and split 以上人口占比). Worked out once per lexicon and
    kept in the project cache, beside the merged dictionary: reading jieba's dictionary for it
    would otherwise be part of every start-up."""
    cached = cache_dir() / f"new-words-{_dict_key(lexicon)}.txt"
    if cached.exists():
        return cached.read_text(encoding="utf-8").splitlines()
    words = _jieba_words(lexicon)
    wanted = set(words)
    known: dict[str, int] = {}
    with open(_jieba_dictionary(), encoding="utf-8") as handle:
        for line in handle:
            word, _, rest = line.partition(" ")
            if word in wanted:
                known[word] = int(rest.split(" ", 1)[0])
    new = [word for word in words if known.get(word, 0) < TERM_FREQ]
    tmp = cached.with_suffix(f".tmp{id(lexicon)}")
    tmp.write_text("\n".join(new), encoding="utf-8")
    tmp.replace(cached)
    return new


def _dict_key(lexicon: Lexicon) -> str:
    extra = "|".join(dictionary_words())
    import jieba

    key = f"{jieba.__version__}:{TERM_FREQ}:new-words-only:{lexicon.hash}:{extra}"
    digest = hashlib.sha256(key.encode()).hexdigest()
    return digest[:16]


@spacy.registry.tokenizers("policy_nlp.Tokenizer.v1")
def create_tokenizer(
    lexicons: list[str] = [],  # noqa: B006 - spaCy config values
    default_lexicons: bool = True,
    hmm: bool = True,
    segmenter: str = "jieba-rs",
) -> Callable[[Language], PolicyTokenizer]:
    """spaCy tokenizer factory; lexicon paths come from the config."""

    def make(nlp: Language) -> PolicyTokenizer:
        lexicon = load_lexicon(lexicons, default_lexicons=default_lexicons)
        return PolicyTokenizer(nlp.vocab, lexicon, hmm=hmm, segmenter=segmenter)

    return make


def tokenizer_config(
    lexicons: Iterable[str | Path], default_lexicons: bool, hmm: bool = True, segmenter: str = "jieba-rs"
) -> dict[str, Any]:
    return {
        "@tokenizers": "policy_nlp.Tokenizer.v1",
        "lexicons": [str(p) for p in lexicons],
        "default_lexicons": default_lexicons,
        "hmm": hmm,
        "segmenter": segmenter,
    }
