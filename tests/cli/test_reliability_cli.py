"""`candor reliability`: the JSON contract, the table output and bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from candor_cli.main import main

# Shrout & Fleiss (1979) Table 2; Table 4 gives ICC(2,1) = .29 and ICC(3,k) = .91.
SF = [[9, 2, 5, 8], [6, 1, 3, 2], [8, 4, 6, 8], [7, 1, 2, 6], [10, 5, 6, 9], [6, 2, 4, 7]]
FORMS = ["ICC(1,1)", "ICC(2,1)", "ICC(3,1)", "ICC(1,k)", "ICC(2,k)", "ICC(3,k)"]


def _write(tmp_path: Path, text: str, name: str = "ratings.csv") -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def _sf_csv(tmp_path: Path, *, drop: tuple[int, int] | None = None, criterion: bool = False) -> str:
    lines = ["candidate,rater,score" + (",criterion" if criterion else "")]
    for crit in ("analysis", "communication") if criterion else ("",):
        for i, row in enumerate(SF):
            for j, v in enumerate(row):
                value = "" if drop == (i, j) else str(v + (1 if crit == "communication" else 0))
                lines.append(f"c{i + 1},J{j + 1},{value}" + (f",{crit}" if criterion else ""))
    return _write(tmp_path, "\n".join(lines) + "\n")


def _run_json(capsys: pytest.CaptureFixture[str], *argv: str) -> dict:
    assert main(["reliability", *argv, "--format", "json"]) == 0
    out = capsys.readouterr().out
    return json.loads(out)  # strict JSON: json.loads would accept NaN, so check below


def test_json_contract_and_published_values(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = _run_json(capsys, _sf_csv(tmp_path))
    assert {"icc", "alpha", "raters", "design", "method_ids"} <= set(data)
    assert [e["form"] for e in data["icc"]] == FORMS
    by_form = {e["form"]: e for e in data["icc"]}
    assert round(by_form["ICC(2,1)"]["value"], 2) == 0.29
    assert round(by_form["ICC(3,k)"]["value"], 2) == 0.91
    assert by_form["ICC(2,1)"]["mcgraw_wong"] == "ICC(A,1)"
    for entry in data["icc"]:
        assert {"value", "ci95", "f", "df1", "df2", "p", "reason"} <= set(entry)
        assert len(entry["ci95"]) == 2 and entry["reason"] is None
    assert set(data["alpha"]) == {"nominal", "ordinal", "interval", "ratio"}
    assert [r["rater"] for r in data["raters"]] == ["J1", "J2", "J3", "J4"]
    assert {"candidates", "mean_deviation", "severity", "flags"} <= set(data["raters"][0])
    assert data["method_ids"]["icc"] == "icc@1"
    assert "adjusted" not in data


def test_incomplete_design_gives_null_with_reason(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = _run_json(capsys, _sf_csv(tmp_path, drop=(0, 0)))
    assert data["design"]["complete"] is False and data["design"]["ratings"] == 23
    by_form = {e["form"]: e for e in data["icc"]}
    assert by_form["ICC(2,1)"]["value"] is None
    assert "incomplete design" in by_form["ICC(2,1)"]["reason"]
    assert by_form["ICC(1,1)"]["value"] is not None
    assert all(v is not None for v in data["alpha"].values())


def test_undefined_values_are_null_never_nan(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _write(tmp_path, "candidate,rater,score\na,x,3\na,y,3\nb,x,3\nb,y,3\n")
    assert main(["reliability", path, "--format", "json"]) == 0
    out = capsys.readouterr().out
    assert "NaN" not in out and "Infinity" not in out
    data = json.loads(out)
    assert all(e["value"] is None and "identical" in e["reason"] for e in data["icc"])
    assert all(v is None for v in data["alpha"].values())
    assert all(data["alpha_reasons"][lv] for lv in data["alpha"])
    assert data["raters"][0]["flags"] == ["no_variance", "few_ratings"]


def test_criterion_column_gives_results_per_criterion(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = _run_json(capsys, _sf_csv(tmp_path, criterion=True), "--adjusted")
    assert [c["criterion"] for c in data["criteria"]] == ["analysis", "communication"]
    # The second criterion is the first plus one point: same ICCs.
    a, b = data["criteria"]
    for ea, eb in zip(a["icc"], b["icc"], strict=True):
        assert ea["value"] == pytest.approx(eb["value"])
    assert data["adjusted"][0]["label"] == "severity-adjusted estimate"
    assert data["overall"]


def test_other_column_names_by_option(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _write(
        tmp_path, "Applicant,Interviewer,Rating\na,x,1\na,y,2\nb,x,4\nb,y,5\nc,x,3\nc,y,3\n"
    )
    data = _run_json(
        capsys, path, "--candidate", "Applicant", "--rater", "Interviewer", "--score", "Rating"
    )
    assert data["design"] == {"candidates": 3, "raters": 2, "ratings": 6, "complete": True, "k": 2}


def test_table_output(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["reliability", _sf_csv(tmp_path), "--adjusted"]) == 0
    out = capsys.readouterr().out
    for text in ("ICC(2,1)", "ICC(A,1)", "0.290", "[0.02, 0.76]", "Krippendorff", "J1", "Adjusted"):
        assert text in out


@pytest.mark.parametrize(
    ("text", "messages"),
    [
        (
            "candidate,rater,score\na,x,3\na,y,good\n",
            ["ratings.csv:3: score: the score 'good' is not a number"],
        ),
        ("candidate,rater\na,x\n", ["ratings.csv:1: score: missing column 'score'"]),
        (
            "candidate,rater,score\na,x,3\na,x,4\n",
            ["ratings.csv:3: rater: rater 'x' already rated candidate 'a' on line 2"],
        ),
        ("candidate,rater,score\n,x,3\n", ["ratings.csv:2: candidate: the candidate is empty"]),
        ("", ["ratings.csv: the file is empty"]),
        ("candidate,rater,score\na,x,\n", ["ratings.csv: the file has no scores"]),
    ],
    ids=[
        "non-numeric",
        "missing-column",
        "duplicate",
        "empty-candidate",
        "empty-file",
        "no-scores",
    ],
)
def test_bad_input_names_file_line_and_column(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str, messages: list[str]
) -> None:
    path = _write(tmp_path, text)
    assert main(["reliability", path, "--format", "json"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    for message in messages:
        assert message in captured.err
