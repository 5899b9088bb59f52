"""The engine's prefilter: one compiled scan that finds where any rule could match.

Every alternative of a rule's pattern that starts with a literal ("too old",
"retir(?:e|ed)", "(?:older|younger) guy") is split into that literal and the rest
of the alternative. All literals go into one trie; at the end of each literal the
trie tries the *rests* of the alternatives that start with it, so the scan reports a
position only where some alternative really matches (or, for rules whose
distinctive word sits mid-phrase, where one of their anchor words starts). The
engine then runs only the rules of the literal found, at that position.

The scan is a superset: whenever a rule's pattern matches at a word start, the scan
reports that position with a bucket that contains the rule. A test proves this on
every rule's examples (``test_anchors_cover_every_rule_on_examples``).

.. versionadded:: 0.2
.. versionchanged:: 0.3
   Rests that several alternatives of a literal share are factored (tried once), rests
   longer than :data:`MAX_SCAN_REST` are cut in the scan, and ``\\d{m,n}`` alternatives
   are split like ``\\d{k}`` so that a lone digit no longer reports a position.
"""

from __future__ import annotations

import functools
import marshal
import re
import threading
from array import array
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from candor.language import model, native
from candor.language.model import Rule, _group_end, _prefixes, literal_splits
from candor.language.recache import cached_data, code_digest, compile_cached
from candor.language.rxprog import compile_rest, rx_of

__all__ = ["Bucket", "Prefilter", "required_literals", "scan_entries"]


#: (Pattern source, flags) -> a quick test of whether a searcher can match in
#: low[lo:hi] (required_literals), or None without one; made on first use.
_PRESENCE: dict[tuple[str, int], Callable[[str, int, int], bool] | None] = {}


def _window_test(pattern: re.Pattern[str]) -> Callable[[str, int, int], bool] | None:
    """Return a test that is false only where ``pattern`` cannot match in ``low[lo:hi]``.

    With the compiled extension, the pattern's automaton (``Rx.may_search``: one table
    step per character, reading a superset of the pattern), which rules out about 99 %
    of the windows a searched rule is asked about where the strings below rule out far
    fewer (one of them, CND-GEN-001's, includes "has" and "with"); otherwise
    :func:`_presence_test`.
    """
    if native.SPEEDUPS and (rx := rx_of(pattern)) is not None:
        test: Callable[[str, int, int], bool] = rx.may_search
        return test
    return _presence_test(pattern)


def _presence_test(pattern: re.Pattern[str]) -> Callable[[str, int, int], bool] | None:
    """Return a test that is false only where ``pattern`` cannot match in
    ``low[lo:hi]``: most windows of a rule searched around an anchor word ("runs",
    "second") lack the rest of its phrase. ``str.find`` of one string costs about a
    tenth of the search, an alternation of plain strings about half; below three
    characters a string is too common to be worth it."""
    source = pattern.pattern
    key = (source, pattern.flags)
    if key in _PRESENCE:
        return _PRESENCE[key]
    # Flags given to re.compile are not in the source: the strings would be read as if
    # case mattered.
    strings = None if pattern.flags & re.IGNORECASE else required_literals(source)
    test: Callable[[str, int, int], bool] | None = None
    if strings is not None and len(strings) == 1:
        (only,) = strings

        def test(low: str, lo: int, hi: int) -> bool:
            return low.find(only, lo, hi) >= 0

    elif strings is not None and min(map(len, strings)) >= 3:
        either = re.compile(
            "|".join(re.escape(x) for x in sorted(strings, key=lambda x: (-len(x), x)))
        )

        def test(low: str, lo: int, hi: int) -> bool:
            return either.search(low, lo, hi) is not None

    _PRESENCE[key] = test
    return test


@dataclass(slots=True, eq=False)
class Bucket:
    """The rules to try at a position the scan reported.

    Rule ``i`` of :attr:`starting` reports what its start pattern (``Rule.start_regex``)
    matches there. With the compiled matcher (``candor_speedups.match_each``) each rule's
    pattern is asked by its :attr:`matchers` entry, whose automaton rules out most of
    them in a few steps; otherwise one ``re`` pattern (:meth:`pattern`) whose group
    ``i`` is rule ``i``'s match runs. Both give the same spans: at this position only
    the rule's alternatives that start with the literal found can match, and those are
    the ones the pattern keeps, in the rule's order.
    """

    #: The rules with an alternative that may start at the position, in rule order.
    starting: tuple[Rule, ...]
    #: Their alternatives that may start there (one tuple per rule).
    alternatives: tuple[tuple[str, ...], ...]
    #: (rule, pattern, test) searched in the sentence around the position; the test
    #: (:func:`_window_test`, made once here rather than at each window) is false only
    #: where the pattern cannot match in ``low[lo:hi]``, or ``None`` without one.
    searchers: tuple[tuple[Rule, re.Pattern[str], Callable[[str, int, int], bool] | None], ...]
    #: ``candor_speedups.Rx`` of each starting rule's ``start_regex``, or ``None``
    #: without the extension or where one of them needs ``re``.
    matchers: tuple[Any, ...] | None = None
    #: Compiled :meth:`pattern`, or the pattern given for a bucket of whole rules.
    _pattern: re.Pattern[str] | None = field(default=None, repr=False)

    @property
    def always(self) -> bool:
        """Whether the engine must see a position of this bucket even where none of its
        :attr:`matchers` matches: a rule is searched around it, or its rules need ``re``."""
        return bool(self.searchers) or (self.matchers is None and bool(self.starting))

    def pattern(self) -> re.Pattern[str] | None:
        """One pattern whose group ``i`` is the match of rule ``i`` at a position, or
        ``None`` when no rule starts there (compiled on first use)."""
        if self._pattern is None and self.starting:
            self._pattern = _combined(tuple(zip(self.starting, self.alternatives, strict=True)))
        return self._pattern


_WORD_CHAR = re.compile(r"\w")
_ENTRY_LOCK = threading.Lock()


#: An escape, a character class, or an opening parenthesis that starts a capturing group.
_GROUP_OPENER = re.compile(r"\\.|\[(?:\\.|[^\]\\])*\]|\((?!\?)", re.DOTALL)


def _uncapture(rx: str) -> str:
    """Make every capturing group of ``rx`` non-capturing (group names stay the scan's)."""
    # One regex pass (escapes and classes kept as they are): the engine calls this for
    # every alternative of every bucket it builds, and a loop per character cost more
    # than a second in the first megabyte of a bulk run.
    return _GROUP_OPENER.sub(_non_capturing, rx)


def _non_capturing(m: re.Match[str]) -> str:
    return "(?:" if m.group() == "(" else m.group()


_COMBINED: dict[str, re.Pattern[str]] = {}


def _combined(starters: Sequence[tuple[Rule, Sequence[str]]]) -> re.Pattern[str]:
    """Compile one pattern whose group ``i`` is the match of starter ``i`` at a position.

    Each starter keeps only its alternatives that can start with the literal found, in
    their original order, so the first alternative that matches is the one the rule's
    whole pattern would report.
    """
    source = "".join(
        r"(?:(?=((?<!\w)(?:" + "|".join(_uncapture(a) for a in alts) + r")(?!\w)))|)"
        for _, alts in starters
    )
    if source not in _COMBINED:
        # About 600 of these are met in the first megabyte of typical notes, a few
        # milliseconds each to compile: kept on disk between runs (recache).
        _COMBINED[source] = compile_cached(source, min_length=0)
    return _COMBINED[source]


def _matchers(rules: tuple[Rule, ...]) -> tuple[Any, ...] | None:
    """The compiled matcher of each rule's ``start_regex``, or ``None`` without the
    extension or where one rule's pattern needs ``re``."""
    if native.speedups is None or not rules:
        return None
    got = tuple(rx_of(r.start_regex) for r in rules if r.start_regex is not None)
    return got if len(got) == len(rules) and None not in got else None


def _first_atom(rx: str) -> int:
    """Return the length of the first atom of ``rx`` with its quantifier (0 if none)."""
    if not rx:
        return 0
    ch = rx[0]
    if ch == "(":
        end = _group_end(rx, 0)
    elif ch == "\\":
        end = 2
    elif ch == "[":
        end = 1
        if rx[end : end + 1] == "^":
            end += 1
        if rx[end : end + 1] == "]":
            end += 1
        while end < len(rx) and rx[end] != "]":
            end += 2 if rx[end] == "\\" else 1
        end += 1
    elif ch in "|)":
        return 0
    else:
        end = 1
    if end < len(rx) and rx[end] in "?*+":
        end += 1
    elif end < len(rx) and rx[end] == "{":
        close = rx.find("}", end)
        if close > 0 and re.fullmatch(r"\{\d*,?\d*\}", rx[end : close + 1]):
            end = close + 1
    if end < len(rx) and rx[end] == "?" and rx[end - 1] in "?*+}":
        end += 1  # lazy quantifier
    return min(end, len(rx))


#: Longest rest (in pattern characters) the scan checks after a literal. A longer rest is
#: cut after its leading atoms: the scan stays a superset (the engine checks the whole
#: alternative where the scan reports), and a pattern that repeats a long rest after each
#: of many literals ("(?:afghan|african|...) (?:long tail)") stays small and quick to build.
#: No rest of the built-in rules is this long. Until 0.12 it was 400, which cut rests like
#: "current (?:[\w&'.-]+ ){0,2}?(?:salary|pay|...)" down to their optional first atom: the
#: scan then reported every "current " and 36 % of its positions in typical notes were
#: such misses, each costing a bucket's pattern (the scan pattern is now 2.8 million
#: characters instead of 2.2, and bulk screening about 8 % faster; docs/performance.md).
MAX_SCAN_REST = 5_000


def _truncate(rest: str, limit: int | None = None) -> str:
    """Cut ``rest`` after the leading atoms that fit in ``limit`` characters (at least one)."""
    limit = MAX_SCAN_REST if limit is None else limit
    if len(rest) <= limit:
        return rest
    end = 0
    while end < len(rest):
        n = _first_atom(rest[end:])
        if n == 0 or (end and end + n > limit):
            break
        end += n
    return rest[:end] if end else rest


def _factor(rests: Sequence[str], depth: int = 3) -> str:
    """Join ``rests`` into one alternation, sharing leading atoms that several rests repeat.

    The scan asks only *whether* some rest matches at a position, and ``A(?:B|C)`` matches
    exactly where ``AB|AC`` does, so rests that start with the same long group (a copula
    list such as ``(?:'s| is| was| seemed|...)``) are tried once instead of once per rest.
    """
    groups: dict[str, list[str]] = {}
    for r in rests:
        n = _first_atom(r) if depth > 0 else 0
        head = r[:n] if n >= 4 else r
        groups.setdefault(head, []).append(r[len(head) :])
    parts: list[str] = []
    for head, tails in groups.items():
        if len(tails) == 1:
            parts.append(head + tails[0])
        elif "" in tails:
            parts.append(head)  # the head alone matches, so its longer tails add nothing
        else:
            parts.append(head + _factor(tails, depth - 1))
    return "(?:" + "|".join(parts) + ")"


def _applies(anchor: str, found: str, boundary: bool) -> bool:
    """Whether ``anchor`` matches where the text starts with ``found``.

    ``boundary`` tells whether ``found`` ends at a word boundary in the text.
    """
    word = anchor.rstrip("$")
    if not found.startswith(word):
        return False
    if not anchor.endswith("$"):
        return True
    if len(word) == len(found):
        return boundary
    return _WORD_CHAR.match(found, len(word)) is None


def scan_entries(
    rules: Sequence[Rule],
) -> tuple[
    dict[str, set[str]],
    dict[str, list[tuple[int, int]]],
    dict[str, list[tuple[str, int]]],
]:
    """Return the scan's entries for ``rules``: literal -> rests that may follow it,
    literal -> (rule index, alternative index), and anchor word -> (anchor, rule index).

    Shared by :meth:`Prefilter.build` and the benchmark that tries other scanners on the
    same entries (``bench/probe_hyperscan.py``).
    """
    rests: dict[str, set[str]] = {}
    alternatives: dict[str, list[tuple[int, int]]] = {}
    for ri, rule in enumerate(rules):
        for ai, alt in enumerate(rule.start_terms):
            pairs = literal_splits(alt)
            if pairs is None:
                pairs = [(lit, "") for lit in _prefixes(alt) or ()]
                tail = ""
            else:
                tail = r"(?!\w)"
            for lit, rest in pairs:
                scan_rest = _truncate(_uncapture(rest) + tail if rest or tail else "")
                rests.setdefault(lit, set()).add(scan_rest)
                entries = alternatives.setdefault(lit, [])
                if (ri, ai) not in entries:
                    entries.append((ri, ai))
    anchors: dict[str, list[tuple[str, int]]] = {}
    for ri, rule in enumerate(rules):
        if rule.window_regex is None:
            continue
        for anchor in rule.anchors:
            word = anchor.rstrip("$")
            rests.setdefault(word, set()).add(r"(?!\w)" if anchor.endswith("$") else "")
            anchors.setdefault(word, []).append((anchor, ri))
    return rests, alternatives, anchors


#: How the compiled scan checks what must follow a literal: nothing, the end of a word,
#: or a regular expression (asked of ``re``, after a table of its first characters).
REST_ALWAYS, REST_BOUNDARY, REST_REGEX = 0, 1, 2
#: What may follow one second character of a rest: the character, whether any third
#: character may, whether a non-ASCII one may, and the ASCII ones (two 64-bit masks).
ScanThird = tuple[int, int, int, int, int]
#: What may follow one first character of a rest: the character (ASCII code, or 128 for
#: every non-ASCII one), whether any second character may, whether a non-ASCII one may,
#: the ASCII ones (two 64-bit masks), and per second character what may follow it (none
#: listed: any).
ScanSecond = tuple[int, int, int, int, int, list[ScanThird]]
#: A literal as the compiled scan reads it: its length, how its rest is checked, whether
#: any first character may start the rest, whether a non-ASCII one may, the ASCII ones
#: (two 64-bit masks), the rest's pattern source, and per first character what may
#: follow it.
ScanLiteral = tuple[int, int, int, int, int, int, "str | None", list[ScanSecond]]


def _third_entries(
    seconds: frozenset[int], thirds: dict[int, frozenset[int] | None]
) -> list[ScanThird]:
    """The compiled scan's third-character entries for the second characters
    ``seconds`` admits: every one gets an entry (none would turn it away), which admits
    any third character unless ``thirds`` tells which."""
    out: list[ScanThird] = []
    for code in sorted(seconds):
        after = thirds.get(code)
        if after is None:
            out.append((code, 1, 1, 0, 0))
        else:
            m = _mask(after)
            out.append((code, 0, int(_NON_ASCII in after), m & _LOW64, m >> 64))
    return out


def scan_tables(rests: dict[str, set[str]]) -> tuple[bytes, bytes, list[ScanLiteral]]:
    """Return the compiled scan's trie for ``rests`` (literal -> rests, as
    :func:`scan_entries` gives): nodes as int32 (first edge, edge count, literal index or
    -1), edges as int32 (character, child) sorted by character, and the literals.

    The scan reports a word start where some literal on the trie path and one of its
    rests match, exactly where ``Prefilter.pattern`` matches; the rests are the same
    factored alternations.
    """
    children: list[dict[str, int]] = [{}]
    literal_at = [-1]
    firsts: dict[str, tuple[bool, dict[int, frozenset[int] | None]]] = {}
    thirds_of: dict[str, _Thirds | None] = {}
    literals: list[ScanLiteral] = []
    for lit in sorted(rests):
        node = 0
        for ch in lit:
            nxt = children[node].get(ch)
            if nxt is None:
                nxt = children[node][ch] = len(children)
                children.append({})
                literal_at.append(-1)
            node = nxt
        rs = rests[lit]
        if "" in rs:
            entry: ScanLiteral = (len(lit), REST_ALWAYS, 1, 1, 0, 0, None, [])
        elif rs == {r"(?!\w)"}:
            entry = (len(lit), REST_BOUNDARY, 1, 1, 0, 0, None, [])
        else:
            source = _factor(sorted(rs))
            if source not in firsts:
                firsts[source] = _first_two(source)
            anything, table = firsts[source]
            if source not in thirds_of:
                # Only first characters that few second ones may follow get thirds (the
                # others' tables would be large and turn little away).
                wanted = [
                    code
                    for code, after in table.items()
                    if after is not None and len(after) <= _MAX_THIRD_SECONDS
                ]
                thirds_of[source] = _first_three(source, wanted) if wanted else None
            by_first = thirds_of[source] or {}
            seconds: list[ScanSecond] = []
            for code, after in sorted(table.items()):
                if after is None:
                    seconds.append((code, 1, 1, 0, 0, []))
                else:
                    m = _mask(after)
                    third = by_first.get(code)
                    seconds.append(
                        (
                            code,
                            0,
                            int(_NON_ASCII in after),
                            m & _LOW64,
                            m >> 64,
                            _third_entries(after, third) if third is not None else [],
                        )
                    )
            first = _mask(table)
            entry = (
                len(lit),
                REST_REGEX,
                int(anything),
                int(_NON_ASCII in table),
                first & _LOW64,
                first >> 64,
                source,
                seconds,
            )
        literal_at[node] = len(literals)
        literals.append(entry)
    nodes = array("i")
    edges = array("i")
    for i, kids in enumerate(children):
        ordered = sorted((ord(ch), child) for ch, child in kids.items())
        nodes.extend((len(edges) // 2, len(ordered), literal_at[i]))
        for code, child in ordered:
            edges.extend((code, child))
    return nodes.tobytes(), edges.tobytes(), literals


#: A character class as the compiled scan's tables see it: ASCII codes, with 128 standing
#: for every non-ASCII character; ``None`` for every character.
_Chars = frozenset[int] | None
#: A prefix of a rest's match: its first characters' classes, and whether the match may
#: go on (_MORE: the next items of the pattern follow), is already long enough (_ENOUGH)
#: or can be anything from here (_ANYTHING).
_Prefix = tuple[tuple[_Chars, ...], int]
_MORE, _ENOUGH, _ANYTHING = 0, 1, 2
#: A first character followed by more second characters than this gets no table of
#: thirds: after "(?:\w+ )?" almost any third may come, and a table per second letter
#: grew the scan's tables to 90 MB, whose look-ups cost more than they saved. At 24,
#: 2.6 MB of tables turn away 19 % of the rests the first two characters let through
#: (all of them: 22 %; docs/performance.md, 0.15).
_MAX_THIRD_SECONDS = 24
#: Above this many prefixes a rest gets no table (every first character is asked).
_MAX_PREFIXES = 4000
_NON_ASCII = 128


@functools.lru_cache(maxsize=4)
def _parsed(source: str) -> Any:
    """``re``'s parse of ``source``, kept for the next call: the tables read each rest
    for two characters and then for three."""
    from re import _parser  # type: ignore[attr-defined]

    return _parser.parse(source)


def _start_classes(source: str, k: int) -> set[_Prefix] | None:
    """Return the first ``k`` characters' classes of every match of ``source`` (fewer
    where a match may end or anything follow), or ``None`` where they cannot be told:
    a pattern this code does not read, case-folding, or too many prefixes."""
    try:
        from re import _constants as c  # type: ignore[attr-defined]

        tree = _parsed(source)
    except Exception:  # another Python's internals, or a pattern this code does not know
        return None
    if tree.state.flags & (re.IGNORECASE | re.VERBOSE):
        return None

    def in_class(items: Any) -> _Chars:
        out: set[int] = set()
        for op, av in items:
            if op is c.LITERAL:
                out.add(min(av, _NON_ASCII))
            elif op is c.RANGE:
                lo, hi = av
                out.update(range(lo, min(hi, 127) + 1))
                if hi > 127:
                    out.add(_NON_ASCII)
            elif op is c.CATEGORY and av in _CATEGORY_ESCAPES:
                rx = re.compile(_CATEGORY_ESCAPES[av])
                out.update(x for x in range(128) if rx.match(chr(x)))
                out.add(_NON_ASCII)
            else:  # NEGATE, CHARSET, ...: anything
                return None
        return frozenset(out)

    def sequence(items: Any, k: int) -> set[_Prefix]:
        states: set[_Prefix] = {((), _MORE)}
        for op, av in items:
            grown: set[_Prefix] = set()
            for chars, state in states:
                if state != _MORE or len(chars) >= k:
                    grown.add((chars, _ENOUGH if state == _MORE else state))
                    continue
                for more, after in item(op, av, k - len(chars)):
                    grown.add((chars + more, after))
            if len(grown) > _MAX_PREFIXES:
                raise OverflowError
            states = grown
        return states

    def repeat(sub: Any, low: int, high: int, k: int) -> set[_Prefix]:
        out: set[_Prefix] = {((), _MORE)} if low == 0 else set()
        if high == 0:
            return out
        for chars, state in sequence(sub, k):
            if state != _MORE or high == 1 or not chars:
                out.add((chars, state))
                continue
            rest = high if high == c.MAXREPEAT else high - 1
            for more, after in repeat(sub, max(low - 1, 0), rest, k - len(chars)):
                out.add((chars + more, after))
        return out

    def item(op: Any, av: Any, k: int) -> set[_Prefix]:
        if op is c.LITERAL:
            return {((frozenset([min(av, _NON_ASCII)]),), _MORE)}
        if op is c.IN:
            return {((in_class(av),), _MORE)}
        if op in (c.ANY, c.NOT_LITERAL):
            return {((None,), _MORE)}
        if op is c.BRANCH:
            return set().union(*(sequence(branch, k) for branch in av[1]))
        if op is c.SUBPATTERN:
            _, add_flags, _, sub = av
            if add_flags & (re.IGNORECASE | re.VERBOSE):
                return {((), _ANYTHING)}
            return sequence(sub, k)
        if op is c.ATOMIC_GROUP:
            return sequence(av, k)
        if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            low, high, sub = av
            return repeat(sub, low, high, k)
        if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
            return {((), _MORE)}  # zero width: what follows decides
        return {((), _ANYTHING)}  # GROUPREF, ...: anything

    try:
        return sequence(tree, k)
    except (OverflowError, RecursionError):
        return None


def _first_two(source: str) -> tuple[bool, dict[int, frozenset[int] | None]]:
    """Return what may start a match of ``source``: (anything, {first character: the
    second characters that may follow it, or ``None`` for any}), characters as ASCII
    codes and 128 for every non-ASCII one. Errs towards "anything": the compiled scan
    skips ``re`` only where no match can start."""
    prefixes = _start_classes(source, 2)
    if prefixes is None:
        return True, {}
    table: dict[int, frozenset[int] | None] = {}
    every = range(_NON_ASCII + 1)
    for chars, _ in prefixes:
        if not chars:
            return True, {}  # the match may be empty, or anything
        for first in every if chars[0] is None else chars[0]:
            if len(chars) == 1 or chars[1] is None:
                table[first] = None  # the match may end, or anything follows
            elif first not in table:
                table[first] = chars[1]
            elif (known := table[first]) is not None:
                table[first] = known | chars[1]
    return False, table


#: What may follow the first two characters of a rest: per first character, per second
#: character, the third characters (``None``: any, or the match may end).
_Thirds = dict[int, dict[int, frozenset[int] | None] | None]


def _first_three(source: str, wanted: Iterable[int] | None = None) -> _Thirds | None:
    """Return, per first character of a match of ``source`` (of those in ``wanted``, when
    given), per second character, the third characters that may follow (``None`` where
    any may, or where the match may end), or ``None`` where that cannot be told. Read
    with :func:`_first_two`'s table: a pair the two-character table admits and this one
    lacks admits any third."""
    prefixes = _start_classes(source, 3)
    if prefixes is None:
        return None
    every = frozenset(range(_NON_ASCII + 1)) if wanted is None else frozenset(wanted)
    table: _Thirds = {}
    for chars, _ in prefixes:
        if not chars:
            return None  # the match may be empty, or anything
        for first in every if chars[0] is None else every.intersection(chars[0]):
            if len(chars) == 1 or chars[1] is None:
                table[first] = None  # any second character
                continue
            seconds = table.setdefault(first, {})
            if seconds is None:
                continue
            for second in chars[1]:
                if len(chars) == 2 or chars[2] is None:
                    seconds[second] = None
                elif second not in seconds:
                    seconds[second] = chars[2]
                elif (known := seconds[second]) is not None:
                    seconds[second] = known | chars[2]
    return table


_LOW64 = 2**64 - 1


def _mask(codes: Iterable[int]) -> int:
    """The ASCII codes among ``codes`` as one 128-bit mask."""
    out = 0
    for code in codes:
        if code < _NON_ASCII:
            out |= 1 << code
    return out


def _category_escapes() -> dict[Any, str]:
    """The categories a class may hold, as the escapes that test them."""
    try:
        from re import _constants as c  # type: ignore[attr-defined]
    except ImportError:  # another Python: _first_two then answers "anything"
        return {}
    return {
        getattr(c, name): esc
        for name, esc in (
            ("CATEGORY_DIGIT", r"\d"),
            ("CATEGORY_NOT_DIGIT", r"\D"),
            ("CATEGORY_SPACE", r"\s"),
            ("CATEGORY_NOT_SPACE", r"\S"),
            ("CATEGORY_WORD", r"\w"),
            ("CATEGORY_NOT_WORD", r"\W"),
        )
    }


_CATEGORY_ESCAPES = _category_escapes()


def required_literals(source: str) -> frozenset[str] | None:
    """Return strings of which every match of ``source`` contains at least one, or
    ``None`` where no such set can be read off the pattern.

    The engine tests them (``str.find``) before it searches a sentence for a rule with
    mid-phrase alternatives: "better than this guy" cannot match where " than th" does
    not occur. Errs towards ``None``: anything the analysis does not know (classes,
    optional parts, flags) contributes nothing, and a sequence keeps its most selective
    part (the longest shortest string, then the fewest strings).
    """
    try:
        from re import _constants as c  # type: ignore[attr-defined]
        from re import _parser  # type: ignore[attr-defined]

        tree = _parser.parse(source)
    except Exception:  # another Python's internals, or a pattern this code does not know
        return None
    if tree.state.flags & (re.IGNORECASE | re.VERBOSE):
        return None

    def sequence(items: Any) -> set[str] | None:
        found: list[set[str]] = []
        run: list[str] = []  # adjacent literal characters: one string
        for op, av in items:
            if op is c.LITERAL:
                run.append(chr(av))
                continue
            if run:
                found.append({"".join(run)})
                run = []
            got: set[str] | None = None
            if op is c.SUBPATTERN and not (av[1] or av[2]):  # a group without flags
                got = sequence(av[3])
            elif op is c.ATOMIC_GROUP:
                got = sequence(av)
            elif op is c.BRANCH:
                branches = [sequence(b) for b in av[1]]
                if all(branches):
                    got = set().union(*branches)  # type: ignore[arg-type]
            elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT) and av[0] >= 1:
                got = sequence(av[2])
            if got:
                found.append(got)
        if run:
            found.append({"".join(run)})
        if not found:
            return None
        return max(found, key=lambda strings: (min(map(len, strings)), -len(strings)))

    try:
        got = sequence(tree)
    except RecursionError:
        return None
    return frozenset(got) if got else None


def _scan_sources(
    rules: tuple[Rule, ...],
) -> tuple[
    str,
    str,
    dict[str, tuple[tuple[int, int], ...]],
    dict[str, tuple[tuple[str, int], ...]],
    bytes,
]:
    """Return the scan's pattern and literal sources, its alternatives and anchors, and
    the compiled scan's tables (:func:`scan_tables`, marshalled)."""
    rests, alternatives, anchors = scan_entries(rules)

    def trie(entries: dict[str, set[str]]) -> dict[str, Any]:
        root: dict[str, Any] = {}
        for lit in sorted(entries):
            node = root
            for ch in lit:
                node = node.setdefault(ch, {})
            node[""] = sorted(entries[lit])
        return root

    def emit(node: dict[str, Any], with_rests: bool) -> str:
        # Longer literals first; a literal whose rest fails falls back to a shorter
        # one. No capturing groups: each one would slow every branch of the scan.
        alts = [re.escape(ch) + emit(child, with_rests) for ch, child in sorted(node.items()) if ch]
        if "" in node:
            rs = node[""]
            alts.append(_factor(rs) if with_rests and "" not in rs else "")
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    # Matched against " " + text: consuming the non-word character before each word
    # lets the regex engine skip to candidates with its fast character-set loop.
    root = trie(rests)
    return (
        r"\W(?=" + emit(root, True) + ")",
        "(" + emit(root, False) + ")",
        {k: tuple(v) for k, v in alternatives.items()},
        {k: tuple(v) for k, v in anchors.items()},
        marshal.dumps(scan_tables(rests)),
    )


def _code_version() -> str:
    """A digest of the code the scan is derived by (this module and the rule model)."""
    return code_digest(__file__, model.__file__)


@dataclass(frozen=True, slots=True)
class Prefilter:
    """The compiled scan and, per literal it reports, the rules to run there."""

    #: The sources of :attr:`pattern` and :attr:`literal`.
    pattern_source: str
    literal_source: str
    rules: tuple[Rule, ...]
    #: Literal -> (rule index, alternative index) of the alternatives starting with it.
    alternatives: dict[str, tuple[tuple[int, int], ...]]
    #: Anchor word -> (anchor, rule index) of the rules searched around it.
    anchors: dict[str, tuple[tuple[str, int], ...]]
    #: Buckets built so far, keyed by literal (plus ``$`` when it ends a word).
    cache: dict[str, Bucket]
    #: The compiled scan's trie (:func:`scan_tables`), marshalled. Its literals are about
    #: 250,000 small tuples and lists, needed only to build :meth:`scanner`: held as
    #: objects, they made each of the garbage collector's full passes take about 0.15 s
    #: (docs/performance.md, 0.20); as bytes they are not in its care at all.
    tables: bytes = marshal.dumps((b"", b"", []))
    #: The compiled scan (``candor_speedups.Scanner``), built on first use.
    _scanner: list[Any] = field(default_factory=list, repr=False, compare=False)
    #: :attr:`pattern` and :attr:`literal`, compiled on first use.
    _compiled: dict[str, re.Pattern[str]] = field(default_factory=dict, repr=False, compare=False)
    #: The buckets :meth:`entry` has numbered, in order (the scan hands out numbers).
    entries: list[Bucket] = field(default_factory=list, repr=False, compare=False)

    @property
    def pattern(self) -> re.Pattern[str]:
        """Matches, in ``" " + text``, the character before each word start where some
        rule's alternative matches (or one of a rule's anchor words starts).

        Compiled on first use: with the compiled scan (:meth:`scanner`) only the
        pure-Python engine needs it, and an empty cache compiles it in about 5 s.
        """
        return self._compile(self.pattern_source)

    @property
    def literal(self) -> re.Pattern[str]:
        """Group 1 is the longest literal at a position the scan reported."""
        return self._compile(self.literal_source)

    def _compile(self, source: str) -> re.Pattern[str]:
        got = self._compiled.get(source)
        if got is None:
            got = self._compiled[source] = compile_cached(source)
        return got

    @classmethod
    def build(cls, rules: Sequence[Rule]) -> Prefilter:
        """Compile the scan for ``rules``."""
        rules = tuple(rules)
        # Deriving the scan from the rules takes about a second of pattern analysis and
        # depends only on what the fingerprint lists (and this code), so the result is
        # kept on disk between runs (recache); so are the compiled programs.
        fingerprint = repr(
            (
                _code_version(),
                [(r.start_terms, r.anchors, r.window_regex is not None) for r in rules],
            )
        )
        pattern_source, literal_source, alternatives, anchors, tables = cached_data(
            "prefilter", fingerprint, lambda: _scan_sources(rules)
        )
        return cls(
            pattern_source,
            literal_source,
            rules,
            alternatives,
            anchors,
            {},
            tables,
        )

    def scanner(self) -> Any:
        """Return the compiled scan (``candor_speedups.Scanner``): ``scan(" " + text)``
        gives (position, length of the longest literal) where :attr:`pattern` matches.
        Raises ``RuntimeError`` when ``candor_speedups`` is not installed."""
        if not self._scanner:
            if native.speedups is None:
                raise RuntimeError("candor_speedups is not installed (uv sync --all-extras)")
            nodes, edges, literals = self.scan_tables()
            self._scanner.append(native.speedups.Scanner(nodes, edges, literals, compile_rest))
        return self._scanner[0]

    def scan_tables(self) -> tuple[bytes, bytes, list[ScanLiteral]]:
        """The compiled scan's trie (:func:`scan_tables`), read from :attr:`tables`."""
        nodes, edges, literals = marshal.loads(self.tables)  # noqa: S302 (our own bytes)
        return nodes, edges, list(literals)

    def entry(self, found: str, boundary: bool) -> tuple[int, tuple[Any, ...] | None, bool]:
        """What the compiled scan keeps per literal (``Scanner.scan_rules``): the number
        of its :meth:`bucket` in :attr:`entries`, the bucket's matchers, and whether the
        engine must see the position even where none of them matches (a rule searched
        around it, or rules that only ``re`` runs).

        A number rather than the bucket: what the scan gives is then made of numbers
        alone, which the garbage collector stops tracking at its first look, where
        tuples holding buckets stayed in its care and brought on full passes over the
        heap (docs/performance.md, 0.19)."""
        got = self.bucket(found, boundary)
        with _ENTRY_LOCK:  # the web app's workers share one engine
            self.entries.append(got)
            number = len(self.entries) - 1
        return number, got.matchers, got.always

    def bucket(self, found: str, boundary: bool) -> Bucket:
        """Return (and cache) the rules to run where the text starts with ``found``.

        ``found`` is the longest literal at the position; ``boundary`` tells whether it
        ends a word there.
        """
        key = found + "$" if boundary else found
        got = self.cache.get(key)
        if got is not None:
            return got
        alts: dict[int, list[int]] = {}
        searchers: list[int] = []
        for k in range(1, len(found) + 1):
            prefix = found[:k]
            for ri, ai in self.alternatives.get(prefix, ()):
                alts.setdefault(ri, []).append(ai)
            for anchor, ri in self.anchors.get(prefix, ()):
                if ri not in searchers and _applies(anchor, found, boundary):
                    searchers.append(ri)
        starting = tuple(self.rules[ri] for ri in sorted(alts))
        made = Bucket(
            starting,
            tuple(
                tuple(self.rules[ri].start_terms[ai] for ai in sorted(set(alts[ri])))
                for ri in sorted(alts)
            ),
            tuple(
                (rule, rule.window_regex, _window_test(rule.window_regex))
                for rule in (self.rules[ri] for ri in sorted(searchers))
                if rule.window_regex is not None
            ),
            _matchers(starting),
        )
        self.cache[key] = made
        return made
