"""Validate a selection plan document and build a :class:`~candor.plans.model.Plan`.

Every problem is collected with its path (``criteria[2].weight``) and line, and
all are raised together in one :class:`~candor.errors.PlanError`.
"""

from __future__ import annotations

import hashlib
import json
import math
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from candor.errors import PlanError
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
from candor.validation import ID_PATTERN, Checker
from candor.yamlio import Document, load_yaml_document, parse_yaml_document

__all__ = ["load_plan", "parse_plan", "plan_from_mapping"]

_WEIGHT_TOLERANCE = 1e-6
_TOP_KEYS = {
    "position",
    "stages",
    "scale",
    "criteria",
    "questions",
    "bar",
    "decision",
    "aggregation",
    "panel",
    "requirements",
}


def _position(c: Checker, data: Mapping[str, Any]) -> Position:
    raw = c.mapping(data.get("position"), "position")
    return Position(
        id=c.ident(raw, "id", "position") if raw else "",
        title=c.text(raw, "title", "position") if raw else "",
        organisation=c.text(raw, "organisation", "position", required=False),
        department=c.text(raw, "department", "position", required=False),
        location=c.text(raw, "location", "position", required=False),
        summary=c.text(raw, "summary", "position", required=False),
    )


def _stages(c: Checker, data: Mapping[str, Any]) -> tuple[Stage, ...]:
    stages: list[Stage] = []
    for i, item in enumerate(c.sequence(data.get("stages"), "stages", required=False)):
        path = f"stages[{i}]"
        if isinstance(item, str):
            stages.append(Stage(id=item, name=item.replace("_", " ").capitalize()))
            if not ID_PATTERN.match(item):
                c.add(path, f"{item!r} is not a valid ID")
        elif isinstance(item, Mapping):
            stages.append(Stage(id=c.ident(item, "id", path), name=c.text(item, "name", path)))
        else:
            c.add(path, "must be an ID or a mapping with id and name")
    _no_duplicates(c, [s.id for s in stages], "stages", "stage")
    return tuple(stages)


def _scale(c: Checker, data: Mapping[str, Any]) -> Scale | None:
    raw = c.mapping(data.get("scale"), "scale")
    if not raw:
        return None
    lo = c.number(raw.get("min"), "scale.min", integer=True)
    hi = c.number(raw.get("max"), "scale.max", integer=True)
    if lo is None or hi is None:
        return None
    if hi <= lo:
        c.add("scale.max", f"must be greater than scale.min ({lo:g}), got {hi:g}")
        return None
    if hi - lo > 10:
        c.add("scale.max", "a scale may have at most 11 levels, each with a written anchor")
        return None
    labels: dict[int, str] = {}
    raw_labels = raw.get("labels")
    if raw_labels is not None:
        for key, value in c.mapping(raw_labels, "scale.labels").items():
            level = _level_key(key)
            if level is None or not lo <= level <= hi:
                c.add(f"scale.labels.{key}", f"is not a level of the scale {lo:g}-{hi:g}")
            elif not isinstance(value, str) or not value.strip():
                c.add(f"scale.labels.{key}", "must be a short text")
            else:
                labels[level] = value.strip()
    return Scale(min=int(lo), max=int(hi), labels=labels)


def _level_key(key: Any) -> int | None:
    if isinstance(key, bool):
        return None
    if isinstance(key, int):
        return key
    if isinstance(key, str) and key.strip().lstrip("-").isdigit():
        return int(key.strip())
    return None


def _criteria(c: Checker, data: Mapping[str, Any], scale: Scale | None) -> tuple[Criterion, ...]:
    items = c.sequence(data.get("criteria"), "criteria")
    if data.get("criteria") is not None and isinstance(data.get("criteria"), list) and not items:
        c.add("criteria", "needs at least one criterion")
    criteria: list[Criterion] = []
    weights_ok = True
    for i, item in enumerate(items):
        path = f"criteria[{i}]"
        if not isinstance(item, Mapping):
            c.add(path, "must be a mapping with id, name, definition, weight and anchors")
            weights_ok = False
            continue
        cid = c.ident(item, "id", path)
        name = c.text(item, "name", path)
        definition = c.text(item, "definition", path)
        weight = (
            c.number(item.get("weight"), f"{path}.weight", exclusive_minimum=0)
            if "weight" in item
            else None
        )
        if "weight" not in item:
            c.add(f"{path}.weight", "is required")
        if weight is None:
            weights_ok = False
        elif weight > 1:
            c.add(f"{path}.weight", f"must be at most 1, got {weight:g}")
            weights_ok = False
        anchors: dict[int, str] = {}
        raw_anchors = item.get("anchors")
        if raw_anchors is None:
            c.add(f"{path}.anchors", "is required: a written anchor for every level of the scale")
        elif not isinstance(raw_anchors, Mapping):
            c.add(f"{path}.anchors", "must map each level of the scale to its written anchor")
        elif scale is not None:
            for key, value in raw_anchors.items():
                level = _level_key(key)
                if level is None or not scale.min <= level <= scale.max:
                    c.add(
                        f"{path}.anchors.{key}",
                        f"is not a level of the scale {scale.min}-{scale.max}",
                    )
                elif not isinstance(value, str) or not value.strip():
                    c.add(f"{path}.anchors.{key}", "must be a written behavioural anchor")
                else:
                    anchors[level] = " ".join(value.split())
            for level in scale.levels:
                if level not in anchors and not any(_level_key(k) == level for k in raw_anchors):
                    c.add(f"{path}.anchors", f"has no anchor for level {level}")
        minimum = None
        if item.get("minimum") is not None:
            minimum = c.number(item.get("minimum"), f"{path}.minimum")
            if (
                minimum is not None
                and scale is not None
                and not (scale.min <= minimum <= scale.max)
            ):
                c.add(
                    f"{path}.minimum",
                    f"must lie on the scale {scale.min}-{scale.max}, got {minimum:g}",
                )
        development = tuple(
            str(s).strip()
            for s in c.sequence(item.get("development"), f"{path}.development", required=False)
            if str(s).strip()
        )
        criteria.append(
            Criterion(
                id=cid,
                name=name,
                definition=" ".join(definition.split()),
                weight=weight or 0.0,
                anchors=anchors,
                minimum=minimum,
                development=development,
            )
        )
    _no_duplicates(c, [x.id for x in criteria], "criteria", "criterion")
    if criteria and weights_ok:
        total = math.fsum(x.weight for x in criteria)
        if abs(total - 1.0) > _WEIGHT_TOLERANCE:
            c.add("criteria", f"weights must sum to 1, they sum to {total:.6g}")
    return tuple(criteria)


def _questions(
    c: Checker, data: Mapping[str, Any], criteria: tuple[Criterion, ...], stages: tuple[Stage, ...]
) -> tuple[Question, ...]:
    known = {x.id for x in criteria}
    stage_ids = {s.id for s in stages}
    questions: list[Question] = []
    for i, item in enumerate(c.sequence(data.get("questions"), "questions", required=False)):
        path = f"questions[{i}]"
        if not isinstance(item, Mapping):
            c.add(path, "must be a mapping with id, text and criteria")
            continue
        qid = c.ident(item, "id", path)
        text = c.text(item, "text", path)
        raw = item.get("criteria")
        if isinstance(raw, str):
            raw = [raw]
        mapped = tuple(str(x) for x in c.sequence(raw, f"{path}.criteria"))
        if raw is not None and not mapped:
            c.add(f"{path}.criteria", "must name at least one criterion")
        for j, cid in enumerate(mapped):
            if known and cid not in known:
                c.add(f"{path}.criteria[{j}]", f"unknown criterion {cid!r}")
        stage = item.get("stage")
        if stage is not None and stage_ids and str(stage) not in stage_ids:
            c.add(f"{path}.stage", f"unknown stage {stage!r}")
        questions.append(
            Question(
                id=qid,
                text=" ".join(text.split()),
                criteria=mapped,
                stage=None if stage is None else str(stage),
            )
        )
    _no_duplicates(c, [q.id for q in questions], "questions", "question")
    for crit in criteria:
        if questions and not any(crit.id in q.criteria for q in questions):
            c.add("questions", f"no question covers criterion {crit.id!r}")
    return tuple(questions)


def _bar(c: Checker, data: Mapping[str, Any], scale: Scale | None) -> Bar:
    raw = data.get("bar")
    if raw is None:
        return Bar()
    raw = c.mapping(raw, "bar")
    overall = None
    if raw.get("overall") is not None:
        overall = c.number(raw.get("overall"), "bar.overall")
        if overall is not None and scale is not None and not scale.min <= overall <= scale.max:
            c.add("bar.overall", f"must lie on the scale {scale.min}-{scale.max}, got {overall:g}")
    for key in raw:
        if key != "overall":
            c.add(f"bar.{key}", "unknown key (per-criterion minima go on each criterion)")
    return Bar(overall=overall)


def _decision(c: Checker, data: Mapping[str, Any]) -> DecisionRule:
    raw = c.mapping(data.get("decision"), "decision")
    kind = str(raw.get("rule", "")) if raw else ""
    text = c.text(raw, "text", "decision") if raw else ""
    n = None
    band_width = None
    if raw and kind not in ("cutoff", "top_n", "banding"):
        c.add("decision.rule", f"must be one of cutoff, top_n, banding; got {raw.get('rule')!r}")
    if kind == "top_n":
        if raw.get("n") is None:
            c.add("decision.n", "is required for the top_n rule")
        else:
            value = c.number(raw.get("n"), "decision.n", integer=True, minimum=1)
            n = None if value is None else int(value)
    if kind == "banding":
        if raw.get("band_width") is None:
            c.add("decision.band_width", "is required for the banding rule")
        else:
            band_width = c.number(raw.get("band_width"), "decision.band_width", minimum=0)
    return DecisionRule(
        kind=kind if kind in ("cutoff", "top_n", "banding") else "cutoff",  # type: ignore[arg-type]
        text=" ".join(text.split()),
        n=n,
        band_width=band_width,
    )


def _aggregation(c: Checker, data: Mapping[str, Any], scale: Scale | None) -> Aggregation:
    raw = data.get("aggregation")
    if raw is None:
        return Aggregation()
    raw = c.mapping(raw, "aggregation")
    method = raw.get("method", "mean")
    if method not in ("mean", "median"):
        c.add("aggregation.method", f"must be mean or median, got {method!r}")
        method = "mean"
    missing = raw.get("missing", "require_all")
    if missing not in ("require_all", "minimum"):
        c.add("aggregation.missing", f"must be require_all or minimum, got {missing!r}")
        missing = "require_all"
    min_raters = c.number(
        raw.get("min_raters", 1), "aggregation.min_raters", integer=True, minimum=1
    )
    spread = c.number(
        raw.get("disagreement_spread", 2), "aggregation.disagreement_spread", minimum=0
    )
    for key in raw:
        if key not in ("method", "missing", "min_raters", "disagreement_spread"):
            c.add(f"aggregation.{key}", "unknown key")
    return Aggregation(
        method=method,
        missing=missing,
        min_raters=int(min_raters or 1),
        disagreement_spread=int(spread) if spread is not None and spread.is_integer() else 2,
    )


def _no_duplicates(c: Checker, ids: list[str], path: str, what: str) -> None:
    seen: set[str] = set()
    for i, value in enumerate(ids):
        if value and value in seen:
            c.add(f"{path}[{i}].id", f"duplicate {what} ID {value!r}")
        seen.add(value)


def _version(data: Mapping[str, Any]) -> str:
    canonical = json.dumps(
        data, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str
    )
    return "sha256:" + hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:16]


def plan_from_document(doc: Document) -> Plan:
    """Validate a parsed document; raise :class:`PlanError` listing every problem."""
    c = Checker(doc)
    data = doc.data
    for key in data:
        if key not in _TOP_KEYS and key != "plan":
            c.add(str(key), "unknown key")
    position = _position(c, data)
    stages = _stages(c, data)
    scale = _scale(c, data)
    criteria = _criteria(c, data, scale)
    questions = _questions(c, data, criteria, stages)
    bar = _bar(c, data, scale)
    decision = _decision(c, data)
    aggregation = _aggregation(c, data, scale)
    panel = tuple(str(x).strip() for x in c.sequence(data.get("panel"), "panel", required=False))
    _no_duplicates(c, list(panel), "panel", "panel member")
    requirements = tuple(
        " ".join(str(x).split())
        for x in c.sequence(data.get("requirements"), "requirements", required=False)
    )
    if c.problems:
        raise PlanError(c.problems)
    assert scale is not None
    return Plan(
        position=position,
        stages=stages,
        scale=scale,
        criteria=criteria,
        questions=questions,
        bar=bar,
        decision=decision,
        aggregation=aggregation,
        panel=panel,
        requirements=requirements,
        version=_version(data),
        source=doc.source,
    )


def plan_from_mapping(data: Mapping[str, Any], *, source: str = "<plan>") -> Plan:
    """Validate a plan given as a mapping (e.g. from the database or a test)."""
    return plan_from_document(Document(data=dict(data), source=source, lines={}))


def parse_plan(text: str, *, source: str = "<plan>") -> Plan:
    """Parse and validate plan YAML text."""
    return plan_from_document(parse_yaml_document(text, source=source))


def load_plan(path: str | Path) -> Plan:
    """Read, validate and return the plan in a YAML file."""
    return plan_from_document(load_yaml_document(path))
