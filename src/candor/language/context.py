"""The view of one match that a rule's check function receives, and shared cues.

Cues are small regular expressions over lower-cased text that several rules use:
whether a sentence frames a topic as a job requirement, describes the candidate's
professional work about it, or cites a verifiable record. They implement the
context exemptions of :class:`candor.language.model.Rule`.

.. versionadded:: 0.1
"""

from __future__ import annotations

import importlib
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from candor.language import native, rx
from candor.language.recache import code_digest, packed
from candor.language.rxprog import rx_of

__all__ = [
    "CLINICAL_WORK_AFTER",
    "EEO_STATEMENT",
    "EVIDENCE",
    "PERSONAL_BEFORE",
    "PRO_AFTER",
    "PRO_BEFORE",
    "REQUIREMENT",
    "Hit",
    "clinical_work",
    "employer_statement",
    "requirement_regex",
]


_parser: Any = importlib.import_module("re._parser")
_const: Any = importlib.import_module("re._constants")


def _first_chars(items: Any) -> tuple[set[str] | None, bool]:
    """Return (characters a match of parsed ``items`` can start with, can it be empty).

    ``None`` means "any character" (a category, ``.``, a negated class...). Zero-width
    items (``\\b``, lookarounds) are skipped: the set is a superset of the real one.
    """
    out: set[str] = set()
    for op, av in items:
        if op is _const.LITERAL:
            out.add(chr(av))
            return out, False
        if op is _const.IN:
            for iop, iav in av:
                if iop is _const.LITERAL:
                    out.add(chr(iav))
                elif iop is _const.RANGE and iav[1] - iav[0] < 128:
                    out.update(chr(c) for c in range(iav[0], iav[1] + 1))
                else:
                    return None, False
            return out, False
        if op in (_const.AT, _const.ASSERT, _const.ASSERT_NOT):
            continue
        if op is _const.SUBPATTERN:
            branches = [av[-1]]
        elif op is _const.BRANCH:
            branches = av[1]
        elif op in (_const.MAX_REPEAT, _const.MIN_REPEAT):
            branches = [av[2]]
        else:
            return None, False
        empty = False
        for branch in branches:
            got, can_empty = _first_chars(branch)
            if got is None:
                return None, False
            out |= got
            empty = empty or can_empty
        if op in (_const.MAX_REPEAT, _const.MIN_REPEAT) and av[0] == 0:
            empty = True
        if not empty:
            return out, False
    return out, True


def _rx(source: str) -> re.Pattern[str]:
    """Compile ``source`` behind a look-ahead on the characters its matches start with.

    The look-ahead changes no match (every match starts with one of those characters)
    but lets a search skip most positions without trying every alternative.
    """
    version = code_digest(__file__)  # the look-ahead is derived by this module's code
    return rx.compile(packed("cue-lookahead", version, source, lambda: _lookahead(source)))


def _lookahead(source: str) -> str:
    # Parsing a cue of a few thousand characters takes tens of milliseconds at each
    # start: the result is kept in a pack (recache).
    chars, can_empty = _first_chars(_parser.parse(source))
    if chars is None or can_empty or not chars:
        return source
    cls = "".join(re.escape(c) if c not in "-]^\\" else "\\" + c for c in sorted(chars))
    return "(?=[" + cls + "])(?:" + source + ")"


#: The sentence frames the topic as a job requirement or a question put to all.
REQUIREMENT = _rx(
    r"with or without (?:an? )?(?:reasonable )?accommodations?"
    r"|\b(?:listed|stated|posted|published|documented|advertised|essential|legal|regulatory"
    r"|statutory|bona fide|job|role|minimum) (?:job |role )?(?:requirements?|functions?|duties"
    r"|qualifications?)\b"
    r"|\bbona fide occupational|\bbfoq\b"
    r"|\b(?:role|job|position|posting|jd|job description|job ad|advert|plan|license|licence"
    r"|regulation|law|statute|contract) (?:requires|required|lists|listed|states|specifies"
    r"|mandates)\b"
    r"|\brequired (?:by|for|in) (?:the |this |our )?(?:role|job|position|law|regulation|statute"
    r"|licen[cs]e|posting|contract)"
    r"|\brequirement (?:of|for|in) (?:the |this )?(?:role|job|position|posting)"
    r"|\basked (?:of )?(?:all|every|each) (?:the )?(?:candidates?|applicants?|interviewees?)"
    r"|\b(?:all|every|each) (?:candidates?|applicants?|interviewees?) (?:are|were|is|was|gets?"
    r"|got|get) (?:asked|told|given)"
    r"|\b(?:same|standard|identical|scripted) (?:screening )?question"
    r"|\bwe ask (?:all|every|each)"
    r"|\b(?:stated|explained|described|communicated|shared|told|read out) (?:the |our )?(?:\w+ )?"
    r"(?:schedule|shift|hours|travel|requirements?|rota|roster|conditions)s? (?:to|with) "
    r"(?:all|every|each)"
    r"|\b(?:stated|listed|mentioned|described|specified) in the (?:job )?(?:posting|ad|advert"
    r"|description|jd)"
    r"|\bper the (?:job )?(?:posting|description|jd|plan)"
    r"|\b(?:as )?(?:required|mandated) by (?:federal |state )?(?:law|regulation|statute)"
    r"|\blegally required"
)

#: A verb of professional work before a sensitive term (the candidate's work *about* it).
PRO_BEFORE = _rx(
    r"\b(?:design(?:ed|s|ing)?|buil[dt]s?|building|develop(?:ed|s|ing)?|implement(?:ed|s|ing)?"
    r"|launch(?:ed|es|ing)?|ship(?:ped|s|ping)?|creat(?:ed|es|ing)|wrote|writ(?:es|ing)"
    r"|authored|led|leads|leading|manag(?:ed|es|ing)|ran|runs|running|own(?:ed|s)"
    r"|maintain(?:ed|s|ing)?|support(?:ed|s|ing)|administer(?:ed|s|ing)?|handl(?:ed|es|ing)"
    r"|process(?:ed|es|ing)|advis(?:ed|es|ing)|consult(?:ed|s|ing)|taught|teach(?:es|ing)?"
    r"|train(?:ed|s|ing)|coach(?:ed|es|ing)|mentor(?:ed|s|ing)?|research(?:ed|es|ing)?"
    r"|stud(?:ied|ies|ying)|analy[sz](?:ed|es|ing)|audit(?:ed|s|ing)|organi[sz](?:ed|es|ing)"
    r"|found(?:ed|ing)|co-?founded|volunteer(?:ed|s|ing)?|automat(?:ed|es|ing)|redesign(?:ed)?"
    r"|migrat(?:ed|es|ing)|integrat(?:ed|es|ing)|rolled out|roll(?:ing)? out|reviewed|drafted"
    r"|negotiat(?:ed|es|ing)|investigat(?:ed|es|ing)|resolv(?:ed|es|ing)|triag(?:ed|es|ing)"
    r"|translat(?:ed|es|ing|or)|interpret(?:ed|s|ing|er)|covered|covering|reported on"
    r"|reporting on|coordinat(?:ed|es|ing)|produc(?:ed|es|ing)|booked|edited|supervis(?:ed|es|ing)"
    r"|dispens(?:ed|es|ing)|curat(?:ed|es|ing)|detect(?:ed|s|ing)"
    r"|(?:article|exhibit|exhibition|case study|documentary|series|podcast"
    r"|paper|thesis|dissertation|investigation|lecture|workshop|play|film|musical|lesson"
    r"|course) (?:on|about)"
    r"|recruit(?:ed|s|ing)|sourc(?:ed|es|ing)|served as|serves as|(?<!can't )(?<!cannot )"
    r"(?<!won't )(?<!not )(?<!unable to )work(?:ed|s|ing)? (?:on|with|at|as|in|for)\b(?! (?:sundays?"
    r"|saturdays?|fridays?|weekends?|holidays?|nights|the sabbath|shabbat))|experience (?:with|in|handling|managing|designing|building|supporting|of)"
    r"|background in|speciali[sz](?:ed|es|ing) in|expertise in|responsible for|in charge of"
    r"|specialist|consultant|partner for|for (?:a|an|the|our|their) (?:client|customer|team"
    r"|hospital|charity|nonprofit|school|clinic))\b"
)

#: A noun right after a sensitive term that makes it the object of work.
PRO_AFTER = _rx(
    r"^(?:'s)?[\s-]*(?:(?!(?:the|a|an|her|his|their|our|my|this|that|your|in|at|to|from|of"
    r"|with|for|on|and|or|are|is|was|were)\b)\w+[\s-]+)?"
    r"(?:features?|apps?|applications?|polic(?:y|ies)|programm?e?s?|modules?"
    r"|platforms?|tools?|systems?|products?|portals?|benefits?|cases?|requests?|claims?|teams?"
    r"|erg|groups?|initiatives?|campaigns?|compliance|workflows?|process(?:es)?|software|data"
    r"|datasets?|research|stud(?:y|ies)|projects?|services?|hospitals?|clinics?|charit(?:y|ies)"
    r"|nonprofits?|non-profits?|organi[sz]ations?|units?|wards?|departments?|customers?"
    r"|clients?|patients?|users?|markets?|segments?|law|legislation|rules?|regulations?"
    r"|training|audits?|reviews?|reports?|forms?|records?|funds?|schools?|curriculum|content"
    r"|community|centers?|centres?|accounts?|marketing|support|coverage|insurance|plans?"
    r"|office|provider|sector|space|industry|clients?|drives?|menus?|beat|renovations?|additions?"
    r"|contracts?|galas?|events?|settlements?|construction|installations?|displays?|exhibits?"
    r"|exhibitions?|collections?|calendars?|clips|protocols?"
    r"|ceremon(?:y|ies)|weddings?|logs?|education|funding|litigation|matters?|zoning)\b"
)

#: The people a candidate served, right after a term: "pregnant patients", "deaf and
#: hard-of-hearing patrons", "LGBTQ youth". Checked before the personal cue, since "with"
#: ("worked with pregnant patients") is one.
POPULATION_AFTER = _rx(
    r"(?:'s)?[\s-]*(?:(?!(?:the|a|an|her|his|their|our|my|this|that|your|in|at|to|from|of"
    r"|with|for|on|is|was|were|are|some|any|many|all|most|other|several)\b)[\w-]+"
    r"[\s-]+){0,2}?(?:patients?|students?|residents?|populations?|youth|learners|participants"
    r"|callers|pupils|campers)(?:'|\b)"
)

#: Words right before a term that make it about the candidate personally.
PERSONAL_BEFORE = _rx(
    r"(?:\b(?:his|her|their|hers|my|your|own|candidate'?s?|applicant'?s?|cand'?s?|has|have|had"
    r"|having|with|w/|got|is|was|(?:he|she|they|candidate|applicant)'s|are|were|seems?|seemed"
    r"|looks?|looked|because of|due to"
    r"|about (?:his|her|their))\s+(?:(?:a|an|the|two|three|four|five|\d+|young|small|little|new"
    r"|elderly|older|sick|ailing|aging|ageing|adult|teenage|grown|twin|newborn|baby|kind of"
    r"|very|quite|really|a bit|bit|visibly|obviously|clearly|probably)\s+){0,3})$"
)

#: The sentence cites a verifiable record and a process.
EVIDENCE = _rx(
    r"\bregistrar\b|\bbackground (?:check|report|screening)|\bverif(?:ied|ication)\b|https?://"
    r"|\blink(?:ed)?\b|\bscreenshot|\bper (?:our |the )?(?:policy|fcra|process)|pre-adverse"
    r"|\badverse action|\breferred (?:it |this |the (?:matter|case) )?to (?:hr|legal|compliance"
    r"|the hiring (?:committee|manager)|security)|\bescalated to\b|\bdocumented in\b"
    r"|\brecords? (?:show|shows|showed)|\baccording to (?:the )?(?:registrar|report|records?"
    r"|reference|background)|\bno record\b|\bidentical to\b|\bmatch(?:es|ed)? (?:a|the) public"
    r"|\bplagiarism (?:check|tool|report)\b|\bcommit history\b"
)

_STOP = frozenset(
    [
        "a",
        "an",
        "and",
        "or",
        "the",
        "of",
        "to",
        "in",
        "on",
        "for",
        "with",
        "without",
        "by",
        "be",
        "able",
        "can",
        "must",
        "may",
        "should",
        "reasonable",
        "accommodation",
        "accommodations",
        "required",
        "requirement",
        "requirements",
        "role",
        "job",
        "position",
        "candidate",
        "candidates",
        "applicant",
        "at",
        "least",
        "per",
        "day",
        "days",
        "week",
        "weeks",
        "hours",
        "hour",
        "up",
        "from",
        "as",
        "is",
        "are",
        "will",
        "have",
        "has",
        "valid",
        "current",
    ]
)


@lru_cache(maxsize=256)
def requirement_regex(requirements: tuple[str, ...]) -> re.Pattern[str] | None:
    """Compile the content words of declared job requirements into one pattern.

    Each word matches as a word prefix ("lift" matches "lifting"); "licence" and
    "license" match each other.
    """
    words: set[str] = set()
    for req in requirements:
        for tok in rx.findall(r"[a-z0-9]+", req.lower()):
            if tok in _STOP or (len(tok) < 3 and not tok.isdigit()):
                continue
            words.add(tok)
    if not words:
        return None
    alts = []
    for w in sorted(words, key=len, reverse=True):
        esc = re.escape(w)
        if w.startswith("licen"):
            esc = "licen[cs]e"
        alts.append(esc)
    return re.compile(r"\b(?:" + "|".join(alts) + r")\w*")


def _occurs(pattern: re.Pattern[str], low: str, start: int, end: int) -> bool:
    """``pattern.search(low, start, end) is not None``, by the compiled matcher where
    there is one: a sentence's cue words ("\\b(?:thesis|dissertation|...)") are found
    about 2.5 times faster (docs/performance.md, 0.15)."""
    if native.SPEEDUPS:
        matcher = rx_of(pattern)
        if matcher is not None:
            # The automaton rules out most sentences in one pass (a "no" is certain).
            if not matcher.may_search(low, start, end):
                return False
            return matcher.search(low, start, end) is not None
    return pattern.search(low, start, end) is not None


def _found(pattern: re.Pattern[str], string: str) -> bool:
    """``pattern.search(string) is not None``, asked first of the compiled matcher's
    automaton where there is one: it rules out most of the words before and after a
    match in one pass ("designed", "worked on" before it), where ``re`` tries the
    pattern at every position (``PRO_BEFORE``: 1.4 µs against 0.2)."""
    return _occurs(pattern, string, 0, len(string))


@dataclass(slots=True, eq=False)
class Hit:
    """One match of a rule's pattern, with its surroundings (read-only by convention).

    ``low`` is the lower-cased text (same length as ``text``); ``start``/``end``
    the match; ``s_start``/``s_end`` the sentence (clipped to a few hundred
    characters around the match) in which the rule was evaluated. ``memo``, when
    given, is a dictionary shared by the hits of one screening call: cue searches
    that depend only on the sentence (or on the match's surroundings) are computed
    once per sentence (or per span) instead of once per rule.

    Not a frozen dataclass: the engine makes one per candidate match (about 2,000 in a
    megabyte of notes, ten times as many in risky text), and a frozen one costs 1.5 µs to
    make against 0.25 µs. No code keeps, hashes or compares hits.
    """

    text: str
    low: str
    start: int
    end: int
    s_start: int
    s_end: int
    requirements: re.Pattern[str] | None
    memo: dict[Any, Any] | None = field(default=None, compare=False, repr=False)

    @property
    def matched(self) -> str:
        """The matched text, lower-cased."""
        return self.low[self.start : self.end]

    @property
    def original(self) -> str:
        """The matched text as written."""
        return self.text[self.start : self.end]

    @property
    def sentence(self) -> str:
        """The lower-cased sentence around the match."""
        return self.low[self.s_start : self.s_end]

    def before(self, chars: int = 60) -> str:
        """Lower-cased text of the sentence up to ``chars`` characters before the match."""
        return self.low[max(self.s_start, self.start - chars) : self.start]

    def after(self, chars: int = 60) -> str:
        """Lower-cased text of the sentence up to ``chars`` characters after the match."""
        return self.low[self.end : min(self.s_end, self.end + chars)]

    def near(self, pattern: re.Pattern[str], chars: int = 60) -> bool:
        """Whether ``pattern`` occurs within ``chars`` characters on either side."""
        lo = max(self.s_start, self.start - chars)
        hi = min(self.s_end, self.end + chars)
        return pattern.search(self.low, lo, hi) is not None

    def in_sentence(self, pattern: re.Pattern[str]) -> bool:
        """Whether ``pattern`` occurs anywhere in the sentence."""
        memo = self.memo
        if memo is None:
            return _occurs(pattern, self.low, self.s_start, self.s_end)
        # Keyed by the pattern's id (hashing a compiled pattern hashes its whole code);
        # the pattern itself is stored to rule out a reused id.
        key = (id(pattern), self.s_start, self.s_end)
        got = memo.get(key)
        if got is not None and got[0] is pattern:
            return bool(got[1])
        found = _occurs(pattern, self.low, self.s_start, self.s_end)
        memo[key] = (pattern, found)
        return found

    def personal(self) -> bool:
        """Whether the words just before the match make it about a person's own life."""
        return _found(PERSONAL_BEFORE, self.before(50))

    def professional(self, *, population: bool = True, biology: bool = False) -> bool:
        """Whether the sentence describes professional work about the matched topic.

        ``population=False`` leaves out the people-served cue ("pregnant patients"): for
        race and national origin, "the Hispanic customers" is a preference, not work.
        ``biology=True`` (traits animals share: age, health, pregnancy, genes) also counts
        a sentence about animals or model organisms as work.
        """
        memo = self.memo
        if memo is None:
            return self._professional(population, biology)
        key = ("pro", self.start, self.end, self.s_start, self.s_end, population, biology)
        got = memo.get(key)
        if got is None:
            got = memo[key] = self._professional(population, biology)
        return bool(got)

    def _professional(self, population: bool = True, biology: bool = False) -> bool:
        after = self.after(30)
        if after.startswith("'s") and _found(PRO_AFTER, after):
            return True  # "a children's charity": the term modifies a work noun
        if population and POPULATION_AFTER.match(
            self.text, self.end, min(self.s_end, self.end + 30)
        ):
            # "worked with pregnant patients", "deaf and hard-of-hearing patrons"; in the
            # original case, so that a name ("the Muslim Student Association") is not one.
            return True
        if self.personal():
            return False
        if biology and self.in_sentence(NONHUMAN_SUBJECT):
            return True  # "genetic diversity in captive cheetahs", "hearing loss in mouse models"
        if _found(PRO_AFTER, after):
            return True
        return _found(PRO_BEFORE, self.before(90))

    def requirement(self) -> bool:
        """Whether the sentence frames the match as a job requirement."""
        if self.in_sentence(REQUIREMENT):
            return True
        if self.requirements is not None:
            lo = max(self.s_start, self.start - 40)
            hi = min(self.s_end, self.end + 40)
            return self.requirements.search(self.low, lo, hi) is not None
        return False

    def evidence(self) -> bool:
        """Whether the sentence cites a verifiable record or a process."""
        return self.in_sentence(EVIDENCE)


# An employer's equal-opportunity, self-identification or outreach statement that names
# protected traits in general ("without regard to race, religion, disability or veteran
# status"; "veterans are encouraged to apply"), with nothing about one person.
EEO_STATEMENT = rx.compile(
    r"\b(?:equal (?:employment )?opportunit\w*|eeo|eoe|without regard to|(?:do|does|will)"
    r" not discriminate|on the basis of|protected (?:veterans?|characteristics?|status"
    r"|class(?:es)?|groups?)|self-identif\w+|(?:are|is) (?:strongly )?(?:encouraged|welcome|invited)"
    r" to apply|we (?:welcome|encourage) (?:applications|applicants|candidates)"
    r"|disability confident|affirmative action|all qualified (?:applicants|candidates"
    r"|individuals)|qualified (?:individuals|applicants|candidates) with disabilities"
    r"|(?:applicants|candidates|individuals|people) with disabilities (?:may|can|are|who)"
    r"|veterans'? preference|e-verify|inclusive employer|all backgrounds)\b"
)
_ONE_PERSON = rx.compile(
    r"\b(?:he|she|him|his|her|hers|cand|candidate's|applicant's|the candidate|the applicant"
    r"|interviewee|mentioned"
    r"|said|told us|asked|disclosed|seemed|seems|looked|noted)\b"
)


#: Animals and model organisms: a trait word in a sentence about them is the candidate's
#: science or husbandry, not a person's trait.
NONHUMAN_SUBJECT = rx.compile(
    r"\b(?:mouse models?|mice|rats|rodents?|animals?|herds?|cattle|livestock|species|breeds?"
    r"|breeding|captive|zoos?|cheetahs?|elephants?|broilers?|poultry|flocks?|canines?|felines?"
    r"|equines?|bovine|porcine|model organisms?|drosophila|fruit flies|zebrafish|c\. elegans"
    r"|primates|wildlife|husbandry|veterinary|hatchery|aquaculture|crops?|cultivars?|seedlings?"
    r"|mares?|foals?|stallions?|heifers?|cows?|ewes?|sows?)\b"
)


def employer_statement(hit: Hit) -> bool:
    """Whether the sentence is an employer's general EEO or outreach statement."""
    return hit.in_sentence(EEO_STATEMENT) and not hit.in_sentence(_ONE_PERSON)


# The term names the subject of clinical or professional work, not a person's health: a
# work noun follows within two words ("chemo/biotherapy certified", "medication maths",
# "postpartum haemorrhage protocol", "gestational diabetes risk from cohort data",
# "genetic counselor").
CLINICAL_WORK_AFTER = rx.compile(
    r"^(?:'s)?(?:[\s/-]+(?!(?:he|she|they|his|her|their|and|but|so|was|is|are|were|has|had"
    r"|have|since|because|though|which|that|a|an|the|my|your|our|this|of|for|to|in|on|with|at"
    r"|by|from|as|or|it|showed|shows|show|found|finds|revealed|reveals|came|comes|indicated"
    r"|indicates|said|says|suggests|suggested|flagged|gave|gives|raised|raises|means|meant"
    r"|confirmed|returned|puts?|carries|carried|increases?|increased|lowers?|doubles?)\b)"
    r"[\w-]+){0,2}?[\s/-]+(?:certifi\w*|cert|certs"
    r"|credential\w*|accredit\w*|licen[cs]\w*|protocols?|guidelines?|pathways?|risk|risks"
    r"|maths?|calc|calcs|calculations?|dosing|dosages?|doses|administration|rounds|reconciliation"
    r"|competenc\w*|counsell?ors?|counsell?ing|nurs(?:e|es|ing)|specialists?|educators?"
    r"|education|units?|wards?|clinics?|cohorts?|modell?ing|models?|analytics|epidemiology"
    r"|pharmacology|trials?|outcomes?|registr(?:y|ies)|research(?:ers?)?|curriculum|rotations?"
    r"|placements?|fields?|codes|coding|billing|documentation|charting|audits?|surveillance"
    r"|classes|courses?|simulations?|drills?|services|programm?e?s?|pharmacists?|physicians?"
    r"|caseloads?|populations?|indicators?|flags?|variables?|columns?|attributes?|assistants?"
    r"|aides?|technicians?|techs?|therapists?|practitioners?|coordinators?|scenarios?|stations?"
    r"|osces?|exercises?|competencies|teams?|staff|workers?)\b"
)
# The sentence is about academic or research work on the topic.
_ACADEMIC = rx.compile(
    r"\b(?:thesis|dissertation|capstone|publications?|published|papers?|poster|journal|literature"
    r"|grant|coursework|module|syllabus|lecture[sd]?|textbook)\b"
)


def clinical_work(hit: Hit) -> bool:
    """Whether the match names the subject of clinical or professional work."""
    if hit.personal():
        return False
    if rx.search(
        r"\b(?:saw|see|sees|seeing|seen|referred|appointments?|visit\w*|met with|meeting with"
        r"|booked|had|has|having|got|needs?|needed|started|starting|finished|undergoing)\s+"
        r"(?:\w+\s+){0,2}$",
        hit.before(40),
    ):
        return False  # "saw a genetic counsellor", "had chemo sessions": the person's own care
    if hit.in_sentence(_ACADEMIC) and not rx.search(
        r"\b(?:her|his|their|my|your)\s+(?:own\s+)?$", hit.before(12)
    ):
        return True  # "gestational diabetes was the topic of her capstone"
    return CLINICAL_WORK_AFTER.match(hit.after(45)) is not None
