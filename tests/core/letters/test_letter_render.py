from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path

import pytest

from candor.errors import InputError
from candor.letters import Letterhead, compose_feedback, compose_third_party_decline, letter_release
from candor.letters.render import render_html, render_markdown, render_pdf, render_text

DATE = dt.date(2025, 4, 2)


@pytest.fixture
def released(record, plan, policy):  # type: ignore[no-untyped-def]
    return letter_release(
        compose_feedback(record("C04"), plan, policy, date=DATE), requirements=plan.requirements
    )


def test_text_is_a_wrapped_plain_letter(released, policy) -> None:  # type: ignore[no-untyped-def]
    text = render_text(released, letterhead=policy.letterhead)
    assert text.startswith("Northfield Components\nApril 2, 2025\n")
    assert "Dear Robert Kowalski," in text
    assert "Yours sincerely," in text
    long_lines = [ln for ln in text.splitlines() if len(ln) > 72 and "://" not in ln]
    assert not long_lines


def test_markdown_has_headings_and_bullets(released, policy) -> None:  # type: ignore[no-untyped-def]
    md = render_markdown(released, letterhead=policy.letterhead)
    assert "#### Where your answers fell short of what the role required" in md
    assert "- **Safety leadership.**" in md


def test_html_email_is_inline_styled_escaped_and_linked(record, plan) -> None:  # type: ignore[no-untyped-def]
    from candor.letters import Policy

    policy = Policy(organisation="Smith & <Sons>", retention_months=12)
    letter = compose_feedback(record("C04"), plan, policy, date=DATE)
    html = render_html(letter_release(letter), letterhead=Letterhead(name="Smith & <Sons>"))
    assert "Smith &amp; &lt;Sons&gt;" in html
    assert "<Sons>" not in html
    assert '<a href="https://www.careeronestop.org/"' in html
    assert "<style" not in html  # inline styles only, for mail clients


def test_a_broken_letterhead_template_is_a_clear_error(released, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "head.html.j2"
    bad.write_text(
        '{% extends "letter_pdf.html.j2" %}\n{% block letterhead %}{% if %}{% endblock %}'
    )
    with pytest.raises(InputError) as exc:
        render_pdf(released, letterhead=Letterhead(name="X", template=str(bad)))
    assert "template error" in str(exc.value)
    assert exc.value.problems[0].line == 2


def test_pdf_is_a_real_pdf_with_the_letter_text(released, policy) -> None:  # type: ignore[no-untyped-def]
    pdf = render_pdf(released, letterhead=policy.letterhead)
    assert pdf.startswith(b"%PDF")
    if shutil.which("pdftotext"):
        out = subprocess.run(
            ["pdftotext", "-layout", "-", "-"], input=pdf, capture_output=True, check=True
        ).stdout.decode()
        assert "we will not be offering you this position" in " ".join(out.split())
        assert "Page 1 of" in out


def test_third_party_decline_renders(policy) -> None:  # type: ignore[no-untyped-def]
    letter = compose_third_party_decline(policy, organisation="Northfield Components", date=DATE)
    text = render_text(letter_release(letter), letterhead=policy.letterhead)
    assert "Hello," in text and "only with the applicant" in text
