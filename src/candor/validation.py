"""Validating YAML documents (plans, policies) with every problem collected at once.

A :class:`Checker` reads values out of a parsed :class:`~candor.yamlio.Document`
and, instead of raising at the first problem, records each one with its path
(``criteria[2].weight``) and line, so the caller can raise them all together.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from typing import Any

from candor.errors import Problem
from candor.yamlio import Document

__all__ = ["ID_PATTERN", "Checker"]

#: Identifiers users write in plans and policies: letters, digits, ``_ - .``; at most 64.
ID_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")


class Checker:
    """Collects problems while reading a document; never raises half-way.

    ``required`` is the default for :meth:`mapping`, :meth:`sequence` and
    :meth:`text` (a plan requires most keys, a policy few); ``collapse`` folds
    runs of white space in texts into single spaces.
    """

    def __init__(self, doc: Document, *, required: bool = True, collapse: bool = False) -> None:
        self.doc = doc
        self.problems: list[Problem] = []
        self._required = required
        self._collapse = collapse

    def add(self, path: str, message: str) -> None:
        self.problems.append(self.doc.problem(path, message))

    def text(
        self, obj: Mapping[str, Any], key: str, path: str, *, required: bool | None = None
    ) -> str:
        value = obj.get(key)
        where = f"{path}.{key}" if path else key
        if value is None or (isinstance(value, str) and not value.strip()):
            if self._required if required is None else required:
                self.add(where, "is required")
            return ""
        if isinstance(value, bool) or not isinstance(value, str | int | float):
            self.add(where, f"must be text, got {type(value).__name__}")
            return ""
        return " ".join(str(value).split()) if self._collapse else str(value).strip()

    def ident(self, obj: Mapping[str, Any], key: str, path: str) -> str:
        value = self.text(obj, key, path, required=True)
        if value and not ID_PATTERN.match(value):
            self.add(
                f"{path}.{key}",
                f"{value!r} is not a valid ID (letters, digits, '_', '-', '.'; at most 64)",
            )
        return value

    def number(
        self,
        value: Any,
        path: str,
        *,
        integer: bool = False,
        minimum: float | None = None,
        exclusive_minimum: float | None = None,
    ) -> float | None:
        if isinstance(value, bool) or not isinstance(value, int | float):
            self.add(path, f"must be a {'whole number' if integer else 'number'}, got {value!r}")
            return None
        if not math.isfinite(value):
            self.add(path, "must be a finite number")
            return None
        if integer and not float(value).is_integer():
            self.add(path, f"must be a whole number, got {value!r}")
            return None
        if minimum is not None and value < minimum:
            self.add(path, f"must be at least {minimum:g}, got {value!r}")
            return None
        if exclusive_minimum is not None and value <= exclusive_minimum:
            self.add(path, f"must be greater than {exclusive_minimum:g}, got {value!r}")
            return None
        return float(value)

    def whole(self, value: Any, path: str, default: int, *, lo: int, hi: int) -> int:
        """A whole number between ``lo`` and ``hi``; ``default`` when absent or wrong."""
        if value is None:
            return default
        if isinstance(value, bool) or not isinstance(value, int):
            self.add(path, f"must be a whole number, got {value!r}")
            return default
        if not lo <= value <= hi:
            self.add(path, f"must be between {lo} and {hi}, got {value}")
            return default
        return value

    def flag(self, obj: Mapping[str, Any], key: str, path: str, default: bool) -> bool:
        value = obj.get(key, default)
        if not isinstance(value, bool):
            self.add(f"{path}.{key}", f"must be true or false, got {value!r}")
            return default
        return value

    def mapping(self, value: Any, path: str, *, required: bool | None = None) -> Mapping[str, Any]:
        if value is None:
            if self._required if required is None else required:
                self.add(path, "is required")
            return {}
        if not isinstance(value, Mapping):
            self.add(path, f"must be a mapping, got {type(value).__name__}")
            return {}
        return value

    def sequence(self, value: Any, path: str, *, required: bool | None = None) -> list[Any]:
        if value is None:
            if self._required if required is None else required:
                self.add(path, "is required")
            return []
        if not isinstance(value, list):
            self.add(path, f"must be a list, got {type(value).__name__}")
            return []
        return value

    def unknown(self, obj: Mapping[str, Any], path: str, known: set[str]) -> None:
        for key in obj:
            if key not in known:
                where = f"{path}.{key}" if path else str(key)
                self.add(where, f"unknown key (known: {', '.join(sorted(known))})")
