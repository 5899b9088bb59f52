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

#: An employer's non-discrimination statement lists protected traits without recording any.
EEO = re.compile(
    r"\b(?:equal (?:employment )?opportunit\w*|without regard to|regardless of|(?:do|does|will)"
    r" not discriminate|non-?discriminat\w*|anti-?discriminat\w*|protected (?:characteristics?"
    r"|class(?:es)?|status|categor\w+|grounds)|equality act|eeo\b|affirmative action"
    r"|applicants? of (?:any|all)|(?:all|any) (?:ages|genders|backgrounds|orientations))"
)


_SOMEONE = re.compile(r"\b(?:he|she|his|her|hers|him|they|their|them|cand|candidate's)\b")


_TOPIC_AFTER = re.compile(
    r"^\s*(?:[\w-]+\s+)?(?:ruling|rulings|law|laws|legislation|cases?|rights|research|thesis"
    r"|policy|policies|debate|referendum|equality|history|studies|movement|literature|court"
    r"|litigation|jurisprudence|scholarship|activism|advocacy|charity|charities)\b"
)


#: Data-model work: identity and sex as fields of a record, not a person's trait.
_DATA_WORK = re.compile(
    r"\b(?:(?:data|form|demographic|record|identity|gender|sex|profile) fields?|field"
    r" (?:mapping|map|maps|mapped|definitions?)|schemas?|mapp(?:ed|ing) (?:the|it|them|\w+"
    r" fields?|to)|hl7|fhir|ehr|emr|cerner|database|columns?|data ?models?|data ?sets?"
    r"|dropdowns?|picklists?|value sets?|code ?sets?|terminolog\w*|snomed|loinc|payloads?"
    r"|registration forms?|intake forms?|survey (?:items?|questions?)|demographics? (?:fields?"
    r"|data|module)|hris|workday|etl|pipelines?)\b"
)


def _not_eeo(hit: Hit) -> bool:
    """An impersonal non-discrimination statement, a legal or academic topic, or data work."""
    if hit.matched.startswith(("gender", "sexual orientation", "biological")) and hit.in_sentence(
        _DATA_WORK
    ):
        return False  # "split sex at birth from gender identity in the HL7 mapping"
    if _TOPIC_AFTER.match(hit.after(30)) and not hit.personal():
        return False  # "the gay marriage ruling was the topic of her thesis"
    return not (hit.in_sentence(EEO) and not hit.in_sentence(_SOMEONE))


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
        r"same[- ]sex|came out (?:as|to (?:us|me|the team|her|his|their))|came out (?:during|in"
        r"|over|at|while|when) (?:the |our |a |an )?(?:small ?talk|chat|chit-?chat|conversation"
        r"|interview|lunch|coffee|intros?|introductions|call|dinner|drinks|break|debrief"
        r"|walk|tour|panel|onsite|video call|zoom)\b|femme\b|androgyn\w*|(?:he/him|she/her"
        r"|they/them|his pronouns|her pronouns|their pronouns)\b[^.;!?\n]{0,50}?\bbut (?:\w+ )"
        r"{0,3}?(?:dressed|dresses|looks?|looked|presents?|presented|presenting|sounds?|sounded"
        r"|seemed|seems|came across|comes across|acts?|acted)\b|coming out (?:as"
        r"|story)|drag (?:queen|king)|deadnam\w*|born (?:a )?(?:male|female|man|woman|boy|girl)"
        r"|biological(?:ly)? (?:male|female|man|woman|sex)|used to be a (?:man|woman|guy|girl)"
        r"|(?:dresses|dressed|looks|looked|acts|acted|talks) like a (?:man|woman|guy|girl)",
        r"(?:his|her|their) (?:boyfriend|girlfriend|bf|gf)|boyfriend|girlfriend|(?:his|he has a"
        r"|he's got a) husband|(?:her|she has a|she's got a) wife|(?:his|her|their) (?:male"
        r"|female) partner|(?:his|her|their) (?:partner|spouse|significant other),? (?:a |who"
        r" is a )?(?:guy|man|woman|girl|lady|male|female)\b",
        r"effeminate|butch|flamboyant|limp[- ]wristed|fag\w*|dykes?|tranny|trannies|homo",
        r"pride (?:parade|march|month|flag|event|events|pin|lanyard|weekend|festival|celebrations?"
        r"|party|float|meetup)|rainbow (?:pin|flag|lanyard|badge|sticker)",
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
    check=_not_eeo,
    exemptions=frozenset({"professional"}),
    message="Mentions sexual orientation, gender identity or gender non-conformity.",
    rationale=_HOOK,
    suggestion=(
        "Delete it. Address the candidate by the name and pronouns they gave, and record "
        "only job-related evidence."
    ),
    bad=(
        "Came out over coffee before the panel, mentioned a wife.",
        "she/her on the application but looked quite masculine in person.",
        "Pretty androgynous, might confuse the clients.",
        "He mentioned his husband works nights.",
        "Candidate is transgender; clients may be confused.",
        "Made a big deal about her pronouns.",
        "Pretty flamboyant for a finance role.",
        "Asked if she has a boyfriend.",
        "Regardless of his sexual orientation, clients may be uncomfortable.",
    ),
    good=(
        "The release came out during the outage and she rolled it back.",
        "They/them pronouns noted on the form, used as requested by the panel.",
        "Added a gender identity field to the intake form and mapped it to the FHIR profile.",
        "Migrated sexual orientation data fields from the old EHR with no loss.",
        "Uses they/them pronouns; they walked through the migration plan step by step.",
        "Transitioned from QA to backend engineering in 2021.",
        "Led the LGBTQ+ employee resource group's mentoring program.",
        "Gave a straight answer on the budget overrun.",
        "We do not discriminate on the basis of sexual orientation or gender identity.",
        "The gay marriage ruling was the topic of her law thesis.",
        "All applicants receive consideration without regard to sex, sexual orientation or "
        "gender identity.",
    ),
)

_PRONOUN_PROBLEM = re.compile(
    r"\b(?:annoy\w*|weird|strange|odd|confus\w*|insist\w*|demand\w*|fuss\w*|big deal"
    r"|correct(?:ing|ed|s)?|kept|again|whatever|drama|political|woke|sensitive|touchy"
    r"|made a point|lectur\w*|issue|problem|awkward|ridiculous|silly|pc|snowflake"
    r"|preachy|wrong|mistake|slip\w*|tiptoe\w*|careful|unsure|not sure|no idea|guess\w*"
    r"|wasn't sure|didn't know|don't know|didn't ask)\b"
)
_PRONOUN_PRODUCT = re.compile(
    r"\b(?:copy|ui|ux|app|feature|content|users?|product|docs|documentation|form|field|system"
    r"|template|code|database|schema|dropdown|profile|api|style guide|locali[sz]ation)\b"
)


def _pronoun_problem(hit: Hit) -> bool:
    return hit.in_sentence(_PRONOUN_PROBLEM) and not hit.in_sentence(_PRONOUN_PRODUCT)


SOGI_002 = Rule(
    id="CND-SOGI-002",
    category="sexual_orientation_gender_identity",
    severity="error",
    title="Pronoun use treated as a problem",
    terms=(
        r"pronouns?",
        r"(?:they|she|he|xe|ze|fae|ey)/(?:them|they|her|him|xem|zir|hir|faer|em)(?:/\w+)?",
        r"(?:use|used|uses|using|goes by|going by|go by|went by|asked (?:us |me |everyone )?to"
        r" (?:use|call (?:him|her|them))) ['\"\u2018\u201c](?:they|them|xe|ze|she|he|it)"
        r"['\"\u2019\u201d]",
    ),
    check=_pronoun_problem,
    exemptions=frozenset({"professional"}),
    message="Treats the candidate's pronouns as a problem.",
    rationale=_HOOK,
    suggestion="Delete it; address the candidate by the name and pronouns they gave.",
    bad=(
        "Kept correcting us on pronouns, annoying.",
        "Uses they/them, which might confuse clients.",
        "They used 'they' for themselves, bit confusing.",
        "Unsure what pronouns to use, didn't ask.",
    ),
    good=(
        "Pronouns: they/them.",
        "She uses she/her pronouns.",
        "Unsure what pronouns to use in the user-facing copy, she asked the content team.",
    ),
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
        r"(?:that's|it's|is (?:that|it)|this is|was (?:that|it)|(?:that|it|this) (?:was|is|were)"
        r"|(?:he|she|they)(?:'s| is| was| are| were))"
        r" (?:a )?(?:he|she|man|woman|guy|girl|male|female) or (?:a )?(?:she|he|woman|man|girl"
        r"|guy|female|male)\b",
        r"(?:wears?|wearing|wore|dresses in|dressed in|dressing in) (?:\w+ )?(?:men's|women's"
        r"|mens|womens|male|female|masculine|feminine|boys'?|girls'?|ladies'?) (?:clothes"
        r"|clothing|suits?|attire|outfits?|shoes|wear)\b|closeted|in the closet\b|closet case"
        r"|(?:his|her|their|a) ['\"\u2018\u201c](?:room-?mate|flat-?mate|house-?mate|friend"
        r"|special friend|pal|buddy|companion|partner|lodger)['\"\u2019\u201d]"
        r"|(?:bit of a|such a|a real|total|proper|a right|a bit of a|what a) (?:queen|queenie)\b"
        r"(?! (?:bee|size|bed|of (?:the|spreadsheets|excel|sales|data)))"
        r"|(?:came|come|coming) out of the closet",
        r"(?:voice|mannerisms?|walk|gestures?|manner|gait|handshake)(?: [\w'/,-]+){0,4}? for a"
        r" (?:man|guy|woman|girl|lady|bloke|male|female)\b",
        r"(?:can't|couldn't|cannot|could not) tell (?:if|whether) (?:he|she|they|it)(?:'s| is"
        r"| was| were)? (?:a )?(?:man|woman|guy|girl|male|female|he|she|gay|straight|trans)",
        r"married to (?:a |another )?(?:man|woman|guy|girl|lady|male|female|bloke)\b"
        r"(?![-'\u2019])|(?:partner|spouse|husband|wife|significant other|other half)(?:'s)? (?:is|was|might"
        r" be|could be) (?:a )?(?:man|woman|male|female|guy|girl|lady|same[- ]sex)\b|(?:sex"
        r"|gender) of (?:his|her|their|the) (?:partner|spouse|husband|wife)",
        r"(?:his|her|their) (?:male|female|same-sex|gay|lesbian|trans) (?:partner|spouse"
        r"|other half|significant other)",
        r"(?:not|isn't|wasn't|not very|not really|not exactly|too|very|quite|a bit|bit|rather"
        r"|overly|a little|kind of|kinda|somewhat|less|more|insufficiently|not (?:very|really)"
        r" much) (?:masculine|feminine|manly|womanly|girly|effeminate|macho|butch|ladylike"
        r"|unladylike|mannish|boyish|girlish|camp)\b(?! (?:design|colou?rs?|palette|font|brand"
        r"|branding|aesthetic|packaging|styling|theme|logo|look and feel|product|products))",
        r"transitioned\b(?! (?:to|from|into|out|away|between|over|the|our|their|its|his|her"
        r"|teams?|roles?|careers?|jobs?|fields?|industries|projects?|off|back|ownership"
        r"|smoothly|successfully))|(?:pre|post)[- ]transition|(?:is|was|'s|might be|may be"
        r"|could be|must be|probably|possibly|maybe) (?:a )?(?:bit )?"
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
        "Asked if she's married to a man or a woman.",
        "Transitioned a few years ago.",
        "Effeminate for a foreman.",
        "I wasn't sure if that was a man or a woman on the video call.",
        "His voice is quite high for a man.",
        "Not sure whether she's a he or a she.",
        "Asked whether they were a man or a woman.",
        "Wears men's clothes, clients might find it odd.",
        "He's clearly in the closet.",
        "He's a bit of a queen.",
        "Asked about his 'roommate', hmm.",
        "I think she might be trans, deep voice.",
        "Not very masculine, the drivers might not respect him.",
        "A bit too girly for a site manager, if you ask me.",
    ),
    good=(
        "Transitioned to management in 2020 and kept coding.",
        "Ran a summer coding camp for teenagers.",
        "He or she should review the PR before merge.",
    ),
)


def _not_marriage_name(hit: Hit) -> bool:
    """A surname changed at marriage is a family matter, not a gender-identity cue."""
    if not _not_eeo(hit):
        return False
    return not (
        "name" in hit.matched
        and "first" not in hit.matched
        and re.search(
            r"\b(?:marri\w+|maiden|surname|wedding|divorc\w+|husband|wife)\b", hit.sentence
        )
    )


SOGI_004 = Rule(
    id="CND-SOGI-004",
    category="sexual_orientation_gender_identity",
    severity="error",
    title="Gender identity noted through presentation, names, titles or misgendering",
    terms=(
        r"misgender\w*|mis-gender\w*|(?:wrong|incorrect) pronouns?",
        r"(?:presents?|presented|presenting|passes|passed|passing) (?:as|like) (?:a |an )?"
        r"(?:very )?(?:male|female|man|woman|guy|girl|boy|lady|masc\w*|femme|feminine"
        r"|masculine|androgynous)\b(?![-'\u2019])|androgynous|gender[- ]?(?:neutral|ambiguous"
        r"|bender)(?: (?:look|looking|appearance|clothes|name|vibe|person|guy|girl))?",
        r"(?:now |recently |currently |has started |started )?(?:using|uses|goes by|going by"
        r"|went by|calling (?:himself|herself|themselves|themself)|calls (?:himself|herself"
        r"|themselves|themself)) (?:a )?(?:different|new|another|other) (?:first )?name"
        r"|(?:used to|previously|formerly|originally) (?:go|went|going|gone) by"
        r"|(?:whether|if|how) to (?:say|use|call (?:him|her|them)|refer to (?:him|her|them)"
        r"(?: as)?) (?:he|she|him|her)(?: or (?:she|he|her|him|they))"
        r"|(?:he|she|they|cand|candidate)(?: \w+)? used to (?:be called|go by)\b"
        r"|(?:his|her|their|(?:candidate|applicant)'s) (?:new|birth|old|previous|former|original"
        r"|real|legal|dead) (?:first )?name\b|birth name"
        r"|(?:changed|change of|changing) (?:(?:his|her|their) )?(?:first )?name"
        r"(?! (?:field|column|flow|feature|form|request|process|api|endpoint))",
        r"(?:the|a|an|his|her|their|that|this|those) ['\"\u2018\u201c]?mx\b['\"\u2019\u201d]?"
        r"|mx\.?['\"\u2019\u201d]? (?:title|thing|honorific|on (?:the|his|her|their|the)"
        r" (?:application|form|cv|resume|r\u00e9sum\u00e9)|threw)",
        r"(?:his|her|their|your|(?:candidate|applicant)'s) (?:\w+ )?lifestyles?\b(?! (?:brand"
        r"|app|blog|products?|magazine|content|business|company|startup|sector|clients?"
        r"|marketing|segment|category|retail|medicine|coaching|photography|journalism))"
        r"|(?:alternative|unconventional|non-traditional|gay|homosexual|that|their) lifestyle"
        r"|lifestyle choices?",
        r"(?:sex|gender) (?:change|reassignment|confirmation|affirming|affirmation) (?:surgery"
        r"|operation|op|treatment)?|(?:sex|gender) change|had the (?:surgery|op|operation)"
        r"|hormone (?:therapy|treatment|replacement)|on hormones|adam'?s apple"
        r"|(?:light|swish\w*) in the loafers|plays? for the other team|bats? for the other"
        r" (?:side|team)|swings? both ways|friend of dorothy|confirmed bachelor|not the marrying"
        r" kind",
    ),
    check=_not_marriage_name,
    exemptions=frozenset({"professional"}),
    message="Notes the candidate's gender identity through presentation, a name change, a title, "
    "misgendering or a coded word such as 'lifestyle'.",
    rationale=_HOOK
    + " Remarks on how a candidate presents, a previous name, an 'Mx.' title or their "
    "'lifestyle' reveal that gender identity or orientation was noticed and weighed.",
    suggestion=(
        "Delete it. Use the name, title and pronouns the candidate gave, and record only "
        "job-related evidence."
    ),
    bad=(
        "Misgendered him once and he got a bit touchy.",
        "Presents as female now, but the references use a man's name.",
        "Goes by a different name than on the degree certificate.",
        "The Mx on her form, is that a typo?",
        "Our clients are conservative and may struggle with your lifestyle.",
        "Heard he had the surgery last year.",
        "Probably plays for the other team, not that it matters.",
        "Wasn't sure whether to say he or she.",
        "His new name doesn't match the references.",
    ),
    good=(
        "Dear Mx. Rivera, thank you for interviewing with us.",
        "Configured the MX records and SPF for the new domain.",
        "Ran social media for a lifestyle brand with 2M followers.",
        "Built the name-change request flow in the HR portal.",
        "Preferred name: Sam. Pronouns: they/them.",
        "Passed the security clearance review last year.",
        "Please use your legal name on the I-9 form.",
        "One of those people who writes the tests first; good habit.",
    ),
)

RULES = (SOGI_001, SOGI_002, SOGI_003, SOGI_004)
