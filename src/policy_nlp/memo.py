"""A bounded memo for pure functions of short strings (words, windows, surfaces).

Documents repeat the same words, so components remember per-word results; the memo stops
growing at `limit` entries so that a long batch keeps flat memory. Each component owns its
memo (no module-level state).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

V = TypeVar("V")
_MISSING = object()


class BoundedMemo(Generic[V]):
    def __init__(self, compute: Callable[[str], V], limit: int = 200_000) -> None:
        self.compute = compute
        self.limit = limit
        self._values: dict[str, V] = {}

    def __call__(self, key: str) -> V:
        value = self._values.get(key, _MISSING)
        if value is not _MISSING:
            return value  # type: ignore[return-value]
        value = self.compute(key)
        if len(self._values) < self.limit:
            self._values[key] = value
        return value
