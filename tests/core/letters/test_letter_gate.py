from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest

from candor.errors import InputError
from candor.letters import (
    LetterBlocked,
    Override,
    compose_feedback,
    letter_release,
    letter_screen,
)

DATE = dt.date(2025, 4, 2)


def _linter_flagging(word: str, severity: str = "error"):  # type: ignore[no-untyped-def]
    def lint(text: str, *, requirements=()):  # type: ignore[no-untyped-def]
        i = text.find(word)
        findings = []
        if i >= 0:
            findings.append(
                SimpleNamespace(
                    rule_id="TEST-001",
                    category="false_promise",
                    severity=severity,
                    start=i,
                    end=i + len(word),
                    match=word,
                    message="flagged",
                    suggestion="rephrase",
                )
            )
        return SimpleNamespace(findings=findings)

    return lint


def test_demo_letters_pass_screening(record, plan, policy) -> None:  # type: ignore[no-untyped-def]
    for cid in ("C01", "C02", "C04", "C05", "C06"):
        letter = compose_feedback(record(cid), plan, policy, date=DATE)
        screening = letter_screen(letter, requirements=plan.requirements)
        assert not screening.has_errors, screening.errors


def test_an_error_finding_blocks_the_letter_and_names_the_sentence(record, plan, policy) -> None:  # type: ignore[no-untyped-def]
    letter = compose_feedback(record("C05"), plan, policy, date=DATE)
    with pytest.raises(LetterBlocked) as exc:
        letter_release(letter, linter=_linter_flagging("Frontline Leader"))
    (finding,) = exc.value.screening.errors
    assert finding.clause == "feedback.next_step"
    assert finding.segment.startswith("sentence[")
    assert "Frontline Leader" in finding.text


def test_a_warning_does_not_block(record, plan, policy) -> None:  # type: ignore[no-untyped-def]
    letter = compose_feedback(record("C05"), plan, policy, date=DATE)
    released = letter_release(letter, linter=_linter_flagging("Frontline", "warning"))
    assert released.override is None
    assert len(released.screening.findings) == 1


def test_an_override_needs_a_reason_and_is_recorded(record, plan, policy) -> None:  # type: ignore[no-untyped-def]
    letter = compose_feedback(record("C05"), plan, policy, date=DATE)
    lint = _linter_flagging("Frontline Leader")
    with pytest.raises(InputError, match="reason"):
        letter_release(letter, linter=lint, override=Override(reason=" ", by="Li Chen"))
    released = letter_release(
        letter,
        linter=lint,
        override=Override(reason="programme name, not a promise", by="Li Chen"),
    )
    assert released.override is not None
    assert released.override.reason == "programme name, not a promise"
    assert released.screening.has_errors


def test_headings_and_signature_are_screened_too(record, plan, policy) -> None:  # type: ignore[no-untyped-def]
    letter = compose_feedback(record("C05"), plan, policy, date=DATE)
    screening = letter_screen(letter, linter=_linter_flagging("HR Business Partner"))
    assert screening.findings[0].segment == "signature"
