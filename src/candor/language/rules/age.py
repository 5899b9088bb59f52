"""Age (ADEA; state laws protecting all ages)."""

from __future__ import annotations

from candor.language import rx
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

_TECH_AFTER = rx.compile(
    r"^\s+(?:[\w-]+\s+){0,3}(?:service|api|system|server|database|db|cluster|platform"
    r"|feature|flag|codebase|product|app|tool|pipeline|monolith|stack|version|librar|module"
    r"|hardware|fleet|debt|loan|bond|endpoint|integration|dashboard|workload|mainframe|v\d"
    r"|warehouse|data|server|legacy|infrastructure|code|application|site|website|job|pipeline"
    r"|model|machine|vm|instance|repo|bucket|queue|table|index|report|process|tool|product"
    r"|platform|domain|certificate|cert|key|token|licen[cs]e|contract|cluster|microservice)"
)
_MILITARY_AFTER = rx.compile(
    r"^\s+(?:from (?:the )?)?(?:army|navy|marine|air force|military|colonel|major|officer"
    r"|sergeant|lieutenant|captain|general|admiral|soldier|veteran|nco|police|firefighter)"
)

_THING_AFTER = rx.compile(
    r"^\s*(?:[\w-]+\s+){0,2}?(?:monoliths?|codebases?|code|systems?|apps?|applications?"
    r"|services?|platforms?|servers?|databases?|laptops?|cars?|trucks?|vans?|vehicles?"
    r"|buildings?|houses?|compan(?:y|ies)|business(?:es)?|startups?|products?|brands?"
    r"|process(?:es)?|projects?|librar(?:y|ies)|frameworks?|machines?|equipment|fleets?"
    r"|plants?|sites?|software|stacks?|tools?|debts?|loans?|bonds?|mortgages?|contracts?"
    r"|polic(?:y|ies)|models?|designs?|websites?|networks?|infrastructure|practices?|firms?"
    r"|traditions?|bugs?|issues?|tickets?|backlogs?|spreadsheets?|reports?|releases?"
    r"|versions?|kernels?|mainframes?|hardware|devices?|installs?|installations?|clusters?"
    r"|pipelines?|repos?|repositor(?:y|ies)|schemas?|scripts?|warehouses?|integrations?"
    r"|programm?e?s?|initiatives?|funds?|partnerships?|accounts?|relationships?|campaigns?"
    r"|scheme|record|records|archives?|data|dataset|datasets|vintage|wine|whisky|whiskey)\b"
)
_POPULATION_BEFORE = rx.compile(
    r"\b(?:adults|people|patients|residents|clients|customers|users|members|individuals"
    r"|children|pupils|students|learners|youths?|population|those|seniors|citizens"
    r"|participants|volunteers|drivers|women|men|persons|service users|veterans|workers"
    r"|employees|staff|audiences?|subscribers|households|families)\s+(?:\w+\s+)?$"
)


def _age_record(hit: Hit) -> bool:
    """An age about the candidate, not a thing's age or the age band a service serves."""
    m = hit.matched
    if (
        rx.match(r"(?:early|mid|late)[- ]?\d0'?s$", m)
        and hit.in_sentence(_PAY_CUE)
        and not rx.search(
            r"\b(?:in (?:his|her|their)|looks?|looked|seems?|seemed|probably|is|was|she's|he's)\s*$",
            hit.before(20),
        )
    ):
        return False  # "looking for mid-60s": a salary expectation in thousands
    if rx.search(r"(?:years?|yrs?|yr|y)\W*(?:old|o)$", m) and _THING_AFTER.match(hit.after(40)):
        return False  # "a 10-year-old monolith"
    if rx.match(r"age", m) and rx.match(
        r"^\s*(?:\+|(?:and|or) (?:over|above|up|older|under|below|younger)\b|(?:to|-|through)"
        r" ?\d{2}\b)",
        hit.after(20),
    ):
        return _POPULATION_BEFORE.search(hit.before(40)) is None
    return True


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
        r"(?:in|into|approaching|nearly in|probably in) (?:his|her|their|the|our|my) (?:early |mid"
        r" |late "
        r"|mid-)?(?:[2-8]0'?s|twenties|thirties|forties|fifties|sixties|seventies|eighties)",
        r"(?:twenty|thirty|forty|fifty|sixty|[2-6]0)[- ]?somethings?",
        r"date of birth|dob|birth ?(?:date|year)|birthdate|year of birth",
        r"born (?:in |around |circa |c\. ?|about )?(?:the )?(?:(?:early|mid|late)[- ])?(?:'|\u2019|19|20)?"
        r"\d{2}'?s?\b(?!\s*(?:minutes?|mins?|hours?|days?|weeks?|months?|miles?|km|countries|cities|%))",
        r"(?:turns?|turned|turning|just turned) (?:[2-8]\d|thirty|forty|fifty|sixty|seventy)",
        r"(?:over|under|above|past) (?:the age of|age) \d{2}",
        r"(?:is|(?:who|cand|candidate|it)'s|are|he's|she's|they're|hes|shes) (?:well |just |probably |easily )?(?:over|under|nearly"
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
        r"(?:his|her|their|your) (?:[3-9]0th|thirtieth|fortieth|fiftieth|sixtieth|seventieth)"
        r"(?: birthday| bday| b-day)?(?= *(?:$|[.,;:!?)]|birthday|bday|b-day|next|this|last|is\b"
        r"|was\b|coming|party|celebration|soon|in (?:a|two|three|\w+ (?:weeks|months))\b))"
        r"|the big (?:[3-8]-?0|(?:three|four|five|six|seven)[- ]?(?:oh|o|0))\b",
        # The year school or a degree was finished: "what year she finished high school",
        # "completed her doctorate in 1984", "MBA 1991".
        r"(?:what|which) year (?:did )?(?:she|he|they|you|the candidate|cand|candidate|applicant)"
        r" (?:finished|finish|left|leave|completed|complete|graduated|graduate|got out of|was in)"
        r" (?:from )?(?:high |secondary |grammar |middle )?(?:school|college|uni|university|sixth"
        r" form|grad school|(?:her|his|their|your) (?:degree|studies|a-levels|gcses|diploma))\b"
        r"|(?:school-leaving|school leaving|school-leaver|school leaver) (?:year|date)\b",
        r"(?:completed|finished|earned|received|obtained|gained|was awarded|defended)"
        r" (?:(?:his|her|their|a|an|the) )?(?:phd|ph\.d\.?|doctorate|dphil|degree|bachelor'?s"
        r"(?: degree)?|master'?s(?: degree)?|ba|bsc|b\.sc\.?|msc|m\.sc\.?|mba|llb|a-levels|o-levels"
        r"|gcses|thesis|dissertation|(?:nursing|law|medical|teaching|first|undergraduate"
        r"|postgraduate) (?:degree|qualification|diploma|certificate))(?: [\w,()&-]+){0,4}? in"
        r" (?:19\d{2}|20[0-2]\d|'\d{2})\b"
        r"|(?:phd|doctorate|mba|bsc|msc|llb|dphil)[,:]? (?:19\d{2}|'[4-9]\d)\b"
        r"|(?:finished|left|completed|graduated from) (?:high |secondary |grammar )?(?:school"
        r"|college|uni|university|sixth form)(?: [\w,]+){0,2}? in (?:19\d{2}|'\d{2})\b"
        r"|(?:degree|doctorate|phd|diploma|certificate|qualification|a-levels|o-levels|gcses"
        r"|bachelors|bachelor's|masters|master's|mba)s? (?:back )?in (?:19\d{2}|'[4-9]\d)\b"
        r"|qualified (?:as an? [\w-]+ )?in (?:19\d{2}|'[4-9]\d)\b",
        r"(?:first (?:job|role|position|post|paid job)|career (?:began|started)|started (?:work"
        r"|working|out|(?:his|her|their) career)|began (?:work|working|(?:his|her|their) career)"
        r"|entered the (?:workforce|industry|trade|profession)|joined the workforce)(?: [\w,]+){0,3}?"
        r" in (?:the )?(?:(?:early|mid|late)[- ])?(?:19[4-9]\d|'[4-9]\d|(?:19)?[5-9]0'?s)\b",
        r"(?:his|her|their) (?:[1-6]0th|thirtieth|fortieth|fiftieth|twentieth|sixtieth) (?:high "
        r"school |college |class )?reunion",
        r"(?:i'd|i would|id) put (?:him|her|them) (?:at |near |around |about |in (?:his|her|thei"
        r"r) (?:late |early |mid-?)?)\d0s?\b",
        r"(?:your|his|her|their) (?:19[4-9]\d|200\d) graduation",
    ),
    check=_age_record,
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
        "Got his first job in 1979, he said.",
        "Career began in 1982 at IBM.",
        "Asked how old she is.",
        "Strong answers for her age.",
        "Her 40th reunion is next month, so late 50s.",
        "I'd put him near 60 from the look of it.",
        "Based on your 1988 graduation, this junior role may not suit you.",
    ),
    good=(
        "Has 25 years of experience in payroll.",
        "Solved 3 of 4 exercises in 40 minutes.",
        "Manages a team of over 40 engineers.",
        "Meets the minimum age requirement (18) for the role: yes.",
        "Kept a 15-year-old billing monolith running through two migrations.",
        "The service supports adults aged 65 and over in their own homes.",
        "Ran reading groups for children aged 8 to 12 at the library.",
        "Asked what salary range she was looking for: mid-60s.",
    ),
)


_RELATIVE_BEFORE = rx.compile(
    r"\b(?:mother|mum|mom|father|dad|parents?|husband|wife|spouse|partner|brother|sister"
    r"|grand\w+|uncle|aunt|auntie|in-laws?|\w+-in-law|neighbou?r|friend|mentor|boss|manager"
    r"|predecessor|founder|owner)(?:'s|s)?\s+(?:(?:is|was|has|had|just|recently|finally|a|an"
    r"|now|both|been)\s+){0,3}$"
)


#: "retired the old PLC-5 racks", "retire the two 2014 trucks": retiring a thing.
_RETIRE_OBJECT = rx.compile(
    r"^\s*(?:the |our |their |its |his |her |all |both )?(?:two |three |four |five |several"
    r" |remaining |\d+ )?(?:old|older|legacy|outdated|aging|ageing|existing|deprecated"
    r"|obsolete|\d{4})\b"
)


#: Pay talk in the sentence: "mid-60s" there is a salary, not an age.
_PAY_CUE = rx.compile(
    r"\b(?:salary|salaries|(?:pay|salary) range|expect\w*|looking for|asking for|compensation)\b"
    r"|\$"
)
#: Things, not people: "fence the old one" (a node), "the old planer is being retired".
_THINGS = (
    r"node|nodes|replica|replicas|server|servers|version|versions|machine|machines"
    r"|instance|instances|database|db|cluster|phone|laptop|car|van|truck|system|systems"
    r"|model|models|release|branch|cert|certificate|key|keys|build|container|pod|api|library"
    r"|process|contract|policy|account|site|building|record|file|files|copy|device|devices"
    r"|disk|drive|router|switch|kit|equipment|tool|tools|engine|code|codebase"
    r"|script|schema|table|index|backup|leader|primary|master|standby|deployment|config"
    r"|stack|framework|app|website|platform|vendor|printer|till|register|boiler|unit"
)
#: A machine, system or part that is retired, not a person.
_EQUIPMENT_BEFORE = rx.compile(
    r"\b(?:" + _THINGS + r"|furnace|press|line|product|planer|kiln|fleet|software|mainframe"
    r"|forklift|crane|vehicle|aircraft|plane|rig|pump|oven|reactor)s?(?: #?\d+)? (?:is|are|was"
    r"|were|will be|gets|getting|being|to be|has been|have been)(?: being| getting)? $"
)


def _not_tech_retire(hit: Hit) -> bool:
    if _EQUIPMENT_BEFORE.search(hit.before(40)):
        return False  # "old furnace #2 is being retired next year": equipment
    if _RELATIVE_BEFORE.search(hit.before(40)):
        return False  # "her mother is a retired teacher": someone else's retirement
    after = hit.after(50)
    if _TECH_AFTER.match(after) or _MILITARY_AFTER.match(after):
        return False
    if hit.matched in ("retire", "retired", "retires", "retiring") and _RETIRE_OBJECT.match(after):
        return False
    return not rx.search(r"\b(?:system|service|api|feature|legacy|the old)\s*$", hit.before(25))


_SERVED_AFTER = rx.compile(
    r"^\s*(?:(?:and|or|&) (?:frail|disabled|vulnerable|young|older) )?(?:patients?|inpatients?"
    r"|outpatients?|residents?|clients?|customers?|users?|population|care\b|services?"
    r"|service users?|members?|communit(?:y|ies)|adults?|individuals?|persons?|people|citizens?"
    r"|learners?|students?|pupils?|audiences?|markets?|demographics?|segments?|drivers?"
    r"|travell?ers?|shoppers?|homes?|housing|support|relatives?|carers?|caregivers?)\b"
)
_SERVED_BEFORE = rx.compile(
    r"\b(?:for|with|serving|serves?|supporting|supports?|support(?:ed)?|caring for|cares for"
    r"|care for|cared for|helping|helps?|helped|to|among|teach\w*|taught|train\w*|coach\w*"
    r"|design\w*|buil[dt]\w*|develop\w*|research\w*|stud(?:y|ied|ies|ying)|nurs\w*"
    r"|treat\w*|visit\w*|program(?:me)?s? for|services? for|targeting|aimed at)\s+(?:\w+\s+)?$"
)
_PERSON_PLURAL_END = rx.compile(
    r"(?:people|persons|individuals|adults|patients|residents|clients|customers|users|kids"
    r"|children|learners|students|folks)$"
)


_PERSON_CUE = rx.compile(
    r"\b(?:he|she|him|her|they|them|candidate|applicant|cand|interviewee|hire|person|guy|lady"
    r"|woman|man|team|crew|staff)\b"
)
_THING_CUE = rx.compile(r"\b(?:" + _THINGS + r")\b")


def _not_population(hit: Hit) -> bool:
    """'elderly inpatients', 'worked with young people': a population served, not the candidate."""
    m = hit.matched
    if m.startswith("senior citizen") and rx.match(
        r"^\s*(?:discounts?|freeze|exemptions?|programs?|programmes?|centers?|centres?|housing"
        r"|services?|rates?|fares?|tickets?|tiers?|applications?|homes?|clients?|residents?"
        r"|rebates?|credits?|benefits?|passes)\b",
        hit.after(20),
    ):
        return False  # "senior citizen freeze applications": a programme worked on
    if m.startswith("skew") and rx.search(
        r"\b(?:users?|user base|customers?|customer base|patients?|audiences?|markets?|readers"
        r"|readership|clients?|clientele|members|subscribers|viewers|listeners|players|shoppers"
        r"|visitors|population|residents|demographic|survey|sample|data|dataset|traffic)\b",
        hit.before(40),
    ):
        return False  # "our user base skews older": the people served
    if rx.search(r" ones?$", m) and (
        not hit.in_sentence(_PERSON_CUE) or hit.in_sentence(_THING_CUE)
    ):
        return False  # "fence the old one": a node, a version or a device, not a person
    if rx.search(r"years? left$", m) and not _age_proxy(hit):
        return False
    if (
        rx.match(r"(?:older|younger|elderly|middle-aged|oldish|old-ish|youngish|young-ish)$", m)
        and rx.match(r"^ *(?:$|[,;]|\.(?:\s|$))", hit.after(3))
        and not rx.search(r"(?:^|[,;:(\-\u2022*]|\band)\s*$", hit.low[hit.s_start : hit.start])
    ):
        # A bare label counts only as a note fragment: "Grey hair, older, calm."
        return False
    if (m in ("elderly", "older", "younger", "young") or "savvy" in m) and _SERVED_AFTER.match(
        hit.after(30)
    ):
        return rx.search(r"\b(?:his|her|their|my|your)\s+$", hit.before(12)) is not None
    return not (_PERSON_PLURAL_END.search(m) and _SERVED_BEFORE.search(hit.before(40)))


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
        r"|green|ambitious|dynamic|keen|malleable|driven|impressionable|naive|trainable|teachable)"
        r"|youthful|youngsters?|whippersnappers?|(?:just|only|still|basically|practically"
        r"|literally|barely more than|no more than|hardly more than) a kid"
        r"|(?:older|younger|old|young|elderly) (?:gent|gents|gentleman|gentlemen|fella|fellas|chap"
        r"|chaps|bloke|blokes|dear|timer)\b"
        r"|(?:the|this) kid\b(?! (?:table|menu))",
        r"old[- ]school|set in (?:his|her|their) ways|digital natives?|dinosaur|digitally native"
        r"|digital[- ]first (?:person|guy|gal|type|mindset|generation|native)|generational"
        r" (?:thing|issue|gap|difference|divide|mindset|attitude|outlook)|(?:the |one of"
        r" the )old guard\b|winding things down|wind things down|(?:winding|slowing) down"
        r" career[- ]wise|career[- ]wise,? (?:winding|slowing) down",
        r"(?:goes|going|dates|dating|stretches|stretching|go|date|reaches|reaching) back to"
        r" (?:the )?(?:(?:early|mid|late)[- ])?(?:19[5-8]\d|'[5-8]\d|(?:19)?[5-8]0'?s|fifties"
        r"|sixties|seventies|eighties)\b",
        r"(?:skinny|smart|bright|sharp|young|nice|good|clever|keen|eager|green|cocky|lanky"
        r"|little|new|fresh|hungry|talented|quiet|shy|local|college|grad|whizz?|wonder|tech"
        r"|baby-faced|spotty|good-looking|handsome|pretty|cute|fresh-faced|clean-cut|likeable"
        r"|likable|lovely|keen-as-mustard|decent|promising|bright-eyed) kid\b(?![-'\u2019])(?! (?:gloves|leather|brother|sister|sibling"
        r"|on the block)\b)",
        r"(?:young|younger|old|older|youthful|elderly|mature)(?:-ish|ish)? for (?:a|an|the|this"
        r"|that) (?:\w+ )?(?:role|job|position|manager|lead|director|supervisor|head|partner|vp"
        r"|exec\w*|principal|founder|cto|ceo|cfo|boss|leader|team lead|senior \w+)\b",
        r"tech[- ]?savvy|(?:computer|digitally|internet|social media)[- ]savvy|luddite"
        r"|technophob\w*|(?:not|isn't|wasn't|less|not very|not really|never been) (?:a )?(?:very )?"
        r"(?:techy|tech person|tech guy|tech girl|computer person|computer literate"
        r"|digitally literate)",
        r"early[- ]career|earlier[- ]career|(?:ready|wants?|wanting|looking|planning|plans?"
        r"|time) to (?:slow|wind) down|(?:slowing|winding) down (?:her|his|their|in (?:her|his"
        r"|their) career)",
        r"(?:recent|fresh|new) (?:college |university |uni )?grad(?:uate)?s?(?!-)(?! (?:program|scheme"
        r"|role|roles|hiring|programme|rotation|position|positions|level|track))",
        r"(?:fresh|straight)[- ]out[- ]of[- ](?:college|school|university|uni|grad[- ]school)",
        r"(?:older|younger|elderly|middle-aged|oldish|old-ish|youngish|young-ish)(?= *(?:$|[,;]"
        r"|\.(?:\s|$)))",
        r"(?:older|younger) than (?:the|most|everyone|anyone|me|us|the rest|others|our|his|her"
        r"|their|i|we|typical|usual|average)",
        r"(?:young|younger|youngest|older|oldest|old|elderly|aging|ageing) (?:team|crowd"
        r"|demographic|workforce|vibe|culture|energy|blood|profile|look)",
        r"(?:skews?|skewing|skewed) (?:young|old|older|younger)",
        r"(?:young|youthful|younger),? (?:(?:and )?[\w-]+,? ){1,2}(?:and )?(?:team|crowd|office"
        r"|culture|workforce|staff|group|bunch|squad)\b",
        r"(?:high[- ]energy|youthful|energetic|young) (?:team|crowd|culture|environment|vibe"
        r"|office|workplace)",
        r"(?:not|isn't|wasn't|is not|was not|never) (?:getting |going to get )?any younger",
        r"(?:won't|will not|isn't going to|not going to) be around (?:for )?(?:long|much longer"
        r"|many years)|(?:years|career) (?:left|ahead of (?:him|her|them))",
        r"(?:seems?|seemed|looks?|looked|appears?|appeared) (?:a bit |very |quite |rather |so "
        r"|too |really |pretty |kind of |kinda )?(?:old|older|young|younger|elderly|youthful)\b",
        SUBJ_COP + r"(?:old|older|young|younger|elderly|ancient"
        r"|youthful|mature for|so young|very young|a kid)",
        r"mature['\"\u2019\u201d](?!\w)|late[- ]career\b|end[- ]of[- ]career\b"
        r"|(?:a bit|bit|very|quite|too|still|pretty|rather|a little|so) green\b(?! (?:energy|tech"
        r"\w*|credentials|initiatives?|light|field|screen|card|belt|paper|agenda|bonds?|building"
        r"|deployments?|build|tests?|pipelines?|status|checks?|ticks?)\b)"
        r"|(?:oldest|youngest|eldest) (?:person|member|candidate|one|applicant|interviewee|hire)"
        r" (?:we've|we have|i've|we|on|in|at|to|so far|by|ever)\b"
        r"|veteran of (?:over |nearly |almost |some )?(?:[2-5]\d|twenty|thirty|forty|fifty)\+?"
        r" years"
        r"|(?:hair|beard)(?:'s| is| has)? (?:gone|going|turning|turned) (?:\w+ )?(?:grey|gray|white"
        r"|silver)\b|silver-haired|silver haired|white-haired|white haired|salt-and-pepper"
        r" (?:hair|beard)|salt and pepper (?:hair|beard)",
        r"nobody (?:that|his|her|their) age\b",
    ),
    check=_not_population,
    message="Uses an age-coded word or judges the candidate by age.",
    rationale=_HOOK + " Youth-coded words such as 'digital native' are treated as age evidence.",
    suggestion=(
        "Describe the job-related evidence instead: the requirement, what the candidate "
        "did in the exercise and the rubric level (for example 'Used the current toolchain "
        "in the exercise: level 3 of 4')."
    ),
    bad=(
        "Fresh-faced kid, customers will warm to him.",
        "Too old for the job.",
        "Seems young for a lead role.",
        "Older guy, a bit set in his ways.",
        "A real digital native.",
        "Recent college grad, will need hand-holding.",
        "We're a young team and want someone high-energy.",
        "Skinny kid in the grey hoodie, decent on SQL.",
        "Young and impressionable, we could shape her.",
        "He's basically a kid.",
        "Older gent, very polite.",
        "Not a digital-first person, tbh.",
        "Prefers the old way of doing things, a generational thing.",
        "One of the old guard, knows his stuff.",
        "His CV goes back to the early 1980s.",
        "Not sure she's tech-savvy enough for the new tools.",
        "Young for a manager, might not command respect.",
        "Perfect for our young, fast-paced team.",
        "Youngest person we've interviewed, bit green.",
        "He's 'mature', if you know what I mean.",
        "Late career, probably looking to slow down.",
        "Grey hair, older, very calm though.",
        "She's not getting any younger.",
        "Hair's gone completely grey since his LinkedIn photo.",
        "Silver-haired gent, very courteous.",
        "Nobody that age has that many certs.",
    ),
    good=(
        "Explained how to drain the old one before the new replica takes the traffic.",
        "Swapped the young one in the fleet for an older van when the lease ended.",
        "The old codebase was migrated in six months.",
        "Applied to the new-grad program.",
        "Mature product with a young-company culture of experimentation.",
        "Led a senior engineer through the incident review.",
        "Designed the falls-alert workflow for elderly inpatients.",
        "Ran after-school coding clubs for young people in Leeds.",
        "Four years supporting older adults in supported housing.",
        "Designed onboarding for tech-savvy customers in the banking app.",
        "Joined a young, fast-growing company as its first data hire.",
        "Our user base skews older, so she designed larger tap targets.",
        "All green builds in the CI pipeline after her fix.",
        "Her Oracle experience goes back to version 8; she explained the upgrade path.",
        "The API version in the exercise was older, so she upgraded it first.",
        "The status icon going grey means the sync failed; she spotted it at once.",
        "Sold salt-and-pepper shakers at the market stall for three summers.",
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
        "He retired last year and wants something part-time.",
        "Retired 5 years ago, so probably slowing down.",
    ),
    good=(
        "Retired the legacy billing service ahead of schedule.",
        "We will retire the old API next quarter.",
        "Retired the old PLC-5 racks and migrated the line to ControlLogix.",
        "Plans to retire the two 2014 trucks in Q2.",
        "Retiring the old data warehouse was her main project last year.",
        "Built retirement-planning software for a fintech client.",
        "Her mother is a retired teacher and tutored her in maths, she said.",
        "Took over the route when the previous owner retired in 2020.",
        "The old kiln is being retired next year, so the hire must know the new one.",
    ),
)

_OBJECTIVE = rx.compile(
    r"\b(?:objective criteria|criteria|band \d|same band|scope mismatch|pay band)\b"
)


def _no_criteria(hit: Hit) -> bool:
    """'Overqualified' is defensible where the note states the objective criteria (0.9)."""
    return not hit.in_sentence(_OBJECTIVE)


AGE_004 = Rule(
    id="CND-AGE-004",
    category="age",
    severity="warning",
    title="'Overqualified' without objective criteria",
    terms=(
        r"over[- ]?qualified|too experienced|too senior|too seasoned|overly seasoned|over-seasoned|(?:more|too much) experience than "
        r"(?:we|the role|this role) (?:need|needs|requires)",
        r"(?:experience|qualifications?|background|seniority|skills?|skill set|career) (?:\w+ )?"
        r"(?:exceeds?|exceeded|outstrips?|outweighs?|is (?:well |far )?beyond|goes (?:well |far )?"
        r"beyond|is (?:well |far )?above) (?:what|the (?:needs|requirements?|level|scope)|our"
        r" needs|(?:the|this) (?:role|position|job))\b",
        r"(?:not|wouldn't|won't|never|isn't|wasn't) (?:be )?(?:sufficiently |adequately |fully "
        r"|really |properly )?challenged\b(?! (?:by|on|about|over|when|in the)\b)|(?:get|gets|be"
        r"|become|grow|getting) bored (?:quickly|fast|soon|easily|in (?:a|the first) (?:week"
        r"|month|few)|within|here|in this role|in the role)\b(?! (?:of|with|by|doing)\b)"
        r"|(?:extensive|long|lengthy|considerable|vast|wealth of|decades of) (?:\w+ )?"
        r"(?:experience|career|background)\b[^.;!?\n]{0,40}?\b(?:for|in) (?:an? |the |this"
        r" |such an? )?(?:\w+[- ])?(?:entry[- ]level|junior|graduate) (?:role|job|position|post"
        r"|level|seat)\b",
    ),
    check=_no_criteria,
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
    bad=(
        "Overqualified for this role.",
        "Probably too senior, would get bored.",
        "With her long career she would not be challenged in an entry-level job.",
        "Would get bored quickly in this role.",
        "We felt your level of experience exceeds what this role requires.",
        "Seasoned, maybe too seasoned for a junior coordinator seat.",
        "Overly seasoned for what is basically a trainee job.",
    ),
    good=(
        "Meets the qualifications listed for band 3.",
        "Was challenged on the estimate and defended it with data.",
        "Not challenged by the technical screen; finished early and asked for the extension.",
        "Would get bored quickly of manual testing, he said, so he automated it.",
        "Extensive experience with entry-level hiring programmes as a recruiter.",
        "Seasoned the demo dish well in the practical; plating level 3.",
        "A seasoned incident commander: ran the bridge call and wrote the timeline.",
        "Overqualified per our objective criteria: role is band 3, he has managed 40 people.",
    ),
)


def _tenure(hit: Hit) -> bool:
    if rx.match(r"(?:for|over) ", hit.matched):
        return (
            rx.search(
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
        r"(?:more junior|younger|young|fresh|less experienced|newer|new to the (?:profession"
        r"|industry|field|workforce|trade)|entry[- ]level|(?:early|earlier) in (?:their|his|her)"
        r" careers?)"
        r"(?: [\w'/,()-]+){0,10}? (?:stay|stick around"
        r"|grow with (?:us|the company)|long[- ]term|for years|many years|years to come|decades"
        r"|long haul|the long run|a long time|with us for"
        r"|moldable|mouldable|trainable|cheaper)",
        r"(?:for|over) (?:the next |another )?(?:fifteen|twenty|thirty|forty|1[5-9]|[2-4]\d)"
        r"(?:[- ]?(?:plus|\+)"
        r"| or \w+)? (?:years|decades)|for decades",
    ),
    check=_tenure,
    message="Prefers a younger or 'more junior' person for tenure or cost.",
    rationale=_HOOK,
    suggestion=(
        "Name the job level and the requirement; tenure and salary expectations are "
        "asked of everyone, never inferred from age."
    ),
    bad=(
        "Someone more junior that can stay with the company for years.",
        "The role needs someone who can be here for the next 25 years.",
    ),
    good=(
        "The role is junior level; the posting lists 1-3 years of experience.",
        "Has run the same plant for over 20 years.",
    ),
)


_GUESS_PERSON = rx.compile(
    r"\b(?:he|she|they|he's|she's|they're|hes|shes|him|her|them|cand|candidate|applicant|lady"
    r"|gent|guy|man|woman|bloke|fella|chap|gal|lad|person|interviewee|reckon|guess|guessing"
    r"|i'd say|looks?|looked)\b"
)
_GUESS_MEASURE = rx.compile(
    r"\b(?:score[sd]?|speed|wpm|temperature|temp|limit|minimum|maximum|threshold|target|pass"
    r"|mark|grade|rating|percent|mph|km|degrees|psi|lbs?|kg|kilos|pounds|units|items|words"
    r"|seconds|minutes|hours|days|weeks|months|hrs|calls|tickets|orders|sales|deals|clients"
    r"|customers|reps|staff|people|employees|engineers|sites|stores|boxes|pallets|points"
    r"|feet|ft|metres|meters|miles|dollars|\$|k\b|grand|quid|bucks|budget|price|cost|rate"
    r"|per|each|capacity|size|count|number|total|average|batch|invoices|files|pages|headcount"
    r"|fte|ftes|heads|members|users|accounts|tickets|sites|branches|vehicles|trucks)\b"
)


def _age_proxy(hit: Hit) -> bool:
    m = hit.matched
    words = r"(?:[4-8]\d|forty|fifty|sixty|seventy|eighty)"
    be_guess = rx.match(
        r"(?:must|has to|have to|gotta|got to|(?:he|she|who)'s got to|could|might|would|he'd|she'd|they'd"
        r"|he'll|she'll|they'll|will) be\b",
        m,
    )
    word_guess = rx.match(
        r"(?:forty|fifty|sixty|seventy|eighty)[- ]?(?:plus|\+|ish)|(?:easily|at least|surely|well over|well past|guessing|guess|reckon|i'd say|maybe"
        r"|probably|about|around|roughly|looks|looked|looking) (?:forty|fifty|sixty|seventy"
        r"|eighty)",
        m,
    )
    range_guess = rx.match(r"(?:over|under|past|nearly|almost|well over|well past) " + words, m)
    if rx.match(
        r"(?:nearer|closer|more like|def|defo|definitely|prolly|likely|easily|surely"
        r"|at least) ",
        m,
    ) and hit.in_sentence(_GUESS_MEASURE):
        return False  # "headcount is nearer 60 than 50", "easily 40 calls a day"
    if be_guess or word_guess or range_guess:
        # A number guessed about a person, not a score, a limit or a headcount.
        if hit.in_sentence(_GUESS_MEASURE):
            return False
        if range_guess:
            return (
                rx.search(
                    r"(?:^|[,;:(\-\u2022*]|\b(?:he's|she's|they're|hes|shes|is|probably|prob|guessing"
                    r"|guess|looks|looked|maybe|definitely|easily|surely|be|obviously|clearly|reckon"
                    r"|say))\s*$",
                    hit.low[hit.s_start : hit.start],
                )
                is not None
            )
        return word_guess is not None or hit.in_sentence(_GUESS_PERSON)
    if rx.match(r"(?:later|late) in ", m):
        # "Later in his career he moved into product": narrative history, unless it
        # predicts or prefers something from the career stage.
        return _stage_reason(hit)
    return not (
        rx.search(r"years? left$", m)
        and rx.match(
            r"^\s*(?:on|in|of|before|until|till) (?:the|this|our|its|their|a) (?:\w+ )?(?:lease"
            r"|contract|loan|mortgage|warranty|licen[cs]e|deal|term|visa|patent|support|agreement"
            r"|system|service|platform|product|project|programme|program|fund|grant|budget"
            r"|runway|release|version|migration)",
            hit.after(40),
        )
    )


AGE_006 = Rule(
    id="CND-AGE-006",
    category="age",
    severity="error",
    title="Career stage, life stage or generation as an age proxy",
    terms=(
        r"(?:tail end|twilight|(?:very )?end|final (?:years|stretch|chapter|stage|decade|lap"
        r"|few years)|last (?:years|stretch|leg|chapter|decade|lap|few years|innings)) of (?:his|her|their|a long) (?:career|working (?:life|days"
        r"|years))",
        r"(?:late|later|this late|so late) in (?:his|her|their) (?:career|working life|life)",
        r"(?:long|short|limited|longer|shorter) runway|runway (?:ahead|left)|(?:someone|somebody"
        r"|person|candidate|people|him|her|them) with (?:more|a longer|longer|plenty of|enough"
        r"|a lot of|lots of|less|a shorter) runway|(?:years|decades)"
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
        r"(?:nearer|closer to|nearer to|more like) (?:[4-8]0|forty|fifty|sixty|seventy) than"
        r" (?:[3-7]0|thirty|forty|fifty|sixty)\b",
        r"(?:def|defo|definitely|prolly|likely|easily|surely|at least) (?:[4-8]\d)(?: ?\+|[- ]plus"
        r"|ish|-ish)?(?=\s*(?:$|[.,;:!?)]|or so\b|years? old\b|yo\b|at a guess\b))",
        r"(?:~|c\.|approx\.?|about|around|roughly|maybe|probably|prob|looks|looked) ?(?:[4-8]\d)"
        r"(?:ish|-ish)?(?=\s*(?:$|[.,;:!?)]|ish\b|-ish\b|or so\b|yo\b|y/o\b|years? old\b))",
        r"old enough to be (?:my|our|his|her|the) (?:dad|father|mum|mom|mother|parent|grand\w+)"
        r"|since before (?:i|we|most of us|half the team|anyone here) (?:was|were) (?:born|alive)",
        r"(?:barely|just|only|not long|freshly|newly|right) out of (?:college|school|uni"
        r"|university|high school|grad school|nappies|diapers)|wet behind the ears"
        r"|fresh[- ]faced|young (?:pup|buck|gun|thing|'un)s?|young,? (?:and |& )?(?:fun|hip"
        r"|cool|trendy|fresh|single|free|eager|energetic|up-and-coming)\b",
        r"(?:older|younger|previous|his|her|their|different|that|the old|the new|the next|our|my"
        r"|another|a different)"
        r" generation(?! of (?:new |qualified |sales |inbound |outbound |fresh )?"
        r"(?:leads?|revenue|power|electricity|ideas|content|reports?|code|sales|business"
        r"|pipeline|demand|energy|cash|traffic|interest|documents?|invoices?|data|tests?|heat"
        r"|income|referrals?)\b)"
        r"|(?:from|of) (?:a |another |a different |an older |an earlier )?era\b"
        r"|generation (?:gap|[xyz]|alpha)\b|gen[- ]?(?:[xyz]|alpha)\b"
        r"|(?:his|her|their|your) (?:age group|age bracket|generation|era)\b"
        r"(?! of (?:new |qualified |sales |inbound |outbound |fresh )?"
        r"(?:leads?|revenue|power|electricity|ideas|content|reports?|code|sales|business"
        r"|pipeline|demand|energy|cash|traffic|interest|documents?|invoices?|data|tests?|heat"
        r"|income|referrals?)\b)"
        r"|your vintage\b"
        r"|(?:certain|older|earlier|similar|different|another|bygone"
        r"|(?:his|her|their|my|our) own|(?:his|her|their)) vintage\b(?! (?:cars?|clothing"
        r"|clothes|fashion|furniture|guitars?|wines?|shops?|stores?|collections?|cameras?"
        r"|computers?|consoles?|watches|posters|records|vinyl|market|dealers?|business\w*)\b)",
        r"born (?:in )?(?:19|20)\d{2}|born '\d{2}|(?:graduated|grad(?:'d|uated|ed)?|finished"
        r" (?:high )?school)(?: \w+){0,3}? (?:in )?'\d{2}\b"
        r"|(?:hs|high[- ]school|secondary school|college|uni) (?:grad(?:uation|uate)?|diploma"
        r"|leaver)(?: in)? (?:'\d{2}|19\d{2})\b",
        r"(?:stuck|set|fixed) in (?:his|her|their) ways|old dogs?\b|new tricks|behind the times"
        r"|out of touch with (?:tech|technology|modern|young|today|current|the times)"
        r"|(?:he's|she's|they're|is|seems|seemed) (?:a bit |bit |kind of |kinda |quite |very )?"
        r"(?:old[- ]fashioned|past (?:it|his prime|her prime)|dated|ancient|over the hill)",
        r"empty[- ]nesters?|mid-?life crisis|menopaus\w*|senior moments?|digital immigrants?",
        # Age guessed in words: "must be seventy if she's a day", "easily fifty-five".
        r"(?:must|has to|have to|gotta|got to|(?:he|she|who)'s got to|could|might|would|he'd|she'd|they'd|he'll"
        r"|she'll|they'll|will) be (?:at least"
        r" |easily |well over |well past |over |nearly |almost |close to |about |around |pushing"
        r" |knocking on |the wrong side of )?(?:[4-8]\d|forty|fifty|sixty|seventy|eighty)(?:[- ]"
        r"(?:one|two|three|four|five|six|seven|eight|nine))?(?:ish|-ish|[- ]odd|\+| plus)?"
        r"(?=\s*(?:$|[.,;:!?)]|if\b|or so\b|by now\b|now\b|at least\b|years? old\b|easily\b"
        r"|at a guess\b|i reckon\b|i'd say\b|i think\b))"
        r"|(?:forty|fifty|sixty|seventy|eighty)[- ]?(?:plus|\+|ish)(?=\s*(?:$|[.,;:!?)]|at a guess"
        r"\b|i'd say\b|i reckon\b|maybe\b|probably\b|easily\b|if\b|by now\b))"
        r"|(?:easily|at least|surely|well over|well past|guessing|guess|reckon|i'd say|maybe"
        r"|probably|about|around|roughly|looks|looked|looking) (?:forty|fifty|sixty|seventy"
        r"|eighty)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?(?:ish|-ish|[- ]odd"
        r"|\+| plus)?(?=\s*(?:$|[.,;:!?)]|if\b|or so\b|or more\b|maybe\b|by now\b|at least\b"
        r"|years? old\b|at a guess\b))"
        r"|if (?:he's|she's|they're|he is|she is|they are) a day\b",
        # An unprompted range: "Over 50, so probably expensive."
        r"(?:over|under|past|nearly|almost|well over|well past) (?:[4-8]0|forty|fifty"
        r"|sixty|seventy)(?= *(?:$|[,;:!?)]|\.(?:\s|$)| so\b| and\b| but\b| probably\b| i'd"
        r"| i think| by the look| at a guess| if\b| at least\b| now\b))",
        r"baby-faced|baby faced|matronly|avuncular|(?:mouldable|moldable)\b(?! (?:plastic|clay"
        r"|materials?|compounds?|resins?|parts?))",
        r"(?:his|her|their) own (?:generation|age group)|(?:are|were) (?:his|her|their) contempo"
        r"raries|(?:his|her|their) (?:kids'?|children's|son's|daughter's|grandkids'?) (?:generat"
        r"ion|age)",
    ),
    check=_age_proxy,
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
        "Friendly chap, must be sixty if he's a day.",
        "Easily fifty-five, I'd say, maybe more.",
        "Over 50, so probably on a higher salary expectation.",
        "Not sure it's quite your generation's kind of role.",
        "A gentleman of a certain vintage, lovely manners.",
        "Baby-faced, the crew might not listen to him.",
        "He's in the last decade of his career, so maybe not.",
        "Would be managing people her kids' age; could be awkward.",
    ),
    good=(
        "About 50 people attended her talk.",
        "Led a migration of the generation pipeline for invoices.",
        "Has a long track record in freight.",
        "Coasting was not an option: she shipped weekly.",
        "The runway for the product is 18 months of funding.",
        "Later in his career he moved into product management and led three launches.",
        "Only a few years left on the lease of the old office, she noted in the case.",
        "Typing speed must be 40 or more; he managed 52.",
        "Ticket backlog is well over 60, she cut it to 12 in the exercise.",
        "Your generation of new leads last quarter was impressive.",
        "Runs a vintage clothing stall on weekends and knows retail stock control.",
        "Must be sixty orders a shift at peak, and she said that was fine.",
    ),
)


_LIFE = (
    r"(?:life|lives|working life|working lives|career|careers|working years|working days"
    r"|professional life)"
)


def _stage_reason(hit: Hit) -> bool:
    """A career point counts only with an age-coded prediction or as a preference."""
    m = hit.matched
    if not rx.search(r"\bcareers?$", m):
        return True
    return (
        rx.search(
            r"\b(?:stamina|energy|energetic|pace|keep up|slow(?:ing)? down|wind(?:ing)? down"
            r"|candidates?|applicants?|pursue|pursuing|seek|seeking|hire|hiring"
            r"|settle|settled|retir\w*|pension|learn|adapt|change|new tricks|long[- ]term"
            r"|years|decades|stick around|stay|last|grow|develop|mould|mold|invest|someone"
            r"|somebody|person|people|prefer|suit|suited|better|looking for|want|need|after"
            r"|tired|hunger|hungry|motivat\w*|drive|appetite|haul|unlikely|timing)\b",
            hit.sentence,
        )
        is not None
    )


AGE_007 = Rule(
    id="CND-AGE-007",
    category="age",
    severity="error",
    title="Career or life stage as a stand-in for age",
    terms=(
        # "at an earlier stage of their working life", "at this point in his life".
        r"(?:earlier|earliest|early|younger|later|late|latter|final|last|closing|twilight|autumn"
        r"|sunset|back end|tail end|home stretch|back nine|start|beginning|outset|initial"
        r"|a certain|different) (?:\w+ )?(?:stages?|points?|phases?|parts?|years|chapters?"
        r"|seasons?|periods?|time|end) (?:of|in) (?:(?:his|her|their|your|one's|a|the|someone's"
        r"|a person's) )?" + _LIFE + r"\b",
        r"(?:this|that|his|her|their|your|same|first|the) (?:stages?|points?|phases?|parts?|years"
        r"|chapters?|seasons?|periods?|time|end|timing|juncture|moment) (?:of|in) (?:(?:his|her|their|your|one's|a|the"
        r"|someone's|a person's) )?"
        + _LIFE
        + r"\b(?! (?:section|history|summary|timeline|gaps?|dates?|page)\b)",
        r"at (?:his|her|their) (?:stage|time of life|stage of life|stage in life|point in life"
        r"|point in (?:his|her|their) life)\b(?! (?:of|in) (?:the|a|this|that|our|their|his|her)"
        r" (?:project|process|programme|program|pipeline|course|training|degree|apprenticeship"
        r"|interview|application|rollout|migration)\b)|"
        r"(?:careers?|working lives?|working life) (?:are|is|were|was) (?:still )?at (?:an? |the )?"
        r"(?:earlier|early|earliest|later|late|different|similar|more junior|newer) (?:stage|point"
        r"|phase)s?\b|"
        r"(?:stage|time|point|phase|season) of (?:(?:his|her|their|your|one's) )?life\b"
        r"|(?:career|life)[- ](?:stages?|phases?)\b(?! (?:models?|segments?|marketing|data"
        r"|frameworks?|features?|analysis|modules?|platforms?|tools?|apps?|products?|campaigns?"
        r"|targeting|planning|research|surveys?)\b)|(?:of|at) an age (?:where|when|at which)"
        r"|where (?:he|she|they|the candidate|cand)(?:'s|'re| is| are| was| were) (?:at )?in"
        r" (?:his|her|their|life|the) ?" + _LIFE + r"?\b"
        r"|(?:of|at) a certain age",
        r"(?:just |only )?(?:starting out|setting out|starting|beginning|embarking on|at the"
        r" (?:start|beginning|outset) of|in the early (?:days|years) of) (?:in |on )?(?:their|his"
        r"|her|your) (?:working lives?|working life|careers?)\b",
        r"(?:(?:he|she|they|cand)(?:'s| is| are| was)|about|around|roughly|nearly|almost|same"
        r"|similar|close to) the age of (?:my|our"
        r"|most|the|his|her|a)\b|(?:same|similar) age as\b|(?:same|similar) (?:year|generation"
        r"|era|decade) as (?:my|our|your) (?:mum|mom|dad|father|mother|parents|grand\w+|nan|gran"
        r"|granny|uncle|aunt|auntie|kids?|son|daughter)\b",
        r"(?:earlier|early|younger|later|late|further along|further on|newer) (?:on )?in "
        r"(?:(?:their|his|her|your|a|the) )?(?:working lives?|working life|careers?"
        r"|professional lives?|professional life)\b",
        # Comparing the candidate's age with the writer's relatives.
        r"(?:my|our|his|her|your|the (?:boss|ceo|md|manager)'s) (?:dad|father|mum|mom|mother"
        r"|parents?|grand(?:father|mother|dad|ma|pa|parents?|kids?|children)|granddad|grandad"
        r"|nan|nana|gran|kids?|sons?|daughters?|children|uncle|aunt|auntie)(?:'s|s'|')? age\b",
        r"(?:could|might|would|(?:he|she|they|who)'d) (?:easily |almost |practically |literally )?be (?:my|our|his"
        r"|her|your) (?:dad|father|mum|mom|mother|grand\w+|granddad|grandad|nan|gran|son"
        r"|daughter|kid|child|uncle|aunt|auntie)\b|young enough to be (?:my|our|his|her|your)"
        r"|(?:reminds|reminded|remind) (?:me|us) of (?:my|our|your) (?:grand\w+|nan|nana|gran"
        r"|granny|dad|father|mum|mom|mother|uncle|aunt|auntie|parents?|kids?|son|daughter)\b"
        r"|(?:same|similar) age as (?:my|our) (?:dad|father|mum|mom|mother|parents|grand\w+"
        r"|kids|son|daughter|children)",
        r"(?:someone|somebody|a (?:man|woman|guy|lady|person)|people|folks?|anyone|candidates?"
        r"|applicants?) (?:of )?(?:his|her|their|that|my|your) age\b"
        r"|(?:for|beyond) (?:his|her|their) years\b(?! (?:of|in|at|with|on|as|there|here)\b)|(?:looks?|looked|looking|acts?|acted"
        r"|acting|shows?|showing|showed|feels?|felt|doesn't look|don't look) (?:his|her|their)"
        r" age\b|(?:young|old|older|younger) at heart",
        # Era memories as an age marker: "remembers when COBOL was new".
        r"remember(?:s|ed|ing)? (?:when|the days when|back when|a time (?:when|before))"
        r" (?:[\w.+#-]+ ){1,3}?(?:was|were) (?:new|cutting[- ]edge|the new thing|hot|invented"
        r"|a thing|young|big|novel|the future|all the rage|state of the art)\b(?! (?:at|in|to|for)"
        r" (?:his|her|their|the|our|a)\b)"
        r"|old enough to remember|(?:remembers|remembered|grew up with|cut (?:his|her|their)"
        r" teeth on|learn(?:ed|t) (?:to code |programming |to type )?on|started (?:out )?on)"
        r" (?:the )?(?:punch(?:ed)? cards?|dial-?up|typewriters?|fax(?: machines?)?|floppy"
        r" dis[ck]s|cassettes?|rotary phones?|pagers|beepers|telex|carbon paper|moon landing"
        r"|berlin wall|cold war|woodstock|the beatles|watergate|decimali[sz]ation|rationing"
        r"|eight-tracks?|vhs|betamax|the walkman|the 70s"
        r"|the '70s|the 80s|the '80s|the seventies|the eighties|black and white tv)"
        r"|(?:since|from|back in|around in|in) the (?:days|era|age|time) of (?:dial-?up|punch"
        r"(?:ed)? cards|typewriters|fax(?: machines)?|telex|floppy dis[ck]s|vinyl|mainframes"
        r"|cobol|carbon paper|the walkman|cassettes|black and white tv|rotary phones)\b"
        r"|(?:since|from|back in) the (?:punch[- ]card|typewriter|dial-?up|fax|telex"
        r"|floppy[- ]disk|carbon[- ]paper) (?:era|days|age)|(?:before|since before) the"
        r" internet (?:existed|was a thing|was invented)|(?:before|since before) (?:email"
        r"|computers|the web|mobile phones|cell phones) (?:existed|was a thing|were a thing)",
        r"(?:a bit|kinda|kind of|rather|pretty|awfully|a little|bit|too) late (?:in (?:life|the "
        r"game) )?to (?:be )?(?:start\w*|begin\w*|switch\w*|chang\w*|learn\w*|enter\w*)",
    ),
    check=_stage_reason,
    message="Uses the candidate's career or life stage, or a comparison of ages, as a stand-in for age.",
    rationale=_HOOK
    + " Phrases such as 'earlier stage of their working life', 'at this point in his life' or "
    "'closer to my dad's age' say the same thing as an age and are read as age evidence.",
    suggestion=(
        "Delete the age proxy. State the role's level and requirements (for example 'the role "
        "is band 2, 0-3 years' experience') and the evidence from the interview."
    ),
    bad=(
        "The role would suit someone at an earlier stage of their working life.",
        "At this point in her life she may not want the travel.",
        "Honestly he's nearer my grandad's age than mine.",
        "She could be my mum, not sure she'd take feedback from me.",
        "Quick learner for someone his age.",
        "Remembers when Java was the new thing.",
        "Probably remembers the moon landing.",
        "Learned to code on punch cards, which says a lot.",
        "We'd prefer a candidate earlier in their working life.",
        "Not sure how long he'd stay given where he is in his career.",
        "Ideally someone just starting out in their career.",
        "She's about the age of most of our managers.",
        "We decided to go with a candidate whose career stage better matches the role.",
        "Honestly she's of an age where she won't want to relocate.",
        "He's getting close to the end of his working days.",
        "Reminds me of my grandmother, lovely but slow with tech.",
        "We have decided to pursue candidates at a different point in their careers.",
        "Not sure he'd pick up new tech at his stage.",
        "We are moving forward with candidates whose careers are at an earlier stage.",
        "The timing in your career made a long-term commitment unlikely, we felt.",
        "Kinda late to be starting out as an apprentice, honestly.",
    ),
    good=(
        "At an earlier stage of the project she rewrote the billing API.",
        "At that point in her career she moved from audit into FP&A and led the close.",
        "Early in his career he ran payroll for 300 staff.",
        "Her first years in the profession were in tax; she explained two cases.",
        "Remembers the details of each migration and cited the rollback times.",
        "The career stage model in the HR platform was her design.",
        "For her years of service she received the company award in 2019.",
        "At her stage of the apprenticeship she can sign off level 2 jobs.",
        "At this stage of the process we ask every candidate for two references.",
    ),
)


_PENSION_VIEW = rx.compile(
    r"\b(?:eye(?:s|ing)?|eyeing up|one eye on|an eye on|eyes? on|sights? (?:set )?on|counting"
    r"(?: down)? (?:to|towards|the days (?:to|till|until)|the years (?:to|till|until))|thinking"
    r" (?:about|of)|focused on|looking (?:toward|towards|forward to)|waiting (?:for|on)|holding"
    r" out for|hanging on (?:for|until|till)|biding (?:his|her|their) time (?:until|till|for)"
    r"|running down the clock (?:to|until|till)|within (?:reach|sight) of|a few years (?:off"
    r"|from|short of)|(?:short|shy) of|close to|near|nearing|until|till|before|dreaming of"
    r"|living for)\s+(?:his|her|their)\s+(?:state |full |final-salary"
    r" |teacher'?s'? |teachers' |army |military |civil service |police |nhs |company |public"
    r" sector |government )?$"
)
_PROJECT_WORDS = rx.compile(
    r"\b(?:project|migration|release|launch|rollout|build|sprint|deadline|race|marathon|course"
    r"|degree|phd|thesis|dissertation|programme|program|services?|deal|contract|audit|backlog"
    r"|renovation|refit|campaign|season|quarter|tour|qualification|apprenticeship)\b"
)
_THING_LIFE = rx.compile(
    r"\b(?:system|erp|software|platform|lease|contract|vendor|product|server|machine|fleet"
    r"|licen[cs]e|warranty|building|equipment|codebase|app|service|runway|funding|loan|mortgage"
    r"|van|truck|lorry|boiler|roof|plant|kit|hardware|mainframe)\b"
)


def _wear(hit: Hit) -> bool:
    m = hit.matched
    if rx.match(r"(?:miles|mileage|years|rings) on (?:the|that) ", m):
        # "a lot of miles on the clock" about a person, not a fleet's odometer.
        return rx.search(
            r"\b(?:lot of|lots of|plenty of|a few|too many|some|many|more|serious|loads of"
            r"|fair few|got|has|have|with|had|put)\s+$",
            hit.before(20),
        ) is not None and not rx.match(r"^\s*(?:for|of|on) ", hit.after(8))
    if m == "pension":
        # "eyeing her pension", "counting down to his pension": the pension in view.
        return _PENSION_VIEW.search(hit.before(60)) is not None
    if rx.match(r"(?:bus pass|freedom pass|senior railcard|seniors'? railcard|pensioner|oap )", m):
        return (
            rx.search(
                r"\b(?:collect\w*|get(?:s|ting)?|got|has|had|claim\w*|draw\w*|using|uses|on"
                r"|qualif\w* for|eligible for|entitled to|applied for|apply for)\s+(?:a |his |her"
                r" |their )(?:free )?$|\bfree\s+$",
                hit.before(40),
            )
            is not None
        )
    if rx.match(r"(?:stop|stopping|quit|quitting|give up|giving up) ", m):
        return (
            rx.search(
                r"\b(?:plan\w*|intend\w*|want\w*|hop\w*|thinking|looking|when|until|till|before"
                r"|by|soon|years|age|retir\w*|ready to|time to)\b",
                hit.before(40),
            )
            is not None
        )
    if rx.match(r"(?:winding|wind|slowing|slow) down", m) and (
        hit.in_sentence(_PROJECT_WORDS) or hit.in_sentence(_THING_LIFE)
    ):
        return False  # "the project is winding down soon"
    if "finish" in m and hit.in_sentence(_PROJECT_WORDS):
        return False  # "the migration can see the finish line"
    if m.startswith("how many") and hit.in_sentence(_THING_LIFE):
        return False  # "how many more years has the ERP got"
    return _age_proxy(hit)


AGE_008 = Rule(
    id="CND-AGE-008",
    category="age",
    severity="error",
    title="Age-coded idiom: wear, freshness or years left",
    terms=(
        # Wear and freshness: "miles on the clock", "a little greener".
        r"(?:miles|mileage|years|rings) on (?:the|his|her|their|that) (?:clock|odometer|tyres"
        r"|tires|trunk)(?![-'\u2019])|high[- ]mileage|(?:miles|mileage) on (?:him|her|them)\b"
        r"|(?:that much|so much|a lot of|lots of|too much|serious|plenty of) mileage\b|(?:past|beyond|near|nearing"
        r"|approaching) (?:(?:his|her|their|its) )?(?:sell[- ]by|use[- ]by|best[- ]before)"
        r" date|sell[- ]by date|no spring chicken|not (?:exactly )?a spring chicken"
        r"|getting on (?:a bit|in years|a little)|(?:up|on) in years|getting up there"
        r"|(?:long|getting long) in the tooth|seen better days|out to pasture"
        r"|past (?:his|her|their) (?:best|peak|prime|sell-by)|spry|sprightly"
        r"|grown[- ]up (?:family|kids|children|sons?|daughters?)|(?:adult|grown) (?:children|kids"
        r"|sons|daughters)|(?:kids|children) (?:have |had )?(?:grown up|left home|flown the nest)"
        r"|(?:kids|children|sons|daughters)(?: are| have)?(?: all)? (?:grown(?: up)? and (?:gone"
        r"|flown|left|moved out|off (?:her|his|their) hands)|off (?:her|his|their) hands)\b"
        r"|empty nest\b|(?:one )?last (?:big |great )?(?:challenge|hurrah|adventure|fling)\b"
        r"|before (?:he|she|they) stops?(?= *(?:$|[.,;!?]|working|for good))"
        r"|been (?:around|doing (?:this|it)|in the (?:game|business|industry|trade)) (?:forever"
        r"|for ever|for donkey's years|since the dawn of time|for ages|longer than i've been alive)"
        r"|been around the block|since the dawn of time|donkey's years"
        r"|how (?:long|many (?:more )?years) (?:[\w']+ ){0,4}?(?:keep working|keep going|carry on"
        r" working|continue working|want to work|be working|stay in work)\b"
        r"|(?:[4-8]\d|forty|fifty|sixty|seventy)[- ]odd\b(?! (?:people|staff|employees|reports"
        r"|engineers|clients|projects|sites|stores|countries|years of))"
        r"|(?:in|into|entering|approaching|nearing) (?:his|her|their) (?:fifth|sixth|seventh"
        r"|eighth) decade|(?:draw|drawing|draws|collect|collecting|collects|claim|claiming|on|gets?"
        r"|getting) (?:social security|medicare|a (?:free )?bus pass|(?:a |the )?senior discount"
        r"|winter fuel)\b(?! (?:data|numbers?|polic(?:y|ies)|reforms?|records?|administration|act"
        r"|research|analysis|system|systems|claims? (?:processing|system)|team|office|programme"
        r"|program|agency|tax)\b)|wisdom (?:of|that comes with) (?:age|years)|(?:comes|came) with age"
        r"|with age comes|(?:could|might|may|will|(?:he|she|they|who)'ll) retire (?:any day|any minute|any time|soon"
        r"|in a (?:few|couple))"
        r"|(?:seniority|maturity) in (?:years|age)|advanced in years|(?:advancing|golden|twilight)"
        r" years|in (?:his|her|their) (?:later|golden|twilight|senior|advancing|declining) years"
        r"|(?:years|decades) of (?:work|working life|career|service) (?:still )?(?:ahead|left"
        r"|remaining|in (?:him|her|them))"
        r"|(?:the|one of the) (?:oldest|youngest|eldest)(?: (?:person|one|member|guy|gal|woman"
        r"|man|hire|candidate|engineer|employee|people|ones|by (?:far|a mile|a long way)))?"
        r" (?:on|in|at) (?:the|our|this) (?:team|office|floor|department|company|group|cohort"
        r"|crew|room|panel|class|shift|site)\b|(?:the|one of the) (?:oldest|youngest|eldest)"
        r" (?:person|member|guy|gal|woman|man|hire|candidate|engineer|employee|people|ones)\b"
        r"|(?:about|around|roughly|maybe|probably|prob|likely|easily|at least|well|surely|must be"
        r"|looks|looked|is|(?:he|she|who)'s|guessing) [4-8]0(?: ?\+|[- ]plus)(?= *(?:$|[.,;:!?)]|years? old"
        r"|yrs? old|yo\b))"
        r"|(?:longer|long|short|shorter|limited) (?:career |working |time )?horizon\b"
        r"|(?:horizon|road|runway|time|working life|working years) (?:ahead of|left (?:for|to|in))"
        r" (?:him|her|them)\b"
        r"|(?:a bit|bit|probably|maybe|getting|rather|slightly|well|somewhat|a little) past it\b"
        r"|too long in the (?:game|business|trade|industry|tooth)\b"
        r"|years?,? (?:and )?then (?:\w+ )?(?:stop|stops|retire|retires|quit|quits|pack it in"
        r"|hang up|wind down|slow down|call it quits|put (?:his|her|their) feet up)\b"
        r"|(?:before|until|till) (?:he|she|they) (?:retires?|stops? working|quits? working"
        r"|winds? down|slows? down|packs? it in|hangs? up)\b"
        r"|grand(?:kids?|children|child|sons?|daughters?|bab(?:y|ies))\b(?![-'\u2019])|(?:is|(?:he|she|who)'s|became|become|becoming|just became|a new)"
        r" (?:a )?grand(?:parent|father|mother|ma|pa|dad|mum|mom)\b"
        r"|(?:autumn|twilight|winter|sunset|evening|fag end|back end) (?:years )?of (?:his|her"
        r"|their|a long) (?:career|working life|life)"
        r"|(?:someone|somebody|a person|people|candidates?|a candidate|anyone|a hire)"
        r" (?:a (?:bit|little|lot|tad) |much |slightly |way )?(?:younger|more youthful)\b"
        r"|(?:put|putting|puts) (?:out )?to pasture|elder statesm[ae]n|grand(?:pa|ma|dad"
        r"|father|mother|ad|pappy|mama|pops)(?:[- ](?:type|vibes?|energy|figure)|ish|ly)"
        r"|grandad(?:dy)? (?:type|vibes?|energy)|(?:dad|mum|mom|uncle|auntie|aunt) (?:vibes"
        r"|energy)|silver (?:surfer|fox)|old hat|old-timer|oldie|golden oldie",
        r"(?:a (?:little|bit|touch|tad|lot)|bit|slightly|somewhat|much|far|way|someone"
        r"|somebody|candidate|person|one|people|folks?) (?:bit )?(?:greener|fresher|newer to"
        r" the workforce)\b(?! (?:pastures?|energy|options?|tech\w*|solutions?|practices?"
        r"|alternatives?|supply|products?|fleet|buildings?|approach|way|code|data|build|grass"
        r"|ideas?|eyes|perspective|take|look))",
        r"(?:young|younger|fresh|fresher) (?:legs|pair of legs|set of legs)\b"
        r"|(?:young|younger|fresher|youthful|fresh) faces?\b(?! (?:on|in|at) (?:the )?(?:project"
        r"|account|board|data)\b)",
        # Years left before stopping work: "a few good years before he packs it in".
        r"(?:few|couple of|handful of|good|productive|working|useful|more|last|final) (?:good"
        r" |productive |working |useful |more |solid )?years? (?:left|in (?:him|her|them)"
        r"|before (?:he|she|they) (?:packs?|hangs?|calls?|retires?|stops?|quits?|slows?|winds?"
        r"|checks? out|puts?|rides?|heads?|goes|is done))",
        r"see (?:him|her|them) (?:out(?= *(?:$|[.,;!?)]))|through (?:to|till|until) (?:retirement"
        r"|(?:his|her|their) pension|the end)\b)"
        r"|(?:his|her|their) (?:last|final) (?:job|role|position|gig|post|hurrah|move|stint)"
        r" (?:before|until|till) (?:he|she|they|retir\w*|(?:his|her|their) pension)\b|last hurrah"
        r"|(?:packs?|packed|packing|pack) it (?:all )?in\b|(?:hangs?|hung|hanging|hang) it (?:all )?up\b"
        r"|(?:see|sees|seeing|saw|near|nearing|approaching|in sight of|within sight of|close to"
        r"|eyeing|eyes on) (?:the )?finish(?:ing)? line\b"
        r"|(?:step(?:ping|s|ped)?|scal(?:e|es|ing|ed)|wind(?:ing|s)?|eas(?:e|es|ing|ed)"
        r"|slow(?:ing|s|ed)?) (?:back|down|off) (?:from|on) (?:full[- ]time |paid )?(?:work|working"
        r"|employment|the workforce|(?:his|her|their) career|full[- ]time)\b"
        r"|(?:stop|stopping|quit|quitting|give up|giving up) (?:work|working|full[- ]time)\b(?! (?:nights"
        r"|weekends|shifts|overtime|for|at|on|with|in the (?:evenings?|mornings?|afternoons?)|as"
        r"|under|late)\b)"
        r"|how many (?:more|good|working) years (?:[\w']+ ){0,4}?(?:have|has|got|left)\b"
        r"|years (?:\w+ ){0,3}?left in (?:him|her|them)\b|(?:keep working|keep going"
        r"|keep at it|continue working|carry on working|go on working|stay in work)(?: for)? (?:much|many more|a lot|that much|very much)"
        r" (?:longer|more years)\b|(?:winding|wind|slowing|slow) down (?:soon|before long|in a (?:few|couple of) years"
        r"|over the next few years|at (?:his|her|their) (?:age|stage))\b"
        r"|dates (?:him|her|them)sel(?:f|ves)\b|(?:older|younger|mature|senior) persuasion\b"
        r"|(?:looks?|looked|seems?|seemed|dresses|dressed) like (?:a |an |someone's |my |your )?"
        r"(?:grandad|granddad|grandpa|grandma|granny|grandfather|grandmother|nan|pensioner"
        r"|retiree|oap|old (?:man|woman|lady|guy|timer)|teenager|schoolkid|school kid|schoolboy"
        r"|schoolgirl)\b"
        r"|(?:hangs?|hung|hanging|hang) up"
        r" (?:(?:his|her|their|the) )?(?:boots|gloves|spurs|hat|apron|tools|keyboard|briefcase)"
        r"|(?:puts?|putting|put) (?:(?:his|her|their) )?feet up"
        r"|ride(?:s|ing)? off into the sunset|(?:on|at|to) (?:the|a) golf course"
        r"|(?:golf|fishing|gardening|cruises?|grandkids|grandchildren|the caravan|the allotment)"
        r" (?:by then|full[- ]time|soon|before long|in a few years|in \w+ years)"
        r"|(?:rather|sooner|prefer\w*|want\w*|plans?|planning|hop\w*|dream\w*|looking forward)"
        r"(?: [\w'/,-]+){0,5}? (?:golf(?:ing)?|fishing|on a beach|in the garden|with (?:the|his"
        r"|her|their) grand(?:kids|children)|(?:his|her|their) pension|the caravan|cruises?)\b",
        r"(?:draw(?:s|ing)?|collect(?:s|ing)?|claim(?:s|ing)?|on|gets?|getting|has|had"
        r"|receives?|receiving) (?:a |an |his |her |their |the state |state |full )?(?:army"
        r" |military |civil service |teacher's |teachers' |police |company )?pension\b"
        r"(?! (?:reforms?|funds?|schemes?|plans?|admin\w*|software|platform|system|products?"
        r"|background|experience|expertise|knowledge|specialist"
        r"|providers?|calculations?|calculator|polic(?:y|ies)|team|rules|regulations?|law"
        r"|legislation|industry|sector|clients?|trustees?|transfers?|data|records?|projects?)\b)"
        r"|pension(?:able)? age|(?:years|close|near) (?:from|to) (?:(?:his|her|their) )?pension",
        # The pension in view: "eyeing her pension", "counting down to his pension".
        r"pension(?: is|'s)? (?:in sight|(?:just )?around the corner|round the corner|on the"
        r" horizon|within reach|coming up|kicks? in|not far off|(?:a few|two|three|\w+) years"
        r" (?:away|off))"
        r"|pension\b(?! (?:reforms?|funds?|schemes?|plans?|admin\w*|software|platform|system"
        r"|products?|providers?|calculations?|calculator|polic(?:y|ies)|team|rules|regulations?"
        r"|law|legislation|industry|sector|clients?|trustees?|transfers?|data|records?|projects?"
        r"|migration|contributions?|statements?|advice|options?|benefits?|auto-enrol\w*|rules?"
        r"|thresholds?|pot|pots|savings|payments?|age)\b)"
        r"|(?:bus pass|senior railcard|seniors railcard|seniors' railcard|pensioner'?s? (?:discount"
        r"|pass|railcard)|freedom"
        r" pass|oap (?:discount|pass))\b(?! (?:renewals?|app|apps|system|scheme|data|applications?"
        r"|team|polic(?:y|ies)|project|portal|flow|service|readers?|machines?)\b)",
        r"(?:lots|plenty|a lot|many|more|a good \w+) (?:of )?years ahead(?: of (?:him|her|them))"
        r"?(?: in the (?:business|trade|industry|field|job))?",
    ),
    check=_wear,
    message="Uses an idiom for age: wear, freshness, or the years a person has left before stopping work.",
    rationale=_HOOK
    + " Idioms such as 'miles on the clock', 'a little greener' or 'a few good years before he "
    "packs it in' express age and expected retirement, which the ADEA forbids weighing.",
    suggestion=(
        "Delete it. If tenure matters, describe the role as permanent to every candidate; if "
        "pace or learning matters, record what the candidate did in the exercise."
    ),
    bad=(
        "Plenty of mileage on her, she may not want to learn a new stack.",
        "Plenty of miles on the clock, might be slow to adapt.",
        "Bit past his sell-by date for a startup.",
        "We'd rather have someone a bit greener we can shape.",
        "He's only got a few good years left in him.",
        "Probably hangs up his boots within three years.",
        "Told us he'd rather be fishing full-time by then.",
        "Already draws an army pension, so maybe less hungry.",
        "No spring chicken, but knows the plant.",
        "In the autumn of his career, so maybe a short-term hire.",
        "Would be great to have someone younger and hungrier.",
        "Been in the trade since the days of dial-up.",
        "Wants to work another five years then stop.",
        "Wants a role to see him out.",
        "This would be his last job before he stops.",
        "Maybe a bit past it for the night shifts.",
        "Mentioned her grandkids twice.",
        "Given your seniority in years, we felt you may find the pace challenging.",
        "Worried about how long he'll want to keep working.",
        "At 60-odd, the travel might be a lot.",
        "She's in her sixth decade, by my maths.",
        "He'll be drawing social security soon.",
        "Brings the wisdom of age, but slow.",
        "Has a grown-up family, so she's free to travel.",
        "Wants a last big challenge before he stops.",
        "Been around forever, could teach the team a thing or two.",
        "We'd like someone with a few decades of work still ahead.",
        "Graduated the same year as my mum.",
        "Would be one of the oldest on the team by far.",
        "A returner after many years out, probably 50 plus.",
        "We want a candidate with a longer horizon ahead of them.",
        "Team needs some younger legs on the floor.",
        "Has one eye on her pension, so maybe not the one for a five-year plan.",
        "Counting down the years to his teachers' pension.",
        "Pension's round the corner for him, by the sound of it.",
        "Probably collecting his bus pass soon.",
        "Not sure how long he'd stay before hanging it up.",
        "Someone who can already see the finish line won't want to learn our stack.",
        "Asked when she was thinking of stepping back from full-time work.",
        "How many more years does she really have on the tools?",
        "How many years has he got left in him, honestly?",
        "Not sure she'd want to keep working much longer anyway.",
        "He'll be winding down soon, I'd guess.",
        "Kids are all grown and gone, so she's flexible on travel.",
        "Dates himself with every reference to the old days.",
        "She's of the older persuasion, shall we say.",
        "Looks like a grandad, lovely manner with customers.",
        "We want someone with more years ahead of them in the trade.",
    ),
    good=(
        "Cut the warehouse's fuel bill by moving to greener delivery vans.",
        "Left for greener pastures after the acquisition.",
        "Built the pension calculation engine for a payroll vendor.",
        "Worked on the state pension reforms at the ministry.",
        "Logged 4,000 hours on the clock-in system rollout.",
        "Ten years on the clock-in team, then moved to payroll.",
        "Called it out in the retro and proposed a fix.",
        "We hired a few new faces on the ops team last year.",
        "Miles on the clock for the delivery fleet are tracked in her dashboard.",
        "Packed the demo into ten minutes and left time for questions.",
        "Migrated the oldest service on the platform first.",
        "Works 40+ hours a week on the current project.",
        "Managed 40-odd engineers across two sites.",
        "In his last role he owned the billing platform.",
        "Drew on social security data for her policy analysis at the think tank.",
        "Offered to see her out to the lobby after the panel.",
        "Focused on the pension migration project for two years at the insurer.",
        "Looking forward to the pension scheme details in the offer pack, she said.",
        "Built the bus pass renewal flow for the council's transport app.",
        "The migration can see the finish line: two services left.",
        "Plans to stop working nights once the new rota starts, she said.",
        "How many more years has the legacy ERP got before the vendor ends support?",
        "The contract work is winding down soon, so she is looking now.",
        "Will keep working on the migration until it ships, she said.",
    ),
)

_ERA_PERSON = rx.compile(
    r"\b(?:he|she|they|him|her|his|hers|their|candidate|applicant|cand)\b|\b(?:been|working"
    r"|worked|career|started|starting|qualified|graduated|doing|in the (?:game|trade|industry"
    r"|business|job))\b"
)
_ERA_THING = rx.compile(
    r"\b(?:company|firm|business|brand|product|building|system|software|codebase|platform"
    r"|mainframe|cobol|database|app|site|factory|plant|store|shop|shops|law|rule|regulation"
    r"|policy|standard|protocol|format|language|tool|machine|route|practice|clinic|hospital"
    r"|bank|charity|school|team)\b(?:\s+\w+){0,2}\s+(?:has|have|had|was|were|is|are|dates"
    r"|dated|existed|ran|runs|used|been)\b"
)


def _era_person(hit: Hit) -> bool:
    # "She's been nursing since the Reagan administration" marks her age; "the codebase
    # has run since the 90s" does not.
    if hit.matched.startswith(
        ("old enough to be", "old enough to have")
    ) or not hit.matched.startswith(
        ("since", "back", "in the", "remember", "will", "probably", "old")
    ):
        return True
    return hit.in_sentence(_ERA_PERSON) and not hit.in_sentence(_ERA_THING)


AGE_009 = Rule(
    id="CND-AGE-009",
    category="age",
    severity="error",
    title="A past era or decade as a marker of the candidate's age",
    terms=(
        r"since (?:the )?(?:reagan|carter|nixon|ford|thatcher|major|clinton|kennedy|eisenhower"
        r"|truman|callaghan|wilson|heath|mulroney|trudeau senior|hawke|keating|fraser"
        r"|first bush|bush senior)(?: administration| era| years| days| government"
        r"| presidency)?\b",
        r"since (?:the )?(?:(?:early|mid|late)[- ])?(?:19)?[4-8]0s\b|since (?:the )?(?:days of"
        r" )?(?:dial-?up|floppy dis[ck]s?|punch(?:ed)? cards|typewriters|fax machines|carbon"
        r" paper|the walkman|vinyl|cassettes|vhs|betamax|the cold war|the wall came down"
        r"|the moon landing|decimali[sz]ation)\b",
        r"(?:back )?in the days (?:of|before) (?:dial-?up|floppy dis[ck]s?|punch(?:ed)? cards"
        r"|typewriters|fax machines|carbon paper|the internet|email|mobile phones|computers"
        r"|pcs)\b",
        r"(?:remembers|remember|will remember|probably remembers|old enough to remember)"
        r" (?:the )?(?:(?:19)?[4-8]0s|dial-?up|floppy dis[ck]s?|punch(?:ed)? cards|typewriters"
        r"|fax machines|the cold war|the moon landing|rationing|black and white tv|decimali[sz]ation"
        r"|the wall coming down|life before (?:the internet|email|computers|mobiles))\b",
        r"old enough to be (?:the |our |my |their |his |her |everyone's )?(?:\w+(?:'s|s')? )?"
        r"(?:mum|mom|mother|dad|father|grandma|grandmother|grandad|granddad|grandpa|grandfather"
        r"|granny|gran|nan|parent|auntie|uncle)\b"
        r"|old enough to have (?:a |an |two |three |grown |grown-up |adult |kids |children )?(?:kids?"
        r"|children|sons?|daughters?|grand(?:kids|children)|teenagers?|a (?:kid|son|daughter))"
        r"(?: (?:at|in) (?:uni|university|college|school|high school))?\b"
        r"|(?:longer|more years) than (?:i've|we've|you've|i have|we have|you have|i'd|i had"
        r"|most of us have|half (?:of )?(?:us|the team|the panel) have|(?:our|my|the|his|her)"
        r" (?:\w+ )?(?:ceo|boss|manager|interviewer|panel|md|founder|team lead|lead|supervisor)"
        r" (?:has|'s|had)) (?:been alive|been born|existed|been around)\b",
        r"(?:grandma|grandmother|grandad|granddad|grandpa|grandfather|granny|gran|nan|mum|mom"
        r"|mother|dad|father|baby|kid|elder|auntie|uncle) of the (?:team|office|group|crew|floor"
        r"|department|unit|squad|ward|firm)\b(?![-'\u2019])",
        r"(?:looks?|looked|seems?|seemed) (?:like|as if|as though) (?:he|she|they)(?:'s| is| has"
        r"| had|'ve| have)? (?:only |just |only just )?(?:left|out of|finished|fresh out of|straight out of)"
        r" (?:school|college|uni|university|high school|nappies|diapers|sixth form)\b",
        r"when (?:\w+ ){1,2}(?:was|were) (?:still )?in (?:diapers|nappies|short pants|kindergart"
        r"en|grade school|middle school)",
        r"circa (?:19[4-9]\d|'[4-9]\d)\b",
    ),
    check=_era_person,
    message="Dates the candidate by a past era or decade, a stand-in for age.",
    rationale=_HOOK
    + " Remarks that place a candidate's career in a distant era ('since the 80s', 'since "
    "the Reagan administration') are age proxies and, next to a doubt about adapting, "
    "evidence of age-based stereotyping.",
    suggestion=(
        "Record the relevant years of experience as the candidate stated them, and test "
        "the skill in question (for example the EHR system) directly."
    ),
    bad=(
        "She's been in payroll since the Thatcher years, might struggle with the new system.",
        "He's been writing code since the 70s, not sure about cloud.",
        "Been a welder since the days of punch cards, probably set in his ways.",
        "She probably remembers typewriters, so training could be slow.",
        "He's been selling since the mid-80s.",
        "Old enough to be my dad, would he take direction from me?",
        "She'd be the grandma of the team.",
        "Looks like he only just left school.",
        "Old enough to have kids at university, I'd guess.",
        "Been driving trucks longer than our site manager has been alive.",
        "She was running payroll when our manager was in diapers.",
        "Very 'office manager circa 1992', not our vibe.",
    ),
    good=(
        "The mainframe has run payroll since the 80s; she migrated it to the cloud.",
        "Wrote a thesis on US trade policy since the Reagan administration.",
        "The company has been family-owned since the 60s.",
        "The mother of the team's founder was her first client.",
        "The warehouse software has been around longer than the team has been alive, she joked.",
        "Old enough to have a licence is the only age rule for the forklift course, per the JD.",
    ),
)


_GROUP_SUBJECT = rx.compile(
    r"\b(?:team|teams|crowd|workforce|staff|crew|department|dept|squad|cohort|bunch|lot|everyone"
    r"|everybody|people|folks|colleagues|co-?workers|peers|most of (?:us|them|the (?:team|staff"
    r"|crew|office|floor|group))|all of us|the rest of us|rest of the (?:team|crew|staff)"
    r"|(?:office|floor|shop|store|branch|kitchen|ward|site|studio|workplace|company|startup)"
    r"(?:'s)? (?:crowd|vibe|culture|demographic|atmosphere|team|staff|crew|people)|office|floor"
    r"|workplace|vibe|culture|atmosphere|demographic|average age|median age)"
    r"(?:'s|'re|s)?(?: here| there| now| overall| generally| on the (?:floor|team))?"
    r"(?: (?:is|are|was|were|feels?|felt|skews?|skewed|tends? to be|tend to be|runs?|seems?"
    r"|seemed|looks?|looked|being|has got|has|have|got))?"
    r"(?: (?:quite|pretty|very|really|mostly|fairly|all|largely|predominantly|much|a lot|super"
    r"|kind of|kinda|a bit|so|rather|way|generally|overwhelmingly|mainly|too|a lot|on the whole"
    r"|definitely|noticeably|much|a good bit|relatively|comparatively|a fair bit|younger|older"
    r"|mostly quite|pretty much all))* ?$"
)
_GROUP_THING = rx.compile(
    r"\b(?:office|floor|workplace|shop|store|branch|kitchen|ward|site|studio|company|startup"
    r"|building)(?:'s|s)?(?: here| there| now| overall)?(?: (?:is|are|was|were|feels?|looks?"
    r"|seems?))?(?: \w+)* ?$"
)


_RELATE = rx.compile(
    r"\b(?:relat\w*|connect\w*|click\w*|gel\w*|vibe\w*|fit\w*|blend\w*|mesh\w*|identif\w*"
    r"|appeal\w*|speak(?:s|ing)? to|talk(?:s|ing)? to|one of|match\w*|mirror\w*|reflect\w*"
    r"|suit\w*|at home with|comfortable with|get on with|understand\w*|feel\w*|in touch with"
    r"|out of place|stand out|stick out|sticks out)\b"
)


def _group_age(hit: Hit) -> bool:
    """'The team's quite young': the age profile of the people the candidate would join."""
    if rx.match(
        r"^\s*(?:(?:and|&|,|but)\s+)?(?:still\s+)?(?:growing|small|new|scrappy|expanding|fast-growing"
        r"|only|recently|founded|formed|set up|as a (?:team|unit|company|business|function))\b",
        hit.after(30),
    ) or hit.in_sentence(
        rx.compile(
            r"\b(?:founded|formed|set up|launched|started|spun up|\d+ (?:months?|years?) old)\b"
        )
    ):
        return False  # "the team is young and growing": a new team, not young people
    if rx.search(
        r" (?:crowd|vibe|demographic|clientele|customer base|set|market|scene)$", hit.matched
    ):
        # "relate to our student crowd": the candidate measured against a young clientele.
        return hit.in_sentence(_RELATE)
    before = hit.low[max(hit.s_start, hit.start - 70) : hit.start]
    m = _GROUP_SUBJECT.search(before)
    if m is None:
        return False
    # "the office is old": the building, not the people
    return not (
        hit.matched.startswith(("old", "age", "grey", "gray", "mature"))
        and _GROUP_THING.search(before[m.start() :])
    )


AGE_010 = Rule(
    id="CND-AGE-010",
    category="age",
    severity="error",
    title="The age profile of the team or workplace",
    terms=(
        r"(?:young|younger|youthful|youngish|old|older|oldish|ageing|aging|greying|graying"
        r"|mature|millennials?|gen[- ]?z|twenty-?somethings?)(?=\s*(?:$|[.,;:!?)\u2014-]|and\b|but\b|so\b"
        r"|for\b|compared\b|than\b|though\b|which\b|overall\b|here\b|&|now\b|these days\b"
        r"|really\b|tbh\b|honestly\b|to be honest\b|lads\b|guys\b|folks\b|people\b|crowd\b"
        r"|kids\b|ones\b|bunch\b|grads\b))",
        r"(?:student|college|uni|university|teen|teenage|gen[- ]?z|millennial|twenty-?something"
        r"|hipster|youth|young|younger|youthful) (?:crowd|vibe|demographic|clientele|customer base|set|market|scene)\b",
    ),
    check=_group_age,
    message="Describes the team or workplace by age, implying the candidate's age does not fit.",
    rationale=_HOOK
    + " Telling or noting that 'the team is quite young' next to a doubt about the candidate "
    "sets an age profile against them; it is the same evidence as a youth preference.",
    suggestion=(
        "Delete the age profile. Describe the role's working conditions (pace, hours, "
        "on-call) as stated to every candidate, and the evidence from the interview."
    ),
    bad=(
        "Honestly the crew's quite young, he might feel out of place.",
        "Everyone on the floor is young and fast, not sure she'd keep up.",
        "The team is mostly quite young, so we worried about the fit.",
        "Staff here are all younger, might be awkward for him taking direction.",
        "Our crowd skews older, she'd be the baby of the place.",
        "Needs to relate to our student crowd, and I'm not sure he would.",
        "Would she click with the Gen Z clientele in the store?",
    ),
    good=(
        "The office is old but the equipment is new.",
        "The team is young as a unit, formed in March, and still sets up its rota.",
        "Our stack is old and she proposed a plan to upgrade it.",
        "The codebase is older than the product line; she mapped the dependencies.",
        "The team is young and growing, so she would build the function from scratch.",
        "Most of the queue is older tickets, which she triaged first.",
        "Ran the student-crowd marketing for a campus bar; footfall up 20%.",
        "Worked Friday nights at a bar with a student crowd for two years.",
    ),
)


def _upbringing(hit: Hit) -> bool:
    """'Grew up with smartphones' about a person, not a product or a company."""
    if rx.search(
        r"\b(?:company|product|brand|platform|app|industry|market|business|firm|site|service"
        r"|field|codebase|sector|startup|web|language|framework|tool|game|franchise|shop)\s+"
        r"(?:\w+\s+){0,2}$",
        hit.before(40),
    ):
        return False
    return not hit.professional()


AGE_011 = Rule(
    id="CND-AGE-011",
    category="age",
    severity="error",
    title="Upbringing with a technology, or recency of training, as an age proxy",
    terms=(
        r"(?:grew|grown|growing|raised|brought) up (?:with|on|using|online|around|glued to|in the"
        r" age of|in the era of|in the world of) (?:(?:a|an|the|their|his|her) )?(?:[\w-]+ ){0,2}?"
        r"(?:social media|smart ?phones?|phones?|mobile phones?|the internet|internet|computers?"
        r"|tech|technology|ipads?|tablets?|tiktok|instagram|snapchat|facebook|youtube|apps|screens?"
        r"|video games|gaming|google|wi-?fi|digital (?:tools|tech|devices)|the web|online)\b"
        r"|(?:grew|grown|growing) up (?:digital|online)\b",
        r"born (?:with|holding) (?:a |an )?(?:phone|smart ?phone|iphone|ipad|tablet|keyboard|mouse"
        r"|controller|screen|device)\b|(?:social media|internet|smartphone|iphone|ipad|tiktok"
        r"|instagram|snapchat|youtube|screen|digital|app) generation\b",
        r"more recent(?:ly)? (?:trained|qualified|educated|graduated|certified|schooled|minted"
        r"|credentialed|out of (?:school|college|uni|university|training)|qualified)\b|(?:recently|newly|freshly) (?:trained|qualified|minted|graduated"
        r"|credentialed)(?: [\w-]+)? (?:someone|somebody|person|people|candidates?|applicants?"
        r"|hires?|scholars?|academics?|colleagues?|blood|talent)\b"
        r"|(?:someone|somebody|a person|people|candidates?|applicants?|a hire|a scholar|an"
        r" academic) (?:who|that|whose) (?:was |were |is |are |has |have |had )?(?:trained"
        r"|qualified|educated|graduated|studied|certified|training is|degree is)"
        r" (?:more recently|recently|in the last (?:few|five|ten|\d+) years|this (?:decade"
        r"|century)|more current)\b",
        r"(?:trained|qualified|studied|educated|schooled|graduated|learned|learnt) (?:\w+ )?"
        r"(?:decades|donkey's years|a lifetime|forty years|thirty years|generations) ago\b"
        r"|(?:training|education|degree|qualifications?|schooling) (?:is|was|are|were|seems?"
        r"|looks?) (?:a bit |rather |quite |very |pretty |somewhat |too |so |hopelessly |badly )?"
        r"(?:dated|outdated|ancient|old-fashioned|decades old|from (?:another|a different"
        r"|a bygone) era|of (?:another|a different) era|from decades ago|(?:thirty|forty|\d0)"
        r" years old)\b"
        r"|(?:trained|qualified|studied|educated|schooled) (?:back )?in the (?:(?:early|mid|late)"
        r"[- ])?(?:19)?[5-9]0'?s\b(?! (?:methodology|methods?|approach|style|standards?"
        r"|curriculum|way|model|framework|syllabus|version)\b)",
        r"(?:an? )?aol (?:address|account|email|e-mail)|two spaces after (?:every |each |a )?(?:"
        r"period|full stop|sentence)",
    ),
    check=_upbringing,
    message="Uses growing up with a technology, or how long ago someone trained, as a stand-in for age.",
    rationale=_HOOK
    + " 'Someone who grew up with social media' and 'a more recently trained' person are "
    "youth-coded preferences of the same kind as 'digital native' and 'recent graduate'.",
    suggestion=(
        "Name the skill and test it: 'Runs the brand's social channels: portfolio shows three "
        "campaigns' or 'Uses current assessment methods: level 3 in the teaching demo'."
    ),
    bad=(
        "We really want someone who grew up with smartphones for this.",
        "Born with a phone in her hand, perfect for the socials brief.",
        "The panel would prefer someone more recently qualified.",
        "His training looks a bit dated, he qualified in the late 80s.",
        "Ideally someone more recently trained rather than an old hand.",
        "Not part of the Instagram generation, so the content side may be hard.",
        "AOL address on the resume, so maybe not the person for our app stack.",
    ),
    good=(
        "The company grew up with the internet and still runs its own data centre.",
        "Grew up on a dairy farm, so early starts are routine for her.",
        "Recently qualified as a forklift operator; licence checked.",
        "Trained 40 new starters on the EHR in 2022 as a super-user.",
        "She designed the app for the TikTok generation marketing campaign at her agency.",
    ),
)


AGE_012 = Rule(
    id="CND-AGE-012",
    category="age",
    severity="error",
    title="Age read from manner, cards or skin, said to the candidate, or a younger person sought",
    terms=(
        r"(?:you're|you are|she's|he's|they're|still) (?:still )?(?:so )?young\b(?![-'\u2019])"
        r"(?! (?:in|to|for|at|company|team|firm|startup|business|brand|product|field|industry|program"
        r"|professionals?|people|adults?|children|kids|learners?|readers?|audiences?))",
        r"(?:seems|looks|acts|sounds|seemed|looked) like (?:a |such a |just a )?(?:kid|child"
        r"|teenager|teen|baby|high ?schooler)\b(?! (?:in a candy store|at christmas))",
        r"aarp\b|(?:like|as old as) (?:my|your|our) (?:dad|mom|mum|father|mother|grandpa|grandma"
        r"|grandfather|grandmother|granddad|nana)\b(?! (?:taught|used to say|says|always))"
        r"|(?:you're|you are|she's|he's|they're) (?:just|only) starting out|weathered (?:skin|face"
        r"|look)|skin (?:is |looks |a bit |pretty )?weathered",
        r"(?:look|looking|looks|want|wants|need|needs|prefer|prefers|get|hire|find|bring in"
        r"|go with|went with|go for) (?:for )?(?:a|an|someone|somebody|some) (?:bit |little |lot"
        r" |much )?younger\b",
        r"(?:grey|gray|greying|graying|silver)(?:[- ]haired| hair| beard)|(?:grey|gray) (?:in|at"
        r") the temples",
        r"baby[- ]faced?|looks (?:about|like (?:he's|she's|they're)) (?:1[0-6]|twelve|thirteen|f"
        r"ourteen|fifteen|sixteen)\b",
        r"younger[- ](?:feeling|seeming|vibe)|young(?:er)? (?:startup |start-up |fresh )?energy|"
        r"(?:like )?talking to my (?:uncle|dad|grandpa|grandma|grandfather|grandmother|aunt|mom|"
        r"mum|parents)",
        r"fax[- ]machine (?:guy|type|person|gal|era|generation)",
        r"young and (?:bubbly|energetic|fresh|hungry|cute|pretty|eager)|young (?:bibi|thing)\b",
        r"makes (?:her|him|them) (?:[4-9]\d)\b|(?:bday|birthday|dob) on (?:the|her|his|their) (?"
        r":id|license|licence)",
        r"(?:compared to|than|unlike) (?:the )?(?:college (?:kids|students|sophomores|freshmen|j"
        r"uniors|seniors)|high schoolers|teenagers|teens|kids) we (?:usually|normally|typically)"
        r" hire",
        r"(?:at|in) (?:that|this|her|his|their) stage of life|mature presence",
        r"graduated within the (?:past|last) (?:few|two|three|five|couple of) years",
        r"(?:stuff|social|apps?|tech|ig|instagram|tiktok) natively",
        r"reading glasses on a chain|orthop(?:a)?edic shoes|hair(?:'s| is) (?:all )?(?:silver|gr"
        r"ey|gray|white)",
        r"like (?:their|our|the team's|everyone's) (?:dad|mom|mum|grandpa|grandma|grandfather|gr"
        r"andmother|uncle|aunt)",
        r"(?:ba|bs|ma|ms|mba|bsn|aas|class of) (?:19[5-9]\d)\b",
        r"(?:grey|gray|silver) (?:streaks|roots)",
        r"(?:bday|birthday|dob|birth ?date) on (?:the |a )?copy of (?:her|his|their|the) (?:id|l"
        r"icense|licence|dl|passport)",
    ),
    exemptions=frozenset({"professional"}),
    message="Refers to the candidate's youth or age through a remark, a card or their skin, "
    "or seeks a younger person.",
    rationale=_HOOK,
    suggestion=(
        "Delete it. Record the experience and evidence the role requires, the same for every age."
    ),
    bad=(
        "You're still young, and there will be plenty of other chances with us.",
        "Seems like a kid still, maybe 19, not sure patients will take her seriously.",
        "Let's look for a younger maintenance lead.",
        "His AARP card fell out when he pulled his license.",
        "Just felt like my dad interviewing, not the vibe of the team.",
        "Grey hair and reading glasses, maybe not quick on the CAD screens.",
        "Looks about 12, baby face, clients won't take him seriously.",
        "Felt like talking to my uncle. No startup energy.",
        "The birthday on the ID she handed over makes her 61; the night shift is brutal.",
        "Reading glasses on a chain, orthopedic shoes; not the front-of-house image.",
        "BA 1979, lol. Skip.",
        "Grey streaks and reading glasses; maybe not for the launch events.",
        "Birthday on the copy of his license says 1962.",
    ),
    good=(
        "Worked with young adults in the transition program for three years.",
        "She's still young in the role, six months in, and hit every target.",
        "Looked like a kid in a candy store when we showed the lab, great enthusiasm.",
    ),
)

RULES = (
    AGE_001,
    AGE_002,
    AGE_003,
    AGE_004,
    AGE_005,
    AGE_006,
    AGE_007,
    AGE_008,
    AGE_009,
    AGE_010,
    AGE_011,
    AGE_012,
)
