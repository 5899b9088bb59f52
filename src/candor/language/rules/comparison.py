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


#: Words naming a class of people ("external applicants") rather than specific others.
_CLASS_WORDS = re.compile(r"(?:other|another|internal|external|remaining) ")
#: A comparative just before the match ("weaker than the other candidates").
_COMPARATIVE_BEFORE = re.compile(
    r"\b(?:than|unlike|like|versus|vs\.?|compared (?:to|with)|against|as \w+ as|beat|beaten by"
    r"|behind|ahead of|over)(?: (?:the|all|most|any|both|our))?\s*$"
)


def _describes_others(hit: Hit) -> bool:
    if re.search(r"\b(?:who|whose|that|with|than|we|hired|selected|chose)\b", hit.matched):
        return True
    if _CLASS_WORDS.match(hit.matched):
        # "Our policy is not to share results with external applicants" names a class of
        # people; only a comparison with them or a description of them is flagged.
        return bool(
            _COMPARATIVE_BEFORE.search(hit.before(40)) or _DESCRIBED_AFTER.match(hit.after(30))
        )
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
        "candidate",
        "other",
        "another",
        "successful",
        "chosen",
        "selected",
        "hired",
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
        "Our policy is not to share individual assessment results with external applicants.",
        "Internal applicants follow the same process.",
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
        "more",
        "most",
        "like",
        "same",
        "candidate",
        "cand$",
        "second",
        "first",
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


_DAYS = (
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|this morning"
    r"|this afternoon|last week|earlier|the morning|the afternoon)"
)
_PEOPLE = (
    r"(?:candidates?|applicants?|finalists?|people|ones?|interviewees?|guys?|girls?|women|men"
    r"|woman|man|persons?|cands?|others|individuals?|profiles|applications|field|pool|slate"
    r"|bunch|lot|group)"
)


def _not_rubric(hit: Hit) -> bool:
    """A comparison with the bar, rubric or a level is what notes should say; keep others."""
    return not re.search(r"\b(?:bar|rubric|band|threshold|target|benchmark)\b", hit.matched)


CMP_003 = Rule(
    id="CND-CMP-003",
    category="comparison_other_candidates",
    severity="error",
    title="Candidate placed among, or against, other people",
    terms=(
        r"(?:than|as|like|unlike) (?:the |that |our )?(?:" + _DAYS + r"'?s?|last week'?s"
        r"|the (?:first|second|third|last|previous|other|earlier) (?:one|guy|girl|woman|man"
        r"|lady|person|candidate|applicant|interviewee)) ?(?:candidate|applicant|guy|girl|one"
        r"|person|woman|man|lady|interviewee|cand|finalist)?\b",
        r"(?:than|as) [a-z]+ (?:from|in|on) " + _DAYS,
        r"(?:the )?(?:other|remaining) (?:two|three|four|five|six|\d) (?:" + _PEOPLE + r")?"
        r"|(?:the )?others (?:we|i) (?:saw|interviewed|met|spoke to|talked to|had|screened)"
        r"|(?:of|among|out of) (?:the|all the|these|those) (?:(?:two|three|four|five|six"
        r"|seven|eight|nine|ten|\d+|remaining|final|other) (?:\w+ )?(?:finalists|candidates"
        r"|applicants|interviewees|people|ones|we|i)\b|finalists|shortlist|(?:candidates"
        r"|applicants|people|ones) (?:we|i) (?:saw|met|interviewed|spoke to))",
        r"rank(?:s|ed|ing)?:? (?:#|no\.? ?|number )?\d+ ?(?:of|out of|/|among|in a field of)"
        r" ?\d+|(?:ranks?|ranked|placed|sits?|sat|falls?|fell|comes?|came) (?:\w+ )?(?:below"
        r"|above|behind|ahead of|after|under|over) (?:the |our |both |all )?(?:other|rest"
        r"|others|remaining|two|three|\w+ (?:candidates|applicants|finalists))",
        r"(?:second|third|fourth|next|top|best|strongest|weakest|worst|least \w+|most \w+)"
        r" (?:best |strongest |weakest )?(?:of|among|out of) (?:the |all |all the |these "
        r"|those )?(?:\w+ )?(?:we|i|" + _PEOPLE + r")\b",
        r"(?:among|one of) the (?:strongest|best|top|weakest|strongest|most \w+|least \w+"
        r"|stronger|better|weaker) (?:\w+ )?(?:we|i|candidates|applicants|applications|profiles"
        r"|people|ones|seen|received|interviewed|this (?:round|cycle|year))\b",
        r"(?:up against|competing (?:with|against)|beaten by|beat out|lost out to|pipped by"
        r"|edged out by|outshone by|outclassed by|outperformed by) (?:some |a |an |the |other"
        r" |another |several |many |stiff |strong |very strong |a lot of |lots of )?(?:[\w-]+ )"
        r"{0,2}?(?:candidates?|applicants?|people|competition|field|finalists?|internal|someone"
        r"|somebody|others|talent|profiles)",
        r"(?:went|go|going|gone|opted to go|decided to go|chose to go|moved forward|proceeded)"
        r" with (?:someone|somebody|a different|an internal|the other|a person|another person"
        r"|a stronger|a more|a better|a candidate (?:who|whose|with|that))",
        r"(?:the )?(?:level|standard|calibre|caliber|quality) of the (?:others|other \w+|rest"
        r"|field|pool|last|previous|other finalists|competition)|(?:compared|relative) (?:to"
        r"|with) (?:the )?(?:others|other \w+|rest|field|pool|everyone else|the competition)"
        r"|(?:vs\.?|versus) (?:the )?(?:others|other (?:candidates|applicants|finalists)|rest)",
        r"(?:whoever|the person who|the one who|the (?:candidate|applicant|person) who)"
        r" (?:got|gets|landed|lands|accepted|took) (?:the|this|our) (?:job|role|offer|position)"
        r"|(?:the|our) (?:new hire|successful applicant|chosen one|winner|other finalist)",
        r"(?:last|previous|this morning's|yesterday's|today's|monday's|tuesday's|wednesday's"
        r"|thursday's|friday's|other|first|second) (?:guy|girl|lady|dude|bloke|gal)\b",
    ),
    check=_not_rubric,
    message="Places the candidate among, or against, other candidates or the person hired.",
    rationale=_HOOK,
    suggestion=_SUGGEST,
    bad=(
        "Weaker than Tuesday's candidate on SQL.",
        "Not as strong as Priya from this morning.",
        "Of the four finalists she was the least experienced.",
        "Rank: 2 of 6.",
        "Ranks below the other two.",
        "Among the strongest applications we received.",
        "You were up against some very strong people.",
        "We went with someone whose background was closer.",
        "Not at the level of the others we saw today.",
        "Better than last week's guy.",
    ),
    good=(
        "Better answer on the second question than the first.",
        "Stronger on backend than frontend.",
        "Below the bar on design (2.5 vs 3.0).",
        "All applicants are assessed against the same criteria.",
        "Asked the standard availability question of all candidates.",
        "One of the best explanations of CAP I have heard.",
    ),
)

RULES = (CMP_001, CMP_002, CMP_003)
