"""Load the bundled demo (src/candor/data/demo/) into the database, through the services.

Idempotent: if the demo organisation exists, nothing is loaded again (and
nothing is duplicated); delete the database file to start over.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

from django.db import transaction

from candor_web.accounts.models import Role, User
from candor_web.accounts.services import user_create
from candor_web.audit.services import audit_record
from candor_web.decisions.services import decision_record
from candor_web.feedback.demo import demo_feedback
from candor_web.feedback.models import FeedbackPolicy
from candor_web.hiring.models import Application, Position
from candor_web.hiring.services import candidates_import, panel_set, position_create
from candor_web.organisations.models import Organisation
from candor_web.organisations.services import organisation_create
from candor_web.scorecards.services import Entry, scorecard_submit

DEMO_SLUG = "northfield"
DEMO_NAME = "Northfield Components"
#: The one password of every demo account. The demo serves on 127.0.0.1 only.
DEMO_PASSWORD = "candor-demo"  # noqa: S105 (a published demo password, not a secret)

#: Staff other than the panel (whose names come from panel.csv).
STAFF = (
    ("admin", "Alex", "Morgan", Role.ADMIN, "HR Systems Administrator"),
    ("rpatel", "Rita", "Patel", Role.RECRUITER, "Talent Acquisition Lead"),
    ("sortiz", "Sam", "Ortiz", Role.ANALYST, "Compliance Analyst"),
)
#: Recorded decisions: the candidate whose interview went badly (C04), and the one
#: whose interview a late panel member cut short (C06, a recorded incident).
DECIDED = ("C04", "C06")


@dataclass(frozen=True, slots=True)
class DemoLogin:
    username: str
    name: str
    role: str
    what: str


@dataclass(frozen=True, slots=True)
class DemoResult:
    created: bool
    organisation: Organisation
    logins: tuple[DemoLogin, ...]


def _read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def demo_logins(organisation: Organisation) -> tuple[DemoLogin, ...]:
    what = {
        Role.ADMIN: "manages people; sees everything; audit log",
        Role.RECRUITER: "positions, candidates, panels, consensus, decisions",
        Role.INTERVIEWER: "fills in scorecards",
        Role.ANALYST: "reads decisions and the audit log",
    }
    order = {Role.ADMIN: 0, Role.RECRUITER: 1, Role.INTERVIEWER: 2, Role.ANALYST: 3}
    users = sorted(
        User.objects.filter(organisation=organisation),
        key=lambda u: (order.get(Role(u.role), 9), u.username),
    )
    return tuple(
        DemoLogin(u.username, u.display_name, u.get_role_display(), what[Role(u.role)])
        for u in users
    )


def demo_load(folder: Path) -> DemoResult:
    """Create the demo organisation, people, position, candidates, panels and scorecards."""
    existing = Organisation.objects.filter(slug=DEMO_SLUG).first()
    if existing is not None:
        # A demo database from before feedback requests existed gets them now.
        if not FeedbackPolicy.objects.filter(organisation=existing).exists():
            with transaction.atomic():
                for ref in DECIDED:
                    app = Application.objects.get(organisation=existing, candidate__ref=ref)
                    if not hasattr(app, "decision"):
                        decision_record(
                            actor=User.objects.get(organisation=existing, username="rpatel"),
                            application=app,
                            outcome="not_selected",
                            criteria=[],
                            note="",
                            plan_hash=app.plan_version.content_hash,
                        )
                demo_feedback(existing, folder)
        return DemoResult(False, existing, demo_logins(existing))
    with transaction.atomic():
        organisation = organisation_create(name=DEMO_NAME, slug=DEMO_SLUG)
        people: dict[str, User] = {}
        for username, first, last, role, title in STAFF:
            people[username] = user_create(
                organisation=organisation,
                username=username,
                password=DEMO_PASSWORD,
                role=role,
                first_name=first,
                last_name=last,
                job_title=title,
                email=f"{username}@northfield.example",
                validate=False,
            )
        panel: list[User] = []
        for row in _read_csv(folder / "panel.csv"):
            first, _, last = row["name"].partition(" ")
            user = user_create(
                organisation=organisation,
                username=row["rater"],
                password=DEMO_PASSWORD,
                role=Role.INTERVIEWER,
                first_name=first,
                last_name=last,
                job_title=row.get("role", ""),
                email=f"{row['rater']}@northfield.example",
                validate=False,
            )
            people[user.username] = user
            panel.append(user)
        recruiter = people["rpatel"]
        position: Position = position_create(
            actor=recruiter,
            plan_yaml=(folder / "plan.yaml").read_text(encoding="utf-8"),
            source="plan.yaml",
        )
        applications = candidates_import(
            actor=recruiter,
            position=position,
            data=(folder / "candidates.csv").read_bytes(),
            filename="candidates.csv",
        )
        by_ref: dict[str, Application] = {a.candidate.ref: a for a in applications}
        for application in applications:
            panel_set(actor=recruiter, application=application, interviewers=panel)
        cards: dict[tuple[str, str], dict[str, Entry]] = {}
        for row in _read_csv(folder / "ratings.csv"):
            cards.setdefault((row["candidate"], row["rater"]), {})[row["criterion"]] = Entry(
                row["rating"], row.get("evidence", "")
            )
        assert position.current_plan is not None
        plan_hash = position.current_plan.content_hash
        for (ref, rater), entries in cards.items():
            if any(not e.level.strip() for e in entries.values()):
                continue  # this panel member has not submitted (the demo's waiting scorecard)
            scorecard_submit(
                actor=people[rater], application=by_ref[ref], plan_hash=plan_hash, entries=entries
            )
        for ref in DECIDED:
            decision_record(
                actor=recruiter,
                application=by_ref[ref],
                outcome="not_selected",
                criteria=[],
                note="",
                plan_hash=plan_hash,
            )
        demo_feedback(organisation, folder)
        audit_record(
            organisation=organisation,
            actor=None,
            action="candor.demo.loaded",
            obj=organisation,
            payload={"candidates": len(applications), "scorecards": len(cards)},
        )
    return DemoResult(True, organisation, demo_logins(organisation))
