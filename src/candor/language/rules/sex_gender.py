"""Sex and gender (Title VII)."""

from __future__ import annotations

from candor.language import rx
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
        r"(?:hire|hiring|add|adding|get|getting|bring in) (?:a |an |another |more |some "
        r"|the |one more )?" + _SEXW + r"(?! (?:and|or) )(?!['\u2019])",
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
        r"|cand|technician|electrician|analyst|accountant|salesperson|rep|worker|receptionist"
        r"|secretary|assistant|nanny|carer|caregiver|stylist|hairdresser|beautician|cashier"
        r"|teacher|midwife|firefighter|plumber|builder|bartender|bouncer|security guard|chef"
        r"|cook|cleaner|housekeeper|host|server|waiter|flight attendant|steward|boss|director"
        r"|executive|officer|coach|trainer|physio|therapist|counsell?or|dentist|surgeon|vet"
        r"|supervisor|foreman|operator|agent|advis[eo]r)s?",
        r"(?:his|her|their|candidate'?s|applicant'?s) (?:gender|sex)\b",
        r"(?:gender|sex) (?:is|was|might be|could be|would be) (?:a |an )?(?:factor|issue|concern"
        r"|problem|plus|advantage|bonus|consideration|drawback)",
        r"(?:mr\.?,? )?(?:miss,? or mrs\.?|mrs\.?,? or miss|ms\.?,? or mrs\.?|mrs\.?,? or ms\.?|ms\.?,? or miss|miss,? or ms\.?)",
        r"(?:only|just) (?:asked|asking|ask) (?:the )?(?:women|female|ladies|girls|men|male)"
        r"|asked (?:only|just) (?:the )?(?:women|female|ladies|men|male)",
        r"(?:man|men|male|boys?)[- ]dominated|boys'? club|old boys'? (?:club|network)",
        r"(?:\w+ )?(?:like|as strong as|as good as|better than|worse than) (?:a|most) (?:man|guy"
        r"|woman|girl)",
        r"(?:throws|fights|acts|cries|codes|talks|drives) like a (?:girl|woman|man)|man up",
        SUBJ_COP + r"(?:a |the only )?(?:woman|female|lady|man|male)\b(?! (?:and|or)\b)",
        r"(?:more|very|too|quite|not|pretty|a bit|kind of|kinda|bit|so|really|rather|overly"
        r"|super|less) (?:masculine|feminine)(?! (?:design|colou?rs?|palette|fonts?|brand"
        r"|branding|aesthetic|packaging|styling|theme|logo|look and feel|products?|scent"
        r"|fragrance|ranges?|lines?)\b)|(?:un)?ladylike|girly|manly"
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
        "ms$",
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
        "Male receptionist might put some customers off.",
        "A female bouncer could be a plus on Saturdays.",
        "Her gender might be an issue with the crew.",
        "She'd struggle in a male-dominated shop.",
    ),
    good=(
        "She explained the rollback plan and answered every follow-up.",
        "He said he prefers a hybrid schedule.",
        "Mentored women engineers through the company's returnship program.",
        "Led the Women in Tech ERG and ran its speaker series.",
        "Mentored female receptionists on the new booking system as practice manager.",
        "We rarely get women's health questions on the helpline, she noted from the call data.",
    ),
)


def _emotional_ok(hit: Hit) -> bool:
    after = hit.after(20)
    m = hit.matched
    if m.startswith("emotional") and rx.match(
        r"^\s*(?:intelligence|intelligent|support|labou?r|design|resilience|eq)", after
    ):
        return False
    if m.startswith("opinionated") and rx.match(
        r"^\s*(?:framework|library|tool|defaults?|style|formatter|linter|design|api|stack"
        r"|approach|architecture|code)",
        after,
    ):
        return False
    return not (m == "emotionally" and rx.match(r"^\s*intelligent", after))


SEX_002 = Rule(
    id="CND-SEX-002",
    category="sex_gender",
    severity="warning",
    title="Gender-coded personality label",
    terms=(
        r"abrasive|bossy|shrill|hysterical|feisty|catty|ditzy|ditsy|sassy|bitchy|strident"
        r"|hormonal|prissy|nagg(?:ing|y)|high[- ]maintenance|emotional|emotionally|opinionated"
        r"|mouthy|diva|drama queen|princess|pushy|brash|motherly|maternal instinct",
        r"(?:maternal|paternal)\b(?![- ](?:health|care|mortality|medicine|ward|units?|services?"
        r"|leave|pay|benefits?|polic(?:y|ies)|nutrition|outcomes|side|grand\w+|line|uncle|aunt))",
        r"(?:nurturing|maternal|motherly|fatherly|paternal|feminine|masculine|manly|ladylike"
        r"|girly|macho|dainty|womanly) enough\b|(?:too|a bit|bit|quite|rather|very|so) (?:delicate"
        r"|dainty|girly|ladylike|frail|fragile|soft|sweet|pretty|feminine|gentle) for (?:the|a|an"
        r"|this|that|our) (?:\w+ )?(?:floor|site|job|role|work|warehouse|yard|factory|crew|team"
        r"|shift|trade|rig|kitchen|depot|line|plant|workshop)\b",
        r"bubbly|dude energy|bro energy",
        r"(?:very|super|so|too|really|quite|pretty|kinda) alpha\b(?! (?:build|release|version|te"
        r"st\w*|stage|phase|channel|feature|software|code))|alpha (?:male|type|personality|energ"
        r"y)\b",
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
    bad=(
        "Very maternal with the juniors, not leadership material.",
        "A bit abrasive in the panel.",
        "Came across as bossy.",
        "Too emotional under pressure.",
        "Not sure he's nurturing enough for the nursery room.",
        "Probably too delicate for the factory floor.",
        "Very alpha, the sales floor would eat that up.",
    ),
    good=(
        "Showed emotional intelligence in the conflict scenario.",
        "Prefers opinionated frameworks like Rails.",
        "Built the maternal health dashboard for the NHS trust.",
        "Shipped the alpha release two weeks early.",
    ),
)


def _gendered_context(hit: Hit) -> bool:
    return rx.search(
        r"\b(?:she|her|hers|women|woman|female|females|gender|girls?|lad(?:y|ies)|he|him|his|men"
        r"|man|male|males)\b",
        hit.sentence,
    ) is not None and not rx.search(
        r"\b(?:race|racial|ethnic|ethnicity|minority|black|hispanic|latin[oax]|latinx|asian|poc"
        r"|bipoc|native|indigenous|tribal|aboriginal|first nations)\b",
        hit.sentence,
    )


_DIVERSITY_TERMS = (
    r"(?:diversity|token|quota|minority) (?:hires?|picks?|candidates?|box(?:es)?|numbers|quotas?"
    r"|checkbox(?:es)?|stats|statistics|metrics|targets?|optics)",
    r"(?:tick|check|ticks|checks|ticking|checking|tick off|check off) (?:the|a|our|some|all the"
    r"|two|both) (?:diversity |gender |minority |d&i |dei )?box(?:es)?",
    r"(?:help|helps|helping|boost|boosts|improve|improves|pad|pads|balance|balances|fix|fixes)"
    r" (?:out )?(?:our|the|my) (?:diversity|gender|minority|d&i|dei|eeo|eeo-1|aap|affirmative action) (?:numbers|stats"
    r"|statistics|ratio|metrics|optics|balance|mix|targets?)",
    r"(?:gender|sex) (?:balance|ratio|mix|quota|numbers|split|parity|diversity)",
    r"(?:good|great|nice) for (?:our |the )?(?:diversity|optics|d&i|dei)",
    r"(?:token|quota|diversity) (?:woman|women|female|females|girl|girls|lady|man|men|male|guy"
    r"|black (?:guy|woman|man|person|face)|minority|person|face|brown face|asian)\b",
    r"(?:good|great|nice|better|bad|terrible|poor) optics (?:to have|having|to hire|hiring"
    r"|if we (?:had|hired|got|brought))",
)

SEX_003 = Rule(
    id="CND-SEX-003",
    category="sex_gender",
    severity="error",
    title="Candidate valued for gender-diversity numbers",
    terms=_DIVERSITY_TERMS,
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
    bad=(
        "She would help our gender balance.",
        "Good for the diversity numbers, and she's sharp.",
        "She'd be the token woman on the panel.",
        "Would be good optics to have her front the pitch, being a woman.",
    ),
    good=(
        "Ran the gender pay-gap analysis for the HR team.",
        "Rotated the auth token for the women's health app after the incident.",
        "Good optics matter in her field; she ran the brand's crisis comms.",
    ),
)

SEX_004 = Rule(
    id="CND-SEX-004",
    category="sex_gender",
    severity="warning",
    title="Adult candidate called a girl or boy",
    terms=(
        r"(?:the|this|that|a|nice|sweet|smart|young|pretty|good|little|lovely|bright|cute)"
        r" (?:girl|gal|chick|boy|lass|lad)\b(?! (?:scouts?|guides?|who code|in tech))",
        r"(?:bubbly|chatty|bouncy|perky|peppy|sparky|smiley|giggly|cheery|cheerful|friendly"
        r"|clever|sharp|keen|eager|confident|quiet|shy|feisty|sassy|tough|capable|organi[sz]ed"
        r"|polished|hard-?working|great|lovely|pleasant|charming|sensible|bright|local|nice"
        r"|sweet|smart|young|pretty|lively|energetic|cute|posh|gobby|ditzy|ditsy|dozy|silly"
        r"|chirpy|jolly|sporty|girly|bossy|pushy|mousy|mousey|timid|nervous|old|new|other"
        r"|party|office|sales|shop|tea|city|country|farm|essex|valley|jersey|it|golden"
        r"|poster|cover) (?:girl|gal|lass|chick)\b(?![-'\u2019])(?! (?:scouts?|guides?"
        r"|who code|in tech|power|friday))",
        r"(?:such a|bit of a|a real|real|total|proper|a proper|just a|like a|what a) (?:\w+ )?"
        r"(?:girl|gal|lass|chick)\b(?![-'\u2019])(?! (?:scouts?|guides?|who code|in tech))",
        SUBJ_COP + r"(?:a )?(?:girl|gal|chick|boy)\b",
    ),
    message="Calls an adult candidate a girl or boy.",
    rationale=_HOOK + " Diminutives for adults are a sex stereotype in a hiring record.",
    suggestion="Refer to the candidate by name or candidate ID.",
    bad=(
        "Nice girl, very organised.",
        "The girl from Tuesday did well.",
        "Really bubbly girl, the customers will like her.",
        "Such a chatty lass, great on the phones.",
        "Bit of a party girl from what she said.",
    ),
    good=(
        "She volunteers with Girls Who Code.",
        "Ran the Girl Guides' fundraising accounts as treasurer.",
    ),
)


def _sex_as_noun(hit: Hit) -> bool:
    if rx.match(
        r"^-(?:to-|ended\b|end\b|connectors?\b|plugs?\b|founded\b|led\b|owned\b|run\b"
        r"|focused\b|only\b|specific\b)",
        hit.after(15),
    ):
        return False  # "a female-to-male adapter": hardware, not a person
    if rx.match(r"^\s*(?:and|or|&|/)\s*(?:fe)?males?\b", hit.after(15)):
        return False
    return rx.match(
        r"^\s*(?:$|[.,;:!?)\-/]|and\b|but\b|with\b|who\b|in\b|from\b|at\b"
        r"|\d)",
        hit.after(12),
    ) is not None and not rx.search(r"\b(?:and|or|&|/)\s*$", hit.before(8))


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
        _SEX_PLURAL + r"(?: (?:in|on|at|from|with|of|like) (?:[\w-]+ )?[\w-]+)?"
        r" (?:(?:sell|perform|work|do|deal|cope|negotiate|lead|code|drive|manage)s? (?:\w+ )?"
        r"(?:better|worse)|often|rarely|seldom|almost always|nearly always|invariably|tend (?:not )?to|tends (?:not )?to|are (?:usually|generally|naturally|often|always|typically|just"
        r"|more|less|better|worse|not as|too|so)|usually|generally|naturally|typically|can't"
        r"|cannot|won't|aren't|never|always|struggle|don't (?:like|want|do|handle|last|stay))\b",
        r"(?:better|best|more|less|ill|well|poorly) suited (?:to|for) (?:a |the )?"
        r"(?:man|woman|guy|girl|lady|male|female|men|women|guys)\b",
        r"(?:a|the) (?:man's|woman's|men's|women's|guy's|girl's) (?:environment|industry|trade"
        r"|business|place|field|profession|domain|sport|career|shop|site|yard|floor|culture"
        r"|crew|team)\b(?! (?:coach\w*|captain|kit|fixtures?|league|manager|physio|sponsor\w*"
        r"|squad|players?|games?|matches|training|tournament|cup|final|selection)\b)|"
        r"(?:a|the) (?:man's|woman's|men's|women's|guy's|girl's) (?:job|work|role|world|game"
        r"|touch)|man's man|man enough|(?:woman's|feminine|female|male|masculine|man's) (?:touch"
        r"|energy|presence|perspective|figure|hand|voice|authority|intuition|strength|stamina"
        r"|muscle|physique|temperament|mentality|instinct|sensitivity|brain|mind|eye for)\b",
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
        r"(?:a|the|that|this|tall|short|young|pretty|petite|attractive|cute|little|hot|leggy"
        r"|busty|older|dumb|bubbly|stunning|gorgeous|beautiful|glamorous|curvy|slim|skinny"
        r"|bottle|natural|fiery|sexy) (?:blonde|brunette|redhead)(?= *(?:$|[.,;:!?)\-]|with\b"
        r"|in\b|from\b|who\b|at\b|and\b))",
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
        "It's a man's environment down there.",
        "Good-looking women sell better in this market.",
        "Guys like him are better in the field.",
        "Girls in accounting tend to be detail-oriented.",
        "The role is better suited to a man.",
        "Not sure a woman could handle the night crew.",
        "She'd be the only woman on the crew.",
        "Her being a woman helps our numbers.",
        "Short Asian female, third interview slot.",
        "Needs a firm male hand, so he's ideal.",
        "Tall blonde, green jacket, second slot.",
    ),
    good=(
        "Ran the stats for the women's team coach at the county club.",
        "Women in Tech ERG: organised the speaker series as program lead.",
        "The guys on the support team rated her walkthrough 4 of 4.",
        "Mentored women engineers who are usually new to on-call.",
        "A man from facilities let us into the room.",
    ),
)


# A person of one sex, as the object of a preference ("a man", "a female account lead").
_ONE_SEX = (
    r"(?:a |an |another |more |some |the |one |a second |fewer |other |someone who is a "
    r"|somebody who is a )?(?:(?:older|younger|young|strong|firm|tough|proper|real|big|senior"
    r"|experienced|mature|straight-talking) )?"
    r"(?:male|female|man|woman|guy|gal|lady|bloke|gentleman|gent|fella|chap|dude|lad|lass|girl"
    r"|boy|men|women|ladies|gentlemen|gents|males|females|blokes|fellas|chaps)"
    r"(?![-'\u2019])(?! (?:and|or|&|nor)\b| (?:pages?|hours?|days?|months?|years?|in the middle"
    r"|connectors?|plugs?|ends?|threads?|adapters?|adaptors?|pins?|headers?|jacks?|ports?"
    r"|sockets?|fittings?|couplings?|to (?:male|female)|on the moon)\b)"
)
_PREFER_VERB = (
    r"(?:prefer(?:s|red|ring|ably|ence for)?|rather|expect(?:s|ed|ing)?|want(?:s|ed|ing)?"
    r"|need(?:s|ed|ing)?|looking for|more comfortable|feel(?:s)? (?:more )?comfortable"
    r"|respond(?:s|ed)? better to|listen(?:s|ed)? (?:better )?to|respect(?:s|ed)?|accept(?:s|ed)?"
    r"|trust(?:s|ed)?|take(?:s)? orders from|answer(?:s)? to|take(?:s)? (?:it )?(?:better|more"
    r" seriously) from|warm(?:s|ed)? (?:up )?to|open(?:s)? up to|relate(?:s)? (?:better )?to"
    r"|ideally|send(?:s|ing)?|sent|assign(?:s|ed|ing)?|field(?:s|ed|ing)?|put forward"
    r"|shortlist(?:s|ed|ing)?|request(?:s|ed|ing)?|specif(?:y|ies|ied)|insist(?:s|ed)? on"
    r"|demand(?:s|ed)?|hop(?:e|ed|ing) for|would like|would love|love to have|like to have"
    r"|go(?:ing)? for|went for)"
)


def _sex_preference(hit: Hit) -> bool:
    # "We expect the man who built it to demo it": an expectation of a known person.
    if rx.search(r"\b(?:male|female|men|women)$", hit.matched) and rx.match(
        r"^\s*(?:patients?|clients?|customers?|users?|members|students|residents|athletes"
        r"|players|participants|respondents|records?|data|cohorts?|populations?|toilets?"
        r"|changing|wards?|sizing|sizes|samples?|subjects)(?:'s|'|\u2019s?)?(?:\W|$)",
        hit.after(20),
    ):
        return False  # "check the female patients' records": a population, not a preference
    if rx.match(r"(?:send|sending|sent|assign\w*|field\w*)\b", hit.matched) and rx.match(
        r"^\s*(?:from|named|called|whose)\b", hit.after(15)
    ):
        return False  # "sent a young woman from the agency": a particular person
    return not rx.match(r"(?:expect\w*)\b[^.;!?\n]{0,30}?\b(?:the|other) ", hit.matched)


SEX_007 = Rule(
    id="CND-SEX-007",
    category="sex_gender",
    severity="error",
    title="Preference for a person of one sex (own or a third party's)",
    terms=(
        _PREFER_VERB + r"(?: [\w'/-]+){0,4}? " + _ONE_SEX,
        r"(?:clients?|customers?|patients?|guests?|residents?|the crew|crews?|the lads|the guys"
        r"|the men|the team|buyers?|the board|investors?|the site|site managers?|drivers?"
        r"|operators?|the floor|the shop|partners?|the partners)(?: (?:in|on|at|of|from)"
        r" (?:[\w-]+ ){0,2}?[\w-]+)? (?:(?:would|will|'d|'ll|might|may|won't|wouldn't|don't"
        r"|doesn't|can't|couldn't|never|just|only|really|still) )*(?:not )?(?:accept|take to"
        r"|warm to|listen to|respect|trust|follow|buy from|deal with|work with|work for"
        r"|report to|open up to|be comfortable with|feel comfortable with|like|want) "
        r"(?:a |an |the |another )?(?:woman|girl|lady|female|women|girls|ladies|females|man"
        r"|guy|male|bloke|men|males)\b(?![-'\u2019])",
    ),
    check=_sex_preference,
    message="States a preference, the candidate's own or a third party's, for a person of one sex.",
    rationale=_HOOK
    + " A client's, customer's or crew's preference for a man or a woman is no defence: "
    "acting on it is sex discrimination (EEOC; 29 CFR 1604.2(a)(1)(iii)).",
    suggestion=(
        "Delete the preference. State the job requirement (for example 'leads client "
        "negotiations on site') and how the candidate met it in the interview."
    ),
    bad=(
        "The client prefers a male account lead.",
        "Customers here would rather deal with a man.",
        "Our buyers expect a guy at the table.",
        "Patients feel more comfortable with a female nurse, so she's a plus.",
        "The crew won't take orders from a woman.",
        "The lads on site won't listen to a girl.",
        "We want a strong man in this seat.",
        "The board would prefer another woman on the shortlist.",
        "The client asked us to send a man to the site meetings.",
        "Ideally a guy, given the crew.",
        "The client specifically requested a male consultant.",
        "Prefer a gent for the concierge desk.",
        "The ladies on reception would love a male colleague.",
    ),
    good=(
        "Needed to reconcile the female patients' records during the audit she led.",
        "The agency sent a young man from their Leeds office to cover the desk.",
        "He said he prefers a hybrid schedule.",
        "Prefers Postgres; looked up the man page for pg_dump without being asked.",
        "Needs a female-to-male adapter for the rig; noted for facilities.",
        "Led the team's women's network and its mentoring scheme.",
        "Expect the man-hours estimate by Friday.",
        "Clients trust her: she kept every renewal in her book last year.",
    ),
)


_LOOKS_OR_SEX = rx.compile(
    r"\b(?:pretty|cute|attractive|beautiful|hot|gorgeous|stunning|sexy|girl|girly|blonde"
    r"|brunette|bubbly|legs|smile|looks|looker|handsome|good-looking|lovely to look at|dress"
    r"|skirt|heels|figure|eye candy|flirty|flirt\w*|easy on the eyes?|nice to look at|good to look at"
    r"|glamorous|glam|sexy|curvy|leggy|busty|stunner|pretty face)\b"
)


_DOUBT = rx.compile(
    r"\b(?:whether|if she|if he|comfortable|able to|could she|could he|can she|can he|would"
    r" she|would he|will she|will he|worried|worry|concern\w*|not sure|unsure|doubt\w*|cope"
    r"|struggle|too [\w-]+(?:,? (?:and|or) [\w-]+)? (?:to|for)|intimidat\w*|handle|hold her"
    r" own|hold his own|stand up to)\b"
)


def _sex_suitability(hit: Hit) -> bool:
    m = hit.matched
    if (
        rx.search(r"\b(?:guys|women|girls|ladies)\b", m)
        and not rx.search(r"(?:her|him)$", m)
        and rx.match(
            r"(?:handle|manage|deal|cope|stand|keep|control|command|win|earn|get|boss"
            r"|hold)",
            m,
        )
    ):
        # "handle the guys": sex-coded only when set against a person of the other sex.
        other = r"\b(?:she|her|hers)\b" if rx.search(r"\bguys\b", m) else r"\b(?:he|him|his)\b"
        return rx.search(other, hit.sentence) is not None
    if rx.search(
        r"\b(?:listen to|respect|accept|take orders from|follow|trust|seriously|warm to|work for"
        r"|answer to|report to) (?:her|him)$",
        m,
    ):
        # "Would the men listen to her?"; "the guys" only when set against "her".
        return not rx.search(r"\bguys\b", m) or m.endswith("her")
    if rx.match(r"(?:with|for|to) ", m) and rx.search(r"(?:male|female) \w+$", m):
        # "would do well with the male clients, she's charming": appeal to one sex.
        return (
            rx.search(
                r"\b(?:do well|go down well|goes down well|play well|popular|charm\w*|love|like|adore"
                r"|appeal\w*|flirt\w*|get on|gets on|connect|relate|handle|manage|deal with|respect"
                r"|comfortable|prefer\w*|listen|ok|okay|fine|alright|travel\w*|alone|overnight"
                r"|safe|awkward|uncomfortable)\b",
                hit.sentence,
            )
            is not None
        )
    if rx.search(r"(?:her|him)$", m):
        # Clients' liking counts as sex-based only next to looks or sex words (a dash or a
        # full stop may come between: "easy on the eyes - clients will love her").
        return (
            hit.in_sentence(_LOOKS_OR_SEX)
            or _LOOKS_OR_SEX.search(hit.low, max(0, hit.start - 80), hit.start) is not None
        )
    if m.startswith("for "):
        before = hit.before(40)
        if rx.search(
            r"\b(?:work(?:ed|s|ing)?|report(?:ed|s|ing)?|cover(?:ed|s|ing)?|fill(?:ed|s|ing)? in"
            r"|st(?:oo|a)nd(?:s|ing)? in|sub(?:bed|s|bing)?|s[ai]t(?:ting)? in|interpret(?:ed|s"
            r"|ing)?|translat(?:ed|es|ing)|advocat(?:ed|es|ing)|vot(?:ed|es|ing)|car(?:ed|es"
            r"|ing)|look(?:ed|s|ing)?|ask(?:ed|s|ing)?|paid|pay(?:s|ing)?|wait(?:ed|s|ing)?"
            r"|mistak(?:en|es)|mistook \w+|named|called|design(?:ed|s|ing)?|buil[dt]s?"
            r"|building|made|make|cook(?:ed|s|ing)?|shopp(?:ed|ing)|bought|hold(?:s|ing)? the"
            r" door|room|space|seat|made room)\s*$",
            before,
        ):
            return False
        if rx.match(
            r"^\s*(?:who|whom|whose|named|called|with (?:dementia|a disability))\b", hit.after(20)
        ):
            return False
    if rx.match(
        r"(?:enough|too many|plenty|more|so many|too few|not enough|another|any"
        r"|one more|a second|no other|surrounded|team|crew|office|department|group|room"
        r"|floor|shift|panel|squad|unit|desk|board|line|brigade|gang|bunch|pack|yard|depot"
        r"|workshop|garage|dock|kitchen|site|warehouse)\b",
        m,
    ):
        if rx.match(
            r"(?:team|crew|office|department|group|room|floor|shift|panel|squad|unit"
            r"|desk|board|line|brigade|gang|bunch|pack|yard|depot|workshop|garage|dock|kitchen"
            r"|site|warehouse)\b",
            m,
        ) and rx.search(
            r"\b(?:led|lead|leads|leading|managed|manages|managing|ran|runs|running|coached"
            r"|mentored|trained|supervised|built|hired)\b",
            hit.before(50),
        ):
            # "Managed a crew of 12 men" is experience; "whether she'd be comfortable
            # managing a team of men" doubts her because of their sex.
            return _DOUBT.search(hit.before(80)) is not None
        return (
            m.startswith("surrounded")
            or _DOUBT.search(hit.sentence) is not None
            or rx.search(
                r"\b(?:team|crew|office|department|floor|site|shift|panel|shortlist|slate|board|room"
                r"|desk|already|balance\w*|numbers|mix|ratio|stand out|fit|feel|like|comfortable"
                r"|awkward|out of place|squad|group|nights|rota|here|place)\b",
                hit.sentence,
            )
            is not None
        )
    if rx.search(r"(?:usually|normally|typically|generally|mostly|always|traditionally) ", m) and (
        rx.search(
            r"\b(?:users|customers|clients|patients|buyers|audiences?|readers|members|subscribers"
            r"|shoppers|visitors|respondents|participants|players|viewers|students|(?:client"
            r"|customer|user|patient|member|subscriber|fan) (?:base|population|mix)|market"
            r"|demographic|readership|clientele|footfall|segment)\b",
            hit.before(40),
        )
    ):
        return False
    if "only " in m and rx.search(
        r"\b(?:to|with|under|from|by|of|for|beside|alongside)"
        r" (?:the )?$",
        hit.before(12),
    ):
        return False  # "reports to the only woman on the exec team": someone else
    if rx.match(
        r"(?:all|mostly|mainly|entirely|predominantly|largely|exclusively"
        r"|overwhelmingly)",
        m,
    ):
        before = hit.before(50)
        if rx.search(r"\b(?:can|could|would|will|might|able to|how)\b", before):
            return True  # "can she really lead a team of engineers who are all men?"
        return not rx.search(
            r"\b(?:led|lead|leads|leading|managed|manages|managing|ran|runs|running|founded"
            r"|organi[sz]ed|coached|coaches|mentored|mentors|trained|trains|taught|built|grew"
            r"|hired for|recruited for|supervised)\b",
            before,
        )
    return True


_SEX_NOUN_ONE = (
    r"(?:woman|girl|lady|female|man|guy|male|gal|chick|bloke|lass|lad|gentleman|fella|chap"
    r"|young (?:woman|man|lady|girl|guy|lad|thing)|older (?:woman|man|lady|guy|gentleman)"
    r"|single (?:woman|man|mother|mum|mom|father|dad)|married (?:woman|man)|mother|mum|mom"
    r"|father|dad)"
)
_SEX_NOUN_MANY = r"(?:women|ladies|girls|females|men|males|blokes|lads|gals)"

SEX_008 = Rule(
    id="CND-SEX-008",
    category="sex_gender",
    severity="error",
    title="Sex as a condition of the role, of the team, or as a yardstick",
    terms=(
        # Suitability or judgement measured against a sex: "not ideal for a woman",
        # "aggressive in the exercise for a woman".
        r"for (?:a|an|any|one) " + _SEX_NOUN_ONE + r"\b(?![-'\u2019])(?! (?:and|or|&) )",
        r"(?:ideal|suitable|suited|appropriate|right|safe|unsafe|hard|tough|difficult|demanding"
        r"|heavy|physical|dangerous|rough|job|work|place|environment|role|career|line of work"
        r"|too \w+|enough)(?: [\w'/,-]+){0,3}? for (?:most )?"
        + _SEX_NOUN_MANY
        + r"\b(?![-'\u2019])(?! (?:and|or|&)\b)",
        r"being (?:a |an )?(?:young |older |single )?(?:woman|female|lady|girl|man|male|guy"
        r"|bloke)\b(?![-'\u2019])(?! (?:of (?:his|her|their) word|who|that)\b)",
        # The team's sex balance as a reason: "enough women in the team already".
        r"breadwinners?|(?:main|primary|chief|second|secondary|bigger) (?:earner|income|wage)\b"
        r"(?! (?:streams?|sources?|tax|brackets?|bands?|data|statements?|reports?|fields?)\b)",
        r"(?:enough|too many|plenty of|more than enough|so many|too few|not enough|another|any"
        r" other|one more|a second|no other|more) (?:women|ladies|girls|men|guys|blokes|lads|females"
        r"|males|woman|lady|girl|female|male|bloke)\b(?![-'\u2019])(?! (?:and|or|&)\b)",
        r"surrounded by (?:\w+ )?(?:women|men|guys|girls|ladies|blokes|lads|females|males)\b"
        r"|(?:team|crew|office|department|group|room|floor|shift|panel|squad|unit|desk|board"
        r"|line|brigade|gang|bunch|pack|yard|depot|workshop|garage|dock|kitchen|site|warehouse)"
        r" (?:of|full of|made up of|that's all) (?:\w+ )?(?:guys|men|blokes|lads|women|girls"
        r"|ladies|males|females)\b(?![-'\u2019])(?! (?:and|or|&)\b)",
        r"(?:a|typical|such a|the usual|just a|classic|probably a) (?:woman|women|girl|girls|man"
        r"|men|guy|guys|bloke|blokes|lady|ladies|female|male)(?:'s|s'|\u2019s)? thing\b",
        r"(?:better|safer|easier|best|ideal|happier|nicer|preferable) (?:off )?(?:with|w/|to have"
        r"|having|if (?:we|it|there) (?:had|have|sent|send|was|were)) (?:a|an|another)"
        r" (?:man|woman|guy|bloke|lady|girl|female|male|gent|gentleman|chap|lad|lass)\b"
        r"(?![-'\u2019])",
        r"(?:a|another) (?:man|woman|guy|lady|male|female|girl|bloke) in (?:this|the|that"
        r"|such a) (?:role|job|seat|position|post|chair|slot)\b",
        r"(?:handle|manage|deal with|cope with|stand up to|keep up with|control|command|win"
        r" over|earn the respect of|get respect from|keep in line|boss around|hold (?:her|his)"
        r" own with) (?:the|all the|a bunch of|a crew of|a room full of|a load of) (?:guys|men"
        r"|lads|boys|blokes|women|girls|ladies|fellas)\b(?![-'\u2019])",
        r"(?:would|will|do|does|did|can|could|might|won't|wouldn't|don't|can't|couldn't)"
        r" (?:the )?(?:men|guys|lads|blokes|boys|women|girls|ladies)(?: (?:on|in|at) (?:the )?"
        r"\w+)? (?:really |ever )?(?:listen to|respect|accept|take orders from|follow|trust"
        r"|take (?:her|him) seriously|warm to|work for|answer to|report to) (?:her|him)\b"
        r"|(?:the )?(?:men|lads|blokes|boys|guys|women|girls|ladies)(?: (?:on|in|at) (?:the )?"
        r"\w+)? (?:won't|wouldn't|don't|might not|may not|will never|never|can't|couldn't)"
        r" (?:really |ever )?(?:listen to|respect|accept|take orders from|follow|take (?:her|him)"
        r" seriously|warm to|work for|answer to|report to) (?:her|him)\b",
        r"(?:won't|wouldn't|will not|would not|refuses? to|refused to|can't|couldn't|doesn't want"
        r" to|don't want to|didn't want to|never) (?:\w+ )?(?:work (?:under|for|with)|report to"
        r"|take (?:orders|instructions|direction) from|answer to|be managed by|listen to|respect)"
        r" (?:a|an|another) (?:woman|man|female|male|girl|lady|guy|bloke)\b(?![-'\u2019])",
        r"(?:a|any) (?:woman|girl|lady|female|man|guy|male|bloke) (?:\w+ ){0,3}?(?:be )?(?:respected"
        r"|accepted|taken seriously|listened to|trusted|obeyed|welcomed)\b",
        r"(?:a|any) (?:man|woman|guy|lady|girl|male|female|bloke) (?:would|will|might|could|is"
        r"|'d|'s) (?:be )?(?:a |the )?(?:safer|better|easier|smarter|stronger|more natural|more"
        r" credible|more suitable|more acceptable|right|natural) (?:bet|choice|fit|option|pick"
        r"|hire|call|match|candidate|person)\b",
        r"(?:a|any) (?:man|woman|guy|lady|girl|male|female|bloke) (?:would|will|might|could|'d)"
        r" (?:\w+ )?(?:connect|relate|do|work|fit|sell|gel|go down|land|perform|cope|manage|play)"
        r" (?:\w+ )?better\b",
        r"(?:that's|it's|they're|is|are|be|tend to be|tends to be|will be|would be) (?:usually"
        r"|normally|typically|generally|mostly|always|traditionally) (?:a |an )?(?:guy"
        r"|man|woman|bloke|lady|girl|guys|men|women|blokes|ladies|girls|male|female)\b"
        r"(?![-'\u2019])(?! (?:and|or|&|customers|users|clients|patients|buyers|shoppers"
        r"|readers|members|viewers|players|students|participants|respondents)\b)",
        r"(?:good |real |proper |devoted |typical |solid )?family[- ]man\b(?! (?:and|or)\b)",
        r"(?:more|less|too much|a bit of|some|full of|bit of|extra|needs?) (?:testosterone"
        r"|oestrogen|estrogen|machismo)\b",
        # Being the only woman or man somewhere.
        r"only (?:other )?(?:woman|girl|lady|female|man|guy|male|bloke|women|girls|ladies|men)"
        r"(?![-'\u2019])(?! (?:who|that|i|we|you|alive|standing|can)\b)(?: (?:on|in|at"
        r"|among|amongst|working|doing|there|here|left|around)\b)",
        r"(?:the|be|being|as|was|is|(?:it|who|that)'s|(?:who|they)'d be|she's|he's|she'd be|he'd be) only (?:woman|girl"
        r"|lady|female|man|guy|male|bloke)(?![-'\u2019])(?= *(?:$|[.,;:!?)]|\?))",
        # The team's sex make-up: "all men", "an all-female crew", "mostly guys".
        r"(?:all|mostly|mainly|entirely|predominantly|largely|exclusively|overwhelmingly"
        r"|almost all|nearly all|virtually all|heavily)[- ](?:male|female|men|women|guys|blokes"
        r"|lads|boys|girls|ladies|man|woman)\b(?![-'\u2019])(?! (?:and|or|&|nor|customers|users"
        r"|clients|patients|buyers|shoppers|readers|members|viewers|players|audiences?"
        r"|students|participants|respondents|subscribers|consumers|athletes)\b)",
        r"(?:team|crew|office|department|floor|site|shift|desk|panel|board|squad|unit|group"
        r"|workforce|staff|room)(?:'s)? (?:\w+ ){0,3}?(?:is|are|was|were|'s) (?:\w+ )?(?:male"
        r"|female)[- ](?:heavy|dominated|only|led)\b",
        # Male-coded group membership as the reason: "with the lads", "bro culture".
        r"(?:with|among|amongst|one of|join|joining|joins|around|like|into) the (?:lads|boys"
        r"|blokes|fellas|chaps)\b(?![-'\u2019])|laddish|laddy|blokey|blokeish|macho|bro(?:[- ]?y)?"
        r" culture|brogrammers?|lad culture|lads' culture|locker[- ]room (?:talk|culture"
        r"|humou?r|banter|jokes)|ladies'? man|womani[sz]er",
        # A woman's looks as an attraction for clients: "really pretty, clients will love her".
        r"(?:clients?|customers?|guests?|visitors?|the reps|reps|buyers?|punters|the boys"
        r"|the guys|the lads|(?:male )?clients?|the men|the old boys|the partners|the board"
        r"|the ladies|the girls|the women)(?: (?:in|on|at|from) (?:the )?\w+)?"
        r" (?:will|would|'ll|'d|are going to|gonna|are gonna) (?:\w+ )?(?:love|adore|like|eat"
        r" (?:her|him) up|lap (?:her|him) up|go for|fall for|warm to|enjoy|fancy|drool over)"
        r" (?:her|him)\b",
        r"(?:with|for|to) (?:the |our |any )?(?:older )?(?:male|female) (?:clients?|customers?"
        r"|associates|reps|representatives|sales ?(?:staff|people|associates|reps)|salespeople"
        r"|cashiers|advis[eo]rs|agents|staff"
        r"|crowd|audience|buyers?|managers?|partners?|bosses|execs?|executives|directors?"
        r"|colleagues|members|investors?)\b",
        # Family-role stereotypes: "father-figure type", "mother hen".
        r"(?:father|mother|dad|mum|mom|papa|mama|big brother|big sister)[- ](?:figures?"
        r"|types?|energy|vibes?)|mother[- ]hen|den mother|fatherly|matronly|matriarch|patriarch"
        r"|alpha (?:male|female)|(?:real|total|proper|such an|bit of an|a real|classic|typical)"
        r" alpha\b(?! (?:version|release|build|testers?|stage|phase|channel))|(?:firm|strong|steady|calm) (?:male|masculine|feminine|female"
        r"|fatherly|motherly) (?:hand|presence|figure|touch|leadership|influence)",
        r"(?:typical|stereotypical|classic) (?:[a-z]+ )?(?:bloke|woman|girl|lady|female|male"
        r"|chap|lad|dude|gentleman|boy|geezer)\b|(?:proper|real|right|a proper|a real|a right"
        r"|bit of a) (?:geezer|lad|laddie|blokey bloke|bloke's bloke|ladette)\b",
        r"(?:could|would|can|will|might|does|do|did) (?:a|any|the average) (?:woman|girl|lady"
        r"|female|man|guy|male|bloke) (?:\w+ )?(?:cope|handle|manage|lead|survive|deal|last"
        r"|lift|cut it|keep up|command|fit in|hack it|stick it|put up)\b",
    ),
    check=_sex_suitability,
    message="Measures the candidate or the role against a sex, or gives the team's sex as a reason.",
    rationale=_HOOK
    + " Judging a trait as unusual 'for a woman', or a job as unsuitable for one sex, is a "
    "sex stereotype; the team's current sex make-up is no lawful reason for a decision.",
    suggestion=(
        "Delete the reference to sex. State the physical or behavioural requirement of the "
        "role and the evidence for it, in the same words for every candidate."
    ),
    bad=(
        "Night shifts on the loading dock are not ideal for a woman.",
        "Pretty forceful in the pricing exercise for a young lady.",
        "Heavy, dirty work, not really a job for women.",
        "Better suited to the admin side, being a woman.",
        "Would she be OK as the only woman on the night crew?",
        "The desk is all men, so it could be a tough adjustment for you.",
        "An all-female team might not suit him.",
        "He'd fit in with the lads in the depot.",
        "They need a mother-hen type to keep the juniors organised.",
        "Bit of a father figure, the apprentices would like that.",
        "Typical sales bloke, all talk.",
        "Would a woman really cope with the abuse on the late routes?",
        "We've got enough women in the team already.",
        "Team of ten guys, she'd stand out.",
        "Too soft-spoken, probably a woman thing.",
        "The team would work better with a man in this role.",
        "She'd need to be tough to handle the guys in the workshop.",
        "Would the men listen to her on site?",
        "He's a real alpha, the sales floor would love him.",
        "Is a woman going to be respected by the crew?",
        "A man would be a safer bet for this client.",
        "Honestly, we need more testosterone on the sales floor.",
        "We felt a man would connect better with our customer base.",
        "The client wants a drinking partner, and that's usually a guy.",
        "Good family man type, the customers will trust that.",
        "Honestly better w/ a bloke on the door.",
        "Would look better to have a woman presenting to this client.",
        "The foreman said he won't work under a woman.",
        "Can she really lead a team of engineers who are all men?",
        "Would do well with the male clients, she's charming.",
        "It's a macho culture, he'd fit right in.",
        "We need more guys in the dev team to keep the balance.",
        "Her husband is the main earner, so she might be flexible on pay.",
        "Cute blonde, the customers will adore her.",
    ),
    good=(
        "The customer base is mostly men over 40, per her segmentation work.",
        "Worked for a woman-owned logistics firm for six years.",
        "Built a CRM for a man and van removals business.",
        "Built a booking app for a women's health clinic.",
        "Covered for a man from the ops team and ran its releases for a month.",
        "Led an all-female robotics team to the regional finals.",
        "Reports to the only woman on the executive team, the CFO.",
        "Ran the female patients' clinic scheduling system as a nurse coordinator.",
        "Mostly women customers use the app, per her market research.",
        "Users are usually women aged 25-40, per her market analysis for the app.",
        "Managed a crew of 12 men on the offshore platform for three years.",
        "Knows how to handle the guys in procurement: gave two negotiation examples.",
        "Shipped the alpha release a week early.",
        "Is there another woman-owned supplier on the list? She checked.",
        "Clients will love her: she closed every renewal in her book last year.",
        "The only man-hour estimate she missed was the migration.",
        "Asked her about the father table in the schema; she normalised it correctly.",
    ),
)

_SEX_WORD_RE = rx.compile(
    r"\b(?:she|her|hers|woman|women|girls?|lad(?:y|ies)|females?|gals?|he|him|his|man|men|guys?"
    r"|males?|blokes?|lads|boys?)\b"
)
_FEM_RE = rx.compile(r"\b(?:she|her|hers|woman|women|girls?|lad(?:y|ies)|females?|gals?)\b")
_MALE_GROUP_RE = rx.compile(
    r"\b(?:men|guys|lads|blokes|boys|fellas|chaps|crew|the team|builders|drivers|mechanics"
    r"|engineers|workers|operators|chefs|cooks|riggers|labourers|laborers)\b"
)
_NEED_RE = rx.compile(
    r"\b(?:need|needs|needed|would|'d|have to|has to|had to|no|don't have|doesn't have"
    r"|haven't got|hasn't got|lack|lacks|without|only (?:one|a)|isn't|aren't|there's no|cost"
    r"|costs|expense|extra|problem|issue|awkward|logistics)\b"
)
_REASON_RE = rx.compile(
    r"\b(?:so|since|as|because|given|which is why|fit|fits|suit|suits|suited|relate|relates"
    r"|connect|connects|better|plus|natural|prefer\w*|comfortable|matches|match|reflects?"
    r"|ideal|perfect|right)\b"
)


def _sex_reason(hit: Hit) -> bool:
    m = hit.matched
    if (
        rx.match(
            r"(?:gender|sex|same|separate|own|extra|additional|female|male|ladies|women's|men's"
            r"|womens|mens|gents|watch|mind|clean|tone|rein|curb|moderate|censor|distract|clients?"
            r"|customers?|patients?|residents?|guests?|students?|members?|users?|audience"
            r"|clientele|shoppers|buyers|make|making|makes|made|bring|fetch)\b",
            m,
        )
        and hit.professional()
    ):
        return False  # work about the topic: "designed the male changing rooms"
    if rx.match(
        r"(?:female|male|women|men|lady|ladies) (?:buyers|clients|customers|patients|guests"
        r"|staff|managers|members|investors|execs|executives|bosses|partners|reps|viewers"
        r"|audience|shoppers|colleagues|directors|board)",
        m,
    ):
        return not hit.professional() and not rx.search(
            r"\b(?:survey\w*|research\w*|data|study|studies|found|analysis|segment\w*|per"
            r" (?:her|his|the))\b",
            hit.sentence,
        )
    if rx.match(r"(?:women|girls|ladies|men|guys|blokes|lads|females|males|gals)\b", m):
        # A sex group used as a type: "one of those women who", "like most men",
        # "women like her".
        before = hit.before(30)
        after = hit.after(20)
        if rx.search(
            r"\b(?:one of (?:those|these|them)|(?:kind|type|sort)s? of|those|these)\s+$", before
        ) and rx.match(r"^\s*(?:who|that)\b", after):
            return True
        if rx.search(
            r"\b(?:(?:like|unlike|as with|as do|as) (?:most|many|all|a lot of|lots of|so many"
            r"|the average|typical)|typical (?:of|for)(?: the| our| all| most)?|so typical of"
            r"|just like)\s+$",
            before,
        ):
            return True
        if rx.match(
            r"^ (?:we|you|they|i) (?:usually|normally|typically|always|generally|tend to)"
            r" (?:hire|have|get|employ|recruit|see|take on|bring in|put)\b",
            after,
        ):
            return True  # "the presence of the men we usually hire"
        return rx.match(r"^ like (?:her|him|that|them|this|you)\b", after) is not None
    if rx.match(r"(?:managing|leading|supervising|directing|bossing|commanding|instructing)", m):
        return _DOUBT.search(hit.before(80)) is not None
    if rx.match(
        r"(?:facilities|toilets?|bathrooms?|restrooms?|changing|accommodation|lodgings?|bunks?"
        r"|showers?|washrooms?|loos?|quarters) ",
        m,
    ):
        return (
            hit.in_sentence(_NEED_RE)
            or rx.search(r"\b(?:cannot|can't|unable)\b", hit.sentence) is not None
        )
    if rx.match(r"(?:separate|own|extra|additional)", m):
        return hit.in_sentence(_FEM_RE) and hit.in_sentence(_NEED_RE)
    if rx.match(r"(?:female|male|ladies|women|men|gents)", m):
        return hit.in_sentence(_NEED_RE)
    if rx.match(r"(?:watch|mind|clean|tone|rein|curb|moderate|censor)", m):
        return hit.in_sentence(_SEX_WORD_RE)
    if rx.match(r"(?:put|send|leave|let|have) her ", m):
        # "can't put her on the night run alone": protecting her because she is a woman.
        return (
            rx.search(
                r"\b(?:can't|cannot|couldn't|wouldn't|won't|shouldn't|not|never|worried|unsafe"
                r"|risky|safe)\b",
                hit.sentence,
            )
            is not None
        )
    if rx.match(r"(?:get|getting|gets|be|being|on|behave) ", m):
        return hit.in_sentence(_FEM_RE)
    if rx.match(r"(?:reporting|report|answering|answer|working|work|taking|take) ", m):
        return _DOUBT.search(hit.sentence) is not None
    if m.startswith("chaperon"):
        return hit.in_sentence(_SEX_WORD_RE)
    if rx.search(r"[- ](?:led|heavy|only|majority|run) ", m):
        return (
            rx.search(
                r"\b(?:at home|fit|fits|suit|suits|comfortable|prefer\w*|better|happier|thrive"
                r"|struggle|out of place|clash|not sure|worried|adjust\w*)\b",
                hit.sentence,
            )
            is not None
        )
    if m.startswith("distract"):
        return hit.in_sentence(_FEM_RE) and hit.in_sentence(_MALE_GROUP_RE)
    if rx.match(
        r"(?:clients?|customers?|patients?|residents?|guests?|students?|members?|users?"
        r"|audience|clientele|shoppers|buyers)",
        m,
    ):
        return hit.in_sentence(_REASON_RE)
    if rx.match(r"(?:make|making|makes|made|bring|fetch|do|doing)\b", m):
        return (
            hit.in_sentence(_FEM_RE)
            and rx.search(
                r"\b(?:barista|caf[eé]|coffee shop|restaurant|catering|hospitality)\b", hit.sentence
            )
            is None
        )
    return True


_SEX_ANY = (
    r"(?:man|woman|male|female|guy|lady|girl|bloke|gentleman|gent|chap|lad|lass|men|women"
    r"|ladies|girls|guys|males|females|blokes)"
)

SEX_009 = Rule(
    id="CND-SEX-009",
    category="sex_gender",
    severity="error",
    title="Sex as a reason, an expectation or a type",
    terms=(
        # Sex matched to the role, the clients or a co-worker: "whose gender better reflects
        # the patient population", "more appropriate to fill it with another man".
        r"(?:gender|sex) (?:\w+ ){0,2}?(?:reflects?|reflected|matches|matched|mirrors?"
        r"|mirrored|suits?|suited|fits|aligns? with|aligned with|represents?|is right for"
        r"|was right for|is better for)\b",
        r"same (?:gender|sex) as (?:the|our|most|their|its|his|her|all|other)\b",
        r"(?:appropriate|suitable|fitting|sensible|practical|proper|natural|advisable|wiser?"
        r"|smarter|prudent|simpler|easier|safer|preferable|ideally|logical|more sense|best to)\b[^.;!?\n]{0,50}?\b(?:a|an|another|other) "
        r"(?:man|woman|male|female|guy|lady|girl|bloke|gentleman|gent|chap)\b(?![-'\u2019])"
        r"(?! (?:and|or|&)\b)",
        r"(?:fill|fills|filled|filling|staff|staffed|staffing) (?:it|that|this|the (?:role"
        r"|post|position|seat|slot|shift|vacancy|job|opening)|this (?:role|post|position|job)"
        r"|that (?:role|post|position|job)) (?:with|by) (?:a|an|another|one more) (?:\w+ )?"
        r"(?:man|woman|male|female|guy|lady|girl|bloke|gentleman|gent|chap)\b(?![-'\u2019])",
        r"(?:give|giving|gave|given|offer|offering|offered|hand|handing|handed) (?:it|the"
        r" (?:role|post|position|job|route|seat|slot|contract|promotion|shift|account|patch"
        r"|territory)) to (?:a|another) (?:\w+ )?(?:man|woman|male|female|guy|lady|girl|bloke"
        r"|gentleman|gent|chap)\b(?![-'\u2019])",
        r"(?:probably|ideally|preferably|hence|therefore|definitely|obviously|clearly|realistically)"
        r" (?:a|another|an? other) (?:man|woman|male|female|guy|lady|girl|bloke|gentleman|gent"
        r"|chap)(?= *(?:$|[.,;:!?)]))",
        r"(?:a|an|another|any) (?:man|woman|guy|lady|girl|male|female|bloke|gentleman|gent"
        r"|chap)(?: \w+)? (?:would|will|might|could|'d|'ll) (?:probably |definitely |surely"
        r" |just |really |naturally )?(?:be|come across|feel|seem|look|go down|fit|work|land"
        r"|sit) (?:\w+ )?(?:more|less|better|worse|easier|safer|preferable|ideal|relatable"
        r"|credible|natural|appropriate|suitable)\b",
        r"(?:a|an|another) (?:female|male|woman|man|lady|guy|bloke) [\w-]+ (?:makes|make|made"
        r"|would make|'d make|is|would be|'d be|seems|feels) (?:\w+ )?(?:sense|better|ideal"
        r"|preferable|safer|easier|natural|right|the obvious)\b",
        r"(?:pair|pairs|paired|pairing|match|matched|partner|partnered|buddy) (?:her|him|them"
        r"|[\w-]+) (?:up )?with (?:a|another) (?:female|male|woman|man|lady|guy)\b(?![-'\u2019])",
        r"(?:female|male|women|men|woman|man)[- ](?:led|heavy|only|majority|run) (?:team|crew"
        r"|office|environment|workplace|culture|department|company|firm|shop|floor|group|unit"
        r"|squad|kitchen|site)\b",
        r"(?:with|among|amongst|like) (?:all )?the other (?:girls|ladies|gals|lads|boys|blokes)"
        r"\b(?![-'\u2019])",
        r"chaperon(?:e|es|ed|ing)?\b",
        r"(?:wife|wifey|husband|girlfriend|boyfriend|trophy wife|marriage) material\b",
        r"(?:secretary|secretarial|receptionist|housewife|housewifey|homemaker|mumsy|dolly"
        r"|tea lady|office girl) types?\b",
        r"(?:put|puts|putting|keep|keeps|stick|sticks|assign|assigns|send|sends) the (?:women"
        r"|men|girls|guys|ladies|lads|blokes|females|males) (?:on|in|at|to|out)\b",
        r"(?:ie|meaning|read|aka|in other words|basically|code for|which means) (?:a|another) (?:man|woman|bloke|guy|lady"
        r"|girl|male|female|gent|gentleman)\b(?![-'\u2019])",
        r"(?:a|another|any) (?:man|woman|guy|lady|girl|male|female|bloke)(?: \w+)? (?:would"
        r"|will|might|could|'d|'ll|can|may) (?:probably |definitely |naturally |really |also )?"
        r"(?:bring|add|give|provide|offer|inject|balance|soften|calm|steady|toughen)\b",
        r"(?:female|male|women|men|lady|ladies) (?:buyers|clients|customers|patients|guests"
        r"|staff|managers|members|investors|execs|executives|bosses|partners|reps|viewers"
        r"|audience|shoppers|colleagues|directors|board members) (?:\w+ )?(?:like|likes|love"
        r"|loves|adore|prefer|want|go for|respond to|warm to|trust|fancy|will like|will love"
        r"|would like|would love|will adore|go mad for|fall for)\b",
        r"(?:facilities|toilets?|bathrooms?|restrooms?|changing rooms?|accommodation|lodgings?"
        r"|bunks?|showers?|washrooms?|loos?|quarters) (?:for|suitable for|fit for) (?:a |the )?"
        r"(?:women|ladies|females|woman|lady|girls?|female (?:staff|workers|crew|employees)"
        r"|her|men|males|male (?:staff|workers|crew|employees))\b(?![-'\u2019])",
        r"(?:filled|staffed|occupied|held|given|offered|awarded|assigned|allocated) (?:by|to)"
        r" (?:a|another) (?:\w+ )?(?:man|woman|male|female|guy|lady|girl|bloke|gentleman)\b"
        r"(?![-'\u2019])(?! (?:who|named|called|whose|and|or|&)\b)",
        r"(?:rebalanc\w*|balanc\w*|tilt\w*|shift\w*|skew\w*|diversify\w*|weight\w*)"
        r" (?:\w+ ){0,3}?(?:towards?|in favou?r of|more to) (?:more )?(?:women|men|females|males"
        r"|ladies|guys|female|male)\b(?![-'\u2019])",
        r"(?:put|send|leave|let|have) her (?:\w+ ){0,6}?(?:alone|on (?:her|their) own|by"
        r" herself|unaccompanied|without (?:a|an) (?:man|male|escort|chaperone))\b",
        r"(?:go|going|went|gone|opt|opted|opting|chose|chosen|choose|choosing|appoint|appointed"
        r"|appointing|select|selected|selecting|pick|picked|picking|settle|settled) (?:with |for"
        r" |on )?(?:a|another) (?:man|woman|male|female|gentleman|lady|guy|bloke|girl|gent|chap)"
        r"\b(?![-'\u2019])(?! (?:who|with|from|named|called|whose|and|or|&)\b)",
        r"(?:fairer|weaker|gentler|stronger|softer) sex\b",
        r"(?:traditionally|typically|historically|naturally|inherently|essentially"
        r"|stereotypically|more of a|very much a|really a) (?:male|female|masculine|feminine"
        r"|man's|woman's|men's|women's) (?:role|job|work|career|field|trade|profession|vocation"
        r"|domain|occupation|skill|trait|quality|calling|line of work)s?\b",
        r"(?:male|female|masculine|feminine|men's|women's) (?:vocation|occupation|calling|trade"
        r"|profession)s?\b",
        r"(?:get|getting|gets|be|being) (?:hit on|harassed|chatted up|pestered|groped|leered at"
        r"|catcalled|propositioned|eyed up|ogled)\b",
        r"(?:reporting|report|answering|answer|working|work|taking orders|take orders|taking"
        r" direction|take direction) (?:to|under|for|from) (?:a|another) (?:woman|man|female"
        r"|male|lady|girl|guy|bloke)\b(?![-'\u2019])(?! (?:who|named|called|whose|and|or|&)\b)",
        r"on (?:their|our|his|your) best behaviou?r\b|behave (?:themselves|ourselves)\b",
        r"(?:look|looking|looks|looked|cooking|cook|cooks|caring|care|cares|cared) (?:after|for)"
        r" (?:her|his) (?:husband|hubby|wife|man|fella|home|house|household)\b",
        r"(?:suits?|suited|suiting) (?:a |another )?(?:man|woman|male|female|guy|lady|girl"
        r"|bloke|men|women|guys|girls|ladies)\b(?![-'\u2019])(?! (?:and|or|&)\b)",
        r"(?:has to|have to|need to|needs to|must|should|ought to|gotta|got to) be (?:a )?(?:man|woman"
        r"|guy|girl|lady|male|female|bloke|gentleman|gent|chap)\b(?![-'\u2019])"
        r"(?! (?:and|or|&|of)\b)",
        # A sex group used as a type: "one of those women who", "like most men".
        r"(?:women|girls|ladies|men|guys|blokes|lads|females|males|gals)\b(?![-'\u2019])",
        # Doubt that she can lead men (or he women): "comfortable managing men".
        r"(?:managing|leading|supervising|directing|bossing|commanding|instructing) (?:around )?"
        r"(?:(?:older|younger|big|tough|burly|hardened|experienced|senior|all|only|mostly) )?"
        r"(?:men|guys|blokes|lads|women|girls|ladies|fellas)\b(?![-'\u2019])",
        # Facilities as a reason: "we'd need a separate toilet for her".
        r"(?:separate|own|extra|additional) (?:toilets?|bathrooms?|restrooms?|washrooms?|changing"
        r" (?:rooms?|facilities|areas?)|locker ?rooms?|bunks?|sleeping quarters|showers?"
        r"|lavatories|loos?|cabins?|portaloos?)\b",
        r"(?:female|male|ladies'?|women'?s|men'?s|gents'?) (?:toilets?|bathrooms?|restrooms?"
        r"|washrooms?|changing (?:rooms?|facilities|areas?)|locker ?rooms?|bunks?|sleeping"
        r" quarters|showers?|lavatories|loos?|facilities|cabins?)\b",
        # Others changing their behaviour around one sex: "the lads would have to watch
        # their language".
        r"(?:watch|watching|mind|minding|clean up|tone down|toning down|rein in|curb|moderate"
        r"|censor) (?:their|our|the|his|your|its|my) (?:language|mouths?|jokes|banter|swearing"
        r"|humou?r|behaviou?r)\b",
        r"distract(?:ion|ions|ing|s)?\b",
        # The sex make-up of clients as a reason: "our patients are mostly women, so".
        r"(?:clients?|customers?|patients?|residents?|guests?|students?|members?|users?"
        r"|audience|clientele|shoppers|buyers)(?: base| population)? (?:are|is|were|was)"
        r" (?:mostly|mainly|largely|predominantly|all|almost all|nearly all|overwhelmingly"
        r"|primarily|majority) (?:women|men|female|male|ladies|guys|girls)\b(?![-'\u2019])",
        # Strength or body read as sex: "not a lot of muscle on her".
        r"(?:muscle|brawn|beef|bulk|meat) on (?:her|him)\b",
        # Permission or approval of a spouse: "would her husband let her travel".
        r"(?:husband|wife|hubby|boyfriend|girlfriend)(?:'s|\u2019s)? (?:\w+ ){0,3}?(?:permission"
        r"|approval|blessing|say-so|would let|will let|lets her|lets him|let her|let him|allows?"
        r" (?:her|him)|be (?:ok|okay|fine|happy|alright) with|minds?|mind her|mind him|objects?"
        r"|object to|approves?|approve of|agrees?|agree to|feels? about)\b",
        # Office housework expected of a woman: "she can make the tea for the lads".
        r"(?:make|making|makes|made|bring|fetch) (?:the )?(?:tea|teas|coffee|coffees|brews"
        r"|cuppas?)\b|office (?:mum|mom|mother|wife|girl|mom type|mum type)\b|work (?:wife"
        r"|husband)\b|(?:team|office) (?:mum|mom)\b",
        # Putting a woman somewhere as if she needed protecting: "wouldn't put a woman on nights".
        r"(?:put|putting|send|sending|leave|leaving|expose|exposing|place|placing|station"
        r"|stationing) (?:a|any|the) (?:young )?(?:woman|girl|lady|female)\b(?![-'\u2019])"
        r" (?:on|in|out|alone|at|into|through|there|with)\b",
        # Fitting in with a sex group: "she'd fit right in with the girls at reception".
        r"(?:fit|fits|fitting|slot|slots|gel|gels|blend|blends|click|clicks|bond|bonds|get on"
        r"|gets on|get along|gets along|one of)(?: right| straight| well| nicely| easily)?"
        r"(?: in)?(?: nicely| well| fine| easily| perfectly)? (?:with|among|amongst) the (?:girls|ladies|gals|lads|boys|guys|blokes|fellas"
        r"|chaps|women|men)\b(?![-'\u2019])",
        r"(?:kind of |kinda |sort of )?a (?:ladies'?|women's|girls'?|guys'?|men's) thing\b",
    ),
    check=_sex_reason,
    message="Gives sex as a reason for a decision, an expectation of the candidate, or a type.",
    rationale=_HOOK
    + " Matching the hire's sex to clients, co-workers or facilities, doubting that someone "
    "can lead people of the other sex, or reading the candidate as 'one of those women' are "
    "sex-based reasons however politely they are put.",
    suggestion=(
        "Delete the reference to sex. State the job requirement (for example 'leads a night "
        "crew of twelve') and the evidence from the interview, in the same words for every "
        "candidate."
    ),
    bad=(
        "We went with an applicant whose sex suits the client base better.",
        "It made more sense to give the route to another man, since the co-driver is male.",
        "We'd prefer to staff the post with a woman this time.",
        "The job really has to be a man, given the site.",
        "She strikes me as one of those women who fold under pressure from senior partners.",
        "Like most men, he probably won't ask for help.",
        "Women like her rarely stay past two years.",
        "Not sure how she'd feel about supervising older men on the dock.",
        "We'd need to sort a separate toilet for her on the rig.",
        "The fitters would have to watch their language with her around.",
        "She might be a distraction for the lads in the yard.",
        "A woman in the yard would distract the lads.",
        "Our patients are mostly women, so she's a natural fit.",
        "Not much muscle on her for the loading bay.",
        "Would her husband be okay with the travel?",
        "She can make the tea for the crew meetings too.",
        "I wouldn't put a young woman on the late shift alone.",
        "He'd gel well with the lads in dispatch.",
        "She'd fit in nicely with the ladies in accounts.",
        "Asked whether she'd be comfortable managing a crew of mostly men.",
        "Given the passenger profile, a female steward would be more natural.",
        "Would be wiser to hand the territory to a man.",
        "The foremen need to respect whoever it is, so probably a man.",
        "Typical of women in procurement, all process and no pace.",
        "Does her husband mind the overnight stays?",
        "Best placed on the front desk with the other girls.",
        "He'd be happier in a male-heavy team, I think.",
        "Pair her with a female mentor so she feels at home.",
        "For this route a male driver makes more sense.",
        "In the end we opted for a gentleman for the concierge post.",
        "The fitting work needs a man's stamina, so we are not moving forward.",
        "Women in sales often burn out after the first year.",
        "Hard to see her matching the drive of the men we usually hire.",
        "Bookkeeping is traditionally a female job, so he may get bored.",
        "Worried she'd be harassed by the dock crew.",
        "Not sure he'd cope with reporting to a woman.",
        "The lads will have to be on their best behaviour with her around.",
        "Not a career for the gentler sex.",
        "The depot has no washrooms for women, so we can't take her on.",
        "The client asked for the post to be staffed by a man.",
        "We want to skew the intake towards women this round.",
        "Wouldn't send her out to the remote sites on her own.",
        "Girlfriend material, not partner material.",
        "More of a receptionist type than an engineer.",
        "We usually put the girls on reception and the lads in the yard.",
        "The depot wants someone who can banter, in other words a bloke.",
        "A woman would bring a softer touch to the ward round.",
        "Cheeky grin that the female customers will love.",
        "He wants to teach yoga, kind of a ladies' thing here.",
    ),
    good=(
        "Mapped gender fields between the two HR systems and reconciled sex codes.",
        "Her survey work found users are mostly women in the 25-40 group.",
        "Managed a crew of 12 men on the offshore platform for three years.",
        "Leading women engineers through the returnship was her main project.",
        "Designed the male changing rooms for the leisure centre refit.",
        "Explained how to watch the logs for distracting noise in alerts.",
        "She seemed distracted by the noise from the lads' football in the car park, then refocused.",
        "Women in Tech chapter lead; ran the speaker series.",
        "The suitable candidate will hold a forklift licence.",
        "Drove long-haul with a co-driver for six years, no incidents.",
        "Ran the coffee cart at the hospital as a barista for two years.",
        "He said the men's shed project taught him carpentry.",
        "Met the men from the vendor team and answered their questions.",
        "Kept her own notes and followed the checklist.",
        "Worked in a female-led startup for three years as lead engineer.",
        "Her husband's job moved to Leeds, which is why she is applying here.",
        "Served as a chaperone on school trips while volunteering as a scout leader.",
        "Probably a man-month of work left on the migration, she estimated.",
        "A man from the vendor could be more helpful with the API docs, she said.",
        "Reporting to a woman CFO, she ran the month-end close.",
        "We hired a woman who had run two depots; she starts in May.",
        "Got harassed by a flaky vendor API; built retries around it.",
        "Worked for a man who founded three startups.",
        "Her survey found female shoppers prefer the app to the website.",
        "Mentored the women on the grad scheme as part of her role.",
        "Planned the showers for men and women at the festival site as project manager.",
        "Offered to a woman who had run two depots, per the panel minutes, the post was taken.",
        "Left her on her own with the data for a day and she found the bug.",
    ),
)


_OTHER_SEX = rx.compile(
    r"\b(?:he|him|his|she|her|hers|man|men|guy|guys|bloke|blokes|woman|women|girl|girls|lady"
    r"|ladies|male|female|lad|lads)\b"
)
_CONTRAST = rx.compile(
    r"\b(?:but|whereas|while|though|although|yet|less so|not so much|coming from|from (?:her"
    r"|him|a woman|a man|a girl|a guy)|on (?:her|him)|in (?:her|him|a woman|a man))\b"
)


def _double_standard(hit: Hit) -> bool:
    """The same behaviour judged differently by sex ("works for a man but grates coming
    from her"), not working for a man or ideas coming from a colleague."""
    m = hit.matched
    before = hit.before(25)
    after = hit.after(60)
    if rx.match(r"(?:man|guy|bloke|woman|lady|girl|male|female|dude|fella|chap|gal)\b", m):
        # "from a guy that'd be confidence", "in a man we'd call drive": one of a sex as
        # the yardstick, with the other reading nearby.
        return (
            rx.search(r"\b(?:from|in|on|with|for|coming from) (?:a|an|the average|any)\s+$", before)
            is not None
            and _CONTRAST.search(hit.low, hit.end, min(len(hit.low), hit.end + 80)) is not None
            and _OTHER_SEX.search(hit.low, hit.end, min(len(hit.low), hit.end + 80)) is not None
        )
    if m.startswith("coming from"):
        if rx.match(
            r"^\s*(?:who|whom|whose|that|named|called|with|in|at|on|of|'s)\b"
            r"|^'s\b|^\s+(?!(?:but|and|so|is|was|it|that|this|would|might|could|i|we"
            r"|they|comes|came|sounds?|sounded|feels?|felt|seems?|seemed|reads?|lands?"
            r"|landed|grates?|grated|works?|worked|is)\b)[a-z]+",
            after,
        ):
            return False  # "coming from her team", "coming from a woman who ran two plants"
        if rx.search(r"(?:her|him|she|he)$", m):
            # "coming from her" is sex-based only against the other sex in the sentence.
            other = (
                r"\b(?:a man|a guy|a bloke|men|guys|a male|from him|in him)\b"
                if m.endswith(("her", "she"))
                else r"\b(?:a woman|a girl|a lady|women|girls|a female|from her|in her)\b"
            )
            return hit.in_sentence(rx.compile(other))
        return True
    # "works for a man": behaviour that "works" (not a person who works for someone).
    if not rx.search(
        r"\b(?:which|that|it|this|what|style|approach|attitude|behaviou?r|manner|tone|energy"
        r"|swagger|confidence|bluntness|directness|aggression|assertiveness|stuff|thing)\s+"
        r"(?:\w+\s+)?$|^(?:fine|ok|okay|acceptable|normal|expected|natural|forgivable|endearing"
        r"|admired|respected|tolerated|plays well|goes down well|flies)",
        before
        if not rx.match(
            r"(?:fine|ok|okay|acceptable|normal|expected|natural|forgivable"
            r"|endearing|admired|respected|tolerated|plays|goes|flies)",
            m,
        )
        else m,
    ):
        return False
    return _CONTRAST.search(after) is not None or (
        hit.in_sentence(_CONTRAST) and _OTHER_SEX.search(after) is not None
    )


SEX_010 = Rule(
    id="CND-SEX-010",
    category="sex_gender",
    severity="error",
    title="The same behaviour judged differently by sex",
    terms=(
        r"(?:works|worked|would work|work|fine|ok|okay|acceptable|normal|expected|natural"
        r"|forgivable|endearing|admired|respected|tolerated|plays well|goes down well|flies)"
        r" (?:for|in|from|with|coming from) (?:a |an )?(?:man|guy|bloke|woman|lady|girl|male"
        r"|female|men|women|guys|ladies|girls|dude|fella|chap|gal)\b(?![-'\u2019])",
        r"coming from (?:a |an )?(?:man|guy|bloke|woman|lady|girl|male|female|dude|fella|chap"
        r"|gal|her|him|she|he)\b(?![-'\u2019])",
        r"(?:man|guy|bloke|woman|lady|girl|male|female|dude|fella|chap|gal),? (?:it(?:'s| is"
        r"| would be|'d be| reads| comes across| comes off| looks)|that(?:'s| is| would be|'d be"
        r"|d be| reads| comes across)|this(?:'s| is)|(?:we|you|people|they|i|most people)(?:'d"
        r"| would)? (?:call|see|read|view|consider|praise|admire|reward|respect))\b",
    ),
    check=_double_standard,
    message="Judges the same behaviour differently because of the candidate's sex.",
    rationale=_HOOK + " Finding assertiveness fine in a man and grating in a woman (or the "
    "reverse) is a sex stereotype applied to one person; Price Waterhouse v. Hopkins (1989) "
    "turned on exactly such remarks.",
    suggestion=(
        "Describe the behaviour and its effect in the exercise ('interrupted the counterpart "
        "three times; conceded nothing on price'), and rate it against the rubric the same "
        "way for every candidate."
    ),
    bad=(
        "Pushed hard on price, which is fine from a guy but came off a bit aggressive from her.",
        "Blunt feedback style that works for a man but lands badly coming from a woman.",
        "Very direct, which would be admired in a man but seems harsh in her case.",
        "Confident to the point of cocky; coming from her it grates, from a man it wouldn't.",
        "From a guy that'd be confidence; from her it reads as arrogance.",
        "Blunt, which in a man we'd call decisive, but with her the panel was split.",
    ),
    good=(
        "Worked for a man who founded three startups, then joined a bank.",
        "The pushback coming from her team was well argued and she backed it with data.",
        "Coming from a woman who ran two plants, her safety plan was detailed and costed.",
        "The idea coming from him in the design round was the simplest of the three.",
        "Her style works for a team of twelve; she showed how she runs stand-ups.",
        "Got the reference from a woman it was hard to reach, her former manager at Acme.",
        "Learned the trade from a man we'd call a legend in the industry, she said.",
    ),
)


_PRESENCE_WANT = rx.compile(
    r"\b(?:needs?|needed|want(?:s|ed)?|lacks?|lacked|lacking|missing|without|more of|bit of"
    r"|some|a real|a proper|bring|brings|prefer\w*|looking for|could use|requires?|calls? for"
    r"|not enough|no|isn't|wasn't|doesn't have|didn't have|hasn't got|not really)\b"
)


def _presence_wanted(hit: Hit) -> bool:
    """A sex-coded presence wanted or found missing ("need more of a bloke's presence"),
    not one named man's presence ("the bloke's presence at the door helped")."""
    before = hit.before(40)
    if rx.search(r"\b(?:the|that|this|his|her|their|my|our|your)\s+$", before):
        return False  # a particular person's presence
    return (
        _PRESENCE_WANT.search(hit.low, hit.s_start, hit.start) is not None
        or rx.search(r"\b(?:more|proper|real)\s+$", before) is not None
    )


SEX_011 = Rule(
    id="CND-SEX-011",
    category="sex_gender",
    severity="error",
    title="A man's or a woman's presence wanted in the role",
    terms=(
        r"(?:bloke|guy|lad|fella|chap|gent|gentleman|lady|girl|dude|geezer)(?:'s|s'|\u2019s)"
        r" (?:presence|touch|energy|authority|voice|gravitas|swagger|edge|vibe|approach"
        r"|sensibility|perspective|intuition|physicality|bearing|manner|attitude|strength"
        r"|stamina|muscle|temperament|instinct)\b",
        r"(?:manly|womanly|blokey|blokeish|laddish|girly|girlish|motherly|fatherly|maternal"
        r"|paternal) (?:presence|authority|gravitas|swagger|vibe|bearing"
        r"|physicality|edge|approach|manner)\b",
    ),
    check=_presence_wanted,
    exemptions=frozenset({"professional"}),
    message="Wants a man's or a woman's presence, manner or touch in the role.",
    rationale=_HOOK + " Asking for 'a bloke's presence' or 'a lady's touch' makes sex the "
    "qualification; customer or crew preference is no defence.",
    suggestion=(
        "Name the behaviour the role needs ('gives clear instructions to a crew of 20 and "
        "enforces the permit rules') and record the evidence for it, for every candidate."
    ),
    bad=(
        "The yard needs more of a bloke's presence than she can give.",
        "Lacks a gentleman's gravitas for the private-banking clients.",
        "Reception could use a lady's touch, so she's a natural pick.",
        "Wants a manly presence on the night crew, so he's the pick.",
    ),
    good=(
        "The security guy's presence at the gate sped up the site visit.",
        "Her approach to the negotiation was calm and well prepared.",
        "Led the redesign of the Gentleman's Journal app as product owner.",
        "The delivery guy's attitude was fine; the incident was a routing bug she fixed.",
    ),
)


_SEX_ONE_W = (
    r"(?:woman|girl|lady|female|man|guy|male|bloke|dude|gent|gentleman|fella|chap|lad|lass)"
)
_SEX_MANY_W = r"(?:women|girls|ladies|females|men|guys|males|blokes|dudes|gents|fellas|chaps|lads)"
_CLIENT_SUBJECT = rx.compile(
    r"\b(?:clients?|customers?|callers?|patients?|guests?|residents?|regulars|visitors?|punters"
    r"|the crew|the team|the lads|the guys|people|they|folks|members|parents|buyers|shoppers"
    r"|users|the public|locals|diners|patrons)\b"
)


def _sex_as_reason(hit: Hit) -> bool:
    """Sex given as the reason: a woman's comfort, the team's sex balance, the sex of the
    last hire, what clients are used to, a spouse's household role."""
    m = hit.matched
    if rx.match(r"(?:husband|hubby|wife|wifey|boyfriend|girlfriend|partner)", m):
        # "her partner handles the books for the family firm": a job, not a home role.
        return not rx.match(
            r"^\s+(?:for|at|of) (?:the|a|an|his|her|their|our) (?:\w+ )?(?:firm|company|business"
            r"|practice|shop|restaurant|farm|charity|club|school|church|team|store|clinic)\b",
            hit.after(40),
        )
    before = hit.before(30)
    if rx.match(_SEX_ONE_W + r"\b", m):
        # "a woman would be comfortable": one of a sex, not a particular person.
        return rx.search(r"\b(?:a|any|the only|one|another|no)\s+(?:\w+\s+)?$", before) is not None
    if rx.match(_SEX_MANY_W + r"\b", m):
        return not hit.professional() and not rx.search(
            r"\b(?:survey\w*|research\w*|data|study|studies|found|analysis|per (?:her|his|the))\b",
            hit.sentence,
        )
    if rx.search(r"time of the month|period|rag|menopaus|flush|flash", m):
        # A woman's body read into her behaviour, not women's-health work.
        return not hit.professional() and not rx.search(
            r"\b(?:polic\w*|app|clinic|research\w*|service|guidance|programm?e?|trial|study)\b",
            hit.sentence,
        )
    if m.startswith("used to"):
        return (
            rx.search(r"\b(?:are|is|'re|were|was|get|got|be|been|being)\s+$", before) is not None
            and _CLIENT_SUBJECT.search(hit.low, hit.s_start, hit.start) is not None
        )
    if rx.match(r"(?:get|getting|hire|hiring|want|wants|need|needs|prefer)\b", m):
        return not rx.match(r"^\s*(?:named|called|from|who|whose|at|in)\b", hit.after(12))
    return True


SEX_012 = Rule(
    id="CND-SEX-012",
    category="sex_gender",
    severity="error",
    title="Sex as the reason: comfort, balance, the last hire or what clients are used to",
    terms=(
        _SEX_ONE_W + r"(?: (?:would|will|'d|might|could|may|wouldn't|won't|couldn't|mightn't)"
        r"(?: not| never| really| ever| actually)? (?:\w+ )?| (?:really |even |honestly )?)(?:be"
        r"|feel|fit in|cope)"
        r"(?: (?:very|really|entirely|too|that|all that|quite|particularly))? (?:comfortable"
        r"|uncomfortable|safe|unsafe|at ease|welcome|out of place|awkward|intimidated|at home"
        r"|happy|ok|okay|alright|all right|respected)\b",
        _SEX_MANY_W + r" (?:would|will|might|could|may|wouldn't|won't|couldn't)(?: not| never"
        r"| really| ever)? (?:\w+ )?(?:be|feel) (?:very |really |entirely |too |that )?"
        r"(?:comfortable|uncomfortable|safe|unsafe|at ease|welcome|out of place|awkward"
        r"|intimidated|at home)\b",
        r"(?:balanc\w*|even(?:s|ed|ing)?) (?:it|things|them|the (?:team|crew|shift|numbers|desk"
        r"|floor|rota|room|panel|group|mix))(?: back)? (?:out|up) (?:\w+ )?(?:with|by (?:adding"
        r"|hiring|getting|bringing in|taking on)) (?:a|an|another|some|more) (?:"
        + _SEX_ONE_W[3:-1]
        + "|"
        + _SEX_MANY_W[3:-1]
        + r")\b(?![-'\u2019])",
        r"(?:already|currently) (?:have|has|got|had|employ|employs)(?: got)? (?:two|three|four"
        r"|five|six|\d+|a couple of|a few|several|enough|plenty of|lots of|a lot of|too many"
        r"|so many) " + _SEX_MANY_W + r"\b(?![-'\u2019])",
        r"(?:last|previous|outgoing|old|current|the other) (?:hire|person|holder|incumbent|one"
        r"|\w+) (?:was|is|were) (?:a |an )(?:woman|man|female|male|guy|girl|lady|bloke|dude"
        r"|gent|gentleman)\b(?![-'\u2019])(?! (?:who|named|called|from|with)\b)",
        r"(?:last|previous) (?:two|three|four|five|few|couple of|\d) (?:hires|people|holders"
        r"|incumbents|ones|\w+)(?: (?:in|on|at|for) (?:this|the|that) \w+)? (?:were|have been"
        r"|'ve been) (?:all )?(?:women|men|females|males|guys|girls|ladies|blokes)\b(?![-'\u2019])",
        r"used to (?:hearing|seeing|having|dealing with|talking to|speaking to|being (?:served"
        r"|greeted|helped|seen|looked after) by) (?:a |an )?(?:"
        + _SEX_ONE_W[3:-1]
        + "|"
        + _SEX_MANY_W[3:-1]
        + r")\b(?![-'\u2019])",
        r"(?:take|takes|taking|took|taken) (?:orders|instructions?|directions?|direction|a"
        r" telling|a dressing-down) from (?:a|an|another|some) (?:woman|girl|lady|female|man|guy"
        r"|male|bloke|lass|lad)\b(?![-'\u2019])(?! (?:who|named|called|whose|from)\b)",
        r"(?:that |the )?time of the month|on (?:her|the) (?:period|rag)|(?:her )?period (?:pains?"
        r"|cramps)|menopaus\w+|peri-?menopaus\w+|hot flush(?:es)?|hot flashes",
        r"(?:rarely|seldom|never|don't usually|do not usually|don't often|don't normally"
        r"|usually don't|don't tend to|not often|hardly ever) (?:get|see|have|hire|employ|take on)"
        r" (?:many |a lot of |any |much in the way of )?(?:guys|men|women|girls|ladies|blokes"
        r"|males|females|lads)\b(?![-'\u2019])",
        r"(?:get|getting|hire|hiring|want|wants|need|needs|prefer) (?:a|another|some) (?:dude"
        r"|bloke|fella|chap|gent|lad|lass)s?\b(?![-'\u2019])",
        r"(?:husband|hubby|wife|wifey|boyfriend|girlfriend|partner)(?:'s| is)? (?:\w+ )?"
        r"(?:handles?|does|takes? care of|manages?|looks? after|is in charge of|runs?|deals?"
        r" with|sorts?(?: out)?|controls?) (?:all )?(?:of )?(?:the |their |our )?(?:money"
        r"|finances|bills|budget|household budget|books|maths|math|numbers|tech|computers?"
        r"|cooking|cleaning|housework|driving|diy|paperwork|banking|taxes|heavy lifting)\b",
    ),
    check=_sex_as_reason,
    message="Gives sex as a reason: someone's comfort, the team's balance, the last hire, "
    "clients' habits or a spouse's role at home.",
    rationale=_HOOK + " Whether 'a woman would be comfortable' on a crew, the sex of the "
    "last hire, the team's current balance or what clients are used to hearing are all "
    "sex-based reasons, however considerate they sound.",
    suggestion=(
        "Delete the reference to sex. State the job conditions (site language, night work, "
        "phone volume) to every candidate and record the evidence for each requirement."
    ),
    bad=(
        "Lots of swearing on the scaffolding gang, not sure a woman would feel welcome there.",
        "Women wouldn't feel safe on that route after dark, so he's the better fit.",
        "We've already got three women in the office, so evening it out with a man makes sense.",
        "Last hire was a girl and the drivers didn't take to her; let's go the other way.",
        "Callers are used to hearing a man on the sales line.",
        "Get a bloke for the bar this time, it's rowdy on Fridays.",
        "Her boyfriend does the finances, so budgeting may be a weak spot.",
        "Snappy in the debrief, time of the month maybe.",
        "Probably menopausal, she kept fanning herself; might be moody on the floor.",
        "We don't usually get guys applying for the nursery role, bit odd.",
        "Would a girl be safe on the late loading shift?",
        "The last two people on this desk were women, so time for a change.",
        "Not convinced the fitters would take orders from a woman.",
    ),
    good=(
        "A woman from HR would be happy to answer questions about benefits, she was told.",
        "The last hire was a man who left after a month; the role has been rescoped.",
        "The last three hires were engineers from the same bootcamp, all strong.",
        "Patients are used to seeing a nurse within ten minutes of arrival; she met that target.",
        "Evened out the on-call rota with a new shift pattern the team agreed.",
        "We already have two engineers on nights and need a third for cover.",
        "Her partner handles the books for the family firm she worked at, she said, in passing.",
        "Wrote the menopause support policy for the retailer's HR team.",
        "We rarely get women's health questions on the helpline, she noted from the call data.",
    ),
)


_STRENGTH = rx.compile(
    r"\b(?:lift\w*|muscle|carry\w*|carried|haul\w*|heave\w*|shift(?:ing)? (?:the|a|those|these)"
    r"|move (?:the|a|those|these)|push\w*|pull\w*|strong|strength|heavy|heavier|weights?|lbs?"
    r"|kg|kilos?|pounds|tonnes?|pallets?|boxes|crates|sacks|kegs|fixtures?|tyres?|tires?"
    r"|ladders?|physical\w*|manual|brawn|build|yard|warehouse|dock|loading|labou?r|depot"
    r"|scaffold\w*|rigs?)\b"
)


def _physique_doubt(hit: Hit) -> bool:
    """A female-coded body word used to doubt strength ("petite, can she lift 40 lb?")."""
    if not rx.match(
        r"^(?:\s*(?:[^\w\s]|$)|\s+(?:and|so|but|though|tho|for|to|woman|girl|lady|female"
        r"|frame|build|arms|hands|\w+ly)\b)",
        hit.after(12),
    ):
        return False  # "the petite range", "a small-framed lift plan": a thing
    if rx.search(r"(?:framed|built|frame|build)$", hit.matched) and not hit.in_sentence(_FEM_RE):
        return False  # "slight build" alone is about the body, not about sex
    return _STRENGTH.search(hit.low, hit.s_start, min(len(hit.low), hit.end + 120)) is not None


SEX_013 = Rule(
    id="CND-SEX-013",
    category="sex_gender",
    severity="error",
    title="Female-coded build used to doubt strength",
    terms=(
        r"petite|dainty|(?:little|tiny|slip of a|wee) (?:thing|girl|lass|lady|woman)\b"
        r"|girl(?:y|ish|ie) (?:arms|frame|build|hands|strength)|(?:small|tiny|slight|slim|slender"
        r"|delicate)[- ](?:framed|built|frame|build)(?![-\w])(?: (?:woman|girl|lady|female))?"
        r"|(?:small|tiny|slight|slim|slender|slip of a|little|wee|short) (?:woman|girl|lady"
        r"|female|lass)\b(?![-'\u2019])",
    ),
    check=_physique_doubt,
    message="Uses a female-coded description of the body to doubt physical strength.",
    rationale=_HOOK + " Doubting that a 'petite' woman can lift the load is a sex stereotype; "
    "strength is a job requirement to state and test the same way for everyone.",
    suggestion=(
        "State the physical requirement ('lifts 40 lb fixtures onto the table, repeatedly') "
        "and ask every candidate whether they can perform it with or without reasonable "
        "accommodation."
    ),
    bad=(
        "Petite, so I doubt she could shift the kegs in the cellar.",
        "Bit of a slip of a girl for hauling pallets all night.",
        "Small-framed woman; the 25 kg sacks may be too heavy for her.",
        "Hasn't got the build for the yard, being a small woman.",
        "Slight build, and she'd be hauling crates all shift.",
    ),
    good=(
        "Designed the petite range for the retailer's spring collection.",
        "Her small-framed lift plan for the crane job was checked by the engineer.",
        "Dainty handwriting on the whiteboard, but the design was clear.",
        "A small woman-owned firm hired her to run the heavy-lift logistics.",
        "Found a slight build-up of scale in the boiler and flagged it to the lead.",
    ),
)


_SEXES = (
    r"(?:women|woman|men|man|ladies|lady|girls|girl|guys|guy|females?|males?|blokes?|gals?"
    r"|moms|mums|mothers|dads|fathers)"
)


SEX_014 = Rule(
    id="CND-SEX-014",
    category="sex_gender",
    severity="error",
    title="Sex assumed to limit, to set pay, to please clients, or asked of one sex only",
    terms=(
        r"(?:a|any|the) (?:woman|man|female|male|lady|girl|guy|gal) (?:would|will|might|could"
        r"|may) (?:have (?:a )?(?:difficulty|difficulties|trouble|a hard time|a tough time"
        r"|problems?|a problem)|struggle|find it (?:hard|difficult|tough))",
        r"(?:finally|at last|for once) (?:(?:have|having|get|getting|got|hire|hiring|see|seeing"
        r"|a|an|another|some) ){0,2}(?:lady|woman|female|girl|gal|women|ladies)\b(?![-'\u2019])",
        r"(?:asked|ask|asking) (?:only |just )?the (?:girls|women|ladies|females|moms|mums"
        r"|mothers|guys|men|dads) (?:if|whether|about|how|who)\b"
        r"|(?:just|only) the (?:women|girls|ladies|females|moms|mums|mothers)\b(?: (?:is|are)"
        r" fine| then| though)?(?=\s*(?:$|[.,;:!?)]|is\b|are\b))",
        r"(?:making|earning|paid|pay|makes|earns|earned|made|paying|salary|wages?|rate)"
        r" (?:[\w$]+ ){0,3}?(?:less|more|lower|higher) than (?:the |her |his |their |most )?"
        + _SEXES
        + r"\b(?![-'\u2019])",
        r"(?:the|a) ['\"\u2018\u201c]?(?:mom|mum|mother|dad|father|den mother|mama|papa)"
        r"['\"\u2019\u201d]? (?:of|for|to) (?:the|our|this|that) (?:department|team|office"
        r"|group|crew|unit|floor|shop|kitchen|ward|desk|squad|lab|station)\b",
        r"(?:no|not a|not any|don't have a|doesn't have a|without a|lack of|lacks a|only one)"
        r" (?:separate )?(?:women's|womens|ladies'?|female|men's|mens|male) (?:locker|changing"
        r"|rest ?room|bathroom|toilet|washroom|bunk|shower|dorm|quarters|facilit)\w*",
        r"(?:mom|mum|dad|mother|father)[- ]thing\b|provider for (?:the|his|a) family"
        r"|breadwinner|bread-winner|man of the house",
        r"(?:guys|men|boys|lads|dudes|blokes|fellas) (?:on|in|at) (?:the |our )?[\w-]+ (?:are going to"
        r"|will|gonna|are gonna|would|'ll) (?:\w+ )?(?:test|haze|eat|chew|walk all over|run over"
        r"|pick on|give) (?:her|him)\b",
        r"mr\.?,? or (?:mrs|ms|miss)\.?|(?:mrs|ms|miss)\.?,? or mr\b\.?"
        r"|(?:a |such a |real |total )(?:guy's guy|man's man|girl's girl|girly girl)\b"
        r"|(?:needs? to|should|could) smile more|(?:a )?(?:woman|female|girl|lady) giving orders"
        r"|likes (?:girls|women|ladies|guys|men|a girl|a woman|a guy|a man) (?:up front|at the"
        r" front|on the desk|at the desk|behind the bar|on the floor)|only asked (?:her|him)\b",
        r"more (?:at ease|comfortable|relaxed|at home) with (?:a |an )?(?:female|male|women"
        r"|men|woman|man|lady|ladies|guys|girls)\b(?![-'\u2019])",
        r"(?:won't|wouldn't|will not|would not) take (?:instructions|orders|direction) from (?:h"
        r"er|a woman|a girl|a lady)",
        r"suggested (?:she|her) (?:look at|apply for|try|consider) (?:the )?(?:admin|front desk|"
        r"reception|office|clerical)",
        r"as a (?:working |single )?(?:mother|mom|mum) of",
        r"petite and sweet|(?:she's|she is) so petite|(?:seemed|seems|looked|looks) (?:kind of |"
        r"a bit |too |very )?delicate",
        r"(?:her|his) (?:husband|wife|spouse) (?:minds?|minded|would mind|is ok with|is okay wit"
        r"h|was ok with)",
        r"ms\.? (?:vs\.?|or) mrs\b|mrs\.? (?:vs\.?|or) ms\b",
        r"women (?:her|your|that|their) age|(?:where|when) women (?:start|begin)|women (?:usuall"
        r"y|always|tend to) (?:start|want|have)",
        r"(?:alone|working|nights) with (?:male|all-male|female|all-female) (?:deputies|officers"
        r"|coworkers|co-workers|staff|colleagues|crew|guards)",
        r"(?:lots of|all that|heavy|so much) makeup|(?:the|those|her) long nails",
        r"(?:husband|wife|spouse)'s (?:ok|okay|fine|cool) (?:w/|with)",
        r"big strong (?:guy|man|fella|dude|boy)|(?:her|his) voice is (?:kinda |kind of |a bit |t"
        r"oo |very |really )?(?:high|squeaky|girly|shrill)",
        r"drama[- ](?:prone|queen)|don't let (?:her|his) looks fool you|for one of the gals",
        r"(?:didn't|did not|never) ask (?:the|any of the|the two|the other|either of the) (?:men"
        r"|guys|male candidates|women|female candidates)",
    ),
    exemptions=frozenset({"professional"}),
    message="Assumes what a candidate can do or should be paid from their sex, or asks one "
    "sex only.",
    rationale=_HOOK + " 'A woman would have difficulty' with the schedule, pay set below "
    "'the men in that field', a childcare question put to the women alone, or a missing "
    "locker room given as the reason are sex-based decisions (Title VII; Equal Pay Act).",
    suggestion=(
        "Delete the reference to sex. Ask every candidate the same questions, set pay from "
        "the role's range, and record evidence against each requirement."
    ),
    bad=(
        "The production team felt a woman would have difficulty managing the load-in schedule.",
        "Nice to finally have a lady applying for course superintendent.",
        "Asked the girls if they had childcare sorted for Saturdays.",
        "Ask all of them about childcare for tournament weekends, actually just the women is fine.",
        "She's probably used to making less than the men in that field, so we can start low.",
        "Asked if she'd be comfortable being 'the mom' of the department.",
        "The clean room has no women's locker room and we'd have to retrofit.",
        "No 6am start because of school drop-off. That's a mom thing, won't change.",
        "He seemed more like a provider for the family type.",
        "Our parents feel more at ease with female staff at check-in.",
        "She needs to smile more, came across cold in the panel.",
        "The manager usually likes girls up front.",
        "Mr. or Mrs.? The application just says Jordan.",
        "The uncles who run the hall won't take instructions from her.",
        "Women her age usually start having kids about now, so factor in the leave.",
    ),
    good=(
        "Any candidate would have difficulty with the old tooling; she documented workarounds.",
        "Finally a candidate who read the spec before the interview.",
        "Asked the panel whether the shift pattern suits the role.",
        "Paid more than the posted range at her last job, per her own offer letter? Not asked.",
        "Set up the women's locker room refit project at the plant as facilities lead.",
        "Ran the moms and tots swim program at the leisure centre for two years.",
    ),
)


#: Words naming a person by sex (never a finding alone; only in the patterns below).
_SEXED = r"(?:woman|lady|girl|gal|female|man|guy|dude|gentleman|male|fella)"
_SEXED_PL = r"(?:women|ladies|girls|gals|females|men|guys|dudes|gentlemen|males|moms|fellas)"

SEX_015 = Rule(
    id="CND-SEX-015",
    category="sex_gender",
    severity="error",
    title="Sex as a suitability cue: who fits a crew, a station, a voice or who will follow",
    terms=(
        r"(?:ladies'|women's|men's|guys'|girls'|boys') (?:station|crew|job|work|side|shift|team"
        r"|line|role)s?\b",
        r"(?:soft|delicate|sweet|emotional|aggressive|bossy|shrill|screechy|nurturing|motherly"
        r"|effeminate|soft-spoken|soft spoken|timid|meek|pushy) for (?:a|such a) (?:\w+ )?"
        + _SEXED
        + r"\b",
        r"(?:better|best) suited to a (?:gentleman|man|woman|lady|male|female)\b|(?:calls for|requires"
        r"|needs) a (?:male|female|man|woman|gentleman|lady)\b",
        r"(?:the |my |our )?" + _SEXED_PL + r" (?:will|would|won't|wouldn't|might not|may not|are"
        r" not going to) (?:follow|take direction|take orders|listen to|respect|take (?:her|him)"
        r" seriously|act up)",
        r"(?:would be |it'd be |be )?(?:nice|good|great|better) to have a (?:man|woman|guy|gal|lady"
        r"|dude|male|female)\b",
        r"(?:already |basically |mostly )?(?:heavy on|all|mostly) (?:women|men|moms|guys|ladies"
        r"|dudes)\b(?! and (?:women|men)| or (?:women|men))",
        r"(?:likes?|prefers?|expects?|like to see|likes to see) (?:girls|ladies|women|men|guys|a man"
        r"|a woman|a lady|a guy|a gal|a male|a female)\b",
        r"(?:deeper|deep|higher|high)(?:,)? (?:male|female) voice|(?:male|female) voices? (?:for"
        r"|on|in)",
        r"command (?:respect|presence)[^.;!?\n]{0,40}\b"
        + _SEXED_PL
        + r"\b|"
        + _SEXED
        + r"\b[^.;!?\n]{0,30}\bcommand (?:respect|presence)",
        r"a (?:woman|lady|girl|gal|man|guy|dude) on (?:the|a|our) (?:truck|crew|line|flo"
        r"or|rig|dock|desk|team|front desk)\b",
        r"(?:she'd|he'd|she would|he would) be happier (?:in|at|on|with) (?:dispatch|the office|"
        r"admin|the front|reception|the desk|a desk)",
        r"= (?:ladies|men|women|guys|girls)\b|alpha (?:thing|male|energy|type|vibe)",
        r"a (?:mom|mother|dad|father) on the team|(?:most of|all of|all) our \w+ are (?:women|me"
        r"n|guys|ladies|female|male)\b",
        r"(?:a lot of|most|many|some) (?:women|ladies|girls|men|guys)(?: i've had| we've had)? ("
        r"?:find|get|can't|couldn't|don't|won't|struggle|tend|usually|always)\b|the way (?:women"
        r"|men|girls|guys) (?:get|are) when",
        r"(?:hard|tough|difficult) on a (?:woman|lady|girl)\b|(?:women|men|girls|ladies) (?:don'"
        r"t|do not) (?:really )?belong",
        r"(?:be|is|more|like|already) one of the (?:guys|boys)\b|one of the (?:guys|boys) alread"
        r"y|(?:leave|give) (?:it|the [\w/]+(?: [\w/]+)?) to one of the (?:guys|men|girls|ladies)",
        r"keep up (?:with|w/) the (?:guys|men|boys)|(?:mesh|fit|gel) with the (?:guys|boys)",
        r"(?:didn'?t|did not) ask the (?:guys|men|boys)|skipped it for the other (?:\w+ )?(?:guy"
        r"s|men|three|two|ones)|didn'?t ask the other (?:two|three) \((?:both|all) (?:men|women)"
        r"\)",
        r"high-pitched voice|voice(?: is|'s) (?:really |very |kinda |so )?(?:high|breathy|squeak"
        r"y)|sweet little (?:\w+ )?voice|(?:lower|deeper)[- ]voice (?:guy|man)|deep baritone",
        r"(?:without|start|starts|would|she'd|might|will) (?:tearing|tear|crying|cry) up|(?:woul"
        r"d|she'd|she would|might) cry (?:if|when)|type who'd cry",
        r"(?:she'd|she would|she'll|she will) need (?:a )?thick(?:er)? skin|(?:can|could) (?:she"
        r" )?stand up to (?:them|the guys|the men|the crew|my drivers)",
        r"ball-?buster|girlish|girly|sensitive guy|pink[- ]collar|sausage fest|sorority[- ]girl|"
        r"lean in\W? type|man enough|woman's touch|bro-?y\b",
        r"another (?:guy|gal|man|woman) for the|balance out the (?:girls|guys|women|men)|a (?:ma"
        r"le|female) (?:\w+ ){0,2}(?:would help|fits|might be (?:odd|weird|uncomfortable)|would "
        r"be (?:better|good|nice|odd|weird))",
        r"with that figure|arms (?:are )?like twigs|built like a (?:ballerina|twig)|(?:she's|she"
        r" is) (?:a )?tiny(?: thing)?\b",
        r"(?:his|her) (?:wife|husband) runs the (?:house|home|household)|the husband talking|tal"
        r"k to (?:her|his) (?:husband|wife) first",
        r"(?:fellow |rugged )?outdoorsman|(?:most of whom|mostly|who are mostly) (?:are )?(?:lar"
        r"ger |big )?(?:men|women|guys)\b|a crew of (?:men|guys|women)\b",
        r"as a (?:mom|mother|dad|father) (?:herself|himself)|(?:feminine|masculine) (?:brand|loo"
        r"k|presence|touch|energy)",
        r"(?:forward|proceed|go|went|going|continue) with a gentleman\b|chose (?:a|the) (?:gentleman|man|woman|lady)\b|(?:once|until|when) "
        r"we (?:get|have|build) a women's (?:locker room|restroom|bathroom)|girls-only",
        r"first (?:girl|woman|lady|female|gal) (?:we'd have|we've had|on the|in the)|a lot of ma"
        r"keup|didn'?t wear makeup",
        r"(?:guys|men|dudes|ladies|women)(?: (?:in|on|at) (?:the |our )?[\w-]+(?: [\w-]+)?)? (?:"
        r"won't|wouldn't|will not|would not) (?:trust (?:her|him)|want to be managed by|take ord"
        r"ers from|listen to (?:her|him))",
    ),
    exemptions=frozenset({"professional"}),
    message="Treats the candidate's sex, or the sex of a crew or its customers, as a reason.",
    rationale=_HOOK,
    suggestion=(
        "Delete it. Record the job requirement (a physical test given to every candidate, "
        "the schedule) and the behaviour observed against the rubric."
    ),
    bad=(
        "He asked about the pack line but that's really a ladies' station.",
        "Soft-spoken for a guy and kind of delicate about feedback.",
        "We felt the Head Carpenter role would be better suited to a gentleman.",
        "Not sure my guys will take direction from her.",
        "Would be nice to have a man on the front desk for the late shift.",
        "QA bench is already heavy on women, would be nice to balance it out.",
        "Dr. B likes girls in hygiene, says patients relax more.",
        "Late-night listeners respond better to a deeper, male voice.",
        "Dunno if a woman is gonna command respect with the framing crew.",
    ),
    good=(
        "Ran the women's health clinic's intake for four years; scheduling rubric 4.",
        "Managed the men's department at a flagship store, 12 associates.",
        "Passed the same 50 lb lift test every applicant takes.",
        "The role requires a commercial licence; she holds a Class A.",
        "Spoke with a gentleman in HR at her last employer; dates confirmed.",
        "The guy on the front desk checked her in at 9; interview started on time.",
    ),
)

RULES = (
    SEX_001,
    SEX_002,
    SEX_003,
    SEX_004,
    SEX_005,
    SEX_006,
    SEX_007,
    SEX_008,
    SEX_009,
    SEX_010,
    SEX_011,
    SEX_012,
    SEX_013,
    SEX_014,
    SEX_015,
)
