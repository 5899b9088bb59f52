"""Scoring throughput: a hiring drive of N candidates x 3 raters x 5 criteria.

Baseline in the same run: a vectorised numpy computation of the same per-
criterion means and weighted overall (no bars, rules, reasons or flags), which
is the least any implementation must do. The ratio says what the explicit,
explained result costs on top.

    .venv/bin/python bench/bench_scoring.py [N]
"""

from __future__ import annotations

import sys
import time

import numpy as np

from candor.plans import plan_from_mapping
from candor.scoring import Rating, score

CRITERIA = ("a", "b", "c", "d", "e")
WEIGHTS = (0.3, 0.2, 0.2, 0.2, 0.1)
RATERS = ("r1", "r2", "r3")


def plan():
    return plan_from_mapping(
        {
            "position": {"id": "bench", "title": "Bench"},
            "scale": {"min": 1, "max": 5},
            "criteria": [
                {
                    "id": c,
                    "name": c.upper(),
                    "definition": "d",
                    "weight": w,
                    "minimum": 3,
                    "anchors": {i: f"anchor {i}" for i in range(1, 6)},
                }
                for c, w in zip(CRITERIA, WEIGHTS, strict=True)
            ],
            "bar": {"overall": 3},
            "decision": {"rule": "top_n", "n": 10, "text": "t"},
        }
    )


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    rng = np.random.default_rng(7)
    levels = rng.integers(1, 6, size=(n, len(RATERS), len(CRITERIA)))
    ratings = [
        Rating(f"c{i}", r, c, int(levels[i, j, k]))
        for i in range(n)
        for j, r in enumerate(RATERS)
        for k, c in enumerate(CRITERIA)
    ]
    p = plan()

    t0 = time.perf_counter()
    result = score(p, ratings)
    t_candor = time.perf_counter() - t0

    t0 = time.perf_counter()
    means = levels.mean(axis=1)
    overall = means @ np.array(WEIGHTS)
    order = np.argsort(-overall, kind="stable")
    t_numpy = time.perf_counter() - t0

    got = np.array([result.candidate(f"c{i}").overall for i in range(n)])
    assert np.allclose(got, overall), "candor and numpy disagree"
    assert order.shape == (n,)
    print(f"candidates: {n:,}  ratings: {len(ratings):,}")
    print(f"candor.scoring.score : {t_candor:8.3f} s  ({n / t_candor:,.0f} candidates/s)")
    print(f"numpy means only     : {t_numpy:8.4f} s")
    print(f"ratio candor / numpy : {t_candor / t_numpy:,.0f}x")


if __name__ == "__main__":
    main()
