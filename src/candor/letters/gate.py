"""The safety gate: every letter is screened before it can be rendered.

:func:`letter_screen` runs candor's language screening (``candor.language.lint``)
over every piece of text in a letter (subject, headings, criterion names,
sentences, signature) and maps each finding back to the sentence it is in.
:func:`letter_release` turns a letter into a :class:`ReleasedLetter`, which is
what the renderers accept: a letter with an ``error`` finding is released only
with an explicit :class:`Override` that records who overrode and why.

Method ID: ``letter_gate@1``.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from candor.errors import CandorError, InputError
from candor.letters.model import Letter

__all__ = [
    "GATE_METHOD",
    "LetterBlocked",
    "LetterFinding",
    "Override",
    "ReleasedLetter",
    "Screening",
    "letter_release",
    "letter_screen",
    "letter_segments",
]

GATE_METHOD = "letter_gate@1"


class _Finding(Protocol):
    rule_id: str
    category: str
    severity: str
    start: int
    end: int
    match: str
    message: str
    suggestion: str


class _Report(Protocol):
    @property
    def findings(self) -> Sequence[Any]: ...


Linter = Callable[..., Any]


@dataclass(frozen=True, slots=True)
class LetterFinding:
    """One screening finding, located in the letter."""

    rule_id: str
    category: str
    severity: str
    match: str
    message: str
    suggestion: str
    segment: str
    """Where it is: ``subject``, ``sentence[7]``, ``heading[development]``, ``signature``."""
    clause: str | None
    """The clause ID of the sentence, when the finding is in a sentence."""
    text: str


@dataclass(frozen=True, slots=True)
class Screening:
    method_id: str
    findings: tuple[LetterFinding, ...]

    @property
    def errors(self) -> tuple[LetterFinding, ...]:
        return tuple(f for f in self.findings if f.severity == "error")

    @property
    def has_errors(self) -> bool:
        return any(f.severity == "error" for f in self.findings)


@dataclass(frozen=True, slots=True)
class Override:
    """A person's recorded decision to release a letter despite ``error`` findings."""

    reason: str
    by: str
    at: dt.datetime | None = None


@dataclass(frozen=True, slots=True)
class ReleasedLetter:
    """A screened letter that may be rendered: clean, or overridden with a reason."""

    letter: Letter
    screening: Screening
    override: Override | None = None


class LetterBlocked(CandorError):
    """A letter has ``error`` findings and no override was given."""

    def __init__(self, screening: Screening) -> None:
        self.screening = screening
        lines = [
            f"{f.segment}: {f.rule_id} ({f.category}) {f.message} [{f.match!r}]"
            for f in screening.errors
        ]
        super().__init__(
            "the letter did not pass language screening; rephrase it, or release it with "
            "an override and a reason:\n" + "\n".join(lines)
        )


def letter_segments(letter: Letter) -> list[tuple[str, str | None, str]]:
    """Every piece of text in the letter as (segment, clause, text), in reading order."""
    segs: list[tuple[str, str | None, str]] = [("subject", None, letter.subject)]
    for i, s in enumerate(letter.sentences()):
        segs.append((f"sentence[{i}]", s.provenance.clause, s.text))
    for section in letter.sections:
        if section.heading:
            segs.append((f"heading[{section.id}]", None, section.heading))
        for j, item in enumerate(section.items):
            if item.title:
                segs.append((f"title[{section.id}][{j}]", None, item.title))
    segs.append(("signature", None, " / ".join(letter.signature.lines)))
    return segs


def _default_linter() -> Linter:
    try:
        from candor.language import lint
    except ImportError as exc:  # pragma: no cover - the language package ships with candor
        raise InputError(
            f"language screening is unavailable ({exc}); letters cannot be released unscreened"
        ) from exc
    linter: Linter = lint
    return linter


def letter_screen(
    letter: Letter,
    *,
    requirements: Sequence[str] = (),
    linter: Linter | None = None,
) -> Screening:
    """Screen every piece of text in ``letter`` in one linter call.

    ``requirements`` are the plan's declared job requirements, which the linter
    treats as job-related.
    """
    lint = linter or _default_linter()
    segs = letter_segments(letter)
    starts: list[int] = []
    pos = 0
    parts: list[str] = []
    for _seg, _clause, text in segs:
        starts.append(pos)
        parts.append(text)
        pos += len(text) + 2
    # Segments are separated by a blank line so no match spans two of them.
    report: _Report = lint("\n\n".join(parts), requirements=tuple(requirements))
    found: list[LetterFinding] = []
    for f in report.findings:
        k = max(bisect.bisect_right(starts, f.start) - 1, 0)
        seg, clause, text = segs[k]
        found.append(
            LetterFinding(
                rule_id=f.rule_id,
                category=f.category,
                severity=f.severity,
                match=f.match,
                message=f.message,
                suggestion=f.suggestion,
                segment=seg,
                clause=clause,
                text=text,
            )
        )
    return Screening(method_id=GATE_METHOD, findings=tuple(found))


def letter_release(
    letter: Letter,
    *,
    requirements: Sequence[str] = (),
    override: Override | None = None,
    screening: Screening | None = None,
    linter: Linter | None = None,
) -> ReleasedLetter:
    """Screen ``letter`` and release it for rendering.

    Raises
    ------
    LetterBlocked
        When screening finds an ``error`` and no override is given.
    InputError
        When an override is given without a reason or without who gave it.
    """
    if screening is None:
        screening = letter_screen(letter, requirements=requirements, linter=linter)
    if override is not None:
        if not override.reason.strip():
            raise InputError("an override needs a reason")
        if not override.by.strip():
            raise InputError("an override needs the name of the person who gives it")
    if screening.has_errors and override is None:
        raise LetterBlocked(screening)
    return ReleasedLetter(
        letter=letter,
        screening=screening,
        override=override if screening.has_errors else None,
    )
