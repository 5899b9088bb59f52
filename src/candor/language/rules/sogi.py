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

RULES = (SOGI_001, SOGI_002)
