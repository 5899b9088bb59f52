"""The screening engine: one pass of a literal trie, then the rules near each hit.

How it works
------------
1. The text is lower-cased once (keeping offsets; see :func:`_lower`).
2. One compiled pattern, a trie of every rule's *anchors* (literal word
   prefixes), finds the words near which some rule could match. Text with no
   anchor costs only this scan.
3. Near each anchor the engine takes the sentence (clipped to a few hundred
   characters, so a 5 MB line without punctuation stays linear) and runs the
   rules subscribed to that anchor. Each match passes the rule's context
   exemptions, the shared homonym list (race condition, child process) and the
   rule's own check function before it becomes a :class:`Finding`.

.. versionadded:: 0.1
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from candor.errors import InputError, Problem
from candor.language.context import Hit, requirement_regex
from candor.language.model import Finding, LintReport, Rule
from candor.language.rules import ALL_RULES
from candor.language.rules._lex import HOMONYMS

__all__ = ["Engine", "default_engine", "lint"]

#: Characters looked at on each side of an anchor when its sentence is long.
WINDOW = 240

_BOUNDARY = re.compile(r"[.!?;](?=[\s\"')\]]|$)|\n|\r|\u2029|\u2028| - | — | – ")
_SEVERITY_RANK = {"error": 0, "warning": 1, "info": 2}


def _trie_pattern(words: Iterable[str]) -> str:
    """Return a regex matching any of ``words`` at a word start.

    A word ending in ``$`` must end there (``"man$"`` does not match "manager");
    any other word is a prefix. Where a prefix anchor applies, the shortest one
    is what the pattern reports.
    """
    root: dict[str, Any] = {}
    for word in words:
        whole = word.endswith("$")
        node = root
        for ch in word.rstrip("$"):
            node = node.setdefault(ch, {})
        node["$" if whole else ""] = {}

    def emit(node: dict[str, Any]) -> str:
        if "" in node:
            return ""
        alts = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch != "$"]
        if "$" in node:
            alts.append(r"(?!\w)")
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    return r"(?<!\w)" + emit(root)


def _bucket_key(anchor: str, prefixes: set[str]) -> str:
    """Return the text the trie reports for ``anchor``: its shortest prefix anchor."""
    word = anchor.rstrip("$")
    for i in range(1, len(word) + 1):
        if word[:i] in prefixes:
            return word[:i]
    return word


def _lower(text: str) -> str:
    """Lower-case ``text`` keeping every character at its offset."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(lc := c.lower()) != 1 else lc for c in text)


@dataclass(frozen=True, slots=True)
class Engine:
    """A compiled set of rules. Build once; :meth:`lint` is thread-safe."""

    rules: tuple[Rule, ...]
    master: re.Pattern[str]
    buckets: dict[str, tuple[tuple[Rule, bool], ...]]

    @classmethod
    def build(cls, rules: Sequence[Rule]) -> Engine:
        """Compile ``rules`` (their anchors into one trie) into an engine."""
        ids = [r.id for r in rules]
        if len(set(ids)) != len(ids):
            dupes = sorted({i for i in ids if ids.count(i) > 1})
            raise ValueError(f"duplicate rule IDs: {', '.join(dupes)}")
        anchors = {a for r in rules for a in (*r.anchors, *r.start_anchors)}
        prefixes = {a for a in anchors if not a.endswith("$")}
        buckets: dict[str, list[tuple[Rule, bool]]] = {}
        for rule in rules:
            for anchor, at_start in [(a, True) for a in rule.start_anchors] + [
                (a, False) for a in rule.anchors
            ]:
                bucket = buckets.setdefault(_bucket_key(anchor, prefixes), [])
                if (rule, at_start) not in bucket:
                    bucket.append((rule, at_start))
        master = re.compile(_trie_pattern(anchors))
        return cls(tuple(rules), master, {k: tuple(v) for k, v in buckets.items()})

    def lint(
        self, text: str, *, requirements: Sequence[str] = (), prefilter: bool = True
    ) -> LintReport:
        """Screen ``text``; see :func:`candor.language.lint`.

        ``prefilter=False`` evaluates every rule on every sentence instead of only near
        anchors: slow, and meant for the test that proves anchors cover every rule.
        """
        if not isinstance(text, str):
            raise InputError(
                Problem(f"text must be a str, not {type(text).__name__}", field="text")
            )
        reqs = tuple(str(r) for r in requirements)
        req_rx = requirement_regex(reqs) if reqs else None
        low = _lower(text)
        n = len(low)
        bounds: list[int] | None = None
        done: set[tuple[str, int, int]] = set()
        found: dict[tuple[str, int, int], Finding] = {}
        for p, bucket in self._candidates(low, prefilter):
            if bounds is None:
                bounds = [m.end() for m in _BOUNDARY.finditer(low)]
            i = bisect.bisect_right(bounds, p)
            s_start = bounds[i - 1] if i else 0
            s_end = bounds[i] if i < len(bounds) else n
            lo, hi = s_start, s_end
            if hi - lo > 3 * WINDOW:
                # A long sentence: evaluate on a fixed grid of overlapping chunks so that
                # each rule runs at most once per chunk (linear, whatever the density).
                k = (p - s_start) // WINDOW
                lo = max(s_start, s_start + (k - 1) * WINDOW)
                hi = min(s_end, s_start + (k + 2) * WINDOW)
                if lo > s_start:
                    space = low.find(" ", lo, lo + 40)
                    lo = space + 1 if space >= 0 else lo
                if hi < s_end:
                    space = low.rfind(" ", hi - 40, hi)
                    hi = space if space > lo else hi
            for rule, at_start in bucket:
                if at_start and prefilter:
                    key = (rule.id, p, -1)
                    if key in done or rule.start_regex is None:
                        continue
                    done.add(key)
                    one = rule.start_regex.match(low, p, hi)
                    matches: Iterable[re.Match[str]] = (one,) if one else ()
                else:
                    key = (rule.id, lo, hi)
                    if key in done:
                        continue
                    done.add(key)
                    rx = rule.regex if not prefilter else rule.window_regex
                    matches = rx.finditer(low, lo, hi) if rx is not None else ()
                for m in matches:
                    if m.end() == m.start():
                        continue
                    hit = Hit(text, low, m.start(), m.end(), lo, hi, req_rx)
                    if _accept(rule, hit):
                        fkey = (rule.id, m.start(), m.end())
                        if fkey not in found:
                            found[fkey] = Finding(
                                rule_id=rule.id,
                                category=rule.category,
                                severity=rule.severity,
                                start=m.start(),
                                end=m.end(),
                                match=text[m.start() : m.end()],
                                message=rule.message,
                                suggestion=rule.suggestion,
                            )
        return LintReport(findings=_prune(found.values()), text_length=len(text))

    @property
    def _all(self) -> tuple[tuple[Rule, bool], ...]:
        return tuple((r, False) for r in self.rules)

    def _candidates(
        self, low: str, prefilter: bool
    ) -> Iterator[tuple[int, tuple[tuple[Rule, bool], ...]]]:
        if prefilter:
            for m in self.master.finditer(low):
                bucket = self.buckets.get(m.group())
                if bucket:
                    yield m.start(), bucket
        else:
            starts = [0] + [m.end() for m in _BOUNDARY.finditer(low)]
            for start in starts:
                for p in range(start, min(len(low), start + 10_000), WINDOW):
                    yield p, self._all


def _accept(rule: Rule, hit: Hit) -> bool:
    """Apply the homonym list, the rule's exemptions and its check to one match."""
    lo = max(hit.s_start, hit.start - 40)
    hi = min(hit.s_end, hit.end + 40)
    for h in HOMONYMS.finditer(hit.low, lo, hi):
        if h.start() <= hit.start and hit.end <= h.end():
            return False
    ex = rule.exemptions
    if ex:
        if "requirement" in ex and hit.requirement():
            return False
        if "professional" in ex and hit.professional():
            return False
        if "evidence" in ex and hit.evidence():
            return False
    return rule.check is None or rule.check(hit)


def _prune(findings: Iterable[Finding]) -> tuple[Finding, ...]:
    """Drop a finding inside another of its category, or overlapping another of its rule."""
    ordered = sorted(
        findings, key=lambda f: (f.start, -f.end, _SEVERITY_RANK[f.severity], f.rule_id)
    )
    kept: list[Finding] = []
    for f in ordered:
        if any(
            (k.category == f.category and k.start <= f.start and f.end <= k.end)
            or (k.rule_id == f.rule_id and f.start < k.end)
            for k in kept[-8:]
        ):
            continue
        kept.append(f)
    return tuple(kept)


_DEFAULT: Engine | None = None


def default_engine() -> Engine:
    """Return the engine of all built-in rules (compiled on first use)."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Engine.build(ALL_RULES)
    return _DEFAULT


def lint(text: str, *, requirements: Sequence[str] = ()) -> LintReport:
    """Flag wording in ``text`` that may be risky in a hiring record.

    Parameters
    ----------
    text : str
        An interviewer note, scorecard comment or letter; any length.
    requirements : sequence of str, optional
        Job requirements the plan declares ("Lift 50 lb with or without
        reasonable accommodation", "Spanish and English"). Wording about them
        counts as job-related for rules that honour requirement framing.

    Returns
    -------
    LintReport
        Findings in order of position; ``has_errors`` tells whether a letter
        must be blocked.

    Raises
    ------
    InputError
        If ``text`` is not a string.

    Notes
    -----
    The linter flags wording that *may* be risky and proposes a job-related
    rewrite; a person decides. It does not detect bias and its silence is not
    a legal opinion.

    Examples
    --------
    >>> report = lint("Too old for the job.")
    >>> [(f.rule_id, f.match) for f in report.findings]
    [('CND-AGE-002', 'Too old')]
    """
    return default_engine().lint(text, requirements=requirements)
