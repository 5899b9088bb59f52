"""`candor impact`: the JSON contract, the table output and bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from candor_cli.main import main

GROUP_KEYS = {
    "group",
    "applicants",
    "selected",
    "rate",
    "impact_ratio",
    "adverse_impact",
    "z",
    "fisher_p",
    "shortfall",
    "selections_needed",
}
TABLE_KEYS = {"by", "rate", "median", "reference_group", "unknown", "groups"}


def _write(tmp_path: Path, text: str, name: str = "data.csv") -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def _json(capsys: pytest.CaptureFixture[str], *argv: str) -> dict:
    assert main(["impact", *argv, "--format", "json"]) == 0
    out = capsys.readouterr().out
    assert "NaN" not in out and "Infinity" not in out
    return json.loads(out)


def test_counts_contract_with_ugesp_qa_11(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """UGESP Q&A 11 rates (60, 45, 48, 51 %) as per-100 counts: only 45 % is flagged."""
    path = _write(
        tmp_path,
        "Group,Applicants,Selected\nWhite,100,60\nAmerican Indian,100,45\nHispanic,100,48\n"
        "Black,100,51\n",
    )
    data = _json(capsys, "--counts", path)
    (table,) = data["tables"]
    assert set(table) >= TABLE_KEYS
    assert table["rate"] == "selection" and table["median"] is None
    assert table["reference_group"] == "White" and table["unknown"] == 0
    groups = {g["group"]: g for g in table["groups"]}
    for g in groups.values():
        assert set(g) >= GROUP_KEYS
    assert groups["Hispanic"]["impact_ratio"] == 0.8
    assert groups["Hispanic"]["adverse_impact"] is False
    assert groups["American Indian"]["adverse_impact"] is True
    assert groups["American Indian"]["selections_needed"] == 3
    assert groups["White"]["z"] is None and groups["White"]["reasons"]["z"]


def test_rows_with_two_columns_give_three_tables(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _write(
        tmp_path,
        "id,sex,race,outcome\n1,F,A,yes\n2,F,B,no\n3,M,A,1\n4,M,B,TRUE\n5,,A,0\n6,F,A,No\n"
        "7,M,Prefer not to say,1\n",
    )
    data = _json(capsys, path, "--by", "sex", "--by", "race", "--selected", "outcome")
    tables = data["tables"]
    assert [t["by"] for t in tables] == [["sex"], ["race"], ["sex", "race"]]
    assert [t["unknown"] for t in tables] == [1, 1, 2]
    inter = {g["group"]: g for g in tables[2]["groups"]}
    assert set(inter) == {"F | A", "F | B", "M | A", "M | B"}
    assert inter["F | A"]["applicants"] == 2 and inter["F | A"]["selected"] == 1


def test_score_column_switches_to_ll144_scoring_rate(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _write(tmp_path, "sex,score\nF,1\nF,2\nM,3\nM,3\n,3\nF,4\nM,5\nM,6\n")
    data = _json(capsys, path, "--by", "sex", "--score", "score")
    (table,) = data["tables"]
    assert table["rate"] == "scoring" and table["median"] == 3.0 and table["unknown"] == 1
    groups = {g["group"]: g for g in table["groups"]}
    assert (groups["F"]["applicants"], groups["F"]["selected"]) == (3, 1)
    assert (groups["M"]["applicants"], groups["M"]["selected"]) == (4, 2)


def test_exclusion_option_keeps_counts_of_small_groups(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _write(tmp_path, "group,applicants,selected\nA,500,200\nB,480,150\nTiny,19,19\n")
    data = _json(capsys, "--counts", path, "--exclude-below", "0.02")
    groups = {g["group"]: g for g in data["tables"][0]["groups"]}
    assert groups["Tiny"]["excluded"] is True and groups["Tiny"]["impact_ratio"] is None
    assert groups["Tiny"]["applicants"] == 19 and groups["Tiny"]["rate"] == 1.0
    assert data["tables"][0]["reference_group"] == "A"


def test_table_output(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _write(tmp_path, "group,applicants,selected\nWhite,80,48\nBlack,40,12\n")
    assert main(["impact", "--counts", path]) == 0
    out = capsys.readouterr().out
    for text in (
        "White",
        "60.0%",
        "30.0%",
        "0.500",
        "below 4/5",
        "reference",
        "screening evidence",
    ):
        assert text in out


@pytest.mark.parametrize(
    ("text", "argv", "messages"),
    [
        (
            "group,applicants,selected\nA,10,11\nB,0,0\nC,x,1\nD,5,-1\n",
            ["--counts"],
            [
                "data.csv:2: selected: 11 selected but only 10 applicants",
                "data.csv:3: applicants: group 'B' has no applicants",
                "data.csv:4: applicants: 'x' is not a whole number",
                "data.csv:5: selected: -1 is negative",
            ],
        ),
        ("group,applicants,selected\nA,10,1\n", ["--counts"], ["needs at least two groups"]),
        (
            "group,applicants\nA,10\n",
            ["--counts"],
            ["data.csv:1: selected: missing column 'selected'"],
        ),
        ("", ["--counts"], ["data.csv: the file is empty"]),
        (
            "sex,selected\nF,1\nM,maybe\n",
            ["--by", "sex", "--selected", "selected"],
            ["data.csv:3: selected: 'maybe' is not a selection value"],
        ),
        (
            "sex,score\nF,1\nM,high\n",
            ["--by", "sex", "--score", "score"],
            ["data.csv:3: score: the score 'high' is not a number"],
        ),
        (
            "sex,selected\nF,1\nF,0\n",
            ["--by", "sex", "--selected", "selected"],
            ["data.csv: sex: needs at least two groups to compare"],
        ),
        (
            "sex,selected\nF,1\n",
            ["--by", "race", "--selected", "selected"],
            ["data.csv:1: race: missing column 'race'"],
        ),
    ],
    ids=[
        "bad-counts",
        "one-group",
        "missing-column",
        "empty",
        "bad-selected",
        "bad-score",
        "single-group-rows",
        "missing-by",
    ],
)
def test_bad_input_names_file_line_and_column(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    text: str,
    argv: list[str],
    messages: list[str],
) -> None:
    path = _write(tmp_path, text)
    args = ["impact", "--counts", path] if argv == ["--counts"] else ["impact", path, *argv]
    assert main([*args, "--format", "json"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    for message in messages:
        assert message in captured.err


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["impact"]) == 2
    assert "--counts" in capsys.readouterr().err
