"""The worked example of docs/scoring.md, computed by hand there and checked here.

Data: tests/data/scoring/example_plan.yaml and example_ratings.csv.
"""

from pathlib import Path

import pytest

from candor.plans import load_plan, plan_from_mapping
from candor.scoring import read_ratings, score

DATA = Path(__file__).resolve().parents[2] / "data" / "scoring"


@pytest.fixture(scope="module")
def result():
    plan = load_plan(DATA / "example_plan.yaml")
    return score(plan, read_ratings(DATA / "example_ratings.csv", plan))


def test_per_criterion_means(result) -> None:
    x = result.candidate("X")
    assert x.criterion("A").value == pytest.approx(13 / 3)  # (4 + 4 + 5) / 3
    assert x.criterion("B").value == 3.0
    assert x.criterion("C").value == 3.0


def test_weighted_overall(result) -> None:
    # 0.5 * 13/3 + 0.3 * 3 + 0.2 * 3 = 3.6667
    assert result.candidate("X").overall == pytest.approx(0.5 * 13 / 3 + 0.9 + 0.6)
    # 0.5 * 11/3 + 0.3 * 13/3 + 0.2 * 4 = 3.9333
    assert result.candidate("Y").overall == pytest.approx(59 / 15)
    assert result.candidate("Z").overall == pytest.approx(0.5 * 8 / 3 + 0.3 * 14 / 3 + 1.0)
    assert result.candidate("W").overall == pytest.approx(2.7)


def test_ranking_and_outcomes(result) -> None:
    assert [c.candidate for c in result.candidates] == ["Y", "Z", "X", "W"]
    assert [c.rank for c in result.candidates] == [1, 2, 3, 4]
    outcomes = {c.candidate: c.outcome for c in result.candidates}
    assert outcomes == {
        "Y": "selected",
        "Z": "not_selected",
        "X": "not_selected",
        "W": "not_selected",
    }


def test_reasons_are_tied_to_criteria(result) -> None:
    z = result.candidate("Z")
    assert [r.code for r in z.reasons] == ["below_criterion_bar"]
    assert z.reasons[0].text == "below the bar on Criterion A: 2.67 against 3.00"
    assert z.reasons[0].criterion_id == "A"
    w = result.candidate("W")
    # B's mean is exactly its minimum of 2: meeting the bar is "at or above".
    assert w.criterion("B").meets_minimum is True
    assert [r.text for r in w.reasons] == ["weighted overall 2.70 below the overall bar of 3.00"]
    x = result.candidate("X")
    assert [r.code for r in x.reasons] == ["met_bar", "outside_top_n"]


def test_disagreement_flags(result) -> None:
    x = result.candidate("X")
    assert [f.criterion_id for f in x.flags if f.code == "disagreement"] == ["C"]
    assert (
        x.flags[0].text == "raters differ by 2 levels on Criterion C (2 to 4); discuss at consensus"
    )
    assert not result.candidate("Y").flags


def test_method_ids(result) -> None:
    assert (result.aggregation_method, result.overall_method, result.rule_method) == (
        "mean@1",
        "weighted_sum@1",
        "top_n@1",
    )


def test_median_variant() -> None:
    import yaml

    data = yaml.safe_load((DATA / "example_plan.yaml").read_text())
    data["aggregation"] = {"method": "median"}
    plan = plan_from_mapping(data)
    result = score(plan, read_ratings(DATA / "example_ratings.csv", plan))
    x = result.candidate("X")
    assert x.criterion("A").value == 4.0
    assert x.overall == pytest.approx(0.5 * 4 + 0.3 * 3 + 0.2 * 3)  # 3.5
    assert result.aggregation_method == "median@1"


def test_doc_shows_these_numbers() -> None:
    doc = (Path(__file__).resolve().parents[3] / "docs" / "scoring.md").read_text()
    for text in ("3.67", "3.93", "3.73", "2.70", "2.67 against 3.00", "3.5"):
        assert text in doc
