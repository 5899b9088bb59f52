"""Candidates: who is being assessed, and whether they are internal applicants."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from candor.errors import InputError, Problem
from candor.tables import Table, read_table

__all__ = ["Candidate", "candidates_from_table", "parse_bool", "read_candidates"]

_TRUE = {"1", "true", "yes", "y", "t", "internal"}
_FALSE = {"0", "false", "no", "n", "f", "external", ""}


@dataclass(frozen=True, slots=True)
class Candidate:
    """A candidate for one position. ``internal`` means an employee applying for a
    promotion or transfer, who is owed full developmental feedback."""

    id: str
    name: str = ""
    internal: bool = False
    email: str = ""

    @property
    def display_name(self) -> str:
        return self.name or self.id


def parse_bool(value: str) -> bool | None:
    """Parse the yes/no spellings found in exports; ``None`` when it is neither."""
    v = value.strip().casefold()
    if v in _TRUE:
        return True
    if v in _FALSE:
        return False
    return None


def candidates_from_table(table: Table) -> dict[str, Candidate]:
    """Columns: ``candidate`` (or ``id``), ``name``, ``internal`` (or ``type``), ``email``."""
    id_col = next((c for c in ("candidate", "candidate_id", "id") if c in table.columns), None)
    if id_col is None:
        table.require("candidate")
    assert id_col is not None
    kind_col = next((c for c in ("internal", "type", "applicant_type") if c in table.columns), None)
    problems: list[Problem] = []
    result: dict[str, Candidate] = {}
    for row in table.rows:
        cid = row.get(id_col)
        if not cid:
            problems.append(table.problem(row, id_col, "is empty"))
            continue
        internal = False
        if kind_col:
            parsed = parse_bool(row.get(kind_col))
            if parsed is None:
                problems.append(
                    table.problem(
                        row,
                        kind_col,
                        f"must be internal/external or yes/no, got {row.get(kind_col)!r}",
                    )
                )
                continue
            internal = parsed
        if cid in result:
            problems.append(table.problem(row, id_col, f"duplicate candidate {cid!r}"))
            continue
        result[cid] = Candidate(
            id=cid, name=row.get("name"), internal=internal, email=row.get("email")
        )
    InputError.raise_if(problems)
    return result


def read_candidates(path: str | Path) -> dict[str, Candidate]:
    return candidates_from_table(read_table(path))
