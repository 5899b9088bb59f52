"""Precision and recall on the labelled corpus in tests/data/language/corpus.jsonl.

Thresholds are set just below the figures reached (docs/language.md), so a rule that
regresses fails this test. Splits: ``dev`` (the rules were tuned on it), ``holdout``
(written after the first tuning and scored once; since version 0.2 it is development
data too) and ``holdout2`` (written before the 0.2 rule changes and scored once after
them; never used for tuning).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from candor.language import CATEGORIES
from candor.language.evaluation import evaluate, load_corpus

CORPUS = Path(__file__).parents[2] / "data" / "language" / "corpus.jsonl"


@pytest.fixture(scope="module")
def items() -> list[dict]:  # type: ignore[type-arg]
    return load_corpus(CORPUS)


def test_corpus_shape(items: list[dict]) -> None:  # type: ignore[type-arg]
    """At least 1,200 items, about half safe, ids unique, valid labels, two holdouts."""
    assert len(items) >= 1200
    assert len({i["id"] for i in items}) == len(items)
    safe = sum(i["label"] == "safe" for i in items)
    assert 0.4 < safe / len(items) < 0.6
    for i in items:
        assert i["split"] in ("dev", "holdout", "holdout2")
        assert i["label"] in ("risky", "safe")
        assert i["kind"] in ("note", "letter")
        assert set(i["categories"]) <= set(CATEGORIES)
        assert bool(i["categories"]) == (i["label"] == "risky")
    fresh = [i for i in items if i["split"] == "holdout2"]
    assert len(fresh) >= 250
    for c in CATEGORIES:
        assert sum(c in i["categories"] for i in fresh) >= 10, c


def test_development_splits_meet_goal(items: list[dict]) -> None:  # type: ignore[type-arg]
    """Dev and the old holdout (both development data now) meet the goal."""
    ev = evaluate([i for i in items if i["split"] in ("dev", "holdout")])
    assert ev.precision >= 0.98
    assert ev.recall >= 0.98
    assert ev.false_positive_rate <= 0.02
    for c in ev.categories:
        assert c.recall >= 0.9, c


def test_holdout2_does_not_regress(items: list[dict]) -> None:  # type: ignore[type-arg]
    """Holdout2: floors just below the figures of its one scoring (docs/language.md)."""
    ev = evaluate([i for i in items if i["split"] == "holdout2"])
    assert ev.precision >= 0.98
    assert ev.recall >= 0.94
    assert ev.false_positive_rate <= 0.02
    recall = {c.category: c.recall for c in ev.categories}
    assert recall["sex_gender"] >= 0.6
    assert all(r >= 0.85 for c, r in recall.items() if c != "sex_gender"), recall
