"""The `candor plan`, `candor score` and `candor demo` commands as interfaces."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from candor_cli.main import main

ROOT = Path(__file__).resolve().parents[2]
DEMO = ROOT / "src" / "candor" / "data" / "demo"
EXAMPLE = ROOT / "tests" / "data" / "scoring"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_plan_check_ok(capsys) -> None:
    code, out, err = run(capsys, "plan", "check", str(DEMO / "plan.yaml"))
    assert code == 0 and err == ""
    assert "is a valid plan, version sha256:" in out
    assert "Safety leadership" in out


def test_plan_check_json(capsys) -> None:
    code, out, _ = run(capsys, "plan", "check", str(DEMO / "plan.yaml"), "--format", "json")
    data = json.loads(out)
    assert code == 0 and data["valid"] is True
    assert [c["id"] for c in data["criteria"]] == [
        "safety",
        "people",
        "problem_solving",
        "planning",
        "communication",
    ]
    assert data["decision"]["rule"] == "top_n@1"


def test_plan_check_reports_every_problem(capsys, tmp_path: Path) -> None:
    text = (
        (DEMO / "plan.yaml")
        .read_text()
        .replace("weight: 0.25", "weight: 0")
        .replace("rule: top_n", "rule: lottery")
    )
    bad = tmp_path / "bad.yaml"
    bad.write_text(text)
    code, out, err = run(capsys, "plan", "check", str(bad))
    assert code == 2 and out == ""
    lines = err.strip().splitlines()
    assert any(
        "bad.yaml:" in line and "criteria[0].weight: must be greater than 0" in line
        for line in lines
    )
    assert any("decision.rule: must be one of cutoff, top_n, banding" in line for line in lines)
    assert lines[-1] == "candor: 2 problems found; nothing was written"


def test_score_json_contract(capsys) -> None:
    code, out, _ = run(
        capsys,
        "score",
        str(EXAMPLE / "example_plan.yaml"),
        str(EXAMPLE / "example_ratings.csv"),
        "--format",
        "json",
    )
    data = json.loads(out)
    assert code == 0
    assert data["rule_method"] == "top_n@1" and data["aggregation_method"] == "mean@1"
    first = data["candidates"][0]
    assert first["candidate"] == "Y" and first["rank"] == 1 and first["outcome"] == "selected"
    assert first["overall"] == pytest.approx(59 / 15)
    assert {c["criterion_id"] for c in first["criteria"]} == {"A", "B", "C"}
    z = next(c for c in data["candidates"] if c["candidate"] == "Z")
    assert z["reasons"][0] == {
        "code": "below_criterion_bar",
        "text": "below the bar on Criterion A: 2.67 against 3.00",
        "criterion_id": "A",
        "value": pytest.approx(8 / 3),
        "threshold": 3.0,
    }


def test_score_csv(capsys) -> None:
    code, out, _ = run(
        capsys,
        "score",
        str(EXAMPLE / "example_plan.yaml"),
        str(EXAMPLE / "example_ratings.csv"),
        "--format",
        "csv",
    )
    lines = out.splitlines()
    assert code == 0
    assert lines[0] == "rank,candidate,A,B,C,overall,meets_bar,outcome,reasons,flags"
    assert lines[1].startswith("1,Y,3.6667,4.3333,4.0,3.9333,true,selected,")


def test_score_table_with_candidates(capsys) -> None:
    code, out, _ = run(
        capsys,
        "score",
        str(DEMO / "plan.yaml"),
        str(DEMO / "ratings.csv"),
        "--candidates",
        str(DEMO / "candidates.csv"),
    )
    assert code == 0
    assert "Priya Raman (C03)" in out and "selected" in out
    assert "waiting for ratings from mrossi on all 5 criteria" in out


def test_score_bad_ratings_exit_2_and_nothing_on_stdout(capsys, tmp_path: Path) -> None:
    bad = tmp_path / "r.csv"
    bad.write_text("candidate,rater,criterion,rating\nX,r1,A,9\nX,r1,Q,3\n")
    code, out, err = run(capsys, "score", str(EXAMPLE / "example_plan.yaml"), str(bad))
    assert code == 2 and out == ""
    assert f"{bad}:2: rating: must be on the scale 1-5, got '9'" in err
    assert f"{bad}:3: criterion: unknown criterion 'Q'" in err


def test_score_missing_file(capsys, tmp_path: Path) -> None:
    code, _, err = run(
        capsys, "score", str(EXAMPLE / "example_plan.yaml"), str(tmp_path / "none.csv")
    )
    assert code == 2 and "none.csv: cannot read the file" in err


@pytest.mark.django_db
def test_demo_no_serve(capsys, monkeypatch) -> None:
    # The demo also loads the web app's demo organisation (here into the test
    # database) and sets CANDOR_HTTPS for its own process: restore it afterwards.
    monkeypatch.setenv("CANDOR_HTTPS", "true")
    code, out, _ = run(capsys, "demo", "--no-serve")
    assert code == 0
    assert "Demo logins (password for all: candor-demo)" in out
    assert "Production Supervisor, Line 3" in out
    assert "Priya Raman" in out and "Robert Kowalski" in out
    assert "below the bar on Communication across shifts: 1.33 against 3.00" in out


def test_version_and_help(capsys) -> None:
    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0
    assert capsys.readouterr().out.startswith("candor ")
    assert main([]) == 2
