"""Comparison with other candidates (letters; notes should compare with the rubric)."""

from __future__ import annotations

import re

from candor.language.context import Hit
from candor.language.model import Rule

_HOOK = (
    "Letters must not describe other candidates or the person hired, individually or as a "
    "group: in litigation the hired person's file is demanded and compared. Internal notes "
    "should compare with the predefined bar, not with people (Business Management Daily; "
    "FindLaw)."
)
_SUGGEST = (
    "Compare with the predefined bar instead of people: 'Weighted score 3.1 against a bar "
    "of 3.5; below the bar on system design (2 of 4).' In letters, say nothing about others."
)
_NEUTRAL_BEFORE = re.compile(
    r"(?:proceed|proceeding|move|moving|go|going|continue|continuing|pursue|pursuing|progress"
    r"|progressing|advance|advancing|went|gone|offered (?:the|this) (?:role|position|job)"
    r" to|extended (?:an|the) offer to|filled (?:the|this) (?:role|position) with|selected"
    r"|chosen|chose|decided on|hired|appointed)(?: forward| ahead)?(?: with)?(?: an?| the)?\s*$"
)
_DESCRIBED_AFTER = re.compile(
    r"^\s*(?:who|whose|with|that|were|was|had|have|are|is|more|better|stronger|bringing"
    r"|whom|offered|possess|possessing|closer|having|[a-z]+er than)\b"
)


def _describes_others(hit: Hit) -> bool:
    if re.search(r"\b(?:who|whose|that|with|than|we|hired|selected|chose)\b", hit.matched):
        return True
    if _NEUTRAL_BEFORE.search(hit.before(60)) and not _DESCRIBED_AFTER.match(hit.after(30)):
        return False
    return not re.match(
        r"^\s*(?:are|were|is) (?:asked|given|told|treated|scored|evaluated"
        r"|assessed)\b",
        hit.after(30),
    )


CMP_001 = Rule(
    id="CND-CMP-001",
    category="comparison_other_candidates",
    severity="error",
    title="Other candidates or the hire described",
    terms=(
        r"(?:other|another|previous|prior|earlier|last|next|first|second|third|fourth|final"
        r"|morning|afternoon|remaining|successful|chosen|selected|winning|hired|preferred"
        r"|stronger|better|more (?:qualified|experienced|suitable)|internal|external) "
        r"(?:(?:two|three|four|five|\d) )?(?:candidates?|applicants?|interviewees?|finalists?|person|individual|hire)",
        r"(?:the )?(?:person|candidate|applicant|individual|one) (?:we|who|that) (?:hired"
        r"|selected|chose|picked|offered|went with|got the (?:job|role|offer))",
        r"(?:candidates?|applicants?|someone|somebody|another (?:candidate|person|applicant)"
        r"|individuals?|people|others) (?:who|whose|that|with) (?:\w+ ){0,4}?(?:more|better"
        r"|closer|stronger|greater|broader|deeper|additional|most closely|more closely|best)"
        r"\b",
        r"(?:received|had|reviewed|have|got|saw|interviewed) (?:\w+ ){0,3}?(?:many|several"
        r"|numerous|a large number of|a high number of|hundreds of|dozens of|so many|a lot of"
        r"|lots of) (?:\w+ ){0,2}?(?:strong|highly qualified|qualified|talented|exceptional"
        r"|outstanding|impressive|excellent|experienced|competitive|well-qualified) "
        r"(?:candidates|applicants|applications|profiles|people)",
        r"(?:highly |very |extremely |incredibly |really )?competitive (?:pool|field|process"
        r"|search|round|cohort|slate)|(?:strong|deep|talented|exceptional|impressive|large)"
        r" (?:pool|field|slate|cohort|pipeline) of (?:candidates|applicants|talent)"
        r"|(?:strong|deep|exceptional|talented) (?:candidate|applicant) pool",
        r"(?:process|pool|field|competition|search|round|shortlist) (?:was|is|has been|were)"
        r" (?:\w+ )?(?:competitive|strong|tough|fierce|intense|stiff|crowded)|(?:stiff|fierce"
        r"|strong|tough|intense) competition",
    ),
    anchors=(
        "applicant",
        "interviewee",
        "finalist",
        "person",
        "individual",
        "hire",
        "someone",
        "somebody",
        "people",
        "others",
        "several",
        "numerous",
        "large",
        "high",
        "hundreds",
        "dozens",
        "lots",
        "competitive",
        "pool",
        "field",
        "slate",
        "cohort",
        "pipeline",
        "process",
        "competition",
        "search",
        "round",
        "shortlist",
    ),
    check=_describes_others,
    message="Describes other candidates or the person hired.",
    rationale=_HOOK,
    suggestion=_SUGGEST,
    bad=(
        "We chose a candidate whose experience more closely matched our needs.",
        "The successful candidate had more leadership experience.",
        "We received many highly qualified applications.",
        "Weaker than the other candidates on SQL.",
        "The person we hired has a PhD.",
    ),
    good=(
        "We have decided to proceed with other candidates.",
        "The position has been filled.",
        "The same questions were asked of all candidates.",
        "All candidates are scored against the same rubric.",
    ),
)

_TECH = frozenset(
    [
        "python",
        "java",
        "go",
        "golang",
        "rust",
        "sql",
        "c",
        "javascript",
        "typescript",
        "react",
        "angular",
        "vue",
        "aws",
        "gcp",
        "azure",
        "linux",
        "windows",
        "excel",
        "kotlin",
        "swift",
        "scala",
        "ruby",
        "php",
        "perl",
        "docker",
        "kubernetes",
        "terraform",
        "spark",
        "tableau",
        "salesforce",
        "sap",
        "oracle",
        "postgres",
        "mysql",
        "english",
        "spanish",
        "french",
        "german",
        "last",
        "before",
        "expected",
        "usual",
        "average",
        "i",
        "we",
        "you",
        "he",
        "she",
        "they",
        "it",
        "the",
        "a",
        "an",
        "our",
        "their",
        "his",
        "her",
    ]
)


def _named_person(hit: Hit) -> bool:
    m = re.search(r"than\s+(\w+)", hit.text[hit.start : hit.end])
    if m is None:
        return True
    word = m.group(1)
    if word.lower() in ("the", "candidate", "applicant", "cand", "others", "rest", "everyone"):
        return True
    return word[:1].isupper() and word.lower() not in _TECH


CMP_002 = Rule(
    id="CND-CMP-002",
    category="comparison_other_candidates",
    severity="error",
    title="Ranking or person-to-person comparison",
    terms=(
        r"(?:stronger|weaker|better|worse|more qualified|less qualified|more experienced|less"
        r" experienced|sharper|smarter|faster|slower|more polished|better prepared|less prepared"
        r"|more senior|more junior|not as (?:strong|good|sharp|experienced|polished)) (?:\w+ )?"
        r"(?:than|as) (?:the |most |all |any |our |both )?(?:others|rest|everyone|anyone"
        r"|everybody|other (?:candidates?|applicants?|finalists?|people|ones?)|previous|last"
        r"|first|second|third|earlier|remaining|today's|yesterday's|this morning's|the field"
        r"|the pool|(?:\w+ )?candidates?|candidate [a-z0-9#]+|cand [a-z0-9#]+|applicant"
        r" [a-z0-9#]+)",
        r"(?:stronger|weaker|better|worse|sharper|smarter) than [a-z]+",
        r"(?:best|strongest|weakest|worst|sharpest|smartest|most qualified|least qualified"
        r"|most experienced|top) (?:candidate|applicant|interviewee|one|person|of the (?:bunch"
        r"|lot|day|week|group|pool|batch|field|slate|pipeline|round|finalists|candidates)|so far"
        r"|we've seen|we have seen|i've seen|of all|today|this (?:week|round|cycle))",
        r"compared (?:to|with|against) (?:the |our )?(?:others|rest|field|pool|other "
        r"(?:candidates?|applicants?|finalists?|interviewees?)|(?:previous|last|first|second"
        r"|third|earlier|morning|afternoon) (?:one|candidate|applicant|guy|woman|man|interviewee"
        r"|person)|candidate [a-z0-9#]+)",
        r"(?:unlike|like|as (?:good|strong|bad|weak) as|same as|similar to) (?:the )?(?:other"
        r"|previous|last|first|earlier|morning|afternoon|yesterday's) (?:one|candidate|applicant"
        r"|guy|woman|man|person|interviewee)",
        r"(?:ranked|ranking|placed|came in|finished|rated) (?:\w+ ){0,2}?(?:first|second|third"
        r"|fourth|fifth|last|\d+(?:st|nd|rd|th)|top \w+|highly|very high|near the top|just"
        r" behind|behind|ahead of|among the top|out of \d+)",
        r"(?:candidate|cand|applicant) (?:[a-z]|#?\d{1,2})\b (?:was|is|had|has|did|gave|seemed"
        r"|scored|answered|showed) (?:\w+ ){0,2}?(?:better|stronger|worse|weaker|more|less"
        r"|sharper|faster|slower|higher|lower)",
        r"close second|runner[- ]up|narrowly (?:missed|lost|beaten|edged|behind|passed over|out)"
        r"|second choice|(?:our|my|the) (?:first|second|top|back-?up|backup) choice"
        r"|(?:top|bottom) of the (?:pile|stack|list|pool|heap|bunch)|ahead of (?:the )?(?:others"
        r"|rest|other candidates|the field)",
    ),
    anchors=(
        "stronger",
        "weaker",
        "better",
        "worse",
        "less",
        "sharper",
        "smarter",
        "faster",
        "slower",
        "not as",
        "best",
        "strongest",
        "weakest",
        "worst",
        "sharpest",
        "smartest",
        "least",
        "top$",
        "compared",
        "unlike",
        "as good",
        "as strong",
        "as bad",
        "as weak",
        "similar",
        "ranked",
        "ranking",
        "placed",
        "came in",
        "finished",
        "rated",
        "close second",
        "applicant",
        "runner",
        "narrowly",
        "backup",
        "back-up",
        "bottom",
        "ahead",
    ),
    check=_named_person,
    message="Ranks the candidate or compares them with another person.",
    rationale=_HOOK,
    suggestion=_SUGGEST,
    bad=(
        "Not as strong as the candidate from this morning.",
        "Stronger than Priya on SQL.",
        "Best candidate so far.",
        "Ranked second of four finalists.",
        "You were a close second.",
    ),
    good=(
        "Better than Python for this workload, she argued, and showed benchmarks.",
        "Scored 3.1 against a bar of 3.5.",
        "First round: coding exercise, level 3.",
    ),
)

RULES = (CMP_001, CMP_002)
