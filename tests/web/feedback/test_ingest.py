"""`candor web ingest-mail`: inbound messages become requests or go to triage, once each."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from django.test import Client
from django.urls import reverse
from django.utils import timezone

from candor_cli.main import main
from candor_web.feedback.intake import feedback_ingest_mail, feedback_request_public
from candor_web.feedback.models import FeedbackRequest, InboundMail, State
from candor_web.feedback.services import feedback_expire_unverified, feedback_queue_reminders
from candor_web.outbox.models import OutboxMessage
from tests.web.factories import World
from tests.web.feedback.helpers import decide_not_selected, last_message


def eml(sender: str, subject: str, mid: str, extra: str = "") -> bytes:
    return (
        f"From: {sender}\r\nTo: careers@example.com\r\nSubject: {subject}\r\n"
        f"Message-ID: {mid}\r\nDate: Mon, 23 Nov 2026 10:00:00 +0000\r\n{extra}\r\n"
        "How did I interview? Did you have concerns about me?\r\n"
    ).encode()


def mailbox(tmp_path: Path) -> Path:
    box = tmp_path / "Maildir"
    for sub in ("cur", "new", "tmp"):
        (box / sub).mkdir(parents=True)
    files = {
        "1.eml": eml("Daniel Okafor <DANIEL@Example.NET>", "How did I do?", "<a@x>"),
        "2.eml": eml("Grace <grace@example.org>", "My son's interview", "<b@x>"),
        "3.eml": eml(
            "Daniel <daniel@example.net>",
            "Out of office",
            "<c@x>",
            "Auto-Submitted: auto-replied\r\n",
        ),
        "4.eml": b"\r\n\r\n",
        "5.eml": b"From: nobody\r\nSubject: no address\r\n\r\nhi",
    }
    for name, data in files.items():
        (box / "new" / name).write_bytes(data)
    return box


def test_ingest_matches_triages_reports_and_is_idempotent(world: World, tmp_path: Path) -> None:
    decide_not_selected(world.a)
    box = mailbox(tmp_path)
    report = feedback_ingest_mail(organisation=world.a.organisation, path=box)
    assert (report.requests, report.triage, report.duplicates) == (1, 2, 0)
    assert len(report.problems) == 2
    request = FeedbackRequest.objects.get()
    assert request.channel == "email" and request.state == State.RECEIVED
    assert "concerns" in request.message
    assert last_message("feedback.verification").to == "daniel@example.net"
    again = feedback_ingest_mail(organisation=world.a.organisation, path=box)
    assert (again.requests, again.triage, again.duplicates) == (0, 0, 3)
    assert FeedbackRequest.objects.count() == 1
    # The other organisation's mailbox knows nothing of Daniel.
    other = feedback_ingest_mail(organisation=world.b.organisation, path=box / "new" / "1.eml")
    assert (other.requests, other.triage) == (0, 1)

    staff = Client()
    staff.force_login(world.a["recruiter"])
    page = staff.get(reverse("triage")).content.decode()
    assert "My son" in page and "Out of office" in page
    grace = InboundMail.objects.get(organisation=world.a.organisation, message_id="<b@x>")
    response = staff.post(
        reverse("triage_resolve", args=[grace.pk]), {"candidate_ref": "C02", "asked_by": "parent"}
    )
    assert response.status_code == 302
    declined = FeedbackRequest.objects.get(asked_by="parent")
    assert declined.state == State.DECLINED
    assert last_message("feedback.third_party_decline").to == "grace@example.org"
    assert "My son" not in staff.get(reverse("triage")).content.decode()


def test_huge_message_is_a_problem_not_a_crash(world: World, tmp_path: Path) -> None:
    big = tmp_path / "big.eml"
    big.write_bytes(eml("a@example.net", "big", "<big@x>") + b"x" * 5_100_000)
    report = feedback_ingest_mail(organisation=world.a.organisation, path=big)
    assert len(report.problems) == 1 and "limit" in report.problems[0].message


def test_cli_needs_the_organisation_when_there_are_several(
    world: World, tmp_path: Path, capsys: object
) -> None:
    box = mailbox(tmp_path)
    assert main(["web", "ingest-mail", str(box)]) == 2
    assert main(["web", "ingest-mail", str(box), "--organisation", "nope"]) == 2
    assert main(["web", "ingest-mail", str(box / "new" / "2.eml"), "--organisation", "nf"]) == 0
    assert InboundMail.objects.filter(organisation=world.a.organisation).count() == 1


def test_unverified_requests_expire_and_due_ones_remind_the_owner(world: World) -> None:
    decide_not_selected(world.a)
    recruiter = world.a["recruiter"]
    recruiter.email = "rita@example.com"
    recruiter.save()

    feedback_request_public(email="daniel@example.net", base_url=None)
    req = FeedbackRequest.objects.get()
    FeedbackRequest.objects.filter(pk=req.pk).update(
        verify_expires_at=timezone.now() - dt.timedelta(minutes=1)
    )
    assert feedback_expire_unverified() == 1
    req.refresh_from_db()
    assert req.state == State.EXPIRED

    feedback_request_public(email="daniel@example.net", base_url=None)
    fresh = FeedbackRequest.objects.exclude(pk=req.pk).get()
    FeedbackRequest.objects.filter(pk=fresh.pk).update(state=State.VERIFIED)
    assert feedback_queue_reminders(today=fresh.due_date + dt.timedelta(days=30)) == 1
    assert feedback_queue_reminders(today=fresh.due_date + dt.timedelta(days=30)) == 0
    reminder = OutboxMessage.objects.get(kind="feedback.reminder")
    assert reminder.subject.startswith("Overdue") and "Daniel Okafor" in reminder.subject
    assert reminder.to == "rita@example.com"
