"""Sexual orientation and gender identity (Title VII after Bostock, 2020; state law)."""

from __future__ import annotations

import re

from candor.language.context import Hit
from candor.language.model import Rule

_HOOK = (
    "Since Bostock v. Clayton County (2020), Title VII forbids discrimination because of "
    "sexual orientation or gender identity, and many state laws say so expressly; questions "
    "about partners, a spouse's sex, transition or gender non-conformity are evidence of it."
)

SOGI_001 = Rule(
    id="CND-SOGI-001",
    category="sexual_orientation_gender_identity",
    severity="error",
    title="Sexual orientation or gender identity",
    terms=(
        r"gay|lesbians?|bisexual|queer|lgbt\w*\+?|homosexual(?:ity)?|heterosexual"
        r"|sexual orientation|sexuality|(?:is|he's|she's|they're) (?:straight|bi)\b",
        r"transgender|transsexual|trans (?:man|woman|person|guy|girl|candidate|applicant|female"
        r"|male|kid|people)|(?:is|she's|he's|they're|was) trans\b|non-?binary|enby|genderqueer"
        r"|gender[- ]?fluid|gender identity|gender expression|gender non-?conform\w*",
        r"(?:her|his|their|gender|medical|social) transition\b(?! (?:to|from|into|plan))"
        r"|(?:is|are|was) (?:he|she|they) transitioning\b(?! (?:to|from|into))"
        r"|(?:is|was|'s|are|were|currently|recently) transitioning(?! (?:to|from|into|out|away"
        r"|between|the|our|their|its|off|teams|roles))",
        r"same[- ]sex|came out (?:as|to (?:us|me|the team|her|his|their))|coming out (?:as"
        r"|story)|drag (?:queen|king)|deadnam\w*|born (?:a )?(?:male|female|man|woman|boy|girl)"
        r"|biological(?:ly)? (?:male|female|man|woman|sex)|used to be a (?:man|woman|guy|girl)"
        r"|(?:dresses|dressed|looks|looked|acts|acted|talks) like a (?:man|woman|guy|girl)",
        r"(?:his|her|their) (?:boyfriend|girlfriend|bf|gf)|boyfriend|girlfriend|(?:his|he has a"
        r"|he's got a) husband|(?:her|she has a|she's got a) wife|(?:his|her|their) (?:male"
        r"|female) partner|(?:his|her|their) (?:partner|spouse|significant other),? (?:a |who"
        r" is a )?(?:guy|man|woman|girl|lady|male|female)\b",
        r"effeminate|butch|flamboyant|limp[- ]wristed|fag\w*|dykes?|tranny|trannies|homo",
        r"pride (?:parade|march|month|flag|event|pin|lanyard)|rainbow (?:pin|flag|lanyard)",
        r"(?:confus\w+|weird|strange|odd|insisted on|demanded|annoying|made a (?:point|big deal"
        r"|fuss) (?:of|about)|corrected (?:us|me|everyone) on|fussy about) (?:about )?(?:his|her"
        r"|their|the|those|these)? ?pronouns|pronouns (?:were|are|was|is) (?:a bit )?(?:confus"
        r"\w+|weird|strange|odd|annoying|a lot|an issue|a problem)|pronoun (?:confusion|thing"
        r"|issue|stuff|drama)|(?:he|she)/(?:she|he)/it|whatever (?:he|she|they|it) (?:is|are"
        r"|calls? (?:himself|herself|themselves|themself|itself)|identif\w+ as)|(?:it|he|she)"
        r" or whatever",
    ),
    anchors=(
        "same",
        "gay",
        "lesbian",
        "bisexual",
        "queer",
        "lgbt",
        "homosexual",
        "heterosexual",
        "sexual",
        "sexuality",
        "straight",
        "bi$",
        "transgender",
        "transsexual",
        "trans$",
        "non-binary",
        "nonbinary",
        "enby",
        "genderqueer",
        "gender",
        "transition",
        "came",
        "coming",
        "drag",
        "deadnam",
        "born",
        "biological",
        "used",
        "dresses",
        "dressed",
        "looks",
        "looked",
        "acts",
        "acted",
        "talks",
        "boyfriend",
        "girlfriend",
        "bf$",
        "gf$",
        "husband",
        "wife",
        "male",
        "female",
        "effeminate",
        "butch",
        "flamboyant",
        "limp",
        "fag",
        "dyke",
        "tranny",
        "trannies",
        "homo$",
        "pride",
        "rainbow",
        "pronoun",
        "he/she",
        "she/he",
        "whatever",
    ),
    exemptions=frozenset({"professional"}),
    message="Mentions sexual orientation, gender identity or gender non-conformity.",
    rationale=_HOOK,
    suggestion=(
        "Delete it. Address the candidate by the name and pronouns they gave, and record "
        "only job-related evidence."
    ),
    bad=(
        "He mentioned his husband works nights.",
        "Candidate is transgender; clients may be confused.",
        "Made a big deal about her pronouns.",
        "Pretty flamboyant for a finance role.",
        "Asked if she has a boyfriend.",
    ),
    good=(
        "Uses they/them pronouns; they walked through the migration plan step by step.",
        "Transitioned from QA to backend engineering in 2021.",
        "Led the LGBTQ+ employee resource group's mentoring program.",
        "Gave a straight answer on the budget overrun.",
    ),
)

_PRONOUN_PROBLEM = re.compile(
    r"\b(?:annoy\w*|weird|strange|odd|confus\w*|insist\w*|demand\w*|fuss\w*|big deal"
    r"|correct(?:ing|ed|s)?|kept|again|whatever|drama|political|woke|sensitive|touchy"
    r"|made a point|lectur\w*|issue|problem|awkward|ridiculous|silly|pc|snowflake"
    r"|preachy|wrong|mistake|slip\w*|tiptoe\w*|careful)\b"
)


def _pronoun_problem(hit: Hit) -> bool:
    return hit.in_sentence(_PRONOUN_PROBLEM)


SOGI_002 = Rule(
    id="CND-SOGI-002",
    category="sexual_orientation_gender_identity",
    severity="error",
    title="Pronoun use treated as a problem",
    terms=(r"pronouns?",),
    check=_pronoun_problem,
    exemptions=frozenset({"professional"}),
    message="Treats the candidate's pronouns as a problem.",
    rationale=_HOOK,
    suggestion="Delete it; address the candidate by the name and pronouns they gave.",
    bad=("Kept correcting us on pronouns, annoying.",),
    good=("Pronouns: they/them.", "She uses she/her pronouns."),
)


SOGI_003 = Rule(
    id="CND-SOGI-003",
    category="sexual_orientation_gender_identity",
    severity="error",
    title="Orientation, gender identity or a partner's sex speculated about",
    terms=(
        r"(?:bit|very|quite|so|super|rather|really|kinda|kind of|pretty|a little|too|a tad)"
        r" camp(?:y)?\b|camp (?:manner|voice|mannerisms|way)|(?:limp|girly|swishy) (?:wrist"
        r"|voice|walk)|(?:effeminate|girly|feminine|masculine|butch|manly) for a (?:man|guy"
        r"|woman|girl|lady|foreman|manager|\w+)",
        r"(?:that's|it's|is (?:that|it)|this is|was (?:that|it)) (?:a )?(?:he|she|man|woman"
        r"|guy|girl) or (?:a )?(?:she|he|woman|man|girl|guy)\b",
        r"(?:can't|couldn't|cannot|could not) tell (?:if|whether) (?:he|she|they|it)(?:'s| is"
        r"| was| were)? (?:a )?(?:man|woman|guy|girl|male|female|he|she|gay|straight|trans)",
        r"(?:partner|spouse|husband|wife|significant other|other half)(?:'s)? (?:is|was|might"
        r" be|could be) (?:a )?(?:man|woman|male|female|guy|girl|lady|same[- ]sex)\b|(?:sex"
        r"|gender) of (?:his|her|their|the) (?:partner|spouse|husband|wife)",
        r"(?:his|her|their) (?:male|female|same-sex|gay|lesbian|trans) (?:partner|spouse"
        r"|other half|significant other)",
        r"transitioned\b(?! (?:to|from|into|out|away|between|over|the|our|their|its|his|her"
        r"|teams?|roles?|careers?|jobs?|fields?|industries|projects?|off|back|ownership"
        r"|smoothly|successfully))|(?:pre|post)[- ]transition|(?:is|was|'s) (?:a )?(?:bit )?"
        r"(?:gay|lesbian|queer|bi|trans|homo)\b",
    ),
    exemptions=frozenset({"professional"}),
    message="Speculates about or records orientation, gender identity or a partner's sex.",
    rationale=(
        "Title VII covers sexual orientation and gender identity (Bostock v. Clayton "
        "County, 2020); questions or remarks about a partner's sex, transition or gender "
        "non-conformity are evidence that they were considered (EEOC technical assistance)."
    ),
    suggestion=(
        "Delete it. Address the candidate by the name and pronouns they gave and record only "
        "job-related evidence."
    ),
    bad=(
        "Came across as a bit camp.",
        "Not sure if that's a he or a she.",
        "Asked whether the partner is a man.",
        "Transitioned a few years ago.",
        "Effeminate for a foreman.",
    ),
    good=(
        "Transitioned to management in 2020 and kept coding.",
        "Ran a summer coding camp for teenagers.",
        "He or she should review the PR before merge.",
    ),
)

RULES = (SOGI_001, SOGI_002, SOGI_003)
