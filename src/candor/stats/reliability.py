"""Intraclass correlation coefficients (ICC) for rater reliability.

The six forms of Shrout & Fleiss (1979), reported with their McGraw & Wong
(1996) names, F tests of ICC = 0 and confidence intervals.

* A **complete** design (every rater rated every candidate) uses the two-way
  ANOVA mean squares; all six forms are defined.
* An **incomplete** design (candidates see different subsets of raters) has
  no ANOVA estimator for the two-way forms, so ICC(2,·) and ICC(3,·) are
  reported as undefined with that reason. The one-way forms use the unbalanced
  one-way ANOVA estimator with the effective number of ratings per candidate
  ``n0`` (Searle, Casella & McCulloch 1992, §3.6); their confidence intervals
  replace ``k`` by ``n0`` (an approximation, Donner 1986).

Undefined values are ``None`` with a reason, never ``nan``; an estimate outside
[-1, 1] (possible with ANOVA estimators on odd data) is reported as undefined
with its raw value kept in ``raw``, never clamped.

.. versionadded:: 0.1
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Literal

import numpy as np
import numpy.typing as npt

from candor.stats.ratings import Ratings

__all__ = ["ICC_FORMS", "ICCForm", "ICCResult", "MeanSquares", "icc", "icc_matrix"]

METHOD_ID = "icc@1"

FormName = Literal["ICC(1,1)", "ICC(2,1)", "ICC(3,1)", "ICC(1,k)", "ICC(2,k)", "ICC(3,k)"]

#: Shrout & Fleiss name -> (McGraw & Wong name, model, type, unit).
ICC_FORMS: Mapping[str, tuple[str, str, str, str]] = MappingProxyType(
    {
        "ICC(1,1)": ("ICC(1)", "one-way random", "absolute agreement", "single rater"),
        "ICC(2,1)": ("ICC(A,1)", "two-way random", "absolute agreement", "single rater"),
        "ICC(3,1)": ("ICC(C,1)", "two-way mixed", "consistency", "single rater"),
        "ICC(1,k)": ("ICC(k)", "one-way random", "absolute agreement", "mean of k raters"),
        "ICC(2,k)": ("ICC(A,k)", "two-way random", "absolute agreement", "mean of k raters"),
        "ICC(3,k)": ("ICC(C,k)", "two-way mixed", "consistency", "mean of k raters"),
    }
)


@dataclass(frozen=True, slots=True)
class MeanSquares:
    """ANOVA mean squares (Shrout & Fleiss 1979, Table 1 notation).

    ``jms`` and ``ems`` are ``None`` for an incomplete design, where only the
    one-way decomposition is used.
    """

    bms: float
    wms: float
    jms: float | None
    ems: float | None
    df_between: int
    df_within: int
    df_raters: int | None
    df_error: int | None


@dataclass(frozen=True, slots=True)
class ICCForm:
    """One ICC form: estimate, F test of ICC = 0, confidence interval.

    Attributes
    ----------
    form : str
        Shrout & Fleiss name, e.g. ``"ICC(2,1)"``.
    mcgraw_wong : str
        McGraw & Wong name, e.g. ``"ICC(A,1)"``.
    value : float or None
        The estimate; ``None`` when undefined (see ``reason``).
    raw : float or None
        The raw estimate when it fell outside [-1, 1] and so was not reported.
    ci : tuple of float or None
        Confidence interval at ``confidence`` (95 % by default).
    f, df1, df2, p : F statistic, its degrees of freedom and the one-sided p-value.
    estimator : str
        Which estimator produced the numbers.
    reasons : mapping
        For each field that is ``None``, why.
    """

    form: str
    mcgraw_wong: str
    model: str
    type: str
    unit: str
    value: float | None
    ci: tuple[float, float] | None
    confidence: float
    f: float | None
    df1: float | None
    df2: float | None
    p: float | None
    estimator: str
    raw: float | None = None
    reasons: Mapping[str, str] = field(default_factory=dict)
    method_id: str = METHOD_ID

    @property
    def reason(self) -> str | None:
        """Why ``value`` is undefined, or ``None`` when it is defined."""
        return self.reasons.get("value")

    def confidence_interval(self) -> tuple[float, float] | None:
        return self.ci


@dataclass(frozen=True, slots=True)
class ICCResult:
    """All six ICC forms for one set of ratings.

    ``k`` is the number of raters per candidate (complete design) or the
    effective number ``n0`` (incomplete design).
    """

    forms: tuple[ICCForm, ...]
    n_candidates: int
    n_raters: int
    n_ratings: int
    complete: bool
    k: float | None
    mean_squares: MeanSquares | None
    reason: str | None = None
    method_id: str = METHOD_ID

    def form(self, name: str) -> ICCForm:
        """The form with Shrout & Fleiss or McGraw & Wong name ``name``."""
        for f in self.forms:
            if name in (f.form, f.mcgraw_wong):
                return f
        raise KeyError(name)

    def __getitem__(self, name: str) -> ICCForm:
        return self.form(name)


def icc(ratings: Ratings, *, confidence: float = 0.95) -> ICCResult:
    """Compute the six intraclass correlations of Shrout & Fleiss (1979).

    Parameters
    ----------
    ratings : Ratings
        Long-form ratings; raters need not rate every candidate.
    confidence : float
        Level of the confidence intervals (default 0.95).

    Returns
    -------
    ICCResult
        Six :class:`ICCForm` in the order ICC(1,1), ICC(2,1), ICC(3,1),
        ICC(1,k), ICC(2,k), ICC(3,k).

    Notes
    -----
    With mean squares BMS (candidates), WMS (within candidates), JMS (raters)
    and EMS (residual), n candidates and k raters::

        ICC(1,1) = (BMS - WMS) / (BMS + (k-1) WMS)        ICC(1,k) = (BMS - WMS) / BMS
        ICC(2,1) = (BMS - EMS) / (BMS + (k-1) EMS + k (JMS - EMS) / n)
        ICC(2,k) = (BMS - EMS) / (BMS + (JMS - EMS) / n)
        ICC(3,1) = (BMS - EMS) / (BMS + (k-1) EMS)        ICC(3,k) = (BMS - EMS) / BMS

    F tests: BMS/WMS on (n-1, n(k-1)) df for the one-way forms, BMS/EMS on
    (n-1, (n-1)(k-1)) df for the two-way forms. Confidence intervals follow
    McGraw & Wong (1996, Table 7), with Satterthwaite degrees of freedom for
    the absolute-agreement forms.

    References
    ----------
    .. [1] Shrout, P. E., & Fleiss, J. L. (1979). Intraclass correlations: Uses
       in assessing rater reliability. Psychological Bulletin, 86(2), 420-428.
    .. [2] McGraw, K. O., & Wong, S. P. (1996). Forming inferences about some
       intraclass correlation coefficients. Psychological Methods, 1(1), 30-46
       (correction: 1(4), 390).
    .. [3] Searle, S. R., Casella, G., & McCulloch, C. E. (1992). Variance
       Components. Wiley. (Unbalanced one-way ANOVA, n0.)
    .. [4] Donner, A. (1986). A review of inference procedures for the
       intraclass correlation coefficient in the one-way random effects model.
       International Statistical Review, 54(1), 67-82.

    Examples
    --------
    >>> from candor.stats import Ratings, icc
    >>> r = Ratings.from_long([1, 1, 2, 2, 3, 3], ["a", "b"] * 3, [4, 5, 2, 2, 5, 5])
    >>> round(icc(r)["ICC(2,1)"].value, 3)
    0.937
    """
    if not 0 < confidence < 1:
        raise ValueError(f"confidence must be between 0 and 1, got {confidence!r}")
    n, k_raters, big_n = ratings.n_candidates, ratings.n_raters, ratings.n_ratings
    complete = ratings.is_complete
    reason = _design_problem(ratings)
    if reason is not None:
        forms = tuple(_undefined_form(name, reason, confidence) for name in ICC_FORMS)
        return ICCResult(forms, n, k_raters, big_n, complete, None, None, reason)
    if complete:
        ms = _two_way_mean_squares(ratings.wide())
        return ICCResult(
            _complete_forms(ms, n, k_raters, confidence), n, k_raters, big_n, True, k_raters, ms
        )
    return _incomplete(ratings, confidence)


def icc_matrix(matrix: npt.ArrayLike, *, confidence: float = 0.95) -> ICCResult:
    """:func:`icc` on a candidates × raters matrix (``nan`` marks a missing rating)."""
    y = np.asarray(matrix, dtype=np.float64)
    if y.ndim != 2:
        raise ValueError(f"matrix must be two-dimensional, got shape {y.shape}")
    cand, rater = np.nonzero(~np.isnan(y))
    return icc(
        Ratings.from_codes(cand, rater, y[cand, rater], candidates=y.shape[0], raters=y.shape[1]),
        confidence=confidence,
    )


# --- design checks ---------------------------------------------------------------


def _design_problem(ratings: Ratings) -> str | None:
    per_candidate = np.bincount(ratings.candidate, minlength=ratings.n_candidates)
    if ratings.n_candidates < 2:
        return "needs at least two candidates (there is one)"
    if ratings.n_raters < 2:
        return "needs at least two raters (there is one)"
    if per_candidate.max() < 2:
        return "no candidate has more than one rating"
    y = ratings.score
    if float(y.max()) == float(y.min()):
        return "every rating is identical, so there is no variance to apportion"
    return None


def _undefined_form(name: str, reason: str, confidence: float, estimator: str = "") -> ICCForm:
    mw, model, typ, unit = ICC_FORMS[name]
    reasons = {"value": reason, "ci": reason, "f": reason, "p": reason}
    return ICCForm(
        name,
        mw,
        model,
        typ,
        unit,
        None,
        None,
        confidence,
        None,
        None,
        None,
        None,
        estimator,
        reasons=MappingProxyType(reasons),
    )


# --- complete design: two-way ANOVA -------------------------------------------------


def _two_way_mean_squares(y: npt.NDArray[np.float64]) -> MeanSquares:
    n, k = y.shape
    grand = float(y.mean())
    row = y.mean(axis=1)
    col = y.mean(axis=0)
    sst = float(((y - grand) ** 2).sum())
    ssr = k * float(((row - grand) ** 2).sum())
    ssc = n * float(((col - grand) ** 2).sum())
    sse = sst - ssr - ssc
    ssw = sst - ssr
    # Rounding can leave -1e-15 where the exact value is 0 (perfect agreement).
    tol = 1e-12 * sst
    sse = 0.0 if sse < tol else sse
    ssw = 0.0 if ssw < tol else ssw
    df_b, df_w, df_j, df_e = n - 1, n * (k - 1), k - 1, (n - 1) * (k - 1)
    return MeanSquares(
        bms=ssr / df_b,
        wms=ssw / df_w,
        jms=ssc / df_j,
        ems=sse / df_e,
        df_between=df_b,
        df_within=df_w,
        df_raters=df_j,
        df_error=df_e,
    )


def _complete_forms(ms: MeanSquares, n: int, k: int, confidence: float) -> tuple[ICCForm, ...]:
    assert ms.jms is not None and ms.ems is not None and ms.df_error is not None
    bms, wms, jms, ems = ms.bms, ms.wms, ms.jms, ms.ems
    q = 1 - (1 - confidence) / 2
    est = "two-way ANOVA, complete design"
    one_way = _f_test(bms, wms, n - 1, n * (k - 1))
    two_way = _f_test(bms, ems, n - 1, ms.df_error)

    def ratio(num: float, den: float) -> float:
        return num / den if den != 0 else math.nan

    icc11 = ratio(bms - wms, bms + (k - 1) * wms)
    icc1k = ratio(bms - wms, bms)
    icc21 = ratio(bms - ems, bms + (k - 1) * ems + k * (jms - ems) / n)
    icc2k = ratio(bms - ems, bms + (jms - ems) / n)
    icc31 = ratio(bms - ems, bms + (k - 1) * ems)
    icc3k = ratio(bms - ems, bms)

    ci1 = _ci_from_f(one_way[0], n - 1, n * (k - 1), q, k)
    ci3 = _ci_from_f(two_way[0], n - 1, ms.df_error, q, k)
    ci2 = _ci_absolute(icc21, bms, jms, ems, n, k, q)

    return (
        _make("ICC(1,1)", icc11, ci1[0], one_way, est, confidence),
        _make("ICC(2,1)", icc21, ci2[0], two_way, est, confidence),
        _make("ICC(3,1)", icc31, ci3[0], two_way, est, confidence),
        _make("ICC(1,k)", icc1k, ci1[1], one_way, est, confidence),
        _make("ICC(2,k)", icc2k, ci2[1], two_way, est, confidence),
        _make("ICC(3,k)", icc3k, ci3[1], two_way, est, confidence),
    )


FTest = tuple[float | None, float, float, float | None, str | None]


def _f_test(num: float, den: float, df1: float, df2: float) -> FTest:
    """F = num/den with its upper-tail p-value, or a reason it is undefined."""
    from scipy import stats

    if df2 <= 0:
        return None, df1, df2, None, "no degrees of freedom for error"
    if den == 0:
        return None, df1, df2, None, "infinite: there is no error variance (perfect agreement)"
    f = num / den
    return f, df1, df2, float(stats.f.sf(f, df1, df2)), None


def _ci_from_f(
    f: float | None, df1: float, df2: float, q: float, k: float
) -> tuple[tuple[float, float] | None, tuple[float, float] | None]:
    """McGraw & Wong (1996) Table 7 cases 1 and 3: single and average forms."""
    from scipy import stats

    if f is None:
        return None, None
    f_l = f / float(stats.f.ppf(q, df1, df2))
    f_u = f * float(stats.f.ppf(q, df2, df1))
    single = ((f_l - 1) / (f_l + k - 1), (f_u - 1) / (f_u + k - 1))
    average = (1 - 1 / f_l, 1 - 1 / f_u) if f_l > 0 and f_u > 0 else None
    return _finite_pair(single), _finite_pair(average)


def _ci_absolute(
    rho: float, bms: float, jms: float, ems: float, n: int, k: int, q: float
) -> tuple[tuple[float, float] | None, tuple[float, float] | None]:
    """McGraw & Wong (1996) Table 7, ICC(A,1) and ICC(A,k), Satterthwaite df."""
    from scipy import stats as st

    if not math.isfinite(rho) or rho >= 1 or ems == 0:
        return None, None
    a = k * rho / (n * (1 - rho))
    b = 1 + k * rho * (n - 1) / (n * (1 - rho))
    den = (a * jms) ** 2 / (k - 1) + (b * ems) ** 2 / ((n - 1) * (k - 1))
    if den <= 0:
        return None, None
    v = (a * jms + b * ems) ** 2 / den
    f_star = float(st.f.ppf(q, n - 1, v))
    f_2star = float(st.f.ppf(q, v, n - 1))
    c1 = k * jms + (k * n - k - n) * ems
    single = (
        n * (bms - f_star * ems) / (f_star * c1 + n * bms),
        n * (f_2star * bms - ems) / (c1 + n * f_2star * bms),
    )
    ck = jms - ems
    average = (
        n * (bms - f_star * ems) / (f_star * ck + n * bms),
        n * (f_2star * bms - ems) / (ck + n * f_2star * bms),
    )
    return _finite_pair(single), _finite_pair(average)


def _finite_pair(pair: tuple[float, float] | None) -> tuple[float, float] | None:
    if pair is None or not all(math.isfinite(x) for x in pair):
        return None
    return (float(pair[0]), float(pair[1]))


def _make(
    name: str,
    value: float,
    ci: tuple[float, float] | None,
    test: FTest,
    estimator: str,
    confidence: float,
) -> ICCForm:
    mw, model, typ, unit = ICC_FORMS[name]
    f, df1, df2, p, f_reason = test
    reasons: dict[str, str] = {}
    raw: float | None = None
    out: float | None = float(value)
    if not math.isfinite(value):
        out = None
        reasons["value"] = (
            "not defined: the candidates' mean squares are zero "
            "(no variation between candidates relative to the error term)"
        )
    elif not -1 - 1e-12 <= value <= 1 + 1e-12:
        raw, out = float(value), None
        reasons["value"] = (
            f"out of range (raw estimate {value:.4g}): the ANOVA estimator is not "
            "interpretable for these data (variation between candidates is smaller "
            "than the variation between raters or the error)"
        )
    else:
        out = min(1.0, max(-1.0, float(value)))  # only rounding noise is trimmed
    if out is None:
        ci = None
    if ci is None:
        reasons["ci"] = reasons.get("value") or f_reason or "not defined for these data"
    if f is None:
        reasons["f"] = f_reason or "not defined"
        reasons["p"] = f_reason or "not defined"
    return ICCForm(
        name,
        mw,
        model,
        typ,
        unit,
        out,
        ci,
        confidence,
        f,
        df1,
        df2,
        p,
        estimator,
        raw=raw,
        reasons=MappingProxyType(reasons),
    )


# --- incomplete design: unbalanced one-way ANOVA ----------------------------------


def _incomplete(ratings: Ratings, confidence: float) -> ICCResult:
    n, k_raters, big_n = ratings.n_candidates, ratings.n_raters, ratings.n_ratings
    c, y = ratings.candidate, ratings.score
    k_i = np.bincount(c, minlength=n).astype(np.float64)
    sums = np.bincount(c, weights=y, minlength=n)
    means = sums / k_i
    grand = float(y.mean())
    ssb = float((k_i * (means - grand) ** 2).sum())
    ssw = float(((y - means[c]) ** 2).sum())
    sst = float(((y - grand) ** 2).sum())
    if ssw < 1e-12 * sst:
        ssw = 0.0
    df_b, df_w = n - 1, big_n - n
    bms, wms = ssb / df_b, ssw / df_w
    n0 = (big_n - float((k_i**2).sum()) / big_n) / (n - 1)
    ms = MeanSquares(bms, wms, None, None, df_b, df_w, None, None)
    q = 1 - (1 - confidence) / 2
    est = (
        f"unbalanced one-way ANOVA (incomplete design; k replaced by n0 = {n0:.3f}, "
        "the effective number of ratings per candidate)"
    )
    test = _f_test(bms, wms, df_b, df_w)
    ci1 = _ci_from_f(test[0], df_b, df_w, q, n0)
    icc11 = (bms - wms) / (bms + (n0 - 1) * wms) if bms + (n0 - 1) * wms != 0 else math.nan
    icc1k = (bms - wms) / bms if bms != 0 else math.nan
    two_way_reason = (
        "not defined for an incomplete design: the two-way ANOVA estimator needs every "
        "rater to rate every candidate; use ICC(1,·) or Krippendorff's alpha, which use "
        "every rating"
    )
    forms = (
        _make("ICC(1,1)", icc11, ci1[0], test, est, confidence),
        _undefined_form("ICC(2,1)", two_way_reason, confidence, "none"),
        _undefined_form("ICC(3,1)", two_way_reason, confidence, "none"),
        _make("ICC(1,k)", icc1k, ci1[1], test, est, confidence),
        _undefined_form("ICC(2,k)", two_way_reason, confidence, "none"),
        _undefined_form("ICC(3,k)", two_way_reason, confidence, "none"),
    )
    return ICCResult(forms, n, k_raters, big_n, False, n0, ms)
