"""Property tests: over random plans, score patterns, policies and incidents, every
letter passes screening, names nobody else, shows no number that is not this
candidate's own or the plan's or policy's, and states the outcome first."""

from __future__ import annotations

import datetime as dt
import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from candor.candidates import Candidate
from candor.letters import (
    Incident,
    Policy,
    compose_feedback,
    decision_record,
    format_level,
    letter_release,
)
from candor.letters.incidents import INCIDENT_KINDS
from candor.plans import plan_from_mapping
from candor.scoring import Rating, score

DATE = dt.date(2025, 4, 2)
FIRST = ["Maria", "Daniel", "Priya", "Robert", "James", "Aisha", "Kevin", "Lucia", "Tomasz", "Mei"]
LAST = ["Alvarez", "Okafor", "Raman", "Kowalski", "Whitfield", "Mensah", "Tran", "Novak", "Haddad"]
WORDS = [
    "gives",
    "a",
    "clear",
    "example",
    "of",
    "planning",
    "work",
    "with",
    "data",
    "and",
    "results",
    "describes",
    "the",
    "steps",
    "taken",
    "to",
    "fix",
    "problem",
    "shift",
]
SKILLS = [
    "Safety leadership",
    "Planning",
    "Coaching",
    "Problem solving",
    "Communication",
    "Quality checks",
    "Scheduling",
]


def sentence(draw: st.DrawFn) -> str:
    words = draw(st.lists(st.sampled_from(WORDS), min_size=3, max_size=9))
    return (" ".join(words)).capitalize() + "."


@st.composite
def scenarios(draw: st.DrawFn):  # type: ignore[no-untyped-def]
    lo = draw(st.integers(0, 1))
    hi = draw(st.integers(lo + 2, lo + 6))
    n_crit = draw(st.integers(1, 5))
    raw_weights = draw(st.lists(st.integers(1, 5), min_size=n_crit, max_size=n_crit))
    total = sum(raw_weights)
    weights = [w / total for w in raw_weights]
    weights[-1] = 1 - sum(weights[:-1])
    names = draw(st.lists(st.sampled_from(SKILLS), min_size=n_crit, max_size=n_crit, unique=True))
    criteria = []
    for i, (name, w) in enumerate(zip(names, weights, strict=True)):
        minimum = draw(st.one_of(st.none(), st.integers(lo, hi)))
        criteria.append(
            {
                "id": f"c{i}",
                "name": name,
                "definition": sentence(draw),
                "weight": w,
                "minimum": minimum,
                "anchors": {lv: sentence(draw) for lv in range(lo, hi + 1)},
                "development": [sentence(draw) for _ in range(draw(st.integers(0, 2)))],
            }
        )
    rule = draw(st.sampled_from(["cutoff", "top_n", "banding"]))
    decision = {"rule": rule, "text": "Rule set before the interviews."}
    if rule == "top_n":
        decision["n"] = draw(st.integers(1, 3))
    if rule == "banding":
        decision["band_width"] = draw(st.sampled_from([0.0, 0.25, 0.5]))
    plan = plan_from_mapping(
        {
            "position": {"id": "p", "title": "Line Lead", "organisation": "Acme Works"},
            "scale": {"min": lo, "max": hi},
            "criteria": criteria,
            "bar": {"overall": draw(st.one_of(st.none(), st.integers(lo, hi)))},
            "decision": decision,
            "panel": ["r1", "r2", "r3"],
        }
    )
    n_cand = draw(st.integers(2, 6))
    people = draw(
        st.lists(
            st.tuples(st.sampled_from(FIRST), st.sampled_from(LAST)),
            min_size=n_cand,
            max_size=n_cand,
            unique=True,
        )
    )
    ratings = [
        Rating(f"K{k}", r, c["id"], draw(st.integers(lo, hi)))
        for k in range(n_cand)
        for c in criteria
        for r in ("r1", "r2", "r3")
    ]
    level_names = ["none", "general", "criteria", "scores"]
    policy = Policy(
        internal_level=draw(st.sampled_from([*level_names, "full"])),
        external_level=draw(st.sampled_from(level_names)),
        conversation_internal=draw(st.booleans()),
        conversation_external=draw(st.booleans()),
        response_days=draw(st.integers(1, 15)),
        retention_months=draw(st.one_of(st.none(), st.integers(6, 36))),
        organisation="Acme Works",
    )
    internal = draw(st.booleans())
    incident = draw(st.one_of(st.none(), st.sampled_from(sorted(INCIDENT_KINDS))))
    return plan, ratings, people, policy, internal, incident


def _numbers(text: str) -> set[str]:
    return set(re.findall(r"\d+(?:\.\d+)?", text))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(scenarios())
def test_letters_are_safe_for_any_scores_policy_and_plan(scenario) -> None:  # type: ignore[no-untyped-def]
    plan, ratings, people, policy, internal, incident = scenario
    result = score(plan, ratings)
    names = {f"K{k}": f"{a} {b}" for k, (a, b) in enumerate(people)}
    for res in result.candidates:
        if res.outcome != "not_selected":
            continue
        cid = res.candidate
        incidents = (
            (Incident(cid, incident, dt.date(2025, 3, 12), "", "incidents.csv", 2),)
            if incident
            else ()
        )
        cand = Candidate(cid, names[cid], internal, "")
        record = decision_record(plan, res, cand, incidents=incidents)
        letter = compose_feedback(record, plan, policy, date=DATE)
        released = letter_release(letter, requirements=plan.requirements)
        assert not released.screening.has_errors
        text = " ".join(s.text for s in letter.sentences())
        # The outcome, clearly, in the first paragraph.
        assert "we will not be offering you this position" in letter.sections[0].items[0].text
        # Nobody else's name.
        for other, name in names.items():
            if other != cid:
                assert name not in text
        # No number but this candidate's own levels and the plan's and policy's facts.
        allowed = {str(x) for x in range(plan.scale.min, plan.scale.max + 1)}
        allowed |= {format_level(c.level) for c in record.criteria}
        allowed |= {format_level(c.required) for c in record.criteria}
        allowed |= {str(len(plan.criteria)), str(sum(not c.meets for c in record.criteria))}
        allowed |= {str(policy.response_days), str(policy.retention_months), "2025", "12", "2"}
        if plan.decision.n is not None:
            allowed.add(str(plan.decision.n))
        stray = _numbers(text) - allowed
        # URLs and resource descriptions are catalogue text, not numbers about people.
        catalogue = " ".join(
            s.text
            for sec in letter.sections
            if sec.id == "resources"
            for i in sec.items
            for s in i.sentences
        )
        stray -= _numbers(catalogue)
        assert not stray, (stray, text)
