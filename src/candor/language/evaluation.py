"""Measure the linter on a labelled corpus: item-level precision, recall, FPR.

An item counts as *flagged* when it has at least one finding. Per category, recall is
the share of items labelled with that category that got a finding *of that category*;
the false-positive rate is the share of safe items flagged at all.

.. versionadded:: 0.1
"""

from __future__ import annotations

import json
import math
import sys
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from candor.language.engine import lint_many
from candor.language.model import CATEGORIES

__all__ = ["CategoryScore", "Evaluation", "evaluate", "load_corpus", "main"]


@dataclass(frozen=True, slots=True)
class CategoryScore:
    """Recall of one category: items labelled with it that got a finding of it."""

    category: str
    n: int
    caught: int

    @property
    def recall(self) -> float:
        """``caught / n`` (NaN when no item has the category)."""
        return self.caught / self.n if self.n else math.nan


@dataclass(frozen=True, slots=True)
class Evaluation:
    """Item-level confusion counts and derived rates for one corpus split."""

    tp: int
    fp: int
    fn: int
    tn: int
    categories: tuple[CategoryScore, ...]
    misses: tuple[str, ...] = field(default=(), repr=False)
    false_alarms: tuple[str, ...] = field(default=(), repr=False)

    @property
    def n(self) -> int:
        """Number of items."""
        return self.tp + self.fp + self.fn + self.tn

    @property
    def precision(self) -> float:
        """Share of flagged items that are labelled risky."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else math.nan

    @property
    def recall(self) -> float:
        """Share of risky items that are flagged."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else math.nan

    @property
    def false_positive_rate(self) -> float:
        """Share of safe items that are flagged."""
        return self.fp / (self.fp + self.tn) if self.fp + self.tn else math.nan

    def to_dict(self) -> dict[str, Any]:
        """Return the figures as JSON-able data."""
        return {
            "n": self.n,
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "tn": self.tn,
            "precision": self.precision,
            "recall": self.recall,
            "false_positive_rate": self.false_positive_rate,
            "categories": {c.category: {"n": c.n, "recall": c.recall} for c in self.categories},
        }


def load_corpus(path: str | Path) -> list[dict[str, Any]]:
    """Read a JSONL corpus (``id``, ``text``, ``label``, ``categories``, ``split``)."""
    items = []
    with Path(path).open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                items.append(json.loads(line))
    return items


def evaluate(
    items: Iterable[Mapping[str, Any]],
    flagged: Mapping[str, Sequence[str]] | None = None,
    *,
    second_opinion: bool = True,
) -> Evaluation:
    """Score the linter (or precomputed ``flagged`` categories per item ID) on ``items``.

    Parameters
    ----------
    items : iterable of mappings
        Each has ``id``, ``text``, ``label`` (``"risky"`` or ``"safe"``) and
        ``categories`` (list of category IDs, empty for safe items).
    flagged : mapping, optional
        Item ID to the categories another tool flagged (an empty list means flagged
        with no category, e.g. a tool without categories); items absent from the
        mapping count as not flagged. ``None`` runs :func:`candor.language.lint_many`.
    second_opinion : bool, optional
        Passed to :func:`candor.language.lint_many` (``False``: the rules alone).
    """
    tp = fp = fn = tn = 0
    per_n: dict[str, int] = dict.fromkeys(CATEGORIES, 0)
    per_caught: dict[str, int] = dict.fromkeys(CATEGORIES, 0)
    misses: list[str] = []
    alarms: list[str] = []
    rows = list(items)
    # The bulk entry point: the same reports as lint() on each text, faster.
    reports = iter(
        lint_many([i["text"] for i in rows], second_opinion=second_opinion)
        if flagged is None
        else []
    )
    for item in rows:
        cats: set[str]
        if flagged is None:
            report = next(reports)
            is_flagged = report.flagged
            cats = set(report.categories())
        else:
            is_flagged = item["id"] in flagged
            cats = set(flagged.get(item["id"], ()))
        risky = item["label"] == "risky"
        if risky and is_flagged:
            tp += 1
        elif risky:
            fn += 1
            misses.append(item["id"])
        elif is_flagged:
            fp += 1
            alarms.append(item["id"])
        else:
            tn += 1
        for c in item.get("categories", ()):
            per_n[c] += 1
            if c in cats:
                per_caught[c] += 1
    scores = tuple(CategoryScore(c, per_n[c], per_caught[c]) for c in CATEGORIES)
    return Evaluation(tp, fp, fn, tn, scores, tuple(misses), tuple(alarms))


def main(argv: Sequence[str] | None = None) -> int:
    """Print the figures of every split of a corpus file (dev, holdout, holdout2) as JSON."""
    args = list(sys.argv[1:] if argv is None else argv)
    path = args[0] if args else "tests/data/language/corpus.jsonl"
    items = load_corpus(path)
    out = {}
    for split in sorted({i.get("split", "dev") for i in items}):
        out[split] = evaluate([i for i in items if i.get("split", "dev") == split]).to_dict()
    sys.stdout.write(json.dumps(out, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
