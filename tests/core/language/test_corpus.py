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
tuned on). ``holdout8`` to ``holdout19`` (twelve more authors, round 0.5) were never
tuned on by the rules until 0.6 read its few rule changes off their misses;
``holdout20`` to ``holdout27`` (eight more, round 0.6) were not until 0.7 read its
rule changes off the cross-validated errors on holdout7 to holdout27; ``holdout28`` to
``holdout31`` (four more, written during 0.7 and scored once) were read for the
second half of 0.7; ``holdout32`` to ``holdout35`` (four more, scored once with the
final 0.7 engine) had only their misses read for three last patterns, and
``holdout36`` to ``holdout39`` (four more, scored once with the shipped 0.7 engine)
had their disability misses read for CND-DIS-014, and ``holdout40`` to ``holdout43``
(four more, scored once with the final engine) never were. Round 0.8 scored
``holdout44`` to ``holdout63`` in groups of four, each once with the engine of its
time, and read each group's misses before the next; ``holdout64`` to ``holdout67``,
scored with the final 0.8 rules, were never read. Rounds 0.9 and 0.10 scored each
group once with the engine of its time and then read it (holdout72 to holdout123; the
groups kept unseen are in unseen.jsonl, not here).
All of them are
training data for the second opinion, which is why the floors here are the rules' own
(``second_opinion=False``); the model's unseen figures are checked in
test_classifier.py.
The protocol and the figures are in docs/language.md.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from candor.language import CATEGORIES
from candor.language.evaluation import evaluate, load_corpus

CORPUS = Path(__file__).parents[2] / "data" / "language" / "corpus.jsonl"
SPLITS = (
    "dev",
    "holdout",
    *(
        f"holdout{n}"
        for n in (
            *range(2, 68),
            *range(72, 82),
            *range(86, 90),
            94,
            95,
            *range(100, 112),
            *range(116, 124),
        )
    ),
)


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
        assert i["split"] in SPLITS
        assert i["label"] in ("risky", "safe")
        assert i["kind"] in ("note", "letter")
        assert set(i["categories"]) <= set(CATEGORIES)
        assert bool(i["categories"]) == (i["label"] == "risky")
    for split in SPLITS[2:]:
        # Each independent author wrote 480 items with at least 14 per category, except
        # the first (250 items, 10 per category) and holdout6 (11 per category).
        size = 250 if split == "holdout2" else 480
        # holdout44 to holdout47, holdout60 to holdout63, holdout76, holdout77, holdout88
        # and holdout89 stress four categories (40+ each), holdout94 and holdout95 sex_gender
        # (90+), and give the others 8.
        focus = {f"holdout{n}": 8 for n in (*range(44, 48), *range(60, 64), 76, 77, 88, 89, 94, 95)}
        per_category = {"holdout2": 10, "holdout6": 11, **focus}.get(split, 14)
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


def _holdouts(first: int, last: int) -> tuple[str, ...]:
    return tuple(f"holdout{n}" for n in range(first, last + 1))


@pytest.mark.parametrize(
    ("pooled", "precision", "recall", "fpr"),
    [
        # holdout8 and holdout10 to holdout13: five authors the rules never saw (0.5
        # tuned the second opinion, not the rules); scored P 0.962, R 0.837, FPR 0.035.
        pytest.param(("holdout8", *_holdouts(10, 13)), 0.95, 0.83, 0.045, id="round-0.5"),
        # holdout14 to holdout19: six more, written at the end of round 0.5; scored
        # P 0.942, R 0.807, FPR 0.055.
        pytest.param(_holdouts(14, 19), 0.935, 0.80, 0.06, id="end-of-0.5"),
        # holdout20 to holdout23: four authors of round 0.6, scored once at its end (0.6
        # rules); P 0.933, R 0.820, FPR 0.064.
        pytest.param(_holdouts(20, 23), 0.925, 0.81, 0.07, id="round-0.6"),
        # holdout24 to holdout27: four authors written after the 0.6 engine was
        # committed and scored once with it; P 0.949, R 0.858, FPR 0.050.
        pytest.param(_holdouts(24, 27), 0.94, 0.85, 0.06, id="after-0.6"),
        # holdout28 to holdout31: four authors written during round 0.7 and scored once
        # with its final rules; P 0.943, R 0.811, FPR 0.053.
        pytest.param(_holdouts(28, 31), 0.935, 0.80, 0.06, id="round-0.7"),
        # holdout32 to holdout35: four authors written during round 0.7, scored once
        # with its final rules; P 0.961, R 0.856, FPR 0.038.
        pytest.param(_holdouts(32, 35), 0.95, 0.845, 0.045, id="end-of-0.7"),
        # holdout36 to holdout39: four authors scored once with the shipped 0.7 rules;
        # P 0.961, R 0.857, FPR 0.038.
        pytest.param(_holdouts(36, 39), 0.95, 0.845, 0.045, id="after-0.7"),
        # holdout40 to holdout43: four more, scored once with the final 0.7 rules
        # (CND-DIS-014 included); P 0.963, R 0.834, FPR 0.035.
        pytest.param(_holdouts(40, 43), 0.955, 0.82, 0.045, id="final-0.7"),
        # Round 0.8, each group scored once with the rules of its time before its misses
        # were read (docs/language.md): holdout44 to holdout47 stress four categories
        # (0.7 rules: P 0.931, R 0.828, FPR 0.068); holdout48 to holdout51 (P 0.953,
        # R 0.840, FPR 0.046); holdout52 to holdout55 (0.956, 0.851, 0.043); holdout56 to
        # holdout59 (0.941, 0.856, 0.059); holdout60 to holdout63 stress four more (0.933,
        # 0.781, 0.063); holdout64 to holdout67, the final 0.8 rules, never read (0.953,
        # 0.869, 0.047).
        pytest.param(_holdouts(44, 47), 0.92, 0.82, 0.075, id="stress-0.8a"),
        pytest.param(_holdouts(48, 51), 0.945, 0.83, 0.055, id="0.8-48"),
        pytest.param(_holdouts(52, 55), 0.945, 0.84, 0.05, id="0.8-52"),
        pytest.param(_holdouts(56, 59), 0.93, 0.845, 0.065, id="0.8-56"),
        pytest.param(_holdouts(60, 63), 0.925, 0.77, 0.07, id="stress-0.8b"),
        pytest.param(_holdouts(64, 67), 0.945, 0.86, 0.055, id="final-0.8"),
        # Round 0.9, scored once with the shipped 0.8 rules before their misses were
        # read: holdout72 to holdout75 (P 0.942, R 0.839, FPR 0.057); holdout76 and
        # holdout77 stress four categories each (P 0.948, R 0.787, FPR 0.049).
        pytest.param(_holdouts(72, 75), 0.935, 0.83, 0.065, id="0.9-72"),
        pytest.param(_holdouts(76, 77), 0.94, 0.78, 0.055, id="stress-0.9"),
        # holdout78 to holdout81, scored once with the first 0.9 rules (14a53e3): P 0.949,
        # R 0.874, FPR 0.053.
        pytest.param(_holdouts(78, 81), 0.94, 0.865, 0.06, id="0.9-78"),
        # holdout86 and holdout87 (P 0.951, R 0.814, FPR 0.046) and the stress sets
        # holdout88 and holdout89 (P 0.930, R 0.812, FPR 0.068), scored once with the
        # rules of 18f8055.
        pytest.param(_holdouts(86, 87), 0.94, 0.805, 0.055, id="0.9-86"),
        pytest.param(_holdouts(88, 89), 0.92, 0.80, 0.075, id="stress-0.9b"),
        # holdout94 and holdout95 stress sex_gender (90+ items each), scored once with the
        # rules of f25486d: P 0.948, R 0.855, FPR 0.053 (sex_gender 0.526).
        pytest.param(_holdouts(94, 95), 0.94, 0.845, 0.06, id="stress-0.9c"),
        # holdout100 to holdout103: four authors of round 0.10, scored once with the final
        # 0.9 rules (327879d): P 0.960, R 0.860, FPR 0.039.
        pytest.param(_holdouts(100, 103), 0.95, 0.85, 0.05, id="0.10-100"),
        # holdout104 to holdout107, scored once with the round's first rule changes (not
        # committed on their own): P 0.946, R 0.829, FPR 0.053.
        pytest.param(_holdouts(104, 107), 0.935, 0.82, 0.06, id="0.10-104"),
        # holdout108 to holdout111, scored once with the rules of dd92c26: P 0.953, R 0.830,
        # FPR 0.045.
        pytest.param(_holdouts(108, 111), 0.945, 0.82, 0.055, id="0.10-108"),
        # holdout116 to holdout119, scored once with the final 0.10 rules of 3d80825: P 0.941,
        # R 0.825, FPR 0.057.
        pytest.param(_holdouts(116, 119), 0.93, 0.815, 0.065, id="0.10-116"),
        # holdout120 to holdout123, scored once with the rules of 61469e5: P 0.939, R 0.824,
        # FPR 0.059.
        pytest.param(_holdouts(120, 123), 0.93, 0.815, 0.07, id="0.10-120"),
    ],
)
def test_rules_on_unseen_sets_do_not_regress(
    items: list[dict],  # type: ignore[type-arg]
    pooled: tuple[str, ...],
    precision: float,
    recall: float,
    fpr: float,
) -> None:
    """The rules alone, pooled over sets of authors they were not written from: floors
    just below their scoring (docs/language.md)."""
    ev = evaluate([i for i in items if i["split"] in pooled], second_opinion=False)
    assert ev.precision >= precision
    assert ev.recall >= recall
    assert ev.false_positive_rate <= fpr
