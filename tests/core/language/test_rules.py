"""Every rule's own examples: text it must flag and text it must not flag."""

from __future__ import annotations

import re

import pytest

from candor.language import CATEGORIES, get_rule, lint, rules
from candor.language.engine import default_engine

_CASES_BAD = [(r.id, text) for r in rules() for text in r.bad]
_CASES_GOOD = [(r.id, text) for r in rules() for text in r.good]


@pytest.mark.parametrize(("rule_id", "text"), _CASES_BAD)
def test_rule_flags_its_bad_examples(rule_id: str, text: str) -> None:
    """Each 'bad' example yields a finding of that very rule (or one it is pruned into)."""
    report = lint(text)
    rule = get_rule(rule_id)
    assert any(f.rule_id == rule_id for f in report.findings) or any(
        f.category == rule.category for f in report.findings
    ), f"{rule_id} missed {text!r}: {[f.rule_id for f in report.findings]}"


@pytest.mark.parametrize(("rule_id", "text"), _CASES_GOOD)
def test_rule_spares_its_good_examples(rule_id: str, text: str) -> None:
    """Each 'good' example yields no finding of that rule."""
    report = lint(text)
    assert not [f for f in report.findings if f.rule_id == rule_id], (
        f"{rule_id} flagged {text!r}: {[(f.rule_id, f.match) for f in report.findings]}"
    )


def test_rule_ids_are_unique_and_well_formed() -> None:
    """IDs look like CND-XXX-000 and are unique; categories are the documented ones."""
    ids = [r.id for r in rules()]
    assert len(ids) == len(set(ids))
    for r in rules():
        assert re.fullmatch(r"CND-[A-Z]{2,4}-\d{3}", r.id)
        assert r.category in CATEGORIES
        assert r.severity in ("error", "warning", "info")
        assert r.bad, f"{r.id} has no example it must flag"
        assert r.message and r.rationale and r.suggestion


def test_every_category_has_a_rule() -> None:
    """All fifteen categories of the issue are covered."""
    assert {r.category for r in rules()} == set(CATEGORIES)


def test_anchors_cover_every_rule_on_examples() -> None:
    """The anchor prefilter finds exactly what evaluating every rule everywhere finds."""
    engine = default_engine()
    texts = [t for r in rules() for t in (*r.bad, *r.good)]
    for text in texts:
        fast = engine.lint(text).findings
        slow = engine.lint(text, prefilter=False).findings
        assert fast == slow, text
