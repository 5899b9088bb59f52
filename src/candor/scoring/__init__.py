"""Scoring: panel ratings to per-criterion aggregates, weighted overall and decision."""

from candor.scoring.ratings import (
    RATINGS_COLUMNS,
    Rating,
    ratings_from_table,
    read_ratings,
    validate_ratings,
)
from candor.scoring.result import (
    OUTCOME_LABELS,
    CandidateResult,
    CriterionResult,
    Flag,
    Outcome,
    RaterRating,
    Reason,
    ScoringResult,
)
from candor.scoring.score import score, weighted_overall

__all__ = [
    "OUTCOME_LABELS",
    "RATINGS_COLUMNS",
    "CandidateResult",
    "CriterionResult",
    "Flag",
    "Outcome",
    "RaterRating",
    "Rating",
    "Reason",
    "ScoringResult",
    "ratings_from_table",
    "read_ratings",
    "score",
    "validate_ratings",
    "weighted_overall",
]
