"""Policy-term lexicons: the data model, loading from TSV, the matcher and the linter."""

from policy_nlp.lexicon.load import CATEGORIES, POLICY_TOOLS, SUB_TOOLS, load_lexicon, read_rows
from policy_nlp.lexicon.model import Lexicon, Term

__all__ = ["CATEGORIES", "POLICY_TOOLS", "SUB_TOOLS", "Lexicon", "Term", "load_lexicon", "read_rows"]
