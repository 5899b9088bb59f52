from __future__ import annotations

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from candor_web.accounts.permissions import Perm, has_perm, require, user_of
from candor_web.accounts.selectors import interviewer_choices
from candor_web.errors import ServiceError
from candor_web.forms import add_service_error
from candor_web.hiring.core_io import plan_of
from candor_web.hiring.forms import CandidateForm, CandidateImportForm, PanelForm, PlanForm
from candor_web.hiring.selectors import (
    application_get,
    application_panel,
    candidate_list,
    interview_list,
    plan_version_list,
    position_applications,
    position_get,
    position_list,
)
from candor_web.hiring.services import (
    application_close_round,
    candidate_add,
    candidates_import,
    panel_set,
    plan_update,
    position_create,
)
from candor_web.scorecards.selectors import scorecard_own


@require_GET
def positions(request: HttpRequest) -> HttpResponse:
    rows = list(position_list(user=user_of(request)))
    can_manage = has_perm(user_of(request), Perm.MANAGE_HIRING)
    return render(request, "candor/positions.html", {"positions": rows, "can_manage": can_manage})


@require_http_methods(["GET", "POST"])
def position_new(request: HttpRequest) -> HttpResponse:
    require(user_of(request), Perm.MANAGE_HIRING)
    form = PlanForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        try:
            position = position_create(
                actor=user_of(request),
                plan_yaml=form.cleaned_data["plan_yaml"],
                source=form.cleaned_data["source"],
            )
        except ServiceError as exc:
            add_service_error(form, exc)
        else:
            messages.success(request, f"Created {position.title} with plan version 1.")
            return redirect("position", pk=position.pk)
    return render(request, "candor/position_new.html", {"form": form})


@require_GET
def position_detail(request: HttpRequest, pk: int) -> HttpResponse:
    position = position_get(user=user_of(request), pk=pk)
    applications = list(position_applications(position=position))
    assert position.current_plan is not None
    return render(
        request,
        "candor/position.html",
        {
            "position": position,
            "plan": plan_of(position.current_plan),
            "applications": applications,
            "can_manage": has_perm(user_of(request), Perm.MANAGE_HIRING),
        },
    )


@require_GET
def plan_detail(request: HttpRequest, pk: int) -> HttpResponse:
    position = position_get(user=user_of(request), pk=pk)
    versions = list(plan_version_list(position=position))
    wanted = request.GET.get("version")
    version = next((v for v in versions if str(v.number) == wanted), position.current_plan)
    assert version is not None
    return render(
        request,
        "candor/plan.html",
        {
            "position": position,
            "version": version,
            "versions": versions,
            "plan": plan_of(version),
            "can_manage": has_perm(user_of(request), Perm.MANAGE_HIRING),
        },
    )


@require_http_methods(["GET", "POST"])
def plan_edit(request: HttpRequest, pk: int) -> HttpResponse:
    position = position_get(user=user_of(request), pk=pk, perm=Perm.MANAGE_HIRING)
    current = position.current_plan
    assert current is not None
    form = PlanForm(
        request.POST or None,
        request.FILES or None,
        initial={"plan_yaml": current.source_yaml, "base_hash": current.content_hash},
    )
    if request.method == "POST" and form.is_valid():
        try:
            version = plan_update(
                actor=user_of(request),
                position=position,
                plan_yaml=form.cleaned_data["plan_yaml"],
                base_hash=form.cleaned_data["base_hash"],
            )
        except ServiceError as exc:
            add_service_error(form, exc)
        else:
            if version.pk == current.pk:
                messages.success(request, f"Plan version {version.number} updated (not yet rated).")
            else:
                messages.success(
                    request,
                    f"Version {current.number} has scorecards against it, so your edit is "
                    f"version {version.number}; unrated candidates moved to it.",
                )
            return redirect("plan", pk=position.pk)
    return render(request, "candor/plan_edit.html", {"position": position, "form": form})


@require_http_methods(["GET", "POST"])
def candidate_new(request: HttpRequest, pk: int) -> HttpResponse:
    position = position_get(user=user_of(request), pk=pk, perm=Perm.MANAGE_HIRING)
    form = CandidateForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            application = candidate_add(
                actor=user_of(request), position=position, **form.cleaned_data
            )
        except ServiceError as exc:
            add_service_error(form, exc)
        else:
            messages.success(request, f"Added {application.candidate.name}. Now assign the panel.")
            return redirect("application", pk=application.pk)
    return render(request, "candor/candidate_new.html", {"position": position, "form": form})


@require_http_methods(["GET", "POST"])
def candidate_import(request: HttpRequest, pk: int) -> HttpResponse:
    position = position_get(user=user_of(request), pk=pk, perm=Perm.MANAGE_HIRING)
    form = CandidateImportForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        try:
            added = candidates_import(
                actor=user_of(request),
                position=position,
                data=upload.read(),
                filename=upload.name,
            )
        except ServiceError as exc:
            add_service_error(form, exc)
        else:
            messages.success(request, f"Imported {len(added)} candidates.")
            return redirect("position", pk=position.pk)
    return render(request, "candor/candidate_import.html", {"position": position, "form": form})


@require_GET
def candidates(request: HttpRequest) -> HttpResponse:
    rows = list(candidate_list(user=user_of(request)))
    return render(request, "candor/candidates.html", {"candidates": rows})


@require_GET
def application_detail(request: HttpRequest, pk: int) -> HttpResponse:
    application = application_get(user=user_of(request), pk=pk)
    user = user_of(request)
    can_manage = has_perm(user, Perm.MANAGE_HIRING)
    panel = application_panel(application=application)
    form = None
    if can_manage:
        form = PanelForm(
            initial={"interviewers": [m.user.pk for m in panel]},
            choices=interviewer_choices(organisation=application.position.organisation),
        )
    return render(
        request,
        "candor/application.html",
        {
            "application": application,
            "panel": panel,
            "panel_form": form,
            "can_manage": can_manage,
            "on_panel": any(m.user.pk == user.pk for m in panel),
            "own": scorecard_own(user=user, application=application),
            "can_view_all": has_perm(user, Perm.VIEW_HIRING),
        },
    )


@require_POST
def panel_edit(request: HttpRequest, pk: int) -> HttpResponse:
    application = application_get(user=user_of(request), pk=pk)
    organisation = require(user_of(request), Perm.MANAGE_HIRING)
    form = PanelForm(request.POST, choices=interviewer_choices(organisation=organisation))
    if form.is_valid():
        try:
            panel_set(
                actor=user_of(request),
                application=application,
                interviewers=list(form.cleaned_data["interviewers"]),
            )
        except ServiceError as exc:
            messages.error(request, exc.message)
        else:
            messages.success(request, "Panel saved.")
    else:
        messages.error(request, "Choose interviewers from the list.")
    return redirect("application", pk=application.pk)


@require_POST
def round_close(request: HttpRequest, pk: int) -> HttpResponse:
    application = application_get(user=user_of(request), pk=pk)
    require(user_of(request), Perm.MANAGE_HIRING)
    try:
        application = application_close_round(actor=user_of(request), application=application)
    except ServiceError as exc:
        messages.error(request, exc.message)
    else:
        missing = ", ".join(application.missing_at_close) or "none"
        messages.success(request, f"Round closed. Missing scorecards recorded: {missing}.")
    return redirect("consensus", pk=application.pk)


@require_GET
def interviews(request: HttpRequest) -> HttpResponse:
    rows = list(interview_list(user=user_of(request)))
    return render(request, "candor/interviews.html", {"assignments": rows})
