"""Benchmark: Krippendorff's alpha on 10,000 units x 50 coders, 80 % missing.

Both start from the same matrix with ``nan`` for missing values (candor takes
units x coders, the krippendorff package coders x units: the transpose is a
view). Values are 1-5. Each of the four levels is timed separately; the script
checks the numbers agree and prints the ratios (goal: candor no slower).

Run: ``.venv/bin/python bench/bench_alpha.py``
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

import numpy as np

from candor.stats import krippendorff_alpha_matrix


def best_of(fn: Callable[[], Any], repeat: int) -> tuple[float, Any]:
    times, out = [], None
    for _ in range(repeat):
        t0 = time.perf_counter()
        out = fn()
        times.append(time.perf_counter() - t0)
    return min(times), out


def main() -> None:
    import krippendorff

    rng = np.random.default_rng(0)
    units, coders = 10_000, 50
    truth = rng.integers(1, 6, size=(units, 1))
    noise = rng.integers(-1, 2, size=(units, coders)) * (rng.random((units, coders)) < 0.4)
    y = np.clip(truth + noise, 1, 5).astype(float)
    y[rng.random(y.shape) < 0.8] = np.nan
    print(f"{units:,} units x {coders} coders, {np.isnan(y).mean():.0%} missing, values 1-5")
    for level in ("nominal", "ordinal", "interval", "ratio"):

        def ours(level: str = level) -> Any:
            return krippendorff_alpha_matrix(y, levels=[level])[level]  # type: ignore[list-item]

        def theirs(level: str = level) -> Any:
            return krippendorff.alpha(reliability_data=y.T, level_of_measurement=level)

        ours()
        theirs()
        t_ours, res = best_of(ours, 15)
        t_theirs, ref = best_of(theirs, 15)
        assert abs(res.value - ref) < 1e-9, level
        print(
            f"{level:9s} krippendorff {t_theirs * 1e3:7.2f} ms   candor {t_ours * 1e3:7.2f} ms"
            f"   candor/krippendorff time {t_ours / t_theirs:5.2f}"
        )
    t_all, _ = best_of(lambda: krippendorff_alpha_matrix(y), 15)
    print(f"candor, all four levels in one call: {t_all * 1e3:.2f} ms")


if __name__ == "__main__":
    main()
