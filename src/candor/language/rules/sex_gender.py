"""Sex and gender (Title VII)."""

from __future__ import annotations

import re

from candor.language.context import Hit
from candor.language.model import Rule
from candor.language.rules._lex import SUBJ_COP

_HOOK = (
    "Title VII forbids using sex in hiring; sex is almost never a bona fide occupational "
    "qualification, customer preference is no defence, and questions or standards applied "
    "to one sex only are evidence of disparate treatment (EEOC, Pre-Employment Inquiries "
    "and Gender)."
)
_SEXW = r"(?:wom[ae]n|females?|males?|m[ae]n|girls?|lad(?:y|ies)|gentlem[ae]n|gals?)"

SEX_001 = Rule(
    id="CND-SEX-001",
    category="sex_gender",
    severity="error",
    title="Sex as a preference, reason or generalisation",
    terms=(
        r"(?:prefer(?:red|s)?|need(?:s|ed)?|want(?:s|ed)?|looking for|look for|would rather have"
        r"|rather have|hire|hiring|add|adding|get|getting|bring in) (?:a |an |another |more |some "
        r"|the |one more )?" + _SEXW + r"(?! (?:and|or) )",
        r"(?:strong|good|smart|technical|tough|aggressive|capable|assertive|decent|impressive"
        r"|solid|sharp|ambitious|confident|knowledgeable|loud|quiet|emotional|calm|pushy) for a "
        r"(?:wom[ae]n|girl|lady|female|man|guy|male|gal|chick)",
        r"as a (?:woman|female|lady|man|male|girl)\b(?! (?:in (?:tech|stem|engineering)"
        r" (?:group|network|erg|community|program)))",
        r"(?:women|girls|ladies|females|men|males)(?: (?:with|in|on|at|from|of) (?:\w+ ){1,2}?)?"
        r" (?:are|tend to|usually|generally|always|never"
        r"|can't|cannot|don't|aren't|typically|just|naturally|often)",
        r"(?:typical|like a|like most|such a|real|true) (?:woman|female|girl|lady|man|guy|male"
        r"|bloke)\b",
        r"(?:female|male|woman|lady|girl) (?:candidate|applicant|interviewee|engineer|developer"
        r"|dev|programmer|coder|hire|manager|lead|boss|nurse|driver|welder|mechanic|pilot|doctor"
        r"|cand|technician|electrician|analyst|accountant|salesperson|rep|worker)s?",
        r"(?:his|her|their|candidate'?s|applicant'?s) (?:gender|sex)\b",
        r"(?:gender|sex) (?:is|was|might be|could be|would be) (?:a |an )?(?:factor|issue|concern"
        r"|problem|plus|advantage|bonus|consideration|drawback)",
        r"(?:mr\.?,? )?(?:miss,? or mrs\.?|mrs\.?,? or miss)",
        r"(?:only|just) (?:asked|asking|ask) (?:the )?(?:women|female|ladies|girls|men|male)"
        r"|asked (?:only|just) (?:the )?(?:women|female|ladies|men|male)",
        r"(?:man|men|male|boys?)[- ]dominated|boys'? club|old boys'? (?:club|network)",
        r"(?:\w+ )?(?:like|as strong as|as good as|better than|worse than) (?:a|most) (?:man|guy"
        r"|woman|girl)",
        r"(?:throws|fights|acts|cries|codes|talks|drives) like a (?:girl|woman|man)|man up",
        SUBJ_COP + r"(?:a |the only )?(?:woman|female|lady|man|male)\b(?! (?:and|or)\b)",
        r"(?:more|very|too|quite|not|pretty|a bit|kind of|kinda|bit|so|really|rather|overly"
        r"|super|less) (?:masculine|feminine)|(?:un)?ladylike|girly|manly"
        r"|tomboy(?:ish)?",
    ),
    anchors=(
        "wom",
        "female",
        "male$",
        "males$",
        "man$",
        "men$",
        "girl",
        "lad",
        "gentlem",
        "gal$",
        "gals$",
        "gender",
        "sex$",
        "miss$",
        "mrs",
        "boy",
        "masculine",
        "feminine",
        "manly",
        "tomboy",
        "chick",
        "guy$",
    ),
    exemptions=frozenset({"professional"}),
    message="States the candidate's sex, or uses sex as a preference, reason or stereotype.",
    rationale=_HOOK,
    suggestion=(
        "Delete the reference to sex. Describe the behaviour observed in the exercise "
        "against the rubric, and apply each requirement to every candidate in the same words."
    ),
    bad=(
        "We need a woman on this team.",
        "Pretty technical for a girl.",
        "Women tend to be less interested in on-call work.",
        "The female candidate answered well.",
        "Her gender might be an issue with the crew.",
        "She'd struggle in a male-dominated shop.",
    ),
    good=(
        "She explained the rollback plan and answered every follow-up.",
        "He said he prefers a hybrid schedule.",
        "Mentored women engineers through the company's returnship program.",
        "Led the Women in Tech ERG and ran its speaker series.",
    ),
)


def _emotional_ok(hit: Hit) -> bool:
    after = hit.after(20)
    m = hit.matched
    if m.startswith("emotional") and re.match(
        r"^\s*(?:intelligence|intelligent|support|labou?r|design|resilience|eq)", after
    ):
        return False
    if m.startswith("opinionated") and re.match(
        r"^\s*(?:framework|library|tool|defaults?|style|formatter|linter|design|api|stack"
        r"|approach|architecture|code)",
        after,
    ):
        return False
    return not (m == "emotionally" and re.match(r"^\s*intelligent", after))


SEX_002 = Rule(
    id="CND-SEX-002",
    category="sex_gender",
    severity="warning",
    title="Gender-coded personality label",
    terms=(
        r"abrasive|bossy|shrill|hysterical|feisty|catty|ditzy|ditsy|sassy|bitchy|strident"
        r"|hormonal|prissy|nagg(?:ing|y)|high[- ]maintenance|emotional|emotionally|opinionated"
        r"|mouthy|diva|drama queen|princess|pushy|brash|motherly|maternal instinct",
    ),
    check=_emotional_ok,
    exemptions=frozenset({"professional"}),
    message="Uses a personality label that studies find applied mostly to women.",
    rationale=_HOOK
    + " Labels such as 'abrasive' or 'emotional' are applied disproportionately to women "
    "in feedback (Textio) and describe no behaviour.",
    suggestion=(
        "Quote what the candidate said or did and link it to a rubric competency, for "
        "example 'Interrupted the panel twice during the case; collaboration level 2'."
    ),
    bad=("A bit abrasive in the panel.", "Came across as bossy.", "Too emotional under pressure."),
    good=(
        "Showed emotional intelligence in the conflict scenario.",
        "Prefers opinionated frameworks like Rails.",
    ),
)


def _gendered_context(hit: Hit) -> bool:
    return re.search(
        r"\b(?:she|her|hers|women|woman|female|females|gender|girls?|lad(?:y|ies)|he|him|his|men"
        r"|man|male|males)\b",
        hit.sentence,
    ) is not None and not re.search(
        r"\b(?:race|racial|ethnic|minority|black|hispanic|latin[oax]|asian|poc|bipoc)\b",
        hit.sentence,
    )


_DIVERSITY_TERMS = (
    r"(?:diversity|token|quota|minority) (?:hires?|picks?|candidates?|box(?:es)?|numbers|quotas?"
    r"|checkbox(?:es)?|stats|statistics|metrics|targets?|optics)",
    r"(?:tick|check|ticks|checks|ticking|checking|tick off|check off) (?:the|a|our|some|all the"
    r"|two|both) (?:diversity |gender |minority |d&i |dei )?box(?:es)?",
    r"(?:help|helps|helping|boost|boosts|improve|improves|pad|pads|balance|balances|fix|fixes)"
    r" (?:out )?(?:our|the|my) (?:diversity|gender|minority|d&i|dei) (?:numbers|stats"
    r"|statistics|ratio|metrics|optics|balance|mix|targets?)",
    r"(?:gender|sex) (?:balance|ratio|mix|quota|numbers|split|parity|diversity)",
    r"(?:good|great|nice) for (?:our |the )?(?:diversity|optics|d&i|dei)",
)

SEX_003 = Rule(
    id="CND-SEX-003",
    category="sex_gender",
    severity="error",
    title="Candidate valued for gender-diversity numbers",
    terms=_DIVERSITY_TERMS,
    anchors=(
        "diversity",
        "token",
        "quota",
        "minority",
        "box",
        "gender",
        "sex$",
        "d&i",
        "dei$",
        "optics",
    ),
    check=_gendered_context,
    exemptions=frozenset({"professional"}),
    message="Treats the candidate's sex as a plus for diversity numbers.",
    rationale=_HOOK
    + " Remarks about improving diversity numbers through a candidate are evidence that "
    "sex was a factor, in either direction.",
    suggestion=(
        "Delete it. Evaluate every candidate against the same criteria; diversity goals are "
        "pursued through outreach and process, never through one candidate's sex."
    ),
    bad=("She would help our gender balance.", "Good for the diversity numbers, and she's sharp."),
    good=("Ran the gender pay-gap analysis for the HR team.",),
)

SEX_004 = Rule(
    id="CND-SEX-004",
    category="sex_gender",
    severity="warning",
    title="Adult candidate called a girl or boy",
    terms=(
        r"(?:the|this|that|a|nice|sweet|smart|young|pretty|good|little|lovely|bright|cute)"
        r" (?:girl|gal|chick|boy|lass|lad)\b(?! (?:scouts?|guides?|who code|in tech))",
        SUBJ_COP + r"(?:a )?(?:girl|gal|chick|boy)\b",
    ),
    anchors=("girl", "gal", "chick", "boy", "lass", "lad"),
    message="Calls an adult candidate a girl or boy.",
    rationale=_HOOK + " Diminutives for adults are a sex stereotype in a hiring record.",
    suggestion="Refer to the candidate by name or candidate ID.",
    bad=("Nice girl, very organised.", "The girl from Tuesday did well."),
    good=("She volunteers with Girls Who Code.",),
)


def _sex_as_noun(hit: Hit) -> bool:
    if re.match(r"^\s*(?:and|or|&|/)\s*(?:fe)?males?\b", hit.after(15)):
        return False
    return re.match(
        r"^\s*(?:$|[.,;:!?)\-/]|and\b|but\b|with\b|who\b|in\b|from\b|at\b"
        r"|\d)",
        hit.after(12),
    ) is not None and not re.search(r"\b(?:and|or|&|/)\s*$", hit.before(8))


SEX_005 = Rule(
    id="CND-SEX-005",
    category="sex_gender",
    severity="error",
    title="Candidate described as 'female' or 'male'",
    terms=(r"females?|males?",),
    check=_sex_as_noun,
    exemptions=frozenset({"professional"}),
    message="Describes the candidate by sex ('female', 'male').",
    rationale=_HOOK + " 'Older female' and 'Short Asian female' are called-out examples.",
    suggestion="Use the candidate ID as the memory aid and record job-related evidence only.",
    bad=("Older female, very pleasant.", "Female, 30s, strong Excel."),
    good=("Hired male and female nurses alike through the same panel.",),
)


_SEX_PLURAL = (
    r"(?:guys|men|blokes|dudes|lads|boys|women|girls|ladies|gals|females|males|moms|mums"
    r"|mothers|fathers|dads|wives|husbands)"
)
_SEX_ONE = r"(?:woman|girl|lady|female|gal|man|guy|male|bloke|dude|gentleman)"

SEX_006 = Rule(
    id="CND-SEX-006",
    category="sex_gender",
    severity="error",
    title="Sex stereotype, sex-based expectation or sex as a descriptor",
    terms=(
        _SEX_PLURAL + r"(?: (?:in|on|at|from|with|of) (?:[\w-]+ )?[\w-]+)?"
        r" (?:tend to|tends to|are (?:usually|generally|naturally|often|always|typically|just"
        r"|more|less|better|worse|not as|too|so)|usually|generally|naturally|typically|can't"
        r"|cannot|won't|aren't|never|always|struggle|don't (?:like|want|do|handle|last|stay))\b",
        r"(?:better|best|more|less|ill|well|poorly) suited (?:to|for) (?:a |the )?"
        r"(?:man|woman|guy|girl|lady|male|female|men|women|guys)\b",
        r"(?:a|the) (?:man's|woman's|men's|women's|guy's|girl's) (?:job|work|role|world|game"
        r"|touch)|man's man|man enough|(?:woman's|feminine|female|male|masculine) (?:touch"
        r"|energy|presence|perspective|figure|hand|voice|authority|intuition)",
        r"(?:a|any|the) " + _SEX_ONE + r" (?:could|couldn't|can't|cannot|would|wouldn't|won't"
        r"|will|might|may|should|shouldn't) (?:not |never |really |ever )?(?:handle|manage|do"
        r"|lead|run|lift|cope|keep|take|survive|deal|last|command|control)\b",
        r"(?:the )?only (?:woman|girl|lady|female|man|guy|male) (?:on|in|at) (?:the|a|our|this"
        r"|that) (?:team|crew|floor|site|shift|squad|room|panel|unit|desk|rota)",
        r"(?:with|having|have|has|around|as|want|need) (?:a|the) (?:lady|woman|girl|man|guy)"
        r" (?:around|on board|in the room|on the team|on the crew|in charge)",
        r"(?:her|his|their) being (?:a )?(?:woman|man|female|male|girl|guy|lady|mother|father)"
        r"|being (?:a )?(?:woman|female|lady|girl|man|male|guy) (?:is|was|would be|could be"
        r"|might be|will be)",
        r"(?:tall|short|young|younger|older|old|elderly|middle-aged|blonde?|brunette|redheaded"
        r"|heavy|heavyset|thin|skinny|petite|pretty|attractive|black|white|asian|hispanic"
        r"|latina|latino|indian|chinese|african|arab|middle[- ]eastern|korean|japanese|mexican"
        r"|filipina|filipino|nigerian|pakistani|muslim|jewish|gay|trans|disabled|pregnant"
        r"|married|single) " + _SEX_ONE + r"\b(?! (?:and|or)\b)",
    ),
    exemptions=frozenset({"professional"}),
    message="Relies on a sex stereotype, a sex-based expectation, or describes the candidate by sex.",
    rationale=_HOOK
    + " Describing someone as 'Short Asian female' or 'older guy' records sex (and often"
    " race or age) as a memory aid, which guidance says never to do.",
    suggestion=(
        "Use the candidate ID as the memory aid and record behaviour in the exercise against "
        "the rubric; apply each requirement to every candidate in the same words."
    ),
    bad=(
        "Guys tend to be better at negotiating.",
        "Girls in accounting tend to be detail-oriented.",
        "The role is better suited to a man.",
        "Not sure a woman could handle the night crew.",
        "She'd be the only woman on the crew.",
        "Her being a woman helps our numbers.",
        "Short Asian female, third interview slot.",
        "Needs a firm male hand, so he's ideal.",
    ),
    good=(
        "Women in Tech ERG: organised the speaker series as program lead.",
        "The guys on the support team rated her walkthrough 4 of 4.",
        "Mentored women engineers who are usually new to on-call.",
        "A man from facilities let us into the room.",
    ),
)

RULES = (SEX_001, SEX_002, SEX_003, SEX_004, SEX_005, SEX_006)
