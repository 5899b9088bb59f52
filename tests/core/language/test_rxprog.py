"""The compiled scan's rest matcher (``candor_speedups.Rx``, ``candor.language.rxprog``).

``Rx(program(source)).match(text, pos)`` must be, for every pattern it accepts, the end
of ``re.compile(source).match(text, pos)`` (or ``None``): the same characters, the same
backtracking order, so the same end. Compared here on every rest of the built-in rules at
the positions the scan asks about, and on generated patterns and texts.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.core.language.patterns import generated_patterns

from candor.language import native, rxprog
from candor.language.engine import _lower, default_engine
from candor.language.prefilter import REST_REGEX

speedups = pytest.importorskip(
    "candor_speedups",
    reason="candor_speedups is not built (the speedups extra; ./run tests builds it)",
)

DATA = Path(__file__).parents[2] / "data" / "language"


def _rx(source: str) -> object:
    prog = rxprog.program(source)
    assert prog is not None, source
    nodes, alts, pool, sets, root = prog
    return speedups.Rx(nodes, alts, pool, sets, tuple(root), source, re.compile)


def _end(source: str, text: str, pos: int) -> int | None:
    m = re.compile(source).match(text, pos)
    return None if m is None else m.end()


def test_every_rest_of_the_rules_is_flattened() -> None:
    """None falls back to re: the built-in rules use nothing the matcher lacks."""
    literals = default_engine().prefilter.scan_tables()[2]
    sources = {lit[6] for lit in literals if lit[1] == REST_REGEX and lit[6] is not None}
    assert len(sources) > 2_000
    assert [s for s in sources if rxprog.program(s) is None] == []


def test_every_rest_matches_like_re_where_its_literal_ends() -> None:
    """Each rest at every place in the corpus where its literal ends (what the scan asks),
    and the automaton that rules rests out never rules out one that matches."""
    pf = default_engine().prefilter
    literals = pf.scan_tables()[2]
    by_literal: dict[str, str] = {}
    for lit, entry in zip(sorted(_literal_texts(pf)), literals, strict=True):
        if entry[1] == REST_REGEX and entry[6] is not None:
            by_literal[lit] = entry[6]
    with (DATA / "corpus.jsonl").open(encoding="utf-8") as fh:
        texts = [" " + _lower(json.loads(line)["text"]) for line in fh if line.strip()][::25]
    matchers: dict[str, object] = {}
    asked = matched = ruled_out = 0
    bad = []
    longest = max(map(len, by_literal))
    for text in texts:
        for start in range(1, len(text)):
            if text[start - 1].isalnum() or text[start - 1] == "_":
                continue
            for size in range(1, min(longest, len(text) - start) + 1):
                source = by_literal.get(text[start : start + size])
                if source is None:
                    continue
                rx = matchers.get(source) or matchers.setdefault(source, _rx(source))
                got = rx.match(text, start + size)  # type: ignore[attr-defined]
                want = _end(source, text, start + size)
                may = rx.may(text, start + size)  # type: ignore[attr-defined]
                asked += 1
                matched += want is not None
                ruled_out += not may
                if got != want or (want is not None and not may):
                    bad.append((source[:80], text[start : start + 60], got, want, may))
    assert bad == []
    assert asked > 10_000 and matched > 300  # the comparison compared something
    assert ruled_out > asked // 2  # and the automaton spares the matcher most questions


def _literal_texts(pf: object) -> list[str]:
    """The scan's literals in the order of its tables (sorted, as scan_tables lays them out)."""
    from candor.language.prefilter import scan_entries

    rests, _, _ = scan_entries(default_engine().rules)
    return list(rests)


# Generated patterns: the constructs the matcher translates, over a small alphabet so that
# alternatives overlap, repeats backtrack and assertions both hold and fail.
_ATOMS = [
    *["a", "b", "ab", "ba", " ", ".", "[ab]", "[^a]", "[a-c0-9]", r"[^\w ]", "é", "[é-ï]"],
    *[r"\w", r"\W", r"\d", r"\s", r"\b", r"\B", "$", "^", r"\A", r"\Z"],
]


def _patterns(depth: int = 3) -> st.SearchStrategy[str]:
    return generated_patterns(
        _ATOMS, ["(?<=a)", "(?<!b)", "(?<=ab)", r"(?<!\w)", "(?<=a|b)"], max_leaves=depth * 4
    )


def _same_as_re(source: str, text: str) -> None:
    """``match`` and ``search`` at every pos, to the end of the text and cut short
    (endpos: $, \\b and look-aheads see the cut as the end), as re answers them."""
    rx = _rx(source)
    for pos in range(len(text) + 1):
        assert rx.match(text, pos) == _end(source, text, pos), (source, text, pos)  # type: ignore[attr-defined]
        # The automaton's "no" is certain: where re matches, it says "maybe".
        assert rx.may(text, pos) or _end(source, text, pos) is None, (source, text, pos)  # type: ignore[attr-defined]
        for endpos in {len(text), pos, (pos + len(text)) // 2, max(pos, len(text) - 1)}:
            want = re.compile(source).match(text, pos, endpos)
            got = rx.match(text, pos, endpos)  # type: ignore[attr-defined]
            assert got == (None if want is None else want.end()), (source, text, pos, endpos)
            found = re.compile(source).search(text, pos, endpos)
            searched = rx.search(text, pos, endpos)  # type: ignore[attr-defined]
            assert searched == (None if found is None else found.span()), (source, text, pos)
            may = rx.may_search(text, pos, endpos)  # type: ignore[attr-defined]
            assert may or found is None, (source, text, pos, endpos)


@settings(max_examples=3000, deadline=None)
@given(_patterns(), st.text(alphabet="ab .é1_\n", max_size=12))
def test_generated_patterns_match_like_re(source: str, text: str) -> None:
    try:
        re.compile(source)
    except re.error:
        return  # not a pattern (e.g. a variable-width look-behind)
    if rxprog.program(source) is None:
        return
    _same_as_re(source, text)


# Six or more alternatives: the matcher tries only those that may start with the text's
# first two characters (the rules' rests are such alternations; generated alternations
# above have at most four).
@settings(max_examples=1500, deadline=None)
@given(
    st.lists(_patterns(2), min_size=6, max_size=9),
    st.sampled_from(["", "a", "b", r"(?!\w)", "b?", "$", " "]),
    st.text(alphabet="ab .é1_\n", max_size=10),
)
def test_wide_alternations_match_like_re(alternatives: list[str], tail: str, text: str) -> None:
    source = "(?:" + "|".join(alternatives) + ")" + tail
    try:
        re.compile(source)
    except re.error:
        return
    if rxprog.program(source) is None:
        return
    _same_as_re(source, text)


_WIDE = "|".join(["xq", "xr", "yq", "zz", "wv"])  # five that never match below


@pytest.mark.parametrize(
    ("alternative", "text"),
    [
        ("a", "ab"),  # one character: the second is the tail's
        ("a", "a"),  # no second character in the text
        ("ab", "ab"),
        ("ab", "ac"),
        ("a(?:b|c)", "ac"),  # the second from a nested branch
        ("a(?:|c)", "ab"),  # which may be empty: then the tail's
        ("(?:|a)b", "bc"),  # a branch first that may be empty: then what follows it
        ("(?:x|)ab", "ab"),
        ("a?b", "b "),  # an optional first character
        ("(?:an |a )?b", "a b"),  # an optional article, as in the rules
        ("(?:an |a )?b", "b"),
        (r"(?:\w+ )?fit", "a fit"),  # any word, then a literal
        (r"(?:\w+ )?fit", "fit"),
        ("a{2}", "aa"),  # the second character from the repeat's next iteration
        ("a{2,}?b", "aab"),
        ("(?:ab)+", "abab"),
        (r"(?<=\s)ab", " ab"),  # a look-behind first: zero width
        (r"(?=a)ab", "ab"),
        (r"\bab", "ab"),
        ("a$", "a"),
        ("a$", "a\n"),
        ("é[é-ï]", "éï"),  # non-ASCII first and second characters
        ("(?:éa)+b", "éab"),  # a repeat whose body starts with one
        ("(?:é |ï )?b", "é b"),
        ("aé", "aé"),
        ("a[^b]", "aé"),
        ("a.", "a\n"),  # any character but a newline
        ("[ab]c", "bc"),
        (r"a\d", "a1"),
        ("", "a"),  # an empty alternative: anything may follow
    ],
)
def test_two_character_dispatch_cases(alternative: str, text: str) -> None:
    """Each alternative among five that never match, then a tail or none; compared with
    re at every position and with the text cut short."""
    for tail in ("", "b", r"(?!\w)"):
        for first in (True, False):
            alts = f"{alternative}|{_WIDE}" if first else f"{_WIDE}|{alternative}"
            _same_as_re(f"(?:{alts}){tail}", text)
            _same_as_re(f"(?:{alts}){tail}", " " + text + " b")


@pytest.mark.parametrize(
    ("source", "text"),
    [
        (r"(?:a|ab)*?c$", "ababc"),  # lazy repeat of a group, then the end
        (r"(?:a|)*b", "aaab"),  # an iteration that matches nothing stops the repeat
        (r"(?:x?)*?y", "xxy"),
        (r"(a|b){2,3}?c", "ababc"),
        (r"(?:a?){3}b", "ab"),  # empty iterations count towards the minimum
        (r"(?:ab|a)(?:bc)?", "abc"),  # the first alternative wins, not the longest match
        (r"(?<=x)y", "xy"),  # look-behind reaches before pos
        (r"\bfoo\b", "a foo"),
        (r"a$", "a\n"),  # $ before a final newline
        (r"a\Z", "a\n"),
        (r"b*", "aab"),  # a search of a pattern that matches nothing finds it at once
        (r"$", "ab"),  # and at the end of the text, or at endpos
        (r"(?<!\w)b", "ab b"),  # no match may start at a character no match starts with
        ("(?:é|x)b", "éb"),  # a small branch, an alternative starting with non-ASCII
        ("(?:éa)+b", "éab"),  # a repeat whose body starts with non-ASCII
        ("(?:é |a )?b", "é b"),
    ],
)
def test_re_semantics_cases(source: str, text: str) -> None:
    rx = _rx(source)
    for pos in range(-1, len(text) + 3):  # re clamps pos into the text
        assert rx.match(text, pos) == _end(source, text, pos), pos  # type: ignore[attr-defined]
        for endpos in range(-1, len(text) + 3):  # and endpos (not before pos)
            if min(max(endpos, 0), len(text)) < min(max(pos, 0), len(text)):
                with pytest.raises(ValueError, match="before pos"):
                    rx.match(text, pos, endpos)  # type: ignore[attr-defined]
                continue
            want = re.compile(source).match(text, pos, endpos)
            got = rx.match(text, pos, endpos)  # type: ignore[attr-defined]
            assert got == (None if want is None else want.end()), (pos, endpos)
            found = re.compile(source).search(text, pos, endpos)
            searched = rx.search(text, pos, endpos)  # type: ignore[attr-defined]
            assert searched == (None if found is None else found.span()), (pos, endpos)


@pytest.mark.parametrize(
    "source",
    [r"(a)\1", r"(?i:a)b", r"(?i)ab", r"(?>ab)c", r"a++", r"(a)?(?(1)b|c)", r"(?a:\w)"],
)
def test_what_it_does_not_know_stays_with_re(source: str) -> None:
    assert rxprog.program(source) is None
    assert isinstance(rxprog.compile_rest(source), re.Pattern)


def test_compile_rest_gives_an_rx_that_matches_like_re() -> None:
    rx = rxprog.compile_rest(r"(?: ?(?:kid|child)s?\b|'s (?:mum|mom))")
    assert isinstance(rx, speedups.Rx)
    assert rx.match("her kids", 3) == 8
    assert rx.match("bob's mom", 3) == 9
    assert rx.match("her kidney", 3) is None


def test_too_deep_or_too_long_falls_back_to_re() -> None:
    """A repeat of a group 20,000 times exceeds the matcher's depth: re answers, with
    the same endpos."""
    source = r"(?:ab)*c"
    text = "ab" * 20_000 + "c"
    assert _rx(source).match(text, 0) == len(text)  # type: ignore[attr-defined]
    assert _rx(source).match("ab" * 20_000, 0) is None  # type: ignore[attr-defined]
    assert _rx(source).match(text, 0, len(text) - 1) is None  # type: ignore[attr-defined]
    assert _rx(r"(?:ab)*$").match(text, 0, 30_000) == 30_000  # type: ignore[attr-defined]


def test_covers_is_the_engine_homonym_search(monkeypatch: pytest.MonkeyPatch) -> None:
    """Rx.covers, the homonym test in C, answers as the Python loop over word starts
    (with its first-word keys) does, for matches of one to three words in the corpus."""
    from candor.language import engine
    from candor.language.context import Hit

    hits = []
    for low in _corpus_lows()[::2]:
        words = [m.span() for m in re.finditer(r"\w+", low)]
        for i, (a, _) in enumerate(words):
            for j in (i, min(i + 1, len(words) - 1), min(i + 2, len(words) - 1)):
                hits.append(Hit(low, low, a, words[j][1], 0, len(low), None))
    monkeypatch.setattr(native, "SPEEDUPS", True)
    compiled = [engine._homonym_search(h) for h in hits]
    monkeypatch.setattr(native, "SPEEDUPS", False)
    assert [engine._homonym_search(h) for h in hits] == compiled
    assert 500 < sum(compiled) < len(hits)


def test_covers_refuses_bounds_outside_the_text() -> None:
    rx = _rx(r"ab")
    assert rx.covers("x ab", 0, 2, 4, 4) is True  # type: ignore[attr-defined]
    assert rx.covers("x ab", 0, 2, 3, 3) is False  # type: ignore[attr-defined]
    assert rx.covers("xab", 0, 1, 3, 3) is False  # type: ignore[attr-defined]  # in a word
    with pytest.raises(ValueError, match="lo <= start"):
        rx.covers("x ab", 3, 2, 4, 4)  # type: ignore[attr-defined]
    with pytest.raises(ValueError, match="hi <= len"):
        rx.covers("x ab", 0, 2, 4, 5)  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ((bytes(4), b"", b"", b"", (0, 0)), "five int32"),
        ((bytes(20), b"", b"", b"", (0, 2)), "root sequence"),
        (((99).to_bytes(4, "little") + bytes(16), b"", b"", b"", (0, 1)), "node 0"),
        ((bytes(20), b"", b"", b"", (0, 1)), "node 0"),  # a string of length 0
        (
            (
                (4).to_bytes(4, "little") + (5).to_bytes(4, "little") * 2 + bytes(8),
                b"",
                b"",
                b"",
                (0, 1),
            ),
            "node 0",
        ),
        ((bytes(20), b"\x01\x00\x00", b"", b"", (0, 1)), "whole number"),
        ((bytes(20), b"", (0x110000).to_bytes(4, "little"), b"", (0, 0)), "non-character"),
    ],
)
def test_malformed_programs_are_refused(args: tuple[object, ...], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        speedups.Rx(*args, "x", re.compile)


def test_bad_arguments() -> None:
    rx = _rx("a")
    with pytest.raises(TypeError):
        rx.match(b"a", 0)  # type: ignore[attr-defined]
    with pytest.raises(ValueError, match="before pos"):
        rx.search("aaa", 2, 1)  # type: ignore[attr-defined]
    assert rx.search("baa", -5, 99) == (1, 2)  # type: ignore[attr-defined]  # clamped as re
    with pytest.raises(TypeError, match="callable"):
        speedups.Rx(bytes(20), b"", b"", b"", (0, 0), "x", None)


def test_rx_of_only_gives_a_matcher_that_reads_the_pattern_alike(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A pattern's flags are not in its source: such a pattern gets no matcher."""
    assert isinstance(rxprog.rx_of(re.compile(r"\bold\b")), speedups.Rx)
    assert rxprog.rx_of(re.compile(r"\bold\b", re.IGNORECASE)) is None
    assert rxprog.rx_of(re.compile(r"(a)\1")) is None  # a construct the matcher lacks
    pattern = re.compile(r"kids?")
    assert rxprog.rx_of(pattern) is rxprog.rx_of(pattern)  # made once
    monkeypatch.setattr(native, "speedups", None)
    assert rxprog.rx_of(re.compile(r"\bnew\b")) is None


def test_sentence_cues_are_found_alike_with_the_matcher(monkeypatch: pytest.MonkeyPatch) -> None:
    """Hit.in_sentence searches each sentence for the checks' cue patterns with Rx.search:
    every module-level pattern of the rules and of context.py, on sentences of the corpus,
    as re finds them."""
    import importlib
    import pkgutil

    from candor.language import context
    from candor.language.classifier import sentence_spans_py

    rules = importlib.import_module("candor.language.rules")
    modules = [context] + [
        importlib.import_module(f"{rules.__name__}.{m.name}")
        for m in pkgutil.iter_modules(rules.__path__)
    ]
    patterns = {
        id(v): v for mod in modules for v in vars(mod).values() if isinstance(v, re.Pattern)
    }
    with_rx = [(p, rxprog.rx_of(p)) for p in patterns.values() if rxprog.rx_of(p) is not None]
    assert len(with_rx) > 200
    texts = _corpus_lows()[::40]
    compared = found = 0
    for low in texts:
        for a, b in sentence_spans_py(low):
            for pattern, rx in with_rx:
                want = pattern.search(low, a, b)
                assert rx.search(low, a, b) == (None if want is None else want.span()), (
                    pattern.pattern,
                    low[a:b],
                )
                # The automaton before it (context._occurs) never rules out a match.
                assert want is None or rx.may_search(low, a, b), (pattern.pattern, low[a:b])
                compared += 1
                found += want is not None
    assert compared > 200_000 and found > 2_000


def test_cues_before_and_after_a_match_are_found_alike_with_the_automaton() -> None:
    """Hit.personal and Hit.professional ask context._found of the words around a match
    (a slice: its start and end are the string's): the automaton, then Rx.search. The
    same answers as re on every stretch before and after every word of a corpus sample."""
    from candor.language import context

    cues = [context.PERSONAL_BEFORE, context.PRO_BEFORE, context.PRO_AFTER]
    assert all(rxprog.rx_of(p) is not None for p in cues)
    compared = found = 0
    for low in _corpus_lows()[::60]:
        for m in re.finditer(r"\w+", low):
            for piece in (low[max(0, m.start() - 90) : m.start()], low[m.end() : m.end() + 30]):
                for pattern in cues:
                    want = pattern.search(piece) is not None
                    assert context._found(pattern, piece) is want, (pattern.pattern[:40], piece)
                    compared += 1
                    found += want
    assert compared > 100_000 and found > 5_000


def _corpus_lows() -> list[str]:
    with (DATA / "corpus.jsonl").open(encoding="utf-8") as fh:
        return [_lower(json.loads(line)["text"]) for line in fh if line.strip()]


def test_sentence_ends_equal_re_on_the_corpus(monkeypatch: pytest.MonkeyPatch) -> None:
    """The engine's sentence ends (windows for rules) by Rx.ends and by re's finditer."""
    from candor.language import engine, native

    texts = _corpus_lows()
    monkeypatch.setattr(native, "SPEEDUPS", True)
    compiled = [engine._sentence_ends(t) for t in texts]
    assert isinstance(rxprog.rx_of(engine._BOUNDARY), speedups.Rx)
    monkeypatch.setattr(native, "SPEEDUPS", False)
    assert compiled == [engine._sentence_ends(t) for t in texts]
    assert sum(map(len, compiled)) > 40_000


@settings(max_examples=500, deadline=None)
@given(
    st.text(alphabet="ab .!?;-—\n\r\u2028 \"')]_é", max_size=40).map(
        lambda t: t.replace("ab", "mr")
    )
)
def test_ends_equal_finditer_on_generated_text(text: str) -> None:
    from candor.language.engine import _BOUNDARY

    rx = rxprog.compile_rest(_BOUNDARY.pattern)
    assert rx.ends(text) == [m.end() for m in _BOUNDARY.finditer(text)]
    assert _rx(r"[ab]+|c").ends(text) == [m.end() for m in re.finditer(r"[ab]+|c", text)]  # type: ignore[attr-defined]


def test_ends_refuses_a_pattern_that_matches_empty() -> None:
    with pytest.raises(ValueError, match="empty string"):
        _rx("a*").ends("bbb")  # type: ignore[attr-defined]


def test_deep_cases_fit_a_small_thread_stack() -> None:
    """The matcher recurses; its depth limit keeps it inside musl's 128 KB thread stacks
    (a web worker's thread), handing deeper cases to re."""
    import threading

    cases = [
        (r"(?:ab)*c", "ab" * 20_000 + "c"),
        (r"(?:(?:a|b)(?:c|d))*e", "ac" * 5_000 + "e"),
        (r"(?:x(?:y(?:z)?)?)+!", "xyz" * 3_000 + "!"),
        ("(?:" + "(?:a|" * 150 + "b" + ")" * 150 + ")+", "a" * 100),
    ]
    results: list[bool] = []

    def work() -> None:
        for source, text in cases:
            rx = _rx(source)
            results.append(rx.match(text, 0) == _end(source, text, 0) and rx.may(text, 0))  # type: ignore[attr-defined]

    previous = threading.stack_size(128 * 1024)
    try:
        thread = threading.Thread(target=work)
        thread.start()
        thread.join()
    finally:
        threading.stack_size(previous)
    assert results == [True] * len(cases)


# The automaton that rules rests out (Rx.may): it reads a superset of the pattern, so its
# "no" is certain (checked above on every generated pattern and every rest of the rules);
# here, that it does say "no" where it should, and its limits.


@pytest.mark.parametrize(
    ("source", "text", "may"),
    [
        ("(?:abc|abd)", "abx", False),  # fails at the third character
        ("(?:abc|abd)", "abd", True),
        ("(?:abc|abd)", "ab", False),  # the text ends first
        (r"(?:\w+ )?fit\b", "week on", False),  # the word skipped, then "on" is no "fit"
        (r"(?:\w+ )?fit\b", "good fit", True),
        (r"a(?!b)", "ab", True),  # look-arounds read as true: "maybe" (match says no)
        (r"a\b", "ab", True),
        (r"a$", "ab", True),
        (r"(?:ab){2,3}c", "ababx", False),  # repeats of up to four are counted
        (r"(?:ab){2,3}c", "abc", False),
        (r"(?:ab){2,3}c", "ababababc", False),  # more than three: no match possible
        (r"a{5}b", "aab", True),  # over four: read as "one or more", a superset
        (r"a{5}b", "b", False),
        (r"[é-ï]x", "éx", True),  # every non-ASCII character is one class
        (r"[é-ï]x", "ñx", True),  # (a superset: ñ is not in the set)
        (r"[é-ï]x", "ex", False),
        (r"\d+ (?:k|grand)", "12 kilos", True),
        (r"\d+ (?:k|grand)", "12 units", False),
    ],
)
def test_the_automaton_rules_out_what_cannot_match(source: str, text: str, may: bool) -> None:
    rx = _rx(source)
    assert rx.may(text, 0) is may  # type: ignore[attr-defined]
    if _end(source, text, 0) is not None:
        assert may


def test_a_pattern_that_may_match_nothing_has_no_automaton() -> None:
    for source in ("(?:a|)", r"(?!\w)", "(?:ab)?", r"(?:(?!\w)|, and)"):
        rx = _rx(source)
        assert rx.automaton() is None  # type: ignore[attr-defined]
        assert rx.may("zzz", 1) and rx.may("", 0)  # type: ignore[attr-defined]


def test_the_automaton_size_limits() -> None:
    """Too many positions or followers: no automaton. Too many states: the states made
    are kept and a step beyond them answers "maybe"; both stay sound."""
    assert _rx("a" * 100_001).automaton() is None  # type: ignore[attr-defined]
    words = [a + b + c for a in "bcdfg" for b in "aeiou" for c in "klmnprst"]  # 200
    wide = "(?:" + "|".join(words * 8) + ")+"  # 1,600 last x 1,600 first followers
    assert _rx(wide).automaton() is None  # type: ignore[attr-defined]
    # The last 16 characters read: 2**16 deterministic states, past the 20,000 kept.
    source = "[ab]*a" + "[ab]" * 15 + "c"
    rx = _rx(source)
    import random

    rng = random.Random(5)
    text = "".join(rng.choice("ab") for _ in range(60_000)) + "c"
    assert rx.may(text, 0)  # type: ignore[attr-defined]
    positions, classes, states, size = rx.automaton()  # type: ignore[attr-defined]
    assert (positions, classes, states) == (18, 4, 20_000)
    assert 20_000 * 4 * 2 < size < 4_000_000  # steps (two bytes each), sets, hash table
    for pos in range(0, 60_000, 997):
        assert rx.may(text, pos) or _end(source, text, pos) is None  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("source", "text", "may"),
    [
        ("(?:abc|abd)", "xxabdxx", True),
        ("(?:abc|abd)", "xxabxabx", False),
        (r"(?:\w+ )?fit\b", "a week on site", False),
        (r"(?:\w+ )?fit\b", "a good fit here", True),
        (r"(?<!\w)genetic (?:tests?|history)", "ran the genetic tests", True),
        (r"(?<!\w)genetic (?:tests?|history)", "ran the generic tests", False),
    ],
)
def test_the_search_automaton_rules_out_a_stretch(source: str, text: str, may: bool) -> None:
    rx = _rx(source)
    assert rx.may_search(text) is may  # type: ignore[attr-defined]
    assert rx.may_search(text, 2, 2) is False  # type: ignore[attr-defined]  # nothing to read
    with pytest.raises(ValueError, match="before pos"):
        rx.may_search(text, 3, 2)  # type: ignore[attr-defined]


def test_the_search_automaton_of_a_pattern_that_may_match_nothing() -> None:
    rx = _rx("(?:a|)")
    assert rx.automaton(True) is None and rx.may_search("zzz", 1, 1)  # type: ignore[attr-defined]


def test_match_each_gives_each_bucket_pattern_group_on_the_corpus() -> None:
    """At every position the engine tries on a sample of the corpus, ``match_each`` over
    the rules' own start patterns gives what the bucket's ``re`` pattern gives (group
    ``i``: rule ``i``'s match there), and the buckets have matchers wherever the
    extension is installed."""
    engine = default_engine()
    with (DATA / "corpus.jsonl").open(encoding="utf-8") as fh:
        texts = [_lower(json.loads(line)["text"]) for line in fh if line.strip()][::5]
    asked = found = 0
    bad = []
    for low in texts:
        for p, bucket in engine._candidates(low, True):
            if not bucket.starting:
                continue
            assert bucket.matchers is not None
            m = bucket.pattern().match(low, p)  # type: ignore[union-attr]
            want = [] if m is None else [(i, e) for i, (s, e) in enumerate(m.regs[1:]) if s >= 0]
            got = speedups.match_each(bucket.matchers, low, p)
            asked += len(bucket.starting)
            found += len(want)
            if got != want:
                bad.append((low[p : p + 60], got, want))
    assert bad == []
    assert asked > 10_000 and found > 1_000  # the comparison compared something


def test_match_each_arguments() -> None:
    a, b = _rx("ab|a"), _rx(r"(?<!\w)b\w*")
    assert speedups.match_each((a, b, a), "xab ba", 1) == [(0, 3), (2, 3)]
    assert speedups.match_each((a, b), "xab ba", 4) == [(1, 6)]
    assert speedups.match_each((a, b), "xab ba", 99) == []  # clamped to the end, as re does
    assert speedups.match_each((a, b), "ab", -5) == [(0, 2)]  # and to the start
    assert speedups.match_each((), "ab", 0) == []
    with pytest.raises(TypeError, match=r"matchers\[1\] is not an Rx"):
        speedups.match_each((a, re.compile("a")), "ab", 0)
    with pytest.raises(TypeError):
        speedups.match_each([a], "ab", 0)  # a tuple, built once per bucket
