"""The one error a service raises when it refuses a change.

Views catch :class:`ServiceError` and show its message (and, when ``field`` is
set, attach it to that form field). ``code`` is stable, so tests and callers
can tell refusals apart without parsing text.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class FieldProblem:
    """One problem with one input field (``field`` is ``None`` for the whole input)."""

    message: str
    field: str | None = None
    line: int | None = None

    def __str__(self) -> str:
        where = []
        if self.line is not None:
            where.append(f"line {self.line}")
        if self.field:
            where.append(self.field)
        return f"{', '.join(where)}: {self.message}" if where else self.message


class ServiceError(Exception):
    """A service refused a change; nothing was written."""

    def __init__(
        self,
        message: str,
        *,
        code: str,
        field: str | None = None,
        problems: Iterable[FieldProblem] = (),
    ) -> None:
        super().__init__(message)
        self.message = message
        self.code = code
        self.field = field
        self.problems: tuple[FieldProblem, ...] = tuple(problems)
