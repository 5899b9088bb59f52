"""Programs for the compiled scan's rest matcher (``candor_speedups.Rx``).

The compiled scan (:meth:`candor.language.prefilter.Prefilter.scanner`) asks, at the end
of each literal it meets, whether the rest of a rule's alternative follows: about 60,000
questions per megabyte of notes, 3 % of them answered yes. The rests are alternations of
up to a few thousand pattern characters; asked of :mod:`re`, they took about 44 ms per
megabyte of the scan's 68. :func:`program` flattens ``re``'s own parse of a rest into
the plain integer arrays that ``candor_speedups.Rx`` walks in C, with ``re``'s
semantics: the same characters (Unicode ``\\w``, ``\\d``, ``\\s``, ``\\b``), the same
order of backtracking and therefore the same match end. A large alternation keeps a
table of its alternatives by first character, so most are never tried: the same
questions take about 29 ms (docs/performance.md).

Only what the rests use is translated: literals, character sets, alternation,
greedy and lazy repeats, look-ahead and look-behind, ``\\b``, ``\\B``, ``^``, ``$``,
``\\A``, ``\\Z`` and groups (as plain sequences: the scan reads no group). Anything
else (flags, back-references, conditional, atomic or possessive groups) gives
``None`` and the rest stays with ``re``. ``tests/core/language/test_rxprog.py``
compares the two on every rest of the built-in rules and on generated patterns.

.. versionadded:: 0.12
"""

from __future__ import annotations

import re
from array import array

# re's own parser and its constants (Python 3.11+); prefilter._first_two reads them too.
from re import _constants as C  # type: ignore[attr-defined]
from re import _parser as P  # type: ignore[attr-defined]
from typing import Any

from candor.language import native
from candor.language.recache import code_digest, compile_packed, packed

__all__ = ["Program", "compile_rest", "program", "rx_of"]

#: (nodes, alts, pool, sets, (root start, root length)): the arguments of ``Rx``. Nodes
#: are five int32 each (op, a, b, c, d); see native/candor_speedups.c.
Program = tuple[bytes, bytes, bytes, bytes, tuple[int, int]]

# Node operations and their argument codes, as in native/candor_speedups.c.
_STR, _SET, _NOTCHAR, _ANY, _BRANCH, _REPEAT, _LAZY, _ASSERT, _ASSERT_NOT, _AT = range(10)
_AT_CODES = {
    C.AT_BEGINNING: 0,
    C.AT_BEGINNING_STRING: 0,  # the same without MULTILINE
    C.AT_BOUNDARY: 1,
    C.AT_NON_BOUNDARY: 2,
    C.AT_END: 3,
    C.AT_END_STRING: 4,
}
_SET_LITERAL, _SET_RANGE, _SET_CATEGORY = range(3)
_CATEGORIES = {
    C.CATEGORY_DIGIT: 0,
    C.CATEGORY_NOT_DIGIT: 1,
    C.CATEGORY_SPACE: 2,
    C.CATEGORY_NOT_SPACE: 3,
    C.CATEGORY_WORD: 4,
    C.CATEGORY_NOT_WORD: 5,
}


class _Unsupported(Exception):
    """Something the compiled matcher does not do: the rest stays with re."""


class _Builder:
    def __init__(self) -> None:
        self.nodes: list[tuple[int, int, int, int, int]] = []
        self.alts: list[int] = []
        self.pool: list[int] = []
        self.sets: list[int] = []

    def sequence(self, items: Any) -> tuple[int, int]:
        """Lay out one sequence's nodes side by side; return (start, length)."""
        flat: list[tuple[Any, Any]] = []
        _inline(items, flat)
        merged: list[tuple[Any, Any]] = []
        for op, av in flat:  # runs of literals become one string
            if op is C.LITERAL and merged and merged[-1][0] == "str":
                merged[-1][1].append(av)
            elif op is C.LITERAL:
                merged.append(("str", [av]))
            else:
                merged.append((op, av))
        start = len(self.nodes)
        self.nodes.extend([(0, 0, 0, 0, 0)] * len(merged))
        for k, item in enumerate(merged):
            self.nodes[start + k] = self.node(*item)
        return start, len(merged)

    def node(self, op: Any, av: Any) -> tuple[int, int, int, int, int]:
        if op == "str":
            at = len(self.pool)
            self.pool.extend(av)
            return (_STR, at, len(av), 0, 0)
        if op is C.NOT_LITERAL:
            return (_NOTCHAR, av, 0, 0, 0)
        if op is C.ANY:
            return (_ANY, 0, 0, 0, 0)
        if op is C.IN:
            return (_SET, self.charset(av), 0, 0, 0)
        if op is C.AT:
            if av not in _AT_CODES:
                raise _Unsupported(av)
            return (_AT, _AT_CODES[av], 0, 0, 0)
        if op is C.BRANCH:
            seqs = [self.sequence(alt) for alt in av[1]]
            at = len(self.alts) // 2
            for s, n in seqs:
                self.alts += [s, n]
            return (_BRANCH, at, len(seqs), 0, 0)
        if op in (C.MAX_REPEAT, C.MIN_REPEAT):
            low, high, item = av
            s, n = self.sequence(item)
            if n == 0:
                raise _Unsupported("an empty repeat")
            most = -1 if high == C.MAXREPEAT else high
            if low > 2**31 - 1 or most > 2**31 - 1:
                raise _Unsupported("a repeat count beyond int32")
            return (_REPEAT if op is C.MAX_REPEAT else _LAZY, low, most, s, n)
        if op in (C.ASSERT, C.ASSERT_NOT):
            direction, sub = av
            back = 0
            if direction < 0:
                lo, hi = sub.getwidth()
                if lo != hi:
                    raise _Unsupported("a look-behind of variable width")
                back = lo
            s, n = self.sequence(sub)
            return (_ASSERT if op is C.ASSERT else _ASSERT_NOT, 0, back, s, n)
        raise _Unsupported(op)

    def charset(self, items: Any) -> int:
        at = len(self.sets)
        negate = 0
        out: list[int] = []
        for k, (op, av) in enumerate(items):
            if op is C.NEGATE and k == 0:
                negate = 1
            elif op is C.LITERAL:
                out += [_SET_LITERAL, av, 0]
            elif op is C.RANGE:
                out += [_SET_RANGE, av[0], av[1]]
            elif op is C.CATEGORY and av in _CATEGORIES:
                out += [_SET_CATEGORY, _CATEGORIES[av], 0]
            else:
                raise _Unsupported(op)
        self.sets += [negate, len(out) // 3, *out]
        return at


def _inline(items: Any, out: list[tuple[Any, Any]]) -> None:
    """Append ``items`` to ``out`` with groups spliced in: the matcher reports no group."""
    for op, av in items:
        if op is C.SUBPATTERN:
            _group, add_flags, del_flags, sub = av
            if add_flags or del_flags:
                raise _Unsupported("flags inside a group")
            _inline(sub, out)
        else:
            out.append((op, av))


def program(source: str) -> Program | None:
    """Flatten ``source`` for ``candor_speedups.Rx``; ``None`` if it needs ``re``."""
    try:
        parsed = P.parse(source)
        if parsed.state.flags != re.UNICODE:
            return None  # flags the matcher does not know (IGNORECASE, ASCII, ...)
        b = _Builder()
        root = b.sequence(parsed)
    except (_Unsupported, re.error, RecursionError, OverflowError):
        return None
    return (
        array("i", [x for node in b.nodes for x in node]).tobytes(),
        array("i", b.alts).tobytes(),
        array("i", b.pool).tobytes(),
        array("i", b.sets).tobytes(),
        root,
    )


def _code_version() -> str:
    return code_digest(__file__)


def compile_rest(source: str) -> Any:
    """Return a matcher for ``source``: a ``candor_speedups.Rx`` where the program can
    be flattened, and the compiled ``re`` pattern otherwise (kept on disk between runs;
    so are the programs)."""
    if native.speedups is None:  # (native.py loads only a build that has Rx)
        return _compile_re(source)
    prog = packed("rests", _code_version(), source, lambda: program(source))
    if prog is None:
        return _compile_re(source)
    nodes, alts, pool, sets, root = prog
    return native.speedups.Rx(nodes, alts, pool, sets, tuple(root), source, _compile_re)


def _compile_re(source: str) -> re.Pattern[str]:
    return compile_packed(source)


#: id of a pattern -> (the pattern, its Rx or None); the pattern is kept to rule out a
#: reused id, and keying by id spares hashing its source at every call.
_OF_PATTERN: dict[int, tuple[re.Pattern[str], Any]] = {}


def rx_of(pattern: re.Pattern[str]) -> Any:
    """Return the ``candor_speedups.Rx`` that matches as ``pattern`` does, or ``None``:
    without the extension, for a pattern compiled with flags (its source alone would
    match otherwise), or where the matcher lacks a construct. Made once per pattern."""
    got = _OF_PATTERN.get(id(pattern))
    if got is not None and got[0] is pattern:
        return got[1]
    made = None
    if native.speedups is not None and pattern.flags == re.UNICODE:
        made = compile_rest(pattern.pattern)
        if not isinstance(made, native.speedups.Rx):
            made = None
    _OF_PATTERN[id(pattern)] = (pattern, made)
    return made
