"""The candidate's pages: ask for feedback, confirm it is them, read the letter, answer the survey.

No sign-in: each page is reached through a signed link. Every refusal shows
the same neutral page, whatever the reason, and is recorded; clients with too
many refused links are slowed down (HTTP 429).
"""

from __future__ import annotations

import contextlib

from django.conf import settings
from django.contrib.auth.decorators import login_not_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from candor_web.errors import ServiceError
from candor_web.feedback import core_io, selectors
from candor_web.feedback.forms import PublicRequestForm, SurveyForm
from candor_web.feedback.intake import (
    LinkCheck,
    OutcomeLink,
    Verified,
    feedback_request_outcome_link,
    feedback_request_public,
    feedback_verify,
    outcome_link_check,
    portal_link_check,
    verify_link_check,
)
from candor_web.feedback.models import FeedbackRequest, State
from candor_web.feedback.ratelimit import client_of, rate_exceeded, rate_hit
from candor_web.feedback.services import feedback_survey_answer, feedback_withdraw, portal_link
from candor_web.feedback.tokens import email_hash


def _too_many(request: HttpRequest) -> HttpResponse:
    return render(request, "candor/portal/too_many.html", status=429)


def _neutral(request: HttpRequest) -> HttpResponse:
    rate_hit(key=f"link-fail:{client_of(request)}", limit=settings.CANDOR_RATE_LIMIT_FAILURES)
    return render(request, "candor/portal/link_refused.html", status=404)


def _blocked(request: HttpRequest) -> bool:
    return rate_exceeded(
        key=f"link-fail:{client_of(request)}", limit=settings.CANDOR_RATE_LIMIT_FAILURES
    )


@login_not_required
@require_http_methods(["GET", "POST"])
def ask(request: HttpRequest) -> HttpResponse:
    form = PublicRequestForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        limit = settings.CANDOR_RATE_LIMIT_FORM
        email = form.cleaned_data["email"]
        ip_ok = rate_hit(key=f"form-ip:{client_of(request)}", limit=limit)
        address_ok = rate_hit(key=f"form-email:{email_hash(email)}", limit=min(limit, 3))
        if not (ip_ok and address_ok):
            return _too_many(request)
        feedback_request_public(
            email=email,
            message=form.cleaned_data["message"],
            base_url=request.build_absolute_uri("/"),
        )
        return render(request, "candor/portal/ask_done.html")
    return render(request, "candor/portal/ask.html", {"form": form})


@login_not_required
@require_http_methods(["GET", "POST"])
def verify(request: HttpRequest, token: str) -> HttpResponse:
    if _blocked(request):
        return _too_many(request)
    client = client_of(request)
    if request.method == "GET":
        check = verify_link_check(token=token, client=client)
        if not check.ok or check.request is None:
            return _neutral(request)
        return render(request, "candor/portal/verify.html", {"req": check.request})
    result = feedback_verify(token=token, client=client, base_url=request.build_absolute_uri("/"))
    if isinstance(result, LinkCheck):
        return _neutral(request)
    assert isinstance(result, Verified)
    return render(
        request,
        "candor/portal/verified.html",
        {"req": result.request, "portal_url": result.portal_url},
    )


@login_not_required
@require_http_methods(["GET", "POST"])
def outcome(request: HttpRequest, token: str) -> HttpResponse:
    """The "Ask for feedback" link of the outcome e-mail: GET shows a confirm button, POST asks."""
    if _blocked(request):
        return _too_many(request)
    client = client_of(request)
    base_url = request.build_absolute_uri("/")
    if request.method == "GET":
        check = outcome_link_check(token=token, client=client)
        if not check.ok or check.application is None:
            return _neutral(request)
        if check.request is not None and check.request.state != State.RECEIVED:
            return render(
                request,
                "candor/portal/outcome_existing.html",
                {"req": check.request, "portal_url": portal_link(check.request, base_url=base_url)},
            )
        return render(request, "candor/portal/outcome_ask.html", {"application": check.application})
    result = feedback_request_outcome_link(token=token, client=client, base_url=base_url)
    if isinstance(result, OutcomeLink):
        return _neutral(request)
    template = "outcome_existing.html" if result.existing else "verified.html"
    return render(
        request,
        f"candor/portal/{template}",
        {"req": result.request, "portal_url": result.portal_url},
    )


def _portal_request(request: HttpRequest, token: str) -> FeedbackRequest | None:
    check = portal_link_check(
        token=token, client=client_of(request), max_days=settings.CANDOR_PORTAL_DAYS
    )
    return check.request


@login_not_required
@require_GET
def portal(request: HttpRequest, token: str) -> HttpResponse:
    if _blocked(request):
        return _too_many(request)
    req = _portal_request(request, token)
    if req is None:
        return _neutral(request)
    row = selectors.sent_letter(request=req)
    letter_html = ""
    if row is not None:
        rel = core_io.released(row)
        letter_html = core_io.render_email(rel, req.organisation)[1]
    answered = req.state == State.CLOSED and hasattr(req, "survey")
    return render(
        request,
        "candor/portal/portal.html",
        {
            "req": req,
            "token": token,
            "letter_html": letter_html,
            "survey": SurveyForm() if req.state == State.SENT else None,
            "answered": answered,
            "can_withdraw": req.state in (State.RECEIVED, State.VERIFIED, State.DRAFTED),
        },
    )


@login_not_required
@require_GET
def portal_pdf(request: HttpRequest, token: str) -> HttpResponse:
    if _blocked(request):
        return _too_many(request)
    req = _portal_request(request, token)
    row = selectors.sent_letter(request=req) if req is not None else None
    if req is None or row is None:
        return _neutral(request)
    pdf = core_io.render_letter_pdf(core_io.released(row), req.organisation)
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = 'attachment; filename="feedback.pdf"'
    response["Cache-Control"] = "no-store"
    return response


@login_not_required
@require_POST
def portal_survey(request: HttpRequest, token: str) -> HttpResponse:
    if _blocked(request):
        return _too_many(request)
    req = _portal_request(request, token)
    if req is None:
        return _neutral(request)
    form = SurveyForm(request.POST)
    if form.is_valid():
        # Already answered: the portal says thank you either way.
        with contextlib.suppress(ServiceError):
            feedback_survey_answer(
                request=req,
                useful=form.cleaned_data["useful"],
                comment=form.cleaned_data["comment"],
            )
    return redirect("portal", token=token)


@login_not_required
@require_POST
def portal_withdraw(request: HttpRequest, token: str) -> HttpResponse:
    if _blocked(request):
        return _too_many(request)
    req = _portal_request(request, token)
    if req is None:
        return _neutral(request)
    with contextlib.suppress(ServiceError):
        feedback_withdraw(request=req)
    return redirect("portal", token=token)
