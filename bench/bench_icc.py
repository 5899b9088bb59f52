"""Benchmark: all six ICCs on 100,000 candidates x 5 raters against pingouin.

Both start from the same long-format ratings (500,000 rows): pingouin from a
pandas DataFrame (its pivot and ANOVA included, as a user would call it),
candor from integer codes (``Ratings.from_codes`` checks the design, then the
wide matrix and the ANOVA). Both compute the six forms with F tests and 95 %
confidence intervals. The script checks the numbers agree and prints the ratio.

Run: ``.venv/bin/python bench/bench_icc.py``
"""

from __future__ import annotations

import resource
import time
from collections.abc import Callable
from typing import Any

import numpy as np

from candor.stats import Ratings, icc


def best_of(fn: Callable[[], Any], repeat: int) -> tuple[float, Any]:
    times, out = [], None
    for _ in range(repeat):
        t0 = time.perf_counter()
        out = fn()
        times.append(time.perf_counter() - t0)
    return min(times), out


def main() -> None:
    import pandas as pd
    import pingouin as pg

    n, k = 100_000, 5
    rng = np.random.default_rng(0)
    y = rng.normal(size=(n, 1)) + rng.normal(size=(n, k)) * 0.8 + rng.normal(size=k) * 0.3
    y = np.round(y * 2) / 2 + 3
    cand, rater = (a.ravel() for a in np.indices((n, k)))
    score = y.ravel()
    df = pd.DataFrame({"candidate": cand, "rater": rater, "score": score})
    pg.options["round.column.CI95"] = None

    def ours() -> Any:
        return icc(Ratings.from_codes(cand, rater, score, candidates=n, raters=k))

    def theirs() -> Any:
        return pg.intraclass_corr(df, targets="candidate", raters="rater", ratings="score")

    ours()
    theirs()
    t_ours, res = best_of(ours, 9)
    t_theirs, ref = best_of(theirs, 5)
    ref = ref.set_index("Type")
    for form in res.forms:
        label = form.form if form.form.startswith("ICC(1,") else form.mcgraw_wong
        assert abs(form.value - ref.loc[label, "ICC"]) < 1e-12, form.form
    print(f"ratings: {n:,} candidates x {k} raters = {n * k:,} rows")
    print(f"pingouin.intraclass_corr: {t_theirs * 1e3:8.1f} ms")
    print(f"candor icc:               {t_ours * 1e3:8.1f} ms")
    print(f"candor is {t_theirs / t_ours:.1f} times faster (goal: at least 20)")
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak resident memory of the whole run: {rss:,.0f} MiB")


if __name__ == "__main__":
    main()
