"""docs/rules.md is generated from the rules and must not be stale."""

from __future__ import annotations

from pathlib import Path

from candor.language import rules
from candor.language.catalogue import render_markdown

DOC = Path(__file__).parents[3] / "docs" / "rules.md"


def test_rules_doc_is_up_to_date() -> None:
    """Regenerate with: python scripts/gen_rules_doc.py"""
    assert DOC.read_text(encoding="utf-8") == render_markdown()


def test_every_rule_is_in_the_catalogue() -> None:
    """Each rule ID has its own section."""
    text = render_markdown()
    for r in rules():
        assert f"### {r.id}" in text
