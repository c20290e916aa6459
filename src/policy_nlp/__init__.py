"""policy-nlp: Chinese policy and news text into structured, checkable data.

>>> import policy_nlp
>>> nlp = policy_nlp.load()
>>> doc = nlp("到2027年，R&D经费投入强度达到3.5%以上。")
>>> policy_nlp.to_record(doc)["metrics"][0]["value"]
3.5
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("policy-nlp")
except PackageNotFoundError:  # pragma: no cover - running from a source tree
    __version__ = "0.0.0+source"

from policy_nlp.pipeline.factories import COMPONENTS, load
from policy_nlp.records import SCHEMA_VERSION, to_record

__all__ = ["COMPONENTS", "SCHEMA_VERSION", "__version__", "load", "to_record"]
