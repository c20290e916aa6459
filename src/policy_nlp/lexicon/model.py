"""The lexicon data model: canonical terms with their surface forms."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from policy_nlp.normalize import normalize


@dataclass(frozen=True)
class Term:
    """One canonical policy term and its variants."""

    term: str
    category: str
    policy_tool: str = ""
    sub_tool: str = ""
    aliases: tuple[str, ...] = ()
    note: str = ""
    source: str = ""  # file:line it was read from

    @property
    def surfaces(self) -> tuple[str, ...]:
        return (self.term, *self.aliases)


@dataclass
class Lexicon:
    """A set of terms, indexed by normalised surface form.

    When two files give the same surface, the first loaded wins (shipped before user
    lexicons, so a user file adds; use `--no-default-lexicons` to replace).
    """

    terms: list[Term] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._by_surface: dict[str, Term] = {}
        self._hash: str | None = None
        for term in self.terms:
            self._index(term)

    def _index(self, term: Term) -> None:
        for surface in term.surfaces:
            key = normalize(surface)
            if key and key not in self._by_surface:
                self._by_surface[key] = term

    def add(self, term: Term) -> None:
        self.terms.append(term)
        self._index(term)
        self._hash = None

    def lookup(self, surface: str) -> Term | None:
        """The term for a surface form (matched after normalisation), or None."""
        return self._by_surface.get(normalize(surface))

    @property
    def surface_index(self) -> dict[str, Term]:
        return self._by_surface

    def __len__(self) -> int:
        return len(self.terms)

    def __iter__(self):
        return iter(self.terms)

    @property
    def hash(self) -> str:
        """A short content hash: records carry it so results can be traced to the vocabulary.
        Computed once (every record asks for it) and again only after `add`."""
        if self._hash is None:
            digest = hashlib.sha256()
            for term in self.terms:
                row = "\t".join((term.term, term.category, term.policy_tool, term.sub_tool, "|".join(term.aliases)))
                digest.update(row.encode("utf-8") + b"\n")
            self._hash = digest.hexdigest()[:16]
        return self._hash
