"""Selection plan validation: every problem at once, each with its path and line."""

from pathlib import Path

import pytest
import yaml

from candor.errors import PlanError
from candor.plans import load_plan, parse_plan, plan_from_mapping

DEMO = Path(__file__).resolve().parents[3] / "src" / "candor" / "data" / "demo" / "plan.yaml"


def minimal() -> dict:
    def anchors() -> dict:
        return {i: f"level {i} behaviour" for i in range(1, 6)}

    return {
        "position": {"id": "p1", "title": "Role"},
        "scale": {"min": 1, "max": 5},
        "criteria": [
            {"id": "a", "name": "A", "definition": "def a", "weight": 0.6, "anchors": anchors()},
            {"id": "b", "name": "B", "definition": "def b", "weight": 0.4, "anchors": anchors()},
        ],
        "decision": {"rule": "cutoff", "text": "Everyone at or above the bar."},
    }


def problems(data: dict) -> list[str]:
    with pytest.raises(PlanError) as info:
        plan_from_mapping(data, source="plan.yaml")
    return [str(p) for p in info.value.problems]


def test_demo_plan_is_valid() -> None:
    plan = load_plan(DEMO)
    assert plan.position.title == "Production Supervisor, Line 3"
    assert abs(sum(c.weight for c in plan.criteria) - 1) < 1e-9
    assert all(len(c.anchors) == 5 for c in plan.criteria)
    assert plan.decision.method_id == "top_n@1" and plan.decision.n == 1
    assert plan.panel == ("dwhitaker", "lchen", "mrossi")
    assert plan.requirements and plan.version.startswith("sha256:")


def test_minimal_plan_defaults() -> None:
    plan = plan_from_mapping(minimal())
    assert plan.aggregation.method_id == "mean@1"
    assert plan.aggregation.missing == "require_all"
    assert plan.bar.overall is None
    assert plan.scale.levels == (1, 2, 3, 4, 5)


def test_weight_must_be_positive_with_path() -> None:
    data = minimal()
    data["criteria"][1]["weight"] = 0
    assert "plan.yaml: criteria[1].weight: must be greater than 0, got 0" in problems(data)


def test_weights_must_sum_to_one() -> None:
    data = minimal()
    data["criteria"][1]["weight"] = 0.3
    assert "plan.yaml: criteria: weights must sum to 1, they sum to 0.9" in problems(data)


def test_every_problem_is_reported_at_once() -> None:
    data = minimal()
    data["criteria"][0]["weight"] = "heavy"
    del data["criteria"][1]["anchors"][3]
    data["criteria"][1]["id"] = "a"
    data["decision"]["rule"] = "vibes"
    data["scale"]["labels"] = {7: "off the scale"}
    found = problems(data)
    assert "plan.yaml: criteria[0].weight: must be a number, got 'heavy'" in found
    assert "plan.yaml: criteria[1].anchors: has no anchor for level 3" in found
    assert "plan.yaml: criteria[1].id: duplicate criterion ID 'a'" in found
    assert "plan.yaml: decision.rule: must be one of cutoff, top_n, banding; got 'vibes'" in found
    assert "plan.yaml: scale.labels.7: is not a level of the scale 1-5" in found
    assert len(found) == 5


def test_anchor_outside_scale_and_blank_anchor() -> None:
    data = minimal()
    data["criteria"][0]["anchors"][6] = "too high"
    data["criteria"][0]["anchors"][2] = "  "
    found = problems(data)
    assert "plan.yaml: criteria[0].anchors.6: is not a level of the scale 1-5" in found
    assert "plan.yaml: criteria[0].anchors.2: must be a written behavioural anchor" in found


def test_rule_parameters() -> None:
    data = minimal()
    data["decision"] = {"rule": "top_n", "text": "t"}
    assert "plan.yaml: decision.n: is required for the top_n rule" in problems(data)
    data["decision"] = {"rule": "banding", "text": "t", "band_width": -1}
    assert "plan.yaml: decision.band_width: must be at least 0, got -1" in problems(data)
    data["decision"] = {"rule": "cutoff"}
    assert "plan.yaml: decision.text: is required" in problems(data)


def test_questions_must_map_to_known_criteria_and_cover_all() -> None:
    data = minimal()
    data["questions"] = [{"id": "q1", "text": "Tell us", "criteria": ["a", "zzz"]}]
    found = problems(data)
    assert "plan.yaml: questions[0].criteria[1]: unknown criterion 'zzz'" in found
    assert "plan.yaml: questions: no question covers criterion 'b'" in found


def test_bar_must_lie_on_the_scale() -> None:
    data = minimal()
    data["bar"] = {"overall": 6}
    data["criteria"][0]["minimum"] = 0
    found = problems(data)
    assert "plan.yaml: bar.overall: must lie on the scale 1-5, got 6" in found
    assert "plan.yaml: criteria[0].minimum: must lie on the scale 1-5, got 0" in found


def test_unknown_keys_are_reported() -> None:
    data = minimal()
    data["critera"] = []
    assert "plan.yaml: critera: unknown key" in problems(data)


def test_yaml_errors_carry_line_numbers() -> None:
    text = yaml.safe_dump(minimal(), sort_keys=False).replace("weight: 0.4", "weight: -0.4")
    with pytest.raises(PlanError) as info:
        parse_plan(text, source="p.yaml")
    (problem,) = info.value.problems
    assert (
        problem.line
        == text.splitlines().index(
            next(line for line in text.splitlines() if "weight: -0.4" in line)
        )
        + 1
    )
    assert str(problem).startswith(f"p.yaml:{problem.line}: criteria[1].weight")


def test_malformed_yaml() -> None:
    with pytest.raises(Exception, match=r"bad\.yaml:2: malformed YAML: mapping values"):
        parse_plan("position:\n  id: a: b\n", source="bad.yaml")


def test_empty_and_non_mapping_documents() -> None:
    with pytest.raises(Exception, match="the file is empty"):
        parse_plan("   \n", source="e.yaml")
    with pytest.raises(Exception, match="expected a YAML mapping"):
        parse_plan("- a\n- b\n", source="l.yaml")


def test_version_is_a_content_hash() -> None:
    a = plan_from_mapping(minimal())
    b = plan_from_mapping(minimal())
    changed = minimal()
    changed["criteria"][0]["anchors"][3] = "a different anchor"
    assert a.version == b.version
    assert plan_from_mapping(changed).version != a.version


def test_load_plan_accepts_bom_and_crlf(tmp_path: Path) -> None:
    text = yaml.safe_dump(minimal(), sort_keys=False).replace("\n", "\r\n")
    path = tmp_path / "p.yaml"
    path.write_bytes(b"\xef\xbb\xbf" + text.encode())
    assert load_plan(path).position.id == "p1"
