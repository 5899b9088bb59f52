"""Staff pages for feedback requests: the queue, a request, triage, the outbox, figures."""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from candor_web.accounts.permissions import Perm, require, user_of
from candor_web.errors import ServiceError
from candor_web.feedback import selectors
from candor_web.feedback.forms import (
    ApproveForm,
    DeclineForm,
    EditForm,
    IncidentForm,
    RecordForm,
    TriageForm,
)
from candor_web.feedback.incidents import incident_record
from candor_web.feedback.intake import feedback_request_record, inbound_resolve
from candor_web.feedback.outcome import outcome_notice_send
from candor_web.feedback.services import (
    feedback_approve,
    feedback_close,
    feedback_decline,
    feedback_draft,
    feedback_letter_edit,
    feedback_letter_viewed,
)
from candor_web.forms import add_service_error
from candor_web.outbox.selectors import outbox_failed_count, outbox_get, outbox_list
from candor_web.outbox.services import outbox_retry
from candor_web.scorecards.core_io import screen

#: The queue shows the most urgent requests first, this many at a time.
QUEUE_ROWS = 200


def _base(request: HttpRequest) -> str:
    return request.build_absolute_uri("/")


@require_GET
def queue(request: HttpRequest) -> HttpResponse:
    me = user_of(request)
    view = "all" if request.GET.get("view") == "all" else "open"
    total = selectors.request_queue(user=me, view=view).count()
    rows = list(selectors.request_queue(user=me, view=view)[:QUEUE_ROWS])
    return render(
        request,
        "candor/feedback/queue.html",
        {
            "rows": rows,
            "total": total,
            "view": view,
            "today": timezone.localdate(),
            "triage": selectors.triage_count(user=me),
            "failed": outbox_failed_count(user=me),
        },
    )


@require_http_methods(["GET", "POST"])
def request_new(request: HttpRequest, pk: int) -> HttpResponse:
    me = user_of(request)
    application = selectors.application_for_request(user=me, pk=pk)
    form = RecordForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            req = feedback_request_record(
                actor=me, application=application, base_url=_base(request), **form.cleaned_data
            )
        except ServiceError as exc:
            add_service_error(form, exc)
        else:
            if req.is_third_party:
                messages.success(
                    request,
                    "Recorded and declined: feedback goes only to the candidate. "
                    + (
                        "The decline letter is in the outbox."
                        if req.requester_email
                        else "No address was given, so no letter was sent."
                    ),
                )
            else:
                messages.success(
                    request, "Recorded. A verification link went to the address on file."
                )
            return redirect("feedback_request", pk=req.pk)
    return render(
        request, "candor/feedback/record.html", {"form": form, "application": application}
    )


@require_GET
def request_detail(request: HttpRequest, pk: int) -> HttpResponse:
    me = user_of(request)
    req = selectors.request_get(user=me, pk=pk)
    review = selectors.letter_review(request=req)
    if review is not None:
        feedback_letter_viewed(actor=me, request=req)
    return _detail(request, req, review)


def _detail(
    request: HttpRequest,
    req: object,
    review: selectors.Review | None,
    *,
    approve: ApproveForm | None = None,
    edit: EditForm | None = None,
    decline: DeclineForm | None = None,
    status: int = 200,
) -> HttpResponse:
    if review is not None:
        approve = approve or ApproveForm(initial={"version": review.row.version})
        edit = edit or EditForm(
            initial={"version": review.row.version},
            texts=[s.sentence.text for s in review.sentences],
        )
    return render(
        request,
        "candor/feedback/request.html",
        {
            "req": req,
            "review": review,
            "approve": approve,
            "edit": edit,
            "edit_rows": list(zip(review.sentences, list(edit)[1:], strict=False))
            if review and edit
            else [],
            "decline": decline or DeclineForm(),
            "timeline": selectors.request_timeline(request=req),  # type: ignore[arg-type]
            "today": timezone.localdate(),
        },
        status=status,
    )


def _act(request: HttpRequest, pk: int, action: str) -> HttpResponse:
    me = user_of(request)
    req = selectors.request_get(user=me, pk=pk)
    try:
        if action == "draft":
            feedback_draft(actor=me, request=req)
            messages.success(request, "Draft written from the decision record under the policy.")
        elif action == "close":
            feedback_close(actor=me, request=req)
            messages.success(request, "Request closed.")
        elif action == "decline":
            form = DeclineForm(request.POST)
            if not form.is_valid():
                return _detail(
                    request, req, selectors.letter_review(request=req), decline=form, status=400
                )
            feedback_decline(actor=me, request=req, reason=form.cleaned_data["reason"])
            messages.success(request, "Request declined.")
    except ServiceError as exc:
        messages.error(request, exc.message)
    return redirect("feedback_request", pk=pk)


@require_POST
def request_draft(request: HttpRequest, pk: int) -> HttpResponse:
    return _act(request, pk, "draft")


@require_POST
def request_close(request: HttpRequest, pk: int) -> HttpResponse:
    return _act(request, pk, "close")


@require_POST
def request_decline(request: HttpRequest, pk: int) -> HttpResponse:
    return _act(request, pk, "decline")


@require_POST
def request_edit(request: HttpRequest, pk: int) -> HttpResponse:
    me = user_of(request)
    req = selectors.request_get(user=me, pk=pk)
    review = selectors.letter_review(request=req)
    if review is None:
        return redirect("feedback_request", pk=pk)
    form = EditForm(request.POST, texts=[s.sentence.text for s in review.sentences])
    if form.is_valid():
        try:
            feedback_letter_edit(
                actor=me, request=req, texts=form.texts(), version=form.cleaned_data["version"]
            )
        except ServiceError as exc:
            add_service_error(form, exc)
        else:
            messages.success(request, "Letter changed and screened again; it needs approval.")
            return redirect("feedback_request", pk=pk)
    return _detail(request, req, review, edit=form, status=400)


@require_POST
def request_approve(request: HttpRequest, pk: int) -> HttpResponse:
    me = user_of(request)
    req = selectors.request_get(user=me, pk=pk)
    form = ApproveForm(request.POST)
    if form.is_valid():
        try:
            result = feedback_approve(
                actor=me,
                request=req,
                version=form.cleaned_data["version"],
                override_reason=form.cleaned_data["override_reason"],
                base_url=_base(request),
            )
        except ServiceError as exc:
            if exc.code in ("already_approved", "stale"):
                messages.info(request, exc.message)
                return redirect("feedback_request", pk=pk)
            add_service_error(form, exc)
        else:
            if result.state == "approved":
                messages.success(request, "Approved. The letter is in the outbox.")
            else:
                messages.success(
                    request, "Your approval is recorded; a second person must approve."
                )
            return redirect("feedback_request", pk=pk)
    return _detail(request, req, selectors.letter_review(request=req), approve=form, status=400)


@require_POST
def request_screen(request: HttpRequest, pk: int) -> HttpResponse:
    """Live screening of one sentence being edited (htmx)."""
    me = user_of(request)
    req = selectors.request_get(user=me, pk=pk)
    field = request.POST.get("field", "")
    text = request.POST.get(field, "")[:4000] if field.startswith("s") else ""
    from candor_web.feedback.core_io import plan_for

    report = screen(text, requirements=plan_for(req.application).requirements) if text else None
    findings = []
    for f in report.findings if report else ():
        findings.append(
            {
                "severity": f.severity,
                "message": f.message,
                "rule_id": f.rule_id,
                "match": f.match,
                "before": text[max(0, f.start - 40) : f.start],
                "after": text[f.end : f.end + 40],
                "suggestion": f.suggestion,
            }
        )
    return render(request, "candor/_findings.html", {"findings": findings, "text": text})


@require_GET
def triage(request: HttpRequest) -> HttpResponse:
    me = user_of(request)
    items = list(selectors.triage_list(user=me)[:200])
    return render(
        request,
        "candor/feedback/triage.html",
        {"items": items, "form": TriageForm()},
    )


@require_POST
def triage_resolve(request: HttpRequest, pk: int) -> HttpResponse:
    me = user_of(request)
    mail = selectors.triage_get(user=me, pk=pk)
    form = TriageForm(request.POST)
    if not form.is_valid():
        messages.error(request, "Choose who wrote.")
        return redirect("triage")
    ref = form.cleaned_data["candidate_ref"]
    application = None
    if ref:
        matches = selectors.application_by_ref(user=me, ref=ref)
        if len(matches) != 1:
            messages.error(
                request,
                f"No application of candidate {ref}."
                if not matches
                else f"Candidate {ref} has several applications; record the request from the "
                "application's page instead.",
            )
            return redirect("triage")
        application = matches[0]
    try:
        resolved = inbound_resolve(
            actor=me,
            mail=mail,
            application=application,
            asked_by=form.cleaned_data["asked_by"],
            base_url=_base(request),
        )
    except ServiceError as exc:
        messages.error(request, exc.message)
        return redirect("triage")
    if resolved.request_id:
        messages.success(request, "Request recorded from the message.")
        return redirect("feedback_request", pk=resolved.request_id)
    messages.success(request, "Message dismissed.")
    return redirect("triage")


@require_GET
def outbox(request: HttpRequest) -> HttpResponse:
    me = user_of(request)
    return render(request, "candor/feedback/outbox.html", {"rows": list(outbox_list(user=me))})


@require_POST
def outbox_retry_view(request: HttpRequest, pk: int) -> HttpResponse:
    me = user_of(request)
    try:
        outbox_retry(actor=me, message=outbox_get(user=me, pk=pk))
    except ServiceError as exc:
        messages.error(request, exc.message)
    else:
        messages.success(request, "The message will be sent again.")
    return redirect("outbox")


@require_GET
def figures(request: HttpRequest) -> HttpResponse:
    me = user_of(request)
    require(me, Perm.VIEW_HIRING)
    return render(
        request, "candor/feedback/figures.html", {"rows": selectors.feedback_figures(user=me)}
    )


@require_http_methods(["GET", "POST"])
def incident_new(request: HttpRequest, pk: int) -> HttpResponse:
    """Record that our process failed this candidate; later letters then apologise."""
    me = user_of(request)
    application = selectors.application_for_request(user=me, pk=pk)
    form = IncidentForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            incident_record(actor=me, application=application, **form.cleaned_data)
        except ServiceError as exc:
            add_service_error(form, exc)
        else:
            messages.success(
                request,
                "Recorded. Feedback letters to this candidate will now acknowledge it and apologise.",
            )
            return redirect("incident_new", pk=application.pk)
    incidents = selectors.incidents_for_application(user=me, application=application)
    return render(
        request,
        "candor/feedback/incident.html",
        {"form": form, "application": application, "incidents": incidents},
    )


@require_POST
def outcome_send(request: HttpRequest, pk: int) -> HttpResponse:
    """**Send the outcome e-mail** on the decision page (once per application)."""
    me = user_of(request)
    application = selectors.application_for_request(user=me, pk=pk)
    try:
        outcome_notice_send(actor=me, application=application, base_url=_base(request))
    except ServiceError as exc:
        messages.error(request, exc.message)
    else:
        messages.success(
            request,
            "The outcome e-mail, with its link to ask for feedback, is in the outbox.",
        )
    return redirect(reverse("consensus", args=[application.pk]) + "#decision")
