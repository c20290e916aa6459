"""policy-nlp: Chinese policy and news text into structured, checkable data.

    >>> import policy_nlp
    >>> nlp = policy_nlp.load()
    >>> doc = nlp("到2028年，全区R&D投入强度升至2.9%以上。")
    >>> policy_nlp.to_record(doc)["metrics"][0]["value"]
    2.9

`load`, `to_record` and the rest are imported on first use, so that tools which only
read or write records (the batch parent process, `tables`) start without spaCy.
"""

from __future__ import annotations

from importlib import import_module
from importlib.metadata import PackageNotFoundError, version
from typing import Any

try:
    __version__ = version("policy-nlp")
except PackageNotFoundError:  # pragma: no cover - running from a source tree
    __version__ = "0.0.0+source"

_LAZY = {
    "load": "policy_nlp.pipeline.factories",
    "COMPONENTS": "policy_nlp.pipeline.factories",
    "to_record": "policy_nlp.records",
    "SCHEMA_VERSION": "policy_nlp.records",
}

__all__ = ["COMPONENTS", "SCHEMA_VERSION", "__version__", "load", "to_record"]


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'policy_nlp' has no attribute {name!r}")
