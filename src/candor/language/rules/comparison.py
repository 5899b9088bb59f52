"""Comparison with other candidates (letters; notes should compare with the rubric)."""

from __future__ import annotations

from candor.language import rx
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
_NEUTRAL_BEFORE = rx.compile(
    r"(?:proceed|proceeding|move|moving|go|going|continue|continuing|pursue|pursuing|progress"
    r"|progressing|advance|advancing|went|gone|offered (?:the|this) (?:role|position|job)"
    r" to|extended (?:an|the) offer to|filled (?:the|this) (?:role|position) with|selected"
    r"|chosen|chose|decided on|hired|appointed)(?: forward| ahead)?(?: with)?(?: an?| the)?\s*$"
)
_DESCRIBED_AFTER = rx.compile(
    r"^\s*(?!(?:who|whose|that) (?:applications?|candidac(?:y|ies)|files?|profiles?)"
    r" (?:is|are|remain|remains) (?:still )?(?:under review|being reviewed|in progress|pending"
    r"|open)\b)(?!(?:who|that) (?:are|is|remain) (?:still )?(?:in (?:the )?process|being"
    r" considered|under review|under consideration|pending)\b)"
    r"(?!(?:have|has|had|get|got) (?:their |the |an? |same )*(?:interviews?|calls?|access"
    r"|slots?|deadlines?|prep|time|questions?|task|case study|instructions|link)\b)"
    r"(?!(?:are|were|is|will be|get|gets) (?:all )?(?:asked|given|told|treated|scored|evaluated"
    r"|assessed|interviewed|held|subject|notified|contacted|invited|reviewed|considered"
    r"|measured|rated|judged|scheduled|booked|due|coming|arriving|waiting|next|on at|in at"
    r"|joining us (?:at|on))\b)"
    r"(?:who|whose|with|that|were|was|had|have|are|is|more|better|stronger|bringing"
    r"|whom|offered|possess|possessing|closer|having|[a-z]+er than"
    r"|'s (?!(?:application|file|interview|candidacy|documents)\b)\w+)\b"
)


#: Words naming a class of people ("external applicants") rather than specific others.
_CLASS_WORDS = rx.compile(r"(?:other|another|internal|external|remaining) ")
#: A comparative just before the match ("weaker than the other candidates").
_COMPARATIVE_BEFORE = rx.compile(
    r"\b(?:than|unlike|like|versus|vs\.?|compared (?:to|with)|against|as \w+ as|beat|beaten by"
    r"|behind|ahead of|over|(?:that|those) of)(?: (?:the|all|most|any|both|our))?\s*$"
)


def _describes_others(hit: Hit) -> bool:
    tail = hit.low[hit.end : hit.end + 120].split("\n", 1)[0]
    if hit.matched.endswith("competition") and rx.search(
        r"\b(?:score|scored|rubric|bar|level \d|\d(?:\.\d)?\s?(?:/|of|out of)\s?\d|\d\.\d)\b",
        tail,
    ):
        return False  # a note that then records the rubric score, not a comparison
    if rx.search(r"\b(?:who|whose|that|with|than|we|hired|selected|chose)\b", hit.matched):
        return True
    if (
        rx.match(r"(?:second|another|other|third|2nd) (?:person|individual)$", hit.matched)
        and rx.search(
            r"\b(?:with|by|from|plus|needs?|needed|requires?|required|requiring|involve[sd]?"
            r"|witnessed by|verified by|checked by|signed by|counted by|asks?|asked|ask for|get)"
            r" (?:a|an|the|one)?\s*$",
            hit.before(30),
        )
        and not rx.search(
            r"\b(?:went|go|going|gone|chose|chosen|selected|hired|offered|proceed\w*|moving"
            r"|moved|decided|lost|beaten|outscored|compared|than|versus|vs)\b",
            hit.before(60),
        )
        and not _DESCRIBED_AFTER.match(hit.after(60))
    ):
        return False  # "counted the drawer with a second person": a four-eyes control
    if _CLASS_WORDS.match(hit.matched):
        # "Our policy is not to share results with external applicants" names a class of
        # people; only a comparison with them or a description of them is flagged.
        return bool(
            _COMPARATIVE_BEFORE.search(hit.before(40)) or _DESCRIBED_AFTER.match(hit.after(60))
        )
    if _NEUTRAL_BEFORE.search(hit.before(60)) and not _DESCRIBED_AFTER.match(hit.after(60)):
        return False
    return not rx.match(
        r"^\s*(?:(?:are|were|is) (?:asked|given|told|treated|scored|evaluated"
        r"|assessed)\b|(?:will|must|should|shall|would) (?:be (?:notified|contacted|asked"
        r"|required|expected|subject|invited|offered|informed|announced|based|located|working"
        r"|reporting|responsible|joining|starting|paid|eligible|given|able)|need to|have to|need"
        r"|needs|require|requires|hold|have|pass|possess|demonstrate"
        r"|complete|undergo|receive|sign|start|report|work|join|lead|manage|own|get|enjoy|step up|take on|take over|grow|develop|move into|travel|support|help|build|drive|oversee|mentor|coordinate|ideally)\b|(?:needs? to|is required to|is"
        r" expected to|is subject to)\b)",
        hit.after(40),
    )


CMP_001 = Rule(
    id="CND-CMP-001",
    category="comparison_other_candidates",
    severity="error",
    title="Other candidates or the hire described",
    terms=(
        r"(?:other|another|previous|prior|earlier|last|next|first|second|third|fourth|final"
        r"|morning|afternoon|remaining|successful|chosen|selected|winning|hired|preferred"
        r"|appointed|recommended"
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
        r"(?:(?:internal|external|local|senior|shortlisted) )?(?:candidates|applicants"
        r"|applications|profiles|people)",
        r"(?:highly |very |extremely |incredibly |really )?competitive (?:pool|field|process"
        r"|search|round|cohort|slate)|(?:strong|deep|talented|exceptional|impressive|large)"
        r" (?:pool|field|slate|cohort|pipeline) of (?:candidates|applicants|talent)"
        r"|(?:strong|deep|exceptional|talented) (?:candidate|applicant) pool",
        r"(?:pool|field|competition|shortlist|slate|cohort) (?:(?:this|last) (?:year|time|cycle"
        r"|round|season|term|intake|time around) |of (?:candidates|applicants|finalists) (?:this"
        r" (?:year|time|cycle|round) )?|we (?:had|saw|received|interviewed) )(?:was|is|has been"
        r"|were) (?:\w+ )?(?:competitive|strong|tough|fierce|intense|stiff|crowded|talented"
        r"|impressive|exceptional|deep)|"
        r"(?:process|pool|field|competition|search|round|shortlist) (?:for (?:this|the|our)"
        r" (?:role|position|job|post|vacancy|opening) )?(?:was|is|has been|were)"
        r" (?:\w+ )?(?:competitive|strong|tough|fierce|intense|stiff|crowded)|(?:stiff|fierce"
        r"|strong|tough|intense) competition|(?:very |really |exceptionally |particularly"
        r" |unusually )?(?:strong|talented|impressive|exceptional|competitive|high-calib(?:re"
        r"|er)|crowded|deep) (?:shortlist|slate|line-?up|field(?! (?:sales|service|engineer\w*"
        r"|work|team|experience|operations|ops|marketing|research|trips?|days?|of|knowledge"
        r"|technician|staff|force|agent|support|testing|data|level)))\b",
    ),
    check=_describes_others,
    message="Describes other candidates or the person hired.",
    rationale=_HOOK,
    suggestion=_SUGGEST,
    bad=(
        "We chose a candidate whose experience more closely matched our needs.",
        "The successful candidate had more leadership experience.",
        "We received many highly qualified applications.",
        "The pool this cycle was unusually strong.",
        "The field we interviewed was very competitive.",
        "Weaker than the other candidates on SQL.",
        "The person we hired has a PhD.",
    ),
    good=(
        "Our policy is not to share individual assessment results with external applicants.",
        "Internal applicants follow the same process.",
        "We have decided to proceed with other candidates.",
        "We will continue with other applicants whose files are still being reviewed.",
        "Stiff competition this cycle; scored 3.4 against a bar of 3.5.",
        "Field sales this year was strong for her territory, up 18%.",
        "The search this year is strong on recall after her ranking fix.",
        "The successful candidate will be asked to complete a background check.",
        "The successful candidate will be based in Leeds and report to the CFO.",
        "The successful applicant will need an enhanced DBS check.",
        "Another candidate is scheduled for 3pm.",
        "The remaining applicants have their interviews on Thursday.",
        "External candidates had access to the same preparation pack.",
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


#: The ranking is the candidate's own record elsewhere ("ranked #1 of 40 reps at Acme",
#: "top 5% of her graduating class"), not a comparison with other candidates.
_OWN_RECORD = rx.compile(
    r"\b(?:stack-?rank\w*|graduating class|class of \d+|(?:his|her|their) (?:class|cohort|year"
    r"|peers|team|region|division|org|company|firm|sales ?force|intake)|(?:at|in) (?:his|her"
    r"|their) (?:last|previous|current|old|former) (?:job|role|company|employer|firm|team"
    r"|school|university)|(?:sales ?reps?|salespeople|agents|reps|analysts|engineers|associates"
    r"|managers|students|graduates|trainees) (?:at|in|company-wide|nationally|nationwide"
    r"|globally|regionally)|nationally|nationwide|company-wide|(?:in|at) (?:school|university"
    r"|college|uni|the olympiad|the competition))\b"
)


#: The sentence is about a contest, award or league the candidate took part in.
_CONTEST = rx.compile(
    r"\b(?:race|contest|competition|hackathon|tournament|league|championship|olympiad|award"
    r"|awards|marathon|cup|prize|bake-?off|final table|leaderboard|spelling bee|bee|quiz"
    r"|debate|tournament|sales (?:contest|league"
    r"|ranking)|ranked nationally|heat|regatta|triathlon|season)\b"
)


def _named_person(hit: Hit) -> bool:
    if rx.match(r"(?:ranked|ranking|placed|came in|finished|rated|top|best)", hit.matched) and (
        hit.in_sentence(_OWN_RECORD) or hit.in_sentence(_CONTEST)
    ):
        return False
    m = rx.search(r"than\s+(\w+)", hit.text[hit.start : hit.end])
    if m is None:
        return True
    word = m.group(1)
    if word.lower() in ("the", "candidate", "applicant", "cand", "others", "rest", "everyone"):
        return True
    if rx.match(
        r"[\'’]s\s+(?:level|standard|bar|benchmark|target|numbers|rubric|expectations?"
        r"|guidelines?|criteria|ladder)\b",
        hit.text[hit.end : hit.end + 25],
    ):
        return False  # "stronger than Amazon's bar for L5": a standard, not a person
    return word[:1].isupper() and word.lower() not in _TECH and word.lower() not in _PLACES


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
        "Ranked in the top 10% of sales reps nationally at her last company.",
        "Came in second in the 2023 regional barista championship.",
    ),
)


_DAYS = (
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|this morning"
    r"|this afternoon|last week|earlier|the morning|the afternoon"
    r"|(?:the )?(?:\d{1,2}(?::\d\d)? ?(?:am|pm|o'clock)|first|last|early|late|lunchtime"
    r"|morning|afternoon|\d{1,2}(?::\d\d)?) slot|\d{1,2}(?::\d\d)? ?(?:am|pm))"
)
#: Another person named by when or how they were seen: "the guy from yesterday morning".
_SEEN_PERSON = (
    r"(?:guy|girl|woman|man|lady|person|candidate|applicant|cand|interviewee|chap|bloke|gal"
    r"|fella|fellow|dude|lad|finalist|gentleman|one)"
)
_PEOPLE = (
    r"(?:candidates?|applicants?|finalists?|people|ones?|interviewees?|guys?|girls?|women|men"
    r"|woman|man|persons?|cands?|others|individuals?|profiles|applications|field|pool|slate"
    r"|bunch|lot|group)"
)


def _not_rubric(hit: Hit) -> bool:
    """A comparison with the bar, rubric or a level is what notes should say; keep others."""
    if rx.match(r"(?:of|among|out of) the finalists$", hit.matched) and rx.match(
        r"\s*(?:had|have|were|are|will be|got|get)\s+(?:\w+\s+)?(?:travel|booked|scheduled"
        r"|asked|given|invited|notified|interviews?|access|questions|parking|lunch)\b",
        hit.after(40),
    ):
        return False  # "three of the finalists had travel booked": logistics
    if rx.match(r"rank|placed|sits?|sat|falls?|fell|comes?|came|only", hit.matched) and (
        hit.in_sentence(_OWN_RECORD)
    ):
        return False
    return not rx.search(r"\b(?:bar|rubric|band|threshold|target|benchmark)\b", hit.matched)


CMP_003 = Rule(
    id="CND-CMP-003",
    category="comparison_other_candidates",
    severity="error",
    title="Candidate placed among, or against, other people",
    terms=(
        r"(?:than|as|like|unlike|compared (?:to|with)|next to|versus|vs\.?) (?:the |that |our )?(?:"
        + _DAYS
        + r"'?s?|last week'?s"
        r"|the (?:first|second|third|last|previous|other|earlier) (?:one|guy|girl|woman|man"
        r"|lady|person|candidate|applicant|interviewee)) ?(?:candidate|applicant|guy|girl|one"
        r"|person|woman|man|lady|interviewee|cand|finalist)?\b",
        r"(?:than|as) [a-z]+ (?:from|in|on) " + _DAYS,
        # "not as polished as the guy from yesterday morning", "the woman we saw Tuesday"
        r"(?:than|as|like|unlike|versus|vs\.?) (?:the|that|this) (?:[\w-]+ )?"
        + _SEEN_PERSON
        + r" (?:from|in|on|at) (?:the )?"
        + _DAYS,
        r"(?:guy|girl|woman|man|lady|person|candidate|applicant|interviewee|chap|bloke|gal"
        r"|fella|dude|lad|finalist|gentleman) (?:we|i) (?:saw|met|interviewed|had in|spoke to"
        r"|spoke with|talked to|screened|phone-screened) (?:on |in |this |last |yesterday|earlier"
        r"|before (?:him|her|them|lunch)|today|first|previously|" + _DAYS + r")",
        r"(?:the )?(?:other|remaining) (?:two|three|four|five|six|\d) (?:" + _PEOPLE + r")?"
        r"|(?:the )?others (?:we|i) (?:saw|interviewed|met|spoke to|talked to|had|screened)"
        r"|(?:of|among|out of) (?:the|all the|these|those) (?:(?:two|three|four|five|six"
        r"|seven|eight|nine|ten|\d+|remaining|final|other) (?:\w+ )?(?:finalists|candidates"
        r"|applicants|interviewees|people|ones|we|i)\b|finalists|shortlist|(?:candidates"
        r"|applicants|people|ones) (?:we|i) (?:saw|met|interviewed|spoke to))",
        r"rank(?:s|ed|ing)?:? (?:#|no\.? ?|number )?\d+ ?(?:of|out of|/|among|in a field of)"
        r" ?\d+|(?:ranks?|ranked|placed|sits?|sat|falls?|fell|comes?|came) (?:\w+ )?(?:below"
        r"|above|behind|ahead of|after|under|over) (?:the |our |both |all )?(?:other|rest"
        r"|others|remaining|(?:two|three)(?= *(?:[.,;:!?)]|$|of\b|on\b|in\b|at\b|for\b"
        r"|candidates|applicants|finalists|people|others|we|i\b))|\w+ (?:candidates"
        r"|applicants|finalists))",
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
        r"|(?:the|our) (?:internal|external|stronger|more experienced|better qualified|local)"
        r" (?:candidate|applicant|person|finalist|one|guy|hire)"
        r"|a stronger|a more|a better|a candidate (?:who|whose|with|that))",
        r"(?:the )?(?:level|standard|calibre|caliber|quality) of the (?:others|other \w+|rest"
        r"|field|pool|last|previous|other finalists|competition)|(?:compared|relative) (?:to"
        r"|with) (?:the )?(?:others|other \w+|rest|field|pool|everyone else|the competition)"
        r"|(?:vs\.?|versus) (?:the )?(?:others|other (?:candidates|applicants|finalists)|rest)",
        # "compared to the last three we saw", "the only candidate who read the brief"
        r"(?:last|previous|first|earlier|other|remaining) (?:two|three|four|five|six|seven|eight"
        r"|few|couple|handful|\d+) (?:(?:of )?(?:candidates|applicants|people|interviewees"
        r"|finalists|ones|guys|cands)|(?:we|i) (?:saw|met|interviewed|had|spoke to|screened))\b"
        r"|only (?:candidate|applicant|finalist|interviewee|cand) (?:so far |today |this"
        r" (?:week|round|cycle) )?(?:who|that|to|out of|of (?:the|all))\b|only (?:one|person)"
        r" (?:(?:so far|today|this (?:week|round|cycle)|we've seen|we have seen|i've seen) (?:who"
        r"|that|to)|(?:out of|of) (?:the|all|them|everyone))\b",
        r"(?:whoever|the person who|the one who|the (?:candidate|applicant|person) who)"
        r" (?:got|gets|landed|lands|accepted|took) (?:the|this|our) (?:job|role|offer|position)"
        r"|(?:the|our) (?:new hire|successful applicant|chosen one|winner|other finalist)",
        r"(?:last|previous|this morning's|yesterday's|today's|monday's|tuesday's|wednesday's"
        r"|thursday's|friday's|other|first|second) (?:guy|girl|lady|dude|bloke|gal|lad|lass"
        r"|chap|fella|trialist)\b",
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
        "Against the previous four we screened she was the clearest.",
        "Only applicant so far who brought a portfolio.",
        "Not nearly as confident as the lady in the 10am slot.",
        "Way sharper than the tall guy from Thursday afternoon.",
        "Same gaps as the applicant we interviewed before lunch.",
    ),
    good=(
        "Better answer on the second question than the first.",
        "Stronger on backend than frontend.",
        "Below the bar on design (2.5 vs 3.0).",
        "All applicants are assessed against the same criteria.",
        "Asked the standard availability question of all candidates.",
        "One of the best explanations of CAP I have heard.",
        "Works better as the lead on the morning shift.",
        "Her last three projects all shipped on time.",
        "The only person who can approve the change is the CAB chair.",
        "She was the only candidate to pass the safety exam at her old job.",
        "First two answers were vague; the last three were concrete.",
        "Calmer than the woman from the vendor who demoed yesterday.",
        "Covered the same ground as the man we met in the warehouse tour.",
    ),
)


#: Objects that make an "outperformed" idiom a comparison with another person.
_PERSON_OBJ = rx.compile(
    r"^\s*(?:(?:him|her|them)(?=\s*(?:[.,;:!?)]|$|(?:on|in|at|by|with|easily|comfortably"
    r"|completely|totally|hands|every|across|throughout|for|and|but|so|tbh|imo|today"
    r"|there|here|too)\b))|the (?:\w+ )?(?:woman|man|guy|girl|lady|person|one|chap|bloke|gal"
    r"|lad|lass|fella|dude|trialist|candidate|applicant|finalist|interviewee)s?\b|the (?:others\b|rest|field|competition|other"
    r" (?:\w+ )?(?:candidates?|applicants?|finalists?|one|two|three|guy|woman|man)\b)|everyone(?: else)?|everybody(?: else)?"
    r"|all (?:the )?others|both (?:of them|others)|(?:the )?other (?:candidates?|applicants?"
    r"|finalists?|interviewees?)|cand(?:idate)? (?:[a-z]|#?\d{1,2})\b)\b"
)
_TARGET_OBJ = rx.compile(
    r"^\s*(?:the |our |its |their |his |her )?(?:[\w-]+ )?(?:target|quota|plan|benchmark|baseline|market"
    r"|index|forecast|expectations?|budget|model|peers|colleagues|team|competitors?|goal"
    r"|numbers|kpis?|sla|estimate|prediction|brief)"
)


_FALLBACK_PERSON = rx.compile(
    r"\b(?:he|she|they|him|her|them|cand\w*|applicant|finalist|person|guy|woman|man)(?:'s"
    r"|'re)?\b[^.;!?\n]{0,30}?\b(?:fall-?back|back-?up|plan b|safety|second|reserve"
    r"|consolation)|\b(?:fall-?back|back-?up|plan b|safety|second|reserve|consolation)"
    r"[^.;!?\n]{0,40}?\b(?:if|in case|should) (?:we lose|[a-z]+ (?:declines|says no|turns"
    r" (?:us|it) down|falls through|backs out|reneges))"
)


def _against_person(hit: Hit) -> bool:
    """The idiom compares the candidate with another person, not with a target."""
    after = hit.after(40)
    if _TARGET_OBJ.match(after):
        return False
    m = hit.matched
    if rx.match(r"(?:streets|miles|leagues|light years|head and|way|far) ", m) and rx.search(
        r"(?:ahead of|above|better than|beyond|behind|below|short of|off) [a-z]+$", m
    ):
        last = hit.text[hit.start : hit.end].split()[-1]
        if last[:1].isupper():
            return _is_name(last) and not hit.in_sentence(_TOOLISH)  # "miles behind Daniel"
    if rx.match(r"(?:pick of|cream|head of|stood|stands|stand|standing|our|my|the)\b", m) and (
        rx.search(r"pick|cream|pack|stood|stand", m)
    ):
        return True  # "pick of the bunch", "stood out from the rest", "our pick was..."
    if rx.match(r"(?:pipped|beaten to|lost out)", m):
        return True  # "pipped at the post by an internal applicant"
    if rx.match(r"(?:others|the others|other|the rest)\b", m):
        return True  # "the others simply interviewed better"
    level = rx.search(r"(?:to|as|with|at|near|reach|match|matches|on) ([a-z]+)(?:'s level)?$", m)
    if level and rx.search(r"calibre|caliber|level|standard|quality|tier", m):
        word = hit.text[hit.start : hit.end].split()[-1].split("'")[0]
        return word[:1].isupper() and word.lower() not in _TECH  # "similar calibre to Sam"
    rank = rx.match(
        r"(?:rank|ranks|ranked|rate|rates|rated|put|puts|place|placed|slot|slotted|score"
        r"|scored) (?:him|her|them|cand \w+) ",
        m,
    )
    if rank:
        # "rank her below Tom", "rated him level with the Tuesday candidate"; not "scored
        # her above the bar"
        if rx.search(
            r"\bthe \w+ (?:candidate|one|guy|woman|man|applicant|finalist|person"
            r"|interviewee)$",
            m,
        ):
            return True
        last = hit.text[hit.start : hit.end].split()[-1]
        return last[:1].isupper() and last.lower() not in _TECH
    if rx.match(r"(?:cand|applicant|#)", m) or rx.search(
        r"\b(?:edged|edges|edging|shaded|shades|pipped|pips|nicked|nicks) it$", m
    ):
        return True  # "cand b > cand a": two labelled candidates compared; "Li edged it"
    pref = rx.search(r"(?: over| above| ahead of| before) ", m)
    if pref and rx.match(
        r"(?:prefer|i'd|i would|we'd|we would|take|pick|choose|rather|rate|rank)", m
    ):
        # "prefer Sam over her", "I'd take Jo over him": a person on one side
        sides = (m[: pref.start()].split()[-1], m[pref.end() :].strip())
        orig = hit.text[hit.start : hit.end]
        named = [w for w in rx.findall(r"\b[A-Z][a-z]+\b", orig) if w.lower() not in _TECH]
        person_verb = rx.match(
            r"(?:i'd take|i would take|we'd take|we would take|take|rather|rate|rank)", m
        )
        return (
            any(x in ("him", "her", "them") for x in sides)
            or "cand" in m
            or (person_verb is not None and len(named) >= 2)
        )
    if rx.match(
        r"(?:second|third|fourth|next)[- ](?:best|strongest|weakest|worst|highest"
        r"|lowest|sharpest)",
        m,
    ):
        return True  # "second-best interview this week"
    if m.startswith("if we"):
        # "if we lose Marco": another named candidate, or "the other finalist"
        word = hit.text[hit.start : hit.end].split()[-1]
        return word[:1].isupper() or bool(rx.search(r"\b(?:other|first|top)\b", m))
    if rx.search(r"fall-?back|back-?up|plan.b|safety|second|reserve|consolation", m):
        if rx.search(
            r"\b(?:had|has|have|having|with|needs?|needed|built|designed|added|implemented"
            r"|proposed|suggested|no|without|kept|keeps|keep|offered|mentioned|described"
            r"|used|uses|using|use|restored|restore|from|via|to|onto|switched to|fell back to"
            r"|failed over to|configured|set up|tested|ran|run"
            r"|explained)\s+(?:a |an |the |some |her |his |their )?(?:\w+ )?$",
            hit.before(30),
        ) and not rx.search(r"\bkeep (?:him|her|them)\b", hit.before(30)):
            return False  # "she had a fallback": a plan, not a person
        return hit.in_sentence(_FALLBACK_PERSON) or bool(
            rx.search(r"\b[A-Z][a-z]+\b", hit.text[hit.s_start : hit.start])
            and rx.search(r"\b(?:if|in case|should|when)\b", hit.sentence)
        )
    if rx.search(
        r"\b(?:others|rest|field|everyone|everybody|candidates?"
        r"|applicants?|finalists?|competition)\b",
        m,
    ):
        return True
    if rx.search(r"\b(?:him|her|them) \w", m) or rx.search(
        r"\b(?:the others?|the rest|everyone|everybody|anyone|all|we|i|we've|i've)\b", m
    ):
        return True  # "blew him out of the water", "out of everyone we've seen"

    if rx.search(r"\b(?:him|her|them)$", m):
        return _PERSON_OBJ.match(m.split()[-1] + after) is not None
    if _PERSON_OBJ.match(after) or _PERSON_OBJ.match(rx.sub(r"^\s*by\b", "", after)):
        return True
    # a named person right after the idiom: "ran rings around Tom"
    name = rx.match(r"\s*(?:by\s+)?([A-Z][a-z]+)\b", hit.text[hit.end : hit.end + 24])
    if name and name.group(1).lower() not in _TECH:
        return True
    # a named person right before, not the sentence's first word: "Honestly Aisha ran rings"
    lo = max(hit.s_start, hit.start - 20)
    prev = rx.search(r"(?<=\w\s)[A-Z][a-z]+\s+$", hit.text[lo : hit.start])
    return prev is not None and prev.group().strip().lower() not in _TECH


CMP_004 = Rule(
    id="CND-CMP-004",
    category="comparison_other_candidates",
    severity="error",
    title="Person outperforming, or standing in for, another",
    terms=(
        # idioms of one person beating another
        r"(?:ran|run|runs|running) (?:rings|circles) (?:a?round|round)(?: (?:him|her|them"
        r"|the others|everyone(?: else)?|the rest))?|(?:outshone|outshines|outshine|outclassed"
        r"|outclasses|outclass|outperformed|outperforms|outplayed|outdid|outdoes|outscored"
        r"|outscores|outranked|outranks|out-?interviewed|outgunned|eclipsed|trounced"
        r"|blew away|blows away|wiped the floor with|wipes the floor with|mopped the floor"
        r" with)\b|(?:blew|blows|blown|blowing) (?:him|her|them|the others|the rest|the"
        r" competition|everyone else|the field|(?:[a-z]+ ){0,2}[a-z]+) out of the water|(?:blew|blows) (?:the"
        r" others|the rest|the competition|everyone else|the field) away",
        r"(?:streets|miles|leagues|light years|head and shoulders|way|far) (?:ahead of|above"
        r"|better than|beyond|behind|below|short of|off) (?:him|her|them|the others|the rest|the field|everyone(?: else)?"
        r"|the other (?:candidates?|applicants?|finalists?|one|two|three)|[a-z]+)\b"
        r"|(?:can't|cannot|couldn't|could not) hold a candle to|not in the same league as"
        r"|(?:paled|pales|pale) (?:in comparison )?(?:next to|beside|compared (?:to|with)|against)"
        r"|(?:no|not a) match for|a cut above (?:the (?:rest|others|field)|him|her|them"
        r"|everyone)|not a patch on|nowhere near as (?:good|strong|sharp|polished|solid"
        r"|experienced) as|(?:edged|edges|edging|shaded|shades|pipped|pips|nicked|nicks) it\b",
        r"(?:prefer|prefers|preferred|i'd take|i would take|we'd take|we would take|take|pick"
        r"|choose|rather have|rate|rated|rank|ranked) (?:[a-z]+|cand (?:[a-z]|\d{1,2})) (?:over"
        r"|above|ahead of|before) (?:him|her|them|cand (?:[a-z]|\d{1,2})|[a-z]+)\b",
        # symbolic comparisons between labelled candidates
        r"(?:cand(?:idate)?|applicant|#) ?(?:[a-z]|\d{1,2})\b ?(?:>|<|>>|>=|<=|=>|vs\.?|versus"
        r"|over|beats?|edges?|pips?|trumps?|outscored|outranks?|ahead of|behind|better than"
        r"|stronger than|weaker than|worse than)(?: cand(?:idate)?| applicant| #)? ?(?:[a-z]"
        r"|\d{1,2})\b",
        # the candidate as a fallback for someone else
        r"(?:fall-?back|back-?up|plan b|plan-b|safety (?:pick|hire|option|net)|second (?:pick"
        r"|string|option)|reserve (?:candidate|pick|choice)|consolation (?:pick|hire))(?:"
        r" (?:option|candidate|choice|pick|hire))?(?= *(?:[.,;:!?)]|$|(?:if|in case|should"
        r"|when|unless|until|and|but|or|so|for now|here|there|tbh|imo|though|then|again"
        r"|anyway|at least|at best|only|just in case)\b))",
        r"(?:rank|ranks|ranked|rate|rates|rated|put|puts|place|placed|slot|slotted|score"
        r"|scored) (?:him|her|them|cand (?:[a-z]|\d{1,2})) (?:just |slightly |well |clearly |way"
        r" |a bit |a little )?(?:below|above|behind|ahead of|under|over|after|before|level with"
        r"|alongside|on par with|equal (?:to|with)|the same as) (?:[a-z]+|the \w+ (?:candidate"
        r"|one|guy|woman|man|applicant|finalist|person|interviewee))\b",
        r"(?:out of|of|among|compared (?:to|with)|than|unlike) (?:everyone|everybody|anyone"
        r"|all) (?:else )?(?:we've|we have|i've|i have|we|i|we'd|i'd) (?:seen|met|interviewed"
        r"|spoken to|talked to|had in|screened|shortlisted)",
        r"(?:second|third|fourth|next)[- ](?:best|strongest|weakest|worst|highest|lowest"
        r"|sharpest)(?: \w+)? (?:candidate|applicant|interview|interviewee|one|person|of|so far"
        r"|this (?:week|round|cycle)|today|we've|we have|i've|overall|in the (?:pool|field"
        r"|batch|group))",
        r"pick of the (?:bunch|litter|lot|day|week|group|pool|field|crop|candidates|applicants)"
        r"|cream of the crop|head of the pack|(?:stood|stands|stand|standing) out from the (?:rest"
        r"|others|other (?:candidates|applicants|finalists)|pack|field|crowd)|(?:our|my|the)"
        r" (?:final |eventual |ultimate )?pick (?:was|is|had|has|went|would be)",
        r"(?:others|the others|other (?:candidates|applicants|finalists)|the rest) (?:simply"
        r" |just |all |mostly )?(?:interviewed|performed|presented|scored|tested|did|came across"
        r"|showed up|answered) (?:\w+ )?(?:better|stronger|more|much better|far better)\b",
        r"(?:similar|same|comparable|equal|equivalent) (?:calibre|caliber|level|standard|quality"
        r"|tier) (?:to|as|with) [a-z]+\b|(?:at|to|near|reach|match|matches|on) [a-z]+'s level",
        r"pipped at the post|(?:beaten|pipped) to (?:it|the (?:role|job|post|offer|punch"
        r"|position))|lost out"
        r" (?:narrowly )?to (?:someone|somebody|an?|another|the other|one)\b",
        r"if we (?:lose|don't get|can't get|miss out on|fail to land|can't land|don't land)"
        r" (?:[a-z]+|the other (?:one|candidate|finalist|guy|applicant)|our (?:first|top)"
        r" (?:choice|pick))\b",
    ),
    check=_against_person,
    message="Compares the candidate with another person instead of the rubric.",
    rationale=_HOOK,
    suggestion=_SUGGEST,
    bad=(
        "Honestly Priya ran circles around him on the case study.",
        "Outclassed by the other finalist on every question.",
        "Candidate 2 > candidate 1 on ownership, go with 2.",
        "Keep him as our backup option in case the first choice declines.",
        "She's a solid fallback if we lose Dev.",
        "Miles ahead of the others on SQL.",
        "Streets behind Yusuf on the estimation task.",
        "Not a patch on the woman we saw on Monday.",
        "Both solid, but Kemi edged it on the design round.",
        "I'd take Ola over him for the lead role.",
        "Would rate her just below Dan on the system design.",
        "Of everyone we interviewed, he was the least prepared.",
        "Third-strongest candidate this round.",
        "Honestly the pick of the bunch.",
        "Unfortunately you were pipped at the post this time.",
        "Similar calibre to Josh, maybe a touch weaker.",
        "The others simply interviewed better.",
    ),
    good=(
        "Outperformed her sales quota three years running.",
        "Designed the backup strategy for the payments database.",
        "Built a fallback to the read replica when the primary is down.",
        "Ran circles around the original design with a simpler cache (benchmarks attached).",
        "Scored 3.5, above the bar of 3.0.",
        "Prefers Kafka over RabbitMQ for event streams.",
        "Would pick Postgres over Mongo for this workload.",
        "Scored her above the bar on every competency.",
        "Her team outperformed the other regional offices by 20%.",
        "If the demo failed, she had a fallback.",
        "The VPN dropped, so she used the backup.",
        "Comparable level to Python in this benchmark.",
        "Miles ahead of Excel for this kind of modelling, she argued.",
    ),
)


_HIRE_VERB = (
    r"(?:hired|selected|appointed|chose|chosen|picked|recruited|found|identified|secured"
    r"|landed|settled on|opted for|went for|gone for|(?:role|position|job|post|vacancy|offer)"
    r" (?:went|has gone|was given|was awarded|has been offered|was offered|has been given) to"
    r"|offered (?:it|the (?:role"
    r"|position|job)) to|gone with|went with|going with|proceeding with|proceeded with"
    r"|moving forward with|moved forward with|decided on|made an offer to|extended an offer"
    r" to|offering the (?:role|position|job) to|filled (?:the|this) (?:role|position|vacancy)"
    r" with)"
)
_SOMEONE = (
    r"(?:someone|somebody|a candidate|an applicant|a person|an individual|another (?:candidate"
    r"|applicant|person|individual)|an internal (?:candidate|applicant)|a colleague|a (?:[\w-]+"
    r" ){0,2}?(?:candidate|applicant|engineer|developer|manager|professional|specialist"
    r"|practitioner|person|individual|chef|nurse|teacher|designer|analyst|accountant|lawyer"
    r"|consultant|graduate|grad|intern|student|apprentice|trainee|technician|driver|operator"
    r"|associate|assistant|coordinator|officer|administrator|clerk|rep|representative"
    r"|electrician|mechanic|carer|therapist|pharmacist|scientist|researcher|postdoc|lecturer"
    r"|professor|architect|writer|editor|marketer|salesperson|agent|adviser|advisor|planner"
    r"|supervisor|leader|director|executive|paralegal|surveyor|medic|paramedic|physician"
    r"|doctor|clinician|tutor|instructor|coach))"
)
_PERSON_VERB = (
    r"(?:trained|brings|brought|holds|held|comes from|came from|comes with|came with"
    r"|previously|already|has (?:run|led|worked|managed|held|spent|built|delivered|shipped"
    r"|taught|trained|done|over|more|\d|a (?:phd|degree|master)|years|experience|direct"
    r"|hands-on|extensive|deep|strong|proven)|spent (?:\w+ )?(?:years|months|\d)|worked"
    r"|led|ran|speaks|studied|graduated|qualified|is (?:a )?(?:certified|qualified|chartered"
    r"|licensed|fluent|bilingual|native)|is (?:already|currently) (?:working|employed|based)"
    r"|whose|who (?:has|had|brings|holds|previously|already|led|ran|worked|spent|comes|came)"
    r"|with (?:\d+|over|more|extensive|deep|direct|hands-on|a (?:phd|degree|background)))"
)
_THING_HIRE = rx.compile(
    r"\b(?:office|system|platform|policy|process|tool|website|site|portal|location|store"
    r"|building|product|app|feature|team|department|branch|software|programme|program"
    r"|service|warehouse|kitchen|menu|facility|lab|model|vendor|supplier|contract|plan"
    r"|approach|option|framework|design|architecture|pipeline|hq|headquarters|role|position"
    r"|job|post|opening|vacancy|req|requisition|offer|package|salary|structure|rota|schedule"
    r"|shift|scheme|initiative|benefit|perk|version|release|update|module|equipment|kit"
    r"|laptop|car|fleet|range|collection|line|brand|logo|strategy|roadmap|partner|client"
    r"|customer|deal|investor|premises|campus|course|curriculum|training|handbook|guidance"
    r"|rule|law|regulation|standard|pay|bonus|hours|timetable|season|year|quarter|budget)s?\b"
)


_HEAD = rx.compile(r"(?:^|\s)([\w-]+)\s+" + _PERSON_VERB + r"\b")


_HIRING_CTX = rx.compile(
    r"\b(?:hired|appointed|selected|chosen|filled|promoted|offer(?:ed)?|decided|going with"
    r"|gone with|went with|proceed\w*|successful|the role|the position|the vacancy|the post"
    r"|this role|this position|unfortunately|regret)\b"
)


def _hire_described(hit: Hit) -> bool:
    """The words describe a person hired, not a new office or system."""
    m = hit.matched
    if rx.match(
        r"(?:someone|somebody|a colleague|a person|a candidate|an applicant) (?:from )?"
        r"(?:internal|in-house|from within|already|inside)",
        m,
    ):
        return hit.in_sentence(_HIRING_CTX)  # "someone internal got the role"
    if not rx.match(r"(?:our|the|my) ", m):
        return True
    head = _HEAD.search(m)
    return head is None or not _THING_HIRE.fullmatch(head.group(1))


CMP_005 = Rule(
    id="CND-CMP-005",
    category="comparison_other_candidates",
    severity="error",
    title="The person hired described",
    terms=(
        # "We've hired someone who previously led...", "selected an applicant with 10 years"
        _HIRE_VERB + r" (?:an internal|another internal|a current|an existing) (?:candidate"
        r"|applicant|employee|colleague|team member|staff member|member of staff)",
        _HIRE_VERB + r" " + _SOMEONE + r"(?: \w+)? (?:who|whose|with|that|from|already"
        r"|having|bringing|possessing|holding|more|better|stronger|closer|further|further"
        r" along|slightly|much|far|better-suited|better-qualified)\b",
        # "Our new chef de partie trained in Lyon", "the incoming manager has run..."
        r"(?:our|the|my) (?:new(?:ly (?:hired|appointed|recruited))?|incoming|successful"
        r"|chosen|selected|appointed|hired) (?:[\w-]+ ){0,3}?" + _PERSON_VERB + r"\b",
        # other applicants as a group, compared: "others in the pool had more relevant..."
        r"(?:others (?:in|on|from) (?:the|our|this) (?:pool|field|process|shortlist|round"
        r"|running|mix|cohort)|other (?:candidates|applicants|finalists|people|interviewees)"
        r"(?: (?:in|on|from) (?:the|our|this) (?:pool|field|process|shortlist|round|running"
        r"|mix|cohort))?|the rest of the (?:candidates|applicants|field|pool|finalists"
        r"|shortlist)|another (?:candidate|applicant|person|finalist)|a different (?:candidate"
        r"|applicant|person)|someone else|somebody else|the other (?:candidate|applicant"
        r"|finalist)|(?:several|many|some|most|a few|a number of) (?:of the )?(?:other )?"
        r"(?:candidates|applicants|finalists))(?: (?:simply|just|also|all|frankly|clearly|honestly"
        r"|ultimately))? (?:(?:would|will|could|might|may|did|does) (?:be |have |offer |bring "
        r"|provide |give |show |better |more )?)?(?:had|have|brought|bring|showed|show|offered"
        r"|offer|were|are|provide|provides|provided|give|gives|gave|be|is|was|match|matches"
        r"|demonstrated|came with|possessed|presented|matched) (?:\w+ ){0,3}?(?:more|better"
        r"|stronger|greater|broader|deeper|closer|further|higher|additional|extra|directly"
        r"|specific|relevant|superior|fuller|richer|wider|longer)\b",
        r"(?:someone|somebody|a colleague|a person|a candidate|an applicant) (?:from )?"
        r"(?:internal(?:ly)?|in-house|from within|already (?:on|in) the (?:team|company"
        r"|business)|inside the (?:company|business))\b|(?:promoted|moved|transferred)"
        r" (?:someone|somebody|a colleague|an internal (?:candidate|applicant)|from within)"
        r"(?: internally)? (?:into|to) (?:the|this) (?:role|position|job|post)|(?:filled"
        r"|fill|filling) (?:the|this) (?:role|position|vacancy|post) (?:internally|from within"
        r"|in-house)",
        r"(?:hire|appointee|person|candidate|applicant|guy|woman|lady|chap) (?:we|i)"
        r" (?:made|went with|settled on|ended up with|chose|picked|brought in|brought on)"
        r" (?:has|had|is|was|brings|brought|holds|comes|came|already|speaks|worked|led|ran"
        r"|spent)\b",
        r"(?:someone|somebody|a candidate|an applicant|a person|another (?:candidate|applicant"
        r"|person)) (?:slightly |much |far |a bit |a little )?(?:more (?:senior|experienced"
        r"|qualified|suitable|specialised|specialized|established|rounded|seasoned)|better"
        r"[- ](?:qualified|suited|matched|aligned|prepared|placed)|further along|stronger)\b",
    ),
    check=_hire_described,
    message="Describes the person hired or the other applicants.",
    rationale=_HOOK,
    suggestion=_SUGGEST,
    bad=(
        "We have appointed someone who ran a similar unit for five years.",
        "Our new store manager comes from a larger chain and has led two openings.",
        "Many of the other applicants simply brought more hands-on experience.",
        "The incoming analyst already holds the CFA.",
        "We went with somebody slightly more senior.",
        "We felt a different applicant would provide more continuity.",
        "The role went to someone with a longer track record in retail.",
        "We found a candidate whose background fits our roadmap more closely.",
        "We have filled the vacancy internally.",
        "We have appointed an existing team member.",
        "The hire we made already holds a Class A licence.",
        "Honestly the person I went with has run three stores.",
    ),
    good=(
        "Our new office opens in March and has step-free access.",
        "We have decided to proceed with other candidates.",
        "Our new onboarding process starts with a buddy week.",
        "Several of them had questions about the schedule, which we answered for all.",
        "First answer was vague; the rest were more specific.",
        "Some answers were thin, others had more depth.",
        "Referred by a colleague from in-house legal.",
        "The new role comes with a company car.",
        "The pick we made was the Postgres option, which has better tooling.",
    ),
)


#: Words that are capitalised but are not people ("than January", "compared with Excel").
_NOT_NAMES = frozenset(
    [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "q1",
        "q2",
        "q3",
        "q4",
        "the",
        "a",
        "an",
        "our",
        "my",
        "his",
        "her",
        "their",
        "it",
        "that",
        "this",
        "he",
        "she",
        "they",
        "him",
        "them",
        "me",
        "us",
        "you",
        "expected",
        "planned",
        "required",
        "needed",
        "usual",
        "advertised",
        "posted",
        "listed",
        "ever",
        "before",
        "last",
        "previously",
        "brief",
        "rubric",
        "bar",
        "spec",
        "target",
        "ai",
        "chatgpt",
        "copilot",
        "google",
        "amazon",
        "microsoft",
        "meta",
        "apple",
        "netflix",
        "uber",
        "stripe",
        "deloitte",
        "kpmg",
        "pwc",
        "ey",
        "mckinsey",
        "accenture",
        "ibm",
        "github",
        "jira",
        "figma",
    ]
)
_PLACES = frozenset(
    [
        "europe",
        "asia",
        "africa",
        "america",
        "americas",
        "emea",
        "apac",
        "latam",
        "us",
        "usa",
        "uk",
        "eu",
        "china",
        "india",
        "japan",
        "germany",
        "france",
        "canada",
        "australia",
        "london",
        "nyc",
        "finance",
        "sales",
        "marketing",
        "hr",
        "legal",
        "engineering",
        "ops",
        "product",
    ]
)
_BACKUP_CUE = rx.compile(
    r"#\s?\d|\b(?:no\.? ?\d|number (?:two|three|2|3)|second|backup|back-up|fallback"
    r"|fall-back|plan b|reserve|then (?:we|offer|go|move)|go to|move to|offer (?:to )?(?:him"
    r"|her|them)|solid|next)\b"
)


#: The sentence compares tools or products, not people.
_TOOLISH = rx.compile(
    r"\b(?:prefer\w*|migrat\w*|switch\w*|benchmark\w*|latency|throughput|cheaper|library"
    r"|libraries|framework|database|api|tooling|stack|version|release|use case|paper"
    r"|algorithm|protocol|engine|cluster|queue|broker|language|runtime|compiler|vendor)\b"
)


def _named_other(hit: Hit) -> bool:
    """The comparison names another person or a numbered candidate."""
    m = hit.matched
    if rx.search(
        r"(?:#\s?\d+|\bno\.? ?\d+|\bnumber \d+|\b(?:cand(?:idate)?|applicant)"
        r" (?:#?\d+|[a-z]))$",
        m,
    ):
        return True  # "tied with #4", "weaker than candidate B"
    if rx.match(r"(?:internal|other|first|earlier|previous|last|morning|afternoon)\b", m):
        return True  # "the internal guy is a shoo-in"
    if rx.search(
        r"(?:turn|turns|turned|turning|decline|declines|declined|pass|passes"
        r"|fall|falls|fell|back|backs|backed|pull|pulls|pulled|renege|reneges"
        r"|reneged|says|said|say|walk|walks|passed|goes|went|takes|took)\b",
        m.split()[0],
    ):
        # "solid #2 if Ken turns us down"
        pre = hit.text[max(hit.s_start, hit.start - 30) : hit.start]
        named = rx.search(
            r"\b(?:if|in case|should|unless|when|once) ([A-Z][a-z]+|the other"
            r"|our (?:first|top))\b",
            pre,
        )
        return (
            named is not None
            and named.group(1).lower() not in _NOT_NAMES
            and named.group(1).lower() not in _TECH
            and hit.in_sentence(_BACKUP_CUE)
        )
    word = hit.text[hit.start : hit.end].split()[-1]
    if not word[:1].isupper() or word.lower() in _TECH or word.lower() in _NOT_NAMES:
        return False
    if len(word) >= 3 and word.isupper():
        return False  # "LTL vs FTL", "GAAP vs IFRS": acronyms of terms, not people
    if rx.match(
        r"\s*(?:\d|[\'’]s\s+(?:original|paper|book|article|algorithm|law|theorem"
        r"|method|rule|model|framework|test))",
        hit.text[hit.end : hit.end + 30],
    ):
        return False  # "than Level 3 requires", "clearer than Dijkstra's original paper"
    if rx.search(
        r"\b(?:at|in|with|on|using|for|of) [A-Z][\w+#.-]*(?: [a-z]+)? $",
        hit.text[max(hit.s_start, hit.start - 40) : hit.start],
    ):
        return False  # "better at Terraform than Ansible": two skills compared
    if (
        rx.match(
            r"\s+(?:expected|anticipated|predicted|forecast|planned|required|requires|allows?"
            r"|level|tier|grade|team|department|dept|office|region|market|budget|targets?)\b"
            r"|,? (?:her|his|their) (?:peer|colleague|manager|boss|lead|teammate|coworker|co-worker"
            r"|director|report|mentor)s?\b",
            hit.text[hit.end : hit.end + 30],
        )
        or word.lower() in _PLACES
    ):
        return False  # "than Finance expected", "than Ken, her peer at Acme", "than Europe"
    if hit.in_sentence(_TOOLISH):
        return False  # "compared with Kafka, she prefers Pulsar": tools, not people
    return not rx.match(
        r"[\'’]s\s+(?:level|standard|bar|benchmark|target|numbers)\b",
        hit.text[hit.end : hit.end + 20],
    )


_TARGET = (
    r"(?:#\s?\d+|no\.? ?\d+|number \d+|(?:cand(?:idate)?|applicant) (?:#?\d+|[a-z])\b"
    r"|[a-z]+)\b"
)

CMP_006 = Rule(
    id="CND-CMP-006",
    category="comparison_other_candidates",
    severity="error",
    title="Candidate compared with a named or numbered person",
    terms=(
        # "not as strong as Priya", "less polished than Maria", "hungrier than #4"
        r"as [\w-]+ as " + _TARGET,
        r"than " + _TARGET,
        r"(?:side by side with|side-by-side with|tied with|par with|neck and neck with|stacked (?:up )?"
        r"against|compared (?:to|with)|relative to|vs\.?|versus) " + _TARGET,
        # a rival favoured: "the internal guy is a shoo-in"
        r"(?:internal|earlier|previous|morning|afternoon) (?:guy|girl|candidate|applicant|hire"
        r"|person|one|lad|woman|man|finalist|option|chap|bloke)(?:'s| is| was| seems| looks)"
        r" (?:\w+ )?(?:a shoo-?in|the favou?rite|favou?red|ahead|the front-?runner|a front-?runner"
        r"|a lock|the pick|stronger|better|preferred|nailed on|a dead cert|a sure thing|miles"
        r" ahead|way ahead|the one to beat|in pole position|getting it|the safer bet)",
        # a back-up if the preferred person declines
        r"(?:turns|turn|turned|turning) (?:us|the offer|it|our offer|the role|the job) down"
        r"|(?:declines|decline|declined) (?:the |our )?(?:offer|role|job)|(?:falls|fall|fell)"
        r" through|(?:backs|back|backed|pulls|pull|pulled) out|reneges|renege|reneged"
        r"|(?:says|said|say) no|(?:passes|passed) on (?:us|the offer|it|the role)|(?:goes|went)"
        r" elsewhere|(?:takes|took) (?:another|the other|a different|a competing) (?:offer|job"
        r"|role)",
    ),
    check=_named_other,
    message="Compares the candidate with a named or numbered person rather than the bar.",
    rationale=_HOOK,
    suggestion=_SUGGEST,
    bad=(
        "Not as strong as Priya on the whiteboard.",
        "Side by side with Maria she's clearly less polished.",
        "Tied with #4 on the rubric but he seemed hungrier.",
        "Noticeably weaker than Tomasz on estimation.",
        "Solid #2 if Ken turns us down.",
        "Honestly the internal guy is a shoo-in.",
        "Less articulate than candidate C.",
        "Next in line if Sofia says no.",
        "Keep her warm as the backup in case Omar takes another offer.",
    ),
    good=(
        "Stronger on backend than frontend.",
        "Better at Python than Java.",
        "Tied with the bar at 3.0.",
        "Counted the drawer with a second person, per policy.",
        "More comfortable in SQL than Excel.",
        "Compared with Oracle, she prefers Postgres for OLTP.",
        "Worked alongside Maria on the billing migration.",
        "If the candidate declines the offer, we will reopen the search.",
        "If the customer says no, she escalates to the duty manager.",
        "Her last hire took another offer, so she rebuilt the process.",
    ),
)


#: Business words: "Tesco beats Aldi on price" compares companies, not people.
_BUSINESS = rx.compile(
    r"\b(?:price|prices|pricing|delivery|market|share|sales|revenue|stock|customers?|brand"
    r"|stores?|products?|schedule|forecast|target|budget|region|competitors?|rivals?"
    r"|suppliers?|vendors?|company|companies|firm|firms|ratings?|reviews?|league|season|game"
    r"|match|election|poll|polls)\b"
)
#: Nouns for another candidate on one side of a choice.
_OTHER_PERSON = frozenset(
    [
        "referral",
        "candidate",
        "applicant",
        "guy",
        "woman",
        "man",
        "lady",
        "internal",
        "finalist",
        "interviewee",
        "other",
        "first",
        "second",
        "earlier",
    ]
)
#: A choice or a comparison in the sentence: "between Kim and Lee, Kim for sure".
_CHOICE = rx.compile(
    r"\b(?:for sure|i'd|we'd|pick|picks|choose|chose|go with|hire|prefer\w*|vote|lean\w*"
    r"|toss-?up|coin|tough call|choice|winner|stronger|better|weaker|worse|edge|edges"
    r"|liked|like|than|rather|over|more|less|compared|vs|versus|as good|ahead|behind)\b"
)
#: A menu path or breadcrumb ("Settings > Billing"), not a ranking of people.
_UI_PATH = rx.compile(
    r"\b(?:navigat\w*|click\w*|menu|settings|tab|tabs|page|screen|path|folder|directory"
    r"|opened|open|went to|go to|goes to|under|breadcrumb|file|edit|view|tools|options"
    r"|preferences|dashboard|admin|console|ui|button|select(?:ed)?|chose|choose)\b"
)
_NOT_PERSON = frozenset(
    [
        "hire",
        "no",
        "yes",
        "strong",
        "lean",
        "weak",
        "maybe",
        "pass",
        "option",
        "options",
        "plan",
        "approach",
        "proposal",
        "version",
        "model",
        "design",
        "offer",
        "priority",
        "quality",
        "speed",
        "cost",
        "safety",
        "price",
        "value",
        "process",
        "people",
        "product",
        "customer",
        "customers",
        "revenue",
        "growth",
        "sales",
        "service",
        "support",
        "data",
        "security",
        "budget",
        "time",
        "scope",
        "email",
        "slack",
        "zoom",
        "teams",
        "phone",
        "chat",
        "text",
        "sms",
        "web",
        "mobile",
        "desktop",
        "cloud",
        "onsite",
        "remote",
        "hybrid",
        "manual",
        "automated",
        "automation",
        "testing",
        "ux",
        "ui",
        "frontend",
        "backend",
        "infra",
        "ops",
        "devops",
        "north",
        "south",
        "east",
        "west",
        "day",
        "night",
        "days",
        "nights",
        "weekend",
        "weekends",
        "morning",
        "afternoon",
        "evening",
        "senior",
        "junior",
        "lead",
        "manager",
        "director",
        "head",
        "staff",
        "team",
    ]
)


def _is_name(word: str) -> bool:
    """Whether ``word`` (as written) looks like a person's name or a labelled candidate."""
    w = word.strip(".,;:!?()'\u2019\"")
    if rx.fullmatch(r"(?:[Mm]r|[Mm]s|[Mm]rs|[Mm]iss|[Mm]x|[Dd]r)\.?", w):
        return True
    if not rx.fullmatch(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?", w):
        return False
    low = w.lower()
    return (
        low not in _TECH
        and low not in _NOT_NAMES
        and low not in _PLACES
        and (low not in _NOT_PERSON)
    )


def _ranked_people(hit: Hit) -> bool:
    """Named, numbered or other candidates ranked or chosen between."""
    m = hit.matched
    orig = hit.text[hit.start : hit.end]
    if m.startswith(">"):
        # "Chen > Alvarez > Brooks": names on both sides, in a ranking or a list of names
        after = rx.match(r">+\s*(\S+)", orig)
        before = rx.search(r"(\S+)\s*$", hit.text[hit.s_start : hit.start])
        if not (after and before and _is_name(after.group(1)) and _is_name(before.group(1))):
            return False
        return not (hit.in_sentence(_TOOLISH) or hit.in_sentence(_UI_PATH))
    if rx.match(
        r"(?:distant|close|clear|comfortable|solid|respectable|strong|narrow) (?:second|third"
        r"|fourth|fifth|last|2nd|3rd|4th|5th)$",
        m,
    ):
        # "a distant third"; not a place in a contest, not a second round
        if hit.in_sentence(_CONTEST) or hit.in_sentence(_OWN_RECORD):
            return False
        return (
            rx.match(
                r"\s*(?:$|[.,;:!?)]|(?:place|choice|pick|option|candidate|behind|to|after|among|of"
                r"|on|at|for|from|overall|again"
                r"|in the (?:ranking|rankings|pool|field|list|shortlist|stack|running)|on (?:the|my"
                r"|our) (?:list|shortlist|ranking|scorecard)|overall|for me|imo|tbh|then|and|but"
                r"|so|with|by)\b)",
                hit.after(40),
            )
            is not None
        )
    if rx.match(
        r"(?:final|overall|current|personal|gut|panel|rank|stack|pecking|order|pref|top)", m
    ):
        # "My ranking: Chen, Alvarez, Brooks": at least two names or labels after (a dash
        # ends the engine's sentence, so read on to the next full stop)
        tail = rx.split(r"[.!?\n]\s", hit.text[hit.end : hit.end + 90], maxsplit=1)[0]
        names = [
            w
            for w in rx.findall(r"[A-Z][a-z]+|(?:[Mm]r|[Mm]s|[Mm]rs|[Dd]r)\.? ?[A-Z]", tail)
            if _is_name(w.split()[0])
        ]
        labels = rx.findall(
            r"\b(?:cand(?:idate)?|applicant|#) ?(?:[a-z]|\d{1,2})\b",
            hit.low[hit.end : hit.end + 90],
        )
        return len(names) + len(labels) >= 2
    if rx.search(r" than (?:this|that|today's|the current|our) \w+$", m):
        return True  # "Ramirez was way stronger than this guy"
    if rx.search(
        r" (?:we|i) (?:saw|met|interviewed|had|trialled|trialed|tried|tested|shadowed"
        r"|phone-screened|screened)\b",
        m,
    ):
        # "the agency nurse we trialled last month was quicker": only with a comparison
        return bool(
            rx.search(
                r"\b(?:[a-z]{3,}er|more|less|better|worse|best|worst|than|stronger|weaker)\b",
                hit.after(50),
            )
        ) and not hit.in_sentence(_TOOLISH)
    if rx.match(r"(?:first|second|third|fourth|last|1st|2nd|3rd|4th)[,;]? ", m):
        return _is_name(orig.split()[1].strip(",;")) and not hit.in_sentence(_TOOLISH)
    if rx.match(
        r"(?:beats|bests|trails|trailed|outranks|outranked|ahead of|behind|(?:comes|came)"
        r" (?:after|before)|(?:ranks|ranked|sits) (?:above|below)) ",
        m,
    ) and not rx.search(r" (?:him|her|them)$", m):
        # "Chen beats Alvarez", "Chen is ahead of Alvarez": a name on both sides
        got = rx.search(
            r"\b([A-Z][a-z]+)(?:'s|\s+(?:is|was|sits|stays|comes|came|ranks|ranked|finished"
            r"|slightly|clearly|just|narrowly|easily|still|now|well|way|far|miles|a bit|just"
            r" behind))*\s+$",
            hit.text[hit.s_start : hit.start],
        )
        if rx.match(r"(?:ahead|behind)", m) and not rx.match(
            r"\s*(?:for me|imo|in my (?:ranking|list|book|view|order)|on (?:the|my|our)"
            r" (?:rubric|scorecard|ranking|list|shortlist|scores?)|overall|tbh|on balance"
            r"|in the (?:ranking|debrief))",
            hit.after(30),
        ):
            return False  # "Tesco is ahead of Aldi on delivery": not a ranking of people
        return (
            got is not None
            and _is_name(got.group(1))
            and _is_name(orig.split()[-1])
            and not hit.in_sentence(_TOOLISH)
            and not hit.in_sentence(_BUSINESS)
        )
    if rx.match(r"(?:beat|bested|trump|topped|tops)", m):
        # "Joe clearly beat her on the coding round"
        got = rx.search(r"\b([A-Z][a-z]+)\s+(?:\w+ly\s+)?$", hit.text[hit.s_start : hit.start])
        return got is not None and _is_name(got.group(1)) and not hit.in_sentence(_TOOLISH)
    if rx.search(r" than (?:him|her|them)$", m):
        # "Ramirez was way stronger than him": a named person is the other side
        pre = hit.text[hit.s_start : hit.start]
        if rx.search(
            r"\b(?:last week's|yesterday's|today's|this morning's|(?:mon|tues|wednes|thurs|fri)"
            r"day's|the other|the previous|the last|the earlier|the first) \w+",
            pre.lower(),
        ):
            return not hit.in_sentence(_TOOLISH)  # "last week's picker did more than him"
        subj = rx.search(
            r"\b([A-Z][a-z]+)(?:[\'\u2019]s\b|\s+(?:was|is|did|had|has|seemed|looked|came|answered"
            r"|interviewed|performed|presented|scored|gave|showed|knew|knows|sounded)\b)",
            pre,
        )
        return subj is not None and _is_name(subj.group(1)) and not hit.in_sentence(_TOOLISH)
    if rx.search(r" (?:before|after) (?:her|him|them|this one|lunch)$", m):
        # "the gentleman before her was far more polished": only with a comparison
        return hit.in_sentence(_CHOICE) or bool(
            rx.match(
                r"\s+(?:\w+\s+)?(?:knew|nailed|aced|smashed|crushed|bombed|answered|showed|gave"
                r"|had (?:more|better)|did (?:better|worse)|blew|was (?:better|stronger|sharper"
                r"|weaker|worse|more|less|much|way|far))\b",
                hit.after(40),
            )
        )
    if rx.match(
        r"(?:mid|middle|top|bottom|of|among|out of|from|best|strongest|weakest|worst"
        r"|pick)\b",
        m,
    ):
        if rx.match(
            r"\s+of (?!(?:candidates|applicants|people|finalists|interviewees)\b)", hit.after(20)
        ):
            return False  # "best of a bad bunch of vendor options"
        return not (
            hit.in_sentence(_OWN_RECORD) or hit.in_sentence(_CONTEST) or hit.in_sentence(_TOOLISH)
        )
    if rx.search(r"(?:cand(?:idate)?|applicant|#) ?#?(?:[a-z]|\d{1,2})\b", m):
        return not hit.in_sentence(_TOOLISH)  # "preferred Cand B", "applicant #3 is my pick"
    if rx.match(r"between [a-z]+ and", m):
        # "between Kim and Lee, Kim for sure": two people and a choice
        w = orig.split()
        return (
            _is_name(w[1])
            and _is_name(w[3])
            and hit.in_sentence(_CHOICE)
            and not hit.in_sentence(_TOOLISH)
        )
    if rx.match(r"(?:came|comes|coming|come|between)", m):
        return True  # "it came down to you and one other person"
    if rx.search(r"the other \w+$", m):
        return True  # "should have hired the other one"
    if rx.match(r"(?:she's|he's|shes|hes|they're) no ", m) or m.startswith("version of"):
        if m.startswith("version of") and not rx.search(
            r"\b(?:younger|older|junior|female|male|mini|poor man's|watered-down)\s+$",
            hit.before(20),
        ):
            return False
        if m.startswith("version of"):
            return _is_name(orig.split()[-1])  # "a younger version of Phil"
        return _is_name(orig.split()[-1]) and not hit.in_sentence(_TOOLISH)
    if rx.match(r"\d", m):
        return hit.in_sentence(_CHOICE)
    if rx.search(r" (?:ahead|in front|on top)$", m):
        # "another applicant edged ahead": someone else, or a named person, came out on top
        pre = hit.text[hit.s_start : hit.start]
        if rx.search(
            r"\b(?:another|other|others|someone|somebody|the (?:successful|selected|chosen|internal"
            r"|external)|(?:internal|external) (?:candidate|applicant))\b",
            pre.lower(),
        ):
            return not hit.in_sentence(_TOOLISH)
        got = rx.search(r"\b([A-Z][a-z]+)\s+(?:\w+ly\s+)?$", pre)
        return got is not None and _is_name(got.group(1)) and not hit.in_sentence(_TOOLISH)
    if rx.match(r"(?:edg|nudg|pip|shad)", m):
        last = orig.split()[-1]
        return _is_name(last) and not hit.in_sentence(_TOOLISH)
    if m.startswith("over "):
        prev = rx.search(r"(\S+)\s+$", hit.text[hit.s_start : hit.start])
        return (
            prev is not None
            and _is_name(prev.group(1))
            and _is_name(orig.split()[1])
            and not hit.in_sentence(_TOOLISH)
        )
    if m.startswith("one other"):
        return bool(
            rx.search(
                r"\b(?:(?:you|him|her|them|yourself) and|between)\s+(?:\w+\s+)?$", hit.before(30)
            )
        )
    if rx.match(r"(?:went|go|going|gone) (?:the other|another|a different) ", m):
        return hit.in_sentence(_HIRING_CTX) or bool(
            rx.search(r"\b(?:you|came down|decid\w*|chose|between)\b", hit.sentence)
        )
    if rx.match(r"(?:lean|tilt|tipp|inclin|edging|veer)", m):
        last = orig.split()[-1]
        if rx.search(r"\b(?:cand(?:idate)?|applicant) (?:[a-z]|#?\d{1,2})$|#\s?\d+$", m):
            return True
        if rx.search(r"\bthe (?:other|first|second|earlier|internal|morning|afternoon)\b", m):
            return True
        if rx.search(r"\b(?:mr|ms|mrs|miss|mx|dr)\b(?:\.? ?\w+)?$", m):
            return True
        if not _is_name(last) or hit.in_sentence(_TOOLISH):
            return False
        if rx.match(r"\s+(?:\d|[A-Z]\b|#)", hit.text[hit.end : hit.end + 5]):
            return False  # "leaning towards Option 2", "Plan B"
        return not rx.match(r"\s*(?:hire|no|yes)\b", hit.after(10))
    # "hire Sam over Ravi": a person on both sides
    words = rx.findall(r"[\w'\u2019.-]+", orig)
    idx = [
        i
        for i, w in enumerate(words)
        if w.lower()
        in (
            "over",
            "above",
            "ahead",
            "instead",
            "rather",
            "not",
            "behind",
            "below",
            "under",
            "level",
            "after",
        )
    ]
    if not idx:
        return False
    left, right = words[idx[0] - 1], words[-1]
    people = ("him", "her", "them")
    ok_left = left.lower() in people or _is_name(left)
    if left.lower() in _OTHER_PERSON and right.lower() in people:
        ok_left = True  # "go with the referral over her"
    ok_right = right.lower() in people or _is_name(right)
    return ok_left and ok_right and not hit.in_sentence(_TOOLISH)


CMP_007 = Rule(
    id="CND-CMP-007",
    category="comparison_other_candidates",
    severity="error",
    title="Candidates ranked, or chosen between, by name",
    terms=(
        # "Chen > Alvarez > Brooks"
        r">>? ?[a-z]+",
        # "Brooks a distant third", "a close third"
        r"(?:distant|close|clear|comfortable|solid|respectable|strong|narrow) (?:second|third"
        r"|fourth|fifth|last|2nd|3rd|4th|5th)",
        # "My ranking: Chen, Alvarez, Brooks"
        r"(?:(?:final|overall|current|personal|gut|panel) )?(?:ranking|rankings|rank order"
        r"|stack[- ]?rank(?:ing)?|pecking order|order of preference|preference order|top (?:two"
        r"|three|3|2))(?: (?:is|was|would be|right now|for now|so far|as it stands|for me|imo"
        r"|tbh))?\s?(?::|=|-|is\b)",
        # "it came down to you and one other person"
        r"(?:came|comes|coming|come) down to (?:you|him|her|them) and (?:one|an?|another|the"
        r" other|a second|[a-z]+)\b|between (?:you|him|her|them) and (?:one|another|the other"
        r"|a second) (?:other )?(?:candidate|applicant|person|finalist|individual|interviewee)"
        r"|one other (?:candidate|applicant|person|finalist|individual|interviewee)",
        r"(?:went|go|going|gone) (?:the other|another|a different) (?:way|route|direction)"
        r"(?= *(?:[.,;:!?)]|$|and|but|so|this time|on this|in the end|with (?:the|our|an?)"
        r" (?:hire|offer|appointment|role)))",
        # "I'm leaning Mr. T", "leaning towards Priya"
        # (the bare "lean" only before "towards": it is also an adjective, "Lean Basics")
        r"leans? (?:more |slightly |heavily |strongly |a bit |a little )?(?:towards?|toward)"
        r" [a-z]+\b",
        r"(?:leaning|leant|leaned|tilting|tipping|inclined|edging|veering)"
        r" (?:more |slightly |heavily |strongly |firmly |a bit |a little |quite )?(?:(?:towards?"
        r"|to|toward) )?(?:(?:mr|ms|mrs|miss|mx|dr)\b|the (?:other|first|second|earlier"
        r"|internal|morning|afternoon) (?:one|candidate|applicant|guy|woman|man|person|finalist)"
        r"|(?:cand(?:idate)?|applicant) (?:[a-z]|#?\d{1,2})|#\s?\d+|[a-z]+)\b",
        # "Hire Sam over Ravi"
        r"(?:hire|hiring|hired|go with|going with|went with|offer|offering|offered|advance"
        r"|advancing|vote for|voting for|voted for|backing|recommend|recommending"
        r"|recommended|select|selecting|selected|put forward|progressing"
        r"|move forward with|moving forward with|proceed with|proceeding with|put|puts|putting"
        r"|slot|slotted|place|placed|placing) (?:the |that |this |our )?[a-z]+ (?:just |slightly"
        r" |well |clearly |way |a bit"
        r" |a little |narrowly )?(?:over|above|ahead of|instead of|rather than|not|behind|below"
        r"|under|level with|after) [a-z]+\b",
        # "Kim over Lee for me", "between Kim and Lee"
        r"over [a-z]+ (?:for me|imo|tbh|all day|any day|easily|comfortably|hands down|every"
        r" time|on (?:the )?(?:rubric|scores?|balance|paper))\b",
        r"between [a-z]+ and [a-z]+\b",
        # "should have hired the other one"
        r"(?:hire|hired|hiring|pick|picked|choose|chose|chosen|offer|offered|take|took|taken)"
        r" the other (?:one|candidate|guy|girl|woman|man|applicant|finalist|person|lad|lady)\b",
        # "she's no Priya", "a younger version of Tom"
        r"(?:she's|he's|shes|hes|they're) no [a-z]+\b|version of [a-z]+\b",
        # "liked the 9am candidate better"
        r"\d{1,2}(?::\d\d)? ?(?:am|pm|o'clock) (?:candidate|applicant|interviewee|guy|girl|woman"
        r"|man|lady|person|chap|bloke|lad|gal|one)\b",
        # "Ramirez was way stronger than this guy"
        r"(?:stronger|weaker|better|worse|sharper|smarter|quicker|faster|slower|clearer|calmer"
        r"|keener|hungrier|warmer|more \w+|less \w+) than (?:this|that|today's|the current|our)"
        r" (?:guy|girl|woman|man|lady|candidate|applicant|person|chap|bloke|lad|gal|fella|dude"
        r"|cand|interviewee)\b|(?:stronger|weaker|better|worse|sharper|smarter|quicker|faster"
        r"|slower|clearer|calmer|keener|hungrier|warmer|more \w+|less \w+) than (?:him|her"
        r"|them)\b",
        # "the gentleman before her was far more polished"
        r"(?:guy|girl|woman|man|lady|gentleman|person|candidate|applicant|interviewee|chap"
        r"|bloke|lad|gal|fella|one) (?:right |just |immediately )?(?:before|after) (?:her|him"
        r"|them|this one|lunch)\b",
        # "mid-pack", "bottom of the three", "out of today's batch"
        r"mid-?pack|middle of the (?:pack|pile|bunch|group|three|four|five)|(?:top|bottom"
        r"|middle) of the (?:two|three|four|five|six|finalists|batch|shortlist|group of"
        r" (?:candidates|applicants|finalists))\b|(?:of|among|out of|from) (?:today's|this"
        r" week's|yesterday's|this morning's|this round's|the day's|last week's) (?:batch|lot"
        r"|bunch|crop|group|candidates|applicants|interviewees|interviews|cohort|slate|finalists"
        r"|field|pool|shortlist|crowd|ones|round)\b|(?:best|strongest|weakest|worst|pick)"
        r" of (?:a|an|this|that|the) (?:weak|strong|poor|mixed|mediocre|thin|bad|good|solid"
        r"|decent|average|so-so|meh|lacklustre|lackluster|sorry|tough|great|shaky) (?:bunch|lot"
        r"|field|pool|group|batch|crop|slate|shortlist)\b",
        # "preferred Cand B", "Applicant #3 is my pick"
        r"(?:prefer|prefers|preferred|pick|picks|picked|vote|votes|voted for|backs|backed"
        r"|leaning|going with|go with|went with|choose|chose|hire|offer) (?:cand(?:idate)?"
        r"|applicant|#) ?#?(?:[a-z]|\d{1,2})\b|(?:cand(?:idate)?|applicant) ?#?(?:[a-z]|\d{1,2})"
        r" (?:is|'s|was|would be) (?:my|our|the) (?:clear |top |first )?(?:pick|choice"
        r"|favou?rite|preference|number one|first choice|hire)\b",
        # "the agency nurse we trialled last month was quicker on the obs"
        r"(?:nurse|picker|packer|driver|chef|cook|engineer|developer|teacher|carer|cashier"
        r"|server|technician|rep|agent|lass|lad|guy|girl|woman|man|lady|chap|bloke|person"
        r"|candidate|applicant|trialist|interviewee|temp) (?:we|i) (?:saw|met|interviewed|had"
        r" in|had on|trialled|trialed|tried|tried out|tested|shadowed|phone-screened|screened"
        r"|had)(?: \w+){0,3}? (?:was|is|did|had|knew|seemed|looked|came across|got|picked"
        r"|answered|managed)\b",
        # "Chen first, Alvarez second, Brooks last"
        r"(?:first|second|third|fourth|last|1st|2nd|3rd|4th)[,;]? [a-z]+[,;]? (?:first|second"
        r"|third|fourth|last|1st|2nd|3rd|4th)\b",
        # "Chen beats Alvarez on SQL", "Alvarez trails Chen"
        r"(?:beats|bests|trails|trailed|outranks|outranked|ahead of|behind|comes after|came"
        r" after|comes before|came before|ranks above|ranks below|ranked above|ranked below"
        r"|sits above|sits below) [a-z]+\b",
        # "Joe clearly beat her on the coding round"
        r"(?:beat|beats|bested|bests|trumped|trumps|topped|tops) (?:him|her|them)\b",
        # "another applicant edged ahead on technical depth"
        r"(?:edged|edges|edging|pulled|pulls|nosed|noses|inched|crept|came out|comes out|moved"
        r"|finished|ended up) (?:just |slightly |narrowly |marginally )?(?:ahead|in front|on"
        r" top)\b",
        # "Maria edges out Jo"
        r"(?:edges|edged|edging|nudges|nudged|pips|pipped|shades|shaded) (?:out )?[a-z]+\b",
    ),
    check=_ranked_people,
    message="Ranks or chooses between candidates named or labelled, not against the bar.",
    rationale=_HOOK,
    suggestion=_SUGGEST,
    bad=(
        "Final order: Okafor > Lindqvist > Bauer.",
        "Lindqvist was a distant second on the case study.",
        "Our ranking: Maya, then Tobias, then Irene.",
        "Honestly it came down to you and another applicant.",
        "It was between you and one other candidate, and we went another way.",
        "Both did fine, but I'm leaning towards Dariusz.",
        "Leaning Ms. K on the rubric scores.",
        "Offer Jonah over Mateus, he's hungrier.",
        "Slot Hannah behind Ines on the shortlist.",
        "Ines over Hannah for me.",
        "Between Ines and Hannah, I'd pick Ines.",
        "We should have hired the other guy.",
        "Good, but she's no Rosalind.",
        "Basically a younger version of Phil.",
        "Preferred the 11am candidate on structure.",
        "Ines edges out Hannah on clinical reasoning.",
        "Honestly Dominik was far sharper than this lad on the pricing case.",
        "The lady right after him was much more organised.",
        "Solidly mid-pack for this round.",
        "I'd put him bottom of the four.",
        "Best of today's slate, but only just.",
        "Kemal beat her on every station of the skills test.",
        "Top 3 for me: Ida, Marcus, Leon.",
        "I'd go with the internal over him.",
        "Pick of last week's interviews, no question.",
        "Strongest of a mixed bunch.",
        "The lad after lunch nailed the forklift test; this one struggled.",
        "Panel preferred Candidate C on balance.",
        "Applicant 4 would be my first choice.",
        "Another finalist nosed ahead on the budgeting exercise.",
        "Marek pulled ahead in the final round.",
        "Okafor first, Lindqvist second, Bauer last.",
        "Lindqvist trails Okafor on stakeholder work.",
        "Order of preference - Ida, Marcus, Leon.",
        "Marcus is just behind Ida for me.",
        "The temp we tried last week was quicker on the scanner.",
        "Yesterday's trialist picked far more lines than him.",
        "Ines came across much calmer than him under pressure.",
    ),
    good=(
        "Latency > 200 ms on the checkout path triggered the alert.",
        "Explained HIPAA vs FERPA differences for student health records.",
        "Navigated Settings > Billing > Invoices without help.",
        "Came a distant second in the national sales contest at her last firm.",
        "Second round: close third place in the regional hackathon.",
        "Leaning towards hire; strong on all four competencies.",
        "Recommend Postgres over Mongo for this workload, she argued.",
        "The market went the other way after the rate rise.",
        "Our order: coding exercise, then design, then values.",
        "Commutes between Leeds and York twice a week.",
        "Moved the 2pm candidate to 3pm because of a room clash.",
        "Chose Kafka over Kinesis for the event bus, with benchmarks.",
        "Rated Jira over Trello for the sprint board migration.",
        "A cut-down version of Excel was used in the exercise.",
        "He's no longer at Acme; left in March.",
        "Leaning towards Option 2 for the rota design she proposed.",
        "Used Slack > Email for incident comms, sensibly.",
        "Knows a newer version of Revit than we use.",
        "Her second answer was much clearer than this one.",
        "Monday was busier than her; she covered two bays alone.",
        "Stronger than him on paper, she says, but she preferred the team lead role.",
        "The candidate after him cancelled, so we finished early.",
        "Finished mid-pack in the city half marathon last spring.",
        "Our build beat them to market by a quarter, she said.",
        "The candidate before her was late, so we started at 2:20.",
        "Preferred option A for the schema, with a clear rationale.",
        "Best of a bad bunch of vendor options, she argued, and picked Stripe.",
        "Her team pulled ahead of target in Q3.",
        "Finished ahead of schedule on both builds.",
        "First, Python; second, SQL; last, Excel.",
        "Revenue trails Forecast in the March dashboard, she explained.",
        "Her sales region outranks Midlands on retention.",
        "Tesco beats Aldi on delivery times, she said.",
        "Project is behind Schedule X per the tracker.",
        "The engineer we had on Monday fixed the lift in an hour.",
        "The one we tried first was the Zebra scanner, which is faster than the Honeywell.",
    ),
)


#: Words after the verb that make a statement about other applicants a process update.
_PROCESS_OBJ = rx.compile(
    r"^\s*(?:(?:all |also |each |both )?(?:asked|given|told|scheduled|invited|notified|sent"
    r"|questions?|queries|trouble|difficult\w*|problems?|issues? with|access|the same"
    r"|a chance|the chance|until|\d+ (?:days?|hours?|minutes?)|(?:a|an|the) (?:link|slot"
    r"|time|deadline|call|interview|task|form|test)|to (?:complete|submit|sign|attend|wait)"
    r"|being|in (?:the )?(?:process|progress)|still|under|pending|waiting|due|coming|on site"
    r"|onsite|booked|parking))\b"
)
_QUALIFICATION = rx.compile(
    r"\b(?:years?|experience|degrees?|phds?|doctorates?|masters?|mbas?|grants?|funding"
    r"|publications?|papers|patents|certifications?|certificates?|certified|licen[cs]es?"
    r"|licensed|qualifications?|qualified|credentials|track records?|backgrounds?|portfolios?"
    r"|awards?|tenure|tenured|fellowships?|postdocs?|management|leadership|supervisory"
    r"|clinical|teaching|industry|relevant|direct|hands-on|prior|previous|extensive"
    r"|significant|deep|strong|proven|more|better|stronger|major|senior|higher|additional"
    r"|multiple|published|chartered|bilingual|fluent|experienced|naturally|less|fewer"
    r"|greater|broader|richer|deeper|closer|best|most|[a-z]{3,}er than)\b"
)


def _others_described(hit: Hit) -> bool:
    """Other applicants' qualifications or performance described, not a process step."""
    after = hit.low[hit.end : hit.s_end]
    if _PROCESS_OBJ.match(after):
        return False
    if rx.match(
        r"(?:several|many|most|some|a few|a couple|a number|a lot|plenty|half|two|three|four)"
        r" (?:of (?:them|those|whom|the others) )?(?:had|have|brought|showed|held|came|were"
        r"|already)\b",
        hit.matched,
    ):
        clause = rx.split(r"[,;:]| but | though | while | so ", after, maxsplit=1)[0][:90]
        return (
            hit.in_sentence(_POOL)
            and _QUALIFICATION.search(clause) is not None
            and not rx.search(
                r"\bmore (?:questions|time|queries|trouble|issues|problems|concerns|notice"
                r"|flexibility|interest)\b",
                clause,
            )
        )
    if rx.search(
        r",? (?:many|most|several|some|a number|a lot|lots|all|half|the majority"
        r"|plenty|a few)\b",
        hit.matched,
    ):
        clause = rx.split(r"[,;:]| but | though | while | so ", after, maxsplit=1)[0]
        return _QUALIFICATION.search(clause[:90]) is not None or "already" in hit.matched
    if rx.match(r"(?:finalists|candidates|applicants|interviewees)\b", hit.matched) and not (
        _GROUP_BEFORE.search(hit.before(30))
    ):
        return False  # "candidates had more time in round two": a process remark
    if rx.search(r"\balready\b", hit.matched):
        return True  # "several of our finalists already hold major grants"
    clause = rx.split(r"[,;:]| but | though | while | which | so ", after, maxsplit=1)[0]
    return _QUALIFICATION.search(clause[:90]) is not None


_GROUP = (
    r"(?:(?:other|remaining|shortlisted|short-listed|final|successful|stronger|strongest|top"
    r"|leading|female|male|women|men|younger|older|local|native|internal|external|bilingual"
    r"|english-speaking|spanish-speaking) )?(?:finalists|candidates|applicants|interviewees)"
)
#: A quantity of, or "our", before an unmodified group: "several of our finalists".
#: Other applicants as a pool in the sentence.
_POOL = rx.compile(
    r"\b(?:appl(?:y|ied|icants?|ications?)|candidates?|people|finalists?|interview(?:ed|ees?)"
    r"|shortlist\w*|pool|field|cvs?|r[\u00e9e]sum[\u00e9e]s?)\b"
)
_GROUP_BEFORE = rx.compile(
    r"\b(?:(?:several|many|most|some|number|few|couple|both|two|three|four|half|all|none"
    r"|handful|one) of (?:the|our|these|those|my)|our|the other|other) $"
)

CMP_008 = Rule(
    id="CND-CMP-008",
    category="comparison_other_candidates",
    severity="error",
    title="Other applicants' qualifications or performance described",
    terms=(
        _GROUP + r"(?: (?:also|all|both|each|simply|just|clearly|generally|mostly"
        r"|typically|obviously|frankly|honestly))* (?:already [a-z]+|(?:also )?(?:hold|held|holds|have"
        r"|had|has|bring|brought|possess|possessed|came with|come with|boast|boasted|offer"
        r"|offered|are|were|showed|show|shows|demonstrated|displayed|came across|come across"
        r"|interviewed|answered|performed|presented|gave|did|seemed|scored|published|led|ran"
        r"|managed|taught|worked|spent))\b",
        # "we had a lot of great people apply, and several had more retail experience"
        r"(?:several|many|most|some|a few|a couple|a number|a lot|plenty|half|two|three|four)"
        r" (?:of them |of those |of whom |of the others )?(?:had|have|brought|showed|held|came"
        r" with|were|already)\b",
        # "her competition had stronger references"
        r"(?:her|his|their|your) competition (?:had|has|was|were|is|brought|showed|offered"
        r"|came|seemed|simply|just|all)\b",
        # "over 200 applicants, many with advanced degrees"
        r"(?:candidates|applicants|applications|finalists|interviewees|cvs|profiles),? (?:many"
        r"|most|several|some|a number|a lot|lots|all|half|the majority|plenty|a few) (?:of"
        r" (?:them|whom|which) )?(?:with|having|holding|boasting|bringing|held|had|have|hold"
        r"|brought|already|who (?:had|have|hold|held|brought|bring|already))\b",
    ),
    check=_others_described,
    message="Describes the qualifications or performance of other applicants.",
    rationale=_HOOK,
    suggestion=_SUGGEST,
    bad=(
        "Most of our finalists already run their own labs.",
        "Two of the other applicants held chartered status.",
        "Our shortlisted candidates had far deeper payroll experience.",
        "Our male applicants came across as more confident on the shop floor.",
        "The remaining finalists simply interviewed better on structure.",
        "We saw over 150 applicants, many of whom held chartered status.",
        "Forty applications, most with direct NHS experience.",
        "Lots of good people applied and a few had far more site experience than you.",
        "Your competition simply had more years in finance.",
    ),
    good=(
        "Several of our applicants had questions about parking, which we answered.",
        "All of the shortlisted candidates were given the same case study.",
        "Some of the finalists were scheduled for Thursday afternoon.",
        "Our finalists have 48 hours to complete the take-home task.",
        "Both of the other finalists were asked the same four questions.",
        "We had 60 applicants, many with questions about parking.",
        "She screened 300 CVs, most with missing dates, at her last agency.",
        "We interviewed 12 people; several had more questions about parking than the job.",
        "Of her direct reports, two had more than ten years' service.",
        "Her competition was Acme, which had more stores in the region.",
    ),
)


#: Lower-case words that may follow a person's name ("reminds me of Derek from sales").
_AFTER_NAME = frozenset(
    [
        "from",
        "in",
        "at",
        "on",
        "who",
        "when",
        "with",
        "and",
        "but",
        "back",
        "all",
        "a",
        "tbh",
        "honestly",
        "though",
        "so",
        "then",
        "there",
        "here",
        "too",
        "lol",
        "frankly",
        "again",
        "type",
        "style",
        "era",
        "vibes",
        "energy",
        "days",
    ]
)


def _likened(hit: Hit) -> bool:
    """The candidate likened to a named colleague, past hire or earlier applicant."""
    m = hit.matched
    if rx.search(r"\b(?:last|previous|old|former|other|earlier)\b", m):
        return not rx.search(r"\b(?:job|role|company|employer|team|version|release)\b", m)
    words = hit.text[hit.start : hit.end].split()
    word = words[1] if m.startswith("another") else words[-1]
    if not _is_name(word) or hit.in_sentence(_TOOLISH):
        return False
    nxt = rx.match(r"\s+([a-z]+)\b", hit.text[hit.end : hit.end + 20])
    if not m.startswith("another") and nxt and nxt.group(1) not in _AFTER_NAME:
        return False  # "reminds me of Kanban boards": a name used as a modifier
    return not rx.match(
        r"[\'\u2019]s\s+(?:[\w-]+\s+)?(?:approach|method|model|style of|framework|book|talk|paper"
        r"|law|theorem|rule|playbook|principles|practices|culture|system|way|days|era|design"
        r"|work|writing|films?|music|songs?|products?|process)\b"
        r"|\s+(?:inc|ltd|llc|corp|co)\b",
        hit.text[hit.end : hit.end + 25],
    )


CMP_009 = Rule(
    id="CND-CMP-009",
    category="comparison_other_candidates",
    severity="error",
    title="Candidate likened to a named colleague or past hire",
    terms=(
        r"(?:reminds?|reminded|reminding) (?:me|us|everyone|the (?:team|panel)|him|her|them"
        r"|(?:him|her|them|us) all) (?:\w+ ){0,3}?of (?:(?:our|the|that) (?:last|previous|old|former|other"
        r"|earlier) (?:[\w-]+ )?(?:guy|girl|woman|man|lady|hire|person|one|candidate|applicant"
        r"|manager|lead|coordinator|employee|nurse|engineer|rep|assistant|teacher|chef|driver)"
        r"|[a-z]+)\b",
        r"another [a-z]+ (?:situation|all over again|in the making|waiting to happen)",
    ),
    check=_likened,
    message="Likens the candidate to another person instead of assessing against the bar.",
    rationale=_HOOK,
    suggestion=_SUGGEST,
    bad=(
        "Reminds me a lot of Derek, and we all know how that went.",
        "Reminded the panel of our last coordinator, who quit in a month.",
        "Honestly another Gavin situation, pass.",
    ),
    good=(
        "Her runbook reminds me of Google's SRE practices.",
        "The exercise reminded her of a migration she led at Acme Ltd.",
        "Reminds me of Kanban, the way she sequences the backlog with a queue.",
        "Reminded us of the deadline for references.",
        "Her approach reminds me of Toyota's lean principles.",
        "Reminds me of Kanban boards at my old job.",
    ),
)


def _person_compared(hit: Hit) -> bool:
    """A named person on the other side ("next to Mei", "behind Tomasz"), where needed."""
    m = hit.matched
    if m.startswith(("next to", "2nd", "3rd", "second", "third", "fourth", "fifth", "last")) or (
        m[:1].isdigit()
    ):
        words = hit.text[hit.start : hit.end].split()
        at = 2 if m.startswith("next to") else (3 if " place " in m else 2)
        name = words[at].strip(",") if len(words) > at else ""
        return name[:1].isupper() and name.lower() not in _TECH
    return True


CMP_010 = Rule(
    id="CND-CMP-010",
    category="comparison_other_candidates",
    severity="error",
    title="One candidate set against another in shorthand",
    terms=(
        # "Priya > this guy on every tech q", "Tom >> this one"
        r"(?:>|>>) ?(?:this|that|the other|the new) (?:guy|one|person|cand|candidate|girl|woman"
        r"|man|lady|applicant|interviewee|kid|fella)\b",
        # "Jenna smoked him in the roleplay", "paled by comparison"
        r"(?:smoked|smokes|crushed|crushes|destroyed|destroys|murdered|demolished|schooled"
        r"|embarrassed) (?:him|her|them|the others|the rest|everyone(?: else)?) (?:in|on|at|during)"
        r" the (?:role-?play|case|exercise|sim|simulation|interview|demo|test|technical|whiteboard"
        r"|panel|practical|trade test|skills test|assessment|work sample)",
        r"(?:paled|pales|pale|suffered|suffers) (?:by|in) comparison",
        # "his log is cleaner than this guy's"
        r"(?:[a-z]+er|better|worse|more \w+|less \w+) than (?:this|that) (?:guy|cand|candidate"
        r"|girl|woman|man|lady|applicant|fella|dude)(?:'s)?",
        # "next to Mei he's slow on the bench", "3rd behind Tomasz and Ade"
        r"next to [a-z]+,? (?:he|she|they|this guy|this one|the cand\w*)(?:'s|'re| is| was| were"
        r"| are| looks?| looked| seems?| seemed| came across| comes across)",
        r"(?:2nd|3rd|\dth|second|third|fourth|fifth|last) (?:place )?(?:behind|after) [a-z]+"
        r"(?: and [a-z]+)?\b",
    ),
    anchors=(
        "next to",
        "2nd",
        "3rd",
        "second",
        "third",
        "fourth",
        "fifth",
        "last",
        "than this",
        "than that",
    ),
    check=_person_compared,
    message="Compares the candidate with another person instead of the rubric.",
    rationale=_HOOK,
    suggestion=_SUGGEST,
    bad=(
        "Dana > this guy on every technical question, easy call.",
        "Kim smoked her in the roleplay, not close.",
        "Went right after Omar and paled by comparison.",
        "Next to Lucia he's slow on the line.",
        "3rd behind Ravi and Ana, both faster on the sim.",
        "Omar's forklift log is cleaner than this guy's.",
    ),
    good=(
        "Load > 80% on this one node triggers the alert.",
        "Came in 3rd behind schedule on the drill; we ran it again.",
        "Next to the loading dock, she set up the staging area well.",
        "He smoked brisket in the practical; clean station.",
        "Scored 3.1 against a bar of 3.5 on the sim.",
        "The new build is faster than this one by 20%.",
    ),
)


CMP_011 = Rule(
    id="CND-CMP-011",
    category="comparison_other_candidates",
    severity="error",
    title="The person chosen described: went with someone who, the finalist we chose",
    terms=(
        r"(?:(?:decided|chose|opted) to (?:go|move forward|proceed|continue)|(?:we|we've|we have"
        r"|i|i've|they|they've) (?:went|gone|have gone)) with (?:a|an) (?:[\w-]+ ){0,3}?(?:who"
        r"|whose|that has|that had|with (?:more|deeper|direct|prior|\d+))\b",
        r"(?:individual|candidate|person|applicant|finalist) (?:selected|chosen|hired|appointed)"
        r" (?:brings|has|had|holds|offers|was|is)\b"
        r"|(?:ranks?|ranked|placed|came|finished) (?:\d+(?:st|nd|rd|th)|first|second|third|fourth"
        r"|fifth|last) (?:of|out of) \d+",
        r"(?:the )?(?:finalist|candidate|person|applicant|individual|one|hire) (?:we|that we"
        r"|who we|whom we) (?:chose|selected|picked|hired|went with|offered|appointed)\b",
        r"(?:several|other|many|some|two|three|a few) (?:other )?(?:applicants|candidates|finali"
        r"sts) scored (?:higher|better)",
        r"edged (?:out by|(?:him|her|them) out)|tie between (?:him|her|them) and|(?:isn't|is not"
        r"|not) at \w+'s level",
        r"(?:from|in) the (?:dec|december|jan|january|feb|last|previous|prior|spring|fall|summer"
        r") (?:class|cohort|batch|group) (?:were|was) (?:sharper|better|stronger)",
        r"(?:move|moving) forward with a (?:more|stronger|younger|better|more recent) (?:graduat"
        r"e|candidate|applicant)|a (?:male|female|younger|older) (?:applicant|candidate) would b"
        r"e better",
        r"the (?:girl|guy|woman|man|lady|gal|kid|one|candidate|cand) from (?:monday|tuesday|wedn"
        r"esday|thursday|friday|saturday|sunday|yesterday|this morning|the morning)",
        r"from the (?:morning|afternoon|earlier|first|second|last|monday|tuesday|wednesday|thurs"
        r"day|friday) (?:slot|session|interview|panel|round)",
        r"the hire was (?:a )?(?:stronger|better|more)|(?:just )?not at (?:her|his|their) level",
        r"the (?:millennial|younger|older|gen z|boomer) (?:candidate|applicant|one)",
        r"(?:you )?made it to the final (?:two|three|2|3)|another (?:applicant|candidate) would "
        r"(?:blend|fit|mesh|gel)",
    ),
    exemptions=frozenset({"professional"}),
    message="Describes the person the employer chose instead of the candidate.",
    rationale=_HOOK,
    suggestion=_SUGGEST,
    bad=(
        "We've decided to go with a superintendent who has already delivered two hospital projects.",
        "The finalist we chose had run a harbor patrol unit for five years.",
        "Please know that the individual selected brings direct brewing experience.",
        "Cand ranks 3rd of 5 behind Lopez and Chen.",
        "Edged out by Jorge, who knew the difference between a blend and a repaint.",
        "Tie between him and the Thursday candidate.",
    ),
    good=(
        "We have decided to proceed with other candidates.",
        "She went with a vendor who had the lower bid, saving 12%.",
    ),
)

RULES = (
    CMP_001,
    CMP_002,
    CMP_003,
    CMP_004,
    CMP_005,
    CMP_006,
    CMP_007,
    CMP_008,
    CMP_009,
    CMP_010,
    CMP_011,
)
