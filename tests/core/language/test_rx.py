"""The never-evicting ``re`` wrapper the rules' checks use (candor.language.rx)."""

from __future__ import annotations

import re

from candor.language import rx


def test_functions_agree_with_re() -> None:
    text = "Asked all candidates: can you work Saturdays? Yes, she can."
    assert rx.search(r"sat\w+", text, re.I).span() == re.search(r"sat\w+", text, re.I).span()  # type: ignore[union-attr]
    assert rx.match(r"asked", text) is None
    assert rx.match(r"asked", text, re.I) is not None
    assert rx.fullmatch(r"\w+", "abc") is not None
    assert rx.findall(r"\b\w{3}\b", text) == re.findall(r"\b\w{3}\b", text)
    assert [m.span() for m in rx.finditer(r"can", text)] == [
        m.span() for m in re.finditer(r"can", text)
    ]
    assert rx.sub(r"\s+", " ", "a  b\n c") == "a b c"
    assert rx.split(r"[,;]", "a,b;c", maxsplit=1) == ["a", "b;c"]


def test_cache_keeps_every_pattern() -> None:
    """More distinct patterns than re's own cache holds (512): the first stays compiled."""
    first = rx.compile(r"first-pattern-\d+")
    for i in range(1200):
        rx.search(rf"filler-{i}-\w", "text")
    assert rx.compile(r"first-pattern-\d+") is first
    assert rx.compile(r"first-pattern-\d+", re.I) is not first
