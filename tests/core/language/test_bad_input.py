"""Bad input never crashes the linter, and work grows linearly with text length."""

from __future__ import annotations

import time

from hypothesis import given, settings
from hypothesis import strategies as st

from candor.language import lint

_WORDS = st.sampled_from(
    [
        "she",
        "old",
        "race",
        "condition",
        "kids",
        "pregnant",
        "fit",
        "culture",
        "vibe",
        "salary",
        "$95k",
        "current",
        "58",
        "years",
        "black",
        "box",
        "child",
        "process",
        "accent",
        "veteran",
        "the",
        "a",
        "and",
        ".",
        "\n",
        ",",
        "é",
        "\u202e",
        "\u0301",
        "\x00",
        "İ",
        "ß",
        "🙂",
        "native",
        "speaker",
        "church",
        "lied",
        "her",
        "husband",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_any_unicode_text_is_screened_without_error(text: str) -> None:
    """Arbitrary Unicode (control, RTL, combining, surrogates) never raises."""
    report = lint(text)
    for f in report.findings:
        assert 0 <= f.start < f.end <= len(text)
        assert text[f.start : f.end] == f.match


@settings(max_examples=200, deadline=None)
@given(st.lists(_WORDS, max_size=80).map(" ".join))
def test_word_soup_spans_are_consistent(text: str) -> None:
    """Random mixes of trigger words keep valid, ordered spans."""
    report = lint(text)
    starts = [f.start for f in report.findings]
    assert starts == sorted(starts)
    for f in report.findings:
        assert text[f.start : f.end] == f.match


def test_empty_and_whitespace() -> None:
    """Empty text has no findings."""
    assert lint("").findings == ()
    assert lint(" \n\t ").findings == ()


def test_other_languages_are_not_flagged_by_accident() -> None:
    """Text in another language does not crash and stays quiet when harmless."""
    assert lint("Der Kandidat hat die Aufgabe gut gelöst und Fragen gestellt.").findings == ()
    assert lint("候选人很好地解释了缓存设计。").findings == ()


def _best_time(text: str, repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        lint(text)
        best = min(best, time.perf_counter() - t0)
    return best


def test_long_single_line_scales_linearly() -> None:
    """Doubling a long line without sentence breaks roughly doubles the time (not x4)."""
    unit = "she said the old race condition in the child process was fixed and her kids "
    small = unit * 600  # ~48 kB, one line, no punctuation, dense with trigger words
    large = small * 2
    t_small = _best_time(small)
    t_large = _best_time(large)
    assert t_large < t_small * 3.2, (t_small, t_large)


def test_many_risky_sentences_scale_linearly() -> None:
    """Thousands of flagged sentences (the second opinion looks at each one and at the
    rules' findings in it) still cost about twice as much for twice the text."""
    unit = "Too old for the job. She has kids. Not a culture fit. Strong SQL, 4/4. "
    small = unit * 400
    large = small * 2
    t_small = _best_time(small)
    t_large = _best_time(large)
    assert t_large < t_small * 3.2, (t_small, t_large)


def test_five_megabyte_line_is_handled() -> None:
    """A 5 MB single line finishes (bounded windows keep the work linear)."""
    text = ("x" * 999 + " ") * 5_000
    report = lint(text)
    assert report.text_length == len(text)
