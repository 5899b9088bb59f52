from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods, require_POST

from candor.plans import Plan
from candor_web.accounts.permissions import Perm, has_perm, require, user_of
from candor_web.errors import ServiceError
from candor_web.forms import add_service_error
from candor_web.hiring.core_io import plan_of
from candor_web.hiring.selectors import application_get
from candor_web.scorecards.forms import CorrectionForm, ScorecardForm
from candor_web.scorecards.selectors import note_findings, scorecard_own, scorecard_revisions
from candor_web.scorecards.services import (
    ALREADY_SUBMITTED,
    evidence_field,
    rating_field,
    scorecard_correct,
    scorecard_submit,
)


def _kit(form: ScorecardForm, plan: Plan, screen_text: bool) -> list[dict[str, Any]]:
    """One entry per criterion: its definition, questions, anchored levels and fields."""
    rows = []
    for c in plan.criteria:
        rating = form[rating_field(c.id)]
        evidence = form[evidence_field(c.id)]
        text = str(evidence.value() or "")
        rows.append(
            {
                "criterion": c,
                "questions": plan.questions_for(c.id),
                "levels": [
                    (radio, level, plan.scale.label(level), c.anchor(level))
                    for radio, level in zip(rating.subwidgets, plan.scale.levels, strict=True)
                ],
                "rating": rating,
                "evidence": evidence,
                "findings": note_findings(text=text, plan=plan) if screen_text and text else None,
            }
        )
    return rows


@require_http_methods(["GET", "POST"])
def scorecard(request: HttpRequest, pk: int) -> HttpResponse:
    me = user_of(request)
    application = application_get(user=me, pk=pk)
    require(me, Perm.RATE)
    own = scorecard_own(user=me, application=application)
    if own is not None:
        if request.method == "POST":
            messages.info(request, ALREADY_SUBMITTED)
        plan = plan_of(own.plan_version)
        return render(
            request,
            "candor/scorecard_submitted.html",
            {
                "application": application,
                "scorecard": own,
                "plan": plan,
                "revisions": scorecard_revisions(user=me, scorecard=own),
                "names": {c.id: c.name for c in plan.criteria},
            },
        )
    plan_version = application.plan_version
    plan = plan_of(plan_version)
    form = ScorecardForm(
        request.POST or None, plan=plan, initial={"plan_hash": plan_version.content_hash}
    )
    if request.method == "POST":
        form.is_valid()  # field-level messages; the service validates again
        try:
            scorecard_submit(
                actor=me,
                application=application,
                plan_hash=str(request.POST.get("plan_hash", "")),
                entries=form.entries(),
            )
        except ServiceError as exc:
            if exc.code == "already_submitted":
                messages.info(request, exc.message)
                return redirect("scorecard", pk=application.pk)
            add_service_error(form, exc)
        else:
            messages.success(
                request, "Scorecard submitted and locked. You can now see your colleagues' ratings."
            )
            return redirect("consensus", pk=application.pk)
    return render(
        request,
        "candor/scorecard_form.html",
        {
            "application": application,
            "plan": plan,
            "form": form,
            "kit": _kit(form, plan, screen_text=request.method == "POST"),
            "round_closed": application.round_closed_at is not None,
        },
    )


@require_http_methods(["GET", "POST"])
def scorecard_correction(request: HttpRequest, pk: int) -> HttpResponse:
    me = user_of(request)
    application = application_get(user=me, pk=pk)
    require(me, Perm.RATE)
    own = scorecard_own(user=me, application=application)
    if own is None:
        messages.info(request, "Submit your scorecard first; corrections come after.")
        return redirect("scorecard", pk=application.pk)
    plan = plan_of(own.plan_version)
    current = own.current_revision
    assert current is not None
    initial: dict[str, Any] = {
        "plan_hash": own.plan_version.content_hash,
        "base_revision": current.number,
    }
    for r in current.ratings.all():
        initial[rating_field(r.criterion_id)] = str(r.level)
        initial[evidence_field(r.criterion_id)] = r.evidence
    form = CorrectionForm(request.POST or None, plan=plan, initial=initial)
    if request.method == "POST":
        form.is_valid()
        try:
            revision = scorecard_correct(
                actor=me,
                scorecard=own,
                base_revision=int(request.POST.get("base_revision") or 0),
                entries=form.entries(),
                reason=str(request.POST.get("reason", "")),
            )
        except ServiceError as exc:
            add_service_error(form, exc)
        else:
            messages.success(request, f"Correction recorded as revision {revision.number}.")
            return redirect("scorecard", pk=application.pk)
    return render(
        request,
        "candor/scorecard_form.html",
        {
            "application": application,
            "plan": plan,
            "form": form,
            "kit": _kit(form, plan, screen_text=True),
            "correction": True,
        },
    )


@require_POST
def screen_note(request: HttpRequest, pk: int) -> HttpResponse:
    """htmx: screen one note as it is typed; returns the findings fragment."""
    me = user_of(request)
    application = application_get(user=me, pk=pk)
    if not (has_perm(me, Perm.RATE) or has_perm(me, Perm.DECIDE)):
        require(me, Perm.RATE)
    field = str(request.POST.get("field", ""))
    text = str(request.POST.get(field, ""))[:5000]
    plan = plan_of(application.plan_version)
    return render(
        request,
        "candor/_findings.html",
        {"findings": note_findings(text=text, plan=plan), "text": text, "field": field},
    )
