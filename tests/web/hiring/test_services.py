"""Positions, versioned plans, candidate import and panels."""

from __future__ import annotations

import pytest
from django.core.exceptions import PermissionDenied

from candor_web.audit.models import AuditEvent
from candor_web.errors import ServiceError
from candor_web.hiring.models import Application, Candidate, PlanVersion
from candor_web.hiring.services import (
    PLAN_STALE,
    application_close_round,
    candidate_add,
    candidates_import,
    panel_set,
    plan_update,
    position_create,
)
from tests.web.factories import PLAN_YAML, World, submit

EDITED = PLAN_YAML.replace("bar:\n  overall: 3.0", "bar:\n  overall: 3.2")


def test_position_create_refuses_a_bad_plan_naming_the_line(world: World) -> None:
    bad = PLAN_YAML.replace("weight: 0.25", "weight: 0.5", 1)
    with pytest.raises(ServiceError) as err:
        position_create(actor=world.a["recruiter"], plan_yaml=bad.replace("prod-", "other-"))
    assert err.value.code == "plan_invalid"
    assert any("weight" in str(p) for p in err.value.problems)


def test_position_ids_are_unique_per_organisation_only(world: World) -> None:
    with pytest.raises(ServiceError) as err:
        position_create(actor=world.a["recruiter"], plan_yaml=PLAN_YAML)
    assert err.value.code == "position_exists"
    assert world.a.position is not None and world.b.position is not None
    assert world.a.position.ref == world.b.position.ref


def test_interviewer_cannot_create_positions(world: World) -> None:
    with pytest.raises(PermissionDenied):
        position_create(actor=world.a["i1"], plan_yaml=PLAN_YAML)


def test_unrated_plan_changes_in_place(world: World) -> None:
    position = world.a.position
    assert position is not None
    version = plan_update(
        actor=world.a["recruiter"], position=position, plan_yaml=EDITED, base_hash=world.a.plan_hash
    )
    assert version.number == 1
    assert PlanVersion.objects.filter(position=position).count() == 1
    assert AuditEvent.objects.filter(action="candor.plan.updated").count() == 1


def test_rated_plan_gets_a_new_version_and_unrated_applications_move(world: World) -> None:
    submit(world.a, "i1", "C01")
    position = world.a.position
    assert position is not None
    old_hash = world.a.plan_hash
    version = plan_update(
        actor=world.a["recruiter"], position=position, plan_yaml=EDITED, base_hash=old_hash
    )
    assert version.number == 2 and version.content_hash != old_hash
    old = PlanVersion.objects.get(position=position, number=1)
    assert old.content_hash == old_hash and "overall: 3.0" in old.source_yaml
    plan_of = dict(
        Application.objects.filter(organisation=world.a.organisation).values_list(
            "candidate__ref", "plan_version__number"
        )
    )
    assert plan_of["C01"] == 1  # rated: stays on the version it was rated under
    assert plan_of["C02"] == 2 and plan_of["C03"] == 2


def test_plan_edit_from_a_stale_page_is_refused(world: World) -> None:
    position = world.a.position
    assert position is not None
    with pytest.raises(ServiceError) as err:
        plan_update(
            actor=world.a["recruiter"], position=position, plan_yaml=EDITED, base_hash="sha256:old"
        )
    assert err.value.message == PLAN_STALE


def test_import_with_one_bad_row_writes_nothing_and_names_line_and_field(world: World) -> None:
    position = world.a.position
    assert position is not None
    before = (Candidate.objects.count(), Application.objects.count(), AuditEvent.objects.count())
    data = b"candidate,name,internal,email\nC10,Ann Lee,external,ann@example.com\nC11,Bo Yu,maybe,bo@example.com\nC12,,external,not-an-email\n"
    with pytest.raises(ServiceError) as err:
        candidates_import(
            actor=world.a["recruiter"], position=position, data=data, filename="c.csv"
        )
    problems = [str(p) for p in err.value.problems]
    assert any("line 3" in p and "internal" in p for p in problems), problems
    assert (
        Candidate.objects.count(),
        Application.objects.count(),
        AuditEvent.objects.count(),
    ) == before


def test_import_checks_names_emails_and_duplicates_after_the_core(world: World) -> None:
    position = world.a.position
    assert position is not None
    data = b"candidate,name,internal,email\nC01,Again,external,\nC12,,external,not-an-email\n"
    with pytest.raises(ServiceError) as err:
        candidates_import(
            actor=world.a["recruiter"], position=position, data=data, filename="c.csv"
        )
    problems = [str(p) for p in err.value.problems]
    assert "line 2, candidate: candidate 'C01' has already applied for this position" in problems
    assert "line 3, name: is empty" in problems
    assert any(p.startswith("line 3, email: not an e-mail address") for p in problems)


def test_import_adds_candidates_with_events(world: World) -> None:
    position = world.a.position
    assert position is not None
    data = "candidate,name,internal,email\r\nC20,Zoë Ålund,internal,zoe@example.com\r\n".encode(
        "cp1252"
    )
    added = candidates_import(
        actor=world.a["recruiter"], position=position, data=data, filename="c.csv"
    )
    assert [a.candidate.name for a in added] == ["Zoë Ålund"]
    assert added[0].candidate.internal


def test_candidate_add_numbers_and_refuses_double_application(world: World) -> None:
    position = world.a.position
    assert position is not None
    app = candidate_add(actor=world.a["recruiter"], position=position, name="New Person")
    assert app.candidate.ref == "C04"
    with pytest.raises(ServiceError) as err:
        candidate_add(actor=world.a["recruiter"], position=position, name="X", ref="C04")
    assert err.value.code == "application_exists"


def test_panel_rules(world: World) -> None:
    app = world.a.applications["C01"]
    recruiter = world.a["recruiter"]
    with pytest.raises(ServiceError) as err:
        panel_set(actor=recruiter, application=app, interviewers=[world.b["i1"]])
    assert err.value.code == "panel_not_interviewer"
    with pytest.raises(ServiceError):
        panel_set(actor=recruiter, application=app, interviewers=[world.a["analyst"]])
    submit(world.a, "i1", "C01")
    with pytest.raises(ServiceError) as err:
        panel_set(actor=recruiter, application=app, interviewers=[world.a["i2"]])
    assert err.value.code == "panel_remove_submitted"
    panel_set(actor=recruiter, application=app, interviewers=[world.a["i1"], world.a["outsider"]])
    assert sorted(app.panel.values_list("interviewer__username", flat=True)) == [
        "nf-i1",
        "nf-outsider",
    ]


def test_close_round_records_the_missing(world: World) -> None:
    app = world.a.applications["C02"]
    with pytest.raises(ServiceError) as err:
        application_close_round(actor=world.a["recruiter"], application=app)
    assert err.value.code == "round_empty"
    submit(world.a, "i1", "C02")
    closed = application_close_round(actor=world.a["recruiter"], application=app)
    assert closed.missing_at_close == ["nf-i2", "nf-i3"]
    event = AuditEvent.objects.get(action="candor.application.round_closed")
    assert event.payload["missing"] == ["nf-i2", "nf-i3"]
