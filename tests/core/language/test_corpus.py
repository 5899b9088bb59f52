"""Precision and recall on the labelled corpus in tests/data/language/corpus.jsonl.

Thresholds are set just below the figures reached (docs/language.md), so a rule that
regresses fails this test. Splits: ``dev`` (the rules were tuned on it), ``holdout``
(written after the first tuning and scored once; since version 0.2 it is development
data too), ``holdout2`` (written before the 0.2 rule changes and scored once after
them), ``holdout3`` and ``holdout4`` (each written by an author who never saw the rules,
the corpus or the docs; scored before any 0.3 change, then tuned on) and ``holdout5``
(a third such author; scored before 0.3 and once after all 0.3 tuning), ``holdout6``
(a fourth; scored with the 0.3 rules, then tuned on with holdout5 in 0.4) and
``holdout7`` (a fifth; scored with the 0.3 rules and once after all 0.4 tuning, never
tuned on). ``holdout8`` to ``holdout13`` (six more authors, round 0.5) were never tuned
on by the rules; they are training data for the second opinion, which is why the
floors here are the rules' own (``second_opinion=False``); the model's unseen figures
are checked in test_classifier.py.
The protocol and the figures are in docs/language.md.
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
    """At least 2,600 items, about half safe, ids unique, valid labels, the holdouts."""
    assert len(items) >= 2600
    assert len({i["id"] for i in items}) == len(items)
    safe = sum(i["label"] == "safe" for i in items)
    assert 0.4 < safe / len(items) < 0.6
    for i in items:
        assert i["split"] in (
            "dev",
            "holdout",
            "holdout2",
            "holdout3",
            "holdout4",
            "holdout5",
            "holdout6",
            "holdout7",
            "holdout8",
            "holdout9",
            "holdout10",
            "holdout11",
            "holdout12",
            "holdout13",
            "holdout14",
            "holdout15",
            "holdout16",
            "holdout17",
            "holdout18",
            "holdout19",
            "holdout20",
            "holdout21",
            "holdout22",
            "holdout23",
            "holdout24",
            "holdout25",
            "holdout26",
            "holdout27",
        )
        assert i["label"] in ("risky", "safe")
        assert i["kind"] in ("note", "letter")
        assert set(i["categories"]) <= set(CATEGORIES)
        assert bool(i["categories"]) == (i["label"] == "risky")
    for split, size, per_category in (
        ("holdout2", 250, 10),
        ("holdout3", 480, 14),
        ("holdout4", 480, 14),
        ("holdout5", 480, 14),
        ("holdout6", 480, 11),
        ("holdout7", 480, 14),
        ("holdout8", 480, 14),
        ("holdout9", 480, 14),
        ("holdout10", 480, 14),
        ("holdout11", 480, 14),
        ("holdout12", 480, 14),
        ("holdout13", 480, 14),
        ("holdout14", 480, 14),
        ("holdout15", 480, 14),
        ("holdout16", 480, 14),
        ("holdout17", 480, 14),
        ("holdout18", 480, 14),
        ("holdout19", 480, 14),
        ("holdout20", 480, 14),
        ("holdout21", 480, 14),
        ("holdout22", 480, 14),
        ("holdout23", 480, 14),
        ("holdout24", 480, 14),
        ("holdout25", 480, 14),
        ("holdout26", 480, 14),
        ("holdout27", 480, 14),
    ):
        fresh = [i for i in items if i["split"] == split]
        assert len(fresh) >= size, split
        for c in CATEGORIES:
            assert sum(c in i["categories"] for i in fresh) >= per_category, (split, c)


def test_development_splits_meet_goal(items: list[dict]) -> None:  # type: ignore[type-arg]
    """Every split the rules were tuned on meets the goal with the rules alone (these
    figures are fitted)."""
    tuned = ("dev", "holdout", "holdout2", "holdout3", "holdout4", "holdout5", "holdout6")
    ev = evaluate([i for i in items if i["split"] in tuned], second_opinion=False)
    assert ev.precision >= 0.98
    assert ev.recall >= 0.98
    assert ev.false_positive_rate <= 0.02
    for c in ev.categories:
        assert c.recall >= 0.9, c


def test_holdout7_does_not_regress(items: list[dict]) -> None:  # type: ignore[type-arg]
    """Holdout7, the independent set never tuned on: the rules' floors just below its
    one scoring (the second opinion's model is trained on it, so it is left out here).

    Scored once after all 0.4 tuning: precision 0.938, recall 0.837, FPR 0.061 (with the
    0.3 rules: 0.931, 0.805, 0.066); lowest categories sexual_orientation_gender_identity
    0.60 and subjective_fit 0.62 (docs/language.md). The goal (precision and recall 0.95,
    every category 0.85) is not met.
    """
    ev = evaluate([i for i in items if i["split"] == "holdout7"], second_opinion=False)
    assert ev.precision >= 0.93
    assert ev.recall >= 0.83
    assert ev.false_positive_rate <= 0.07
    recall = {c.category: c.recall for c in ev.categories}
    assert all(r >= 0.55 for r in recall.values()), recall


def test_rules_on_the_round_05_sets_do_not_regress(items: list[dict]) -> None:  # type: ignore[type-arg]
    """holdout8 and holdout10 to holdout13: five authors the rules never saw (0.5 tuned
    the second opinion, not the rules). The rules alone, pooled, scored P 0.962, R 0.837,
    FPR 0.035 (docs/language.md); the second opinion's model is trained on these sets,
    so its unseen figures are measured before that and by cross-validation instead."""
    pooled = ("holdout8", "holdout10", "holdout11", "holdout12", "holdout13")
    ev = evaluate([i for i in items if i["split"] in pooled], second_opinion=False)
    assert ev.precision >= 0.95
    assert ev.recall >= 0.83
    assert ev.false_positive_rate <= 0.045


def test_rules_on_the_last_six_sets_do_not_regress(items: list[dict]) -> None:  # type: ignore[type-arg]
    """holdout14 to holdout19: six more authors the rules never saw (written at the end
    of round 0.5). The rules alone, pooled, scored P 0.942, R 0.807, FPR 0.055
    (docs/language.md)."""
    pooled = tuple(f"holdout{n}" for n in range(14, 20))
    ev = evaluate([i for i in items if i["split"] in pooled], second_opinion=False)
    assert ev.precision >= 0.935
    assert ev.recall >= 0.80
    assert ev.false_positive_rate <= 0.06


def test_rules_on_the_round_06_sets_do_not_regress(items: list[dict]) -> None:  # type: ignore[type-arg]
    """holdout20 to holdout23: four authors of round 0.6, scored once at its end. The
    rules alone (0.6 rules), pooled over 1,920 items, scored P 0.933, R 0.820, FPR 0.064
    (docs/language.md)."""
    pooled = tuple(f"holdout{n}" for n in range(20, 24))
    ev = evaluate([i for i in items if i["split"] in pooled], second_opinion=False)
    assert ev.precision >= 0.925
    assert ev.recall >= 0.81
    assert ev.false_positive_rate <= 0.07


def test_rules_on_the_last_four_sets_do_not_regress(items: list[dict]) -> None:  # type: ignore[type-arg]
    """holdout24 to holdout27: four authors written after the 0.6 engine was committed
    and scored once with it. The rules alone, pooled over 1,920 items, scored P 0.949,
    R 0.858, FPR 0.050 (docs/language.md)."""
    pooled = tuple(f"holdout{n}" for n in range(24, 28))
    ev = evaluate([i for i in items if i["split"] in pooled], second_opinion=False)
    assert ev.precision >= 0.94
    assert ev.recall >= 0.85
    assert ev.false_positive_rate <= 0.06
