"""Result objects of scoring: per criterion, per candidate, and for a whole pool."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any, Literal

__all__ = [
    "CandidateResult",
    "CriterionResult",
    "Flag",
    "Outcome",
    "RaterRating",
    "Reason",
    "ScoringResult",
]

Outcome = Literal["selected", "not_selected", "tie_break_needed", "incomplete"]

#: Words a person reads for each outcome.
OUTCOME_LABELS: dict[str, str] = {
    "selected": "selected",
    "not_selected": "not selected",
    "tie_break_needed": "tie: human tie-break needed",
    "incomplete": "no decision: ratings missing",
}


@dataclass(frozen=True, slots=True)
class RaterRating:
    rater: str
    level: int | None
    evidence: str = ""


@dataclass(frozen=True, slots=True)
class Reason:
    """Why a candidate got their outcome, always tied to a criterion or the overall bar.

    ``code`` is stable: ``below_criterion_bar``, ``below_overall_bar``,
    ``met_bar``, ``selected_top_n``, ``outside_top_n``, ``tie_at_boundary``,
    ``within_top_band``, ``outside_top_band``, ``missing_ratings``.
    """

    code: str
    text: str
    criterion_id: str | None = None
    value: float | None = None
    threshold: float | None = None


@dataclass(frozen=True, slots=True)
class Flag:
    """Something the panel or recruiter should look at: ``disagreement``, ``missing_ratings``."""

    code: str
    text: str
    criterion_id: str | None = None
    raters: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class CriterionResult:
    criterion_id: str
    name: str
    weight: float
    ratings: tuple[RaterRating, ...]
    value: float | None
    """The panel's aggregate (mean or median of the levels given); ``None`` if nobody rated."""
    missing_raters: tuple[str, ...]
    spread: int | None
    disagreement: bool
    minimum: float | None
    meets_minimum: bool | None
    complete: bool

    @property
    def n_rated(self) -> int:
        return sum(1 for r in self.ratings if r.level is not None)


@dataclass(frozen=True, slots=True)
class CandidateResult:
    candidate: str
    panel: tuple[str, ...]
    criteria: tuple[CriterionResult, ...]
    overall: float | None
    complete: bool
    meets_bar: bool | None
    rank: int | None
    tied_with: tuple[str, ...]
    outcome: Outcome
    reasons: tuple[Reason, ...]
    flags: tuple[Flag, ...]

    def criterion(self, criterion_id: str) -> CriterionResult:
        for c in self.criteria:
            if c.criterion_id == criterion_id:
                return c
        raise KeyError(criterion_id)

    @property
    def outcome_label(self) -> str:
        return OUTCOME_LABELS[self.outcome]


@dataclass(frozen=True, slots=True)
class ScoringResult:
    """The scored pool of one plan: candidates in rank order, incomplete ones last."""

    plan_version: str
    position_id: str
    aggregation_method: str
    overall_method: str
    rule_method: str
    rule_text: str
    overall_bar: float | None
    candidates: tuple[CandidateResult, ...]

    def candidate(self, candidate_id: str) -> CandidateResult:
        for c in self.candidates:
            if c.candidate == candidate_id:
                return c
        raise KeyError(candidate_id)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict (the ``candor score --format json`` contract)."""
        return asdict(self)
