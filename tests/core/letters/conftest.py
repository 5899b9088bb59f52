"""Fixtures for letter tests: the bundled demo, scored once per session."""

from __future__ import annotations

import datetime as dt
import warnings
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from candor.candidates import Candidate, read_candidates
from candor.letters import (
    DecisionRecord,
    Policy,
    decision_record,
    load_policy,
    read_incidents,
)
from candor.letters.incidents import Incident
from candor.plans import Plan, load_plan
from candor.scoring import ScoringResult, read_ratings, score

DEMO = Path(__file__).resolve().parents[3] / "src" / "candor" / "data" / "demo"
DATE = dt.date(2025, 4, 2)


def _real_lint_available() -> bool:
    try:
        from candor.language import lint  # noqa: F401
    except ImportError:
        return False
    return True


@pytest.fixture(autouse=True)
def _screening(monkeypatch: pytest.MonkeyPatch) -> None:
    """Screen with the real linter; a no-op stand-in only while candor.language is absent."""
    if not _real_lint_available():
        import candor.letters.gate as gate

        warnings.warn("candor.language.lint is not importable; screening stubbed", stacklevel=1)
        monkeypatch.setattr(
            gate,
            "_default_linter",
            lambda: lambda text, requirements=(): SimpleNamespace(findings=()),
        )


@pytest.fixture(scope="session")
def plan() -> Plan:
    return load_plan(DEMO / "plan.yaml")


@pytest.fixture(scope="session")
def result(plan: Plan) -> ScoringResult:
    return score(plan, read_ratings(DEMO / "ratings.csv", plan))


@pytest.fixture(scope="session")
def candidates() -> dict[str, Candidate]:
    return read_candidates(DEMO / "candidates.csv")


@pytest.fixture(scope="session")
def policy() -> Policy:
    return load_policy(DEMO / "policy.yaml")


@pytest.fixture(scope="session")
def incidents() -> tuple[Incident, ...]:
    return read_incidents(DEMO / "incidents.csv")


@pytest.fixture(scope="session")
def record(
    plan: Plan,
    result: ScoringResult,
    candidates: dict[str, Candidate],
    incidents: tuple[Incident, ...],
) -> Any:
    def make(cid: str, *, internal: bool | None = None) -> DecisionRecord:
        cand = candidates[cid]
        if internal is not None:
            cand = Candidate(cand.id, cand.name, internal, cand.email)
        return decision_record(plan, result.candidate(cid), cand, incidents=incidents)

    return make
