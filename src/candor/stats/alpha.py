"""Krippendorff's alpha at the nominal, ordinal, interval and ratio levels.

Alpha uses every *pairable* value: a unit (candidate) with at least two values
contributes all of them, so incomplete panels need neither imputation nor
listwise deletion. Units with a single value are left out, as the definition
requires.

.. versionadded:: 0.1
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Literal, get_args

import numpy as np
import numpy.typing as npt

from candor.stats.ratings import Ratings

__all__ = ["LEVELS", "AlphaResult", "Level", "krippendorff_alpha", "krippendorff_alpha_matrix"]

METHOD_ID = "krippendorff_alpha@1"

Level = Literal["nominal", "ordinal", "interval", "ratio"]
LEVELS: tuple[Level, ...] = get_args(Level)

# Above this many distinct values the V x V coincidence matrix is not built;
# the nominal and interval levels then use closed forms, ordinal and ratio are
# reported as undefined (round the scores to the rating scale instead).
MAX_DISTINCT_VALUES = 2048


@dataclass(frozen=True, slots=True)
class AlphaResult:
    """Krippendorff's alpha at one level of measurement.

    Attributes
    ----------
    level : {"nominal", "ordinal", "interval", "ratio"}
    value : float or None
        ``1 - observed / expected`` disagreement; ``None`` when undefined.
    reason : str or None
        Why ``value`` is undefined.
    observed, expected : float or None
        The disagreements D_o and D_e.
    pairable_values : int
        n, the number of values in units with at least two values.
    units : int
        Number of units (candidates) with at least two values.
    """

    level: Level
    value: float | None
    reason: str | None
    observed: float | None
    expected: float | None
    pairable_values: int
    units: int
    method_id: str = METHOD_ID


def krippendorff_alpha(
    ratings: Ratings, *, levels: Sequence[Level] = LEVELS
) -> Mapping[Level, AlphaResult]:
    """Krippendorff's alpha for long-form ratings at each level in ``levels``.

    Parameters
    ----------
    ratings : Ratings
        Candidates are the units, raters the observers; missing ratings are
        simply absent.
    levels : sequence of {"nominal", "ordinal", "interval", "ratio"}

    Returns
    -------
    dict
        Level -> :class:`AlphaResult`.

    Notes
    -----
    With the coincidence matrix ``o_ck`` (pairs of values from different raters
    within a unit, each unit weighted by ``1/(m_u - 1)``), its margins ``n_c`` and
    ``n = sum n_c``::

        D_o = sum_ck o_ck d2_ck / n
        D_e = sum_ck n_c n_k d2_ck / (n (n - 1))
        alpha = 1 - D_o / D_e

    with ``d2`` the metric: nominal ``[c != k]``; interval ``(c - k)^2``; ratio
    ``((c - k)/(c + k))^2``; ordinal ``(sum_{g=c..k} n_g - (n_c + n_k)/2)^2``.
    Alpha is undefined when no unit has two values or when every pairable
    value is the same (D_e = 0). The ratio level needs non-negative values.

    References
    ----------
    .. [1] Krippendorff, K. (2011). Computing Krippendorff's Alpha-Reliability.
       Annenberg School for Communication, University of Pennsylvania.
       https://repository.upenn.edu/asc_papers/43
    .. [2] Hayes, A. F., & Krippendorff, K. (2007). Answering the call for a
       standard reliability measure for coding data. Communication Methods and
       Measures, 1(1), 77-89.

    Examples
    --------
    >>> from candor.stats import Ratings, krippendorff_alpha
    >>> r = Ratings.from_long([1, 1, 2, 2, 3, 3], ["a", "b"] * 3, [1, 1, 2, 3, 3, 3])
    >>> round(krippendorff_alpha(r, levels=["interval"])["interval"].value, 3)
    0.828
    """
    return _alpha(ratings.candidate, ratings.score, ratings.n_candidates, levels)


def krippendorff_alpha_matrix(
    matrix: npt.ArrayLike, *, levels: Sequence[Level] = LEVELS
) -> Mapping[Level, AlphaResult]:
    """:func:`krippendorff_alpha` on a units × observers matrix (``nan`` = missing).

    Note the orientation: rows are units (candidates). The ``krippendorff``
    package takes the transpose.
    """
    y = np.asarray(matrix, dtype=np.float64)
    if y.ndim != 2:
        raise ValueError(f"matrix must be two-dimensional, got shape {y.shape}")
    present = ~np.isnan(y)
    units = np.nonzero(present)[0]
    return _alpha(units, y[present], y.shape[0], levels)


def _alpha(
    unit: npt.NDArray[np.intp],
    values: npt.NDArray[np.float64],
    n_units: int,
    levels: Sequence[Level],
) -> dict[Level, AlphaResult]:
    for level in levels:
        if level not in LEVELS:
            raise ValueError(f"unknown level of measurement {level!r}; use one of {LEVELS}")
    m_u = np.bincount(unit, minlength=n_units)
    keep = m_u[unit] >= 2
    unit, values = unit[keep], values[keep]
    n_pairable_units = int((m_u >= 2).sum())
    n = int(values.size)

    def undefined(level: Level, why: str, d_o: float | None = None) -> AlphaResult:
        return AlphaResult(level, None, why, d_o, None, n, n_pairable_units)

    if n == 0:
        why = "no candidate has ratings from two raters, so no values can be paired"
        return {lv: undefined(lv, why) for lv in levels}
    domain, idx = _factorise(values)
    if domain.size == 1:
        why = "every pairable rating has the same value, so expected disagreement is zero"
        return {lv: undefined(lv, why) for lv in levels}
    out: dict[Level, AlphaResult] = {}
    v = domain.size
    coincidence: npt.NDArray[np.float64] | None = None
    if v <= MAX_DISTINCT_VALUES and any(lv in ("ordinal", "ratio") for lv in levels):
        coincidence = _coincidence(unit, idx, v, n_units)
    n_c = np.bincount(idx, minlength=v).astype(np.float64)
    for level in levels:
        if level == "ratio" and domain[0] < 0:
            out[level] = undefined(level, "the ratio level needs non-negative values")
            continue
        if level == "nominal":
            d_o, d_e = _nominal(unit, idx, n_units, v, n_c, n)
        elif level == "interval":
            d_o, d_e = _interval(unit, values, n_units, n_c, domain, n)
        elif coincidence is None:
            out[level] = undefined(
                level,
                f"{v} distinct values are too many for the {level} level "
                f"(at most {MAX_DISTINCT_VALUES}); round the scores to the rating scale",
            )
            continue
        else:
            delta = _ordinal_delta(n_c) if level == "ordinal" else _ratio_delta(domain)
            d_o = float((coincidence * delta).sum()) / n
            d_e = float((np.outer(n_c, n_c) * delta).sum()) / (n * (n - 1))
        if d_e <= 0 or not math.isfinite(d_e):
            out[level] = undefined(level, "expected disagreement is zero", d_o)
            continue
        out[level] = AlphaResult(level, 1.0 - d_o / d_e, None, d_o, d_e, n, n_pairable_units)
    return out


def _factorise(
    values: npt.NDArray[np.float64],
) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.intp]]:
    """Sorted distinct values and each value's index; no sort for small integer scales."""
    lo, hi = float(values.min()), float(values.max())
    if hi - lo <= 10_000 and lo == math.floor(lo) and bool((values == np.floor(values)).all()):
        offset = (values - lo).astype(np.intp)
        present = np.bincount(offset) > 0
        remap = np.cumsum(present) - 1
        domain_small = (np.flatnonzero(present) + lo).astype(np.float64)
        return domain_small, remap[offset].astype(np.intp)
    domain, idx = np.unique(values, return_inverse=True)
    return domain, idx.astype(np.intp)


def _coincidence(
    unit: npt.NDArray[np.intp], idx: npt.NDArray[np.intp], v: int, n_units: int
) -> npt.NDArray[np.float64]:
    """o_ck = sum_u (c_u c_u^T - diag c_u) / (m_u - 1), c_u the unit's value counts."""
    if n_units * v <= 20_000_000:
        unit_code, n_used = unit, n_units  # dense: unpairable units are rows of zeros
    else:
        used, unit_code = np.unique(unit, return_inverse=True)
        n_used = used.size
    flat = np.bincount(unit_code * v + idx, minlength=n_used * v)
    counts = np.asarray(flat, dtype=np.float64).reshape(n_used, v)
    m = np.bincount(unit_code, minlength=n_used).astype(np.float64)
    w = np.divide(1.0, m - 1.0, out=np.zeros_like(m), where=m > 1)  # 1/(m_u - 1)
    o = counts.T @ (counts * w[:, None])
    o[np.diag_indices(v)] -= counts.T @ w
    return o


def _nominal(
    unit: npt.NDArray[np.intp],
    idx: npt.NDArray[np.intp],
    n_units: int,
    v: int,
    n_c: npt.NDArray[np.float64],
    n: int,
) -> tuple[float, float]:
    # Agreeing pairs: sum_u sum_c n_uc (n_uc - 1) / (m_u - 1), from (unit, value) counts.
    pair_code, pair_count = np.unique(unit.astype(np.int64) * v + idx, return_counts=True)
    pair_unit = pair_code // v
    m_u = np.bincount(unit, minlength=n_units)
    agree = float((pair_count * (pair_count - 1) / (m_u[pair_unit] - 1)).sum())
    d_o = (n - agree) / n
    d_e = (n * n - float((n_c**2).sum())) / (n * (n - 1))
    return d_o, d_e


def _interval(
    unit: npt.NDArray[np.intp],
    values: npt.NDArray[np.float64],
    n_units: int,
    n_c: npt.NDArray[np.float64],
    domain: npt.NDArray[np.float64],
    n: int,
) -> tuple[float, float]:
    # Ordered pairs within a unit: sum_ij (x_i - x_j)^2 = 2 m sum x^2 - 2 (sum x)^2.
    # Centre first so the subtraction does not lose precision.
    x = values - float(values.mean())
    m = np.bincount(unit, minlength=n_units).astype(np.float64)
    s1 = np.bincount(unit, weights=x, minlength=n_units)
    s2 = np.bincount(unit, weights=x * x, minlength=n_units)
    used = m >= 2
    per_unit = 2 * (m[used] * s2[used] - s1[used] ** 2) / (m[used] - 1)
    d_o = float(per_unit.sum()) / n
    xd = domain - float(values.mean())
    t1 = float((n_c * xd).sum())
    t2 = float((n_c * xd * xd).sum())
    d_e = 2 * (n * t2 - t1 * t1) / (n * (n - 1))
    return max(d_o, 0.0), d_e


def _ordinal_delta(n_c: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
    cum = np.concatenate(([0.0], np.cumsum(n_c)))
    # For c <= k: sum_{g=c..k} n_g - (n_c + n_k)/2 = cum[k+1] - cum[c] - (n_c + n_k)/2.
    lo = cum[:-1][:, None]
    hi = cum[1:][None, :]
    d = hi - lo - (n_c[:, None] + n_c[None, :]) / 2
    d = np.triu(d) + np.triu(d, 1).T
    return d * d


def _ratio_delta(domain: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
    s = domain[:, None] + domain[None, :]
    diff = domain[:, None] - domain[None, :]
    with np.errstate(invalid="ignore", divide="ignore"):
        d = np.where(s == 0, 0.0, diff / np.where(s == 0, 1.0, s))
    return d * d
