"""Age (ADEA; state laws protecting all ages)."""

from __future__ import annotations

import re

from candor.language.context import Hit
from candor.language.model import Rule
from candor.language.rules._lex import PERSON, SUBJ_COP

_HOOK = (
    "The ADEA protects applicants aged 40 and over (some states protect all ages); "
    "age, birth or graduation year and age-coded words in a hiring record are evidence "
    "that age was considered (EEOC informal discussion letter on graduation dates)."
)
_DIGITS = tuple("123456789")
_DECADES = ("twent", "thirt", "fort", "fift", "sixt", "sevent", "eight")

_TECH_AFTER = re.compile(
    r"^\s+(?:[\w-]+\s+){0,3}(?:service|api|system|server|database|db|cluster|platform"
    r"|feature|flag|codebase|product|app|tool|pipeline|monolith|stack|version|librar|module"
    r"|hardware|fleet|debt|loan|bond|endpoint|integration|dashboard|workload|mainframe|v\d)"
)
_MILITARY_AFTER = re.compile(
    r"^\s+(?:from (?:the )?)?(?:army|navy|marine|air force|military|colonel|major|officer"
    r"|sergeant|lieutenant|captain|general|admiral|soldier|veteran|nco|police|firefighter)"
)

AGE_001 = Rule(
    id="CND-AGE-001",
    category="age",
    severity="error",
    title="Age, birth date or graduation year recorded",
    terms=(
        r"\d{2}\s?-?\s?(?:years?|yrs?|yr|y)\.?\s?-?\s?(?:old|o)",
        r"\d{2}\s?y/o",
        r"(?:he|she|they|candidate|applicant|cand)(?:'s| is| was|s)(?: about| around| maybe"
        r"| probably| nearly| almost| only| just| like)? \d{2}\b(?!\s*(?:%|percent|minutes?"
        r"|mins?|hours?|hrs?|days?|weeks?|months?|miles?|km|k\b|years? (?:of|in|at|with)"
        r"|,\d|\.\d|/|-\d|out of|of \d|for|on|in the|points?|wpm|people|reports|engineers))",
        r"(?:early|mid|late)[- ]?(?:[2-8]0'?s|twenties|thirties|forties|fifties|sixties"
        r"|seventies)",
        r"(?:aged?|age:|age is|age was)\s?\d{2}",
        r"(?:twenty|thirty|forty|fifty|sixty|seventy)(?:[- ](?:one|two|three|four|five|six"
        r"|seven|eight|nine))?[- ]years?[- ]old",
        r"(?:in|into|approaching|nearly in|probably in) (?:his|her|their|the) (?:early |mid |late "
        r"|mid-)?(?:[2-8]0'?s|twenties|thirties|forties|fifties|sixties|seventies|eighties)",
        r"(?:twenty|thirty|forty|fifty|sixty|[2-6]0)[- ]?something",
        r"date of birth|dob|birth ?(?:date|year)|birthdate|year of birth",
        r"born in (?:the )?(?:19|20)?\d{2}'?s?",
        r"(?:turns?|turned|turning|just turned) (?:[2-8]\d|thirty|forty|fifty|sixty|seventy)",
        r"(?:over|under|above|past) (?:the age of|age) \d{2}",
        r"(?:is|'s|are|he's|she's|they're|hes|shes) (?:well |just |probably |easily )?(?:over|under|nearly"
        r"|almost|close to|pushing) (?:[3-8]0|forty|fifty|sixty|seventy)(?! (?:percent|%|people"
        r"|employees|engineers|staff|clients|reports|projects|countries|languages|hours|calls))",
        r"how old|what age|(?:your|his|her|their|candidate'?s|applicant'?s|cand'?s) age",
        r"(?:at|for) (?:his|her|their|that|this) age",
        r"age (?:is|was|might be|could be|would be|may be|will be) (?:a |an )?(?:factor|concern"
        r"|issue|problem|question|consideration|plus|drawback)",
        r"graduat(?:ed|ion)(?: \w+){0,4} (?:in |year:? |date:? )(?:19|20)\d{2}",
        r"class of (?:'|19|20)\d{2}",
        r"(?:high[- ]school|hs|college|university) graduation (?:year|date)|graduation (?:year"
        r"|date)",
        r"when (?:did )?(?:you|he|she|they) graduate",
    ),
    anchors=(
        *_DIGITS,
        *_DECADES,
        "age",
        "dob",
        "birth",
        "born",
        "old$",
        "graduat",
        "early",
        "mid",
        "late",
    ),
    message="Records the candidate's age, birth date or graduation year.",
    rationale=_HOOK,
    suggestion=(
        "Delete the age detail. If the role has a legal minimum age, record only "
        "'meets the minimum age requirement: yes/no'."
    ),
    bad=(
        "Candidate is 56 years old and very experienced.",
        "Mentioned she's 62yo, great references.",
        "Probably in his late 50s.",
        "Graduated high school in 1984.",
        "DOB on the application is 1961.",
        "Asked how old she is.",
        "Strong answers for her age.",
    ),
    good=(
        "Has 25 years of experience in payroll.",
        "Solved 3 of 4 exercises in 40 minutes.",
        "Manages a team of over 40 engineers.",
        "Meets the minimum age requirement (18) for the role: yes.",
    ),
)


def _not_tech_retire(hit: Hit) -> bool:
    after = hit.after(50)
    if _TECH_AFTER.match(after) or _MILITARY_AFTER.match(after):
        return False
    return not re.search(r"\b(?:system|service|api|feature|legacy|the old)\s*$", hit.before(25))


AGE_002 = Rule(
    id="CND-AGE-002",
    category="age",
    severity="error",
    title="Age-coded judgement or label",
    terms=(
        r"too (?:old|young|elderly|mature|senior for (?:us|the team|this team))",
        r"(?:much |a lot |bit |little |way )?(?:older|younger|old|young|elderly|aging|ageing"
        r"|middle-aged|middle aged|mature) " + PERSON,
        r"old[- ]?timers?|elderly|geriatric|senior citizens?|pensioners?|boomers?|millennials?"
        r"|gen[- ]?z(?:er|ers)?|gen[- ]?x(?:er|ers)?|zoomers?|grey ?beards?|gr[ae]y ?-?haired",
        r"over the hill|past (?:his|her|their|its) prime|long in the tooth|young blood|fresh blood"
        r"|new blood|young,? (?:and )?(?:hungry|energetic|fresh|eager|moldable|mouldable|cheap"
        r"|green|ambitious|dynamic|keen|malleable|driven)|youthful|youngsters?|whippersnappers?|(?:just|only|still) a kid"
        r"|(?:the|this) kid\b(?! (?:table|menu))",
        r"old[- ]school|set in (?:his|her|their) ways|digital natives?|dinosaur",
        r"early[- ]career|earlier[- ]career|(?:ready|wants?|wanting|looking|planning|plans?"
        r"|time) to (?:slow|wind) down|(?:slowing|winding) down (?:her|his|their|in (?:her|his"
        r"|their) career)",
        r"(?:recent|fresh|new) (?:college |university |uni )?grad(?:uate)?s?(?! (?:program|scheme"
        r"|role|roles|hiring|programme|rotation|position|positions|level|track))",
        r"(?:fresh|straight) out of (?:college|school|university|uni|grad school)",
        r"(?:older|younger) than (?:the|most|everyone|anyone|me|us|the rest|others|our|his|her"
        r"|their|i|we|typical|usual|average)",
        r"(?:young|younger|youngest|older|oldest|old|elderly|aging|ageing) (?:team|crowd"
        r"|demographic|workforce|vibe|culture|energy|blood|profile|look)",
        r"(?:skews?|skewing|skewed) (?:young|old|older|younger)",
        r"(?:high[- ]energy|youthful|energetic|young) (?:team|crowd|culture|environment|vibe"
        r"|office|workplace)",
        r"(?:not|isn't|wasn't|is not|was not|never) (?:getting |going to get )?any younger",
        r"(?:won't|will not|isn't going to|not going to) be around (?:for )?(?:long|much longer"
        r"|many years)|(?:years|career) (?:left|ahead of (?:him|her|them))",
        r"(?:seems?|seemed|looks?|looked|appears?|appeared) (?:a bit |very |quite |rather |so "
        r"|too |really |pretty |kind of |kinda )?(?:old|older|young|younger|elderly|youthful)\b",
        SUBJ_COP + r"(?:old|older|young|younger|elderly|ancient"
        r"|youthful|mature for|so young|very young|a kid)",
    ),
    anchors=(
        "old$",
        "older",
        "oldest",
        "young",
        "elderly",
        "aging",
        "ageing",
        "middle",
        "mature",
        "geriatric",
        "senior$",
        "seniors$",
        "pensioner",
        "boomer",
        "millennial",
        "gen$",
        "genz",
        "genx",
        "zoomer",
        "grey",
        "gray",
        "hill$",
        "prime$",
        "tooth$",
        "blood$",
        "youth",
        "whipper",
        "kid$",
        "ways$",
        "digital",
        "dinosaur",
        "grad",
        "college",
        "school",
        "uni",
        "energ",
        "around$",
        "left$",
        "ahead$",
        "ancient",
        "timer",
        "skew",
        "early",
        "earlier",
        "slow",
        "wind",
        "slowing",
        "winding",
    ),
    message="Uses an age-coded word or judges the candidate by age.",
    rationale=_HOOK + " Youth-coded words such as 'digital native' are treated as age evidence.",
    suggestion=(
        "Describe the job-related evidence instead: the requirement, what the candidate "
        "did in the exercise and the rubric level (for example 'Used the current toolchain "
        "in the exercise: level 3 of 4')."
    ),
    bad=(
        "Too old for the job.",
        "Seems young for a lead role.",
        "Older guy, a bit set in his ways.",
        "A real digital native.",
        "Recent college grad, will need hand-holding.",
        "We're a young team and want someone high-energy.",
        "She's not getting any younger.",
    ),
    good=(
        "The old codebase was migrated in six months.",
        "Applied to the new-grad program.",
        "Mature product with a young-company culture of experimentation.",
        "Led a senior engineer through the incident review.",
    ),
)

AGE_003 = Rule(
    id="CND-AGE-003",
    category="age",
    severity="error",
    title="Retirement mentioned about the candidate",
    terms=(r"retir(?:e|es|ed|ing|ement|ee|ees)|pre-retirement|semi-retired",),
    check=_not_tech_retire,
    exemptions=frozenset({"professional"}),
    message="Mentions retirement in connection with the candidate.",
    rationale=_HOOK + " 'When do you plan on retiring?' is a classic unlawful question.",
    suggestion=(
        "Delete it. Tenure expectations must be asked of everyone in the same words "
        "(for example 'The role is a permanent position'), never inferred from age."
    ),
    bad=(
        "Asked when he plans to retire.",
        "Close to retirement, may not stay long.",
        "Recently retired and looking for part-time work.",
    ),
    good=(
        "Retired the legacy billing service ahead of schedule.",
        "We will retire the old API next quarter.",
        "Built retirement-planning software for a fintech client.",
    ),
)

AGE_004 = Rule(
    id="CND-AGE-004",
    category="age",
    severity="warning",
    title="'Overqualified' without objective criteria",
    terms=(
        r"over[- ]?qualified|too experienced|too senior|(?:more|too much) experience than "
        r"(?:we|the role|this role) (?:need|needs|requires)",
    ),
    anchors=(
        "overqualified",
        "over-qualified",
        "over qualified",
        "experienced",
        "senior$",
        "experience",
    ),
    message="Says the candidate is overqualified without objective criteria.",
    rationale=(
        "Courts treat an unexplained 'overqualified' as possible age evidence (EEOC v. "
        "Insurance Co. of North America, 9th Cir. 1995); it is defensible only when "
        "defined by objective criteria such as level or pay band."
    ),
    suggestion=(
        "State the level mismatch objectively: 'Role is band 3 (individual contributor); "
        "candidate seeks a band 5 people-management scope.'"
    ),
    bad=("Overqualified for this role.", "Probably too senior, would get bored."),
    good=("Meets the qualifications listed for band 3.",),
)


def _tenure(hit: Hit) -> bool:
    if re.match(r"(?:for|over) ", hit.matched):
        return (
            re.search(
                r"\b(?:with us|stay|stick around|be here|commit|career here|retire"
                r"|grow with|someone|looking for)\b",
                hit.sentence,
            )
            is not None
        )
    return True


AGE_005 = Rule(
    id="CND-AGE-005",
    category="age",
    severity="error",
    title="Youth or tenure preference",
    terms=(
        r"(?:more junior|younger|young|fresh|(?:early|earlier) in (?:their|his|her) careers?)"
        r"\b[^.;!?\n]{0,60}?\b(?:stay|stick around"
        r"|grow with (?:us|the company)|long[- ]term|for years|many years|years to come|decades"
        r"|moldable|mouldable|trainable|cheaper)",
        r"(?:for|over) (?:the next |another )?(?:twenty|thirty|forty|20|30|40)(?:[- ]?(?:plus|\+)"
        r"| or \w+)? (?:years|decades)|for decades",
    ),
    anchors=(
        "junior",
        "younger",
        "young",
        "fresh",
        "early",
        "earlier",
        "next",
        "another",
        "decades",
    ),
    check=_tenure,
    message="Prefers a younger or 'more junior' person for tenure or cost.",
    rationale=_HOOK,
    suggestion=(
        "Name the job level and the requirement; tenure and salary expectations are "
        "asked of everyone, never inferred from age."
    ),
    bad=("Someone more junior that can stay with the company for years.",),
    good=(
        "The role is junior level; the posting lists 1-3 years of experience.",
        "Has run the same plant for over 20 years.",
    ),
)


AGE_006 = Rule(
    id="CND-AGE-006",
    category="age",
    severity="error",
    title="Career stage, life stage or generation as an age proxy",
    terms=(
        r"(?:tail end|twilight|(?:very )?end|final (?:years|stretch|chapter|stage)|last (?:years"
        r"|stretch|leg|chapter)) of (?:his|her|their|a long) (?:career|working life)",
        r"(?:late|later|this late|so late) in (?:his|her|their) (?:career|working life|life)",
        r"(?:long|short|limited|longer|shorter) runway|runway (?:ahead|left)|(?:years|decades)"
        r" (?:ahead of|left in) (?:him|her|them)|(?:good|many|few) (?:working )?years left",
        r"(?:coast|coasting|cruise|cruising|wind(?:ing)? down|ease off|easing off|slow(?:ing)?"
        r" down) (?:to|into|toward|towards|until|before|till) (?:retirement|(?:his|her|their)"
        r" pension|the finish)|wants? to (?:coast|cruise|take it easy|wind down)",
        r"how long (?:would|will|could|can|'d|do you think) (?:he|she|they|the candidate|cand)"
        r" (?:really |realistically )?(?:stay|last|stick around|be with us|keep going|keep at it"
        r"|keep working|work for us)",
        r"(?:doing|do) (?:this|that|the job|this job|this work) at (?:[5-8]\d|fifty|sixty|seventy)"
        r"|(?:still )?(?:working|on the floor|on the road|at it) at (?:[6-8]\d|sixty|seventy)",
        r"pushing (?:[3-8]\d|forty|fifty|sixty|seventy)\b|north of (?:[4-8]\d|forty|fifty"
        r"|sixty)\b(?! (?:people|engineers|employees|staff|reports|clients|projects|countries"
        r"|percent|%|k\b|million|stores|sites))|(?:on )?the wrong side of (?:[3-8]0|forty|fifty"
        r"|sixty)",
        r"(?:~|c\.|approx\.?|about|around|roughly|maybe|probably|prob|looks|looked) ?(?:[4-8]\d)"
        r"(?:ish|-ish)?(?=\s*(?:$|[.,;:!?)]|ish\b|-ish\b|or so\b|yo\b|y/o\b|years? old\b))",
        r"old enough to be (?:my|our|his|her|the) (?:dad|father|mum|mom|mother|parent|grand\w+)"
        r"|since before (?:i|we|most of us|half the team|anyone here) (?:was|were) (?:born|alive)",
        r"(?:barely|just|only|not long|freshly|newly|right) out of (?:college|school|uni"
        r"|university|high school|grad school|nappies|diapers)|wet behind the ears"
        r"|fresh[- ]faced|young (?:pup|buck|gun|thing|'un)s?|young,? (?:and |& )?(?:fun|hip"
        r"|cool|trendy|fresh|single|free|eager|energetic|up-and-coming)\b",
        r"(?:older|younger|previous|his|her|their|different|that|the old|the new|the next)"
        r" generation|generation (?:gap|[xyz]|alpha)\b|gen[- ]?(?:[xyz]|alpha)\b"
        r"|(?:his|her|their) (?:age group|age bracket|generation|era)\b",
        r"born (?:in )?(?:19|20)\d{2}|born '\d{2}|(?:graduated|grad|finished (?:high )?school)"
        r"(?: \w+){0,3}? (?:in )?'\d{2}\b",
        r"(?:stuck|set|fixed) in (?:his|her|their) ways|old dogs?\b|new tricks|behind the times"
        r"|out of touch with (?:tech|technology|modern|young|today|current|the times)"
        r"|(?:he's|she's|they're|is|seems|seemed) (?:a bit |bit |kind of |kinda |quite |very )?"
        r"(?:old[- ]fashioned|past (?:it|his prime|her prime)|dated|ancient|over the hill)",
        r"empty[- ]nesters?|mid-?life crisis|menopaus\w*|senior moments?|digital immigrants?",
    ),
    message="Uses career stage, life stage, generation or a year as a stand-in for age.",
    rationale=_HOOK
    + " Career-stage and generation phrases ('tail end of his career', 'Gen Z', 'born"
    " 1970') are read as age evidence just as an age is.",
    suggestion=(
        "Delete the age proxy. If tenure or level matters, state the role's level and the "
        "requirement, asked of every candidate in the same words."
    ),
    bad=(
        "He's at the tail end of his career.",
        "We want someone with a long runway ahead of them.",
        "Pushing 55, still sharp.",
        "Probably ~55.",
        "How long would she stay, realistically?",
        "Born 1968 per the transcript.",
        "Gen Z, might not like feedback.",
        "Kid's barely out of college.",
        "Probably wants to coast into retirement.",
    ),
    good=(
        "About 50 people attended her talk.",
        "Led a migration of the generation pipeline for invoices.",
        "Has a long track record in freight.",
        "Coasting was not an option: she shipped weekly.",
        "The runway for the product is 18 months of funding.",
    ),
)

RULES = (AGE_001, AGE_002, AGE_003, AGE_004, AGE_005, AGE_006)
