from __future__ import annotations

from pathlib import Path

import pytest

from candor.errors import PlanError
from candor.letters import DEFAULT_POLICY, load_policy, parse_policy

DEMO = Path(__file__).resolve().parents[3] / "src" / "candor" / "data" / "demo"


def test_demo_policy_loads_with_its_settings() -> None:
    p = load_policy(DEMO / "policy.yaml")
    assert p.internal_level == "full"
    assert p.external_level == "criteria"
    assert p.conversation_internal and not p.conversation_external
    assert p.response_days == 5
    assert p.retention_months == 12
    assert p.signature is not None and p.signature.name == "Li Chen"
    assert [r.id for r in p.resources][:1] == ["ohiomeansjobs"]
    assert p.version.startswith("sha256:")


def test_default_policy_states_no_retention_period() -> None:
    assert DEFAULT_POLICY.retention_months is None
    assert DEFAULT_POLICY.internal_level == "full"


def test_unknown_level_is_reported_with_its_line() -> None:
    with pytest.raises(PlanError) as exc:
        parse_policy("policy: 1\nfeedback:\n  external: detailed\n", source="p.yaml")
    (problem,) = exc.value.problems
    assert problem.line == 3
    assert problem.field == "feedback.external"
    assert "detailed" in problem.message and "criteria" in problem.message


def test_full_feedback_is_not_an_external_level() -> None:
    with pytest.raises(PlanError, match="internal candidates"):
        parse_policy("feedback: {external: full}\n")


def test_every_problem_is_reported_at_once() -> None:
    text = (
        "response_days: 0\nretention: {text: We keep things}\nsignature: {title: HR}\n"
        "colour: red\nresources:\n  - {id: x, name: X, description: d, needs: [astrology]}\n"
    )
    with pytest.raises(PlanError) as exc:
        parse_policy(text)
    fields = {p.field for p in exc.value.problems}
    assert {
        "response_days",
        "retention.months",
        "signature.name",
        "colour",
        "resources[0].needs[0]",
        "resources[0]",
    } <= fields


def test_retention_text_must_state_the_period() -> None:
    with pytest.raises(PlanError, match="retention period"):
        parse_policy("retention: {months: 12, text: We keep applications for a year.}\n")


def test_missing_letterhead_template_is_an_error(tmp_path: Path) -> None:
    f = tmp_path / "policy.yaml"
    f.write_text("letterhead: {template: nowhere.html.j2}\n", encoding="utf-8")
    with pytest.raises(PlanError, match="template file not found"):
        load_policy(f)
