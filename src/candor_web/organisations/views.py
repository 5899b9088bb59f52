from __future__ import annotations

from django.contrib.auth.decorators import login_not_required
from django.db import DatabaseError
from django.http import HttpRequest, JsonResponse
from django.views.decorators.http import require_GET

from candor_web.organisations.selectors import system_health


@login_not_required
@require_GET
def health(request: HttpRequest) -> JsonResponse:
    """Liveness and readiness for load balancers: 200 when the database answers
    and the schema is up to date, 503 otherwise."""
    try:
        data = system_health()
    except DatabaseError as exc:
        return JsonResponse({"status": "database_unavailable", "error": str(exc)}, status=503)
    return JsonResponse(data, status=200 if data["status"] == "ok" else 503)
