"""``candor letter PLAN.yaml RATINGS.csv --candidate ID``: a screened feedback letter.

Also :func:`write_demo_letters`, which ``candor demo`` calls to write the demo's
letters into a folder.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from candor.candidates import Candidate, read_candidates
from candor.errors import InputError, Problem
from candor.letters import (
    DEFAULT_POLICY,
    Letter,
    LetterBlocked,
    Override,
    Policy,
    ReleasedLetter,
    compose_feedback,
    compose_third_party_decline,
    compose_verification,
    decision_record,
    letter_release,
    load_policy,
    read_incidents,
)
from candor.letters.incidents import Incident
from candor.letters.render import TEMPLATE_IDS, render
from candor.plans import Plan, load_plan
from candor.scoring import ScoringResult, read_ratings, score
from candor_cli.output import dump_json, stderr

KINDS = ("feedback", "third-party", "verification")
FORMATS = ("text", "md", "html", "pdf", "json")
_SUFFIX = {"text": ".txt", "md": ".md", "html": ".html", "pdf": ".pdf", "json": ".json"}


def register(sub: Any) -> None:
    parser = sub.add_parser(
        "letter",
        help="compose a screened feedback letter for one candidate",
        description="Compose the feedback letter of one candidate who was not selected, "
        "under the organisation's feedback policy, screen it, and render it. Every sentence "
        "comes from the plan, the policy or this candidate's own aggregated levels; "
        "--format json shows each sentence with its provenance. A letter with an error "
        "finding from language screening is not written unless --override-reason and "
        "--override-by are given (exit status 1 otherwise).",
    )
    parser.add_argument("plan", metavar="PLAN.yaml")
    parser.add_argument("ratings", metavar="RATINGS.csv")
    parser.add_argument("--candidate", required=True, metavar="ID", help="the candidate's ID")
    parser.add_argument("--policy", metavar="POLICY.yaml", help="the organisation's policy")
    parser.add_argument(
        "--internal",
        action="store_true",
        help="the candidate is an internal applicant (overrides --candidates)",
    )
    parser.add_argument(
        "--candidates", metavar="CANDIDATES.csv", help="names, e-mail, internal/external status"
    )
    parser.add_argument(
        "--incidents",
        metavar="INCIDENTS.csv",
        help="process incidents (candidate, kind, date, description)",
    )
    parser.add_argument(
        "--kind",
        choices=KINDS,
        default="feedback",
        help="feedback (default); third-party: decline a request made on the candidate's "
        "behalf; verification: ask the candidate to confirm a feedback request",
    )
    parser.add_argument("--requester", default="", metavar="NAME", help="third-party requester")
    parser.add_argument(
        "--link",
        default="[verification link]",
        metavar="URL",
        help="the signed verification link (verification letters)",
    )
    parser.add_argument("--date", metavar="YYYY-MM-DD", help="date of the letter (default today)")
    parser.add_argument("--format", choices=FORMATS, default="text")
    parser.add_argument("-o", "--output", metavar="FILE", help="write here instead of stdout")
    parser.add_argument("--override-reason", metavar="TEXT", help="release despite errors: why")
    parser.add_argument("--override-by", metavar="NAME", help="release despite errors: who")
    parser.set_defaults(handler=_letter)


def _date(value: str | None) -> dt.date:
    if not value:
        return dt.datetime.now(dt.UTC).astimezone().date()
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise InputError(
            Problem(f"must be a date YYYY-MM-DD, got {value!r}", field="--date")
        ) from None


@dataclass(frozen=True, slots=True)
class Inputs:
    plan: Plan
    result: ScoringResult
    policy: Policy
    candidates: dict[str, Candidate]
    incidents: tuple[Incident, ...]


def _candidate(inputs: Inputs, candidate_id: str, *, internal: bool) -> Candidate:
    ids = [c.candidate for c in inputs.result.candidates]
    if candidate_id not in ids:
        shown = ", ".join(sorted(ids)[:20]) + (" …" if len(ids) > 20 else "")
        raise InputError(
            Problem(
                f"candidate {candidate_id!r} is not in the ratings (the ratings have: {shown})",
                field="--candidate",
            )
        )
    base = inputs.candidates.get(candidate_id, Candidate(id=candidate_id))
    if internal and not base.internal:
        base = Candidate(id=base.id, name=base.name, internal=True, email=base.email)
    return base


def compose_letter(
    inputs: Inputs,
    candidate_id: str,
    *,
    kind: str = "feedback",
    internal: bool = False,
    date: dt.date,
    requester: str = "",
    link: str = "[verification link]",
) -> Letter:
    """Compose one letter of ``kind`` from loaded inputs (raises InputError on bad input)."""
    plan, policy = inputs.plan, inputs.policy
    candidate = _candidate(inputs, candidate_id, internal=internal)
    organisation = policy.organisation or plan.position.organisation
    if kind == "third-party":
        return compose_third_party_decline(
            policy, organisation=organisation, date=date, requester_name=requester
        )
    if kind == "verification":
        return compose_verification(
            policy,
            candidate=candidate,
            position_title=plan.position.title,
            organisation=organisation,
            link=link,
            date=date,
        )
    record = decision_record(
        plan, inputs.result.candidate(candidate_id), candidate, incidents=inputs.incidents
    )
    return compose_feedback(record, plan, policy, date=date)


def load_inputs(
    plan_path: str | Path,
    ratings_path: str | Path,
    *,
    policy_path: str | Path | None = None,
    candidates_path: str | Path | None = None,
    incidents_path: str | Path | None = None,
) -> Inputs:
    plan = load_plan(plan_path)
    result = score(plan, read_ratings(ratings_path, plan))
    return Inputs(
        plan=plan,
        result=result,
        policy=load_policy(policy_path) if policy_path else DEFAULT_POLICY,
        candidates=read_candidates(candidates_path) if candidates_path else {},
        incidents=read_incidents(incidents_path) if incidents_path else (),
    )


def letter_json(released: ReleasedLetter) -> dict[str, Any]:
    """The ``--format json`` document: the letter's sentences with provenance, and screening."""
    return {
        "letter": released.letter.to_dict(),
        "screening": {
            "method_id": released.screening.method_id,
            "findings": [asdict(f) for f in released.screening.findings],
        },
        "override": None
        if released.override is None
        else {
            "reason": released.override.reason,
            "by": released.override.by,
            "at": released.override.at.isoformat() if released.override.at else None,
        },
        "templates": TEMPLATE_IDS,
    }


def render_letter(released: ReleasedLetter, fmt: str, policy: Policy) -> bytes:
    if fmt == "json":
        return (dump_json(letter_json(released)) + "\n").encode("utf-8")
    out = render(released, fmt, letterhead=policy.letterhead)  # type: ignore[arg-type]
    return out if isinstance(out, bytes) else out.encode("utf-8")


def _write(path: Path, data: bytes) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(path.name + ".tmp")
        tmp.write_bytes(data)
        tmp.replace(path)
    except OSError as exc:
        raise InputError(
            Problem(f"cannot write the file: {exc.strerror}", source=str(path))
        ) from None


def _report_blocked(exc: LetterBlocked) -> int:
    for f in exc.screening.errors:
        stderr.print(
            f"candor: blocked: {f.segment} [{f.rule_id}, {f.category}] {f.message} "
            f"({f.match!r}). {f.suggestion}",
            markup=False,
        )
    stderr.print(
        "candor: the letter was not written. Rephrase the plan or policy text, or release it "
        "with --override-reason TEXT --override-by NAME (recorded with the letter).",
        markup=False,
    )
    return 1


def _letter(args: argparse.Namespace) -> int:
    date = _date(args.date)
    override = None
    if args.override_reason is not None or args.override_by is not None:
        override = Override(
            reason=args.override_reason or "",
            by=args.override_by or "",
            at=dt.datetime.now(dt.UTC),
        )
    if args.format == "pdf" and not args.output and sys.stdout.isatty():
        raise InputError(Problem("PDF output needs -o FILE", field="--output"))
    inputs = load_inputs(
        args.plan,
        args.ratings,
        policy_path=args.policy,
        candidates_path=args.candidates,
        incidents_path=args.incidents,
    )
    letter = compose_letter(
        inputs,
        args.candidate,
        kind=args.kind,
        internal=args.internal,
        date=date,
        requester=args.requester,
        link=args.link,
    )
    try:
        released = letter_release(letter, requirements=inputs.plan.requirements, override=override)
    except LetterBlocked as exc:
        return _report_blocked(exc)
    data = render_letter(released, args.format, inputs.policy)
    if args.output:
        _write(Path(args.output), data)
        stderr.print(f"Wrote {args.output}", markup=False)
    else:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    return 0


@dataclass(frozen=True, slots=True)
class DemoLetters:
    folder: Path
    files: tuple[Path, ...]


def write_demo_letters(
    folder: Path,
    out: Path,
    *,
    date: dt.date | None = None,
    formats: Sequence[str] = ("text", "html", "pdf"),
) -> DemoLetters:
    """Write the demo's letters: every candidate not selected, plus a third-party decline.

    Candidates without a final outcome (missing ratings, an open tie-break) get
    no letter. Letters are screened like any other; nothing is overridden.
    """
    inputs = load_inputs(
        folder / "plan.yaml",
        folder / "ratings.csv",
        policy_path=folder / "policy.yaml",
        candidates_path=folder / "candidates.csv",
        incidents_path=folder / "incidents.csv",
    )
    when = date or _date(None)
    jobs: list[tuple[str, Letter]] = []
    for result in inputs.result.candidates:
        if result.outcome != "not_selected":
            continue
        letter = compose_letter(inputs, result.candidate, date=when)
        jobs.append((f"letter-{result.candidate}", letter))
    first = jobs[0][1].candidate_id if jobs else inputs.result.candidates[0].candidate
    assert first is not None
    decline = compose_letter(
        inputs, first, kind="third-party", date=when, requester="Anna Kowalski"
    )
    jobs.append(("third-party-decline", decline))
    # Screen and render everything before writing anything.
    rendered: list[tuple[Path, bytes]] = []
    for stem, letter in jobs:
        released = letter_release(letter, requirements=inputs.plan.requirements)
        for fmt in formats:
            rendered.append(
                (out / f"{stem}{_SUFFIX[fmt]}", render_letter(released, fmt, inputs.policy))
            )
    for path, data in rendered:
        _write(path, data)
    return DemoLetters(folder=out, files=tuple(p for p, _ in rendered))
