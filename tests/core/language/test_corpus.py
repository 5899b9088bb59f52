"""Precision and recall on the labelled corpus in tests/data/language/corpus.jsonl.

Thresholds are set just below the figures reached (docs/language.md), so a rule that
regresses fails this test. The holdout split was written after the rules were tuned
on the dev split and is never used for tuning.
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
    """At least 800 items, about half safe, ids unique, categories valid, a holdout split."""
    assert len(items) >= 800
    assert len({i["id"] for i in items}) == len(items)
    safe = sum(i["label"] == "safe" for i in items)
    assert 0.4 < safe / len(items) < 0.6
    holdout = [i for i in items if i["split"] == "holdout"]
    assert len(holdout) >= 0.25 * len(items)
    for i in items:
        assert i["label"] in ("risky", "safe")
        assert i["kind"] in ("note", "letter")
        assert set(i["categories"]) <= set(CATEGORIES)
        assert bool(i["categories"]) == (i["label"] == "risky")


def test_dev_split_meets_goal(items: list[dict]) -> None:  # type: ignore[type-arg]
    """Dev: precision and recall >= 0.95, every category's recall >= 0.85."""
    ev = evaluate([i for i in items if i["split"] == "dev"])
    assert ev.precision >= 0.98
    assert ev.recall >= 0.97
    assert ev.false_positive_rate <= 0.02
    for c in ev.categories:
        assert c.recall >= 0.85, c


def test_holdout_split_does_not_regress(items: list[dict]) -> None:  # type: ignore[type-arg]
    """Holdout: floors at the figures measured when the split was first scored."""
    ev = evaluate([i for i in items if i["split"] == "holdout"])
    assert ev.precision >= 0.93
    assert ev.recall >= 0.74
