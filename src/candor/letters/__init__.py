"""Feedback letters: policy-governed, evidence-grounded, screened, rendered.

The main job::

    from candor.letters import (
        decision_record, compose_feedback, letter_release, render_text, load_policy,
    )

    record = decision_record(plan, result.candidate("C04"), candidate, incidents=incidents)
    letter = compose_feedback(record, plan, policy, date=today)
    released = letter_release(letter, requirements=plan.requirements)  # the safety gate
    text = render_text(released, letterhead=policy.letterhead)

See ``docs/letters.md``.
"""

from candor.letters.compose import (
    compose_feedback,
    compose_third_party_decline,
    compose_verification,
    decision_record,
    format_level,
    resource_needs,
)
from candor.letters.gate import (
    GATE_METHOD,
    LetterBlocked,
    LetterFinding,
    Override,
    ReleasedLetter,
    Screening,
    letter_release,
    letter_screen,
)
from candor.letters.incidents import INCIDENT_KINDS, Incident, incidents_for, read_incidents
from candor.letters.model import (
    LETTER_KINDS,
    CriterionLevel,
    DecisionRecord,
    Item,
    Letter,
    Provenance,
    Section,
    Sentence,
    Signature,
)
from candor.letters.policy import (
    CLAUSES,
    DEFAULT_POLICY,
    FEEDBACK_LEVELS,
    Letterhead,
    Policy,
    load_policy,
    parse_policy,
    policy_from_mapping,
)
from candor.letters.resources import NEEDS, Resource, choose_resources, load_catalogue

__all__ = [
    "CLAUSES",
    "DEFAULT_POLICY",
    "FEEDBACK_LEVELS",
    "GATE_METHOD",
    "INCIDENT_KINDS",
    "LETTER_KINDS",
    "NEEDS",
    "CriterionLevel",
    "DecisionRecord",
    "Incident",
    "Item",
    "Letter",
    "LetterBlocked",
    "LetterFinding",
    "Letterhead",
    "Override",
    "Policy",
    "Provenance",
    "ReleasedLetter",
    "Resource",
    "Screening",
    "Section",
    "Sentence",
    "Signature",
    "choose_resources",
    "compose_feedback",
    "compose_third_party_decline",
    "compose_verification",
    "decision_record",
    "format_level",
    "incidents_for",
    "letter_release",
    "letter_screen",
    "load_catalogue",
    "load_policy",
    "parse_policy",
    "policy_from_mapping",
    "read_incidents",
    "resource_needs",
]
