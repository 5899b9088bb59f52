"""Template context: the navigation a user's role may use."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest

from candor_web.accounts.permissions import Perm, has_perm


def navigation(request: HttpRequest) -> dict[str, Any]:
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {"nav": []}
    items: list[tuple[str, str]] = []
    if has_perm(user, Perm.RATE):
        items.append(("interviews", "My interviews"))
    if has_perm(user, Perm.VIEW_HIRING):
        items += [
            ("positions", "Positions"),
            ("candidates", "Candidates"),
            ("decisions", "Decisions"),
        ]
    if has_perm(user, Perm.HANDLE_FEEDBACK):
        items.append(("feedback_requests", "Feedback requests"))
    elif has_perm(user, Perm.VIEW_HIRING):
        items.append(("feedback_figures", "Feedback figures"))
    if has_perm(user, Perm.VIEW_AUDIT):
        items.append(("audit", "Audit log"))
    if has_perm(user, Perm.MANAGE_PEOPLE):
        items.append(("people", "People"))
    return {"nav": items}
