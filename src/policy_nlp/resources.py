"""Where shipped data lives: inside the installed package, or at the repository root.

A wheel carries `lexicons/`, `models/` and `corpus/` under `policy_nlp/data/`; an editable
install or a source checkout reads them from the repository's top level.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

_PACKAGE_DATA = Path(__file__).resolve().parent / "data"
_REPO_ROOT = Path(__file__).resolve().parents[2]


def data_dir(name: str) -> Path:
    """Path of a shipped data folder (`lexicons`, `models`, `corpus`)."""
    packaged = _PACKAGE_DATA / name
    if packaged.is_dir():
        return packaged
    return _REPO_ROOT / name


def lexicon_dir() -> Path:
    return data_dir("lexicons")


def corpus_dir() -> Path:
    return data_dir("corpus")


def models_dir() -> Path:
    return data_dir("models")


def cache_dir() -> Path:
    """A writable cache folder (`POLICY_NLP_CACHE`, else ~/.cache/policy-nlp, else a temp dir)."""
    candidates = []
    if os.environ.get("POLICY_NLP_CACHE"):
        candidates.append(Path(os.environ["POLICY_NLP_CACHE"]))
    xdg = os.environ.get("XDG_CACHE_HOME")
    candidates.append(Path(xdg) / "policy-nlp" if xdg else Path.home() / ".cache" / "policy-nlp")
    candidates.append(Path(tempfile.gettempdir()) / f"policy-nlp-{os.getuid() if hasattr(os, 'getuid') else 0}")
    for path in candidates:
        try:
            path.mkdir(parents=True, exist_ok=True)
            probe = path / ".write-test"
            probe.write_text("ok", encoding="utf-8")
            probe.unlink()
            return path
        except OSError:
            continue
    return Path(tempfile.mkdtemp(prefix="policy-nlp-"))
