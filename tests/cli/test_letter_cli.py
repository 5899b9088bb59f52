from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace

import pytest

from candor_cli.main import main

DEMO = Path(__file__).resolve().parents[2] / "src" / "candor" / "data" / "demo"
BASE = [str(DEMO / "plan.yaml"), str(DEMO / "ratings.csv")]
FULL = [
    "--policy",
    str(DEMO / "policy.yaml"),
    "--candidates",
    str(DEMO / "candidates.csv"),
    "--incidents",
    str(DEMO / "incidents.csv"),
    "--date",
    "2025-04-02",
]


@pytest.fixture(autouse=True)
def _screening(monkeypatch: pytest.MonkeyPatch) -> None:
    try:
        from candor.language import lint  # noqa: F401
    except ImportError:  # stand-in only while candor.language is absent
        import candor.letters.gate as gate

        monkeypatch.setattr(
            gate, "_default_linter", lambda: lambda t, requirements=(): SimpleNamespace(findings=())
        )


def test_text_letter_to_stdout(capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    assert main(["letter", *BASE, "--candidate", "C04", *FULL]) == 0
    out = capsysbinary.readouterr().out.decode()
    assert "Dear Robert Kowalski," in out
    assert "we will not be offering you this position" in " ".join(out.split())


def test_json_gives_sentences_with_provenance(capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    assert main(["letter", *BASE, "--candidate", "C05", *FULL, "--format", "json"]) == 0
    doc = json.loads(capsysbinary.readouterr().out)
    assert doc["letter"]["method_id"] == "letter.feedback@1"
    assert doc["letter"]["level"] == "full"
    clauses = [
        s["provenance"]
        for sec in doc["letter"]["sections"]
        for item in sec["items"]
        for s in item["sentences"]
    ]
    anchors = [p for p in clauses if p["clause"] == "feedback.development.anchor"]
    assert {p["criterion_id"] for p in anchors} == {"people", "planning"}
    assert all(p["policy_clause"] == "policy.internal.level" for p in anchors)
    assert doc["screening"]["method_id"] == "letter_gate@1"


def test_internal_flag_and_default_policy(capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    assert main(["letter", *BASE, "--candidate", "C04", "--internal", "--format", "md"]) == 0
    out = capsysbinary.readouterr().out.decode()
    assert "Suggested next steps" in out
    assert "Dear applicant," in out


def test_html_and_third_party_to_file(tmp_path: Path) -> None:
    out = tmp_path / "decline.html"
    args = ["letter", *BASE, "--candidate", "C04", *FULL, "--kind", "third-party"]
    assert main([*args, "--format", "html", "-o", str(out)]) == 0
    html = out.read_text(encoding="utf-8")
    assert "only with the applicant" in html and "Kowalski" not in html


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--candidate", "C99"], "'C99' is not in the ratings"),
        (["--candidate", "C07"], "missing ratings"),
        (["--candidate", "C03"], "was selected"),
        (["--candidate", "C04", "--date", "April"], "YYYY-MM-DD"),
    ],
)
def test_bad_input_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], extra: list[str], message: str
) -> None:
    out = tmp_path / "letter.txt"
    assert main(["letter", *BASE, *extra, "-o", str(out)]) == 2
    assert message in capsys.readouterr().err
    assert not out.exists()


def test_unknown_policy_level_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    policy = tmp_path / "policy.yaml"
    policy.write_text("feedback:\n  external: everything\n", encoding="utf-8")
    out = tmp_path / "letter.txt"
    code = main(["letter", *BASE, "--candidate", "C04", "--policy", str(policy), "-o", str(out)])
    assert code == 2
    err = capsys.readouterr().err
    assert "policy.yaml:2" in err and "everything" in err
    assert not out.exists()


def _blocking(monkeypatch: pytest.MonkeyPatch) -> None:
    import candor.letters.gate as gate

    def lint(text: str, *, requirements=()):  # type: ignore[no-untyped-def]
        i = text.find("OhioMeansJobs")
        f = SimpleNamespace(
            rule_id="TEST-001",
            category="false_promise",
            severity="error",
            start=i,
            end=i + 5,
            match="Ohio",
            message="flagged",
            suggestion="Rephrase it.",
        )
        return SimpleNamespace(findings=[f] if i >= 0 else [])

    monkeypatch.setattr(gate, "_default_linter", lambda: lint)


def test_blocked_letter_exits_1_and_writes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _blocking(monkeypatch)
    out = tmp_path / "letter.txt"
    assert main(["letter", *BASE, "--candidate", "C04", *FULL, "-o", str(out)]) == 1
    assert "TEST-001" in capsys.readouterr().err
    assert not out.exists()


def test_override_is_recorded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _blocking(monkeypatch)
    out = tmp_path / "letter.json"
    args = ["letter", *BASE, "--candidate", "C04", *FULL, "--format", "json", "-o", str(out)]
    assert (
        main([*args, "--override-reason", "name of a public agency", "--override-by", "Li Chen"])
        == 0
    )
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["override"]["reason"] == "name of a public agency"
    assert doc["override"]["by"] == "Li Chen"
