"""The whole feedback journey in headless Chromium, with e-mail over real SMTP.

The candidate asks on the public form, the verification e-mail arrives at an
aiosmtpd server on 127.0.0.1 (the outbox worker runs in this process), the
candidate confirms, the recruiter reviews the draft (provenance and screening)
and approves, the letter arrives, the candidate opens the portal from the
letter, downloads the PDF and answers the survey. Then a parent asks and is
told nothing.
"""

from __future__ import annotations

import re
from email.message import Message
from typing import Any

import pytest

from candor_web.accounts.models import User
from candor_web.audit.selectors import audit_chain_verify_all
from candor_web.decisions.services import decision_record
from candor_web.feedback.models import FeedbackRequest, State
from candor_web.hiring.models import Application
from candor_web.outbox.worker import outbox_run_batch
from tests.web.browser.conftest import shot
from tests.web.browser.test_flows import UNLABELLED, sign_in
from tests.web.smtp_sink import Sink, smtp_sink, use_smtp

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
__all__ = ["smtp_sink"]


def text_of(message: Message) -> str:
    for part in message.walk():
        if part.get_content_type() == "text/plain":
            payload = part.get_payload(decode=True)
            assert isinstance(payload, bytes)
            return payload.decode(part.get_content_charset() or "utf-8")
    raise AssertionError("no text part")


def link_in(message: Message, kind: str) -> str:
    found = re.search(rf"https?://\S+/{kind}/\S+/", text_of(message))
    assert found, text_of(message)
    return found.group(0)


def to(sink: Sink, address: str) -> list[Message]:
    return [m for m in sink.messages if address in str(m.get("To", ""))]


def test_feedback_journey(
    demo: None, site: str, new_page: Any, smtp_sink: Sink, settings: Any
) -> None:
    use_smtp(settings, smtp_sink.port)
    daniel = Application.objects.select_related("candidate", "plan_version").get(
        candidate__ref="C02"
    )
    decision_record(
        actor=User.objects.get(username="rpatel"),
        application=daniel,
        outcome="not_selected",
        criteria=[],
        note="",
        plan_hash=daniel.plan_version.content_hash,
    )

    # 1. The candidate asks on the public form.
    candidate = new_page()
    candidate.goto(f"{site}/feedback/")
    assert candidate.evaluate(UNLABELLED) == []
    shot(candidate, "candidate-ask")
    candidate.get_by_label("The e-mail address you applied with").fill("Daniel.Okafor@example.net")
    candidate.get_by_role("button", name="Ask for feedback").click()
    candidate.get_by_role("heading", name="Check your e-mail").wait_for()

    # 2. The verification e-mail arrives over SMTP.
    assert outbox_run_batch().failed == 0
    (verification,) = to(smtp_sink, "daniel.okafor@example.net")
    assert "confirm" in str(verification["Subject"]).lower()

    # 3. The candidate confirms.
    candidate.goto(link_in(verification, "feedback/verify"))
    candidate.get_by_role("button", name="Yes, this is me: confirm").click()
    candidate.get_by_role("heading", name="Thank you: your request is confirmed").wait_for()
    request = FeedbackRequest.objects.get(application=daniel)
    assert request.state == State.DRAFTED

    # 4. The recruiter reviews and approves.
    staff = new_page()
    sign_in(staff, site, "rpatel")
    staff.goto(f"{site}/requests/")
    assert staff.get_by_role("link", name="Robert Kowalski").first.is_visible()
    shot(staff, "recruiter-feedback-queue")
    staff.get_by_role("link", name="Daniel Okafor").click()
    assert staff.get_by_text("feedback.outcome").first.is_visible()  # provenance
    assert staff.get_by_text("Screening: no wording that must be rephrased").is_visible()
    assert staff.evaluate(UNLABELLED) == []
    shot(staff, "recruiter-feedback-review")
    staff.get_by_role("button", name="Approve and send").click()
    staff.get_by_text("Approved. The letter is in the outbox.").wait_for()

    # 5. The letter arrives over SMTP.
    assert outbox_run_batch().failed == 0
    letters = [m for m in to(smtp_sink, "daniel.okafor@example.net") if m is not verification]
    (letter,) = letters
    assert "Production Supervisor" in str(letter["Subject"])
    request.refresh_from_db()
    assert request.state == State.SENT

    # 6. The candidate opens the portal from the letter and downloads the PDF.
    candidate.goto(link_in(letter, "portal"))
    candidate.get_by_role("heading", name="Your feedback from Northfield Components").wait_for()
    href = candidate.get_by_role("link", name="Download the letter (PDF)").get_attribute("href")
    pdf = candidate.request.get(site + href)
    assert pdf.status == 200 and pdf.headers["content-type"] == "application/pdf"
    assert pdf.body().startswith(b"%PDF")
    shot(candidate, "candidate-portal")
    # The letter is shown in a sandboxed frame; wait for it so the layout is settled.
    candidate.frame_locator("iframe").get_by_text("Dear Daniel Okafor,").wait_for()
    # By keyboard (Playwright's pointer check misfires next to the letter's frame).
    candidate.get_by_label("5", exact=True).focus()
    candidate.keyboard.press("Space")
    assert candidate.get_by_label("5", exact=True).is_checked()
    with candidate.expect_navigation():
        candidate.get_by_role("button", name="Send").click()
    candidate.get_by_text("Thank you for answering the survey.").wait_for()
    request.refresh_from_db()
    assert request.state == State.CLOSED

    # 7. A parent asks about Robert: declined, and nothing about him is disclosed.
    robert = Application.objects.get(candidate__ref="C04")
    staff.goto(f"{site}/applications/{robert.pk}/")
    staff.get_by_role("link", name="Record a feedback request").click()
    staff.get_by_label("Who asked?").select_option("parent")
    staff.get_by_label("Requester's name (third parties)").fill("Mark Kowalski")
    staff.get_by_label("Requester's e-mail", exact=False).fill("mark@example.org")
    staff.get_by_role("button", name="Record the request").click()
    staff.get_by_text("Recorded and declined").wait_for()
    assert outbox_run_batch().failed == 0
    for address in ("mark@example.org", "helen.kowalski@example.net"):
        (decline,) = to(smtp_sink, address)
        body = text_of(decline).replace("Mark Kowalski", "").replace("Helen Kowalski", "")
        for secret in ("Robert", "Kowalski", "Production Supervisor", "not selected", "C04"):
            assert secret not in body, (address, secret)
    assert not to(smtp_sink, "rob.kowalski@example.net")
    assert all(r.ok for r in audit_chain_verify_all())
