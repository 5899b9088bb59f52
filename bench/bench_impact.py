"""Benchmark: selection rate by group on 10,000,000 applicant rows.

Compares candor's counting + impact table (``count_by_group`` then
``impact_ratios`` with every test) against a bare ``numpy.bincount`` over the
same combined group codes and against fairlearn's ``MetricFrame(selection_rate)``,
all in this one run, and prints the ratios. Reading a CSV is left aside: the
data are generated here as arrays (sex with 3 levels x race with 7 levels,
21 intersectional groups, as in the reference measurements).

Run: ``.venv/bin/python bench/bench_impact.py [--rows N] [--skip-fairlearn]``
"""

from __future__ import annotations

import argparse
import resource
import time
import tracemalloc
from collections.abc import Callable
from typing import Any

import numpy as np

from candor.stats import combine_codes, count_by_group, impact_ratios


def best_of(fn: Callable[[], Any], repeat: int) -> tuple[float, Any]:
    times, out = [], None
    for _ in range(repeat):
        t0 = time.perf_counter()
        out = fn()
        times.append(time.perf_counter() - t0)
    return min(times), out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=10_000_000)
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--skip-fairlearn", action="store_true")
    args = parser.parse_args()
    n = args.rows
    rng = np.random.default_rng(0)
    sex = rng.choice(3, size=n, p=[0.48, 0.48, 0.04]).astype(np.int8)
    race = rng.choice(7, size=n, p=[0.4, 0.2, 0.15, 0.1, 0.08, 0.04, 0.03]).astype(np.int8)
    p_sel = 0.3 - 0.02 * race - 0.03 * (sex == 1)
    selected = rng.random(n) < p_sel
    codes, total = combine_codes([sex, race], [3, 7])  # no unknown here
    codes = codes.astype(np.intp)
    names = [f"{s}|{r}" for s in range(3) for r in range(7)]

    def bare() -> Any:
        applicants = np.bincount(codes, minlength=total)
        chosen = np.bincount(codes, weights=selected, minlength=total)
        return chosen / applicants

    def rates_only() -> Any:
        applicants, chosen, _ = count_by_group(codes, selected, n_groups=total)
        return chosen / applicants

    def full_table() -> Any:
        applicants, chosen, unknown = count_by_group(codes, selected, n_groups=total)
        return impact_ratios(names, applicants, chosen, unknown=unknown)

    def end_to_end() -> Any:  # from the per-column codes, intersection built here
        combined, t = combine_codes([sex, race], [3, 7])
        applicants, chosen, unknown = count_by_group(combined, selected, n_groups=t)
        return impact_ratios(names, applicants, chosen, unknown=unknown)

    full_table()  # import scipy.stats and warm up outside the timings
    t_bare, ref_rates = best_of(bare, args.repeat)
    t_rates, rates = best_of(rates_only, args.repeat)
    t_full, table = best_of(full_table, args.repeat)
    t_e2e, _ = best_of(end_to_end, max(3, args.repeat // 2))
    assert np.allclose(rates, ref_rates)
    assert np.allclose([g.rate for g in table.groups], ref_rates)

    tracemalloc.start()
    full_table()
    _, peak_ours = tracemalloc.get_traced_memory()
    tracemalloc.stop()

    print(f"rows: {n:,}; groups: {total}")
    print(f"bare numpy.bincount (2 passes):      {t_bare * 1e3:8.1f} ms")
    print(
        f"candor rates (count_by_group):       {t_rates * 1e3:8.1f} ms  "
        f"ratio to bincount {t_rates / t_bare:5.2f}"
    )
    print(
        f"candor full impact table (+ Z, Fisher, shortfall, swap):"
        f" {t_full * 1e3:8.1f} ms  ratio to bincount {t_full / t_bare:5.2f}"
    )
    print(
        f"candor end to end from per-column codes: {t_e2e * 1e3:8.1f} ms  "
        f"ratio to bincount {t_e2e / t_bare:5.2f}"
    )
    print(
        f"peak memory allocated by the full-table call (tracemalloc): {peak_ours / 2**20:.1f} MiB"
    )

    if not args.skip_fairlearn:
        import pandas as pd
        from fairlearn.metrics import MetricFrame, selection_rate

        sf = pd.DataFrame(
            {
                "sex": pd.Categorical(sex),
                "race": pd.Categorical(race),
            }
        )
        t0 = time.perf_counter()
        mf = MetricFrame(
            metrics=selection_rate, y_true=selected, y_pred=selected, sensitive_features=sf
        )
        by_group = mf.by_group
        t_fl = time.perf_counter() - t0
        got = by_group.to_numpy().ravel()
        assert np.allclose(np.sort(got), np.sort(ref_rates))
        print(f"fairlearn MetricFrame(selection_rate), sex x race: {t_fl:8.2f} s")
        print(
            f"candor full table is {t_fl / t_full:,.0f} times faster than fairlearn "
            f"(rates only: {t_fl / t_rates:,.0f} times)"
        )
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak resident memory of the whole run (ru_maxrss): {rss:,.0f} MiB")
    print(f"timings are the best of {args.repeat} runs")


if __name__ == "__main__":
    main()
