"""The main jobs in a real browser, on the demo organisation."""

from __future__ import annotations

from typing import Any

import pytest

from candor_web.demo import DEMO_PASSWORD
from candor_web.hiring.models import Application
from candor_web.scorecards.models import Scorecard
from tests.web.browser.conftest import shot

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

#: Every visible form control has a label (a <label for>, a wrapping label or aria-label).
UNLABELLED = """() => [...document.querySelectorAll('input, select, textarea, button')]
  .filter(e => e.type !== 'hidden' && e.offsetParent !== null)
  .filter(e => e.tagName === 'BUTTON' ? !e.textContent.trim() && !e.getAttribute('aria-label')
       : !(e.labels && e.labels.length) && !e.getAttribute('aria-label'))
  .map(e => e.outerHTML.slice(0, 120))"""


def sign_in(page: Any, site: str, username: str) -> None:
    page.goto(f"{site}/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(DEMO_PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(lambda url: "/login/" not in url)


def application_of(name: str) -> Application:
    return Application.objects.select_related("candidate").get(candidate__name=name)


def test_interviewer_warning_rewrite_and_hidden_ratings(
    demo: None, site: str, new_page: Any
) -> None:
    page = new_page()
    app = application_of("Kevin Tran")  # Marco Rossi's scorecard is the one still missing
    sign_in(page, site, "mrossi")
    assert page.evaluate(UNLABELLED) == []

    # Colleagues' ratings are hidden until his own scorecard is in.
    page.goto(f"{site}/applications/{app.pk}/consensus/")
    assert page.get_by_role("heading", name="Your colleagues' ratings are hidden").is_visible()
    assert "Dana Whitaker" not in page.content()

    page.goto(f"{site}/applications/{app.pk}/scorecard/")
    assert page.evaluate(UNLABELLED) == []
    # Keyboard: Tab reaches the skip link first; arrow keys move within a rating.
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Skip to content"
    page.get_by_label("3 Meets", exact=False).first.focus()
    page.keyboard.press("ArrowDown")
    assert page.locator("#id_rating_safety_3").is_checked()  # the 4th level, "4 Strong"

    levels = {"people": "3", "problem_solving": "4", "planning": "3", "communication": "3"}
    for criterion, level in levels.items():
        page.locator(f"input[name=rating_{criterion}][value='{level}']").check()
        page.locator(f"#id_evidence_{criterion}").fill("Gave a specific example with figures.")

    evidence = page.locator("#id_evidence_safety")
    evidence.press_sequentially("Seems too old for the night shift.", delay=15)
    finding = page.locator("#findings-safety .finding.sev-error")
    finding.wait_for()
    assert "Must rephrase" in finding.inner_text()
    assert "Try instead:" in finding.inner_text()
    shot(page, "interviewer-live-warning")

    # An error finding blocks submission; nothing is written.
    page.get_by_role("button", name="Submit scorecard").click()
    page.locator(".has-error .error").first.wait_for()
    assert "must be rephrased" in page.content()
    assert not Scorecard.objects.filter(application=app, interviewer__username="mrossi").exists()

    # Rephrase: the warning clears as he types.
    evidence = page.locator("#id_evidence_safety")
    evidence.fill("")
    evidence.press_sequentially("Stopped a line for a missing guard and reported it.", delay=5)
    page.locator("#findings-safety .clean").wait_for()
    page.get_by_role("button", name="Submit scorecard").click()
    page.wait_for_url(f"**/applications/{app.pk}/consensus/")
    table = page.locator("table.consensus")
    assert "Dana Whitaker" in table.inner_text() and "Li Chen" in table.inner_text()
    assert Scorecard.objects.filter(application=app, interviewer__username="mrossi").exists()
    shot(page, "interviewer-after-submit")


def test_recruiter_records_a_decision(demo: None, site: str, new_page: Any) -> None:
    page = new_page()
    sign_in(page, site, "rpatel")
    page.get_by_role("link", name="Production Supervisor, Line 3").click()
    shot(page, "recruiter-position")
    app = application_of("Priya Raman")
    page.goto(f"{site}/applications/{app.pk}/consensus/")
    assert page.get_by_role("heading", name="Under the plan's rule: selected").is_visible()
    assert page.get_by_label("Selected", exact=True).is_checked()
    assert page.evaluate(UNLABELLED) == []
    shot(page, "recruiter-consensus")
    page.get_by_role("button", name="Record decision").click()
    page.get_by_text("Decision recorded.").wait_for()
    assert "recorded by Rita Patel" in page.content()
    shot(page, "recruiter-decision-recorded")
