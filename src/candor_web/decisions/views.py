from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET, require_http_methods

from candor_web.accounts.permissions import Perm, has_perm, user_of
from candor_web.decisions.forms import DecisionForm
from candor_web.decisions.models import Outcome
from candor_web.decisions.selectors import consensus_get, decision_list
from candor_web.decisions.services import decision_record
from candor_web.errors import ServiceError
from candor_web.feedback.selectors import outcome_notice_get
from candor_web.forms import add_service_error
from candor_web.hiring.selectors import application_get
from candor_web.scorecards.selectors import HiddenUntilSubmitted
from candor_web.scorecards.services import scorecards_viewed


@require_http_methods(["GET", "POST"])
def consensus(request: HttpRequest, pk: int) -> HttpResponse:
    me = user_of(request)
    application = application_get(user=me, pk=pk)
    try:
        view = consensus_get(user=me, application=application)
    except HiddenUntilSubmitted:
        return render(request, "candor/hidden.html", {"application": application}, status=403)
    can_decide = has_perm(me, Perm.DECIDE)
    if request.method == "POST" and not can_decide:
        raise PermissionDenied
    form = None
    if can_decide and view.decision is None and view.ready and view.result is not None:
        initial_outcome = (
            view.result.outcome if view.result.outcome in ("selected", "not_selected") else None
        )
        form = DecisionForm(
            request.POST or None,
            plan=view.plan,
            initial={
                "plan_hash": application.plan_version.content_hash,
                "outcome": initial_outcome,
                "criteria": [r.criterion_id for r in view.result.reasons if r.criterion_id],
            },
        )
        if request.method == "POST" and form.is_valid():
            try:
                decision_record(
                    actor=me,
                    application=application,
                    outcome=form.cleaned_data["outcome"],
                    criteria=form.cleaned_data["criteria"],
                    note=form.cleaned_data["note"],
                    plan_hash=form.cleaned_data["plan_hash"],
                )
            except ServiceError as exc:
                if exc.code == "already_decided":
                    messages.info(request, exc.message)
                    return redirect("consensus", pk=application.pk)
                add_service_error(form, exc)
            else:
                messages.success(request, "Decision recorded.")
                return redirect("consensus", pk=application.pk)
    elif request.method == "POST":
        messages.info(
            request,
            "A decision has already been recorded."
            if view.decision
            else "Not ready for a decision.",
        )
        return redirect("consensus", pk=application.pk)
    if request.method == "GET":
        scorecards_viewed(
            actor=me,
            application=application,
            ratings=sum(len(row.cells) for row in view.rows),
        )
    can_notify = (
        has_perm(me, Perm.HANDLE_FEEDBACK)
        and view.decision is not None
        and view.decision.outcome == Outcome.NOT_SELECTED
    )
    return render(
        request,
        "candor/consensus.html",
        {
            "application": application,
            "c": view,
            "form": form,
            "can_decide": can_decide,
            "can_manage": has_perm(me, Perm.MANAGE_HIRING),
            "can_notify": can_notify,
            "outcome_notice": (
                outcome_notice_get(user=me, application=application) if can_notify else None
            ),
        },
    )


@require_GET
def decisions(request: HttpRequest) -> HttpResponse:
    rows = list(decision_list(user=user_of(request)))
    return render(request, "candor/decisions.html", {"decisions": rows})
