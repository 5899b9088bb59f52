"""Process incidents: where the employer's own process failed a candidate.

An incident file (CSV or JSON) has the columns ``candidate``, ``kind``,
``date`` (ISO ``YYYY-MM-DD``) and ``description`` (what happened, in the
organisation's words, about the process and never about the candidate). A
feedback letter to a candidate with an incident carries an accountability
paragraph: an acknowledgement in plain words and an apology.

Kinds are stable IDs; each has its own acknowledgement sentence.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from candor.errors import InputError, Problem
from candor.tables import Table, read_table

__all__ = [
    "INCIDENT_KINDS",
    "Incident",
    "incidents_for",
    "incidents_from_table",
    "read_incidents",
]

#: Incident kinds and the acknowledgement sentence each one gets (gettext msgids).
INCIDENT_KINDS: dict[str, str] = {
    "interviewer_absent": "A member of the interview panel did not attend your interview.",
    "interviewer_late": (
        "A member of the interview panel arrived late, and your interview did not run "
        "as it should have."
    ),
    "interview_cut_short": "Your interview was cut short, which should not have happened.",
    "wrong_questions": "You were asked a set of questions that did not belong to this role.",
    "decision_delayed": "Our decision took far longer than we told you it would.",
    "accessibility": "We did not provide the arrangements you asked for at your interview.",
    "communication": "We did not keep you informed as we should have during the process.",
    "other": "Part of our process did not work as it should have for you.",
}


@dataclass(frozen=True, slots=True)
class Incident:
    """A failure of the employer's process recorded for one candidate."""

    candidate: str
    kind: str
    date: dt.date | None
    description: str
    source: str | None = None
    line: int | None = None

    @property
    def id(self) -> str:
        where = f"{self.source}:{self.line}" if self.source else "incident"
        return f"{where}#{self.kind}"


def incidents_from_table(table: Table) -> tuple[Incident, ...]:
    """Validate every row; raise :class:`InputError` listing all problems."""
    table.require("candidate", "kind")
    problems: list[Problem] = []
    out: list[Incident] = []
    for row in table.rows:
        candidate = row.get("candidate")
        kind = row.get("kind").strip().lower().replace("-", "_").replace(" ", "_")
        raw_date = row.get("date").strip()
        description = " ".join(row.get("description").split())
        row_problems: list[Problem] = []
        if not candidate:
            row_problems.append(table.problem(row, "candidate", "is empty"))
        if kind not in INCIDENT_KINDS:
            row_problems.append(
                table.problem(
                    row,
                    "kind",
                    f"unknown incident kind {row.get('kind')!r} "
                    f"(known: {', '.join(INCIDENT_KINDS)})",
                )
            )
        date: dt.date | None = None
        if raw_date:
            try:
                date = dt.date.fromisoformat(raw_date)
            except ValueError:
                row_problems.append(
                    table.problem(row, "date", f"must be a date YYYY-MM-DD, got {raw_date!r}")
                )
        if row_problems:
            problems.extend(row_problems)
            continue
        out.append(
            Incident(
                candidate=candidate,
                kind=kind,
                date=date,
                description=description,
                source=table.source,
                line=row.line,
            )
        )
    InputError.raise_if(problems)
    return tuple(out)


def read_incidents(path: str | Path) -> tuple[Incident, ...]:
    """Read and validate an incident file."""
    return incidents_from_table(read_table(path))


def incidents_for(incidents: Iterable[Incident], candidate_id: str) -> tuple[Incident, ...]:
    """The incidents recorded for one candidate, oldest first."""
    mine = [i for i in incidents if i.candidate == candidate_id]
    return tuple(sorted(mine, key=lambda i: (i.date or dt.date.min, i.line or 0)))
