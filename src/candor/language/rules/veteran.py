"""Military and veteran status (USERRA, 38 U.S.C. 4311)."""

from __future__ import annotations

from candor.language.model import Rule

_HOOK = (
    "USERRA (38 U.S.C. 4311) forbids denying initial employment because of membership in, "
    "or an obligation to, the uniformed services, Guard and Reserve included; discharge "
    "type and veteran stereotypes are not job-related."
)
_BRANCH = (
    r"(?:army|navy|marines?|marine corps|air force|coast guard|military|national guard"
    r"|reserves?|armed forces|idf|raf|royal navy)"
)

VET_001 = Rule(
    id="CND-VET-001",
    category="veteran_military",
    severity="error",
    title="Military status, Guard or Reserve duty, discharge",
    terms=(
        r"veterans?|veteran status|(?:army|navy|marine|military|war|combat|gulf war|vietnam"
        r"|iraq|afghanistan|air force|disabled) vets?",
        r"ex-?military|former military|(?:ex|former)[- ](?:soldier|marine|army|navy|officer"
        r"|sergeant|airman|sailor|serviceman|servicewoman|paratrooper|ranger|seal|forces"
        r"|military)|active[- ]duty|on active service",
        r"national guard|guardsman|guardswoman|reservists?|(?:army|navy|military|marine|air"
        r" force) reserves?|in the reserves|reserve (?:duty|obligations?|commitments?|unit"
        r"|service)|guard (?:duty|drills?|unit|obligations?|service)",
        r"drill (?:weekends?|duty|obligations?)|weekend drills?|(?:monthly|annual) drills?"
        r"|(?:might|may|could|will|would|can) (?:be|get) (?:deployed|called up|mobili[sz]ed"
        r"|recalled)|called up|mobili[sz]ation|deploy(?:ed|ment|ments)? (?:to|in|overseas"
        r"|abroad) (?:iraq|afghanistan|kuwait|korea|germany|overseas|abroad|the middle east"
        r"|combat|a war zone)|(?:military|overseas|combat) deployments?",
        r"(?:honou?rable|dishonou?rable|general|medical|other than honou?rable|bad conduct"
        r"|administrative) discharge|(?:type|kind|nature|character) of (?:his |her |their |the )?"
        r"discharge|discharge (?:status|type|papers)|dd[- ]?214|discharged"
        r" from the " + _BRANCH,
        r"(?:served|serving|enlisted|stationed|deployed|was|were|is) (?:in|with) the "
        + _BRANCH
        + r"|(?:served|enlisted) (?:for )?(?:\w+ )?years? in the "
        + _BRANCH,
        r"military (?:service|background|status|obligations?|commitments?|duty|family|spouse"
        r"|brat|type|mindset|guy|man|woman|bearing|leave)|combat (?:veteran|experience|tours?)"
        r"|tours? of duty|(?:two|three|four|\d) tours|gi bill|va (?:benefits|disability|loan)"
        r"|userra",
    ),
    anchors=(
        "veteran",
        "vet$",
        "vets$",
        "army",
        "navy",
        "marine",
        "military",
        "combat",
        "air force",
        "coast",
        "idf$",
        "raf$",
        "royal",
        "armed",
        "disabled",
        "ex-",
        "exmilitary",
        "former",
        "active",
        "national",
        "guard",
        "reservist",
        "reserve",
        "drill",
        "deployed",
        "called",
        "mobili",
        "deploy",
        "overseas",
        "discharge",
        "dd-",
        "dd2",
        "dd 2",
        "tour",
        "gi$",
        "va$",
        "userra",
    ),
    exemptions=frozenset({"professional"}),
    message="Records military status, Guard or Reserve obligations or discharge type.",
    rationale=_HOOK,
    suggestion=(
        "Delete the status. Describe military experience only as job-related experience: "
        "'Ran logistics for a 300-person unit: inventory accuracy 99.5%; maps to the "
        "operations criterion, level 4.'"
    ),
    bad=(
        "Army veteran, might be rigid.",
        "Still in the National Guard; drill weekends could clash with the rota.",
        "Asked about the type of discharge.",
        "Could get deployed again next year.",
    ),
    good=(
        "Industry veteran with 15 years in payments.",
        "Served as logistics officer managing inventory for a 300-person unit.",
        "Set up the blue-green deployment pipeline.",
    ),
)

VET_002 = Rule(
    id="CND-VET-002",
    category="veteran_military",
    severity="error",
    title="Veteran stereotype",
    terms=(
        r"(?:veterans?|vets?|ex-military|soldiers?|marines?|military (?:types?|guys?|people))"
        r"\b[^.;!?\n]{0,50}?\b(?:ptsd|shell[- ]shock\w*|trauma\w*|rigid|aggressive|anger"
        r"|angry|violent|unstable|snap|temper|volatile|inflexible|by the book|barking orders)",
        r"(?:ptsd|shell[- ]shock\w*)\b[^.;!?\n]{0,40}?\b(?:veterans?|vets?|military|army|tour"
        r"|combat|deploy\w*)",
        r"(?:veterans|vets|ex-military|military (?:types|guys|people|folks)|soldiers|marines)"
        r" (?:are|can be|tend to|often|usually|always|never|don't|can't|struggle|have trouble)",
    ),
    anchors=(
        "veteran",
        "vet$",
        "vets$",
        "ex-military",
        "soldier",
        "marine",
        "military",
        "ptsd",
        "shell",
    ),
    message="Applies a stereotype about veterans or service members.",
    rationale=_HOOK,
    suggestion="Describe the behaviour observed against the rubric; never infer it from service.",
    bad=("Ex-military, so probably rigid.", "Vets often have PTSD; worried about stress."),
    good=("Led a platoon-sized team; rubric level 4 on leadership.",),
)


VET_003 = Rule(
    id="CND-VET-003",
    category="veteran_military",
    severity="error",
    title="Service history, tours or future service obligations",
    terms=(
        r"(?:army|navy|marine|marines|air force|military|coast guard|guard|reserve|reserves"
        r"|raf|forces) (?:vet|veteran|guy|gal|type|man|woman|background|brat|wife|husband"
        r"|spouse|family|officer|sergeant|captain|service|mentality|mindset|discipline"
        r"|bearing|style|precision|training)s?\b",
        r"(?:did|served|completed|finished|had) (?:\w+ )?(?:tours?|deployments?|stints?"
        r"|years?) (?:in|with|of) (?:iraq|afghanistan|kuwait|vietnam|korea|syria|bosnia"
        r"|the (?:army|navy|marines|military|air force|gulf|middle east|forces)|combat|duty"
        r"|active duty)|tours? (?:in|of) (?:iraq|afghanistan|kuwait|vietnam|the gulf|duty"
        r"|combat)",
        r"(?:he|she|they)(?:'s|'ve| has| have| had)(?: got)? (?:a |an |another )?(?:deployment"
        r"|tour|drill weekend|annual training|call-?up|mobili[sz]ation)"
        r"|(?:upcoming|another|next|planned|scheduled) (?:military )?(?:deployment|tour|call-?up"
        r"|mobili[sz]ation)(?! (?:pipeline|window|script|tool|plan|process|target|date for the"
        r"|of the|to (?:prod|production|staging)))",
        r"(?:could|might|may|would|will) (?:get |be )?(?:called up|deployed|shipped out"
        r"|recalled|activated)|(?:called|call) up (?:any time|anytime|at any time|again)",
        r"ex-?(?:marine|army|navy|soldier|forces|seal|ranger|paratrooper|raf|para|squaddie"
        r"|serviceman|servicewoman|officer|sergeant)s?\b",
    ),
    exemptions=frozenset({"professional"}),
    message="Records military service, tours or future service obligations.",
    rationale=_HOOK,
    suggestion=(
        "Assess military experience only as job-related experience ('Led logistics for a "
        "200-person unit: level 3 on planning'); never record status or obligations."
    ),
    bad=(
        "Army vet, solid.",
        "Did two tours in Iraq.",
        "She's got a deployment coming up.",
        "Reservist, could get called up any time.",
        "Ex-Marine, very intense.",
    ),
    good=(
        "Led logistics for a 200-person unit and gave examples of supply planning.",
        "The next deployment to production is Friday.",
        "Upcoming deployment pipeline changes were her project.",
    ),
)

RULES = (VET_001, VET_002, VET_003)
