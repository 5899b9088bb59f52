"""What a letter is made of: sentences that carry their provenance.

A :class:`Letter` is plain data. Every sentence in it (salutation, outcome,
each strength and development area, each resource, the signature lines) is a
:class:`Sentence` whose :class:`Provenance` says which template clause wrote it,
which policy clause allowed it and, for feedback, which criterion, aggregated
level and anchor level it rests on. A reviewer can trace any sentence to its
evidence; ``candor letter --format json`` prints exactly this structure.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

from candor.letters.incidents import Incident

__all__ = [
    "LETTER_KINDS",
    "CriterionLevel",
    "DecisionRecord",
    "Item",
    "Letter",
    "LetterKind",
    "Provenance",
    "Section",
    "Sentence",
    "Signature",
]

LetterKind = Literal["feedback", "third_party_decline", "verification"]

#: Stable method IDs of the letter kinds, with the version of their wording.
LETTER_KINDS: dict[str, str] = {
    "feedback": "letter.feedback@1",
    "third_party_decline": "letter.third_party_decline@1",
    "verification": "letter.verification@1",
}

SectionStyle = Literal["prose", "list", "criteria"]


@dataclass(frozen=True, slots=True)
class Provenance:
    """Where one sentence comes from.

    ``clause`` is the stable ID of the template clause that wrote it (for
    example ``feedback.development.anchor``); ``policy_clause`` the policy
    setting that allowed it (``policy.external.level``); ``criterion_id``,
    ``level`` (this candidate's aggregated level) and ``anchor_level`` (the
    level whose written anchor is quoted) tie feedback to the plan and the
    panel's ratings; ``source`` is a path into the plan, policy, incident file
    or resource catalogue.
    """

    clause: str
    policy_clause: str | None = None
    criterion_id: str | None = None
    level: float | None = None
    required_level: float | None = None
    anchor_level: int | None = None
    reason_code: str | None = None
    source: str | None = None


@dataclass(frozen=True, slots=True)
class Sentence:
    text: str
    provenance: Provenance


@dataclass(frozen=True, slots=True)
class Item:
    """A group of sentences shown together: one paragraph, or one bullet."""

    sentences: tuple[Sentence, ...]
    title: str | None = None

    @property
    def text(self) -> str:
        return " ".join(s.text for s in self.sentences)


@dataclass(frozen=True, slots=True)
class Section:
    """A part of the letter body; ``style`` says how renderers lay it out."""

    id: str
    items: tuple[Item, ...]
    heading: str | None = None
    style: SectionStyle = "prose"


@dataclass(frozen=True, slots=True)
class Signature:
    name: str
    title: str = ""
    organisation: str = ""
    email: str = ""
    phone: str = ""

    @property
    def lines(self) -> tuple[str, ...]:
        return tuple(
            x for x in (self.name, self.title, self.organisation, self.email, self.phone) if x
        )


@dataclass(frozen=True, slots=True)
class Letter:
    """One composed letter, ready to screen and render."""

    kind: LetterKind
    method_id: str
    date: dt.date
    organisation: str
    subject: str
    recipient_name: str
    recipient_email: str
    salutation: Sentence
    sections: tuple[Section, ...]
    closing: Sentence
    signature: Signature
    candidate_id: str | None = None
    audience: Literal["internal", "external", "third_party"] = "external"
    level: str | None = None
    policy_version: str = ""
    plan_version: str = ""
    language: str = "en"

    def sentences(self) -> tuple[Sentence, ...]:
        """Every sentence in reading order (salutation first, closing last)."""
        out: list[Sentence] = [self.salutation]
        for section in self.sections:
            for item in section.items:
                out.extend(item.sentences)
        out.append(self.closing)
        return tuple(out)

    def section(self, section_id: str) -> Section:
        for s in self.sections:
            if s.id == section_id:
                return s
        raise KeyError(section_id)

    def has_section(self, section_id: str) -> bool:
        return any(s.id == section_id for s in self.sections)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict (the ``candor letter --format json`` contract)."""
        data = asdict(self)
        data["date"] = self.date.isoformat()
        return data


@dataclass(frozen=True, slots=True)
class CriterionLevel:
    """One criterion of one candidate: this candidate's own aggregated level only."""

    criterion_id: str
    level: float
    required: float
    required_source: str
    meets: bool


@dataclass(frozen=True, slots=True)
class DecisionRecord:
    """Everything the composer may know about one candidate, and nothing more.

    Built from one candidate's scoring result by
    :func:`candor.letters.decision_record`. It holds no other candidate's
    identity, score or rank, no tie information and no interviewer's notes or
    individual ratings: only this candidate's aggregated levels against the
    plan's bar, the outcome and its reason codes, and recorded process incidents.
    """

    candidate_id: str
    name: str
    email: str
    internal: bool
    outcome: str
    criteria: tuple[CriterionLevel, ...]
    overall: float | None
    overall_bar: float | None
    reason_codes: tuple[str, ...]
    incidents: tuple[Incident, ...] = field(default=())
