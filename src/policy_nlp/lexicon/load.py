"""Reading lexicon TSV files (format documented in lexicons/README.md)."""

from __future__ import annotations

import csv
import dataclasses
import functools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from policy_nlp.lexicon.model import Lexicon, Term
from policy_nlp.normalize import normalize
from policy_nlp.resources import lexicon_dir

COLUMNS = ("term", "category", "policy_tool", "sub_tool", "aliases", "note")
CATEGORIES = ("mechanism", "platform", "programme", "industry", "enterprise", "talent", "finance", "brand", "other")
POLICY_TOOLS = ("supply", "environment", "demand")
SUB_TOOLS = {
    "supply": ("talent", "funding", "technology", "infrastructure", "public_service", "information"),
    "environment": ("planning", "finance", "tax", "regulation", "strategic"),
    "demand": ("procurement", "outsourcing", "trade", "demonstration", "overseas"),
}


class LexiconError(ValueError):
    """A lexicon path that cannot be read at all (missing, not TSV)."""


@dataclass
class Row:
    """One raw row with its location, before validation (the linter reads these)."""

    path: str
    line: int
    cells: dict[str, str]
    problem: str = ""


def lexicon_files(path: str | Path) -> list[Path]:
    """The TSV files of a path: the file itself, or every `*.tsv` below a folder (sorted)."""
    p = Path(path)
    if p.is_file():
        return [p]
    if p.is_dir():
        return sorted(f for f in p.rglob("*.tsv") if f.is_file())
    raise LexiconError(f"lexicon not found: {path}")


def default_term_paths() -> list[Path]:
    return [lexicon_dir() / "terms"]


def read_rows(path: Path, key: str = "term") -> Iterator[Row]:
    """Rows of one TSV file, with malformed ones flagged instead of raised."""
    with open(path, encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        header: list[str] | None = None
        for number, cells in enumerate(reader, 1):
            if not cells or not "".join(cells).strip() or cells[0].startswith("#"):
                continue
            if header is None:
                header = [c.strip() for c in cells]
                required = ("term", "category") if key == "term" else (key,)
                missing = [c for c in required if c not in header]
                if missing:
                    yield Row(str(path), number, {}, f"header lacks column(s) {', '.join(missing)}")
                    return
                continue
            if len(cells) > len(header):
                yield Row(str(path), number, {}, f"{len(cells)} cells, header has {len(header)}")
                continue
            values = dict(zip(header, (c.strip() for c in cells), strict=False))
            yield Row(str(path), number, values)


def row_to_term(row: Row) -> Term:
    cells = row.cells
    aliases = tuple(a.strip() for a in cells.get("aliases", "").split("|") if a.strip())
    return Term(
        term=cells.get("term", ""),
        category=cells.get("category", ""),
        policy_tool=cells.get("policy_tool", ""),
        sub_tool=cells.get("sub_tool", ""),
        aliases=aliases,
        note=cells.get("note", ""),
        source=f"{row.path}:{row.line}",
    )


def load_lexicon(paths: Iterable[str | Path] = (), *, default_lexicons: bool = True) -> Lexicon:
    """Load shipped lexicons (unless `default_lexicons=False`) followed by the user's paths.

    Cached per process: the tokenizer and the terms component share one loaded lexicon.
    Treat the result as read-only.
    """
    return _load_cached(tuple(str(p) for p in paths), default_lexicons)


@functools.lru_cache(maxsize=8)
def _load_cached(paths: tuple[str, ...], default_lexicons: bool) -> Lexicon:
    all_paths: list[Path] = list(default_term_paths()) if default_lexicons else []
    all_paths.extend(Path(p) for p in paths)
    lexicon = Lexicon()
    for base in all_paths:
        for file in lexicon_files(base):
            lexicon.sources.append(str(file))
            for row in read_rows(file):
                if row.problem or not row.cells.get("term"):
                    continue
                lexicon.add(row_to_term(row))
    return with_regional_variants(lexicon) if default_lexicons else lexicon


def with_regional_variants(lexicon: Lexicon) -> Lexicon:
    """The lexicon with the regional forms of `variants.tsv` added as aliases (美丽中国 gains
    美丽河北 …), except surfaces some term already has."""
    rules = _variant_rules()
    if not rules:
        return lexicon
    taken = set(lexicon.surface_index)
    terms = []
    for term in lexicon:
        extra: list[str] = []
        for surface in term.surfaces:
            for pattern, replacements in rules:
                match = pattern.fullmatch(surface)
                if match is None:
                    continue
                for replacement in replacements:
                    variant = match.expand(replacement)
                    key = normalize(variant)
                    if key not in taken:
                        taken.add(key)
                        extra.append(variant)
        terms.append(dataclasses.replace(term, aliases=term.aliases + tuple(extra)) if extra else term)
    return Lexicon(terms, list(lexicon.sources))


@functools.cache
def place_names() -> tuple[str, ...]:
    """The provinces of `places.tsv` as written before a slogan (河北, 四川)."""
    places = lexicon_dir() / "places.tsv"
    return (
        tuple(row.cells["place"] for row in read_rows(places, key="place") if not row.problem)
        if places.exists()
        else ()
    )


@functools.cache
def _variant_rules() -> list[tuple[re.Pattern[str], list[str]]]:
    """(pattern, replacement templates) with {place} expanded to every place of places.tsv."""
    variants = lexicon_dir() / "variants.tsv"
    if not variants.exists():
        return []
    names = place_names()
    rules = []
    for row in read_rows(variants, key="pattern"):
        if row.problem:
            continue
        templates = [t for t in row.cells.get("replacement", "").split("|") if t]
        expanded = [t.replace("{place}", name) for t in templates for name in (names if "{place}" in t else [""])]
        try:
            rules.append((re.compile(row.cells["pattern"]), expanded))
        except re.error as error:
            raise LexiconError(f"{row.path}:{row.line}: bad pattern {row.cells['pattern']!r}: {error}") from None
    return rules


@functools.cache
def dictionary_words() -> tuple[str, ...]:
    """Words added to jieba's dictionary (not protected as terms): indicator names and
    aliases from `indicators.tsv`, and `words.tsv`, so that 占比 or 经营主体 segment whole."""
    words: set[str] = set()
    for name, columns in (("indicators.tsv", ("indicator", "aliases")), ("words.tsv", ("word",))):
        path = lexicon_dir() / name
        if not path.exists():
            continue
        for row in read_rows(path, key="id" if name == "indicators.tsv" else "word"):
            for column in columns:
                words.update(w.strip() for w in row.cells.get(column, "").split("|") if w.strip())
    return tuple(sorted(words))
