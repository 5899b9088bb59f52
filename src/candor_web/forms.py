"""Helpers shared by the apps' forms and views."""

from __future__ import annotations

from django import forms

from candor_web.errors import ServiceError


def add_service_error(form: forms.BaseForm, exc: ServiceError) -> None:
    """Attach a service's refusal to a form: each problem on its field where it has one."""
    placed = False
    for problem in exc.problems:
        field = problem.field if problem.field in form.fields else None
        if field is not None and field in form.errors:
            placed = True  # the form said it already
            continue
        message = str(problem) if field is None or problem.line is not None else problem.message
        form.add_error(field, message)
        placed = True
    if not placed:
        field = exc.field if exc.field in form.fields else None
        form.add_error(field, exc.message)
    elif exc.message and not any(p.field is None for p in exc.problems):
        form.add_error(None, exc.message)
