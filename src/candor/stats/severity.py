"""Rater severity (leniency) on incomplete panels, and severity-adjusted scores.

Three indices per rater, from simplest to most trustworthy:

1. ``naive``: the rater's mean minus the grand mean. Confounded with the
   strength of the candidates the rater happened to see; shown for contrast.
2. ``mean_deviation``: the mean, over the rater's ratings, of (rating minus the
   mean of the *other* raters' ratings of the same candidate).
3. ``severity``: the rater effect ``b_j`` of the additive model
   ``y_ij = a_i + b_j + e_ij`` fitted by least squares on the ratings that exist,
   with ``sum b_j = 0`` within each connected part of the rater-candidate graph.
   Positive ``b_j`` is lenient, negative severe. ``a_i`` is the candidate's
   score as an average rater of that part would have given it: the
   *severity-adjusted* score.

In a complete design all three coincide and the adjusted scores equal the raw
means; in incomplete designs they diverge and the model-based index is the one
to trust.

.. versionadded:: 0.1
"""

from __future__ import annotations

import math
from collections.abc import Hashable
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from candor.stats.ratings import Ratings

__all__ = ["AdjustedScore", "RaterSeverity", "SeverityResult", "rater_severity"]

METHOD_ID = "rater_severity_ols@1"

# Flag codes: stable identifiers a report can cite.
FLAG_NO_VARIANCE = "no_variance"  # the rater gave every candidate the same score
FLAG_SYSTEMATIC = "systematic_disagreement"  # |b_j| >= threshold and >= 2 standard errors
FLAG_FEW_RATINGS = "few_ratings"  # fewer than min_ratings, so no other flag is raised
FLAG_NOT_COMPARED = "not_compared"  # no candidate shared with another rater


@dataclass(frozen=True, slots=True)
class RaterSeverity:
    """Severity indices for one rater.

    Attributes
    ----------
    candidates : int
        Number of candidates the rater rated.
    compared : int
        Ratings of candidates that at least one other rater also rated.
    mean, sd : float or None
        The rater's mean score and standard deviation (ddof=1).
    naive : float
        Rater mean minus grand mean.
    mean_deviation : float or None
        Mean of (rating - mean of the other raters' ratings of that candidate).
    severity, se : float or None
        The additive-model rater effect ``b_j`` (positive = lenient) and its
        standard error.
    component : int
        Connected part of the rater-candidate graph; effects are comparable
        only within one part.
    flags : tuple of str
        Stable codes: ``no_variance``, ``systematic_disagreement``,
        ``few_ratings``, ``not_compared``.
    """

    rater: Hashable
    candidates: int
    compared: int
    mean: float
    sd: float | None
    naive: float
    mean_deviation: float | None
    severity: float | None
    se: float | None
    component: int
    flags: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class AdjustedScore:
    """A candidate's raw mean and severity-adjusted score (clearly labelled)."""

    candidate: Hashable
    ratings: int
    raw_mean: float
    adjusted: float
    component: int


@dataclass(frozen=True, slots=True)
class SeverityResult:
    """Per-rater severity and per-candidate adjusted scores."""

    raters: tuple[RaterSeverity, ...]
    candidates: tuple[AdjustedScore, ...]
    components: int
    residual_sd: float | None
    threshold: float
    min_ratings: int
    method_id: str = METHOD_ID

    def rater(self, label: Hashable) -> RaterSeverity:
        for r in self.raters:
            if r.rater == label:
                return r
        raise KeyError(label)


def rater_severity(
    ratings: Ratings, *, threshold: float = 0.5, min_ratings: int = 5
) -> SeverityResult:
    """Estimate each rater's severity from an additive candidate + rater model.

    Parameters
    ----------
    ratings : Ratings
        Long-form ratings; the design may be incomplete.
    threshold : float
        Size of a rater effect, in score points, that counts as practically
        meaningful (default 0.5, the Facets manual's rule of thumb).
    min_ratings : int
        Raters with fewer ratings get the ``few_ratings`` flag instead of a
        ``systematic_disagreement`` flag.

    Returns
    -------
    SeverityResult

    Notes
    -----
    The model ``y_ij = a_i + b_j + e_ij`` is fitted by least squares with the
    candidate effects absorbed: the rater effects solve the reduced normal
    equations ``(D_r - N' D_c^-1 N) b = r - N' D_c^-1 c`` (``N`` the
    candidate × rater incidence matrix). The minimum-norm solution gives
    ``sum b_j = 0`` in each connected component of the rater-candidate graph.
    Standard errors use the residual variance on ``N - n - k + components``
    degrees of freedom. A rater is flagged for systematic disagreement when
    ``|b_j| >= threshold`` and ``|b_j| >= 2 se``.

    References
    ----------
    .. [1] Raymond, M. R., & Viswesvaran, C. (1993). Least squares models to
       correct for rater effects in performance assessment. Journal of
       Educational Measurement, 30(3), 253-268.
    .. [2] Houston, W. M., Raymond, M. R., & Svec, J. C. (1991). Adjustments for
       rater effects in performance assessment. Applied Psychological
       Measurement, 15(4), 409-421.
    .. [3] Linacre, J. M. Facets manual, "Rater misbehavior"
       (https://www.winsteps.com/facetman/ratermisbehavior.htm): 0.5 score
       points as a practical threshold.
    """
    c, r, y = ratings.candidate, ratings.rater, ratings.score
    n, k, big_n = ratings.n_candidates, ratings.n_raters, ratings.n_ratings
    comp_of_cand, comp_of_rater, n_comp = _components(c, r, n, k)

    per_cand = np.asarray(np.bincount(c, minlength=n), dtype=np.float64)
    cand_sum = np.asarray(np.bincount(c, weights=y, minlength=n), dtype=np.float64)
    per_rater = np.asarray(np.bincount(r, minlength=k), dtype=np.float64)
    rater_sum = np.asarray(np.bincount(r, weights=y, minlength=k), dtype=np.float64)
    rater_sq = np.bincount(r, weights=y * y, minlength=k)
    grand = float(y.mean())

    # Mean deviation from the other raters on the same candidates.
    others = per_cand[c] - 1
    has_other = others > 0
    loo_mean = np.divide(cand_sum[c] - y, others, out=np.zeros_like(y), where=has_other)
    dev = np.where(has_other, y - loo_mean, 0.0)
    dev_sum = np.bincount(r, weights=dev, minlength=k)
    compared = np.bincount(r, weights=has_other.astype(np.float64), minlength=k)

    b, cov_unscaled = _rater_effects(c, r, y, n, k, per_cand, cand_sum, per_rater, rater_sum)
    a = (cand_sum - np.bincount(c, weights=b[r], minlength=n)) / per_cand
    resid = y - a[c] - b[r]
    df_resid = big_n - n - k + n_comp
    sse = float((resid**2).sum())
    sigma2 = sse / df_resid if df_resid > 0 else math.nan
    residual_sd = math.sqrt(sigma2) if math.isfinite(sigma2) else None

    raters: list[RaterSeverity] = []
    for j in range(k):
        m = int(per_rater[j])
        mean_j = rater_sum[j] / m
        var_j = (rater_sq[j] - m * mean_j**2) / (m - 1) if m > 1 else math.nan
        sd_j = math.sqrt(max(var_j, 0.0)) if m > 1 else None
        if sd_j is not None and sd_j < 1e-12 * max(1.0, abs(mean_j)):
            sd_j = 0.0
        n_cmp = int(compared[j])
        md = float(dev_sum[j] / n_cmp) if n_cmp else None
        sev: float | None = float(b[j]) if n_cmp else None
        se: float | None = None
        if sev is not None and math.isfinite(sigma2):
            v = float(cov_unscaled[j, j]) * sigma2
            se = math.sqrt(v) if v > 0 else None
        flags: list[str] = []
        if m >= 2 and sd_j == 0.0:
            flags.append(FLAG_NO_VARIANCE)
        if n_cmp == 0:
            flags.append(FLAG_NOT_COMPARED)
        elif m < min_ratings:
            flags.append(FLAG_FEW_RATINGS)
        elif (
            sev is not None
            and abs(sev) >= threshold
            # Large and precisely estimated (exact when there is no residual noise).
            and ((se is not None and abs(sev) >= 2 * se) or sigma2 == 0)
        ):
            flags.append(FLAG_SYSTEMATIC)
        raters.append(
            RaterSeverity(
                rater=ratings.raters[j],
                candidates=m,
                compared=n_cmp,
                mean=float(mean_j),
                sd=sd_j,
                naive=float(mean_j - grand),
                mean_deviation=md,
                severity=sev,
                se=se,
                component=int(comp_of_rater[j]),
                flags=tuple(flags),
            )
        )
    candidates = tuple(
        AdjustedScore(
            candidate=ratings.candidates[i],
            ratings=int(per_cand[i]),
            raw_mean=float(cand_sum[i] / per_cand[i]),
            adjusted=float(a[i]),
            component=int(comp_of_cand[i]),
        )
        for i in range(n)
    )
    return SeverityResult(
        tuple(raters), candidates, n_comp, residual_sd, float(threshold), int(min_ratings)
    )


def _rater_effects(
    c: npt.NDArray[np.intp],
    r: npt.NDArray[np.intp],
    y: npt.NDArray[np.float64],
    n: int,
    k: int,
    per_cand: npt.NDArray[np.float64],
    cand_sum: npt.NDArray[np.float64],
    per_rater: npt.NDArray[np.float64],
    rater_sum: npt.NDArray[np.float64],
) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64]]:
    """Solve the reduced normal equations for the rater effects (minimum norm)."""
    # N' D_c^-1 N: sum over candidates of outer(N_i, N_i) / n_i, built from the
    # ratings by pairing each rating with every rating of the same candidate.
    w = 1.0 / per_cand
    order = np.argsort(c, kind="stable")
    cs, rs = c[order], r[order]
    starts = np.searchsorted(cs, np.arange(n))
    ends = np.searchsorted(cs, np.arange(n), side="right")
    reduced = np.diag(per_rater)
    sizes = ends - starts
    for size in np.unique(sizes):
        if size == 0:
            continue
        group = np.flatnonzero(sizes == size)
        idx = starts[group][:, None] + np.arange(size)[None, :]
        rr = rs[idx]  # (candidates with this many ratings) x size
        wi = np.repeat(w[group], size * size)
        left = np.repeat(rr, size, axis=1).ravel()
        right = np.tile(rr, (1, size)).ravel()
        reduced -= np.bincount(left * k + right, weights=wi, minlength=k * k).reshape(k, k)
    rhs = rater_sum - np.bincount(r, weights=(cand_sum / per_cand)[c], minlength=k)
    pinv = np.asarray(np.linalg.pinv(reduced, rcond=1e-10, hermitian=True), dtype=np.float64)
    return np.asarray(pinv @ rhs, dtype=np.float64), pinv


def _components(
    c: npt.NDArray[np.intp], r: npt.NDArray[np.intp], n: int, k: int
) -> tuple[npt.NDArray[np.intp], npt.NDArray[np.intp], int]:
    """Connected components of the bipartite candidate-rater graph."""
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import connected_components

    graph = coo_matrix((np.ones(c.size), (c, n + r)), shape=(n + k, n + k))
    count, label = connected_components(graph, directed=False)
    label = np.asarray(label, dtype=np.intp)
    return label[:n], label[n:], int(count)
