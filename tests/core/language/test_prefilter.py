"""The prefilter's pattern analysis: required_literals and the engine's presence test."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.core.language.patterns import generated_patterns

from candor.language import native
from candor.language.engine import default_engine
from candor.language.evaluation import load_corpus
from candor.language.prefilter import _presence_test, _window_test, required_literals

DATA = Path(__file__).parents[2] / "data" / "language"


@pytest.mark.parametrize(
    ("source", "strings"),
    [
        # re's parser factors "this|that" into "th(?:is|at)": the run goes on.
        (r"(?<!\w)(?:(?:[a-z]+er|better) than (?:this|that) guy)(?!\w)", {" than th"}),
        (r"x+yz", {"yz"}),  # a longer run beats a repeat's single letter
        (r"ab(?=c)d", {"ab"}),  # an assertion ends a run: "abd" is in the match, not "abcd"
        # A branch's strings are not joined to what follows; the longer part wins.
        (r"(?:mother|father)'s (?:had|has)", {"mother", "father"}),
        (r"a(?:b|c*)d", {"a"}),  # c* may match nothing: that branch requires nothing
        (r"(?:ab){2,}", {"ab"}),
        (r"(?:foo|\w+) bar", {" bar"}),
        (r"(?:abc)?", None),
        (r"\w+", None),
        (r"(?i)abc", None),  # a literal there also matches other cases
        (r"(?:(?i:abc)|abd)", None),
        (r"", None),
    ],
)
def test_required_literals(source: str, strings: set[str] | None) -> None:
    assert required_literals(source) == (None if strings is None else frozenset(strings))


_PATTERNS = generated_patterns(
    ["a", "b", "ab", "ba", "abc", " ", ".", "[ab]", "[^a]", r"\w", r"\s", r"\b", "$", "é"],
    ["(?<=a)", "(?<!b)", r"(?<!\w)"],
    max_leaves=12,
)


@settings(max_examples=2000, deadline=None)
@given(_PATTERNS, st.text(alphabet="abcé .1", max_size=14))
def test_every_match_contains_a_required_literal(source: str, text: str) -> None:
    """Wherever the pattern matches (at any position, with the text cut short or not),
    the matched text contains one of the strings: the engine may skip a window without
    them."""
    try:
        pattern = re.compile(source)
    except re.error:
        return
    strings = required_literals(source)
    if strings is None:
        return
    for pos in range(len(text) + 1):
        for endpos in {len(text), (pos + len(text)) // 2}:
            m = pattern.match(text, pos, endpos)
            if m is not None:
                assert any(s in m.group() for s in strings), (source, text, pos, strings)


def test_presence_test_reads_flags_given_outside_the_source() -> None:
    """A pattern compiled with IGNORECASE gets no test (its literals would be read as
    case-sensitive), whichever of it and the same source without the flag comes first."""
    source = r"(?<!\w)zzq (?:Abc|Abd)"
    plain = _presence_test(re.compile(source))
    assert plain is not None and plain("a zzq abd", 0, 9) is False
    assert _presence_test(re.compile(source, re.IGNORECASE)) is None


def test_presence_test_never_skips_a_window_rule_match() -> None:
    """On every corpus and unseen item, each match of a rule searched around its anchor
    words contains one of the pattern's required strings, and the engine's presence
    test passes for the text around it."""
    searched = [r for r in default_engine().rules if r.window_regex is not None]
    tests = {r.id: _presence_test(r.window_regex) for r in searched}  # type: ignore[arg-type]
    assert sum(t is not None for t in tests.values()) >= 4  # the test is in use
    texts = [
        i["text"].lower()
        for name in ("corpus", "unseen")
        for i in load_corpus(DATA / f"{name}.jsonl")
    ]
    matched = 0
    for rule in searched:
        test = tests[rule.id]
        if test is None:
            continue
        for low in texts:
            for m in rule.window_regex.finditer(low):  # type: ignore[union-attr]
                matched += 1
                assert test(low, m.start(), m.end()), (rule.id, low)
                assert not test(low, m.start(), m.start()), (rule.id, low)  # an empty window
    assert matched > 100


def test_window_test_never_skips_a_window_rule_match() -> None:
    """The same with the engine's test as it runs: the compiled automaton of each
    searched rule (``Rx.may_search``) where the extension is installed; and it rules
    out most windows of text where the rule does not match."""
    if not native.SPEEDUPS:
        pytest.skip("the compiled extension is not installed")
    searched = [r for r in default_engine().rules if r.window_regex is not None]
    tests = {r.id: _window_test(r.window_regex) for r in searched}  # type: ignore[arg-type]
    assert all(t is not None for t in tests.values())
    texts = [
        i["text"].lower()
        for name in ("corpus", "unseen")
        for i in load_corpus(DATA / f"{name}.jsonl")
    ]
    matched = ruled_out = misses = 0
    for rule in searched:
        test = tests[rule.id]
        assert test is not None
        for low in texts:
            found = False
            for m in rule.window_regex.finditer(low):  # type: ignore[union-attr]
                found = True
                matched += 1
                assert test(low, m.start(), m.end()), (rule.id, low)
            if not found:
                misses += 1
                ruled_out += not test(low, 0, len(low))
    assert matched > 100
    assert ruled_out > 0.9 * misses
