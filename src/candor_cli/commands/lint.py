"""``candor lint``: flag wording in notes and letters that may be risky.

Exit status: 0 when nothing blocks, 1 when an ``error`` finding exists (unless
``--exit-zero``), 2 for bad input (an unreadable file, an unknown rule, malformed
JSONL lines, which are reported with their line number after the rest is processed).
"""

from __future__ import annotations

import argparse
import io
import json
import sys
from pathlib import Path
from typing import Any, BinaryIO

from candor.errors import InputError, Problem
from candor_cli.output import print_json


def register(sub: Any) -> None:
    parser = sub.add_parser(
        "lint",
        help="flag risky wording in interview notes and letters",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "file", nargs="?", default="-", metavar="FILE", help="text to screen; '-' or none: stdin"
    )
    parser.add_argument("--format", choices=("text", "json"), default="text")
    parser.add_argument(
        "--jsonl",
        metavar="FILE",
        help="bulk mode: one JSON object per line with 'id' and 'text'; one result line each",
    )
    parser.add_argument("--explain", metavar="RULE_ID", help="explain one rule and exit")
    parser.add_argument(
        "--requirements",
        metavar="FILE",
        help="job requirements, one per line; wording about them counts as job-related",
    )
    parser.add_argument(
        "--plan", metavar="PLAN.yaml", help="take the job requirements from a selection plan"
    )
    parser.add_argument(
        "--exit-zero", action="store_true", help="exit 0 even when an error finding exists"
    )
    parser.add_argument(
        "--rules-only",
        action="store_true",
        help="report the rules' findings only, without the statistical second opinion",
    )
    parser.set_defaults(handler=_lint)


def _read_bytes(path: str) -> tuple[str, bytes]:
    if path == "-":
        return "<stdin>", sys.stdin.buffer.read()
    try:
        return path, Path(path).read_bytes()
    except OSError as exc:
        raise InputError(Problem(f"cannot read: {exc.strerror or exc}", source=path)) from exc


def _decode(data: bytes, source: str) -> str:
    """Decode UTF-8 (BOM allowed); undecodable bytes become U+FFFD with a warning."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        sys.stderr.write(
            f"candor: warning: {source}: not valid UTF-8; undecodable bytes were replaced\n"
        )
        return data.decode("utf-8-sig", errors="replace")


def _clean(text: str) -> str:
    """Replace lone surrogates (from JSON escapes) so output can be encoded; keeps offsets."""
    return text.encode("utf-8", "replace").decode("utf-8")


def _requirements(args: argparse.Namespace) -> tuple[str, ...]:
    reqs: list[str] = []
    if args.requirements:
        source, data = _read_bytes(args.requirements)
        text = _decode(data, source)
        reqs += [line.strip() for line in text.splitlines() if line.strip()]
    if args.plan:
        from candor.plans import load_plan

        reqs += list(load_plan(args.plan).requirements)
    return tuple(reqs)


def _lint(args: argparse.Namespace) -> int:
    from candor.language import explain, lint

    if args.explain:
        try:
            sys.stdout.write(explain(args.explain))
        except LookupError as exc:
            raise InputError(Problem(str(exc), field="--explain")) from exc
        return 0
    reqs = _requirements(args)
    if args.jsonl:
        return _lint_jsonl(args, reqs)
    source, data = _read_bytes(args.file)
    text = _clean(_decode(data, source))
    report = lint(text, requirements=reqs, second_opinion=not args.rules_only)
    if args.format == "json":
        print_json({"source": source, **report.to_dict()})
    else:
        _print_text(source, text, report.findings)
    return 1 if report.has_errors and not args.exit_zero else 0


def _line_col(text: str, offset: int, starts: list[int]) -> tuple[int, int]:
    import bisect

    i = bisect.bisect_right(starts, offset) - 1
    return i + 1, offset - starts[i] + 1


def _print_text(source: str, text: str, findings: Any) -> None:
    starts = [0] + [i + 1 for i, ch in enumerate(text) if ch == "\n"] if findings else [0]
    write = sys.stdout.write
    for f in findings:
        line, col = _line_col(text, f.start, starts)
        write(f"{source}:{line}:{col}: {f.rule_id} {f.severity} ({f.category}): {f.message}\n")
        write(f"    flagged: {f.match!r}\n")
        write(f"    rewrite: {f.suggestion}\n")
    n_err = sum(f.severity == "error" for f in findings)
    if findings:
        write(
            f"{len(findings)} finding(s), {n_err} error(s). "
            "Explain a rule with: candor lint --explain RULE_ID\n"
        )
    else:
        write("No findings.\n")


def _lint_jsonl(args: argparse.Namespace, reqs: tuple[str, ...]) -> int:
    from candor.language import lint

    source = "<stdin>" if args.jsonl == "-" else args.jsonl
    binary: BinaryIO
    if args.jsonl == "-":
        binary = sys.stdin.buffer
    else:
        try:
            binary = Path(args.jsonl).open("rb")  # noqa: SIM115 - closed below
        except OSError as exc:
            raise InputError(Problem(f"cannot read: {exc.strerror or exc}", source=source)) from exc
    stream = io.TextIOWrapper(binary, encoding="utf-8-sig", errors="replace", newline="")
    problems: list[Problem] = []
    any_error = False
    out = sys.stdout
    try:
        for lineno, raw in enumerate(stream, start=1):
            if not raw.strip():
                continue
            item_id: Any = None
            try:
                obj = json.loads(raw)
                if not isinstance(obj, dict):
                    raise ValueError("expected a JSON object with 'id' and 'text'")
                item_id = obj.get("id")
                text = obj.get("text")
                if "id" not in obj:
                    raise ValueError("missing 'id'")
                if not isinstance(text, str):
                    raise ValueError("'text' must be a string")
            except (ValueError, RecursionError) as exc:
                msg = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
                problems.append(Problem(msg, source=source, line=lineno))
                result: dict[str, Any] = {
                    "id": item_id if _jsonable(item_id) else None,
                    "line": lineno,
                    "error": msg,
                    "findings": [],
                }
                out.write(json.dumps(result, ensure_ascii=False) + "\n")
                continue
            report = lint(_clean(text), requirements=reqs, second_opinion=not args.rules_only)
            any_error = any_error or report.has_errors
            result = {"id": item_id, "findings": [f.to_dict() for f in report.findings]}
            out.write(json.dumps(result, ensure_ascii=False) + "\n")
    finally:
        if binary is sys.stdin.buffer:
            stream.detach()
        else:
            stream.close()
    out.flush()
    if problems:
        for p in problems:
            sys.stderr.write(f"candor: error: {p}\n")
        sys.stderr.write(f"candor: {len(problems)} malformed line(s); the rest were processed\n")
        return 2
    return 1 if any_error and not args.exit_zero else 0


def _jsonable(value: Any) -> bool:
    return value is None or isinstance(value, str | int | float | bool)
