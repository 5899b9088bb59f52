from __future__ import annotations

import dataclasses
import re

import pytest

from candor.candidates import Candidate
from candor.errors import InputError
from candor.letters import (
    DecisionRecord,
    Policy,
    compose_feedback,
    compose_third_party_decline,
    compose_verification,
    decision_record,
    resource_needs,
)
from candor.plans import Plan
from candor.scoring import ScoringResult

DATE = __import__("datetime").date(2025, 4, 2)
OUTCOME = "we will not be offering you this position"


def text_of(letter) -> str:  # type: ignore[no-untyped-def]
    return " ".join(s.text for s in letter.sentences())


def test_the_record_holds_only_this_candidates_own_levels(record) -> None:  # type: ignore[no-untyped-def]
    rec = record("C05")
    names = {f.name for f in dataclasses.fields(DecisionRecord)}
    assert not names & {"rank", "tied_with", "ratings", "panel", "evidence", "flags"}
    assert [c.criterion_id for c in rec.criteria if not c.meets] == ["people", "planning"]
    assert rec.internal


def test_outcome_is_stated_in_the_first_paragraph(record, plan, policy) -> None:  # type: ignore[no-untyped-def]
    for cid in ("C01", "C02", "C04", "C05", "C06"):
        letter = compose_feedback(record(cid), plan, policy, date=DATE)
        first = letter.sections[0]
        assert first.id == "outcome"
        assert OUTCOME in first.items[0].text
        assert first.items[0].sentences[1].provenance.reason_code == "not_selected"


def test_internal_letter_is_full_and_developmental(record, plan, policy) -> None:  # type: ignore[no-untyped-def]
    letter = compose_feedback(record("C05"), plan, policy, date=DATE)
    assert letter.audience == "internal" and letter.level == "full"
    dev = letter.section("development")
    assert [i.title for i in dev.items] == [
        "Coaching and developing people",
        "Production planning and organisation",
    ]
    anchor = next(
        s for s in dev.items[0].sentences if s.provenance.clause == "feedback.development.anchor"
    )
    assert anchor.provenance.criterion_id == "people"
    assert anchor.provenance.anchor_level == 3
    assert anchor.provenance.required_level == 3
    assert "giving constructive feedback and following up" in anchor.text
    score = next(s for s in dev.items[0].sentences if s.provenance.clause == "feedback.score")
    assert "2.33" in score.text and score.provenance.level == pytest.approx(7 / 3)
    steps = letter.section("next_steps")
    assert "Frontline Leader programme" in steps.items[0].text
    assert steps.items[0].sentences[0].provenance.source == "plan.criteria[people].development[0]"
    assert letter.has_section("conversation")
    assert "12 months" in letter.section("retention").items[0].text


def test_internal_candidate_who_met_the_bar_gets_next_levels_and_steps(
    record, plan, policy
) -> None:  # type: ignore[no-untyped-def]
    letter = compose_feedback(record("C01"), plan, policy, date=DATE)
    assert not letter.has_section("development")
    text = text_of(letter)
    assert "met the level the role required on every criterion" in text
    assert "The role had one opening" in text
    assert "The next level, 4 (Strong)" in text
    assert letter.has_section("next_steps")


def test_external_criteria_level_shows_required_level_but_not_scores(record, plan, policy) -> None:  # type: ignore[no-untyped-def]
    letter = compose_feedback(record("C04"), plan, policy, date=DATE)
    assert letter.level == "criteria"
    assert not letter.has_section("strengths")
    assert not letter.has_section("next_steps")
    assert not letter.has_section("conversation")
    text = text_of(letter)
    assert "did not reach the level the role required on any of the 5 criteria" in text
    assert "average rating" not in text
    assert "2.33" not in text and "1.67" not in text


def test_a_candidate_who_struggled_is_pointed_to_interview_coaching(record, plan, policy) -> None:  # type: ignore[no-untyped-def]
    rec = record("C04")
    assert "interview_skills" in resource_needs(rec, "criteria")
    letter = compose_feedback(rec, plan, policy, date=DATE)
    sources = [s.provenance.source for s in letter.section("resources").items[1].sentences]
    assert sources[0] == "policy.resources[0]"  # local first: OhioMeansJobs
    ids = {i.title for i in letter.section("resources").items}
    assert "American Job Center finder" in ids


@pytest.mark.parametrize("level", ["none", "general", "criteria", "scores"])
def test_each_external_level_discloses_only_what_it_allows(record, plan, level) -> None:  # type: ignore[no-untyped-def]
    policy = Policy(external_level=level, retention_months=12)
    letter = compose_feedback(record("C05", internal=False), plan, policy, date=DATE)
    text = text_of(letter)
    assert OUTCOME in text
    has_names = "Coaching and developing people" in " ".join(
        i.title or "" for s in letter.sections for i in s.items
    )
    assert has_names == (level != "none")
    assert ("What a strong answer showed" in text) == (level in ("criteria", "scores"))
    assert ("average rating" in text) == (level == "scores")
    assert not letter.has_section("next_steps")
    if level == "none":
        assert letter.has_section("no_assessment")
        assert "2 of the 5" not in text


def test_incident_adds_an_apology_without_blame(record, plan, policy) -> None:  # type: ignore[no-untyped-def]
    letter = compose_feedback(record("C06"), plan, policy, date=DATE)
    assert [s.id for s in letter.sections][:2] == ["outcome", "incident"]
    text = letter.section("incident").items[0].text
    assert "March 12, 2025" in text and "25 minutes late" in text
    assert "our failure, not yours" in text and "apologise" in text
    kinds = {s.provenance.clause for s in letter.section("incident").items[0].sentences}
    assert "feedback.incident.interviewer_late" in kinds


def test_every_sentence_has_a_clause(record, plan, policy) -> None:  # type: ignore[no-untyped-def]
    letter = compose_feedback(record("C05"), plan, policy, date=DATE)
    for s in letter.sentences():
        assert re.fullmatch(r"[a-z_]+(\.[a-z_]+)+", s.provenance.clause)
        if s.provenance.policy_clause:
            assert s.provenance.policy_clause.startswith("policy.")


def test_selected_and_undecided_candidates_get_no_feedback_letter(
    plan: Plan,
    result: ScoringResult,
    record,
    policy,  # type: ignore[no-untyped-def]
) -> None:
    with pytest.raises(InputError, match="was selected"):
        compose_feedback(record("C03"), plan, policy, date=DATE)
    with pytest.raises(InputError, match="missing ratings"):
        decision_record(plan, result.candidate("C07"))


def test_a_plan_without_the_anchor_the_letter_quotes_is_refused(record, plan, policy) -> None:  # type: ignore[no-untyped-def]
    crit = plan.criterion("people")
    broken = dataclasses.replace(
        plan,
        criteria=tuple(
            dataclasses.replace(c, anchors={k: v for k, v in c.anchors.items() if k != 3})
            if c is crit
            else c
            for c in plan.criteria
        ),
    )
    with pytest.raises(InputError, match="no anchor for level 3"):
        compose_feedback(record("C05"), broken, policy, date=DATE)


def test_third_party_decline_discloses_nothing(policy, plan) -> None:  # type: ignore[no-untyped-def]
    letter = compose_third_party_decline(
        policy, organisation="Northfield Components", date=DATE, requester_name="Anna Kowalski"
    )
    text = text_of(letter) + letter.subject
    assert letter.candidate_id is None
    assert plan.position.title not in text
    assert "Robert" not in text
    assert "only with the applicant" in text
    assert "5 business days" in text
    assert letter.salutation.text == "Dear Anna Kowalski,"


def test_verification_message_carries_the_link_and_expiry(policy) -> None:  # type: ignore[no-untyped-def]
    letter = compose_verification(
        policy,
        candidate=Candidate("C04", "Robert Kowalski", False, "rob@example.net"),
        position_title="Production Supervisor, Line 3",
        organisation="Northfield Components",
        link="https://candor.example/v/abc",
        date=DATE,
    )
    text = text_of(letter)
    assert "https://candor.example/v/abc" in text
    assert "48 hours" in text
    assert "ignore this message" in text
