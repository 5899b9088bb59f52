"""Reading ratings files: every problem named by file, line and column."""

from pathlib import Path

import pytest

from candor.errors import InputError
from candor.plans import load_plan
from candor.scoring import read_ratings

DEMO = Path(__file__).resolve().parents[3] / "src" / "candor" / "data" / "demo"


@pytest.fixture(scope="module")
def plan():
    return load_plan(DEMO / "plan.yaml")


def problems(tmp_path: Path, plan, text: str, encoding: str = "utf-8") -> list[str]:
    path = tmp_path / "ratings.csv"
    path.write_bytes(text.encode(encoding))
    with pytest.raises(InputError) as info:
        read_ratings(path, plan)
    return [str(p).replace(str(tmp_path) + "/", "") for p in info.value.problems]


def test_demo_ratings_read(plan) -> None:
    ratings = read_ratings(DEMO / "ratings.csv", plan)
    assert len(ratings) == 105
    assert sum(r.level is None for r in ratings) == 5


def test_all_problems_with_line_and_column(tmp_path: Path, plan) -> None:
    text = (
        "candidate,rater,criterion,rating\n"
        "C1,a,safety,7\n"
        "C1,a,people,2.5\n"
        "C1,a,teamwork,3\n"
        "C1,a,safety,3\n"
        ",a,planning,3\n"
        "C1,b,planning,three\n"
    )
    found = problems(tmp_path, plan, text)
    assert found == [
        "ratings.csv:2: rating: must be on the scale 1-5, got '7'",
        "ratings.csv:3: rating: must be a whole number 1-5 (the scale has no half levels), got '2.5'",
        "ratings.csv:4: criterion: unknown criterion 'teamwork' (the plan has: communication, "
        "people, planning, problem_solving, safety)",
        "ratings.csv:5: rater: duplicate rating of 'safety' for candidate 'C1' by 'a' (first on line 2)",
        "ratings.csv:6: candidate: is empty",
        "ratings.csv:7: rating: must be a whole number 1-5, got 'three'",
    ]


def test_missing_columns(tmp_path: Path, plan) -> None:
    found = problems(tmp_path, plan, "candidate,score\nC1,3\n")
    assert found == [
        "ratings.csv:1: rater: missing column 'rater' (the header has: candidate, score)",
        "ratings.csv:1: criterion: missing column 'criterion' (the header has: candidate, score)",
    ]


def test_header_variants_bom_crlf_latin1(tmp_path: Path, plan) -> None:
    text = "Evidence;Rating;Criterion;Interviewer;Candidate ID\r\nCalm under pressure, Garc\xeda;4;Safety leadership;a;C1\r\n"
    path = tmp_path / "r.csv"
    path.write_bytes(text.encode("cp1252"))
    (r,) = read_ratings(path, plan)
    assert (r.candidate, r.rater, r.criterion, r.level, r.line) == ("C1", "a", "safety", 4, 2)
    assert r.evidence.endswith("García")


def test_empty_file(tmp_path: Path, plan) -> None:
    assert problems(tmp_path, plan, "") == ["ratings.csv: the file is empty"]


def test_a_whole_number_written_as_float_is_accepted(tmp_path: Path, plan) -> None:
    path = tmp_path / "r.csv"
    path.write_text("candidate,rater,criterion,rating\nC1,a,safety,4.0\n")
    assert read_ratings(path, plan)[0].level == 4
