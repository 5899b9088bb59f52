"""The selection plan: what is rated, how, and how a decision follows from it."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal

AggregationMethod = Literal["mean", "median"]
MissingPolicy = Literal["require_all", "minimum"]
DecisionRuleKind = Literal["cutoff", "top_n", "banding"]

__all__ = [
    "Aggregation",
    "AggregationMethod",
    "Bar",
    "Criterion",
    "DecisionRule",
    "DecisionRuleKind",
    "MissingPolicy",
    "Plan",
    "Position",
    "Question",
    "Scale",
    "Stage",
]


@dataclass(frozen=True, slots=True)
class Position:
    id: str
    title: str
    organisation: str = ""
    department: str = ""
    location: str = ""
    summary: str = ""


@dataclass(frozen=True, slots=True)
class Stage:
    id: str
    name: str


@dataclass(frozen=True, slots=True)
class Scale:
    """An integer rating scale with an optional short label per level."""

    min: int
    max: int
    labels: Mapping[int, str] = field(default_factory=dict)

    @property
    def levels(self) -> tuple[int, ...]:
        return tuple(range(self.min, self.max + 1))

    def label(self, level: int) -> str:
        return self.labels.get(level, str(level))


@dataclass(frozen=True, slots=True)
class Criterion:
    """A job-related competency, its weight and the written anchor of every level."""

    id: str
    name: str
    definition: str
    weight: float
    anchors: Mapping[int, str]
    minimum: float | None = None
    development: tuple[str, ...] = ()

    def anchor(self, level: int) -> str:
        return self.anchors[level]


@dataclass(frozen=True, slots=True)
class Question:
    id: str
    text: str
    criteria: tuple[str, ...]
    stage: str | None = None


@dataclass(frozen=True, slots=True)
class Bar:
    """Minimum weighted overall score; per-criterion minima live on each criterion."""

    overall: float | None = None


@dataclass(frozen=True, slots=True)
class DecisionRule:
    """How an outcome follows from the scores.

    - ``cutoff``: everyone who meets the bar (every criterion minimum and the
      overall minimum) is selected.
    - ``top_n``: of those who meet the bar, the ``n`` highest weighted overall
      scores are selected; a tie across the n-th place is left for a recorded
      human tie-break, never broken silently.
    - ``banding``: of those who meet the bar, everyone within ``band_width``
      points of the highest weighted overall score is selected as equivalent.
    """

    kind: DecisionRuleKind
    text: str
    n: int | None = None
    band_width: float | None = None

    @property
    def method_id(self) -> str:
        return f"{self.kind}@1"


@dataclass(frozen=True, slots=True)
class Aggregation:
    """How a panel's ratings of one criterion become one number, and what is missing."""

    method: AggregationMethod = "mean"
    missing: MissingPolicy = "require_all"
    min_raters: int = 1
    disagreement_spread: int = 2

    @property
    def method_id(self) -> str:
        return f"{self.method}@1"


@dataclass(frozen=True, slots=True)
class Plan:
    """A validated, versioned selection plan (see :func:`candor.plans.load_plan`).

    ``version`` is a content hash of everything that affects ratings and
    decisions, so a changed plan is a different plan.
    """

    position: Position
    stages: tuple[Stage, ...]
    scale: Scale
    criteria: tuple[Criterion, ...]
    questions: tuple[Question, ...]
    bar: Bar
    decision: DecisionRule
    aggregation: Aggregation
    panel: tuple[str, ...]
    requirements: tuple[str, ...]
    version: str
    source: str = "<plan>"

    def criterion(self, criterion_id: str) -> Criterion:
        for c in self.criteria:
            if c.id == criterion_id:
                return c
        raise KeyError(criterion_id)

    @property
    def criterion_ids(self) -> tuple[str, ...]:
        return tuple(c.id for c in self.criteria)

    def questions_for(self, criterion_id: str) -> tuple[Question, ...]:
        return tuple(q for q in self.questions if criterion_id in q.criteria)
