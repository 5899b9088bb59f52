"""Scorecards: independent, locked on submission, corrected by revision, screened."""

from __future__ import annotations

import pytest
from django.core.exceptions import PermissionDenied

from candor_web.audit.models import AuditEvent
from candor_web.errors import ServiceError
from candor_web.hiring.services import application_close_round, plan_update
from candor_web.scorecards.models import Scorecard, ScorecardRating, ScorecardRevision
from candor_web.scorecards.selectors import (
    HiddenUntilSubmitted,
    can_see_all_scorecards,
    scorecards_visible,
)
from candor_web.scorecards.services import (
    ALREADY_SUBMITTED,
    STALE_PLAN,
    Entry,
    scorecard_correct,
    scorecard_submit,
)
from tests.web.factories import CRITERIA, PLAN_YAML, World, entries, submit

RISKY = "He is too old for the night shift."


def counts() -> tuple[int, int, int, int]:
    return (
        Scorecard.objects.count(),
        ScorecardRevision.objects.count(),
        ScorecardRating.objects.count(),
        AuditEvent.objects.count(),
    )


def test_submit_writes_ratings_and_an_event(world: World) -> None:
    card = submit(
        world.a,
        "i1",
        "C01",
        {"safety": 5, "people": 4, "problem_solving": 3, "planning": 2, "communication": 1},
    )
    assert card.current_revision is not None and card.current_revision.number == 1
    levels = dict(card.current_revision.ratings.values_list("criterion_id", "level"))
    assert levels == {
        "safety": 5,
        "people": 4,
        "problem_solving": 3,
        "planning": 2,
        "communication": 1,
    }
    event = AuditEvent.objects.get(action="candor.scorecard.submitted")
    assert event.payload["ratings"]["safety"] == 5 and event.actor_id == world.a["i1"].pk


def test_double_submission_is_refused_and_writes_nothing(world: World) -> None:
    submit(world.a, "i1", "C01")
    before = counts()
    with pytest.raises(ServiceError) as err:
        submit(world.a, "i1", "C01", 5)
    assert err.value.code == "already_submitted" and err.value.message == ALREADY_SUBMITTED
    assert counts() == before


def test_not_on_panel_is_refused(world: World) -> None:
    before = counts()
    with pytest.raises(ServiceError) as err:
        submit(world.a, "outsider", "C01")
    assert err.value.code == "not_on_panel"
    with pytest.raises(ServiceError):  # another organisation's interviewer
        scorecard_submit(
            actor=world.b["i1"],
            application=world.a.applications["C01"],
            plan_hash=world.a.plan_hash,
            entries=entries(),
        )
    with pytest.raises(PermissionDenied):  # a recruiter does not rate
        submit(world.a, "recruiter", "C01")
    assert counts() == before


@pytest.mark.parametrize("level", ["0", "6", "3.5", "three", ""])
def test_rating_outside_the_scale_is_refused(world: World, level: str) -> None:
    bad = entries(3)
    bad["planning"] = Entry(level, "Planned the shift.")
    before = counts()
    with pytest.raises(ServiceError) as err:
        scorecard_submit(
            actor=world.a["i1"],
            application=world.a.applications["C01"],
            plan_hash=world.a.plan_hash,
            entries=bad,
        )
    assert [p.field for p in err.value.problems] == ["rating_planning"]
    assert counts() == before


def test_missing_evidence_is_refused(world: World) -> None:
    with pytest.raises(ServiceError) as err:
        submit(world.a, "i1", "C01", evidence="  ")
    assert {p.field for p in err.value.problems} == {f"evidence_{c}" for c in CRITERIA}


def test_stale_form_after_plan_change_is_refused(world: World) -> None:
    opened_with = world.a.plan_hash
    position = world.a.position
    assert position is not None
    plan_update(
        actor=world.a["recruiter"],
        position=position,
        plan_yaml=PLAN_YAML.replace("overall: 3.0", "overall: 3.5"),
        base_hash=opened_with,
    )
    before = counts()
    with pytest.raises(ServiceError) as err:
        scorecard_submit(
            actor=world.a["i1"],
            application=world.a.applications["C01"],
            plan_hash=opened_with,
            entries=entries(),
        )
    assert err.value.message == STALE_PLAN
    assert counts() == before


def test_error_finding_blocks_submission_until_rephrased(world: World) -> None:
    with pytest.raises(ServiceError) as err:
        submit(world.a, "i1", "C01", evidence=RISKY)
    assert err.value.code == "invalid"
    fields = {p.field for p in err.value.problems}
    assert fields == {f"evidence_{c}" for c in CRITERIA}
    assert "too old" in err.value.problems[0].message
    assert Scorecard.objects.count() == 0
    submit(world.a, "i1", "C01", evidence="Described stopping the press for a failed guard.")


def test_round_closed_refuses_late_scorecards(world: World) -> None:
    submit(world.a, "i1", "C01")
    application_close_round(actor=world.a["recruiter"], application=world.a.applications["C01"])
    with pytest.raises(ServiceError) as err:
        submit(world.a, "i2", "C01")
    assert err.value.code == "round_closed"


def test_correction_is_a_new_revision(world: World) -> None:
    card = submit(world.a, "i1", "C01", 3)
    revision = scorecard_correct(
        actor=world.a["i1"],
        scorecard=card,
        base_revision=1,
        entries=entries({**dict.fromkeys(CRITERIA, 3), "planning": 4}),
        reason="Mis-clicked planning.",
    )
    assert revision.number == 2
    first = ScorecardRevision.objects.get(scorecard=card, number=1)
    assert dict(first.ratings.values_list("criterion_id", "level"))["planning"] == 3
    card.refresh_from_db()
    assert card.current_revision == revision
    event = AuditEvent.objects.get(action="candor.scorecard.corrected")
    assert event.payload["changed"] == {"planning": [3, 4]}
    with pytest.raises(ServiceError) as err:  # the same correction from a second tab
        scorecard_correct(
            actor=world.a["i1"], scorecard=card, base_revision=1, entries=entries(3), reason="x"
        )
    assert err.value.code == "stale_revision"
    with pytest.raises(ServiceError) as err:
        scorecard_correct(
            actor=world.a["i2"], scorecard=card, base_revision=2, entries=entries(3), reason="x"
        )
    assert err.value.code == "not_on_panel"


def test_colleagues_ratings_hidden_until_own_submitted(world: World) -> None:
    submit(world.a, "i1", "C01")
    app = world.a.applications["C01"]
    with pytest.raises(HiddenUntilSubmitted):
        scorecards_visible(user=world.a["i2"], application=app)
    assert not can_see_all_scorecards(user=world.a["outsider"], application=app)
    assert not can_see_all_scorecards(user=world.b["i1"], application=app)
    submit(world.a, "i2", "C01")
    assert len(scorecards_visible(user=world.a["i2"], application=app)) == 2
    assert len(scorecards_visible(user=world.a["recruiter"], application=app)) == 2
    assert len(scorecards_visible(user=world.a["analyst"], application=app)) == 2
