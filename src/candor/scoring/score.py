"""From a panel's ratings to a decision under the plan's rule, with reasons.

Method IDs (stored with every result): aggregation ``mean@1`` or ``median@1``
across the panel per criterion; overall ``weighted_sum@1`` (sum of weight x
criterion aggregate); rules ``cutoff@1``, ``top_n@1``, ``banding@1``.

Comparisons with a bar use a tolerance of 1e-9 so that floating-point noise in
a weighted sum (0.1 + 0.2) never decides an outcome; a score equal to the bar
meets it.
"""

from __future__ import annotations

import math
import statistics
from collections import defaultdict
from collections.abc import Iterable, Sequence

from candor.errors import InputError, Problem
from candor.plans.model import Criterion, Plan
from candor.scoring.ratings import Rating
from candor.scoring.result import (
    CandidateResult,
    CriterionResult,
    Flag,
    Outcome,
    RaterRating,
    Reason,
    ScoringResult,
)

__all__ = ["EPS", "score", "weighted_overall"]

EPS = 1e-9
OVERALL_METHOD = "weighted_sum@1"


def fmt(value: float) -> str:
    """Two decimals: enough to show a mean of up to 100 raters, never a false tie."""
    return f"{value:.2f}"


def _aggregate(levels: Sequence[int], method: str) -> float:
    if method == "median":
        return float(statistics.median(levels))
    return math.fsum(levels) / len(levels)


def weighted_overall(plan: Plan, values: dict[str, float]) -> float:
    """Sum of weight x aggregate over the plan's criteria."""
    return math.fsum(c.weight * values[c.id] for c in plan.criteria)


def _criterion_result(
    plan: Plan, criterion: Criterion, panel: Sequence[str], given: dict[str, Rating]
) -> CriterionResult:
    agg = plan.aggregation
    ratings = tuple(
        RaterRating(
            rater=r,
            level=given[r].level if r in given else None,
            evidence=given[r].evidence if r in given else "",
        )
        for r in panel
    )
    levels = [x.level for x in ratings if x.level is not None]
    missing = tuple(x.rater for x in ratings if x.level is None)
    value = _aggregate(levels, agg.method) if levels else None
    spread = (max(levels) - min(levels)) if levels else None
    complete = not missing if agg.missing == "require_all" else len(levels) >= agg.min_raters
    meets = None
    if value is not None:
        meets = True if criterion.minimum is None else value >= criterion.minimum - EPS
    return CriterionResult(
        criterion_id=criterion.id,
        name=criterion.name,
        weight=criterion.weight,
        ratings=ratings,
        value=value,
        missing_raters=missing,
        spread=spread,
        disagreement=spread is not None and len(levels) > 1 and spread >= agg.disagreement_spread,
        minimum=criterion.minimum,
        meets_minimum=meets,
        complete=complete and value is not None,
    )


def _bar_reasons(plan: Plan, criteria: Sequence[CriterionResult], overall: float) -> list[Reason]:
    reasons = [
        Reason(
            code="below_criterion_bar",
            text=f"below the bar on {c.name}: {fmt(c.value)} against {fmt(c.minimum)}",
            criterion_id=c.criterion_id,
            value=c.value,
            threshold=c.minimum,
        )
        for c in criteria
        if c.meets_minimum is False and c.value is not None and c.minimum is not None
    ]
    bar = plan.bar.overall
    if bar is not None and overall < bar - EPS:
        reasons.append(
            Reason(
                code="below_overall_bar",
                text=f"weighted overall {fmt(overall)} below the overall bar of {fmt(bar)}",
                value=overall,
                threshold=bar,
            )
        )
    return reasons


def _met_bar_reason(plan: Plan, overall: float) -> Reason:
    bar = plan.bar.overall
    tail = f" (bar {fmt(bar)})" if bar is not None else ""
    return Reason(
        code="met_bar",
        text=f"met the bar on every criterion; weighted overall {fmt(overall)}{tail}",
        value=overall,
        threshold=bar,
    )


def _flags(criteria: Sequence[CriterionResult]) -> list[Flag]:
    flags: list[Flag] = []
    for c in criteria:
        if c.disagreement and c.spread is not None:
            levels = [r.level for r in c.ratings if r.level is not None]
            flags.append(
                Flag(
                    code="disagreement",
                    text=(
                        f"raters differ by {c.spread} levels on {c.name} "
                        f"({min(levels)} to {max(levels)}); discuss at consensus"
                    ),
                    criterion_id=c.criterion_id,
                    raters=tuple(r.rater for r in c.ratings if r.level is not None),
                )
            )
        if c.missing_raters:
            flags.append(
                Flag(
                    code="missing_ratings",
                    text=f"{c.name}: no rating from {', '.join(c.missing_raters)}",
                    criterion_id=c.criterion_id,
                    raters=c.missing_raters,
                )
            )
    return flags


def _rank(overalls: dict[str, float]) -> dict[str, int]:
    """Competition ranking (1, 2, 2, 4): equal overall scores share a rank."""
    ordered = sorted(overalls.items(), key=lambda kv: (-kv[1], kv[0]))
    ranks: dict[str, int] = {}
    for i, (cid, value) in enumerate(ordered):
        prev = ordered[i - 1] if i else None
        if prev is not None and abs(prev[1] - value) <= EPS:
            ranks[cid] = ranks[prev[0]]
        else:
            ranks[cid] = i + 1
    return ranks


def score(
    plan: Plan,
    ratings: Iterable[Rating],
    *,
    candidates: Sequence[str] | None = None,
) -> ScoringResult:
    """Score every candidate in ``ratings`` under ``plan`` and apply its decision rule.

    Parameters
    ----------
    plan
        A validated plan (:func:`candor.plans.load_plan`).
    ratings
        Validated ratings (:func:`candor.scoring.read_ratings`). A rating with
        ``level=None`` records a panel member who has not rated.
    candidates
        Optional list of candidate IDs to include; a candidate listed here with
        no ratings at all is an error, not a silent zero.

    Returns
    -------
    ScoringResult
        Candidates in rank order (incomplete ones last, by ID), each with
        per-criterion aggregates, the weighted overall, the outcome and the
        reasons tied to criteria.
    """
    by_candidate: dict[str, dict[str, dict[str, Rating]]] = defaultdict(lambda: defaultdict(dict))
    raters_of: dict[str, dict[str, None]] = defaultdict(dict)
    for r in ratings:
        by_candidate[r.candidate][r.criterion][r.rater] = r
        raters_of[r.candidate][r.rater] = None
    ids = list(candidates) if candidates is not None else sorted(by_candidate)
    unknown = [c for c in ids if c not in by_candidate]
    if unknown:
        raise InputError(
            Problem(f"candidate {c!r} has no ratings", field="candidate") for c in unknown
        )

    partial: dict[str, tuple[tuple[str, ...], tuple[CriterionResult, ...], float | None]] = {}
    for cid in ids:
        # The plan's panel in its order, then anyone else who rated, by ID, so the
        # result never depends on the order of rows in the file.
        extra = sorted(r for r in raters_of[cid] if r not in plan.panel)
        panel = (*plan.panel, *extra)
        crits = tuple(
            _criterion_result(plan, c, panel, by_candidate[cid][c.id]) for c in plan.criteria
        )
        overall = (
            weighted_overall(plan, {c.criterion_id: c.value for c in crits if c.value is not None})
            if all(c.value is not None for c in crits)
            else None
        )
        partial[cid] = (panel, crits, overall)

    complete = {
        cid: ov
        for cid, (_, crits, ov) in partial.items()
        if ov is not None and all(c.complete for c in crits)
    }
    ranks = _rank(complete)
    qualifies = {cid: not _bar_reasons(plan, partial[cid][1], ov) for cid, ov in complete.items()}
    outcomes, rule_reasons = _apply_rule(plan, complete, qualifies)
    by_rank: dict[int, list[str]] = defaultdict(list)
    for cid, rank in sorted(ranks.items()):
        by_rank[rank].append(cid)

    results: list[CandidateResult] = []
    for cid in ids:
        panel, crits, overall = partial[cid]
        flags = _flags(crits)
        if cid not in complete:
            missing = [c for c in crits if not c.complete]
            absent = {c.missing_raters for c in missing}
            if len(missing) == len(crits) and len(absent) == 1 and next(iter(absent)):
                who = ", ".join(next(iter(absent)))
                reasons: tuple[Reason, ...] = (
                    Reason(
                        code="missing_ratings",
                        text=f"waiting for ratings from {who} on all {len(crits)} criteria",
                    ),
                )
            else:
                reasons = tuple(
                    Reason(
                        code="missing_ratings",
                        text=(
                            f"{c.name}: {c.n_rated} of {len(panel)} panel ratings in"
                            + (
                                f", missing {', '.join(c.missing_raters)}"
                                if c.missing_raters
                                else ""
                            )
                        ),
                        criterion_id=c.criterion_id,
                    )
                    for c in missing
                )
            outcome: Outcome = "incomplete"
            meets_bar = None
        else:
            assert overall is not None
            bar_reasons = _bar_reasons(plan, crits, overall)
            meets_bar = not bar_reasons
            reasons = tuple(
                bar_reasons
                if bar_reasons
                else [_met_bar_reason(plan, overall), *rule_reasons.get(cid, [])]
            )
            outcome = outcomes[cid]
        tied = tuple(o for o in by_rank.get(ranks.get(cid, -1), ()) if o != cid)
        results.append(
            CandidateResult(
                candidate=cid,
                panel=panel,
                criteria=crits,
                overall=overall,
                complete=cid in complete,
                meets_bar=meets_bar,
                rank=ranks.get(cid),
                tied_with=tied,
                outcome=outcome,
                reasons=reasons,
                flags=tuple(flags),
            )
        )
    results.sort(key=lambda r: (r.rank is None, r.rank or 0, r.candidate))
    return ScoringResult(
        plan_version=plan.version,
        position_id=plan.position.id,
        aggregation_method=plan.aggregation.method_id,
        overall_method=OVERALL_METHOD,
        rule_method=plan.decision.method_id,
        rule_text=plan.decision.text,
        overall_bar=plan.bar.overall,
        candidates=tuple(results),
    )


def _top_n_text(n: int) -> str:
    if n == 1:
        return "the highest weighted overall score"
    return f"the {n} highest weighted overall scores"


def _apply_rule(
    plan: Plan, overall: dict[str, float], qualifies: dict[str, bool]
) -> tuple[dict[str, Outcome], dict[str, list[Reason]]]:
    rule = plan.decision
    outcomes: dict[str, Outcome] = {
        cid: ("selected" if ok else "not_selected") for cid, ok in qualifies.items()
    }
    reasons: dict[str, list[Reason]] = defaultdict(list)
    pool = sorted((cid for cid, ok in qualifies.items() if ok), key=lambda c: -overall[c])
    if rule.kind == "top_n" and rule.n is not None and len(pool) > rule.n:
        n = rule.n
        cut = overall[pool[n - 1]]
        above = {c for c in pool if overall[c] > cut + EPS}
        at = {c for c in pool if abs(overall[c] - cut) <= EPS}
        for cid in pool:
            if cid in above or (cid in at and len(above) + len(at) <= n):
                reasons[cid].append(Reason("selected_top_n", _top_n_text(n), value=overall[cid]))
            elif cid in at:
                outcomes[cid] = "tie_break_needed"
                reasons[cid].append(
                    Reason(
                        "tie_at_boundary",
                        f"weighted overall {fmt(cut)} is tied at the last of {n} places; "
                        "the rule needs a recorded human tie-break on job-related evidence",
                        value=overall[cid],
                        threshold=cut,
                    )
                )
            else:
                outcomes[cid] = "not_selected"
                reasons[cid].append(
                    Reason(
                        "outside_top_n",
                        f"weighted overall {fmt(overall[cid])} met the bar; the rule selects "
                        + (
                            f"{_top_n_text(n)} ({fmt(cut)})"
                            if n == 1
                            else f"{_top_n_text(n)} (the last place scored {fmt(cut)})"
                        ),
                        value=overall[cid],
                        threshold=cut,
                    )
                )
    elif rule.kind == "top_n" and rule.n is not None:
        for cid in pool:
            reasons[cid].append(Reason("selected_top_n", _top_n_text(rule.n), value=overall[cid]))
    elif rule.kind == "banding" and pool and rule.band_width is not None:
        floor = overall[pool[0]] - rule.band_width
        for cid in pool:
            if overall[cid] >= floor - EPS:
                reasons[cid].append(
                    Reason(
                        "within_top_band",
                        f"within {fmt(rule.band_width)} points of the top weighted overall "
                        f"(band from {fmt(floor)})",
                        value=overall[cid],
                        threshold=floor,
                    )
                )
            else:
                outcomes[cid] = "not_selected"
                reasons[cid].append(
                    Reason(
                        "outside_top_band",
                        f"weighted overall {fmt(overall[cid])} met the bar but is below the top "
                        f"band, which starts at {fmt(floor)}",
                        value=overall[cid],
                        threshold=floor,
                    )
                )
    return outcomes, reasons
