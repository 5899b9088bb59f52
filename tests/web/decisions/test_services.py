"""Consensus and the decision record."""

from __future__ import annotations

import pytest
from django.core.exceptions import PermissionDenied

from candor_web.audit.models import AuditEvent
from candor_web.decisions.models import Decision
from candor_web.decisions.selectors import consensus_get
from candor_web.decisions.services import ALREADY_DECIDED, NOT_READY, decision_record
from candor_web.errors import ServiceError
from candor_web.hiring.services import application_close_round
from tests.web.factories import World, submit


def all_in(world: World, ref: str, levels: list[int]) -> None:
    for who, level in zip(("i1", "i2", "i3"), levels, strict=True):
        submit(world.a, who, ref, level)


def record(world: World, ref: str, outcome: str, **kw: object) -> Decision:
    return decision_record(
        actor=world.a["recruiter"],
        application=world.a.applications[ref],
        outcome=outcome,
        criteria=kw.get("criteria", []),  # type: ignore[arg-type]
        note=kw.get("note", ""),  # type: ignore[arg-type]
        plan_hash=kw.get("plan_hash", world.a.plan_hash),  # type: ignore[arg-type]
    )


def test_consensus_shows_every_rating_with_flags_and_aggregate(world: World) -> None:
    submit(world.a, "i1", "C01", 2)
    submit(world.a, "i2", "C01", 4)
    submit(
        world.a,
        "i3",
        "C01",
        {"safety": 3, "people": 3, "problem_solving": 3, "planning": 3, "communication": 3},
    )
    c = consensus_get(user=world.a["recruiter"], application=world.a.applications["C01"])
    assert c.ready and c.result is not None
    assert [r for r, _ in c.raters] == ["nf-i1", "nf-i2", "nf-i3"]
    safety = c.rows[0]
    assert [cell.level for cell in safety.cells] == [2, 4, 3]
    assert safety.result.value == pytest.approx(3.0)
    assert safety.result.disagreement  # spread 2 >= the plan's disagreement_spread
    assert c.result.overall == pytest.approx(3.0)


def test_decision_waits_for_every_scorecard_or_a_closed_round(world: World) -> None:
    submit(world.a, "i1", "C02", 4)
    c = consensus_get(user=world.a["recruiter"], application=world.a.applications["C02"])
    assert not c.ready and len(c.missing) == 2
    with pytest.raises(ServiceError) as err:
        record(world, "C02", "selected")
    assert err.value.message == NOT_READY
    application_close_round(actor=world.a["recruiter"], application=world.a.applications["C02"])
    world.a.applications["C02"].refresh_from_db()
    c = consensus_get(user=world.a["recruiter"], application=world.a.applications["C02"])
    assert c.ready and c.result is not None and c.result.complete
    decision = record(world, "C02", "selected")
    assert decision.rule_outcome == "selected" and not decision.overridden
    event = AuditEvent.objects.get(action="candor.decision.recorded")
    assert event.payload["missing_at_close"] == ["nf-i2", "nf-i3"]


def test_decision_under_the_rule_with_reasons_tied_to_criteria(world: World) -> None:
    all_in(world, "C01", [2, 2, 3])  # below the bar everywhere
    decision = record(world, "C01", "not_selected")
    assert decision.rule_method == "top_n@1" and decision.rule_outcome == "not_selected"
    assert set(decision.criteria) == {
        "safety",
        "people",
        "problem_solving",
        "planning",
        "communication",
    }
    assert all(r["code"] for r in decision.reasons)


def test_override_needs_criteria_and_a_screened_note(world: World) -> None:
    all_in(world, "C01", [2, 2, 3])
    with pytest.raises(ServiceError) as err:
        record(world, "C01", "selected")
    assert {p.field for p in err.value.problems} == {"criteria", "note"}
    with pytest.raises(ServiceError) as err:
        record(world, "C01", "selected", criteria=["safety"], note="He is too old to learn.")
    assert [p.field for p in err.value.problems] == ["note"]
    decision = record(
        world,
        "C01",
        "selected",
        criteria=["safety"],
        note="Safety example verified with references.",
    )
    assert decision.overridden


def test_second_decision_is_refused(world: World) -> None:
    all_in(world, "C01", [4, 4, 4])
    first = record(world, "C01", "selected")
    assert len(first.criteria) == 5  # "met the bar on every criterion" rests on all of them
    with pytest.raises(ServiceError) as err:
        record(world, "C01", "not_selected", criteria=["safety"], note="Changed mind.")
    assert err.value.message == ALREADY_DECIDED
    assert Decision.objects.count() == 1


def test_stale_plan_and_roles(world: World) -> None:
    all_in(world, "C01", [4, 4, 4])
    with pytest.raises(ServiceError) as err:
        record(world, "C01", "selected", plan_hash="sha256:old")
    assert err.value.code == "stale_plan"
    with pytest.raises(PermissionDenied):
        decision_record(
            actor=world.a["analyst"],
            application=world.a.applications["C01"],
            outcome="selected",
            criteria=[],
            note="",
            plan_hash=world.a.plan_hash,
        )
    with pytest.raises(Exception):  # noqa: B017  another organisation's application
        decision_record(
            actor=world.b["recruiter"],
            application=world.a.applications["C01"],
            outcome="selected",
            criteria=[],
            note="",
            plan_hash=world.a.plan_hash,
        )
    assert Decision.objects.count() == 0


def test_scorecards_are_frozen_after_the_decision(world: World) -> None:
    all_in(world, "C01", [4, 4, 4])
    record(world, "C01", "selected")
    from candor_web.scorecards.models import Scorecard
    from candor_web.scorecards.services import scorecard_correct
    from tests.web.factories import entries

    card = Scorecard.objects.get(interviewer=world.a["i1"], application=world.a.applications["C01"])
    with pytest.raises(ServiceError) as err:
        scorecard_correct(
            actor=world.a["i1"], scorecard=card, base_revision=1, entries=entries(3), reason="x"
        )
    assert err.value.code == "decided"
