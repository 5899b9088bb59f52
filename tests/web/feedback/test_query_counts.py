"""The request queue and the candidate's portal run a constant number of queries."""

from __future__ import annotations

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from candor_web.feedback.intake import feedback_request_record, feedback_verify
from candor_web.feedback.models import FeedbackRequest
from candor_web.feedback.services import portal_link
from candor_web.feedback.tokens import VERIFY_SALT, make_token
from tests.web.factories import World
from tests.web.feedback.helpers import decide_not_selected


def queries(client: Client, url: str) -> int:
    with CaptureQueriesContext(connection) as ctx:
        assert client.get(url).status_code == 200
    return len(ctx.captured_queries)


def test_queue_queries_do_not_grow_with_requests(world: World) -> None:
    staff = Client()
    staff.force_login(world.a["recruiter"])
    feedback_request_record(
        actor=world.a["recruiter"], application=world.a.applications["C01"], asked_by="candidate"
    )
    one = queries(staff, reverse("feedback_requests"))
    for ref in ("C02", "C03"):
        feedback_request_record(
            actor=world.a["recruiter"], application=world.a.applications[ref], asked_by="candidate"
        )
    for ref in ("C01", "C02", "C03"):
        feedback_request_record(
            actor=world.a["recruiter"], application=world.a.applications[ref], asked_by="lawyer"
        )
    assert FeedbackRequest.objects.count() == 6
    assert queries(staff, reverse("feedback_requests")) == one
    assert queries(staff, reverse("feedback_requests") + "?view=all") == one
    assert one <= 7  # session, user, the list, triage and outbox counts


def test_portal_queries_are_constant(world: World) -> None:
    decide_not_selected(world.a)
    request = feedback_request_record(
        actor=world.a["recruiter"], application=world.a.applications["C02"], asked_by="candidate"
    )
    token = make_token(
        salt=VERIFY_SALT,
        request_id=request.pk,
        email="daniel@example.net",
        secret=request.verify_nonce,
    )
    feedback_verify(token=token, client="test", base_url=None)
    url = portal_link(request, base_url="http://testserver").removeprefix("http://testserver")
    n = queries(Client(), url)
    assert n <= 4  # the rate-limit check, the request with its joins, and no more
