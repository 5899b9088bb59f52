"""Ratings: one interviewer's level for one criterion of one candidate, with evidence."""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from candor.errors import InputError, Problem
from candor.plans.model import Plan
from candor.tables import Table, read_table

__all__ = ["RATINGS_COLUMNS", "Rating", "ratings_from_table", "read_ratings", "validate_ratings"]

#: The columns of a ratings file. ``evidence`` is optional; a blank ``rating``
#: records a panel member who has not (yet) rated that criterion.
RATINGS_COLUMNS = ("candidate", "rater", "criterion", "rating", "evidence")

_ALIASES = {
    "candidate_id": "candidate",
    "applicant": "candidate",
    "applicant_id": "candidate",
    "interviewer": "rater",
    "rater_id": "rater",
    "interviewer_id": "rater",
    "criterion_id": "criterion",
    "competency": "criterion",
    "score": "rating",
    "level": "rating",
    "notes": "evidence",
    "note": "evidence",
    "comment": "evidence",
}


@dataclass(frozen=True, slots=True)
class Rating:
    """One rating. ``level`` is ``None`` when the rater has not rated (missing)."""

    candidate: str
    rater: str
    criterion: str
    level: int | None
    evidence: str = ""
    source: str | None = None
    line: int | None = None


def _column_map(table: Table) -> dict[str, str]:
    mapping: dict[str, str] = {}
    for col in table.columns:
        canonical = _ALIASES.get(col, col)
        if canonical in RATINGS_COLUMNS and canonical not in mapping:
            mapping[canonical] = col
    return mapping


def ratings_from_table(table: Table, plan: Plan) -> tuple[Rating, ...]:
    """Validate every row of ``table`` against ``plan``; raise listing all problems."""
    cols = _column_map(table)
    missing = [c for c in ("candidate", "rater", "criterion", "rating") if c not in cols]
    if missing:
        have = ", ".join(table.columns)
        raise InputError(
            Problem(f"missing column {c!r} (the header has: {have})", table.source, 1, c)
            for c in missing
        )
    known = set(plan.criterion_ids)
    problems: list[Problem] = []
    ratings: list[Rating] = []
    seen: dict[tuple[str, str, str], int] = {}
    lo, hi = plan.scale.min, plan.scale.max
    for row in table.rows:
        candidate = row.get(cols["candidate"])
        rater = row.get(cols["rater"])
        criterion = row.get(cols["criterion"])
        raw = row.get(cols["rating"])
        evidence = row.get(cols["evidence"]) if "evidence" in cols else ""
        row_problems: list[Problem] = []
        for name, value in (("candidate", candidate), ("rater", rater), ("criterion", criterion)):
            if not value:
                row_problems.append(table.problem(row, cols[name], "is empty"))
        if criterion and criterion not in known:
            # Accept the criterion's name as well as its ID (exports often carry names).
            by_name = {c.name.casefold(): c.id for c in plan.criteria}
            if criterion.casefold() in by_name:
                criterion = by_name[criterion.casefold()]
            else:
                row_problems.append(
                    table.problem(
                        row,
                        cols["criterion"],
                        f"unknown criterion {criterion!r} (the plan has: {', '.join(sorted(known))})",
                    )
                )
        level: int | None = None
        if raw:
            try:
                number = (
                    float(raw.replace(",", "."))
                    if raw.count(",") == 1 and "." not in raw
                    else float(raw)
                )
            except ValueError:
                number = math.nan
            if not math.isfinite(number):
                row_problems.append(
                    table.problem(
                        row, cols["rating"], f"must be a whole number {lo}-{hi}, got {raw!r}"
                    )
                )
            elif not number.is_integer():
                row_problems.append(
                    table.problem(
                        row,
                        cols["rating"],
                        f"must be a whole number {lo}-{hi} (the scale has no half levels), got {raw!r}",
                    )
                )
            elif not lo <= number <= hi:
                row_problems.append(
                    table.problem(
                        row, cols["rating"], f"must be on the scale {lo}-{hi}, got {raw!r}"
                    )
                )
            else:
                level = int(number)
        key = (candidate, rater, criterion)
        if candidate and rater and criterion:
            if key in seen:
                row_problems.append(
                    table.problem(
                        row,
                        cols["rater"],
                        f"duplicate rating of {criterion!r} for candidate {candidate!r} by {rater!r} "
                        f"(first on line {seen[key]})",
                    )
                )
            else:
                seen[key] = row.line
        if row_problems:
            problems.extend(row_problems)
            continue
        ratings.append(
            Rating(
                candidate=candidate,
                rater=rater,
                criterion=criterion,
                level=level,
                evidence=evidence,
                source=table.source,
                line=row.line,
            )
        )
    InputError.raise_if(problems)
    return tuple(ratings)


def read_ratings(path: str | Path, plan: Plan) -> tuple[Rating, ...]:
    """Read and validate a ratings file (CSV or JSON) against ``plan``."""
    return ratings_from_table(read_table(path), plan)


def validate_ratings(ratings: Iterable[Rating], plan: Plan) -> None:
    """Check ratings built in code (not read from a file) against the plan."""
    problems: list[Problem] = []
    known = set(plan.criterion_ids)
    seen: set[tuple[str, str, str]] = set()
    for r in ratings:

        def problem(field: str, message: str, r: Rating = r) -> Problem:
            return Problem(message, source=r.source, line=r.line, field=field)

        if r.criterion not in known:
            problems.append(problem("criterion", f"unknown criterion {r.criterion!r}"))
        if r.level is not None and not plan.scale.min <= r.level <= plan.scale.max:
            problems.append(
                problem(
                    "rating",
                    f"must be on the scale {plan.scale.min}-{plan.scale.max}, got {r.level}",
                )
            )
        key = (r.candidate, r.rater, r.criterion)
        if key in seen:
            problems.append(
                problem(
                    "rater",
                    f"duplicate rating of {r.criterion!r} for {r.candidate!r} by {r.rater!r}",
                )
            )
        seen.add(key)
    InputError.raise_if(problems)
