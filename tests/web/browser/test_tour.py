"""A tour of the main pages as each role: every page renders, every field is
labelled, and a screenshot is saved (test-artifacts/screens/tour-*.png) to look at
and to illustrate docs/guide/."""

from __future__ import annotations

from typing import Any

import pytest

from candor_web.hiring.models import Application, Position
from tests.web.browser.conftest import shot
from tests.web.browser.test_flows import UNLABELLED, sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_tour(demo: None, site: str, new_page: Any) -> None:
    position = Position.objects.get()
    kevin = Application.objects.get(candidate__name="Kevin Tran")
    aisha = Application.objects.get(candidate__name="Aisha Mensah")
    pages = {
        "rpatel": [
            ("recruiter-positions", "/positions/"),
            ("recruiter-plan", f"/positions/{position.pk}/plan/"),
            ("recruiter-application", f"/applications/{kevin.pk}/"),
            ("recruiter-consensus-waiting", f"/applications/{kevin.pk}/consensus/"),
            ("recruiter-consensus-disagreement", f"/applications/{aisha.pk}/consensus/"),
            ("recruiter-import", f"/positions/{position.pk}/candidates/import/"),
        ],
        "mrossi": [
            ("interviewer-interviews", "/interviews/"),
            ("interviewer-kit", f"/applications/{kevin.pk}/scorecard/"),
        ],
        "sortiz": [("analyst-decisions", "/decisions/"), ("analyst-audit", "/audit/")],
        "admin": [("admin-people", "/people/")],
    }
    for username, tour in pages.items():
        page = new_page()
        page.set_viewport_size({"width": 1100, "height": 760})
        sign_in(page, site, username)
        for name, path in tour:
            response = page.goto(site + path)
            assert response is not None and response.status == 200, (username, path)
            assert page.evaluate(UNLABELLED) == [], (username, path)
            page.screenshot(path=str(shot(page, f"tour-{name}").with_name(f"tour-{name}-top.png")))
    login = new_page()
    login.set_viewport_size({"width": 1100, "height": 560})
    login.goto(site + "/login/")
    shot(login, "tour-login")
