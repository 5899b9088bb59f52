"""Walk every URL as every role, and as the same roles of another organisation.

Where access is not granted the answer is 403 (the role may never use the
page) or 404 (the object is not visible: another organisation's, or a panel
the interviewer is not on), and never the data.
"""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from candor_web import urls
from candor_web.feedback.intake import feedback_request_record
from candor_web.feedback.models import FeedbackRequest, InboundMail
from candor_web.outbox.models import OutboxMessage
from tests.web.factories import World, make_org, submit

ALL = {"admin", "recruiter", "analyst", "i1", "i2", "outsider"}
STAFF = {"admin", "recruiter", "analyst"}
MANAGERS = {"admin", "recruiter"}

#: url name -> (method, object kind, who of the same organisation is allowed)
TABLE: dict[str, tuple[str, str | None, set[str]]] = {
    "home": ("GET", None, ALL),
    "people": ("GET", None, {"admin"}),
    "audit": ("GET", None, {"admin", "analyst"}),
    "interviews": ("GET", None, {"i1", "i2", "outsider"}),
    "positions": ("GET", None, STAFF),
    "candidates": ("GET", None, STAFF),
    "decisions": ("GET", None, STAFF),
    "position_new": ("GET", None, MANAGERS),
    "position": ("GET", "position", STAFF),
    "plan": ("GET", "position", STAFF),
    "plan_edit": ("GET", "position", MANAGERS),
    "candidate_new": ("GET", "position", MANAGERS),
    "candidate_import": ("GET", "position", MANAGERS),
    "application": ("GET", "application", STAFF | {"i1", "i2"}),
    "panel_edit": ("POST", "application", MANAGERS),
    "round_close": ("POST", "application", MANAGERS),
    "scorecard": ("GET", "application", {"i1", "i2"}),
    "scorecard_correct": ("GET", "application", {"i1", "i2"}),
    "screen": ("POST", "application", MANAGERS | {"i1", "i2"}),
    "consensus": ("GET", "application", STAFF | {"i1"}),  # i2 has not submitted
    "feedback_requests": ("GET", None, MANAGERS),
    "feedback_figures": ("GET", None, STAFF),
    "feedback_request_new": ("GET", "application", MANAGERS),
    "incident_new": ("GET", "application", MANAGERS),
    "outcome_notice_send": ("POST", "application", MANAGERS),
    "feedback_request": ("GET", "request", MANAGERS),
    "feedback_draft": ("POST", "request", MANAGERS),
    "feedback_edit": ("POST", "request", MANAGERS),
    "feedback_screen": ("POST", "request", MANAGERS),
    "feedback_approve": ("POST", "request", MANAGERS),
    "feedback_decline": ("POST", "request", MANAGERS),
    "feedback_close": ("POST", "request", MANAGERS),
    "triage": ("GET", None, MANAGERS),
    "triage_resolve": ("POST", "mail", MANAGERS),
    "outbox": ("GET", None, MANAGERS),
    "outbox_retry": ("POST", "outbox", MANAGERS),
}
#: Candidates' pages: no sign-in; signed links (tests/web/feedback/).
CANDIDATE_PAGES = {
    "feedback_ask",
    "feedback_verify",
    "feedback_outcome",
    "portal",
    "portal_pdf",
    "portal_survey",
    "portal_withdraw",
}
PUBLIC = {"health", "login", "logout", *CANDIDATE_PAGES}


def _names(patterns: list[URLPattern | URLResolver]) -> set[str]:
    return {p.name for p in patterns if isinstance(p, URLPattern) and p.name}


def test_every_url_is_in_the_table() -> None:
    assert _names(urls.urlpatterns) == set(TABLE) | PUBLIC
    assert get_resolver()  # the URLconf loads


@pytest.fixture
def walk(db: None) -> World:
    from tests.web.factories import World as W

    world = W(
        a=make_org("Northfield Components", "nf"),
        b=make_org(
            "Other Works",
            "ow",
            candidates=b"candidate,name,internal,email\nC01,Quentin Other,external,q@example.net\n",
        ),
    )
    submit(world.a, "i1", "C01")
    submit(world.b, "i1", "C01")
    for org in (world.a, world.b):
        # A declined third-party request (with its letter and outbox message) and a
        # message waiting in triage.
        feedback_request_record(
            actor=org["recruiter"],
            application=org.applications["C01"],
            asked_by="parent",
            requester_email="parent@example.org",
        )
        InboundMail.objects.create(
            organisation=org.organisation,
            message_id=f"<walk@{org.organisation.slug}>",
            source="walk.eml",
            from_address="someone@example.org",
            outcome="unmatched",
        )
    return world


def _url(world_org: object, name: str, kind: str | None) -> str:
    org = world_org
    if kind == "position":
        return reverse(name, args=[org.position.pk])  # type: ignore[attr-defined]
    if kind == "application":
        return reverse(name, args=[org.applications["C01"].pk])  # type: ignore[attr-defined]
    organisation = org.organisation  # type: ignore[attr-defined]
    if kind == "request":
        return reverse(name, args=[FeedbackRequest.objects.get(organisation=organisation).pk])
    if kind == "mail":
        return reverse(name, args=[InboundMail.objects.get(organisation=organisation).pk])
    if kind == "outbox":
        return reverse(name, args=[OutboxMessage.objects.get(organisation=organisation).pk])
    return reverse(name)


def _request(client: Client, method: str, url: str) -> int:
    if method == "POST":
        return client.post(url, {"field": "note", "note": "ok"}).status_code
    return client.get(url).status_code


@pytest.mark.parametrize("name", sorted(TABLE))
def test_walk(walk: World, name: str) -> None:
    method, kind, allowed = TABLE[name]
    url = _url(walk.a, name, kind)
    for who in sorted(ALL):
        client = Client()
        client.force_login(walk.a[who])
        status = _request(client, method, url)
        if who in allowed:
            # 400: access granted, the walk's dummy form data refused.
            assert status in (200, 302, 400), (name, who, status)
        else:
            assert status in (403, 404), (name, who, status)
        # The same role in another organisation never reaches organisation A's objects.
        if kind is not None:
            other = Client()
            other.force_login(walk.b[who])
            assert _request(other, method, url) in (403, 404), (name, "foreign", who)


def test_outsider_interviewer_gets_404_not_403(walk: World) -> None:
    client = Client()
    client.force_login(walk.a["outsider"])
    for name in ("application", "scorecard", "consensus"):
        assert client.get(_url(walk.a, name, "application")).status_code == 404


def test_list_pages_show_only_ones_own_organisation(walk: World) -> None:
    client = Client()
    client.force_login(walk.b["recruiter"])
    for name in ("positions", "candidates", "decisions"):
        body = client.get(reverse(name)).content.decode()
        assert "Maria Alvarez" not in body and "Northfield" not in body
    assert "Quentin Other" in client.get(reverse("candidates")).content.decode()


def test_anonymous_users_are_sent_to_sign_in(walk: World) -> None:
    client = Client()
    for name, (method, kind, _) in TABLE.items():
        response = (
            client.post(_url(walk.a, name, kind))
            if method == "POST"
            else client.get(_url(walk.a, name, kind))
        )
        assert response.status_code == 302 and "/login/" in response["Location"], name
    assert client.get("/health/").status_code == 200
