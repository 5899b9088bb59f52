from __future__ import annotations

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods

from candor_web.accounts.forms import UserCreateForm
from candor_web.accounts.permissions import Perm, has_perm, require, user_of
from candor_web.accounts.selectors import user_list
from candor_web.accounts.services import user_create
from candor_web.errors import ServiceError
from candor_web.forms import add_service_error


def home(request: HttpRequest) -> HttpResponse:
    """Send each role to its start page."""
    user = user_of(request)
    if has_perm(user, Perm.RATE):
        return redirect("interviews")
    if has_perm(user, Perm.VIEW_HIRING):
        return redirect("positions")
    if user.is_superuser:
        return redirect("admin:index")
    return render(request, "candor/no_role.html", status=403)


@require_http_methods(["GET", "POST"])
def people(request: HttpRequest) -> HttpResponse:
    organisation = require(user_of(request), Perm.MANAGE_PEOPLE)
    form = UserCreateForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            created = user_create(
                organisation=organisation, actor=user_of(request), **form.cleaned_data
            )
        except ServiceError as exc:
            add_service_error(form, exc)
        else:
            messages.success(
                request, f"Added {created.display_name} as {created.get_role_display()}."
            )
            return redirect("people")
    users = user_list(user=user_of(request))
    return render(request, "candor/people.html", {"users": users, "form": form})
