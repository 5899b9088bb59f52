"""Recording process incidents, and the apology they add to feedback letters."""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse

from candor_web.audit.models import AuditEvent
from candor_web.errors import ServiceError
from candor_web.feedback.incidents import incident_record
from candor_web.feedback.models import ProcessIncident
from candor_web.feedback.selectors import letter_review
from tests.web.factories import World
from tests.web.feedback.helpers import decide_not_selected
from tests.web.feedback.test_workflow import verified


def test_recorded_incident_adds_the_apology_to_the_draft(world: World) -> None:
    decide_not_selected(world.a)
    incident_record(
        actor=world.a["recruiter"],
        application=world.a.applications["C02"],
        kind="interviewer_late",
        description="A member of our panel joined 25 minutes late and the interview ran short.",
    )
    event = AuditEvent.objects.get(action="candor.feedback.incident_recorded")
    assert event.payload["kind"] == "interviewer_late"
    review = letter_review(request=verified(world))
    assert review is not None
    texts = " ".join(s.sentence.text for s in review.sentences)
    assert "our own process let you down" in texts
    assert "What happened: A member of our panel joined 25 minutes late" in texts
    assert "That was our failure, not yours, and I apologise for it." in texts
    assert any(
        s.sentence.provenance.clause.startswith("feedback.incident") for s in review.sentences
    )


@pytest.mark.parametrize(
    ("kind", "description", "field"),
    [
        ("lost_paperwork", "We lost the form.", "kind"),
        ("other", "   ", "description"),
        ("other", "She was too old for the night shift anyway.", "description"),
    ],
)
def test_bad_incidents_are_refused_and_nothing_is_written(
    world: World, kind: str, description: str, field: str
) -> None:
    with pytest.raises(ServiceError) as refused:
        incident_record(
            actor=world.a["recruiter"],
            application=world.a.applications["C02"],
            kind=kind,
            description=description,
        )
    assert [p.field for p in refused.value.problems] == [field]
    assert not ProcessIncident.objects.exists()
    assert not AuditEvent.objects.filter(action="candor.feedback.incident_recorded").exists()


def test_incident_page_for_recruiters_only_and_own_organisation(world: World) -> None:
    url = reverse("incident_new", args=[world.a.applications["C02"].pk])
    recruiter = Client()
    recruiter.force_login(world.a["recruiter"])
    page = recruiter.get(url)
    assert page.status_code == 200 and b"No incident recorded" in page.content
    done = recruiter.post(
        url, {"kind": "decision_delayed", "description": "Our decision took six weeks."}
    )
    assert done.status_code == 302
    assert b"Our decision took six weeks." in recruiter.get(url).content
    interviewer = Client()
    interviewer.force_login(world.a["i1"])
    assert interviewer.get(url).status_code in (403, 404)
    foreign = Client()
    foreign.force_login(world.b["recruiter"])
    assert foreign.get(url).status_code == 404
    assert ProcessIncident.objects.count() == 1
