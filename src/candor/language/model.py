"""Data types of language screening: rules, findings and the report of one run.

A :class:`Rule` is data plus, at most, one small function. Its ``id`` is stable:
once published, an ID is never reused for a different rule, and a withdrawn rule
keeps its ID reserved (see ``docs/language.md``).

.. versionadded:: 0.1
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

from candor.errors import CandorError
from candor.language.recache import code_digest, compile_packed, packed

if TYPE_CHECKING:
    from candor.language.context import Hit

__all__ = [
    "CATEGORIES",
    "SEVERITIES",
    "Category",
    "Exemption",
    "Finding",
    "LintReport",
    "Rule",
    "Severity",
    "UnknownRuleError",
    "literal_splits",
]

Severity = Literal["error", "warning", "info"]
SEVERITIES: tuple[Severity, ...] = ("error", "warning", "info")

Category = Literal[
    "age",
    "sex_gender",
    "pregnancy_family",
    "race_ethnicity_national_origin",
    "religion",
    "disability_health",
    "sexual_orientation_gender_identity",
    "genetic",
    "veteran_military",
    "appearance",
    "subjective_fit",
    "comparison_other_candidates",
    "false_promise",
    "unsupported_accusation",
    "salary_history",
]
CATEGORIES: tuple[Category, ...] = (
    "age",
    "sex_gender",
    "pregnancy_family",
    "race_ethnicity_national_origin",
    "religion",
    "disability_health",
    "sexual_orientation_gender_identity",
    "genetic",
    "veteran_military",
    "appearance",
    "subjective_fit",
    "comparison_other_candidates",
    "false_promise",
    "unsupported_accusation",
    "salary_history",
)

#: Context exemptions a rule may opt into.
#:
#: ``professional``
#:     the sentence describes the candidate's work *about* the topic (designed a
#:     parental-leave feature, handled accommodation requests as an HR partner).
#: ``requirement``
#:     the sentence frames the topic as a job requirement ("with or without
#:     reasonable accommodation", "asked of all candidates", "listed requirement"),
#:     or names a requirement the plan declares.
#: ``evidence``
#:     the sentence cites a verifiable record and a process (registrar, link,
#:     referred to HR).
Exemption = Literal["professional", "requirement", "evidence"]

Check = Callable[["Hit"], bool]


@dataclass(frozen=True, slots=True)
class Rule:
    """One screening rule.

    Parameters
    ----------
    id : str
        Stable identifier such as ``"CND-AGE-001"``; never reused.
    category : Category
        One of :data:`CATEGORIES`.
    severity : Severity
        ``"error"`` blocks sending a letter; ``"warning"`` and ``"info"`` do not.
    title : str
        A few words naming what the rule flags.
    terms : tuple of str
        Alternatives of the rule's pattern, regular expressions over lower-cased
        text. A match must start and end at word boundaries.
    message : str
        One sentence shown with each finding: what was flagged.
    rationale : str
        Why the wording may be risky, with its legal hook.
    suggestion : str
        A rewrite toward evidence (requirement, observed behaviour, rubric level),
        or deletion for volunteered protected information.
    bad, good : tuple of str
        Texts that must, and must not, trigger the rule. One parametrised test
        runs every rule's examples.
    check : callable, optional
        Small function deciding, for one match in its sentence, whether the
        finding stands. ``None`` accepts every match.
    exemptions : frozenset of Exemption
        Context exemptions the rule honours.
    anchors : tuple of str
        Lower-case literal word prefixes of which one starts a word in every
        match of a term that has no rare literal prefix of its own; the engine
        only evaluates those terms near them. Give them only for such terms
        (a rule whose terms all start with a literal refuses them).
    """

    id: str
    category: Category
    severity: Severity
    title: str
    terms: tuple[str, ...]
    message: str
    rationale: str
    suggestion: str
    bad: tuple[str, ...]
    good: tuple[str, ...] = ()
    check: Check | None = None
    exemptions: frozenset[Exemption] = frozenset()
    anchors: tuple[str, ...] = ()
    start_regex: re.Pattern[str] | None = field(init=False, repr=False, compare=False)
    start_terms: tuple[str, ...] = field(init=False, repr=False, compare=False)
    start_anchors: tuple[str, ...] = field(init=False, repr=False, compare=False)
    window_regex: re.Pattern[str] | None = field(init=False, repr=False, compare=False)
    _regex: list[re.Pattern[str]] = field(
        init=False, repr=False, compare=False, default_factory=list
    )

    @property
    def regex(self) -> re.Pattern[str]:
        """The rule's whole pattern: every term, at word boundaries.

        Compiled on first use: the engine runs :attr:`start_regex` and
        :attr:`window_regex` (which together hold every term), and only its reference
        path (``prefilter=False``) runs this one; loading it at every start cost about
        a tenth of a second.
        """
        if not self._regex:
            self._regex.append(_compile(self.terms))
        return self._regex[0]

    def __post_init__(self) -> None:
        # Alternatives that start with a rare literal are tried only where that literal
        # starts a word (cheap); the others are searched in the sentence around the
        # rule's explicit anchors. The split reads every term character by character,
        # about half a second for all rules at each start: it is kept in a pack.
        start, start_anchors, window = packed(
            "rule-terms",
            code_digest(__file__),
            self.terms,
            lambda: _split_terms(self.id, self.terms),
        )
        if window and not self.anchors:
            raise ValueError(
                f"rule {self.id}: term {window[0]!r} has no rare literal prefix; "
                "give anchors= explicitly"
            )
        bad = sorted(a for a in self.anchors if a.rstrip("$") in COMMON_WORDS)
        if bad:
            raise ValueError(f"rule {self.id}: anchors {bad} are too common to be anchors")
        object.__setattr__(self, "start_regex", _compile(start) if start else None)
        object.__setattr__(self, "start_terms", start)
        object.__setattr__(self, "start_anchors", start_anchors)
        object.__setattr__(self, "window_regex", _compile(window) if window else None)
        if self.anchors and not window:
            # Unused anchors are a trap: they come back into force, stale, the day a
            # term without a literal prefix is added, and the rule then misses it
            # away from them.
            raise ValueError(
                f"rule {self.id}: every term starts with a rare literal, so anchors= is "
                "unused; remove it"
            )

    def to_dict(self) -> dict[str, Any]:
        """Return the rule's documented fields as plain JSON-able data."""
        return {
            "rule_id": self.id,
            "category": self.category,
            "severity": self.severity,
            "title": self.title,
            "message": self.message,
            "rationale": self.rationale,
            "suggestion": self.suggestion,
            "exemptions": sorted(self.exemptions),
            "examples": {"flagged": list(self.bad), "not_flagged": list(self.good)},
        }


def _split_terms(
    rule_id: str, terms: tuple[str, ...]
) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """A rule's alternatives that start with a rare literal, their literals (sorted),
    and the alternatives searched near anchors instead (see :meth:`Rule.__post_init__`)."""
    start: list[str] = []
    start_anchors: set[str] = set()
    window: list[str] = []
    for alt in (a for t in terms for a in _split_top(t)):
        got = _prefixes(alt)
        dead = [g for g in got or () if g.startswith(("'", "\u2019"))]
        if dead:
            # A term is matched only where no word character precedes it, so "'s" at
            # its start can never follow "she": name the subject ("she's").
            raise ValueError(
                f"rule {rule_id}: term {alt[:60]!r} can start with {dead[0]!r}, which can "
                "never match after a word"
            )
        splits = literal_splits(alt)
        if splits is not None:
            start.append(alt)
            start_anchors.update(lit for lit, _ in splits)
        elif got is not None and not any(g in COMMON_WORDS for g in got):
            start.append(alt)
            start_anchors.update(got)
        else:
            window.append(alt)
    return tuple(start), tuple(sorted(start_anchors)), tuple(window)


_META = set("\\.^$*+?{}[]|()")
_QUANT = "?*{+"


def _compile(terms: tuple[str, ...]) -> re.Pattern[str]:
    # Kept on disk between runs (recache: the long ones each in an entry, the others in
    # a pack): compiling all the rules' patterns takes about a second at every start.
    return compile_packed(r"(?<!\w)(?:" + "|".join(terms) + r")(?!\w)")


#: Words too frequent to serve as anchors (every sentence would wake the rule).
COMMON_WORDS = frozenset(
    [
        "a",
        "about",
        "above",
        "after",
        "again",
        "all",
        "also",
        "am",
        "an",
        "and",
        "any",
        "are",
        "as",
        "at",
        "back",
        "be",
        "because",
        "been",
        "before",
        "being",
        "both",
        "but",
        "by",
        "can",
        "can't",
        "could",
        "did",
        "didn't",
        "do",
        "does",
        "don't",
        "during",
        "each",
        "even",
        "for",
        "from",
        "get",
        "go",
        "going",
        "good",
        "got",
        "great",
        "had",
        "has",
        "have",
        "having",
        "he",
        "he's",
        "her",
        "here",
        "hers",
        "him",
        "his",
        "how",
        "i",
        "i'm",
        "if",
        "in",
        "into",
        "is",
        "it",
        "it's",
        "its",
        "just",
        "lot",
        "may",
        "me",
        "might",
        "much",
        "must",
        "my",
        "no",
        "not",
        "now",
        "of",
        "off",
        "on",
        "one",
        "only",
        "or",
        "our",
        "out",
        "over",
        "own",
        "per",
        "quite",
        "really",
        "said",
        "she",
        "she's",
        "should",
        "so",
        "some",
        "still",
        "such",
        "team",
        "than",
        "that",
        "the",
        "their",
        "them",
        "then",
        "there",
        "these",
        "they",
        "they're",
        "this",
        "those",
        "through",
        "to",
        "too",
        "two",
        "up",
        "us",
        "very",
        "was",
        "way",
        "we",
        "we're",
        "well",
        "were",
        "what",
        "when",
        "which",
        "while",
        "who",
        "why",
        "will",
        "with",
        "won't",
        "would",
        "you",
        "your",
        "they'd",
        "he'd",
        "she'd",
        "you'd",
        "we'd",
        "i'd",
    ]
)


def _split_top(term: str) -> list[str]:
    """Split a regex at its top-level ``|`` (outside groups and classes)."""
    parts, depth, start, i, in_class = [], 0, 0, 0, False
    while i < len(term):
        ch = term[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            parts.append(term[start:i])
            start = i + 1
        i += 1
    parts.append(term[start:])
    return parts


def _group_end(term: str, start: int) -> int:
    """Return the index just past the group that opens at ``term[start]``."""
    depth, i, in_class = 0, start, False
    while i < len(term):
        ch = term[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    return len(term)


def _prefixes(alt: str) -> list[str] | None:
    """Return literal word prefixes one of which starts every match of ``alt``, or None."""
    if alt.startswith("\\d"):
        return list("0123456789")
    if alt.startswith("(?:"):
        end = _group_end(alt, 0)
        if end < len(alt) and alt[end] in "?*{":
            return None
        out: list[str] = []
        for inner in _split_top(alt[3 : end - 1]):
            got = _prefixes(inner + alt[end:]) if not inner else _prefixes(inner)
            if got is None:
                return None
            out += got
        return out
    prefix: list[str] = []
    for i, ch in enumerate(alt):
        if ch in _META:
            if ch in "?*{" and prefix:
                prefix.pop()
            break
        if i + 1 < len(alt) and alt[i + 1] in "?*{":
            break
        prefix.append(ch)
    literal = "".join(prefix).rstrip()
    if len(literal) < 2 and not (literal and literal.isdigit()):
        return None
    return [literal]


def _leading_literals(terms: tuple[str, ...], rule_id: str) -> list[str]:
    """Return the literal prefixes that start the alternatives of ``terms``."""
    out: list[str] = []
    for term in (alt for t in terms for alt in _split_top(t)):
        got = _prefixes(term)
        if got is None:
            raise ValueError(
                f"rule {rule_id}: term {term!r} has no literal prefix; give anchors= explicitly"
            )
        out += got
    return sorted(set(out))


def _literal_run(alt: str) -> str:
    """Return the longest literal text every match of ``alt`` starts with (may be '')."""
    run: list[str] = []
    for i, ch in enumerate(alt):
        if ch in _META:
            break
        if i + 1 < len(alt) and alt[i + 1] in "?*{+":
            break
        run.append(ch)
    return "".join(run)


def literal_splits(alt: str, budget: int = 300) -> list[tuple[str, str]] | None:
    """Split ``alt`` into (literal, rest) pairs whose union matches what ``alt`` matches.

    Returns None when the alternative cannot be split (a quantified leading group, a
    leading character class, or too many combinations).
    """
    if alt.startswith("(?:"):
        end = _group_end(alt, 0)
        inners = _split_top(alt[3 : end - 1])
        if alt[end : end + 1] == "?" and alt[end + 1 : end + 2] not in ("?", "+"):
            # An optional leading group: with it, or without it.
            end += 1
            inners.append("")
        elif end < len(alt) and alt[end] in _QUANT:
            return None
        tail = alt[end:]
        out: list[tuple[str, str]] = []
        for inner in inners:
            got = literal_splits(inner + tail, budget - len(out))
            if got is None:
                return None
            out += got
            if len(out) > budget:
                return None
        return out
    if alt.startswith("\\d"):
        rest = alt[2:]
        m = re.match(r"\{(\d+)(,(\d*))?\}", rest)
        if m:
            # \d{k}, \d{k,} and \d{k,n}: one digit is the literal, the rest keeps the count.
            k = int(m.group(1))
            if m.group(2) is None:
                digits = f"\\d{{{k - 1}}}" if k > 1 else ""
            elif not m.group(3):
                digits = f"\\d{{{max(k - 1, 0)},}}"
            else:
                digits = f"\\d{{{max(k - 1, 0)},{int(m.group(3)) - 1}}}"
            rest = digits + rest[m.end() :]
        elif rest[:1] == "+":
            rest = "\\d*" + rest[1:]
        elif rest[:1] in "?*{+":
            return None
        return [(d, rest) for d in "0123456789"]
    cls = re.match(r"\[([a-z0-9-]+)\]", alt)
    if cls and alt[cls.end() : cls.end() + 1] not in ("?", "*", "{", "+"):
        # A leading character class such as [2-6] or [ae]: one split per character.
        chars: set[str] = set()
        body = cls.group(1)
        for i, ch in enumerate(body):
            if ch == "-" and 0 < i < len(body) - 1:
                chars.update(chr(c) for c in range(ord(body[i - 1]), ord(body[i + 1]) + 1))
            elif ch != "-":
                chars.add(ch)
        if len(chars) > 12:
            return None
        return [(ch, alt[cls.end() :]) for ch in sorted(chars)]
    run = _literal_run(alt)
    if not run:
        return None
    rest = alt[len(run) :]
    if rest.startswith(("(?:", "[")) and (len(run.strip()) <= 3 or run.strip() in COMMON_WORDS):
        # Extend the literal through a following group or class when that stays small:
        # "the (?:older|younger) guy" gives "the older guy" and "the younger guy".
        more = literal_splits(rest, min(budget, 8))
        if more is not None:
            return [(run + lit, tail) for lit, tail in more]
    return [(run, rest)]


@dataclass(frozen=True, slots=True)
class Finding:
    """One span of text a rule flags.

    ``start`` and ``end`` are character offsets into the text given to
    :func:`candor.language.lint` (Python string indices, end exclusive).
    """

    rule_id: str
    category: Category
    severity: Severity
    start: int
    end: int
    match: str
    message: str
    suggestion: str

    def to_dict(self) -> dict[str, Any]:
        """Return the finding in the stable JSON shape of ``candor lint``."""
        return {
            "rule_id": self.rule_id,
            "category": self.category,
            "severity": self.severity,
            "start": self.start,
            "end": self.end,
            "match": self.match,
            "message": self.message,
            "suggestion": self.suggestion,
        }


@dataclass(frozen=True, slots=True)
class LintReport:
    """Result of screening one text: its findings in order of position."""

    findings: tuple[Finding, ...]
    text_length: int

    @property
    def has_errors(self) -> bool:
        """Whether any finding has severity ``"error"`` (a letter must not be sent)."""
        return any(f.severity == "error" for f in self.findings)

    @property
    def flagged(self) -> bool:
        """Whether the text has any finding at all."""
        return bool(self.findings)

    def categories(self) -> tuple[Category, ...]:
        """Return the distinct categories of the findings, in order of first appearance."""
        seen: dict[Category, None] = {}
        for f in self.findings:
            seen.setdefault(f.category, None)
        return tuple(seen)

    def to_dict(self) -> dict[str, Any]:
        """Return ``{"findings": [...], "has_errors": bool}`` for JSON output."""
        return {
            "findings": [f.to_dict() for f in self.findings],
            "has_errors": self.has_errors,
        }


class UnknownRuleError(CandorError, LookupError):
    """A rule ID that names no rule."""

    def __init__(self, rule_id: str) -> None:
        self.rule_id = rule_id
        super().__init__(f"rule_id {rule_id!r} names no rule; see docs/rules.md for the list")
