"""The second opinion's catalogue entries: one stable ID per category, and its findings.

The model (:mod:`candor.language.classifier`) has no wording of its own to cite, so
each of its findings names the category it sees, how sure it is and the words that
weighed most, and asks a person to read the sentence again. IDs are ``CND-SO-`` plus
the category's rule prefix; like rule IDs they are never reused.

.. versionadded:: 0.5
"""

from __future__ import annotations

from dataclasses import dataclass

from candor.language.classifier import Scored
from candor.language.model import CATEGORIES, Category, Finding, Severity, UnknownRuleError

__all__ = ["OPINIONS", "Opinion", "finding_for", "get_opinion"]


@dataclass(frozen=True, slots=True)
class Opinion:
    """What the second opinion says about one category."""

    id: str
    category: Category
    title: str
    rationale: str
    suggestion: str
    severity: Severity = "warning"


_ENTRIES: dict[Category, tuple[str, str, str, str]] = {
    "age": (
        "AGE",
        "Wording that reads like age or an age proxy",
        "The ADEA protects applicants 40 and over; life stage, generation, graduation "
        "dates, energy or 'runway' are read as age.",
        "Delete the reference to age or life stage; state the requirement and the "
        "behaviour observed against it, with the rubric level.",
    ),
    "sex_gender": (
        "SEX",
        "Wording that reads like sex or a gender stereotype",
        "Title VII forbids decisions on sex and on sex stereotypes (Price Waterhouse v. Hopkins).",
        "Describe what the candidate said or did against the criterion, without sex or "
        "stereotyped traits.",
    ),
    "pregnancy_family": (
        "FAM",
        "Wording that reads like pregnancy, caregiving or family plans",
        "The Pregnancy Discrimination Act and state caregiver laws; family status is not "
        "job-related.",
        "Delete the family detail; if availability matters, record the schedule "
        "requirement and that it was asked of every candidate.",
    ),
    "race_ethnicity_national_origin": (
        "RACE",
        "Wording that reads like race, ethnicity, national origin or an accent",
        "Title VII and IRCA; accent, names, neighbourhoods and hair (CROWN Acts) are proxies.",
        "Record communication or language requirements as observed behaviour against "
        "the rubric; delete origin, appearance or neighbourhood.",
    ),
    "religion": (
        "REL",
        "Wording that reads like religion or religious practice",
        "Title VII protects religion and requires accommodation of practice (Groff v. DeJoy).",
        "Delete the religious detail; scheduling needs go through the accommodation "
        "process, not the evaluation.",
    ),
    "disability_health": (
        "DIS",
        "Wording that reads like health, disability or medical history",
        "The ADA forbids pre-offer medical inquiries and decisions on disability or "
        "perceived disability.",
        "Delete the health detail; state the essential function and whether it can be "
        "performed with or without reasonable accommodation.",
    ),
    "sexual_orientation_gender_identity": (
        "SOGI",
        "Wording that reads like sexual orientation or gender identity",
        "Title VII covers sexual orientation and gender identity (Bostock v. Clayton County).",
        "Delete the personal detail; record only job-related evidence.",
    ),
    "genetic": (
        "GEN",
        "Wording that reads like genetic information or family medical history",
        "GINA forbids requesting or using genetic information, including family medical history.",
        "Delete the family medical history; it may not be requested or used.",
    ),
    "veteran_military": (
        "VET",
        "Wording that reads like military service, reserve duty or a service-related condition",
        "USERRA protects service members and reservists; assumptions about service "
        "(PTSD, deployments) also touch the ADA.",
        "Describe the skills and results the candidate showed; delete assumptions "
        "about service or deployments.",
    ),
    "appearance": (
        "APP",
        "Wording that reads like looks, weight, dress or grooming",
        "Appearance remarks are read as proxies for sex, race (hair: CROWN Acts), age, "
        "religion or disability; some cities protect height and weight.",
        "Delete the remark on looks; if presentation is a criterion, cite the written "
        "standard and the observed behaviour.",
    ),
    "subjective_fit": (
        "FIT",
        "Wording that reads like an undefined 'fit' or gut feeling",
        "Undefined fit or vibe judgments are the classic cover for bias and leave the "
        "decision without a job-related reason.",
        "Name the criterion and the evidence: what was asked, what was answered, the rubric level.",
    ),
    "comparison_other_candidates": (
        "CMP",
        "Wording that reads like a comparison with other candidates or the person hired",
        "Comparisons disclose other applicants' information and invite challenges to "
        "the chosen candidate; feedback should stand on the criteria.",
        "Explain the result against this candidate's own scores and the bar, without "
        "other candidates.",
    ),
    "false_promise": (
        "FP",
        "Wording that reads like a promise of future openings or consideration",
        "Promises of future roles create false hope and can be read as a contract or "
        "misrepresentation.",
        "Say only what is true and general: how to apply for future openings, with no "
        "promise of consideration.",
    ),
    "unsupported_accusation": (
        "ACC",
        "Wording that reads like an accusation without cited evidence",
        "Stating unverified misconduct as fact in a record or letter risks defamation.",
        "State what was verified, from which record, and the process followed; "
        "otherwise delete it.",
    ),
    "salary_history": (
        "SAL",
        "Wording that reads like pay history",
        "Many states and cities ban asking for or relying on salary history.",
        "Delete the pay history; record the candidate's stated expectation for this role "
        "if the process allows it.",
    ),
}

#: One entry per category, in catalogue order.
OPINIONS: tuple[Opinion, ...] = tuple(
    Opinion(f"CND-SO-{_ENTRIES[c][0]}", c, _ENTRIES[c][1], _ENTRIES[c][2], _ENTRIES[c][3])
    for c in CATEGORIES
)
_BY_CATEGORY = {o.category: o for o in OPINIONS}
_BY_ID = {o.id: o for o in OPINIONS}

_MODEL_NOTE = (
    "No rule reported this category in the sentence, but candor's statistical second opinion, a model "
    "trained on labelled hiring notes and letters, reads it as risky. It can be wrong: "
    "read the sentence again and keep it only if it records job-related evidence."
)


def get_opinion(opinion_id: str) -> Opinion:
    """Return the second-opinion entry with ID ``opinion_id`` (case-insensitive)."""
    got = _BY_ID.get(opinion_id.strip().upper())
    if got is None:
        raise UnknownRuleError(opinion_id)
    return got


def finding_for(scored: Scored, text: str) -> Finding:
    """Return the finding for a sentence the model scored at or above its threshold."""
    entry = _BY_CATEGORY[scored.category]
    cues = ", ".join(f"'{c}'" for c in scored.cues)
    message = (
        f"{entry.title} (second opinion, score {scored.probability:.2f}"
        + (f"; words that weighed most: {cues}" if cues else "")
        + "). Read it again: no rule reported this, and the model can be wrong."
    )
    return Finding(
        rule_id=entry.id,
        category=entry.category,
        severity=entry.severity,
        start=scored.start,
        end=scored.end,
        match=text[scored.start : scored.end],
        message=message,
        suggestion=entry.suggestion,
    )


def explain_opinion(opinion_id: str) -> str:
    """Return the plain-text explanation of one entry, for ``candor lint --explain``."""
    o = get_opinion(opinion_id)
    return (
        "\n".join(
            [
                f"{o.id}  {o.title} (statistical second opinion)",
                f"category: {o.category}   severity: {o.severity}",
                "",
                f"What it flags: {_MODEL_NOTE}",
                "",
                f"Why: {o.rationale}",
                "",
                f"Rewrite: {o.suggestion}",
                "",
                "How: a logistic regression over the sentence's words and word pairs; see "
                "docs/language.md, 'The second opinion'.",
            ]
        )
        + "\n"
    )
