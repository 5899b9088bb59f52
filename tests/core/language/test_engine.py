"""Engine behaviour: spans, exemptions, pronouns, requirements, report shape."""

from __future__ import annotations

import re

import pytest

from candor.errors import InputError
from candor.language import (
    Finding,
    LintReport,
    UnknownRuleError,
    explain,
    get_rule,
    lint,
    lint_many,
    rules,
)


def test_spans_point_into_the_original_text() -> None:
    """start/end index the text given, including after non-ASCII characters."""
    text = "Café talk — résumé fine. Wife is expecting twins; İstanbul trip."
    report = lint(text)
    assert report.findings
    for f in report.findings:
        assert text[f.start : f.end] == f.match


def test_offsets_survive_case_folding_that_changes_length() -> None:
    """'İ'.lower() is two characters; offsets must still match the original."""
    text = "İİİ she is pregnant"
    (f,) = lint(text).findings
    assert text[f.start : f.end] == "pregnant"


@pytest.mark.parametrize(
    "text",
    [
        "She explained her design and he asked about the queue.",
        "They said they would send the slides; he/she should review them.",
        "His answer on caching was clear; her follow-up on TTLs was sharp.",
        "The men's and women's teams both use the tool she built.",
        "Mr. Jones and Ms. Patel interviewed him.",
    ],
)
def test_pronouns_and_gendered_words_alone_are_never_findings(text: str) -> None:
    """Pronouns and gendered nouns on their own are not flagged."""
    assert lint(text).findings == ()


@pytest.mark.parametrize(
    "text",
    [
        "Fixed a race condition in the scheduler.",
        "Forks a child process per request.",
        "Promoted the replica to master node.",
        "Added a foreign key on orders.",
        "Ships a native Android app.",
        "Retired the legacy reporting service.",
        "The health check returns 503 during deploys.",
        "Used a genetic algorithm for scheduling.",
        "Black-box tests cover the API.",
    ],
)
def test_technical_homonyms_are_not_flagged(text: str) -> None:
    """Technical homonyms of sensitive words are exempt."""
    assert lint(text).findings == ()


def test_requirement_framing_exempts_capability_wording() -> None:
    """'With or without reasonable accommodation' makes an ability statement job-related.

    The rule is checked alone: since 0.8 the second opinion reads "per the test" as a
    recorded result and vetoes it."""
    assert lint("Not able to lift 50 lb boxes, per the test.", second_opinion=False).has_errors
    assert not lint(
        "Not able to lift 50 lb boxes with or without reasonable accommodation."
    ).findings


def test_plan_requirements_count_as_job_related() -> None:
    """A requirement declared by the plan exempts wording about it, and only it."""
    text = "Can't lift the 50 lb sacks."
    assert lint(text).has_errors
    assert (
        lint(text, requirements=("Lift 50 lb with or without reasonable accommodation",)).findings
        == ()
    )
    # A declared requirement does not excuse unrelated protected information.
    assert lint("She's pregnant.", requirements=("Lift 50 lb",)).has_errors


def test_requirement_framing_does_not_excuse_protected_questions() -> None:
    """Asking everyone about children is still a question about children."""
    assert lint("Asked all candidates how many kids they have.").has_errors


def test_professional_experience_is_exempt_but_personal_is_not() -> None:
    """Work about a topic is fine; the candidate's own situation is not."""
    assert not lint("Designed the parental-leave feature for our HR platform.").findings
    assert lint("Going on parental leave in March.").has_errors


def test_volunteered_information_is_still_flagged() -> None:
    """Disclaimers do not make volunteered protected information safe."""
    report = lint("She volunteered that she is 56, but we did not consider it.")
    assert report.has_errors
    assert report.categories() == ("age",)


def test_report_shape_and_json() -> None:
    """LintReport exposes findings, has_errors and a JSON-able dict."""
    report = lint("Not a culture fit. Heart disease runs in his family.")
    assert isinstance(report, LintReport)
    assert all(isinstance(f, Finding) for f in report.findings)
    assert report.has_errors
    d = report.to_dict()
    assert d["has_errors"] is True
    assert {f["category"] for f in d["findings"]} == {"subjective_fit", "genetic"}
    assert [f.start for f in report.findings] == sorted(f.start for f in report.findings)


def test_warning_only_report_has_no_errors() -> None:
    """A warning never blocks."""
    report = lint("Great vibe.")
    assert report.findings and not report.has_errors


def test_non_string_is_input_error() -> None:
    """Only text is accepted."""
    with pytest.raises(InputError, match="text must be a str"):
        lint(b"bytes")  # type: ignore[arg-type]


def test_registry_and_explanations() -> None:
    """Rules are retrievable by ID (any case) and explainable; unknown IDs raise."""
    assert get_rule("cnd-age-001").id == "CND-AGE-001"
    assert "CND-AGE-001" in explain("CND-AGE-001")
    assert len(rules()) >= 30
    with pytest.raises(UnknownRuleError, match="CND-XXX-000"):
        get_rule("CND-XXX-000")
    assert get_rule("CND-FIT-001").to_dict()["category"] == "subjective_fit"


def test_policy_sentence_about_applicants_is_not_a_comparison() -> None:
    """A policy about a class of applicants is not a comparison; real comparisons are."""
    policy = "Our policy is not to share individual assessment results with external applicants."
    assert lint(policy).findings == ()
    for text in (
        "Weaker than the other candidates on SQL.",
        "External applicants had more relevant experience.",
        "We went with someone whose experience was a closer match.",
    ):
        assert "comparison_other_candidates" in lint(text).categories(), text


@pytest.mark.parametrize(
    ("alt", "texts"),
    [
        (r"(?:much |a lot )?(?:older|young) guy", ["older guy", "much young guy", "old guy"]),
        (r"(?:twenty|[2-6]0)[- ]?something", ["twenty-something", "40something", "70 something"]),
        (r"\d{2} ?yo", ["56 yo", "5 yo", "56yo"]),
        (r"\d{2,3} ?lbs", ["50 lbs", "250lbs", "5 lbs", "2500 lbs"]),
        (r"\d+ kids", ["3 kids", "12 kids", " kids"]),
        (r"retir(?:e|ed|ing)", ["retired", "retiring", "retina"]),
    ],
)
def test_literal_splits_match_what_the_alternative_matches(alt: str, texts: list[str]) -> None:
    """The (literal, rest) pairs of an alternative match exactly the same texts."""
    import re

    from candor.language.model import literal_splits

    pairs = literal_splits(alt)
    assert pairs is not None
    union = re.compile("|".join(re.escape(lit) + rest for lit, rest in pairs))
    whole = re.compile(alt)
    for text in texts:
        assert bool(union.fullmatch(text)) == bool(whole.fullmatch(text)), text


@pytest.mark.parametrize(
    ("rests", "texts"),
    [
        (
            [
                r"(?:'s| is| was) (?:a bit )?old",
                r"(?:'s| is| was) young",
                r"(?:'s| is| was)",
                r" said",
            ],
            ["'s old", " is a bit old", " was young", "'s", " said", " says", ""],
        ),
        (
            [
                r"(?:'s| is)(?: very)? (?:old|young)(?!\w)",
                r"(?:'s| is)(?: very)? grey",
                r"[- ]?(?:ish|y)",
            ],
            ["'s very old", " is young", "'s oldest", " is very grey", "-ish", "y", " is"],
        ),
    ],
)
def test_factored_rests_match_where_the_plain_alternation_does(
    rests: list[str], texts: list[str]
) -> None:
    """Sharing leading atoms changes what the scan tries first, never where it matches."""
    import re

    from candor.language.prefilter import _factor

    plain = re.compile("(?:" + "|".join(rests) + ")")
    factored = re.compile(_factor(rests))
    for text in texts:
        assert bool(plain.match(text)) == bool(factored.match(text)), text


def test_truncated_rest_matches_a_superset() -> None:
    """A rest cut to its leading atoms matches wherever the whole rest matches."""
    import re

    from candor.language.prefilter import _truncate

    rest = (
        r"(?:'s| is| was) (?:very |really )?(?:old|young|"
        + "|".join(f"word{i}" for i in range(80))
        + r")(?!\w)"
    )
    cut = _truncate(rest, 40)
    assert len(cut) < len(rest)
    assert rest.startswith(cut)
    re.compile(cut)
    for text in ("'s old", " is very young", " was word7", "'s word79"):
        assert re.match(rest, text) and re.match(cut, text), text
    assert _truncate("(?:" + "x" * 500 + ")", 40) == "(?:" + "x" * 500 + ")"  # one atom stays


def test_default_engine_is_built_once_across_threads(monkeypatch: pytest.MonkeyPatch) -> None:
    """The web worker's warm-up thread and a first request share one build."""
    import threading
    import time

    from candor.language import engine as engine_module

    calls: list[int] = []
    real_build = engine_module.Engine.build

    def slow_build(rules: object, model: object = None) -> object:
        calls.append(1)
        time.sleep(0.2)  # long enough for the other thread to arrive during the build
        return real_build(rules[:1])  # type: ignore[index]

    monkeypatch.setattr(engine_module, "_DEFAULT", None)
    monkeypatch.setattr(engine_module.Engine, "build", staticmethod(slow_build))
    got: list[object] = []
    threads = [
        threading.Thread(target=lambda: got.append(engine_module.default_engine()))
        for _ in range(2)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(calls) == 1
    assert got[0] is got[1]


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # The name of the job or of the employer, in capitals (0.7).
        ("Thank you for your interest in Lactation Consultant at St. Brendan's.", False),
        ("Thank you for your application to Ridgeview Physical Therapy.", False),
        ("Thank you for interviewing for the Chemistry teacher position.", False),
        ("Thank you for applying for the Live-In Caregiver position.", False),
        # ... but a capitalised trait or organisation about the candidate still counts.
        ("He is a member of the Muslim Student Association.", True),
        ("She's a Devout Catholic, so Sundays are out.", True),
        ("Asked if she'd be free for Yom Kippur week; she'd need the day.", True),
        ("Still with the Army National Guard, annual training in July.", True),
        # The people a candidate served (0.7), not for race or national origin.
        ("Has worked with pregnant patients' samples as a phlebotomist.", False),
        ("Has treated prenatal and postpartum patients for six years.", False),
        ("Built a crisis-line module for LGBTQ youth.", False),
        ("She'd really connect with the Hispanic customers there.", True),
        ("Has a service dog and some guests are allergic, flagging.", True),
        # The employer's own building.
        ("Parking is in Lot C, and the building is wheelchair accessible.", False),
    ],
)
def test_names_populations_and_facilities(text: str, flagged: bool) -> None:
    assert bool(lint(text, second_opinion=False).findings) is flagged


def test_typographic_apostrophes_read_like_straight_ones() -> None:
    """Word processors and phones type "’": every rule example with an apostrophe gives
    the same findings, at the same offsets, either way (0.8; before, 16 % of corpus items
    with an apostrophe changed)."""
    examples = [t for r in rules() for t in (*r.bad, *r.good) if "'" in t]
    assert len(examples) > 300
    for text in examples:
        curly = text.replace("'", "\u2019")
        straight = [(f.rule_id, f.start, f.end) for f in lint(text, second_opinion=False).findings]
        typed = [(f.rule_id, f.start, f.end) for f in lint(curly, second_opinion=False).findings]
        assert typed == straight, text


@pytest.mark.parametrize(
    ("text", "low"),
    [
        ("She\u2019s \u2018fine\u2019, Sam\u02bcs", "she's 'fine', sam's"),
        ("No Apostrophe Here", "no apostrophe here"),
        # "İ" lower-cases to two characters: kept as it is, so offsets stay put.
        ("\u0130STANBUL", "\u0130stanbul"),
    ],
)
def test_lower_keeps_offsets_and_reads_every_apostrophe_as_straight(text: str, low: str) -> None:
    from candor.language.engine import _lower

    assert _lower(text) == low
    assert len(_lower(text)) == len(text)


@pytest.mark.parametrize(
    "text",
    [
        "Mrs. or Miss? she didn't say, I put Ms. on the form",
        "Dear Ms. Reyes, we enjoyed meeting you and your wife at the open house.",
    ],
)
def test_a_title_full_stop_does_not_end_the_sentence(text: str) -> None:
    """A title's full stop ("Mrs.") is not a sentence end, so a pattern can run across it (0.8)."""
    assert lint(text, second_opinion=False).findings


def test_a_term_cannot_start_with_a_contraction() -> None:
    """Terms match only where no word character precedes them, so "'s" at the start of
    an alternative could never follow "she"; such a rule is refused when it is built."""
    from candor.language.model import Rule

    with pytest.raises(ValueError, match="never match after a word"):
        Rule(
            id="CND-TST-001",
            category="age",
            severity="warning",
            title="t",
            terms=(r"(?:is|'s) retiring",),
            message="m",
            rationale="r",
            suggestion="s",
            bad=("She's retiring.",),
        )


def test_anchors_are_refused_where_no_term_needs_them() -> None:
    """Anchors serve only terms without a rare literal prefix. Given to a rule whose terms
    all have one, they were silently unused, and came back into force, stale, when such a
    term was added later (0.9): such a rule is refused when it is built."""
    from candor.language.model import Rule

    fields = {
        "id": "CND-TST-002",
        "category": "age",
        "severity": "warning",
        "title": "t",
        "message": "m",
        "rationale": "r",
        "suggestion": "s",
        "bad": ("Retiring soon.",),
        "anchors": ("retir",),
    }
    with pytest.raises(ValueError, match="anchors= is unused"):
        Rule(terms=(r"retiring soon",), **fields)  # type: ignore[arg-type]
    # With a term that has no literal prefix, the same anchors are needed and kept.
    rule = Rule(terms=(r"retiring soon", r"\w+ retiring"), **fields)  # type: ignore[arg-type]
    assert rule.anchors == ("retir",)


def test_isalnum_or_underscore_is_re_word_character() -> None:
    """The engine's candidates tell whether a literal ends a word with str.isalnum (no
    regex call per position): the same answer as re's \\w for every character."""
    word = re.compile(r"\w")
    differ = [
        c
        for c in map(chr, range(0x110000))
        if (word.match(c) is not None) != (c.isalnum() or c == "_")
    ]
    assert differ == []


def test_reports_without_findings_are_shared_by_length(monkeypatch: pytest.MonkeyPatch) -> None:
    """A text without findings gets the one report of its length (immutable, so nothing
    can tell), from lint and lint_many alike; a report with findings is its own; past
    the limit, reports are made afresh and still equal."""
    from candor.language import engine

    calm = ["Clear STAR answers.", "Clear STAR answers.", "Solid STAR answers."]
    first = lint_many(calm)
    assert [r.findings for r in first] == [(), (), ()]
    assert first[0] is first[1] is first[2] is lint("Clear STAR answers.")
    assert [r.text_length for r in first] == [19, 19, 19]
    risky = lint_many(["Too old for the job.", "Too old for the job."])
    assert risky[0].findings and risky[0] == risky[1] and risky[0] is not risky[1]
    monkeypatch.setattr(engine, "_EMPTY_REPORTS", {})
    monkeypatch.setattr(engine, "_EMPTY_REPORTS_LIMIT", 1)
    a, b, c = lint_many(["Calm.", "Clear answers.", "Clear answers."])
    assert a is lint("Fine.") and b == c and b is not c
    assert len(engine._EMPTY_REPORTS) == 1
