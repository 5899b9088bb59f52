"""The demo's feedback requests, made through the same services a real install uses.

- Aisha Mensah (C06), whose interview a late panel member cut short: asked, was
  verified, her letter (with the apology) was approved, sent and rated 4 of 5;
- Robert Kowalski (C04) wrote "how did I interview? did you have concerns about
  me?": verified, the draft waits for review, with its deadline;
- his mother asked on his behalf: declined at once, and the decline letter,
  which says nothing about him, waits in the outbox.

Mail is never sent here: the demo's own messages are delivered to memory, and
the mother's letter stays in the outbox for ``candor web worker`` (which writes
to files under the data directory unless SMTP is configured).
"""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

from django.core.mail import get_connection

from candor_web.accounts.models import User
from candor_web.feedback.intake import (
    _candidate_request,
    feedback_request_record,
    feedback_verify,
)
from candor_web.feedback.models import Channel, FeedbackPolicy, ProcessIncident
from candor_web.feedback.services import feedback_approve, feedback_survey_answer
from candor_web.feedback.tokens import VERIFY_SALT, make_token
from candor_web.hiring.models import Application
from candor_web.organisations.models import Organisation
from candor_web.outbox.worker import outbox_run_batch

ROBERT_ASKS = (
    "Hi Rita, thanks for letting me know. How did I interview? Did you have any concerns "
    "about me? I'd like to do better next time.\n\nRobert"
)


def _verify(request_id: int, nonce: str, email: str) -> None:
    token = make_token(salt=VERIFY_SALT, request_id=request_id, email=email, secret=nonce)
    feedback_verify(token=token, client="demo", base_url=None)


def demo_feedback(organisation: Organisation, folder: Path) -> None:
    """Policy, incidents and three requests for the demo organisation (call once)."""
    FeedbackPolicy.objects.create(
        organisation=organisation,
        source_yaml=(folder / "policy.yaml").read_text(encoding="utf-8"),
    )
    apps = {
        a.candidate.ref: a
        for a in Application.objects.filter(organisation=organisation).select_related(
            "candidate", "position", "organisation"
        )
    }
    recruiter = User.objects.get(organisation=organisation, username="rpatel")
    with (folder / "incidents.csv").open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            ProcessIncident.objects.create(
                organisation=organisation,
                application=apps[row["candidate"]],
                kind=row["kind"],
                date=dt.date.fromisoformat(row["date"]) if row["date"] else None,
                description=row["description"],
                recorded_by=recruiter,
            )
    memory = get_connection("django.core.mail.backends.locmem.EmailBackend")

    aisha = _candidate_request(apps["C06"], channel=Channel.FORM, base_url=None)
    _verify(aisha.pk, aisha.verify_nonce, apps["C06"].candidate.email)
    aisha.refresh_from_db()
    feedback_approve(actor=recruiter, request=aisha, version=aisha.letter.version)

    robert = _candidate_request(
        apps["C04"], channel=Channel.EMAIL, base_url=None, message=ROBERT_ASKS
    )
    _verify(robert.pk, robert.verify_nonce, apps["C04"].candidate.email)
    outbox_run_batch(connection=memory, limit=100)
    aisha.refresh_from_db()
    feedback_survey_answer(
        request=aisha,
        useful=4,
        comment="Clear about what the role needed, and the apology for the late start mattered.",
    )

    feedback_request_record(
        actor=recruiter,
        application=apps["C04"],
        asked_by="parent",
        requester_name="Helen Kowalski",
        requester_email="helen.kowalski@example.net",
        message="I'm calling about my son Robert's interview. Can you tell me how he did?",
    )
