"""The compiled twins of the engine's hot loops (``native/candor_speedups.c``).

They must give what the pure-Python code gives, bit for bit: the same scan positions, the
same sentence spans and the same per-sentence sums, so that the findings never depend on
whether the optional ``speedups`` extra is installed. Compared here on every corpus and
unseen item and on generated text (digits of other scripts, combining marks, NUL, long
words).
"""

from __future__ import annotations

import gc
import json
import os
import struct
from collections.abc import Sequence
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.core.language.patterns import generated_patterns

from candor.language import native
from candor.language.classifier import (
    _ABBREVIATIONS,
    UNFEATURED,
    load_model,
    sentence_spans,
    sentence_spans_py,
)
from candor.language.engine import _BOUNDARY, _lower, default_engine
from candor.language.model import Finding
from candor.language.prefilter import (
    REST_REGEX,
    ScanSecond,
    _first_three,
    _first_two,
    scan_tables,
)
from candor.language.rxprog import compile_rest

speedups = pytest.importorskip(
    "candor_speedups",
    reason="candor_speedups is not built (the speedups extra; ./run tests builds it)",
)

DATA = Path(__file__).parents[2] / "data" / "language"


def _texts() -> list[str]:
    out = []
    for name in ("corpus.jsonl", "unseen.jsonl"):
        with (DATA / name).open(encoding="utf-8") as fh:
            out += [json.loads(line)["text"] for line in fh if line.strip()]
    return out


TEXTS = _texts()

#: Characters that exercise the tokeniser and the sentence splitter: decimal digits of
#: other scripts (folded to 0), other numerals (not folded), combining marks, apostrophes,
#: closing quotes, white space of several kinds, NUL, and letters that lower-case longer.
_ALPHABET = st.sampled_from(
    [
        *"ab zé.!?'\"_)]-\n\t",
        "\u0663",
        "\u0f24",
        "\u2460",
        "\u00b2",
        "\u2163",
        "\U0001d7d8",
        "\u0301",
        "\u2003",
        *["\x00", "\u0130", "\u01c5", "\u00df", "\u2019", "\u00a0"],
    ]
)
_WORDS = st.sampled_from(
    ["Ms.", "e.g.", "J.", "etc.", "no.", "a.m.", "U.S.", "she", "old", "kids", "58", "end."]
)
_TEXT = st.lists(st.one_of(_ALPHABET, _WORDS), max_size=60).map("".join)
_PATTERNS = generated_patterns(
    ["a", "b", "ab", " ", ".", "[ab]", "[^a]", "é", r"\w", r"\d", r"\b", "$"],
    ["(?<=a)", r"(?<!\w)"],
    max_leaves=10,
)


def test_ci_builds_the_speedups() -> None:
    """The engine uses them wherever they are installed (CANDOR_SPEEDUPS=0 turns them off)."""
    wanted = os.environ.get("CANDOR_SPEEDUPS", "1") != "0"
    assert native.SPEEDUPS is wanted


def _scan_by_re(low: str) -> list[tuple[int, int]]:
    """What the engine takes from the ``re`` scan: position and longest literal there."""
    pf = default_engine().prefilter
    out = []
    for m in pf.pattern.finditer(" " + low):
        found = pf.literal.match(low, m.start())
        assert found is not None
        out.append((m.start(), len(found.group(1))))
    return out


def test_scan_matches_re_on_every_corpus_item() -> None:
    scanner = default_engine().prefilter.scanner()
    bad = []
    hits = 0
    for text in TEXTS:
        low = _lower(text)
        got = scanner.scan(" " + low)
        hits += len(got)
        if got != _scan_by_re(low):
            bad.append(text)
    assert bad == []
    assert hits > 80_000  # the comparison compared something


def _scan_rules_by_parts(low: str) -> list[tuple[int, object, object]]:
    """What Scanner.scan_rules must give, its bucket numbers read as buckets: scan(),
    the bucket of each position's literal, and match_each over its matchers, a
    position kept where a rule matched or the bucket asks to see it."""
    pf = default_engine().prefilter
    out: list[tuple[int, object, object]] = []
    for p, size in pf.scanner().scan(" " + low):
        after = low[p + size : p + size + 1]
        bucket = pf.bucket(low[p : p + size], not (after.isalnum() or after == "_"))
        always = bucket.always
        matchers = bucket.matchers
        ends = None if matchers is None else tuple(speedups.match_each(matchers, low, p))
        if (matchers is None and not always) or (ends == () and not always):
            continue
        out.append((p, bucket, ends))
    return out


def _scan_rules(low: str) -> list[tuple[int, object, object]]:
    pf = default_engine().prefilter
    got = pf.scanner().scan_rules(" " + low, low, pf.entry)
    return [(p, pf.entries[number], ends) for p, number, ends in got]


def test_scan_rules_is_the_scan_its_buckets_and_their_matches() -> None:
    bad = []
    matched = listed = 0
    for text in TEXTS:
        low = _lower(text)
        got = _scan_rules(low)
        listed += len(got)
        matched += sum(len(ends or ()) for _, _, ends in got)  # type: ignore[arg-type]
        if got != _scan_rules_by_parts(low):
            bad.append(text)
    assert bad == []
    assert listed > 50_000 and matched > 50_000  # the comparison compared something


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(_ALPHABET, _WORDS, st.sampled_from(TEXTS[:2000])), max_size=12))
def test_scan_rules_on_generated_text(parts: list[str]) -> None:
    low = _lower(" ".join(parts))
    assert _scan_rules(low) == _scan_rules_by_parts(low)


def test_number_tuples_leave_the_collectors_care_at_once() -> None:
    """The scan's, match_each's and the sentence splitter's tuples hold numbers only, so
    the garbage collector need never look at them; a tuple holding a tracked object
    (a bucket given as a list) stays in its care."""
    low = _lower("He is too old for the role. Kids at home? She is a good culture fit.")
    pf = default_engine().prefilter
    got = pf.scanner().scan_rules(" " + low, low, pf.entry)
    assert got and not any(gc.is_tracked(item) for item in got)
    ends = [e for _, _, e in got if e]
    assert ends and not any(gc.is_tracked(e) or any(map(gc.is_tracked, e)) for e in ends)
    spans = speedups.sentence_spans(low, set())
    assert len(spans) == 3 and not any(map(gc.is_tracked, spans))
    nodes, edges, literals = pf.scan_tables()
    scanner = speedups.Scanner(nodes, edges, literals, compile_rest)

    def as_list(found: str, boundary: bool) -> tuple[object, object, bool]:
        _, matchers, always = pf.entry(found, boundary)
        return [found], matchers, always

    listed = scanner.scan_rules(" " + low, low, as_list)
    assert [p for p, _, _ in listed] == [p for p, _, _ in got]
    assert all(gc.is_tracked(item) for item in listed)


def test_settle_untracks_what_refers_to_nothing_tracked() -> None:
    """settle: what the collector does to a tuple of atoms at its first look, for any
    object; one that refers to a tracked object (its type aside) stays tracked."""
    finding = Finding(
        rule_id="CND-AGE-001",
        category="age",
        severity="error",
        start=0,
        end=3,
        match="old",
        message="m",
        suggestion="s",
    )
    assert gc.is_tracked(finding)  # its type is a heap type: referred to, never counted
    assert speedups.settle(finding) is finding and not gc.is_tracked(finding)
    pair = tuple([finding, finding])
    assert gc.is_tracked(pair)
    assert speedups.settle(pair) is pair and not gc.is_tracked(pair)
    holding = tuple([finding, [1]])  # a list: tracked
    assert speedups.settle(holding) is holding and gc.is_tracked(holding)
    unsettled = tuple([Finding(**{**finding.to_dict(), "match": "older"})])
    assert speedups.settle(unsettled) is unsettled and gc.is_tracked(unsettled)
    assert speedups.settle(5) == 5 and speedups.settle("x") == "x"
    gc.collect()  # the collector walks past them without harm
    assert pair[0].match == "old" and holding[1] == [1]


def test_reports_leave_the_collectors_care_and_equal_the_pure_ones(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The engine settles each report and its findings: a caller holding thousands of
    them (bulk screening) no longer brings on full collections that walk them all. The
    reports are those of the pure-Python code, which leaves them tracked."""
    texts = ["He is too old for the role. Kids at home?", "Strong SQL, 4/4.", ""]
    settled = default_engine().lint_many(texts)
    flagged = [r for r in settled if r.findings]
    assert flagged and not any(gc.is_tracked(r) for r in settled)
    assert not any(
        gc.is_tracked(r.findings) or any(map(gc.is_tracked, r.findings)) for r in flagged
    )
    # Settled as they are made: a batch holds the rules' findings while its later
    # stages run (the collector never untracks a tuple of objects that are not tuples).
    low = _lower(texts[0])
    rules = default_engine()._rule_findings(texts[0], low, None, True)
    assert rules and not gc.is_tracked(rules) and not any(map(gc.is_tracked, rules))
    rules_only = default_engine().lint_many(texts, second_opinion=False)
    assert rules_only[0].findings and not gc.is_tracked(rules_only[0])
    monkeypatch.setattr(native, "SPEEDUPS", False)
    pure = default_engine().lint_many(texts)
    assert pure == settled and gc.is_tracked(pure[0])
    assert default_engine().lint_many(texts, second_opinion=False) == rules_only


def test_scan_rules_refuses_what_it_cannot_use() -> None:
    pf = default_engine().prefilter
    # A scanner of its own: entries are kept per literal once given.
    nodes, edges, literals = pf.scan_tables()
    scanner = speedups.Scanner(nodes, edges, literals, compile_rest)
    low = "he is too old for the role"
    with pytest.raises(ValueError, match="spaced must be"):
        scanner.scan_rules(low, low, pf.entry)
    for wrong, error in [
        (lambda lit, b: None, TypeError),
        (lambda lit, b: (object(), ("not an Rx",), True), TypeError),
        (lambda lit, b: (object(), None), TypeError),
        (lambda lit, b: 1 / 0, ZeroDivisionError),
    ]:
        with pytest.raises(error):
            scanner.scan_rules(" " + low, low, wrong)
    got = scanner.scan_rules(" " + low, low, pf.entry)
    assert [(p, pf.entries[n], ends) for p, n, ends in got] == _scan_rules_by_parts(low)
    # Each literal's entry is asked once and kept: a second scan asks for none.
    assert scanner.scan_rules(" " + low, low, lambda lit, b: 1 / 0) == got


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(_ALPHABET, _WORDS, st.sampled_from(TEXTS[:2000])), max_size=12))
def test_scan_matches_re_on_generated_text(parts: list[str]) -> None:
    low = _lower(" ".join(parts))
    assert default_engine().prefilter.scanner().scan(" " + low) == _scan_by_re(low)


#: Characters of the literals below: ASCII ones in both halves of a step's 128-bit map
#: of children ("'", "-", "1" below 64; letters above), and non-ASCII ones, which follow
#: a node's ASCII children and are searched (at the root and below).
_TRIE_CHARS = st.sampled_from([*"abcdefghijklmnop", "é", "ж", "\u4e2d", "'", "-", "1"])


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.text(_TRIE_CHARS, min_size=1, max_size=5), min_size=1, max_size=60),
    st.lists(
        st.one_of(st.text(_TRIE_CHARS, max_size=6), st.sampled_from([" ", ". "])), max_size=40
    ),
)
def test_scan_walks_any_trie_as_a_naive_search_would(literals: list[str], parts: list[str]) -> None:
    """The walk's tables (a step per edge with its child's fields and map of ASCII
    children) report, at every word start, the longest literal found there."""
    nodes, edges, lits = scan_tables({lit: {""} for lit in literals})
    scanner = speedups.Scanner(nodes, edges, lits, str)
    low = " ".join(parts)
    spaced = " " + low
    expected = []
    for k in range(len(spaced) - 1):
        if spaced[k].isalnum() or spaced[k] == "_":
            continue
        found = [len(lit) for lit in set(literals) if spaced.startswith(lit, k + 1)]
        if found:
            expected.append((k, max(found)))
    assert scanner.scan(spaced) == expected


_WORD = frozenset(c for c in range(128) if chr(c).isalnum() or chr(c) == "_") | {128}


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        # first character -> the second characters that may follow it (None: any)
        (r"-?pap\b", {ord("-"): frozenset({ord("p")}), ord("p"): frozenset({ord("a")})}),
        (
            r"(?:ab|[0-2]c)",
            {ord("a"): frozenset({ord("b")}), **dict.fromkeys(b"012", frozenset({ord("c")}))},
        ),
        (r"x\b", {ord("x"): None}),  # the match may end after one character
        (r"(?!\w)\.s", {ord("."): frozenset({ord("s")})}),  # lookarounds take no character
        (r"é+", {128: None}),  # 128: every non-ASCII character
        # A word of any letters, then a space or more of the word ("fit" is such a word).
        (r"(?:\w+ )?fit", dict.fromkeys(_WORD, _WORD | {32})),
    ],
)
def test_first_two_characters_of_a_rest(
    source: str, expected: dict[int, frozenset[int] | None]
) -> None:
    anything, table = _first_two(source)
    assert not anything
    assert table == expected


_A, _B, _C, _D = (ord(x) for x in "abcd")


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        # first character -> second character -> the thirds that may follow (None: any)
        (r"abc|abd", {_A: {_B: frozenset({_C, _D})}}),
        (r"ab|ac|b", {_A: {_B: None, _C: None}, _B: None}),  # a match may end early
        (r"a(?:b|)c?", {_A: None}),
        (r"a[bc]d", {_A: {_B: frozenset({_D}), _C: frozenset({_D})}}),
        (r"(?!\w)a\b(?=c)bd", {_A: {_B: frozenset({_D})}}),  # lookarounds take no character
        (r"a.c", {_A: None}),  # any second character: no table of thirds for "a"
    ],
)
def test_first_three_characters_of_a_rest(source: str, expected: object) -> None:
    assert _first_three(source) == expected


def test_third_characters_spare_the_rest_matcher() -> None:
    """A rest whose first two characters fit is asked only where its third may follow."""
    import re

    nodes, edges, lits = scan_tables({"a": {"bcd", "bce"}})
    ((_, kind, *_, seconds),) = lits
    assert kind == REST_REGEX and seconds[0][5]  # "b" has a table of thirds
    without = [(*lits[0][:7], [sec[:5] for sec in seconds])]
    spaced = " abcx abcd abc"
    asked = []
    for literals in (list(lits), without):
        scanner = speedups.Scanner(nodes, edges, literals, re.compile)
        assert scanner.scan(spaced) == [(5, 1)]
        counts = scanner.counts()
        # Past the tables: to the automaton, which rules a rest out, or the matcher.
        asked.append(counts["rests_ruled_out"] + counts["rests_asked"])
    # "abcx": turned away by its third character; "abc": the text ends before one.
    assert asked == [2, 3]


def test_second_characters_by_rank_or_by_search() -> None:
    """The prefilter gives a rest one table entry per first character, and the scan
    finds a character's entry by counting the first characters below it. A table that
    lacks some first character (one made by hand) is searched instead, and admits no
    rest after a first character it lacks."""
    import re

    nodes, edges, lits = scan_tables({"a": {"bx", "cy", "\u00e9z"}})
    ((*head, seconds),) = lits
    assert [sec[0] for sec in seconds] == [ord("b"), ord("c"), 128]  # all first characters
    spaced = " abx acy a\u00e9z abz acx"
    for literals in (list(lits), [(*head, [seconds[0], seconds[2]])]):  # by rank, by search
        scanner = speedups.Scanner(nodes, edges, literals, re.compile)
        got = scanner.scan(spaced)
        if len(literals[0][7]) == 3:
            assert got == [(0, 1), (4, 1), (8, 1)]
        else:
            assert got == [(0, 1), (8, 1)]  # "acy": no entry for "c", so no rest after it


def test_the_automaton_spares_the_matcher() -> None:
    """With the rests' matcher (Rx), a rest its automaton rules out is not asked of it."""
    from candor.language.rxprog import compile_rest

    nodes, edges, lits = scan_tables({"a": {"bcd", "bce"}, "x": {r" (?:\w+ )?fit\b"}})
    scanner = speedups.Scanner(nodes, edges, list(lits), compile_rest)
    spaced = " abcd x week fit x week on x fit abc"
    assert scanner.scan(spaced) == [(0, 1), (5, 1), (26, 1)]
    counts = scanner.counts()
    # Ruled out: "x week on" (no "fit" after the word) and the final "abc" (the text
    # ends before a third character the table could check).
    assert (counts["rests_ruled_out"], counts["rests_asked"], counts["rests_matched"]) == (2, 3, 3)


@pytest.mark.parametrize("source", [r"(?:x)?", r"(?i:k)", r"(a)\1b"])
def test_first_three_characters_cannot_tell(source: str) -> None:
    assert _first_three(source) is None or _first_three(source) == {ord("a"): None}


def _admits(seconds: Sequence[ScanSecond], codes: list[int]) -> bool:
    """Whether a literal's table of first, second and third characters lets ``codes``
    (the first characters at a place, ASCII or 128) through, as the compiled scan reads it."""
    by_first = {sec[0]: sec for sec in seconds}
    sec = by_first.get(codes[0])
    if sec is None:
        return False
    if len(codes) < 2 or sec[1]:
        return True

    def allows(entry: tuple[int, int, int, int, int, *tuple[object, ...]], code: int) -> bool:
        return bool(entry[2]) if code == 128 else bool((entry[3] | entry[4] << 64) >> code & 1)

    if not allows(sec, codes[1]):
        return False
    thirds = sec[5]
    if len(codes) < 3 or not thirds:
        return True
    third = {t[0]: t for t in thirds}.get(codes[1])
    return third is not None and (bool(third[1]) or allows(third, codes[2]))


@settings(max_examples=1500, deadline=None)
@given(_PATTERNS, st.text(alphabet="ab .é1_\n", max_size=10))
def test_tables_admit_every_match_of_a_generated_pattern(source: str, text: str) -> None:
    """Wherever ``re`` matches, the first three characters pass the tables."""
    import re

    try:
        rx = re.compile(source)
    except re.error:
        return
    literals = scan_tables({"x": {source}})[2]
    (entry,) = literals
    if entry[1] != REST_REGEX or entry[2]:
        return  # a rest asked everywhere
    for pos in range(len(text) + 1):
        if rx.match(text, pos) is not None:
            codes = [min(ord(ch), 128) for ch in text[pos : pos + 3]]
            assert codes, (source, text, pos)  # a rest with a table matches no empty string
            assert _admits(entry[7], codes), (source, text, pos)


@pytest.mark.parametrize("source", [r"(?:x)?", r"(?i:k)", r"[^a]b", r"\b", r".x"])
def test_first_two_characters_admit_every_start_when_they_cannot_tell(source: str) -> None:
    """Empty matches, case-folding ("k" also matches the Kelvin sign), negated classes
    and any character: every first character may start a match."""
    anything, table = _first_two(source)
    assert anything or set(table) == set(range(129))


def test_every_first_two_table_admits_what_its_rest_matches() -> None:
    """Each regex rest with a table, tried at every corpus word start: wherever ``re``
    matches, the table lets the first two characters through."""
    literals = default_engine().prefilter.scan_tables()[2]
    tables = [lit for lit in literals if lit[1] == REST_REGEX and not lit[2]]
    assert len(tables) > 5_000
    import re

    word_start = re.compile(r"(?<!\w)\w")
    checked = 0
    for *_, source, seconds in tables[::25]:
        assert source is not None
        rx = re.compile(source)
        for text in TEXTS[::40]:
            low = _lower(text)
            for m in word_start.finditer(low):
                if not rx.match(low, m.start()):
                    continue
                codes = [min(ord(ch), 128) for ch in low[m.start() : m.start() + 3]]
                assert _admits(seconds, codes), (source, low)
                checked += 1
    assert checked > 50


def test_sentence_spans_match_on_every_corpus_item() -> None:
    bad = [t for t in TEXTS if speedups.sentence_spans(t, _ABBREVIATIONS) != sentence_spans_py(t)]
    assert len(TEXTS) > 60_000
    assert bad == []


@settings(max_examples=400, deadline=None)
@given(_TEXT)
def test_sentence_spans_match_on_generated_text(text: str) -> None:
    assert speedups.sentence_spans(text, _ABBREVIATIONS) == sentence_spans_py(text)


def _boundary_ends(low: str) -> list[int]:
    return [m.end() for m in _BOUNDARY.finditer(low)]


def test_sentence_ends_match_the_boundary_pattern_on_every_corpus_item() -> None:
    lows = [_lower(t) for t in TEXTS]
    bad = [low for low in lows if speedups.sentence_ends(low) != _boundary_ends(low)]
    assert sum(len(speedups.sentence_ends(low)) for low in lows) > 50_000
    assert bad == []


#: What the engine's sentence boundaries turn on: the marks, the titles whose full stop
#: ends nothing, dashes with and without spaces, quotes and brackets after a mark, line
#: ends, and characters beyond ASCII and beyond Latin-1.
_BOUNDARY_PARTS = st.sampled_from(
    [
        ".",
        "!",
        "?",
        ";",
        " ",
        "-",
        "\u2014",
        "\u2013",
        "\n",
        "\r",
        "\u2028",
        "\u2029",
        '"',
        "'",
        ")",
        "]",
        "\t",
        "\u00a0",
        "mr.",
        "mrs.",
        "ms.",
        "mx.",
        "dr.",
        "vs.",
        "a",
        "é",
        "_",
        "1",
        "amr.",
        "Ω",
    ]
)


@settings(max_examples=500, deadline=None)
@given(st.lists(_BOUNDARY_PARTS, max_size=30).map("".join))
def test_sentence_ends_match_the_boundary_pattern_on_generated_text(low: str) -> None:
    assert speedups.sentence_ends(low) == _boundary_ends(low)


def test_sentence_spans_read_the_abbreviations_given() -> None:
    """The compiled splitter skips making a str of a word longer than every abbreviation:
    the longest is read from the set given, whatever its length, ASCII or not."""
    text = "Call ABCDEFGHIJ. Then go. X. Ok."
    assert speedups.sentence_spans(text, {"abcdefghij"}) == [(0, 25), (26, 32)]
    assert speedups.sentence_spans(text, {"abc"}) == [(0, 16), (17, 25), (26, 32)]
    assert speedups.sentence_spans("Call Über. Then go.", {"über"}) == [(0, 19)]
    assert speedups.sentence_spans("Call ..... Then", {""}) == [(0, 15)]
    assert speedups.sentence_spans("Call ..... Then", {"x"}) == [(0, 10), (11, 15)]
    # The longest of a frozenset is kept between calls: another frozenset is read anew.
    assert speedups.sentence_spans(text, frozenset({"abc"})) == [(0, 16), (17, 25), (26, 32)]
    assert speedups.sentence_spans(text, frozenset({"abcdefghij"})) == [(0, 25), (26, 32)]
    assert speedups.sentence_spans(text, frozenset({"abc"})) == [(0, 16), (17, 25), (26, 32)]


def test_span_sums_match_bit_for_bit_on_every_corpus_item(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The sums, and the probabilities computed from them in C and in Python."""
    model = load_model()
    bad = []
    probs: list[tuple[list[float], list[float]]] = []
    for text in TEXTS:
        low = _lower(text)
        spans = sentence_spans_py(text)
        if model.span_sums_compiled(low, spans) != model.span_sums(low, spans):
            bad.append(text)
        monkeypatch.setattr(native, "SPEEDUPS", True)
        compiled = model.probabilities(low, spans)
        monkeypatch.setattr(native, "SPEEDUPS", False)
        probs.append((compiled, model.probabilities(low, spans)))
    assert bad == []
    assert [c for c, p in probs if c != p] == []
    assert sum(len(c) for c, _ in probs) > 80_000


@settings(max_examples=400, deadline=None)
@given(_TEXT)
def test_span_sums_match_on_generated_text(text: str) -> None:
    model = load_model()
    low = _lower(text)
    # The sentences, and the whole text as one span overlapping them.
    spans = [*sentence_spans_py(text), (0, len(low))]
    assert model.span_sums_compiled(low, spans) == model.span_sums(low, spans)
    with_bias = model._compiled_scorer().span_sums(low, spans, model.bias)
    assert with_bias == [model._logistic(d.real, d.imag) for d in model.span_sums(low, spans)]


def test_category_logits_match_bit_for_bit_on_every_corpus_item() -> None:
    """The category models' logits (what names a second-opinion finding's category), for
    each whole item and each of its sentences."""
    model = load_model()
    bad = []
    compared = 0
    for text in TEXTS:
        low = _lower(text)
        for a, b in [(0, len(low)), *sentence_spans_py(text)]:
            compared += 1
            if model.category_z_compiled(low[a:b]) != model.category_z_py(low[a:b]):
                bad.append(low[a:b])
    assert bad == []
    assert compared > 100_000


@settings(max_examples=400, deadline=None)
@given(_TEXT)
def test_category_logits_match_on_generated_text(text: str) -> None:
    model = load_model()
    low = _lower(text)
    assert model.category_z_compiled(low) == model.category_z_py(low)


def test_word_counts_match_on_every_corpus_item(monkeypatch: pytest.MonkeyPatch) -> None:
    """What decides whether the model knows a sentence well enough to judge it."""
    model = load_model()
    spans = []
    for text in TEXTS:
        low = _lower(text)
        spans += [(low, a, b) for a, b in [(0, len(low)), *sentence_spans_py(text)]]
    compiled = [model.word_counts(low, a, b) for low, a, b in spans]
    monkeypatch.setattr(native, "SPEEDUPS", False)
    assert [model.word_counts(low, a, b) for low, a, b in spans] == compiled
    assert sum(k for _, k in compiled) > 500_000


@settings(max_examples=300, deadline=None)
@given(_TEXT, st.integers(0, 80), st.integers(0, 80))
def test_word_counts_match_on_generated_text(text: str, i: int, j: int) -> None:
    model = load_model()
    low = _lower(text)
    a, b = sorted((min(i, len(low)), min(j, len(low))))
    compiled = model._compiled_scorer().word_counts(low, a, b)
    from candor.language.classifier import _words

    words = _words(low[a:b])
    assert compiled == (len(words), sum(w in model._sn for w in words))


def test_category_logits_read_every_word_and_pair() -> None:
    """A scorer built from a few entries: pronouns count (unlike in the sums), pairs count
    after words, and a text of unknown words gives the biases."""
    categories = {
        "she": (1.0, (0.5, -0.25)),
        ("she", "is"): (4.0, (1.0, 2.0)),
        "old": (0.25, (-1.0, 3.0)),
    }
    scorer = speedups.SpanScorer({}, UNFEATURED, categories=categories)
    bias = (0.125, -0.5)
    norm = (1.0 + 0.25 + 4.0) ** 0.5
    expected = [0.125 + (0.5 - 1.0 + 1.0) / norm, -0.5 + (-0.25 + 3.0 + 2.0) / norm]
    assert scorer.category_z("she is old", bias) == expected
    assert scorer.category_z("nothing known here", bias) == list(bias)
    # A word longer than the tokeniser's first buffer, between known ones.
    assert scorer.category_z("she " + "x" * 300 + " old", bias) == [
        0.125 + (0.5 - 1.0) / 1.25**0.5,
        -0.5 + (-0.25 + 3.0) / 1.25**0.5,
    ]
    assert scorer.category_z("", bias) == list(bias)


def test_cue_sums_match_bit_for_bit_on_every_corpus_item() -> None:
    """What a second-opinion finding shows (its score and the words that weighed most),
    for each whole item and each of its sentences, with the category the model names
    and with another."""
    model = load_model()
    scorer = model._compiled_scorer()
    bad = []
    compared = named = 0
    for text in TEXTS:
        low = _lower(text)
        for a, b in [(0, len(low)), *sentence_spans_py(text)]:
            z = model.category_z_py(low[a:b])
            best = max(range(len(z)), key=z.__getitem__)
            for k in (best, (best + 5) % len(z)):
                got = scorer.cue_sums(low, a, b, k)
                compared += 1
                named += len(got[2])
                if got != model.cue_sums_py(low, a, b, k):
                    bad.append((low[a:b], k))
    assert bad == []
    assert compared > 300_000
    assert named > 100_000  # many spans have cues to name


@settings(max_examples=400, deadline=None)
@given(_TEXT, st.integers(0, 14))
def test_cue_sums_match_on_generated_text(text: str, best: int) -> None:
    model = load_model()
    low = _lower(text)
    for a, b in [(0, len(low)), *sentence_spans_py(text)]:
        assert model._compiled_scorer().cue_sums(low, a, b, best) == model.cue_sums_py(
            low, a, b, best
        )


def test_scores_are_the_same_with_and_without_speedups(monkeypatch: pytest.MonkeyPatch) -> None:
    model = load_model()
    spans = []
    for text in TEXTS[::5]:
        low = _lower(text)
        spans += [(low, a, b) for a, b in [(0, len(low)), *sentence_spans_py(text)]]
    monkeypatch.setattr(native, "SPEEDUPS", True)
    compiled = [model.score(low, a, b) for low, a, b in spans]
    monkeypatch.setattr(native, "SPEEDUPS", False)
    assert [model.score(low, a, b) for low, a, b in spans] == compiled
    assert sum(len(s.cues) for s in compiled) > 20_000


def test_cue_sums_read_words_then_pairs() -> None:
    """A scorer built from a few entries: words' entries are summed before pairs', a
    pronoun is skipped (the pair around it is formed as if it were not there), only the
    features marked as cues are named, with their category weight added."""
    entries = {
        "old": complex(2.0, 4.0),
        "team": complex(-0.5, 1.0),
        "x0x": complex(0.25, 9.0),
        ("too", "old"): complex(3.0, 16.0),
        ("old", "team"): complex(0.125, 1.0),
    }
    categories = {"old": (4.0, (1.0, -2.0)), ("too", "old"): (16.0, (0.5, 0.75))}
    cues = frozenset({"old", ("too", "old"), "x0x"})
    scorer = speedups.SpanScorer(entries, UNFEATURED, categories=categories, cues=cues)
    low = "too she old team x9x"
    s, n2, found = scorer.cue_sums(low, 0, len(low), 1)
    assert (s, n2) == (2.0 - 0.5 + 0.25 + 3.0 + 0.125, 4.0 + 1.0 + 9.0 + 16.0 + 1.0)
    assert found == [(2.0 - 2.0, "old"), (0.25, "x0x"), (3.0 + 0.75, "too old")]
    assert scorer.cue_sums(low, 0, len(low), 0)[2][0] == (3.0, "old")
    assert scorer.cue_sums(low, 4, 12, 0) == (2.0, 4.0, [(3.0, "old")])  # "she old"
    assert scorer.cue_sums("", 0, 0, 0) == (0.0, 0.0, [])
    # Without categories only category number 0 exists, and no weight is added.
    plain = speedups.SpanScorer(entries, UNFEATURED, cues=cues)
    assert plain.cue_sums("too old", 0, 7, 0)[2] == [(2.0, "old"), (3.0, "too old")]
    with pytest.raises(ValueError, match="no category number 1"):
        plain.cue_sums("too old", 0, 7, 1)
    with pytest.raises(ValueError, match="no category number 2"):
        scorer.cue_sums(low, 0, 3, 2)
    with pytest.raises(ValueError, match=r"\(0, 99\) is outside"):
        scorer.cue_sums(low, 0, 99, 0)
    with pytest.raises(ValueError, match="cue 'young' has no entry"):
        speedups.SpanScorer(entries, UNFEATURED, cues={"young"})
    with pytest.raises(ValueError, match=r"cue \('old', 'team', 'x'\) has no entry"):
        speedups.SpanScorer(entries, UNFEATURED, cues={("old", "team", "x")})
    with pytest.raises(ValueError, match=r"cue \('team', 'old'\) has no entry"):
        speedups.SpanScorer(entries, UNFEATURED, cues={("team", "old")})
    with pytest.raises(TypeError, match="sets"):
        speedups.SpanScorer(entries, UNFEATURED, cues=["old"])


def test_lint_gives_the_same_findings_with_and_without_speedups(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    engine = default_engine()
    sample = TEXTS[::7]
    monkeypatch.setattr(native, "SPEEDUPS", True)
    compiled = [engine.lint(t).findings for t in sample]
    monkeypatch.setattr(native, "SPEEDUPS", False)
    python = [engine.lint(t).findings for t in sample]
    assert compiled == python
    assert sum(map(len, compiled)) > 5_000  # the sample holds many findings


def test_threads_sharing_a_new_engine_get_the_same_findings() -> None:
    """The web app's threads share one engine; the compiled scan compiles each rest's
    pattern on first use, in Python, where another thread may run the same scan."""
    from concurrent.futures import ThreadPoolExecutor

    from candor.language.classifier import load_model
    from candor.language.engine import Engine
    from candor.language.rules import ALL_RULES

    sample = TEXTS[::97]
    expected = [default_engine().lint(t).findings for t in sample]
    fresh = Engine.build(ALL_RULES, load_model())  # nothing compiled yet

    def screen(offset: int) -> list[tuple[Finding, ...]]:
        order = sample[offset:] + sample[:offset]
        got = [fresh.lint(t).findings for t in order]
        return got[-offset:] + got[:-offset] if offset else got

    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(screen, [0, 50, 150, 300]))
    assert all(r == expected for r in results)


def test_a_nul_in_the_text_is_no_sentence_mark() -> None:
    """The one-pass sums put NUL between sentences; a NUL in the text must not shift
    later sentences' sums onto earlier ones (it did before the compiled twin was
    compared with the per-sentence sums)."""
    model = load_model()
    text = "We need someone young.\x00 The candidate answered well. She mentioned her kids."
    low = _lower(text)
    spans = sentence_spans(text)
    assert len(spans) == 2  # the NUL sits inside the first sentence
    one_by_one = [model.span_sums(low, [s])[0] for s in spans]
    together = model.span_sums(low, spans)
    for got, alone in zip(together, one_by_one, strict=True):
        assert got == pytest.approx(alone)
    assert model.span_sums_compiled(low, spans) == together


def test_bad_arguments_raise_instead_of_reading_outside_the_text() -> None:
    model = load_model()
    model.span_sums_compiled("abc", [(0, 3)])  # builds the compiled tables
    scorer = model._scorer[0]
    with pytest.raises(ValueError, match=r"span 0 \(0, 4\) is outside the text"):
        scorer.span_sums("abc", [(0, 4)])
    with pytest.raises(ValueError, match="outside"):
        scorer.span_sums("abc", [(2, 1)])
    with pytest.raises(TypeError):
        scorer.span_sums("abc", [[0, 3]])
    for bad in [(0, 3, 4), (0.0, 3), (0, "3"), (0,)]:
        with pytest.raises(TypeError, match="a span is a"):
            scorer.span_sums("abc", [(0, 3), bad])
    with pytest.raises(OverflowError):
        scorer.span_sums("abc", [(0, 2**70)])
    with pytest.raises(TypeError):
        scorer.span_sums(b"abc", [(0, 3)])
    with pytest.raises(TypeError, match="complex"):
        speedups.SpanScorer({"word": 1.0}, UNFEATURED)
    with pytest.raises(ValueError, match="two words"):
        speedups.SpanScorer({("a", "b", "c"): 1j}, UNFEATURED)
    with pytest.raises(TypeError, match="set"):
        speedups.sentence_spans("One. Two.", ["no"])
    with pytest.raises(ValueError, match=r"\(2, 1\) is outside"):
        speedups.SpanScorer({}, UNFEATURED).word_counts("abc", 2, 1)
    with pytest.raises(ValueError, match="outside"):
        speedups.SpanScorer({}, UNFEATURED).word_counts("abc", 0, 4)
    with pytest.raises(ValueError, match="without categories"):
        speedups.SpanScorer({}, UNFEATURED).category_z("text", (0.0,))
    two = speedups.SpanScorer({}, UNFEATURED, categories={"a": (1.0, (0.5, 0.5))})
    with pytest.raises(ValueError, match="2 values"):
        two.category_z("a", (0.0,))
    with pytest.raises(TypeError):
        two.category_z("a", (0.0, "x"))
    with pytest.raises(TypeError, match="category entry"):
        speedups.SpanScorer({}, UNFEATURED, categories={"a": 1.0})
    with pytest.raises(ValueError, match="as many weights"):
        speedups.SpanScorer({}, UNFEATURED, categories={"a": (1.0, (0.5, 0.5)), "b": (1.0, (0.5,))})
    with pytest.raises(ValueError, match="1 to 64"):
        speedups.SpanScorer({}, UNFEATURED, categories={"a": (1.0, ())})
    with pytest.raises(ValueError, match="two words"):
        speedups.SpanScorer({}, UNFEATURED, categories={("a", "b", "c"): (1.0, (0.5,))})
    root_only = (0, 0, -1)
    with pytest.raises(ValueError, match="edge 0 is out of range"):
        speedups.Scanner(_ints(0, 1, -1), _ints(ord("a"), 5), [], str)
    with pytest.raises(ValueError, match="node 0 is out of range"):
        speedups.Scanner(_ints(0, 0, 3), b"", [], str)
    with pytest.raises(ValueError, match="node 0's edges are out of order"):
        nodes = _ints(0, 2, -1, 0, 0, -1, 0, 0, -1)
        speedups.Scanner(nodes, _ints(ord("b"), 1, ord("a"), 2), [], str)
    with pytest.raises(ValueError, match="1 to 256"):
        speedups.Scanner(_ints(*root_only), b"", [(0, 0, 1, 1, 0, 0, None, [])], str)
    with pytest.raises(TypeError, match="callable"):
        speedups.Scanner(_ints(*root_only), b"", [], None)
    with pytest.raises(ValueError, match="in order"):
        second = [(98, 1, 1, 0, 0), (97, 1, 1, 0, 0)]
        speedups.Scanner(_ints(*root_only), b"", [(1, 2, 0, 0, 0, 0, "x", second)], str)
    with pytest.raises(ValueError, match="second characters must be 0-128, in order"):
        thirds = [(98, 1, 1, 0, 0), (97, 1, 1, 0, 0)]
        literal = (1, 2, 0, 0, 0, 0, "x", [(97, 0, 0, 0, 0, thirds)])
        speedups.Scanner(_ints(*root_only), b"", [literal], str)
    with pytest.raises(TypeError):
        speedups.Scanner(
            _ints(*root_only), b"", [(1, 2, 0, 0, 0, 0, "x", [(97, 0, 0, 0, 0, 5)])], str
        )
    with pytest.raises(ValueError, match="int32"):
        speedups.Scanner(b"abc", b"", [], str)
    assert speedups.Scanner(_ints(*root_only), b"", [], str).scan(" any text") == []


def _ints(*values: int) -> bytes:
    from array import array

    return array("i", values).tobytes()


def test_the_compiled_tables_hold_every_word_and_pair() -> None:
    model = load_model()
    model.span_sums_compiled("abc", [(0, 3)])
    words, pairs = model._scorer[0].sizes()
    # The risk model's features and the category models' (which share many).
    features = set(model._sn) | set(model._cat)
    n_pairs = sum(isinstance(f, tuple) for f in features)
    pair_words = {w for f in features if isinstance(f, tuple) for w in f}
    all_words = {f for f in features if isinstance(f, str)} | pair_words | UNFEATURED
    assert (words, pairs) == (len(all_words), n_pairs)


# --- the scorer's tables as bytes (SpanScorer.dump and load) ------------------------

_HEAD = struct.Struct("=4I6Q2q")  # ScorerHead: magic, sizes, then counts


def _built_scorer() -> object:
    model = load_model()
    return speedups.SpanScorer(model._sn, UNFEATURED, categories=model._cat, cues=model._cues())


def test_a_scorer_loaded_from_its_dump_scores_as_the_one_built() -> None:
    model = load_model()
    built = _built_scorer()
    data = built.dump()  # type: ignore[attr-defined]
    loaded = speedups.SpanScorer.load(data)
    assert loaded.sizes() == built.sizes()  # type: ignore[attr-defined]
    assert loaded.dump() == data
    compared = 0
    for text in TEXTS[::5]:
        low = _lower(text)
        spans = sentence_spans_py(text)
        assert loaded.span_sums(low, spans) == built.span_sums(low, spans)  # type: ignore[attr-defined]
        for a, b in spans:
            assert loaded.word_counts(low, a, b) == built.word_counts(low, a, b)  # type: ignore[attr-defined]
            z = loaded.category_z(low[a:b], model.category_bias)
            assert z == built.category_z(low[a:b], model.category_bias)  # type: ignore[attr-defined]
            best = max(range(len(z)), key=z.__getitem__)
            assert loaded.cue_sums(low, a, b, best) == built.cue_sums(low, a, b, best)  # type: ignore[attr-defined]
            compared += 1
    assert compared > 10_000


def _damaged(data: bytes, how: str) -> bytes:
    head = list(_HEAD.unpack_from(data))
    word_size = head[1]
    words_mask, arena_len, n_rows = head[4], head[8], head[9]
    out = bytearray(data)
    words_at = _HEAD.size
    # The first word slot in use: (hash u64, off i32, len i32, id i32, cat i32, ...).
    first = next(
        words_at + i * word_size
        for i in range(words_mask + 1)
        if struct.unpack_from("=Q", data, words_at + i * word_size)[0] != 0
        and struct.unpack_from("=i", data, words_at + i * word_size + 12)[0] > 0
    )
    if how == "short":
        return bytes(out[: _HEAD.size - 1])
    if how == "truncated":
        return bytes(out[:-8])
    if how == "magic":
        struct.pack_into("=I", out, 0, 0x12345678)
    elif how == "mask":
        struct.pack_into("=Q", out, 16, words_mask + 2)  # not a power of two, less one
    elif how == "full":
        struct.pack_into("=Q", out, 24, words_mask + 1)  # no empty slot to end a search
    elif how == "offset":
        struct.pack_into("=i", out, first + 8, arena_len)  # characters past the arena
    elif how == "row":
        struct.pack_into("=i", out, first + 20, n_rows + 1)  # a category row past the end
    elif how == "count":
        struct.pack_into("=Q", out, first, 0)  # one word fewer than the count says
    return bytes(out)


@pytest.mark.parametrize(
    "how", ["short", "truncated", "magic", "mask", "full", "offset", "row", "count"]
)
def test_a_damaged_dump_is_refused(how: str) -> None:
    data = _built_scorer().dump()  # type: ignore[attr-defined]
    with pytest.raises(ValueError, match=r"SpanScorer\.load"):
        speedups.SpanScorer.load(_damaged(data, how))
