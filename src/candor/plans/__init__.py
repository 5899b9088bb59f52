"""Selection plans: criteria, weights, anchored scales, questions, bar and rule."""

from candor.plans.load import load_plan, parse_plan, plan_from_document, plan_from_mapping
from candor.plans.model import (
    Aggregation,
    Bar,
    Criterion,
    DecisionRule,
    Plan,
    Position,
    Question,
    Scale,
    Stage,
)

__all__ = [
    "Aggregation",
    "Bar",
    "Criterion",
    "DecisionRule",
    "Plan",
    "Position",
    "Question",
    "Scale",
    "Stage",
    "load_plan",
    "parse_plan",
    "plan_from_document",
    "plan_from_mapping",
]
