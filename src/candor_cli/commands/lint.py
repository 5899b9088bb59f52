"""``candor lint``: flag wording in notes and letters that may be risky.

Exit status: 0 when nothing blocks, 1 when an ``error`` finding exists (unless
``--exit-zero``), 2 for bad input (an unreadable file, an unknown rule, malformed
JSONL lines, which are reported with their line number after the rest is processed).
"""

from __future__ import annotations

import argparse
import io
import json
import os
import sys
from collections.abc import Iterable, Iterator
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
        "--jobs",
        type=int,
        default=1,
        metavar="N",
        help="bulk mode: screen in N processes (0: one per core); output order is kept",
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
    if args.jobs != 1:
        raise InputError(Problem("applies to bulk mode only (--jsonl FILE)", field="--jobs"))
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


#: Items per chunk, screened together by lint_many: the engine's batch size, BATCH_ITEMS
#: and BATCH_CHARS (about a third faster than one text at a time on typical notes), and
#: small enough that output keeps flowing. Not imported from the engine, so that other
#: commands start without it.
CHUNK_ITEMS = 4_000
CHUNK_CHARS = 4_000_000
#: With --jobs, the chunks handed to the worker processes: a quarter of the above, so
#: that the workers share a file's work evenly (10 MB in 4 MB chunks would leave one
#: worker 6 MB and the other 4).
JOB_CHUNK_ITEMS = 1_000
JOB_CHUNK_CHARS = 1_000_000

#: A line of the input: its output line already made (a malformed line), or (id, text).
_Entry = tuple[str, None] | tuple[None, tuple[Any, str]]


def _lint_jsonl(args: argparse.Namespace, reqs: tuple[str, ...]) -> int:
    source = "<stdin>" if args.jsonl == "-" else args.jsonl
    if args.jobs < 0:
        raise InputError(Problem("must be 0 (one per core) or more", field="--jobs"))
    jobs = args.jobs if args.jobs > 0 else (os.cpu_count() or 1)
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
    second_opinion = not args.rules_only
    try:
        entries = _entries(stream, source, problems)
        results: Iterator[tuple[list[str], bool]]
        if jobs == 1:
            chunks = _chunks(entries, CHUNK_ITEMS, CHUNK_CHARS)
            results = (_screen_chunk(c, reqs, second_opinion) for c in chunks)
        else:
            chunks = _chunks(entries, JOB_CHUNK_ITEMS, JOB_CHUNK_CHARS)
            results = _in_processes(chunks, reqs, second_opinion, jobs)
        for lines, has_errors in results:
            any_error = any_error or has_errors
            out.writelines(lines)
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


def _entries(stream: Iterable[str], source: str, problems: list[Problem]) -> Iterator[_Entry]:
    """Parse the input lines in order; a malformed one becomes its error line at once."""
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
            yield json.dumps(result, ensure_ascii=False) + "\n", None
            continue
        yield None, (item_id, _clean(text))


def _chunks(entries: Iterator[_Entry], items: int, chars: int) -> Iterator[list[_Entry]]:
    """``entries`` in chunks of at most ``items`` entries or ``chars`` characters of text."""
    chunk: list[_Entry] = []
    size = 0
    for entry in entries:
        chunk.append(entry)
        size += len(entry[1][1]) if entry[1] is not None else 0
        if len(chunk) >= items or size >= chars:
            yield chunk
            chunk, size = [], 0
    if chunk:
        yield chunk


def _screen_chunk(
    chunk: list[_Entry], reqs: tuple[str, ...], second_opinion: bool
) -> tuple[list[str], bool]:
    """Return the output lines of ``chunk`` in order, and whether any has an error finding."""
    from candor.language import lint_many

    # The chunk's texts are screened together (lint_many: each stage of the engine over
    # all of them), then the lines are put back in input order between the error lines.
    reports = iter(
        lint_many(
            [item[1] for _, item in chunk if item is not None],
            requirements=reqs,
            second_opinion=second_opinion,
        )
    )
    lines: list[str] = []
    any_error = False
    for ready, item in chunk:
        if item is None:
            lines.append(ready or "")
            continue
        report = next(reports)
        any_error = any_error or report.has_errors
        result = {"id": item[0], "findings": [f.to_dict() for f in report.findings]}
        lines.append(json.dumps(result, ensure_ascii=False) + "\n")
    return lines, any_error


def _in_processes(
    chunks: Iterator[list[_Entry]], reqs: tuple[str, ...], second_opinion: bool, jobs: int
) -> Iterator[tuple[list[str], bool]]:
    """Screen ``chunks`` in ``jobs`` worker processes and yield their results in order.

    At most two chunks per worker are in flight, so a file of any size is read as it is
    screened rather than all at once.
    """
    import multiprocessing as mp
    from collections import deque

    from candor.language.engine import default_engine

    ctx: Any
    if "fork" in mp.get_all_start_methods():
        # Built once here, the engine is shared with forked workers as it stands.
        default_engine()
        ctx = mp.get_context("fork")
    else:  # pragma: no cover - Windows and macOS defaults; each worker builds its own
        ctx = mp.get_context("spawn")
    with ctx.Pool(jobs) as pool:
        pending: deque[Any] = deque()
        for chunk in chunks:
            pending.append(pool.apply_async(_screen_chunk, (chunk, reqs, second_opinion)))
            if len(pending) >= 2 * jobs:
                yield pending.popleft().get()
        while pending:
            yield pending.popleft().get()


def _jsonable(value: Any) -> bool:
    return value is None or isinstance(value, str | int | float | bool)
