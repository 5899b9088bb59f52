"""Recording process incidents: where the employer's own process failed a candidate.

A recorded incident makes every later feedback letter to that candidate carry
an acknowledgement and an apology (composed by ``candor.letters``). The
description is the organisation's own words, quoted in the letter, so it is
screened like a letter and must not blame the candidate.
"""

from __future__ import annotations

import datetime as dt

from django.db import transaction

from candor.language import lint
from candor.letters.incidents import INCIDENT_KINDS
from candor_web.accounts.models import User
from candor_web.accounts.permissions import Perm, require
from candor_web.audit.services import audit_record
from candor_web.errors import FieldProblem, ServiceError
from candor_web.feedback.models import ProcessIncident
from candor_web.hiring.models import Application

#: Longest description kept; it is quoted in a letter.
MAX_DESCRIPTION = 1000


def incident_record(
    *,
    actor: User,
    application: Application,
    kind: str,
    description: str,
    date: dt.date | None = None,
) -> ProcessIncident:
    """Record an incident for ``application`` with its audit event, in one transaction."""
    organisation = require(actor, Perm.HANDLE_FEEDBACK)
    if application.organisation_id != organisation.pk:
        raise ServiceError("No such application.", code="not_found")
    problems: list[FieldProblem] = []
    if kind not in INCIDENT_KINDS:
        problems.append(FieldProblem(f"Choose one of: {', '.join(INCIDENT_KINDS)}.", "kind"))
    text = " ".join(description.split())
    if not text:
        problems.append(FieldProblem("Say in plain words what went wrong.", "description"))
    elif len(text) > MAX_DESCRIPTION:
        problems.append(FieldProblem(f"Keep it under {MAX_DESCRIPTION} characters.", "description"))
    else:
        report = lint(text)
        for finding in report.findings:
            if finding.severity == "error":
                problems.append(
                    FieldProblem(
                        f"“{finding.match}”: {finding.message} {finding.suggestion}", "description"
                    )
                )
    if problems:
        raise ServiceError("The incident was not recorded.", code="invalid", problems=problems)
    with transaction.atomic():
        incident = ProcessIncident.objects.create(
            organisation=organisation,
            application=application,
            kind=kind,
            date=date,
            description=text,
            recorded_by=actor,
        )
        audit_record(
            organisation=organisation,
            actor=actor,
            action="candor.feedback.incident_recorded",
            obj=incident,
            payload={"application": application.pk, "kind": kind},
        )
    return incident
