from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from candor_web.accounts.permissions import user_of
from candor_web.audit.selectors import audit_chain_verify_for, audit_event_list


@require_GET
def audit_log(request: HttpRequest) -> HttpResponse:
    events = list(audit_event_list(user=user_of(request)))
    report = audit_chain_verify_for(user=user_of(request))
    return render(request, "candor/audit.html", {"events": events, "report": report})
