"""Options of a record, kept apart so that light processes can pass them without spaCy."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class RecordOptions:
    include_text: bool = True
    include_tokens: bool = False
    unwrap: bool = True  # join the lines of hard-wrapped text before the run (policy_nlp.unwrap)
