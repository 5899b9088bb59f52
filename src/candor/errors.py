"""The one error hierarchy of the core.

Every error that comes from bad input carries a list of :class:`Problem` objects,
each naming where it is (file, line, field) so a person can fix it, and all
problems are reported at once rather than one per run.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

__all__ = ["CandorError", "InputError", "PlanError", "Problem", "UndefinedError"]


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with an input, and where it is.

    ``source`` is a file name (or ``"<stdin>"``), ``line`` a 1-based line number
    in that file (``None`` for a whole-file problem), ``field`` a column name or a
    dotted path into a document such as ``criteria[2].weight``.
    """

    message: str
    source: str | None = None
    line: int | None = None
    field: str | None = None

    def __str__(self) -> str:
        where = ""
        if self.source:
            where = self.source
            if self.line is not None:
                where += f":{self.line}"
        if self.field:
            where = f"{where}: {self.field}" if where else self.field
        return f"{where}: {self.message}" if where else self.message


class CandorError(Exception):
    """Base class of every error candor raises on purpose."""


class InputError(CandorError, ValueError):
    """Input that cannot be used; carries every problem found, not only the first."""

    def __init__(self, problems: Iterable[Problem] | Problem | str) -> None:
        if isinstance(problems, str):
            problems = [Problem(problems)]
        elif isinstance(problems, Problem):
            problems = [problems]
        self.problems: tuple[Problem, ...] = tuple(problems)
        if not self.problems:
            raise ValueError("InputError needs at least one problem")
        super().__init__("\n".join(str(p) for p in self.problems))

    @classmethod
    def raise_if(cls, problems: Sequence[Problem]) -> None:
        """Raise with ``problems`` when there are any."""
        if problems:
            raise cls(problems)


class PlanError(InputError):
    """A selection plan or policy that fails validation."""


class UndefinedError(CandorError):
    """A statistic that is not defined for the data given, with the reason."""
