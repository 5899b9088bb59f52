"""The `candor lint` contract: formats, exit codes, bulk JSONL, --explain, stdin."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from candor_cli.main import main


class _Stdin:
    def __init__(self, data: bytes) -> None:
        self.buffer = io.BytesIO(data)
        self._text = io.TextIOWrapper(io.BytesIO(data), encoding="utf-8", errors="replace")

    def __iter__(self):  # type: ignore[no-untyped-def]
        return iter(self._text)

    def __enter__(self):  # type: ignore[no-untyped-def]
        return self

    def __exit__(self, *exc: object) -> None:
        return None


def _stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", _Stdin(data))


def test_text_output_and_exit_1_on_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A note with an error finding prints file:line:col and exits 1."""
    note = tmp_path / "note.txt"
    note.write_text("Strong SQL.\nShe's pregnant, so timing is bad.\n", encoding="utf-8")
    code = main(["lint", str(note)])
    out = capsys.readouterr().out
    assert code == 1
    assert f"{note}:2:7: CND-FAM-001 error (pregnancy_family)" in out
    assert "flagged: 'pregnant'" in out


def test_exit_zero_overrides(tmp_path: Path) -> None:
    """--exit-zero reports findings but exits 0."""
    note = tmp_path / "note.txt"
    note.write_text("Too old for the job.", encoding="utf-8")
    assert main(["lint", "--exit-zero", str(note)]) == 0


def test_warning_only_exits_0(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Warnings do not fail the run; only errors do."""
    note = tmp_path / "note.txt"
    note.write_text("Not a culture fit.", encoding="utf-8")
    assert main(["lint", str(note)]) == 0
    assert "CND-FIT-001 warning" in capsys.readouterr().out


def test_json_format(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--format json prints the stable shape with spans into the text."""
    text = "Good SQL. Her husband travels a lot."
    note = tmp_path / "n.txt"
    note.write_text(text, encoding="utf-8")
    assert main(["lint", "--format", "json", str(note)]) == 1
    data = json.loads(capsys.readouterr().out)
    assert data["has_errors"] is True
    f = data["findings"][0]
    assert set(f) == {
        "rule_id",
        "category",
        "severity",
        "start",
        "end",
        "match",
        "message",
        "suggestion",
    }
    assert text[f["start"] : f["end"]] == f["match"]


def test_clean_text_exits_0(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Stdin ('-') with nothing risky prints 'No findings.'."""
    _stdin(monkeypatch, b"Explained the rollback plan and answered every follow-up.")
    assert main(["lint", "-"]) == 0
    assert "No findings." in capsys.readouterr().out


def test_invalid_utf8_is_replaced_not_fatal(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Undecodable bytes are replaced with a warning; screening still happens."""
    _stdin(monkeypatch, b"caf\xe9 \xff\xfe She is pregnant.")
    assert main(["lint"]) == 1
    captured = capsys.readouterr()
    assert "not valid UTF-8" in captured.err
    assert "CND-FAM-001" in captured.out


def test_jsonl_bulk_with_malformed_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Each input line gets one output line in order; a bad line is reported with its number."""
    src = tmp_path / "notes.jsonl"
    src.write_text(
        "\n".join(
            [
                json.dumps({"id": "a", "text": "Too old for the job."}),
                "{not json",
                json.dumps({"id": "c", "text": "Explained the caching layer."}),
                json.dumps({"id": "d"}),
                json.dumps({"id": 5, "text": "Wife is expecting twins."}),
            ]
        )
        + "\n",
        encoding="utf-8",
    )
    code = main(["lint", "--jsonl", str(src)])
    captured = capsys.readouterr()
    lines = [json.loads(x) for x in captured.out.splitlines()]
    assert [x["id"] for x in lines] == ["a", None, "c", "d", 5]
    assert lines[0]["findings"][0]["rule_id"] == "CND-AGE-002"
    assert lines[2]["findings"] == []
    assert lines[1]["line"] == 2 and "error" in lines[1]
    assert lines[3]["line"] == 4
    assert lines[4]["findings"][0]["category"] == "pregnancy_family"
    assert f"{src}:2:" in captured.err and f"{src}:4:" in captured.err
    assert code == 2


def test_jsonl_exit_codes(tmp_path: Path) -> None:
    """Bulk mode exits 1 on an error finding, 0 with --exit-zero or when clean."""
    src = tmp_path / "n.jsonl"
    src.write_text(json.dumps({"id": 1, "text": "Heart disease runs in his family."}) + "\n")
    assert main(["lint", "--jsonl", str(src)]) == 1
    assert main(["lint", "--jsonl", str(src), "--exit-zero"]) == 0
    src.write_text(json.dumps({"id": 1, "text": "Solid answers."}) + "\n")
    assert main(["lint", "--jsonl", str(src)]) == 0


def test_explain(capsys: pytest.CaptureFixture[str]) -> None:
    """--explain prints the rule's category, rationale, rewrite and examples."""
    assert main(["lint", "--explain", "CND-SAL-001"]) == 0
    out = capsys.readouterr().out
    assert "CND-SAL-001" in out and "salary_history" in out and "Rewrite:" in out


def test_explain_unknown_rule_is_input_error(capsys: pytest.CaptureFixture[str]) -> None:
    """An unknown rule ID exits 2 with a message naming it."""
    assert main(["lint", "--explain", "CND-NOPE-999"]) == 2
    assert "CND-NOPE-999" in capsys.readouterr().err


def test_missing_file_is_input_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A file that cannot be read exits 2 and names it."""
    assert main(["lint", str(tmp_path / "missing.txt")]) == 2
    assert "missing.txt" in capsys.readouterr().err


def test_requirements_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A declared requirement makes wording about it job-related."""
    note = tmp_path / "n.txt"
    note.write_text("Limited English, needed an interpreter for the role-play.", encoding="utf-8")
    assert main(["lint", str(note)]) == 1
    reqs = tmp_path / "reqs.txt"
    reqs.write_text("Fluent English (customer calls)\n", encoding="utf-8")
    capsys.readouterr()
    assert main(["lint", "--requirements", str(reqs), str(note)]) == 0


def test_plan_requirements(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--plan takes requirements from a selection plan (the demo plan lists lifting 50 lb)."""
    plan = Path(__file__).parents[2] / "src" / "candor" / "data" / "demo" / "plan.yaml"
    note = tmp_path / "n.txt"
    # A prediction about lifting (an observed result in a practical, "couldn't lift the
    # 50 lb boxes in the practical", is evidence, and the second opinion clears it).
    note.write_text("Not sure he could lift the 50 lb boxes all shift.", encoding="utf-8")
    assert main(["lint", str(note)]) == 1
    capsys.readouterr()
    assert main(["lint", "--plan", str(plan), str(note)]) == 0
    assert "No findings." in capsys.readouterr().out


def test_rules_only_leaves_out_the_second_opinion(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The model's warning (CND-SO-…) appears by default and not with --rules-only;
    a warning never changes the exit status."""
    note = tmp_path / "note.txt"
    note.write_text(
        "Word is he fudged his expense reports at the last place.",
        encoding="utf-8",
    )
    assert main(["lint", "--format", "json", str(note)]) == 0
    (finding,) = json.loads(capsys.readouterr().out)["findings"]
    assert finding["rule_id"] == "CND-SO-ACC" and finding["severity"] == "warning"
    assert main(["lint", "--format", "json", "--rules-only", str(note)]) == 0
    assert json.loads(capsys.readouterr().out)["findings"] == []
    assert main(["lint", "--explain", "CND-SO-ACC"]) == 0
    assert "statistical second opinion" in capsys.readouterr().out


def test_jsonl_jobs_gives_the_single_process_output(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """--jobs screens chunks in worker processes; lines, order and exit code are unchanged."""
    from candor_cli.commands import lint as lint_command

    corpus = Path(__file__).resolve().parents[1] / "data" / "language" / "corpus.jsonl"
    items = [json.loads(line) for line in corpus.read_text(encoding="utf-8").splitlines()[:300]]
    lines = [json.dumps({"id": i["id"], "text": i["text"]}) for i in items]
    lines[17] = "{broken"
    lines[150] = json.dumps({"id": "no text"})
    lines.insert(200, "")  # a blank line is skipped in both
    src = tmp_path / "notes.jsonl"
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    monkeypatch.setattr(lint_command, "CHUNK_ITEMS", 13)  # many chunks
    monkeypatch.setattr(lint_command, "JOB_CHUNK_ITEMS", 7)  # several in flight

    assert main(["lint", "--jsonl", str(src)]) == 2
    single = capsys.readouterr()
    assert main(["lint", "--jsonl", str(src), "--jobs", "2"]) == 2
    multi = capsys.readouterr()
    assert multi.out == single.out
    assert multi.err == single.err
    out = [json.loads(x) for x in multi.out.splitlines()]
    assert len(out) == 300
    assert out[17]["line"] == 18 and out[150]["line"] == 151
    assert sum(bool(x["findings"]) for x in out) > 100


def test_jsonl_findings_are_lints_per_line_between_malformed_lines(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Chunks are screened with lint_many; each output line is still lint() of its own
    line, in input order, with malformed lines kept in their place."""
    from candor.language import lint
    from candor_cli.commands import lint as lint_command

    texts = ["Too old for the job.", "Clear STAR answers.", "She mentioned her kids."] * 9
    lines = [json.dumps({"id": k, "text": t}) for k, t in enumerate(texts)]
    lines[4] = "[1, 2]"
    lines[11] = "{broken"
    src = tmp_path / "notes.jsonl"
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    monkeypatch.setattr(lint_command, "CHUNK_ITEMS", 5)
    assert main(["lint", "--jsonl", str(src), "--exit-zero"]) == 2
    out = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert [o.get("line") for o in out if "error" in o] == [5, 12]
    for k, o in enumerate(out):
        if k not in (4, 11):
            assert o["id"] == k
            assert o["findings"] == [f.to_dict() for f in lint(texts[k]).findings]


def test_jsonl_chunks_are_the_engines_batches() -> None:
    """The CLI does not import the engine to start; its chunk size must stay the same."""
    from candor.language import engine
    from candor_cli.commands import lint as lint_command

    assert (lint_command.CHUNK_ITEMS, lint_command.CHUNK_CHARS) == (
        engine.BATCH_ITEMS,
        engine.BATCH_CHARS,
    )


def test_jobs_is_checked(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "n.jsonl"
    src.write_text(json.dumps({"id": 1, "text": "Solid answers."}) + "\n")
    assert main(["lint", "--jsonl", str(src), "--jobs", "-1"]) == 2
    assert "--jobs" in capsys.readouterr().err
    note = tmp_path / "note.txt"
    note.write_text("Solid answers.")
    assert main(["lint", "--jobs", "2", str(note)]) == 2
    assert "bulk mode only" in capsys.readouterr().err
    assert main(["lint", "--jsonl", str(src), "--jobs", "0"]) == 0
