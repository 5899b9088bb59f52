"""The screening engine: one compiled scan, then only the rules that can match.

How it works
------------
1. The text is lower-cased once (keeping offsets; see :func:`_lower`).
2. One compiled pattern (:class:`candor.language.prefilter.Prefilter`), a trie of
   the literal start of every rule alternative followed by the rest of those
   alternatives, reports the word starts where some rule really matches (or where
   one of the anchor words of a rule with mid-phrase alternatives starts). Text
   with no such place costs only this scan.
3. At each reported position one pattern runs, at that position, every rule
   alternative that starts with the literal found there; rules with mid-phrase
   alternatives search the sentence around it (clipped to a few hundred
   characters, so a 5 MB line without punctuation stays linear). Each match passes
   the rule's own check function, the shared homonym list (race condition, child
   process) and the rule's context exemptions before it becomes a :class:`Finding`.

.. versionadded:: 0.1
.. versionchanged:: 0.2
   The scan checks whole alternatives, not only anchor words, and each position
   runs only the alternatives that can start there.
"""

from __future__ import annotations

import bisect
import operator
import re
import threading
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from candor.errors import InputError, Problem
from candor.language import native
from candor.language.classifier import SecondOpinion, load_model, sentence_spans
from candor.language.context import Hit, requirement_regex
from candor.language.model import Finding, LintReport, Rule
from candor.language.prefilter import Bucket, Prefilter, _uncapture
from candor.language.recache import compile_packed
from candor.language.rules import ALL_RULES
from candor.language.rules._lex import HOMONYM_SOURCES, HOMONYMS
from candor.language.rxprog import rx_of
from candor.language.second_opinion import finding_for

__all__ = ["Engine", "default_engine", "lint"]

#: Characters looked at on each side of an anchor when its sentence is long.
WINDOW = 240

#: Sentence ends. The pattern starts with a character set so that the regex engine
#: skips to candidates quickly; a dash ends a sentence only between spaces, and the
#: full stop of a title ("Mrs. or Miss?", "Dear Ms. Reyes, ...") ends none.
_BOUNDARY = compile_packed(
    r"[.!?;\n\r\u2028\u2029\-—–]"
    r"(?:(?<=[.!?;])(?<!\bmr\.)(?<!\bmrs\.)(?<!\bms\.)(?<!\bmx\.)(?<!\bdr\.)(?<!\bvs\.)"
    r"(?=[\s\"')\]]|$)|(?<=[\n\r\u2028\u2029])|(?<= [\-—–])(?= ))"
)
_SEVERITY_RANK = {"error": 0, "warning": 1, "info": 2}

#: A position the rules are tried at, the number of its bucket (in the list that goes
#: with it), and the matches of the bucket's rules there as ``match_each`` gives them,
#: where already known.
Scanned = tuple[int, int, Sequence[tuple[int, int]] | None]


def _sentence_ends(low: str) -> list[int]:
    """The ends of _BOUNDARY's matches in ``low``: by ``candor_speedups.sentence_ends``
    when installed (the same list; a loop of its own, half the time of _BOUNDARY's
    compiled matcher, which took 2.8 ms per MB of notes), by ``re`` otherwise."""
    if native.SPEEDUPS:
        ends: list[int] = native.speedups.sentence_ends(low)
        return ends
    return [m.end() for m in _BOUNDARY.finditer(low)]


_WORD_CHAR = compile_packed(r"\w")
_NON_WORD = compile_packed(r"\W")


#: Typographic apostrophes (what word processors and phones type) read as "'", so that
#: "she’s" meets the same rules as "she's"; one character for one, offsets unchanged.
_APOSTROPHE_CHARS = ("\u2019", "\u2018", "\u02bc")
_APOSTROPHES = str.maketrans(dict.fromkeys(_APOSTROPHE_CHARS, "'"))


#: :meth:`Engine.lint_many` takes texts through each stage in batches of at most this
#: many texts or characters (about 4,000 notes or 4 MB). A stage's tables (the scan's
#: trie, literals and automata, the scorer's) leave the processor's caches while the
#: other stages run, and each batch pays to bring them back: batches of 4 MB ran 1.117
#: times as fast as batches of 1 MB (79.6 → 72.6 ms per MB of typical notes in stages,
#: the scan 30.1 → 26.7), 2 MB 1.049, 8 MB 1.09 (docs/performance.md, 0.21). What a
#: batch holds is a few times its text (the lower-cased copy, the scan's positions,
#: the sentence spans and probabilities): about 15 MB at most, which bounds it.
BATCH_ITEMS = 4_000
BATCH_CHARS = 4_000_000


def _check_text(text: object, field: str) -> None:
    if not isinstance(text, str):
        raise InputError(Problem(f"{field} must be a str, not {type(text).__name__}", field=field))


def _requirement_rx(requirements: Sequence[str]) -> re.Pattern[str] | None:
    reqs = tuple(str(r) for r in requirements)
    return requirement_regex(reqs) if reqs else None


def _lower(text: str) -> str:
    """Lower-case ``text`` keeping every character at its offset (apostrophes as "'")."""
    low = text.lower()
    if len(low) != len(text):
        low = "".join(c if len(lc := c.lower()) != 1 else lc for c in text)
    # translate() maps every character through a dict (5.5 ms per MB of notes with it
    # every time, 0.9 without); most notes have no typographic apostrophe.
    if any(c in low for c in _APOSTROPHE_CHARS):
        low = low.translate(_APOSTROPHES)
    return low


def _window(low: str, n: int, bounds: list[int], p: int) -> tuple[int, int, bool]:
    """The stretch of ``low`` (``n`` characters, sentence ends ``bounds``) in which the
    rules are tried at position ``p``: its sentence, and whether it is short enough to
    serve the positions after ``p`` in it; in a long sentence, a chunk around ``p``."""
    i = bisect.bisect_right(bounds, p)
    lo = bounds[i - 1] if i else 0
    hi = bounds[i] if i < len(bounds) else n
    if hi - lo <= 3 * WINDOW:
        return lo, hi, True
    # A long sentence: evaluate on a fixed grid of overlapping chunks so that each rule
    # runs at most once per chunk (linear, whatever the density).
    s_start, s_end = lo, hi
    k = (p - s_start) // WINDOW
    lo = max(s_start, s_start + (k - 1) * WINDOW)
    hi = min(s_end, s_start + (k + 2) * WINDOW)
    if lo > s_start:
        space = low.find(" ", lo, lo + 40)
        lo = space + 1 if space >= 0 else lo
    if hi < s_end:
        space = low.rfind(" ", hi - 40, hi)
        hi = space if space > lo else hi
    return lo, hi, False


def _record(
    found: dict[tuple[str, int, int], Finding],
    rule: Rule,
    text: str,
    low: str,
    start: int,
    end: int,
    lo: int,
    hi: int,
    req_rx: re.Pattern[str] | None,
    memo: dict[object, object],
) -> None:
    """Add ``rule``'s finding at ``start:end`` to ``found`` if the rule accepts the match
    there (in the stretch ``lo:hi``) and it is not there already."""
    fkey = (rule.id, start, end)
    if fkey in found or not _accept(rule, Hit(text, low, start, end, lo, hi, req_rx, memo)):
        return
    found[fkey] = _settled(
        Finding(
            rule_id=rule.id,
            category=rule.category,
            severity=rule.severity,
            start=start,
            end=end,
            match=text[start:end],
            message=rule.message,
            suggestion=rule.suggestion,
        )
    )


def _settled(finding: Finding) -> Finding:
    """``finding``, out of the garbage collector's care with the compiled extension
    (``candor_speedups.settle``; see :func:`_report`). Done as a finding is made: a
    batch holds its findings while its later stages run, long enough for the
    collector to move them to its oldest generation, where enough of them bring on a
    full collection, which walks the whole heap (80 ms in a process holding the
    corpus; docs/performance.md, 0.21)."""
    if native.SPEEDUPS:
        native.speedups.settle(finding)
    return finding


@dataclass(frozen=True, slots=True)
class Engine:
    """A compiled set of rules. Build once; :meth:`lint` is thread-safe."""

    rules: tuple[Rule, ...]
    prefilter: Prefilter
    #: The statistical second opinion (:mod:`candor.language.classifier`), if any.
    model: SecondOpinion | None = None

    @classmethod
    def build(cls, rules: Sequence[Rule], model: SecondOpinion | None = None) -> Engine:
        """Compile ``rules`` (their literals and anchors into one scan) into an engine."""
        ids = [r.id for r in rules]
        if len(set(ids)) != len(ids):
            dupes = sorted({i for i in ids if ids.count(i) > 1})
            raise ValueError(f"duplicate rule IDs: {', '.join(dupes)}")
        return cls(tuple(rules), Prefilter.build(rules), model)

    def lint(
        self,
        text: str,
        *,
        requirements: Sequence[str] = (),
        prefilter: bool = True,
        second_opinion: bool = True,
    ) -> LintReport:
        """Screen ``text``; see :func:`candor.language.lint`.

        ``prefilter=False`` evaluates every rule on every sentence instead of only near
        anchors: slow, and meant for the test that proves anchors cover every rule.
        ``second_opinion=False`` reports the rules' findings only.
        """
        _check_text(text, "text")
        req_rx = _requirement_rx(requirements)
        low = _lower(text)
        findings: Iterable[Finding] = self._rule_findings(text, low, req_rx, prefilter)
        if second_opinion and self.model is not None:
            findings = _second_opinion(self.model, text, low, list(findings), req_rx)
        return _report(_prune(findings), len(text))

    def lint_many(
        self,
        texts: Iterable[str],
        *,
        requirements: Sequence[str] = (),
        second_opinion: bool = True,
        batch_items: int = BATCH_ITEMS,
        batch_chars: int = BATCH_CHARS,
    ) -> list[LintReport]:
        """Screen many texts: ``[self.lint(t, ...) for t in texts]``, the same reports,
        faster for bulk work (see :func:`candor.language.lint_many`).

        The texts go through each stage together, a batch of at most ``batch_items``
        texts or ``batch_chars`` characters at a time: the compiled scan of all of them,
        then the rules, then the second opinion's sums, then its decisions. Each stage's
        tables and patterns then stay in the processor's caches while it runs, instead
        of being evicted by the others at every text.
        """
        if isinstance(texts, str):
            raise InputError(
                Problem("must be a sequence of texts, not one str (use lint)", field="texts")
            )
        items = list(texts)
        for i, text in enumerate(items):  # all checked before any is screened
            _check_text(text, f"texts[{i}]")
        req_rx = _requirement_rx(requirements)
        out: list[LintReport] = []
        batch: list[str] = []
        size = 0
        for text in items:
            batch.append(text)
            size += len(text)
            if len(batch) >= batch_items or size >= batch_chars:
                out += self._lint_batch(batch, req_rx, second_opinion)
                batch, size = [], 0
        if batch:
            out += self._lint_batch(batch, req_rx, second_opinion)
        return out

    def _lint_batch(
        self, texts: list[str], req_rx: re.Pattern[str] | None, second_opinion: bool
    ) -> list[LintReport]:
        # What a stage hands to the next is held as tuples: a tuple of numbers leaves the
        # garbage collector's care at its first look, where a list, held until the batch
        # ends, is moved to the oldest generation and makes its full passes over the
        # whole heap come about three times as often (docs/performance.md, 0.18). The
        # rules' findings are settled tuples (the collector keeps any tuple of objects
        # other than tuples in its care), and the second opinion's lists become reports
        # as they are made.
        lows = [_lower(t) for t in texts]
        scans: list[Sequence[Scanned] | None] = [None] * len(texts)
        if native.SPEEDUPS:
            scan_rules, entry = self.prefilter.scanner().scan_rules, self.prefilter.entry
            scans = [tuple(scan_rules(" " + low, low, entry)) for low in lows]
        found: list[Sequence[Finding]] = [
            self._rule_findings(t, low, req_rx, True, hits)
            for t, low, hits in zip(texts, lows, scans, strict=True)
        ]
        model = self.model
        if second_opinion and model is not None:
            spans = [tuple(sentence_spans(t)) for t in texts]
            probs = model.probabilities_many(lows, spans)
            threshold = model.threshold
            return [
                _report(
                    # Most texts: no finding to veto and no sentence to add, which
                    # _second_opinion would answer with f itself (()), asked here instead.
                    _prune(
                        f
                        if not f and max(pr, default=0.0) < threshold
                        else _second_opinion(model, t, low, f, req_rx, sp, pr)
                    ),
                    len(t),
                )
                for t, low, f, sp, pr in zip(texts, lows, found, spans, probs, strict=True)
            ]
        return [_report(_prune(f), len(t)) for t, f in zip(texts, found, strict=True)]

    def _rule_findings(
        self,
        text: str,
        low: str,
        req_rx: re.Pattern[str] | None,
        prefilter: bool,
        scanned: Sequence[Scanned] | None = None,
    ) -> tuple[Finding, ...]:
        """The rules' findings in ``text`` (``low`` is its :func:`_lower`); ``scanned`` is
        what :meth:`_scanned` gives, when the compiled scan was run already.

        No function is defined in here: the two closures it had cost a function object
        each and a cell per variable they shared, made for every text (bulk screening
        1.026 times as fast without them; docs/performance.md, 0.21).
        """
        if scanned is None:
            todo, buckets = self._scanned(low, prefilter)
        else:
            todo, buckets = scanned, self.prefilter.entries
        if not todo:
            return ()
        n = len(low)
        bounds: list[int] | None = None
        done: set[tuple[str, int, int]] = set()
        found: dict[tuple[str, int, int], Finding] = {}
        # Cue searches shared by the matches of this call (see Hit.memo).
        memo: dict[object, object] = {}
        # The last short sentence's window: positions come in order, mostly several to a
        # sentence, and most of them fall in the window before.
        last_lo = last_hi = -1
        match_each = native.speedups.match_each if native.SPEEDUPS else None
        for p, number, ends in todo:
            bucket = buckets[number]
            if last_lo <= p < last_hi:
                lo, hi = last_lo, last_hi
            else:
                if bounds is None:
                    bounds = _sentence_ends(low)
                lo, hi, short = _window(low, n, bounds, p)
                if short:
                    last_lo, last_hi = lo, hi
            starting = bucket.starting
            if ends is None and starting:
                matchers = bucket.matchers
                if matchers is not None and match_each is not None:
                    ends = match_each(matchers, low, p)
                else:
                    m = bucket.pattern().match(low, p)  # type: ignore[union-attr]
                    if m is not None:
                        for i, (start, end) in enumerate(m.regs[1:]):
                            if p <= start < end <= hi:
                                _record(
                                    found, starting[i], text, low, start, end, lo, hi, req_rx, memo
                                )
            if ends:
                for i, end in ends:
                    if p < end <= hi:
                        _record(found, starting[i], text, low, p, end, lo, hi, req_rx, memo)
            searchers = bucket.searchers
            if searchers:
                for rule, rx, present in searchers:
                    key = (rule.id, lo, hi)
                    if key in done:
                        continue
                    done.add(key)
                    if present is not None and not present(low, lo, hi):
                        continue  # the rule cannot match in this window
                    for sm in rx.finditer(low, lo, hi):
                        start, end = sm.span()
                        if start < end:
                            _record(found, rule, text, low, start, end, lo, hi, req_rx, memo)
        if not found:
            return ()  # most texts: the empty tuple, which the collector never tracks
        got = tuple(found.values())
        if native.SPEEDUPS:
            native.speedups.settle(got)  # its findings are settled: see _settled
        return got

    def _scanned(self, low: str, prefilter: bool) -> tuple[Sequence[Scanned], Sequence[Bucket]]:
        """Each position to try, the number of its bucket, and its rules' matches there
        where the compiled scan found them already (``Scanner.scan_rules``: the scan,
        the bucket of the literal found and ``match_each`` in one call, a position
        listed only where a rule matched or the bucket searches; ``None`` otherwise),
        with the buckets the numbers refer to."""
        pf = self.prefilter
        if prefilter and native.SPEEDUPS:
            got: list[Scanned] = pf.scanner().scan_rules(" " + low, low, pf.entry)
            return got, pf.entries
        buckets: list[Bucket] = []
        items: list[Scanned] = []
        for p, bucket in self._candidates(low, prefilter):
            items.append((p, len(buckets), None))
            buckets.append(bucket)
        return items, buckets

    def _candidates(self, low: str, prefilter: bool) -> Iterator[tuple[int, Bucket]]:
        if prefilter:
            pf = self.prefilter
            cache = pf.cache
            literal = pf.literal.match
            word_char = _WORD_CHAR.match
            for m in pf.pattern.finditer(" " + low):
                p = m.start()  # the word starts one after the match in " " + low
                lit = literal(low, p).group(1)  # type: ignore[union-attr]
                key = lit if word_char(low, p + len(lit)) else lit + "$"
                bucket = cache.get(key)
                if bucket is None:
                    bucket = pf.bucket(lit, key != lit)
                yield p, bucket
        else:
            # Every rule at every word start (and at the text start): the reference the
            # prefilter must reproduce.
            everything = self._everything()
            yield 0, everything
            for m in _NON_WORD.finditer(low):
                yield m.end(), everything

    def _everything(self) -> Bucket:
        """Return the bucket that runs every rule's whole pattern at a position."""
        return _bucket_of_all(self.rules)


def _homonym_keys() -> tuple[frozenset[str], tuple[str, ...]]:
    """Return the word prefixes that can begin a match lying inside a homonym.

    A match inside a homonym phrase starts with one of the phrase's words, so its
    first word's first four characters are a prefix of a literal run of the
    homonym sources, or extend a run that a regex construct continues ("colou?r").
    Checking this set first spares the costly homonym search on almost every match.
    """
    keys: set[str] = set()
    open_runs: set[str] = set()
    for source in HOMONYM_SOURCES:
        for m in re.finditer(r"[a-z0-9']+", source):
            if source[m.start() - 1 : m.start()] == "\\":
                continue  # \s, \d, \w, \b: a class, not a word
            run = m.group().strip("'")
            for k in range(1, min(4, len(run)) + 1):
                keys.add(run[:k])
            if (
                2 <= len(run) < 4
                and source[m.start() - 1 : m.start()] not in ("?", ")", "]")
                and source[m.end() : m.end() + 1] in ("[", "(", "?", "*", "{")
            ):
                # A word continued by a regex construct ("wom[ae]n", "a'?s").
                open_runs.add(run)
    return frozenset(keys), tuple(sorted(open_runs))


_HOMONYM_KEYS, _HOMONYM_OPEN = _homonym_keys()
_FIRST_WORD = compile_packed(r"\w{1,4}")
_WORD_START = compile_packed(r"(?<!\w)\w{1,4}")
_HOMONYM_AT = compile_packed(HOMONYMS.pattern)


def _in_homonym(hit: Hit) -> bool:
    """Whether the match lies inside a technical or idiomatic homonym phrase."""
    low, start, end = hit.low, hit.start, hit.end
    keys, open_runs = _HOMONYM_KEYS, _HOMONYM_OPEN
    first = _FIRST_WORD.match(low, start)
    if first is not None:
        key = first.group()
        if key not in keys and not key.startswith(open_runs):
            return False
    memo = hit.memo
    if memo is None:
        return _homonym_search(hit)
    mkey = ("homonym", start, end, hit.s_start, hit.s_end)
    got = memo.get(mkey)
    if got is None:
        got = memo[mkey] = _homonym_search(hit)
    return bool(got)


def _homonym_search(hit: Hit) -> bool:
    low, start, end = hit.low, hit.start, hit.end
    keys, open_runs = _HOMONYM_KEYS, _HOMONYM_OPEN
    # A homonym containing the match starts at a word start at most 40 characters
    # before it, and that word is itself a homonym word.
    lo = max(hit.s_start, start - 40)
    hi = min(hit.s_end, end + 40)
    if native.SPEEDUPS and lo <= start <= end <= hi and (rx := rx_of(_HOMONYM_AT)):
        # The same loop in C (two to three times faster); it tries every word start,
        # the first-word keys being only a shortcut that never changes the answer.
        return bool(rx.covers(low, lo, start, end, hi))
    for w in _WORD_START.finditer(low, lo, start + 1):
        key = w.group()
        if key in keys or key.startswith(open_runs):
            h = _HOMONYM_AT.match(low, w.start(), hi)
            if h is not None and h.end() >= end:
                return True
    return False


def _bucket_of_all(rules: tuple[Rule, ...]) -> Bucket:
    key = tuple(r.id for r in rules)
    if key not in _ALL_BUCKETS:
        source = "".join("(?:(?=(" + _uncapture(r.regex.pattern) + "))|)" for r in rules)
        _ALL_BUCKETS[key] = Bucket(rules, (), (), None, re.compile(source))
    return _ALL_BUCKETS[key]


_ALL_BUCKETS: dict[tuple[str, ...], Bucket] = {}

_LEAD_ARTICLE = compile_packed(r"(?:the|a|an|our|your|this) (?=[A-Z])")
#: A capitalised word ("Physical", "St.", "O'Neil"), and one right before a position.
_CAP_WORD = compile_packed(r"[A-Z][\w'&.-]*")
_CAP_WORD_BEFORE = compile_packed(r"[A-Z][\w'&.-]* $")
#: Nouns that make a capitalised phrase the name of a job or an employer's unit.
_ROLE_NOUN = compile_packed(
    r"(?:\w+ )?(?:role|position|post|job|opening|vacancy|opportunity|internship|fellowship"
    r"|apprenticeship|team|department|unit|program|programme|service|services|certification"
    r"|certificate|training|course|accreditation|award|grant|scholarship)\b",
    re.IGNORECASE,
)
_ROLE_TITLE = compile_packed(
    r"(?:consultant|teacher|manager|technician|coordinator|analyst|director|specialist|nurse"
    r"|therapist|assistant|officer|engineer|chaplain|counsel(?:l)?or|educator|advocate|aide"
    r"|liaison|supervisor|lead|associate|administrator|clerk|representative|navigator"
    r"|instructor|practitioner|worker|scientist|researcher|editor|reporter|designer|association"
    r"|society|foundation|institute|alliance|federation|coalition|council|league)s?$",
    re.IGNORECASE,
)
#: "Department of", "School of": a capitalised word after them names a unit.
_UNIT_OF = compile_packed(
    r"\b(?:Department|Dept\.?|Division|School|College|Institute|Center|Centre|Office|Bureau"
    r"|Ministry|Society|Association|Foundation|Faculty|Section|Service) of (?:the )?$"
)
#: Words that introduce the name of the job or the employer in a letter.
_NAME_BEFORE = compile_packed(
    r"\b(?:application (?:to|for|with)|applying (?:to|for|with)|applied (?:to|for)|interest"
    r" in|interviewing (?:for|with)|interview (?:for|with)|position (?:of|as)|role (?:of|as)|post"
    r" of) (?:the |our |a |an )?$"
)


def _in_name(hit: Hit) -> bool:
    """Whether the match is part of the name of the job or of an employer, in capitals.

    "Lactation Consultant at St. Brendan's", "your application to Ridgeview Physical
    Therapy", "the Chemistry teacher position": the words name the role or the
    organisation, not anything about the candidate.
    """
    text, start, end = hit.text, hit.start, hit.end
    if text[start:end].islower():
        return False  # no capital letter in the match: most matches, decided at once
    if text[start : start + 1].isupper() and _UNIT_OF.search(text, max(0, start - 40), start):
        return True  # "the Department of Surgery": the name of a unit
    lead = _LEAD_ARTICLE.match(text, start, end)
    if lead is not None:
        start = lead.end()  # "the Chemistry": the rule's match may start with an article
    matched = text[start:end].split()
    if not matched or not all(w[:1].isupper() for w in matched):
        return False
    # Extend over the capitalised words on both sides, within the sentence.
    lo = start
    while True:
        m = _CAP_WORD_BEFORE.search(text[max(hit.s_start, lo - 30) : lo])
        if m is None:
            break
        lo -= len(m.group(0))
    hi = end
    while True:
        m = _CAP_WORD.match(text, hi + 1) if text[hi : hi + 1] == " " else None
        if m is None or m.end() > hit.s_end:
            break
        hi = m.end()
    phrase = text[lo:hi]
    words = phrase.split()
    sentence_initial = lo <= hit.s_start
    if len(words) < (3 if sentence_initial else 2):
        # One capitalised word: a name only when a role noun follows ("the Chemistry
        # teacher position").
        return not sentence_initial and _ROLE_NOUN.match(text, hi + 1, hi + 40) is not None
    if _ROLE_TITLE.search(phrase) or _ROLE_NOUN.match(text, hi + 1, hi + 40) is not None:
        return True
    return _NAME_BEFORE.search(text, max(hit.s_start, lo - 40), lo) is not None


#: Categories whose traits animals share, so that work on animals is work (context.py).
_BIOLOGICAL = frozenset({"age", "disability_health", "genetic", "pregnancy_family"})


def _accept(rule: Rule, hit: Hit) -> bool:
    """Apply the rule's check, the homonym list and the rule's exemptions to one match.

    All of them must pass, and none has side effects (their shared cue searches are
    cached in ``hit.memo``), so the order changes only the cost: the rule's own check
    comes first because it turns away about two matches in three of typical notes,
    while the homonym and name tests (about 6 µs a match together) almost never do
    (a quarter less time in this function; docs/performance.md, 0.14).
    """
    if rule.check is not None and not rule.check(hit):
        return False
    if _in_homonym(hit) or _in_name(hit):
        return False
    ex = rule.exemptions
    if ex:
        if "requirement" in ex and hit.requirement():
            return False
        if "professional" in ex and hit.professional(
            population=rule.category != "race_ethnicity_national_origin",
            biology=rule.category in _BIOLOGICAL,
        ):
            return False
        if "evidence" in ex and hit.evidence():
            return False
    return True


def _second_opinion(
    model: SecondOpinion,
    text: str,
    low: str,
    findings: Sequence[Finding],
    req_rx: re.Pattern[str] | None,
    spans: Sequence[tuple[int, int]] | None = None,
    probs: Sequence[float] | None = None,
) -> Sequence[Finding]:
    """Apply the model sentence by sentence (``spans`` and ``probs``: the text's
    :func:`sentence_spans` and their probabilities, when computed already).

    It adds a finding to a sentence it scores at or above ``model.threshold`` where no
    rule reported anything (or where a rule reported another category and the model's
    category reaches ``model.confident_category``). It drops a rule's ``warning`` or
    ``info`` whose sentences it all scores below ``model.veto``, and an ``error`` below
    ``model.veto_errors``: plainly job-related wording, where in cross-validation the
    rules' findings were false alarms (docs/language.md). It never drops a finding
    whose matched words it has not learned ("supposedly" seen once): a low score then
    only says the rest of the sentence is ordinary.
    """
    if spans is None or probs is None:
        spans = sentence_spans(text)
        probs = model.probabilities(low, spans)
    threshold = model.threshold
    top = max(probs, default=0.0)
    if not findings and top < threshold:
        return ()  # most texts: nothing to veto and no sentence to add (a tenth of the stage)
    # Per sentence, whether the model knows enough of its words (computed once: a long
    # sentence may hold thousands of findings).
    known: dict[int, bool] = {}
    out: list[Finding] = []
    if findings:
        veto, veto_errors = model.veto, model.veto_errors
        starts = [a for a, _ in spans]
        for f in findings:
            limit = veto_errors if f.severity == "error" else veto
            if limit > 0:
                # The sentences the finding overlaps: spans are sorted and disjoint, and
                # those before j start before the finding ends. Mostly one.
                fs = f.start
                i = bisect.bisect_right(starts, fs) - 1
                if i < 0:
                    i = 0
                j = bisect.bisect_left(starts, f.end)
                if j - i == 1:
                    over: Sequence[int] = (i,) if spans[i][1] > fs else ()
                else:
                    over = [k for k in range(i, j) if spans[k][1] > fs]
                if (
                    over
                    and max([probs[k] for k in over]) < limit
                    and all(_knows(model, low, spans, known, k) for k in over)
                    and model.knows_all(low, fs, f.end)
                ):
                    continue
            out.append(f)
    if top < threshold:
        return out
    # The kept findings by start, to find a sentence's own without a pass over all of
    # them (a long text may hold thousands of sentences and findings).
    kept = sorted(out, key=_START) if len(out) > 1 else out[:]
    kept_starts = [f.start for f in kept]
    longest = max([f.end - f.start for f in kept], default=0)
    confident = model.confident_category
    for k, p in enumerate(probs):
        if p < threshold:
            continue
        a, b = spans[k]
        if req_rx is not None and req_rx.search(low, a, b):
            continue  # the sentence is about a requirement the plan declares
        if kept:
            lo = bisect.bisect_left(kept_starts, a - longest)
            hi = bisect.bisect_left(kept_starts, b)
            inside = [f for f in kept[lo:hi] if a < f.end]
        else:
            inside = []
        if inside and confident <= 0:
            continue
        if not _knows(model, low, spans, known, k):
            continue  # mostly words it never saw (another language, names, codes)
        if inside:
            # A rule spoke here: the model adds its category only when sure of it. (The
            # category alone costs a third of a full score with cues.)
            category, sure = model.category(low, a, b)
            if sure < confident or any(f.category == category for f in inside):
                continue
        out.append(_settled(finding_for(model.score(low, a, b, ranked=False), text)))
    return out


#: A finding's start, the key its list is sorted by.
_START = operator.attrgetter("start")


def _knows(
    model: SecondOpinion,
    low: str,
    spans: Sequence[tuple[int, int]],
    known: dict[int, bool],
    k: int,
) -> bool:
    """``model.knows`` of sentence ``k``, kept in ``known``."""
    got = known.get(k)
    if got is None:
        got = known[k] = model.knows(low, *spans[k])
    return got


#: Reports without findings, by the length of their text: most texts have none, and
#: a report is immutable, so one serves them all (bounded: lengths are many). A report
#: made per text cost a microsecond, and each stayed in the garbage collector's care
#: while a caller held the list, which brought its full passes over the heap sooner.
_EMPTY_REPORTS: dict[int, LintReport] = {}
_EMPTY_REPORTS_LIMIT = 10_000


def _report(findings: tuple[Finding, ...], length: int) -> LintReport:
    """The report of a text of ``length`` characters with ``findings`` (pruned).

    With the compiled extension, the report and its findings leave the garbage
    collector's care (``candor_speedups.settle``): they hold only strings, numbers and
    a tuple of findings, and never change. A caller holding a bulk run's reports made
    each full collection walk them all, and brought those collections on as they piled
    up: up to two in a pass over 10 MB of notes, 17 to 86 ms each, the more the larger
    the caller's heap (docs/performance.md, 0.21). The findings were settled as they
    were made (:func:`_settled`), so their tuple and the report are settled here."""
    if findings:
        if native.SPEEDUPS:
            settle = native.speedups.settle
            settled: LintReport = settle(LintReport(findings=settle(findings), text_length=length))
            return settled
        return LintReport(findings=findings, text_length=length)
    got = _EMPTY_REPORTS.get(length)
    if got is None:
        got = LintReport(findings=(), text_length=length)
        if native.SPEEDUPS:
            native.speedups.settle(got)
        if len(_EMPTY_REPORTS) < _EMPTY_REPORTS_LIMIT:
            _EMPTY_REPORTS[length] = got
    return got


def _prune(findings: Iterable[Finding]) -> tuple[Finding, ...]:
    """Drop a finding overlapping an earlier one of its rule, or inside another of its category.

    Overlaps within one rule are resolved first (leftmost, then longest, wins), as a
    left-to-right search of the rule's pattern would, so that the result does not depend
    on where the prefilter reported candidates.
    """
    if not findings:
        return ()  # most texts (the empty sequence the stages hand on)
    ordered = sorted(
        findings, key=lambda f: (f.start, -f.end, _SEVERITY_RANK[f.severity], f.rule_id)
    )
    rule_end: dict[str, int] = {}
    first: list[Finding] = []
    for f in ordered:
        if f.start < rule_end.get(f.rule_id, -1):
            continue
        rule_end[f.rule_id] = f.end
        first.append(f)
    kept: list[Finding] = []
    for f in first:
        if any(
            k.category == f.category and k.start <= f.start and f.end <= k.end for k in kept[-8:]
        ):
            continue
        kept.append(f)
    return tuple(kept)


_DEFAULT: Engine | None = None
# Web workers start the build in a background thread (candor_web.wsgi); a request that
# arrives meanwhile waits for that build instead of starting a second one.
_DEFAULT_LOCK = threading.Lock()


def default_engine() -> Engine:
    """Return the engine of all built-in rules (compiled on first use)."""
    global _DEFAULT
    if _DEFAULT is None:
        with _DEFAULT_LOCK:
            if _DEFAULT is None:
                _DEFAULT = Engine.build(ALL_RULES, load_model())
    return _DEFAULT


def lint(text: str, *, requirements: Sequence[str] = (), second_opinion: bool = True) -> LintReport:
    """Flag wording in ``text`` that may be risky in a hiring record.

    Parameters
    ----------
    text : str
        An interviewer note, scorecard comment or letter; any length.
    requirements : sequence of str, optional
        Job requirements the plan declares ("Lift 50 lb with or without
        reasonable accommodation", "Spanish and English"). Wording about them
        counts as job-related for rules that honour requirement framing.
    second_opinion : bool, optional
        Also apply the statistical second opinion (:mod:`candor.language.classifier`):
        a ``warning`` on sentences that read as risky though no rule matched, and no
        rule finding in a sentence it scores as plainly job-related (an ``error`` only
        below probability 0.1).
        ``False`` gives the rules' findings alone.

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
    return default_engine().lint(text, requirements=requirements, second_opinion=second_opinion)


def lint_many(
    texts: Iterable[str], *, requirements: Sequence[str] = (), second_opinion: bool = True
) -> list[LintReport]:
    """Screen many texts at once: the reports of :func:`lint`, in order, faster.

    For bulk work (``candor lint --jsonl``, an analyst's export of notes): the texts go
    through each stage of the engine together, in batches of about 4,000 notes (4 MB),
    which on typical notes is about a third faster than calling :func:`lint` on each
    (docs/performance.md). The reports are the same, finding for finding.

    Parameters
    ----------
    texts : iterable of str
        The notes or letters; a single ``str`` is refused (that is :func:`lint`).
    requirements : sequence of str, optional
        Job requirements the plan declares, as for :func:`lint`; they apply to every
        text.
    second_opinion : bool, optional
        As for :func:`lint`.

    Returns
    -------
    list of LintReport
        One per text, in the order given.

    Raises
    ------
    InputError
        If ``texts`` is a ``str``, or one of its items is not (the error names it,
        ``texts[3]``); nothing is returned then.

    Examples
    --------
    >>> [len(r.findings) for r in lint_many(["Too old for the job.", "Clear STAR answers."])]
    [1, 0]

    .. versionadded:: 0.12
    """
    return default_engine().lint_many(
        texts, requirements=requirements, second_opinion=second_opinion
    )
