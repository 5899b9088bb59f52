"""An organisation's feedback policy: what each kind of candidate may be told.

A policy is a YAML file validated like a plan: every problem is reported at
once with its file, line and path. Example (the demo's ``policy.yaml``)::

    policy: 1
    organisation: Northfield Components
    feedback:
      internal: full        # none | general | criteria | scores | full
      external: criteria    # none | general | criteria | scores
    conversation:
      internal: true
      external: false
    response_days: 5        # business days to answer a feedback request
    retention:
      months: 12
    verification_hours: 48
    signature: {name: Li Chen, title: HR Business Partner, email: careers@example.com}
    letterhead: {name: Northfield Components, address: [...], colour: "#1f4e79"}
    resources: [...]        # local resources, same fields as the national catalogue

Feedback levels, each including the one before:

``none``
    a courteous letter with the outcome and general resources, no assessment;
``general``
    strengths and development areas named in words;
``criteria``
    per criterion, with the level the role required and its written anchor;
``scores``
    also the candidate's own aggregated level on each criterion;
``full``
    (internal candidates only) also development suggestions from the plan.

Each setting has a stable clause ID (:data:`CLAUSES`) that letters cite in the
provenance of the sentences it allowed.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from candor.errors import PlanError
from candor.letters.model import Signature
from candor.letters.resources import Resource, resource_from_mapping
from candor.validation import Checker
from candor.yamlio import Document, load_yaml_document, parse_yaml_document

__all__ = [
    "CLAUSES",
    "DEFAULT_POLICY",
    "FEEDBACK_LEVELS",
    "FeedbackLevel",
    "Letterhead",
    "Policy",
    "level_at_least",
    "load_policy",
    "parse_policy",
    "policy_from_mapping",
]

FeedbackLevel = Literal["none", "general", "criteria", "scores", "full"]
FEEDBACK_LEVELS: tuple[FeedbackLevel, ...] = ("none", "general", "criteria", "scores", "full")
_EXTERNAL_LEVELS: tuple[FeedbackLevel, ...] = ("none", "general", "criteria", "scores")

#: Stable IDs of policy clauses, cited in letter provenance.
CLAUSES: dict[str, str] = {
    "policy.internal.level": "feedback level for internal candidates",
    "policy.external.level": "feedback level for external candidates",
    "policy.conversation.internal": "offer internal candidates a conversation",
    "policy.conversation.external": "offer external candidates a conversation",
    "policy.response_days": "business days to answer a feedback request",
    "policy.retention": "how long applications are kept",
    "policy.verification_hours": "how long an identity-verification link stays valid",
    "policy.signature": "who signs letters",
    "policy.resources": "local resources offered to candidates",
    "policy.third_party": "feedback goes only to the candidate",
}

_TOP_KEYS = {
    "policy",
    "organisation",
    "feedback",
    "conversation",
    "response_days",
    "retention",
    "verification_hours",
    "signature",
    "letterhead",
    "resources",
    "language",
}
_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")


def level_at_least(level: str, minimum: FeedbackLevel) -> bool:
    """Whether ``level`` includes everything ``minimum`` gives."""
    return FEEDBACK_LEVELS.index(level) >= FEEDBACK_LEVELS.index(minimum)


@dataclass(frozen=True, slots=True)
class Letterhead:
    """The organisation's letterhead for HTML and PDF letters.

    ``template`` optionally names an organisation's own Jinja2 letterhead
    template (a path, relative to the policy file) used instead of the built-in
    ``letterhead.html.j2``.
    """

    name: str = ""
    address: tuple[str, ...] = ()
    phone: str = ""
    website: str = ""
    colour: str = "#1f4e79"
    template: str | None = None


@dataclass(frozen=True, slots=True)
class Policy:
    """A validated feedback policy (see :func:`load_policy`)."""

    internal_level: FeedbackLevel = "full"
    external_level: FeedbackLevel = "general"
    conversation_internal: bool = True
    conversation_external: bool = False
    response_days: int = 5
    retention_months: int | None = None
    retention_text: str | None = None
    verification_hours: int = 48
    organisation: str = ""
    signature: Signature | None = None
    letterhead: Letterhead = field(default_factory=Letterhead)
    resources: tuple[Resource, ...] = ()
    language: str = "en"
    version: str = "default"
    source: str = "<default policy>"

    def level_for(self, *, internal: bool) -> FeedbackLevel:
        return self.internal_level if internal else self.external_level

    def level_clause(self, *, internal: bool) -> str:
        return "policy.internal.level" if internal else "policy.external.level"

    def offers_conversation(self, *, internal: bool) -> bool:
        return self.conversation_internal if internal else self.conversation_external

    def conversation_clause(self, *, internal: bool) -> str:
        return "policy.conversation.internal" if internal else "policy.conversation.external"


#: Used when no policy file is given: full feedback to internal candidates,
#: strengths and development areas in words to external ones, no retention
#: sentence (a letter states a retention period only when the policy gives one).
DEFAULT_POLICY = Policy()


def _level(c: Checker, raw: Mapping[str, Any], key: str, allowed: tuple[str, ...]) -> Any:
    default = "full" if key == "internal" else "general"
    value = raw.get(key, default)
    if value not in allowed:
        hint = ""
        if key == "external" and value == "full":
            hint = " ('full' adds internal development actions and is for internal candidates)"
        c.add(
            f"feedback.{key}",
            f"unknown feedback level {value!r}; must be one of {', '.join(allowed)}{hint}",
        )
        return default
    return value


def policy_from_document(doc: Document, *, base: Path | None = None) -> Policy:
    """Validate a parsed policy document; raise :class:`PlanError` listing every problem."""
    c = Checker(doc, required=False, collapse=True)
    data = doc.data
    c.unknown(data, "", _TOP_KEYS)
    if "policy" in data and data["policy"] != 1:
        c.add("policy", f"unsupported policy format version {data['policy']!r} (expected 1)")
    feedback = c.mapping(data.get("feedback"), "feedback")
    c.unknown(feedback, "feedback", {"internal", "external"})
    internal_level = _level(c, feedback, "internal", FEEDBACK_LEVELS)
    external_level = _level(c, feedback, "external", _EXTERNAL_LEVELS)
    conversation = c.mapping(data.get("conversation"), "conversation")
    c.unknown(conversation, "conversation", {"internal", "external"})
    conv_internal = c.flag(conversation, "internal", "conversation", True)
    conv_external = c.flag(conversation, "external", "conversation", False)
    response_days = c.whole(data.get("response_days"), "response_days", 5, lo=1, hi=60)
    verification_hours = c.whole(
        data.get("verification_hours"), "verification_hours", 48, lo=1, hi=24 * 14
    )

    retention_months: int | None = None
    retention_text: str | None = None
    if data.get("retention") is not None:
        retention = c.mapping(data.get("retention"), "retention")
        c.unknown(retention, "retention", {"months", "text"})
        if retention.get("months") is None:
            c.add("retention.months", "is required: how many months applications are kept")
        else:
            retention_months = c.whole(retention.get("months"), "retention.months", 0, lo=1, hi=240)
        retention_text = c.text(retention, "text", "retention") or None
        if retention_text and retention_months and str(retention_months) not in retention_text:
            c.add(
                "retention.text",
                f"must state the retention period of retention.months ({retention_months})",
            )

    organisation = c.text(data, "organisation", "")
    signature = None
    if data.get("signature") is not None:
        raw = c.mapping(data.get("signature"), "signature")
        c.unknown(raw, "signature", {"name", "title", "email", "phone"})
        signature = Signature(
            name=c.text(raw, "name", "signature", required=True),
            title=c.text(raw, "title", "signature"),
            organisation=organisation,
            email=c.text(raw, "email", "signature"),
            phone=c.text(raw, "phone", "signature"),
        )

    letterhead = Letterhead(name=organisation)
    if data.get("letterhead") is not None:
        raw = c.mapping(data.get("letterhead"), "letterhead")
        c.unknown(raw, "letterhead", {"name", "address", "phone", "website", "colour", "template"})
        address = raw.get("address") or []
        if isinstance(address, str):
            address = [address]
        if not isinstance(address, list) or not all(isinstance(x, str) for x in address):
            c.add("letterhead.address", "must be a list of address lines")
            address = []
        colour = c.text(raw, "colour", "letterhead") or "#1f4e79"
        if not _COLOUR.match(colour):
            c.add("letterhead.colour", f"must be a colour like '#1f4e79', got {colour!r}")
            colour = "#1f4e79"
        template = c.text(raw, "template", "letterhead") or None
        if template is not None:
            path = Path(template)
            if not path.is_absolute() and base is not None:
                path = base / path
            if not path.is_file():
                c.add("letterhead.template", f"template file not found: {path}")
            template = str(path)
        letterhead = Letterhead(
            name=c.text(raw, "name", "letterhead") or organisation,
            address=tuple(" ".join(x.split()) for x in address if x.strip()),
            phone=c.text(raw, "phone", "letterhead"),
            website=c.text(raw, "website", "letterhead"),
            colour=colour,
            template=template,
        )

    resources: list[Resource] = []
    raw_resources = data.get("resources")
    if raw_resources is not None and not isinstance(raw_resources, list):
        c.add("resources", "must be a list of resources")
    elif raw_resources:
        for i, item in enumerate(raw_resources):
            r = resource_from_mapping(
                item, f"resources[{i}]", c.add, source=f"policy.resources[{i}]"
            )
            if r is not None:
                resources.append(r)
        ids = [r.id for r in resources]
        for i, rid in enumerate(ids):
            if rid in ids[:i]:
                c.add(f"resources[{i}].id", f"duplicate resource ID {rid!r}")

    language = c.text(data, "language", "") or "en"
    if c.problems:
        raise PlanError(c.problems)
    canonical = json.dumps(data, sort_keys=True, ensure_ascii=False, default=str)
    return Policy(
        internal_level=internal_level,
        external_level=external_level,
        conversation_internal=conv_internal,
        conversation_external=conv_external,
        response_days=response_days,
        retention_months=retention_months,
        retention_text=retention_text,
        verification_hours=verification_hours,
        organisation=organisation,
        signature=signature,
        letterhead=letterhead,
        resources=tuple(resources),
        language=language,
        version="sha256:" + hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:16],
        source=doc.source,
    )


def policy_from_mapping(data: Mapping[str, Any], *, source: str = "<policy>") -> Policy:
    """Validate a policy given as a mapping (from the database or a test)."""
    return policy_from_document(Document(data=dict(data), source=source, lines={}))


def parse_policy(text: str, *, source: str = "<policy>") -> Policy:
    """Parse and validate policy YAML text."""
    return policy_from_document(parse_yaml_document(text, source=source))


def load_policy(path: str | Path) -> Policy:
    """Read, validate and return the policy in a YAML file."""
    return policy_from_document(load_yaml_document(path), base=Path(path).parent)
