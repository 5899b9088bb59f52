"""Between ORM rows and the core's plan objects (the only place the two meet for hiring)."""

from __future__ import annotations

from functools import lru_cache

from candor.candidates import Candidate as CoreCandidate
from candor.candidates import candidates_from_table
from candor.errors import InputError
from candor.plans import Plan, parse_plan
from candor.tables import Table, parse_table_text
from candor_web.errors import FieldProblem
from candor_web.hiring.models import PlanVersion


@lru_cache(maxsize=128)
def _parse_cached(source_yaml: str) -> Plan:
    return parse_plan(source_yaml, source="plan.yaml")


def plan_parse(text: str, *, source: str = "plan.yaml") -> Plan:
    """Validate plan YAML with the core; raises :class:`candor.errors.InputError`."""
    return parse_plan(text, source=source)


def plan_of(plan_version: PlanVersion) -> Plan:
    """The core ``Plan`` of a stored version (parsed once per process and text)."""
    return _parse_cached(plan_version.source_yaml)


def field_problems(exc: InputError) -> list[FieldProblem]:
    return [FieldProblem(p.message, p.field, p.line) for p in exc.problems]


def decode_upload(data: bytes) -> str:
    """Text of an uploaded CSV: UTF-8 (with or without BOM), else Windows-1252."""
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")


def candidates_parse(data: bytes, *, source: str) -> tuple[Table, dict[str, CoreCandidate]]:
    """Parse and validate a candidates CSV with the core; raises ``InputError``."""
    table = parse_table_text(decode_upload(data), source=source)
    return table, candidates_from_table(table)
