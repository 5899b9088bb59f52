"""Adverse impact: selection or scoring rates by group, impact ratios and tests.

The four-step method of the Uniform Guidelines (29 CFR 1607.4D; 1979 Questions
and Answers, Q&A 12): compute each group's selection rate, find the highest,
divide every rate by it, flag ratios below four-fifths. The flag is decided on
integer counts (``5 s_f n_r < 4 s_r n_f``), so a ratio of exactly 4/5 is never
flagged by floating-point accident. Beside the flag each group gets the pooled
two-proportion Z, Fisher's exact test, the shortfall, the selections needed to
reach four-fifths and the one-person swap test (Q&A 21), with small-sample
warnings: an impact ratio is screening evidence, not a finding.

NYC Local Law 144 (6 RCNY § 5-300, § 5-301): with scores instead of selections
the *scoring rate* is the share of a group scoring above the median of the full
sample (unknown category included); § 5-301(d) lets an auditor leave groups
under 2 % of the data out of the impact ratios, which ``min_share`` does while
still reporting their counts and rates.

Counting is separate from the statistics: :func:`count_by_group` turns integer
group codes into counts with ``numpy.bincount`` (the fast path for millions of
rows), :func:`impact_ratios` works on the small table of counts.

.. versionadded:: 0.1
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from fractions import Fraction
from typing import Literal

import numpy as np
import numpy.typing as npt

from candor.errors import InputError, Problem

__all__ = [
    "GroupImpact",
    "ImpactTable",
    "combine_codes",
    "count_by_group",
    "impact_from_rows",
    "impact_ratios",
    "scoring_outcome",
]

METHOD_ID = "four_fifths@1"
Z_METHOD_ID = "two_proportion_z@1"
FISHER_METHOD_ID = "fisher_exact@1"
SCORING_METHOD_ID = "ll144_scoring_rate@1"

RateKind = Literal["selection", "scoring"]

# Warning codes: stable identifiers a report can cite.
WARN_SMALL_EXPECTED = "small_expected_count"  # an expected 2x2 cell is under 5
WARN_SWAP = "one_person_swap_reverses"  # UGESP Q&A 21
WARN_SMALL_GROUP = "small_group"  # under 2 % of the applicants in the table
WARN_REFERENCE_SMALL = "reference_group_small"  # the highest-rate group is under 2 %
WARN_NONE_SELECTED = "none_selected"  # nobody was selected in any group
WARN_EXCLUDED = "excluded_under_min_share"  # left out of the ratios (LL144 § 5-301(d))

SEP = " | "


@dataclass(frozen=True, slots=True)
class GroupImpact:
    """One group's row of an impact table.

    Attributes
    ----------
    applicants, selected : int
        For a scoring table, ``selected`` is the number scoring above the median.
    rate : float
        ``selected / applicants``.
    share : float
        ``applicants`` as a share of all applicants of known group.
    impact_ratio : float or None
        ``rate / reference rate``; ``None`` when undefined (see ``reasons``).
    adverse_impact : bool or None
        The four-fifths flag, decided on integers: ratio strictly below 4/5.
    z, z_p : float or None
        Pooled two-proportion Z against the reference group (positive: this
        group selected less) and its two-sided p-value.
    fisher_p, fisher_p_less : float or None
        Fisher's exact test against the reference group, two-sided and
        one-sided (this group selected less).
    shortfall : float
        Expected selections at the table's overall rate minus actual selections.
    selections_needed : int or None
        Additional selections that would bring the ratio to at least 4/5,
        the reference group held fixed.
    swap_reverses : bool or None
        For a flagged group: would moving one selection from the reference
        group to this group give it a rate at least as high (Q&A 21)?
    excluded : bool
        Left out of the ratios by ``min_share``; counts and rate still given.
    warnings : tuple of str
        Stable codes, see the module constants ``WARN_*``.
    reasons : mapping
        For each field that is ``None``, why.
    """

    group: str
    applicants: int
    selected: int
    rate: float
    share: float
    impact_ratio: float | None
    adverse_impact: bool | None
    z: float | None
    z_p: float | None
    fisher_p: float | None
    fisher_p_less: float | None
    shortfall: float
    selections_needed: int | None
    swap_reverses: bool | None
    is_reference: bool
    excluded: bool
    warnings: tuple[str, ...]
    reasons: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class ImpactTable:
    """An impact table for one grouping (one column, or an intersection)."""

    by: tuple[str, ...]
    rate: RateKind
    median: float | None
    reference_group: str | None
    unknown: int
    applicants: int
    selected: int
    overall_rate: float
    groups: tuple[GroupImpact, ...]
    min_share: float | None
    warnings: tuple[str, ...]
    reason: str | None = None
    method_id: str = METHOD_ID
    test_method_ids: tuple[str, ...] = (Z_METHOD_ID, FISHER_METHOD_ID)

    def group(self, name: str) -> GroupImpact:
        for g in self.groups:
            if g.group == name:
                return g
        raise KeyError(name)

    def __getitem__(self, name: str) -> GroupImpact:
        return self.group(name)


# --- counting --------------------------------------------------------------------


def count_by_group(
    codes: npt.NDArray[np.integer],
    selected: npt.NDArray[np.bool_] | npt.NDArray[np.integer],
    *,
    n_groups: int,
) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64], int]:
    """Applicants and selections per group code, with one bincount pass each.

    Parameters
    ----------
    codes : ndarray of int
        Group code of each applicant in ``range(n_groups)``; the code
        ``n_groups`` marks an unknown group.
    selected : ndarray of bool or 0/1
        Whether each applicant was selected.
    n_groups : int

    Returns
    -------
    applicants, selected : ndarray of int64, length ``n_groups``
    unknown : int
        Applicants whose code is ``n_groups``.
    """
    codes = np.asarray(codes)
    sel = np.asarray(selected)
    if codes.shape != sel.shape or codes.ndim != 1:
        raise ValueError("codes and selected must be one-dimensional and equally long")
    total = np.bincount(codes, minlength=n_groups + 1)
    chosen = np.bincount(codes[sel.astype(bool, copy=False)], minlength=n_groups + 1)
    if total.size > n_groups + 1:
        raise ValueError(f"a group code is above n_groups ({n_groups})")
    return (
        total[:n_groups].astype(np.int64),
        chosen[:n_groups].astype(np.int64),
        int(total[n_groups]),
    )


def combine_codes(
    codes: Sequence[npt.NDArray[np.integer]], sizes: Sequence[int]
) -> tuple[npt.NDArray[np.int64], int]:
    """Codes of the intersection of several groupings (mixed radix).

    Each ``codes[i]`` is in ``range(sizes[i] + 1)``, ``sizes[i]`` meaning
    unknown; the result is in ``range(prod(sizes) + 1)`` with ``prod(sizes)``
    for a row unknown in any grouping.
    """
    total = math.prod(sizes)
    radix = [size + 1 for size in sizes]
    n_cells = math.prod(radix)
    dtype = np.intp
    index: npt.NDArray[np.intp] = np.asarray(codes[0], dtype=dtype)
    for c, base in zip(codes[1:], radix[1:], strict=True):
        index = index * base + np.asarray(c, dtype=dtype)
    if n_cells > 10_000_000:  # too many cells for a lookup table: decode directly
        out = np.zeros(index.shape, dtype=np.int64)
        unknown = np.zeros(index.shape, dtype=bool)
        rest = index.astype(np.int64)
        place = 1
        for size, base in zip(reversed(sizes), reversed(radix), strict=True):
            rest, digit = np.divmod(rest, base)
            unknown |= digit == size
            out += np.minimum(digit, size - 1) * place
            place *= size
        out[unknown] = total
        return out, total
    # Lookup table from the padded (size + 1) radix to the compact code, unknown -> total.
    grid = np.indices(radix).reshape(len(radix), -1)
    lut = np.zeros(n_cells, dtype=np.int64)
    is_unknown = np.zeros(n_cells, dtype=bool)
    for digit, size in zip(grid, sizes, strict=True):
        is_unknown |= digit == size
        lut = lut * size + np.minimum(digit, size - 1)
    lut[is_unknown] = total
    return lut.take(index), total


def scoring_outcome(
    scores: npt.ArrayLike,
) -> tuple[npt.NDArray[np.bool_], float]:
    """Whether each score is above the median of the full sample, and the median.

    Local Law 144 (6 RCNY § 5-300, "scoring rate"): the median is over everyone
    scored, including the unknown category; a score equal to the median is not
    above it; with an even count the median is the mean of the two middle values.
    """
    y = np.asarray(scores, dtype=np.float64)
    if y.size == 0:
        raise InputError(Problem("there are no scores"))
    if not np.isfinite(y).all():
        raise InputError(Problem("a score is not a finite number"))
    median = float(np.median(y))
    return y > median, median


# --- the statistics on a table of counts ----------------------------------------


def impact_ratios(
    groups: Sequence[str],
    applicants: Sequence[int] | npt.NDArray[np.integer],
    selected: Sequence[int] | npt.NDArray[np.integer],
    *,
    by: Sequence[str] = (),
    rate: RateKind = "selection",
    median: float | None = None,
    unknown: int = 0,
    min_share: float | None = None,
    tests: bool = True,
) -> ImpactTable:
    """Selection (or scoring) rates, impact ratios, four-fifths flags and tests.

    Parameters
    ----------
    groups : sequence of str
        Group names, at least two, all different.
    applicants, selected : sequences of int
        Counts per group; ``0 <= selected <= applicants`` and ``applicants > 0``.
    by : sequence of str
        The column(s) the groups come from, for the report.
    rate : {"selection", "scoring"}
        ``"scoring"`` when ``selected`` counts applicants scoring above the
        median (Local Law 144); ``median`` is then reported.
    unknown : int
        Applicants whose group is unknown: counted and reported, not used.
    min_share : float, optional
        Leave groups with less than this share of the applicants (e.g. 0.02,
        LL144 § 5-301(d)) out of the reference choice and the ratios; their
        counts and rates are still reported.
    tests : bool
        Compute Z and Fisher tests (default True).

    Returns
    -------
    ImpactTable

    Notes
    -----
    For a group f against the reference r (highest rate among included groups)::

        IR = (s_f / n_f) / (s_r / n_r),   flagged when 5 s_f n_r < 4 s_r n_f
        Z  = (p_r - p_f) / sqrt(P (1 - P) (1/n_f + 1/n_r)),  P = (s_f + s_r)/(n_f + n_r)
        shortfall = n_f S / N - s_f  (S, N over all groups in the table)
        selections needed = max(0, ceil(4 s_r n_f / (5 n_r)) - s_f)

    Fisher's test conditions on both margins of the 2 x 2 table; the two-sided
    p-value sums the probabilities not above the observed one (scipy's
    convention). Undefined quantities are ``None`` with a reason: the ratio
    when nobody was selected, Z when P is 0 or 1.

    References
    ----------
    .. [1] Uniform Guidelines on Employee Selection Procedures, 29 CFR 1607.4D
       and 1607.16; Questions and Answers, 44 FR 11996 (1979), Q&A 11, 12, 21.
    .. [2] NYC Department of Consumer and Worker Protection, Rules on Automated
       Employment Decision Tools, 6 RCNY §§ 5-300, 5-301 (2023).
    .. [3] Morris, S. B., & Lobsenz, R. E. (2000). Significance tests and
       confidence intervals for the adverse impact ratio. Personnel
       Psychology, 53(1), 89-111.
    .. [4] Fisher, R. A. (1935). The logic of inductive inference. Journal of
       the Royal Statistical Society, 98(1), 39-82.

    Examples
    --------
    UGESP Q&A 12: 48 of 80 white and 12 of 40 Black applicants hired.

    >>> t = impact_ratios(["White", "Black"], [80, 40], [48, 12])
    >>> t["Black"].impact_ratio, t["Black"].adverse_impact
    (0.5, True)
    """
    names = [str(g) for g in groups]
    n = [int(x) for x in np.asarray(applicants).tolist()]
    s = [int(x) for x in np.asarray(selected).tolist()]
    _validate(names, n, s, unknown)
    if min_share is not None and not 0 <= min_share < 1:
        raise ValueError(f"min_share must be in [0, 1), got {min_share!r}")
    total_n, total_s = sum(n), sum(s)
    overall = total_s / total_n
    share = [x / total_n for x in n]
    included = [
        not (
            min_share is not None
            and Fraction(n[i], total_n) < Fraction(min_share).limit_denominator(10**9)
        )
        for i in range(len(n))
    ]
    table_warnings: list[str] = []
    candidates = [i for i in range(len(n)) if included[i]]
    ref: int | None = None
    reason: str | None = None
    if len(candidates) < 2:
        reason = "fewer than two groups remain after excluding small groups"
    elif all(s[i] == 0 for i in candidates):
        reason = "nobody was selected in any group, so no ratio is defined"
        table_warnings.append(WARN_NONE_SELECTED)
    else:
        # Highest rate, compared exactly; the first listed wins a tie (ties change no ratio).
        ref = candidates[0]
        for i in candidates[1:]:
            if s[i] * n[ref] > s[ref] * n[i]:
                ref = i
        if share[ref] < 0.02:
            table_warnings.append(WARN_REFERENCE_SMALL)

    rows = [
        _group_row(i, names, n, s, share, overall, ref, included[i], reason, tests)
        for i in range(len(n))
    ]
    return ImpactTable(
        by=tuple(by),
        rate=rate,
        median=median,
        reference_group=names[ref] if ref is not None else None,
        unknown=int(unknown),
        applicants=total_n,
        selected=total_s,
        overall_rate=overall,
        groups=tuple(rows),
        min_share=min_share,
        warnings=tuple(table_warnings),
        reason=reason,
    )


def _validate(names: list[str], n: list[int], s: list[int], unknown: int) -> None:
    problems: list[Problem] = []
    if len(names) != len(n) or len(n) != len(s):
        raise InputError(Problem("groups, applicants and selected must be equally long"))
    seen: set[str] = set()
    for name, ni, si in zip(names, n, s, strict=True):
        where = f"group {name!r}"
        if name in seen:
            problems.append(Problem(f"{where} appears twice"))
        seen.add(name)
        if ni < 0 or si < 0:
            problems.append(Problem(f"{where}: counts must not be negative"))
        elif ni == 0:
            problems.append(Problem(f"{where} has no applicants"))
        elif si > ni:
            problems.append(Problem(f"{where}: {si} selected but only {ni} applicants"))
    if unknown < 0:
        problems.append(Problem("the unknown count must not be negative"))
    InputError.raise_if(problems)
    if len(names) < 2:
        raise InputError(Problem("needs at least two groups to compare (there is one)"))


def _group_row(
    i: int,
    names: list[str],
    n: list[int],
    s: list[int],
    share: list[float],
    overall: float,
    ref: int | None,
    included: bool,
    table_reason: str | None,
    tests: bool,
) -> GroupImpact:
    nf, sf = n[i], s[i]
    reasons: dict[str, str] = {}
    warnings: list[str] = []
    if share[i] < 0.02:
        warnings.append(WARN_SMALL_GROUP)
    ir: float | None = None
    flag: bool | None = None
    z = z_p = fisher_p = fisher_less = None
    needed: int | None = None
    swap: bool | None = None
    if not included:
        warnings.append(WARN_EXCLUDED)
        why = "excluded: under the minimum share of the data (LL144 § 5-301(d))"
        reasons.update(
            impact_ratio=why, adverse_impact=why, selections_needed=why, swap_reverses=why
        )
    elif ref is None:
        why = table_reason or "no reference group"
        reasons.update(impact_ratio=why, adverse_impact=why, selections_needed=why)
        reasons["swap_reverses"] = why
    else:
        nr, sr = n[ref], s[ref]
        ir = float(Fraction(sf * nr, sr * nf))
        flag = 5 * sf * nr < 4 * sr * nf
        needed = max(0, -((-4 * sr * nf) // (5 * nr)) - sf)
        if needed > nf - sf:
            reasons["selections_needed"] = "more selections than applicants not selected"
            needed = None
        if i == ref:
            swap = None
            reasons["swap_reverses"] = "this is the reference group"
        elif flag:
            swap = (sf + 1) * nr >= (sr - 1) * nf
            if swap:
                warnings.append(WARN_SWAP)
        else:
            reasons["swap_reverses"] = "applies only to a flagged comparison"
    if ref is None or not included or i == ref:
        why = (
            "this is the reference group"
            if ref is not None and i == ref
            else reasons.get("impact_ratio", "no reference group")
        )
        if tests:
            reasons.update(z=why, z_p=why, fisher_p=why, fisher_p_less=why)
    elif tests:
        nr, sr = n[ref], s[ref]
        z, z_p, z_reason = _z_test(sf, nf, sr, nr)
        if z_reason:
            reasons.update(z=z_reason, z_p=z_reason)
        fisher_p, fisher_less = _fisher(sf, nf, sr, nr)
        if _small_expected(sf, nf, sr, nr):
            warnings.append(WARN_SMALL_EXPECTED)
    if not tests:
        reasons.update(
            z="tests not requested",
            z_p="tests not requested",
            fisher_p="tests not requested",
            fisher_p_less="tests not requested",
        )
    return GroupImpact(
        group=names[i],
        applicants=nf,
        selected=sf,
        rate=sf / nf,
        share=share[i],
        impact_ratio=ir,
        adverse_impact=flag,
        z=z,
        z_p=z_p,
        fisher_p=fisher_p,
        fisher_p_less=fisher_less,
        shortfall=nf * overall - sf,
        selections_needed=needed,
        swap_reverses=swap,
        is_reference=ref == i,
        excluded=not included,
        warnings=tuple(warnings),
        reasons=reasons,
    )


def _z_test(sf: int, nf: int, sr: int, nr: int) -> tuple[float | None, float | None, str | None]:
    from scipy import stats

    pooled = Fraction(sf + sr, nf + nr)
    if pooled in (0, 1):
        return None, None, "not defined: the pooled selection rate is 0 or 1"
    p = float(pooled)
    se = math.sqrt(p * (1 - p) * (1 / nf + 1 / nr))
    z = (sr / nr - sf / nf) / se
    return z, float(2 * stats.norm.sf(abs(z))), None


def _fisher(sf: int, nf: int, sr: int, nr: int) -> tuple[float, float]:
    from scipy import stats

    table = [[sf, nf - sf], [sr, nr - sr]]
    two = stats.fisher_exact(table, alternative="two-sided")
    less = stats.fisher_exact(table, alternative="less")
    return min(1.0, float(two.pvalue)), min(1.0, float(less.pvalue))


def _small_expected(sf: int, nf: int, sr: int, nr: int) -> bool:
    total = nf + nr
    chosen = sf + sr
    rest = total - chosen
    return any(row * col < 5 * total for row in (nf, nr) for col in (chosen, rest))


# --- from per-applicant rows ----------------------------------------------------


def impact_from_rows(
    groupings: Mapping[str, Sequence[str | None]],
    *,
    selected: Sequence[bool] | npt.NDArray[np.bool_] | None = None,
    scores: Sequence[float] | npt.ArrayLike | None = None,
    min_share: float | None = None,
    intersection: bool = True,
) -> tuple[ImpactTable, ...]:
    """One table per grouping column and one for their intersection.

    Parameters
    ----------
    groupings : mapping of column name to group labels
        ``None`` marks an unknown group value: such rows are counted in the
        table's ``unknown`` and left out of its rates.
    selected : sequence of bool, optional
        Whether each applicant was selected (selection rates).
    scores : sequence of float, optional
        Scores instead of selections: the scoring rate of Local Law 144.
    min_share : float, optional
        See :func:`impact_ratios`.
    intersection : bool
        Add the intersection table when there are two or more columns; its
        group names join the values with ``" | "`` in column order.
    """
    if (selected is None) == (scores is None):
        raise ValueError("give exactly one of selected and scores")
    if not groupings:
        raise ValueError("give at least one grouping column")
    median: float | None = None
    kind: RateKind = "selection"
    if scores is not None:
        outcome, median = scoring_outcome(scores)
        kind = "scoring"
    else:
        outcome = np.asarray(selected, dtype=bool)
    coded: list[tuple[str, list[str], npt.NDArray[np.int64]]] = []
    for column, labels in groupings.items():
        if len(labels) != outcome.size:
            raise ValueError(f"column {column!r} has {len(labels)} values, expected {outcome.size}")
        values = sorted({v for v in labels if v is not None})
        index = {v: j for j, v in enumerate(values)}
        unknown_code = len(values)
        codes = np.fromiter(
            (unknown_code if v is None else index[v] for v in labels),
            dtype=np.int64,
            count=len(labels),
        )
        coded.append((column, values, codes))
    tables: list[ImpactTable] = []
    for column, values, codes in coded:
        tables.append(_table(column, values, codes, outcome, kind, median, min_share))
    if intersection and len(coded) >= 2:
        combined, total = combine_codes([c for _, _, c in coded], [len(v) for _, v, _ in coded])
        present = np.unique(combined[combined < total])
        joined: list[str] = []
        for code in present.tolist():
            parts = []
            for _, values, _ in reversed(coded):
                code, j = divmod(code, len(values))
                parts.append(values[j])
            joined.append(SEP.join(reversed(parts)))
        remap = np.full(total + 1, len(present), dtype=np.int64)
        remap[present] = np.arange(len(present))
        tables.append(
            _table(
                tuple(name for name, _, _ in coded),
                joined,
                remap[combined],
                outcome,
                kind,
                median,
                min_share,
            )
        )
    return tuple(tables)


def _table(
    by: str | tuple[str, ...],
    values: list[str],
    codes: npt.NDArray[np.int64],
    outcome: npt.NDArray[np.bool_],
    kind: RateKind,
    median: float | None,
    min_share: float | None,
) -> ImpactTable:
    by_t = (by,) if isinstance(by, str) else by
    applicants, chosen, unknown = count_by_group(codes, outcome, n_groups=len(values))
    where = " × ".join(by_t)
    if len(values) < 2:
        raise InputError(
            Problem(
                f"needs at least two groups to compare; column {where} has "
                f"{len(values)} known value{'s' if len(values) != 1 else ''}",
                field=where,
            )
        )
    return impact_ratios(
        values,
        applicants,
        chosen,
        by=by_t,
        rate=kind,
        median=median,
        unknown=unknown,
        min_share=min_share,
    )
