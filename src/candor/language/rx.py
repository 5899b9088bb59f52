"""``re``'s module-level functions over a cache that never evicts, for the rules' checks.

The rules' check functions call ``re.search(pattern, text)`` and friends with some 550
fixed patterns, and the engine compiles about a thousand more (one per scan literal it
meets). ``re`` keeps only 512 compiled patterns and drops the oldest, so the checks'
patterns were compiled again and again: on some inputs bulk screening ran at a third of
its speed. Every pattern here is a constant in the source, so the cache is bounded by
the code, not by the input. The compiled programs are kept on disk between runs
(:func:`candor.language.recache.compile_packed`).

.. versionadded:: 0.4
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from candor.language.recache import compile_packed

__all__ = ["compile", "findall", "finditer", "fullmatch", "match", "search", "split", "sub"]

_CACHE: dict[tuple[str, int], re.Pattern[str]] = {}


#: The same for patterns without flags (almost every call): keyed by the source alone,
#: which spares a key tuple per call (the checks make about 8,000 calls per MB).
_PLAIN: dict[str, re.Pattern[str]] = {}


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """Return ``pattern`` compiled, from the cache after the first call."""
    if not flags:
        got = _PLAIN.get(pattern)
        if got is None:
            got = _PLAIN[pattern] = compile_packed(pattern)
        return got
    key = (pattern, flags)
    got = _CACHE.get(key)
    if got is None:
        got = _CACHE[key] = compile_packed(pattern, flags)
    return got


def search(pattern: str, string: str, flags: int = 0) -> re.Match[str] | None:
    """Like :func:`re.search`."""
    # The cache looked up here rather than through compile(): a call fewer, on the
    # checks' path (about 3,500 searches and 4,800 matches per MB of typical notes).
    got = None if flags else _PLAIN.get(pattern)
    return (got or compile(pattern, flags)).search(string)


def match(pattern: str, string: str, flags: int = 0) -> re.Match[str] | None:
    """Like :func:`re.match`."""
    got = None if flags else _PLAIN.get(pattern)
    return (got or compile(pattern, flags)).match(string)


def fullmatch(pattern: str, string: str, flags: int = 0) -> re.Match[str] | None:
    """Like :func:`re.fullmatch`."""
    return compile(pattern, flags).fullmatch(string)


def finditer(pattern: str, string: str, flags: int = 0) -> Iterator[re.Match[str]]:
    """Like :func:`re.finditer`."""
    return compile(pattern, flags).finditer(string)


def findall(pattern: str, string: str, flags: int = 0) -> list[str]:
    """Like :func:`re.findall`."""
    return compile(pattern, flags).findall(string)


def sub(pattern: str, repl: str, string: str, count: int = 0, flags: int = 0) -> str:
    """Like :func:`re.sub` (with a string replacement)."""
    return compile(pattern, flags).sub(repl, string, count)


def split(pattern: str, string: str, maxsplit: int = 0, flags: int = 0) -> list[str]:
    """Like :func:`re.split`."""
    return compile(pattern, flags).split(string, maxsplit)
