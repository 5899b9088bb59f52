"""Composing letters, sentence by sentence, each with its provenance.

The composer of a feedback letter receives one :class:`DecisionRecord` (this
candidate's own aggregated levels, outcome and reason codes; built by
:func:`decision_record`), the plan (job facts: criteria, anchors, the bar,
development suggestions) and the policy. It never sees other candidates, ranks,
ties, individual ratings or interviewers' notes, so none of them can reach a
letter. Every sentence is plan text, policy text, a number from this record, or
fixed wording below; none states a comparison, a ranking or a promise about
future openings.

Wording is gettext-ready: pass ``translations`` (a :class:`gettext.NullTranslations`
or subclass) to translate; the msgids are the English strings here.

Method IDs: ``letter.feedback@1``, ``letter.third_party_decline@1``,
``letter.verification@1``. Clause IDs (``feedback.outcome``,
``feedback.development.anchor`` ...) are stable and appear in each sentence's
provenance.
"""

from __future__ import annotations

import datetime as dt
import gettext
import math
from collections.abc import Iterable, Sequence

from candor.candidates import Candidate
from candor.errors import InputError, Problem
from candor.letters.incidents import INCIDENT_KINDS, Incident
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
from candor.letters.policy import Policy, level_at_least
from candor.letters.resources import Resource, choose_resources
from candor.plans.model import Criterion, Plan
from candor.scoring.result import CandidateResult

__all__ = [
    "compose_feedback",
    "compose_third_party_decline",
    "compose_verification",
    "decision_record",
    "format_date",
    "format_level",
    "required_anchor_level",
    "resource_needs",
]

_EPS = 1e-9
_NULL = gettext.NullTranslations()
_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def _N(message: str) -> str:
    """Mark a string for translation without translating it here."""
    return message


for _m in _MONTHS:
    _N(_m)


def format_level(value: float) -> str:
    """A level as a person reads it: ``3`` for a whole level, ``2.33`` otherwise."""
    if abs(value - round(value)) < 0.005:
        return str(round(value))
    return f"{value:.2f}"


def format_date(date: dt.date, translations: gettext.NullTranslations | None = None) -> str:
    """``March 12, 2025`` (translatable)."""
    _ = (translations or _NULL).gettext
    return _("{month} {day}, {year}").format(
        month=_(_MONTHS[date.month - 1]), day=date.day, year=date.year
    )


def required_anchor_level(plan: Plan, required: float) -> int:
    """The scale level whose anchor describes what the role required (rounded up)."""
    level = math.ceil(required - _EPS)
    return min(max(level, plan.scale.min), plan.scale.max)


def _required(plan: Plan, criterion: Criterion) -> tuple[float, str]:
    if criterion.minimum is not None:
        return criterion.minimum, f"plan.criteria[{criterion.id}].minimum"
    if plan.bar.overall is not None:
        return plan.bar.overall, "plan.bar.overall"
    return (plan.scale.min + plan.scale.max) / 2, "plan.scale.midpoint"


def decision_record(
    plan: Plan,
    result: CandidateResult,
    candidate: Candidate | None = None,
    *,
    incidents: Iterable[Incident] = (),
) -> DecisionRecord:
    """Strip one candidate's scoring result down to what a letter may use.

    Raises
    ------
    InputError
        When the candidate's ratings are incomplete (no decision to explain), or
        ``candidate`` names a different person.
    """
    if candidate is not None and candidate.id != result.candidate:
        raise InputError(
            f"candidate details are for {candidate.id!r}, the result for {result.candidate!r}"
        )
    if result.outcome == "incomplete" or not result.complete:
        missing = "; ".join(r.text for r in result.reasons if r.code == "missing_ratings")
        raise InputError(
            Problem(
                f"candidate {result.candidate!r} has missing ratings ({missing or 'incomplete'}); "
                "a letter needs a complete decision record",
                field="candidate",
            )
        )
    levels: list[CriterionLevel] = []
    for cr in result.criteria:
        crit = plan.criterion(cr.criterion_id)
        assert cr.value is not None
        required, source = _required(plan, crit)
        meets = bool(cr.meets_minimum) if crit.minimum is not None else cr.value >= required - _EPS
        levels.append(
            CriterionLevel(
                criterion_id=cr.criterion_id,
                level=cr.value,
                required=required,
                required_source=source,
                meets=meets,
            )
        )
    mine = tuple(i for i in incidents if i.candidate == result.candidate)
    return DecisionRecord(
        candidate_id=result.candidate,
        name=candidate.name if candidate else "",
        email=candidate.email if candidate else "",
        internal=candidate.internal if candidate else False,
        outcome=result.outcome,
        criteria=tuple(levels),
        overall=result.overall,
        overall_bar=plan.bar.overall,
        reason_codes=tuple(dict.fromkeys(r.code for r in result.reasons)),
        incidents=mine,
    )


def resource_needs(record: DecisionRecord, level: str) -> tuple[str, ...]:
    """What help this record shows a need for (stable need IDs)."""
    below = sum(1 for c in record.criteria if not c.meets)
    struggled = below * 2 >= len(record.criteria) and below > 0
    if record.overall is not None and record.overall_bar is not None:
        struggled = struggled or record.overall < record.overall_bar - _EPS
    if record.internal:
        needs = ["career_development"]
        if struggled:
            needs += ["interview_skills", "wellbeing"]
        return tuple(needs)
    if level == "none":
        return ("job_search",)
    needs = ["job_search"]
    if below:
        needs.append("skills_training")
    if struggled:
        needs.append("interview_skills")
    return tuple(needs)


class _Writer:
    """Small helper holding the translation functions and shared provenance."""

    def __init__(self, translations: gettext.NullTranslations | None) -> None:
        t = translations or _NULL
        self._ = t.gettext
        self.n_ = t.ngettext

    @staticmethod
    def s(text: str, clause: str, **prov: object) -> Sentence:
        return Sentence(text=text, provenance=Provenance(clause=clause, **prov))  # type: ignore[arg-type]


def _signature(policy: Policy, organisation: str, w: _Writer) -> Signature:
    if policy.signature is not None:
        sig = policy.signature
        if not sig.organisation and organisation:
            return Signature(sig.name, sig.title, organisation, sig.email, sig.phone)
        return sig
    return Signature(name=w._("The hiring team"), organisation=organisation)


def _organisation(plan: Plan, policy: Policy) -> str:
    return policy.organisation or plan.position.organisation or policy.letterhead.name


def _retention(policy: Policy, w: _Writer) -> tuple[Section, ...]:
    if policy.retention_months is None:
        return ()
    text = policy.retention_text or w.n_(
        "We keep applications for {n} month.",
        "We keep applications for {n} months.",
        policy.retention_months,
    ).format(n=policy.retention_months)
    return (
        Section(
            id="retention",
            items=(
                Item(
                    (w.s(text, "letter.retention", policy_clause="policy.retention"),),
                ),
            ),
        ),
    )


def _resources_section(
    chosen: Sequence[tuple[Resource, str]], *, internal: bool, w: _Writer
) -> tuple[Section, ...]:
    if not chosen:
        return ()
    _ = w._
    items: list[Item] = []
    for r, need in chosen:
        text = r.description
        contact = r.contact if not r.contact or r.contact[-1] in ".!?" else r.contact + "."
        where = " ".join(x for x in (contact, r.url) if x)
        sentences = [w.s(text, "feedback.resource", reason_code=f"need.{need}", source=r.source)]
        if where:
            sentences.append(
                w.s(where, "feedback.resource.address", reason_code=f"need.{need}", source=r.source)
            )
        items.append(Item(tuple(sentences), title=r.name))
    intro = (
        _("These programmes are open to you if you would like support with your development:")
        if internal
        else _("These free public services offer help with job searching and interviews:")
    )
    return (
        Section(
            id="resources",
            heading=_("Where to find help"),
            items=(
                Item((w.s(intro, "feedback.resources.intro", policy_clause="policy.resources"),)),
                *items,
            ),
            style="list",
        ),
    )


def _criterion_items(
    plan: Plan,
    record: DecisionRecord,
    levels: Sequence[CriterionLevel],
    *,
    level: str,
    clause: str,
    strength: bool,
    w: _Writer,
) -> list[Item]:
    _ = w._
    items: list[Item] = []
    scale = plan.scale
    for cl in levels:
        crit = plan.criterion(cl.criterion_id)
        anchor_level = required_anchor_level(plan, cl.required)
        if anchor_level not in crit.anchors:
            raise InputError(
                Problem(
                    f"criterion {crit.id!r} has no anchor for level {anchor_level}, the level "
                    "the role required; a letter quotes that anchor",
                    source=plan.source,
                    field=f"criteria[{crit.id}].anchors",
                )
            )
        base = {
            "policy_clause": clause,
            "criterion_id": crit.id,
            "required_level": cl.required,
        }
        sentences: list[Sentence] = []
        req = format_level(cl.required)
        req_label = scale.label(anchor_level)
        if not level_at_least(level, "criteria"):
            if strength:
                text = _("Your answers met the level the role required.")
                sentences.append(w.s(text, "feedback.strength.general", **base))
            else:
                text = _("Your answers did not reach the level the role required.")
                sentences.append(w.s(text, "feedback.development.general", **base))
                sentences.append(
                    w.s(
                        _("What the role needs: {definition}").format(definition=crit.definition),
                        "feedback.development.definition",
                        source=f"plan.criteria[{crit.id}].definition",
                        **base,
                    )
                )
        else:
            if strength:
                text = _("Your answers met the level the role required, {level} ({label}).").format(
                    level=req, label=req_label
                )
                sentences.append(w.s(text, "feedback.strength.level", **base))
                text = _("At that level an answer showed: {anchor}").format(
                    anchor=crit.anchor(anchor_level)
                )
            else:
                text = _(
                    "The role required {level} ({label}), and your answers did not reach it."
                ).format(level=req, label=req_label)
                sentences.append(w.s(text, "feedback.development.level", **base))
                text = _("What a strong answer showed at that level: {anchor}").format(
                    anchor=crit.anchor(anchor_level)
                )
            sentences.append(
                w.s(
                    text,
                    "feedback.strength.anchor" if strength else "feedback.development.anchor",
                    anchor_level=anchor_level,
                    source=f"plan.criteria[{crit.id}].anchors.{anchor_level}",
                    **base,
                )
            )
            if level_at_least(level, "scores"):
                text = _(
                    "The panel's average rating of your answers was {value} on the scale "
                    "of {min} to {max}."
                ).format(value=format_level(cl.level), min=scale.min, max=scale.max)
                sentences.append(
                    w.s(
                        text,
                        "feedback.score",
                        level=cl.level,
                        source=f"decision_record.criteria[{crit.id}].level",
                        **base,
                    )
                )
        nxt = math.floor(cl.level + _EPS) + 1
        if strength and level == "full" and nxt <= scale.max and nxt in crit.anchors:
            text = _("The next level, {level} ({label}), describes: {anchor}").format(
                level=nxt, label=scale.label(nxt), anchor=crit.anchor(nxt)
            )
            sentences.append(
                w.s(
                    text,
                    "feedback.strength.next_level",
                    anchor_level=nxt,
                    level=cl.level,
                    source=f"plan.criteria[{crit.id}].anchors.{nxt}",
                    **base,
                )
            )
        items.append(Item(tuple(sentences), title=crit.name))
    return items


def _outcome_section(
    plan: Plan, record: DecisionRecord, *, level: str, clause: str, w: _Writer
) -> Section:
    _ = w._
    org = plan.position.organisation
    title = plan.position.title
    first = [
        w.s(
            _(
                "Thank you for applying for the position of {title}{at}, and for the time you "
                "gave to the interview."
            ).format(
                title=title, at=_(" at {organisation}").format(organisation=org) if org else ""
            ),
            "feedback.thanks",
            source="plan.position",
        ),
        w.s(
            _("I am sorry to tell you that we will not be offering you this position."),
            "feedback.outcome",
            reason_code=record.outcome,
            source="decision_record.outcome",
        ),
    ]
    sentences = [
        w.s(
            w.n_(
                "A panel assessed your answers against {n} job-related criterion, with a written "
                "description of every rating level, set before the interviews began.",
                "A panel assessed your answers against {n} job-related criteria, each with a "
                "written description of every rating level, set before the interviews began.",
                len(plan.criteria),
            ).format(n=len(plan.criteria)),
            "feedback.process",
            source="plan.criteria",
        ),
    ]
    if level_at_least(level, "general"):
        below = [c for c in record.criteria if not c.meets]
        n = len(record.criteria)
        if below:
            text = w.n_(
                "Your answers did not reach the level the role required on {k} of the {n} "
                "criteria, and the role requires that level on every criterion.",
                "Your answers did not reach the level the role required on {k} of the {n} "
                "criteria, and the role requires that level on every criterion.",
                len(below),
            ).format(k=len(below), n=n)
            if len(below) == n:
                text = _(
                    "Your answers did not reach the level the role required on any of the "
                    "{n} criteria."
                ).format(n=n)
            sentences.append(
                w.s(
                    text,
                    "feedback.reason.below_bar",
                    policy_clause=clause,
                    reason_code="below_criterion_bar",
                )
            )
        elif "below_overall_bar" in record.reason_codes:
            sentences.append(
                w.s(
                    _(
                        "Your answers met the level the role required on each criterion, but "
                        "your overall weighted rating did not reach the overall level the role "
                        "required."
                    ),
                    "feedback.reason.below_overall_bar",
                    policy_clause=clause,
                    reason_code="below_overall_bar",
                    source="plan.bar.overall",
                )
            )
        else:
            sentences.append(
                w.s(
                    _("Your answers met the level the role required on every criterion."),
                    "feedback.reason.met_bar",
                    policy_clause=clause,
                    reason_code="met_bar",
                )
            )
            code = next(
                (c for c in record.reason_codes if c in ("outside_top_n", "outside_top_band")),
                "outside_top_n",
            )
            if code == "outside_top_n" and plan.decision.n == 1:
                text = _(
                    "The role had one opening, and under the selection rule set before the "
                    "interviews it was not offered to you."
                )
            elif code == "outside_top_n" and plan.decision.n is not None:
                text = w.n_(
                    "The role had {n} opening, and under the selection rule set before the "
                    "interviews it was not offered to you.",
                    "The role had {n} openings, and under the selection rule set before the "
                    "interviews none was offered to you.",
                    plan.decision.n,
                ).format(n=plan.decision.n)
            else:
                text = _(
                    "Under the selection rule set before the interviews, meeting that level "
                    "did not lead to an offer."
                )
            sentences.append(
                w.s(
                    text,
                    "feedback.reason.rule",
                    policy_clause=clause,
                    reason_code=code,
                    source="plan.decision",
                )
            )
    return Section(id="outcome", items=(Item(tuple(first)), Item(tuple(sentences))))


def _incident_section(
    record: DecisionRecord,
    policy: Policy,
    w: _Writer,
    translations: gettext.NullTranslations | None,
) -> tuple[Section, ...]:
    if not record.incidents:
        return ()
    _ = w._
    sentences: list[Sentence] = [
        w.s(
            _("I also want to acknowledge that our own process let you down."),
            "feedback.incident.intro",
            source="incidents",
        )
    ]
    for inc in record.incidents:
        if not inc.description:
            sentences.append(
                w.s(_(INCIDENT_KINDS[inc.kind]), f"feedback.incident.{inc.kind}", source=inc.id)
            )
        else:
            desc = inc.description.rstrip(".")
            text = (
                _("On {date}, {description}.").format(
                    date=format_date(inc.date, translations), description=desc[0].lower() + desc[1:]
                )
                if inc.date
                else _("What happened: {description}.").format(description=desc)
            )
            sentences.append(w.s(text, f"feedback.incident.{inc.kind}", source=inc.id))
    sentences += [
        w.s(
            _("That was our failure, not yours, and I apologise for it."),
            "feedback.incident.apology",
            source="incidents",
        ),
        w.s(
            _("It is recorded in our hiring records for review."),
            "feedback.incident.recorded",
            source="incidents",
        ),
        w.s(
            w.n_(
                "If you would like to tell me how it affected you, please reply to this letter "
                "and I will answer within {n} business day.",
                "If you would like to tell me how it affected you, please reply to this letter "
                "and I will answer within {n} business days.",
                policy.response_days,
            ).format(n=policy.response_days),
            "feedback.incident.reply",
            policy_clause="policy.response_days",
        ),
    ]
    return (Section(id="incident", heading=_("An apology"), items=(Item(tuple(sentences)),)),)


def compose_feedback(
    record: DecisionRecord,
    plan: Plan,
    policy: Policy,
    *,
    date: dt.date,
    translations: gettext.NullTranslations | None = None,
    catalogue: Sequence[Resource] | None = None,
) -> Letter:
    """Compose the feedback letter of one candidate who was not selected.

    Parameters
    ----------
    record
        This candidate's decision record (:func:`decision_record`); the only
        candidate data the composer receives.
    plan
        The plan the candidate was assessed under (criteria, anchors, bar).
    policy
        The organisation's feedback policy; it decides the level of detail, the
        conversation offer, the retention sentence and the signature.
    date
        The date printed on the letter.

    Raises
    ------
    InputError
        When the candidate was selected or awaits a tie-break (no feedback letter
        to write yet), or when the plan lacks an anchor the letter must quote.
    """
    if record.outcome == "selected":
        raise InputError(
            Problem(
                f"candidate {record.candidate_id!r} was selected; feedback letters are for "
                "candidates who were not selected",
                field="candidate",
            )
        )
    if record.outcome != "not_selected":
        raise InputError(
            Problem(
                f"candidate {record.candidate_id!r} has no final outcome yet ({record.outcome}); "
                "record the panel's tie-break before writing a letter",
                field="candidate",
            )
        )
    w = _Writer(translations)
    _ = w._
    internal = record.internal
    level = policy.level_for(internal=internal)
    clause = policy.level_clause(internal=internal)
    org = _organisation(plan, policy)
    sections: list[Section] = [_outcome_section(plan, record, level=level, clause=clause, w=w)]
    sections += _incident_section(record, policy, w, translations)

    if level == "none":
        sections.append(
            Section(
                id="no_assessment",
                items=(
                    Item(
                        (
                            w.s(
                                _(
                                    "Our policy is not to share individual assessment results "
                                    "with external applicants."
                                ),
                                "feedback.level.none",
                                policy_clause=clause,
                            ),
                        )
                    ),
                ),
            )
        )
    else:
        meets = [c for c in record.criteria if c.meets]
        below = [c for c in record.criteria if not c.meets]
        if meets:
            sections.append(
                Section(
                    id="strengths",
                    heading=_("What went well"),
                    items=tuple(
                        _criterion_items(
                            plan, record, meets, level=level, clause=clause, strength=True, w=w
                        )
                    ),
                    style="criteria",
                )
            )
        if below:
            sections.append(
                Section(
                    id="development",
                    heading=_("Where your answers fell short of what the role required"),
                    items=tuple(
                        _criterion_items(
                            plan, record, below, level=level, clause=clause, strength=False, w=w
                        )
                    ),
                    style="criteria",
                )
            )
        if internal and level == "full":
            steps: list[Item] = []
            focus = below
            if not focus:
                # Every criterion met the bar: suggest steps for this candidate's own lowest.
                low = min(c.level for c in record.criteria)
                focus = [c for c in record.criteria if c.level <= low + _EPS]
            for cl in focus:
                crit = plan.criterion(cl.criterion_id)
                suggestions = tuple(
                    w.s(
                        suggestion,
                        "feedback.next_step",
                        policy_clause=clause,
                        criterion_id=crit.id,
                        level=cl.level,
                        required_level=cl.required,
                        source=f"plan.criteria[{crit.id}].development[{j}]",
                    )
                    for j, suggestion in enumerate(crit.development)
                )
                if suggestions:
                    steps.append(Item(suggestions, title=crit.name))
            if steps:
                sections.append(
                    Section(
                        id="next_steps",
                        heading=_("Suggested next steps"),
                        items=tuple(steps),
                        style="list",
                    )
                )

    if policy.offers_conversation(internal=internal):
        sections.append(
            Section(
                id="conversation",
                items=(
                    Item(
                        (
                            w.s(
                                w.n_(
                                    "If you would like to talk this feedback through, reply to "
                                    "this letter and I will be in touch within {n} business day "
                                    "to arrange a time.",
                                    "If you would like to talk this feedback through, reply to "
                                    "this letter and I will be in touch within {n} business days "
                                    "to arrange a time.",
                                    policy.response_days,
                                ).format(n=policy.response_days),
                                "feedback.conversation",
                                policy_clause=policy.conversation_clause(internal=internal),
                            ),
                        )
                    ),
                ),
            )
        )

    needs = resource_needs(record, level)
    local = [r for r in policy.resources]
    chosen = choose_resources(needs, internal=internal, local=local, catalogue=catalogue)
    sections += _resources_section(chosen, internal=internal, w=w)
    sections += _retention(policy, w)

    name = record.name
    return Letter(
        kind="feedback",
        method_id=LETTER_KINDS["feedback"],
        date=date,
        organisation=org,
        subject=_("Your application for {title}").format(title=plan.position.title),
        recipient_name=name,
        recipient_email=record.email,
        salutation=w.s(
            _("Dear {name},").format(name=name) if name else _("Dear applicant,"),
            "letter.salutation",
        ),
        sections=tuple(sections),
        closing=w.s(
            _("Thank you again for your interest in {organisation}.").format(organisation=org)
            if org
            else _("Thank you again for your time."),
            "letter.closing",
        ),
        signature=_signature(policy, org, w),
        candidate_id=record.candidate_id,
        audience="internal" if internal else "external",
        level=level,
        policy_version=policy.version,
        plan_version=plan.version,
        language=policy.language,
    )


def compose_third_party_decline(
    policy: Policy,
    *,
    organisation: str,
    date: dt.date,
    requester_name: str = "",
    requester_email: str = "",
    translations: gettext.NullTranslations | None = None,
) -> Letter:
    """A polite refusal to someone asking about an application on another's behalf.

    It discloses nothing: not whether the person applied, not the position, no
    outcome. It explains that feedback goes only to the applicant, on request.
    """
    w = _Writer(translations)
    _ = w._
    org = organisation or policy.organisation
    sentences = (
        w.s(
            _("Thank you for your message about an application to {organisation}.").format(
                organisation=org
            )
            if org
            else _("Thank you for your message about an application."),
            "decline.thanks",
        ),
        w.s(
            _(
                "To protect applicants' privacy, we discuss an application, including any "
                "feedback on it, only with the applicant."
            ),
            "decline.policy",
            policy_clause="policy.third_party",
        ),
        w.s(
            _(
                "For that reason we cannot confirm whether a particular person applied, or share "
                "any information about an application."
            ),
            "decline.no_disclosure",
            policy_clause="policy.third_party",
        ),
        w.s(
            _(
                "If the applicant would like feedback, they can ask us directly from the e-mail "
                "address they applied with."
            ),
            "decline.how_to_ask",
            policy_clause="policy.third_party",
        ),
        w.s(
            w.n_(
                "We answer such requests within {n} business day.",
                "We answer such requests within {n} business days.",
                policy.response_days,
            ).format(n=policy.response_days),
            "decline.response_time",
            policy_clause="policy.response_days",
        ),
    )
    return Letter(
        kind="third_party_decline",
        method_id=LETTER_KINDS["third_party_decline"],
        date=date,
        organisation=org,
        subject=_("Your enquiry about an application"),
        recipient_name=requester_name,
        recipient_email=requester_email,
        salutation=w.s(
            _("Dear {name},").format(name=requester_name) if requester_name else _("Hello,"),
            "letter.salutation",
        ),
        sections=(Section(id="decline", items=(Item(sentences),)),),
        closing=w.s(_("Thank you for understanding."), "letter.closing"),
        signature=_signature(policy, org, w),
        candidate_id=None,
        audience="third_party",
        level=None,
        policy_version=policy.version,
        language=policy.language,
    )


def compose_verification(
    policy: Policy,
    *,
    candidate: Candidate,
    position_title: str,
    organisation: str,
    link: str,
    date: dt.date,
    translations: gettext.NullTranslations | None = None,
) -> Letter:
    """The message that asks a candidate to confirm a feedback request came from them.

    ``link`` is the signed, expiring, single-use link made by the web layer; the
    core only words the message around it.
    """
    w = _Writer(translations)
    _ = w._
    org = organisation or policy.organisation
    hours = policy.verification_hours
    sentences = (
        w.s(
            _("We have received a request for feedback on your application for {title}.").format(
                title=position_title
            ),
            "verify.received",
        ),
        w.s(
            w.n_(
                "To make sure your feedback reaches only you, please confirm the request by "
                "opening this link within {n} hour:",
                "To make sure your feedback reaches only you, please confirm the request by "
                "opening this link within {n} hours:",
                hours,
            ).format(n=hours),
            "verify.instruction",
            policy_clause="policy.verification_hours",
        ),
        w.s(link, "verify.link"),
        w.s(
            _("The link works once, and only for the address this message was sent to."),
            "verify.single_use",
        ),
        w.s(
            w.n_(
                "Once you confirm, we will send your feedback within {n} business day.",
                "Once you confirm, we will send your feedback within {n} business days.",
                policy.response_days,
            ).format(n=policy.response_days),
            "verify.response_time",
            policy_clause="policy.response_days",
        ),
        w.s(
            _(
                "If you did not ask for feedback, you can ignore this message and nothing will "
                "be sent."
            ),
            "verify.ignore",
        ),
    )
    name = candidate.display_name
    return Letter(
        kind="verification",
        method_id=LETTER_KINDS["verification"],
        date=date,
        organisation=org,
        subject=_("Please confirm your feedback request"),
        recipient_name=name,
        recipient_email=candidate.email,
        salutation=w.s(_("Dear {name},").format(name=name), "letter.salutation"),
        sections=(Section(id="verify", items=(Item(sentences),)),),
        closing=w.s(_("Thank you."), "letter.closing"),
        signature=_signature(policy, org, w),
        candidate_id=candidate.id,
        audience="internal" if candidate.internal else "external",
        level=None,
        policy_version=policy.version,
        language=policy.language,
    )
