"""Builders for web tests: everything is created through the services."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from candor_web.accounts.models import Role, User
from candor_web.accounts.services import user_create
from candor_web.hiring.models import Application, Position
from candor_web.hiring.services import candidates_import, panel_set, position_create
from candor_web.organisations.models import Organisation
from candor_web.organisations.services import organisation_create
from candor_web.scorecards.models import Scorecard
from candor_web.scorecards.services import Entry, scorecard_submit

DEMO = Path(__file__).resolve().parents[2] / "src" / "candor" / "data" / "demo"
PLAN_YAML = (DEMO / "plan.yaml").read_text(encoding="utf-8")
CRITERIA = ("safety", "people", "problem_solving", "planning", "communication")
PASSWORD = "correct-horse-battery"

CANDIDATES_CSV = b"""candidate,name,internal,email
C01,Maria Alvarez,internal,maria@example.com
C02,Daniel Okafor,external,daniel@example.net
C03,Priya Raman,external,priya@example.org
"""


@dataclass
class Org:
    organisation: Organisation
    users: dict[str, User] = field(default_factory=dict)
    position: Position | None = None
    applications: dict[str, Application] = field(default_factory=dict)

    def __getitem__(self, name: str) -> User:
        return self.users[name]

    @property
    def plan_hash(self) -> str:
        assert self.position is not None and self.position.current_plan is not None
        self.position.refresh_from_db()
        assert self.position.current_plan is not None
        return self.position.current_plan.content_hash


@dataclass
class World:
    a: Org
    b: Org


def make_org(name: str, slug: str, *, candidates: bytes = CANDIDATES_CSV) -> Org:
    org = Org(organisation_create(name=name, slug=slug))
    for username, role in (
        ("admin", Role.ADMIN),
        ("recruiter", Role.RECRUITER),
        ("analyst", Role.ANALYST),
        ("i1", Role.INTERVIEWER),
        ("i2", Role.INTERVIEWER),
        ("i3", Role.INTERVIEWER),
        ("outsider", Role.INTERVIEWER),
    ):
        org.users[username] = user_create(
            organisation=org.organisation,
            username=f"{slug}-{username}",
            password=PASSWORD,
            role=role,
            first_name=username.title(),
            last_name=slug.title(),
            validate=False,
        )
    recruiter = org["recruiter"]
    org.position = position_create(actor=recruiter, plan_yaml=PLAN_YAML)
    for app in candidates_import(
        actor=recruiter, position=org.position, data=candidates, filename="candidates.csv"
    ):
        org.applications[app.candidate.ref] = app
        panel_set(actor=recruiter, application=app, interviewers=[org["i1"], org["i2"], org["i3"]])
    return org


def build_world() -> World:
    return World(a=make_org("Northfield Components", "nf"), b=make_org("Other Works", "ow"))


def entries(
    levels: dict[str, int] | int = 3, evidence: str = "Gave a specific example with figures."
) -> dict[str, Entry]:
    if isinstance(levels, int):
        levels = dict.fromkeys(CRITERIA, levels)
    return {c: Entry(str(levels.get(c, "")), evidence) for c in CRITERIA}


def submit(
    org: Org, who: str, ref: str, levels: dict[str, int] | int = 3, evidence: str | None = None
) -> Scorecard:
    kwargs = {} if evidence is None else {"evidence": evidence}
    return scorecard_submit(
        actor=org[who],
        application=org.applications[ref],
        plan_hash=org.plan_hash,
        entries=entries(levels, **kwargs),
    )
