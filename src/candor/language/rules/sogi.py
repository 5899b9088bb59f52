"""Sexual orientation and gender identity (Title VII after Bostock, 2020; state law)."""

from __future__ import annotations

from candor.language import rx
from candor.language.context import Hit
from candor.language.model import Rule

_HOOK = (
    "Since Bostock v. Clayton County (2020), Title VII forbids discrimination because of "
    "sexual orientation or gender identity, and many state laws say so expressly; questions "
    "about partners, a spouse's sex, transition or gender non-conformity are evidence of it."
)

#: An employer's non-discrimination statement lists protected traits without recording any.
EEO = rx.compile(
    r"\b(?:equal (?:employment )?opportunit\w*|without regard to|regardless of|(?:do|does|will)"
    r" not discriminate|non-?discriminat\w*|anti-?discriminat\w*|protected (?:characteristics?"
    r"|class(?:es)?|status|categor\w+|grounds)|equality act|eeo\b|affirmative action"
    r"|applicants? of (?:any|all)|(?:all|any) (?:ages|genders|backgrounds|orientations))"
)


_SOMEONE = rx.compile(r"\b(?:he|she|his|her|hers|him|they|their|them|cand|candidate's)\b")


_TOPIC_AFTER = rx.compile(
    r"^\s*(?:[\w-]+\s+)?(?:ruling|rulings|law|laws|legislation|cases?|rights|research|thesis"
    r"|policy|policies|debate|referendum|equality|history|studies|movement|literature|court"
    r"|litigation|jurisprudence|scholarship|activism|advocacy|charity|charities)\b"
)


#: Data-model work: identity and sex as fields of a record, not a person's trait.
_DATA_WORK = rx.compile(
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
        r"|sexual orientation|sexuality|(?:is|he's|she's|they're) (?:straight|bi)\b"
        r"|asexual|pansexual|demisexual|aromantic"
        r"|(?:is|he's|she's|they're|was) (?:obviously |clearly |probably |definitely |def )?not"
        r" straight\b(?! (?:away|ahead|forward|answers?|up|with|to|on|in|about|talk|lines?))",
        r"transgender|transsexual|trans (?:man|woman|person|guy|girl|candidate|applicant|female"
        r"|male|kid|people)|(?:is|she's|he's|they're|was|being) trans\b|non-?binary|enby|genderqueer"
        r"|gender[- ]?fluid|gender identity|gender expression|gender presentation"
        r"|gender non-?conform\w*|(?:medically|socially|physically) transition\w*|mid-transition\w*"
        r"|mid transition\w*|midtransition\w*",
        r"(?:her|his|their|gender|medical|social) transition\b(?! (?:to|from|into|plan))"
        r"|your transition\b(?! (?:to|from|into|plans?|period|process|phase|out|back|programm?e"
        r"|assistance|support|services?|team|date|planning|between|across|checklist|pack)\b)"
        r"|(?:is|are|was) (?:he|she|they) transitioning\b(?! (?:to|from|into))"
        r"|(?:is|was|(?:he|she|who|cand|candidate)'s|are|were|currently|recently) transitioning(?! (?:to|from|into|out|away"
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
        r"|(?:dresses|dressed|looks|looked|acts|acted|talks|talked|walks|walked|sounds|sounded"
        r"|moves|carries (?:himself|herself)) like a (?:man|woman|guy|girl|bloke|dude|lad|boy"
        r"|lady|fella|chick)\b(?![-'\u2019])",
        r"(?:his|her|their) (?:boyfriend|girlfriend|bf|gf)|boyfriend|girlfriend|(?:his|he has a"
        r"|he's got a) husband|(?:her|she has a|she's got a) wife|(?:his|her|their) (?:male"
        r"|female) partner|(?:his|her|their) (?:partner|spouse|significant other),? (?:a |who"
        r" is a )?(?:guy|man|woman|girl|lady|male|female)\b",
        r"effeminate|butch|flamboyant|limp[- ]wristed|fag\w*|dykes?|tranny|trannies|homo",
        r"pride (?:parade|march|month|flag|event|events|pin|lanyard|weekend|festival|celebrations?"
        r"|party|float|meetup)|rainbow (?:pin|flag|lanyard|badge|sticker)|🌈",
        r"(?:confus\w+|weird|strange|odd|insisted on|demanded|annoying|made a (?:point|big deal"
        r"|fuss) (?:of|about)|corrected (?:us|me|everyone) on|fussy about) (?:about )?(?:his|her"
        r"|their|the|those|these)? ?pronouns|pronouns (?:were|are|was|is) (?:a bit )?(?:confus"
        r"\w+|weird|strange|odd|annoying|a lot|an issue|a problem)|pronoun (?:confusion|thing"
        r"|issue|stuff|drama)|(?:he|she)/(?:she|he)/it|whatever (?:he|she|they|it) (?:is|are"
        r"|calls? (?:himself|herself|themselves|themself|itself)|identif\w+ as)|(?:it|he|she)"
        r" or whatever",
        # 'the reference called them "he" then "she"'
        r"(?:called|calling|calls|call|referred to|refers to|refer to|referring to) (?:him |her"
        r" |them |the candidate |cand )?(?:as )?['\"\u2018\u201c](?:he|she)['\"\u2019\u201d],?"
        r" (?:then|and then|or|and|/) ['\"\u2018\u201c](?:she|he)['\"\u2019\u201d]",
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
        "We are not sure our clients are ready for your transition.",
        "Concerned the site crew may struggle with your transition right now.",
        "Looks like a bloke from the back, the clients will stare.",
        "Walks like a dude, not very ladylike.",
    ),
    good=(
        "The release came out during the outage and she rolled it back.",
        "They/them pronouns noted on the form, used as requested by the panel.",
        "Added a gender identity field to the intake form and mapped it to the FHIR profile.",
        "Migrated sexual orientation data fields from the old EHR with no loss.",
        "Uses they/them pronouns; they walked through the migration plan step by step.",
        "Transitioned from QA to backend engineering in 2021.",
        "Thank you for walking us through your transition from nursing to data analysis.",
        "Your transition date to the new payroll system is 1 May.",
        "Talked like a lawyer about the contract terms, precise and clear.",
        "Sounds like a man-hours estimate problem; she reworked the plan.",
        "Led the LGBTQ+ employee resource group's mentoring program.",
        "Gave a straight answer on the budget overrun.",
        "We do not discriminate on the basis of sexual orientation or gender identity.",
        "The gay marriage ruling was the topic of her law thesis.",
        "All applicants receive consideration without regard to sex, sexual orientation or "
        "gender identity.",
    ),
)

_PRONOUN_PROBLEM = rx.compile(
    r"\b(?:annoy\w*|weird|strange|odd|confus\w*|insist\w*|demand\w*|fuss\w*|big deal"
    r"|correct(?:ing|ed|s)?|kept|again|whatever|drama|political|woke|sensitive|touchy"
    r"|made a point|lectur\w*|issue|problem|awkward|ridiculous|silly|pc|snowflake"
    r"|preachy|wrong|mistake|slip\w*|tiptoe\w*|careful|unsure|not sure|no idea|guess\w*"
    r"|wasn't sure|didn't know|don't know|didn't ask|good luck|ugh|sigh|smh|eye ?roll\w*"
    r"|(?:do|does|did) (?:we|i|they|you) (?:have|need) to|have to use|not doing that|refuse\w*"
    r"|here we go|seriously|jeez|god help|headache|hassle|mess(?:es|ing)? (?:\w+ )?up|worr\w*"
    r"|roll with|how (?:\w+ ){0,3}(?:will|would|might|'ll) react)\b"
)
#: Clients or crew expected not to cope, in the next clause: "the older clients won't get it".
_WONT_COPE = rx.compile(
    r"\b(?:clients?|customers?|patients?|crew|lads|guys|team|residents|guests|parents|site"
    r"|board|partners|members|congregation|public|people)(?: \w+){0,3}? (?:won't|wouldn't"
    r"|will not|would not|might not|may not|can't|cannot|couldn't|never) (?:\w+ )?(?:get|understand"
    r"|cope|handle|accept|take to|go for|like|wear|buy)\b"
)
_PRONOUN_PRODUCT = rx.compile(
    r"\b(?:copy|ui|ux|app|feature|content|users?|product|docs|documentation|form|field|system"
    r"|template|code|database|schema|dropdown|profile|api|style guide|locali[sz]ation)\b"
)


#: The problem said in the clause after ("uses they/them; could confuse the drivers").
_NEXT_CLAUSE_PROBLEM = rx.compile(
    r"\b(?:confus\w*|weird|strange|odd|awkward|annoy\w*|drama|woke|ridiculous|whole thing"
    r"|heads[- ]up|(?:have|has|had|with) (?:\w+ )?opinions|eyebrows|throw\w* (?:\w+ )?off"
    r"|not doing that|won't (?:use|say|do) (?:it|that)|headache|hassle|worr\w*|roll with"
    r"|mess(?:es|ing)? (?:\w+ )?up)\b"
)


def _pronoun_problem(hit: Hit) -> bool:
    if hit.in_sentence(_PRONOUN_PRODUCT):
        return False
    if hit.in_sentence(_PRONOUN_PROBLEM):
        return True
    hi = min(hit.end + 100, len(hit.low))
    nl = hit.low.find("\n", hit.end, hi)
    if nl != -1:
        hi = nl
    if _WONT_COPE.search(hit.low, hit.end, hi) is not None:
        return True
    stop = hit.low.find(".", hit.s_end, hi)
    return _NEXT_CLAUSE_PROBLEM.search(hit.low, hit.s_end, stop if stop != -1 else hi) is not None


def _pronoun_correction(hit: Hit) -> bool:
    """Pronouns as a problem; being corrected on one's pronoun use is itself the cue."""
    if rx.match(r"(?:correct|insist|remind|pull)", hit.matched):
        return not hit.in_sentence(_PRONOUN_PRODUCT)
    return _pronoun_problem(hit)


SOGI_002 = Rule(
    id="CND-SOGI-002",
    category="sexual_orientation_gender_identity",
    severity="error",
    title="Pronoun use treated as a problem",
    terms=(
        r"pronouns?",
        r"(?:they|she|he|xe|ze|fae|ey)/(?:them|they|her|him|xem|zir|hir|faer|em)(?:/\w+)?",
        r"(?:use|used|uses|using|goes by|going by|go by|went by|asked (?:us |me |everyone )?to"
        r" (?:use|call (?:him|her|them))) ['\"\u2018\u201c](?:they|them|xe|xem|xir|ze|zir|hir|fae"
        r"|faer|zie|she|he|it)"
        r"['\"\u2019\u201d]",
        r"(?:correct(?:ing|ed|s)?|insist(?:ing|ed|s)?|remind(?:ing|ed|s)?|pull(?:ing|ed|s)? (?:me"
        r"|us) up) (?:(?:me|us|everyone|the panel|people|the team|him|her|them|the interviewers?)"
        r" )?(?:on|about|over|to use|to say) ['\"\u2018\u201c]?(?:they|them|xe|xem|ze|zir|hir"
        r"|she|he|her|him|it|their|fae|ey)['\"\u2019\u201d]?(?=\s*(?:$|[.,;:!?)\u2026]|though\b"
        r"|and\b|but\b|again\b|all\b|every\b|twice\b|several\b|a few\b|when\b|instead\b"
        r"|not\b|rather\b))",
    ),
    check=_pronoun_correction,
    exemptions=frozenset({"professional"}),
    message="Treats the candidate's pronouns as a problem.",
    rationale=_HOOK,
    suggestion="Delete it; address the candidate by the name and pronouns they gave.",
    bad=(
        "Kept correcting us on pronouns, annoying.",
        "Uses they/them, which might confuse clients.",
        "They used 'they' for themselves, bit confusing.",
        "Unsure what pronouns to use, didn't ask.",
        "Pulled me up on 'she' twice, bit prickly.",
        "Kept reminding the panel to use 'them', got tiring.",
        "They/them, good luck with the site lads.",
        "Uses they/them; the older clients won't get it.",
        "they/them in the signature, worried how the crew will react",
    ),
    good=(
        "Pronouns: they/them.",
        "She uses she/her pronouns.",
        "Unsure what pronouns to use in the user-facing copy, she asked the content team.",
        "Corrected me on the SLA figure: 99.9, not 99.99.",
        "Uses they/them; clients get a reply within 4 hours in their current support role.",
        "Corrected us on 'they' versus 'their' in the product copy review; caught 3 typos.",
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
        r"|(?:came|come|coming) out of the closet|tomboy\w*|sissy(?! bars?\b)|sissies|nancy boy"
        r"|girly[- ]boy|manly woman|butch (?:woman|girl|lady|type)"
        r"|(?:does|doing|did|performs?|performing|performed) (?:in )?drag\b(?! (?:and|&|or|the|a)\b)"
        r"|drag (?:performer|artist|act|show|shows|night|nights|brunch|persona|name)s?\b"
        r"|(?:goes|go|going|went|marched|march|marches|marching|attends?|attended|attending)"
        r" (?:to |in |at )?(?:the |every |each )?pride\b(?! (?:in|of|and)\b)",
        r"(?:voice|mannerisms?|walk|gestures?|manner|gait|handshake|presentation|look|looks"
        r"|style|appearance|dress sense|haircut|hairstyle|clothes|clothing|outfit|vibe|energy"
        r"|demeanou?r)(?: [\w'/,-]+){0,4}? for a (?:man|guy|woman|girl|lady|bloke|male"
        r"|female)\b(?![-'\u2019])"
        r"|(?:very|quite|pretty|rather|a bit|bit|super|fairly|overly|too|really|extremely|kinda"
        r"|kind of|a little|so) (?:masculine|feminine|butch|girly|manly|mannish|boyish|girlish"
        r"|camp|effeminate|androgynous|masc|femme) (?:presentation|look|looks|style|vibe|energy"
        r"|appearance|dress|clothes|clothing|haircut|hair|demeanou?r|manner|mannerisms|walk"
        r"|voice|way of dressing|outfit|dress sense|aesthetic)\b(?! (?:design|brand|range"
        r"|line|collection|palette)\b)",
        r"(?:can't|couldn't|cannot|could not) tell (?:if|whether) (?:he|she|they|it)(?:'s| is"
        r"| was| were)? (?:a )?(?:man|woman|guy|girl|male|female|he|she|gay|straight|trans)",
        r"married to (?:a |another )?(?:man|woman|guy|girl|lady|male|female|bloke)\b"
        r"(?![-'\u2019])|(?:partner|spouse|husband|wife|significant other|other half)(?:'s)? (?:is|was|might"
        r" be|could be) (?:also )?(?:a )?(?:man|woman|male|female|guy|girl|lady|same[- ]sex)\b|(?:sex"
        r"|gender) of (?:his|her|their|the) (?:partner|spouse|husband|wife)",
        r"(?:his|her|their) (?:male|female|same-sex|gay|lesbian|trans) (?:partner|spouse"
        r"|other half|significant other)",
        # "I guess she's into women"; "two brides in the wedding photo"; "a two-mom household"
        r"(?:he|she|they|cand|candidate)(?:'s|'re| is| are| was)? (?:\w+ )?into (?:women|men"
        r"|girls|guys|dudes|chicks|ladies|blokes|other (?:women|men|girls|guys))\b"
        r"|two (?:brides|grooms|moms|mums|mommies|mummies|dads|daddies)\b"
        r"|two[- ](?:mom|mum|dad|mother|father)s? (?:household|family|families|home|house)",
        r"(?:a little|a bit|bit|kinda|kind of|very|pretty|quite|so|too|super|rather) (?:masc"
        r"|femme)\b(?![-'\u2019])",
        r"(?:dress|skirt|heels|makeup|make-up|lipstick|nail polish)\b[^.;!?\n]{0,60}?\b(?:5|five)"
        r"[- ]o'?clock shadow|(?:5|five)[- ]o'?clock shadow\b[^.;!?\n]{0,60}?\b(?:dress|skirt"
        r"|heels|makeup|make-up|lipstick|nail polish)\b",
        r"openly (?:gay|lesbian|bi|bisexual|trans|queer|out|part of (?:the |a )?(?:pride|lgbt\w*"
        r"|queer))\b|(?:he's|she's|they're|is|are) (?:very|pretty|quite|so|super|really|openly"
        r"|fully|totally|proudly) out\b(?! (?:there|of|on|for|in|at|to|with|sick|today|front"
        r"|loud|and about))|out and proud",
        r"gender (?:stuff|thing|things|journey|situation)\b|figuring out (?:(?:his|her|their)"
        r" )?(?:gender|identity)",
        r"(?:not|isn't|wasn't|not very|not really|not exactly|too|very|quite|a bit|bit|rather"
        r"|overly|a little|kind of|kinda|somewhat|less|more|insufficiently|not (?:very|really)"
        r" much) (?:masculine|feminine|manly|womanly|girly|effeminate|macho|butch|ladylike"
        r"|unladylike|mannish|boyish|girlish|camp)\b(?! (?:design|colou?rs?|palette|font|brand"
        r"|branding|aesthetic|packaging|styling|theme|logo|look and feel|product|products))",
        r"transitioned\b(?! (?:to|from|into|out|away|between|over|the|our|their|its|his|her"
        r"|teams?|roles?|careers?|jobs?|fields?|industries|projects?|off|back|ownership"
        r"|smoothly|successfully))|(?:pre|post)[- ]transition|(?:is|was|(?:he|she|who|cand|candidate)'s|might be|may be"
        r"|could be|must be|probably|possibly|maybe) (?:a )?(?:bit )?"
        r"(?:gay|lesbian|queer|bi|trans|homo)\b",
        r"(?:he's|she's|is) family if you know|(?:spouse|partner|husband|wife) is\W+(?:a )?(?:he"
        r"|she)\b",
        r"after (?:he|she|they) came out|(?:he|she|they) came out (?:to|as|last|recently)",
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
        "Very butch look, the bridal boutique clients might balk.",
        "Pretty feminine demeanour for a guy on the loading dock.",
        "Bit of a tomboy, not sure about client dinners.",
        "Such a sissy about the cold store, honestly.",
        "Does drag at weekends, not sure how the clients would take it.",
        "Goes to Pride every year and posts about it.",
    ),
    good=(
        "Transitioned to management in 2020 and kept coding.",
        "Ran a summer coding camp for teenagers.",
        "Quite a feminine palette for the brand refresh; she showed three options.",
        "Strong presentation for a graduate: clear slides and a tight Q&A.",
        "He or she should review the PR before merge.",
        "Fitted a sissy bar and rear rack in the motorcycle workshop test.",
        "Designed the tomboy fit range for the retailer's spring launch.",
        "Does drag and drop uploads in the new portal; she demoed it.",
        "Takes pride in clean handovers; showed her shift notes.",
    ),
)


#: Clinical work on gender-affirming care: "rotation with the gender-affirming care team".
_CLINICAL_WORK = rx.compile(
    r"\b(?:clients?|patients?|cases?|caseload|clinic\w*|rotation|residency|protocols?|consent"
    r"|team|program\w*|services?|providers?|practice|nurs\w*|np|physician|therap\w*|counsel\w*"
    r"|endocrin\w*|surgeons?|research\w*|policy|policies|coverage review|claims?)\b"
)


def _not_marriage_name(hit: Hit) -> bool:
    """A surname changed at marriage is a family matter, not a gender-identity cue."""
    if not _not_eeo(hit):
        return False
    if "affirming" in hit.matched and hit.in_sentence(_CLINICAL_WORK):
        return False
    return not (
        "name" in hit.matched
        and "first" not in hit.matched
        and rx.search(
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
        r"|lifestyle choices?|(?:in|into|part of|living) (?:the|that) lifestyle\b",
        r"(?:sex|gender)[- ](?:change|reassignment|confirmation|affirming|affirmation) (?:surgery"
        r"|operation|op|treatment)?|(?:sex|gender) change|had the (?:surgery|op|operation)"
        r"|gender[- ]affirming (?:care|treatment|healthcare|health care|hormones|procedures?)"
        r"|wears? (?:a )?binder|wearing (?:a )?binder"
        r"|hormone (?:therapy|treatment|replacement)|on hormones|adam'?s apple"
        r"|(?:top|bottom) surgery|facial femini[sz]ation|chest binder|binds? (?:her|his|their)"
        r" chest"
        r"|(?:light|swish\w*) in the loafers|plays? for the other team|bats? for the other"
        r" (?:side|team)|swings? both ways|friend of dorothy|confirmed bachelor|not the marrying"
        r" kind",
        r"(?:more )?(?:traditionally|conventionally)[- ]presenting|gender[- ]conforming",
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
        "Mentioned top surgery during small talk about time off.",
        "Said she binds her chest, so the uniform could be tricky.",
        "We felt a more traditionally presenting candidate would suit our members.",
    ),
    good=(
        "Dear Mx. Rivera, thank you for interviewing with us.",
        "Configured the MX records and SPF for the new domain.",
        "Ran social media for a lifestyle brand with 2M followers.",
        "Built the name-change request flow in the HR portal.",
        "Preferred name: Sam. Pronouns: they/them.",
        "Assisted on top surgery cases as a plastics resident for two years.",
        "Wrote the chest binder product pages for an online retailer.",
        "Passed the security clearance review last year.",
        "Please use your legal name on the I-9 form.",
        "One of those people who writes the tests first; good habit.",
    ),
)


_TRANS_CUE = rx.compile(
    r"\b(?:voice|trans|transition\w*|pronouns?|she|he|her|his|they|them|looks?|looked|passing"
    r"|passes|presents?|i think|probably|maybe|apparently|guess|reckon|surgery|hormones?)\b"
)
_TECH_ABBREV = rx.compile(
    r"\b(?:mtbf|mttr|mttf|failures?|reliability|uptime|downtime|hours|pumps?|bearings?|optics"
    r"|lens\w*|modulation|transfer function|ftm (?:form|rate|model)|trades?|fund|portfolio"
    r"|bond|futures|margin|\d+)\b"
)
_FEMALE_CUE = rx.compile(r"\b(?:she|her|hers|herself|she's|she'd|she'll|ms|mrs|miss)\b")
_MALE_CUE = rx.compile(r"\b(?:he|him|his|himself|he's|he'd|he'll|mr)\b")
_MALE_CODED = rx.compile(
    r"^(?:men|mens|man|male|boy|masculine|gent)|short back|crew|buzz|shaved|flat ?top|cropped"
)
#: Retail, tailoring or fashion work: "sold men's suits", "the womenswear floor".
_FASHION_WORK = rx.compile(
    r"\b(?:department|section|range|line|collection|brand|store|retail|sold|sells|selling"
    r"|buyer|buying|merchandis\w*|stock\w*|tailor\w*|fashion|designer|designed|designs"
    r"|alterations?|fitting rooms?|floor|boutique|counter|menswear|womenswear|visual"
    r"|displays?|costume\w*|wardrobe|stylist|styling|barber\w*|salon|hairdress\w*|cosmetolog\w*"
    r"|makeup artist|make-up artist|beauty|uniform polic\w*|dress code|sizing|pattern\w*"
    r"|sewing|seamstress|launch\w*|campaign|catalog\w*|e-?commerce|sku\w*|inventory)\b"
)


def _sex_questioned(hit: Hit) -> bool:
    if hit.in_sentence(_DATA_WORK) or not _not_eeo(hit):
        return False
    m = hit.matched
    if " or " in m and rx.search(
        r"\b(?:benefits?|cover|covers|coverage|policy|plan|dependants?|dependents?|domestic"
        r" partner|insurance|pension|stated|all candidates|form|field)\b",
        hit.sentence,
    ):
        return False  # a benefits or form statement, not a question about the partner's sex
    if m in ("mtf", "ftm", "m2f", "f2m"):
        # Not "MTF" as a reliability figure or a finance abbreviation.
        return hit.in_sentence(_TRANS_CUE) and not hit.in_sentence(_TECH_ABBREV)
    if rx.match(r"(?:which|what) ", m):
        return rx.search(r"\b(?:he|she|they|him|her|them|cand|candidate)\b", m) is not None
    if rx.match(
        r"(?:men|mens|man|male|boy|masculine|gent|women|womens|woman|ladies|lady|female|girl"
        r"|feminine|short back|crew|buzz|shaved|flat ?top|cropped|wore|wears|wearing|in |had on"
        r"|turned up|showed up|came in|sporting|dressed in)",
        m,
    ):
        # Clothing or hair of the other sex: only with a pronoun of the other sex nearby,
        # and not in retail, tailoring or styling work.
        lo = max(0, hit.start - 150)
        hi = min(len(hit.low), hit.end + 150)
        window = hit.low[lo:hi]
        if _FASHION_WORK.search(window):
            return False
        if _MALE_CODED.match(m):
            return bool(_FEMALE_CUE.search(window)) and not _MALE_CUE.search(window)
        return bool(_MALE_CUE.search(window)) and not _FEMALE_CUE.search(window)
    return True


SOGI_005 = Rule(
    id="CND-SOGI-005",
    category="sexual_orientation_gender_identity",
    severity="error",
    title="Sex questioned against records, or clothing and hair of the other sex noted",
    terms=(
        # "the old payroll records have her down as male"
        r"(?:records?|documents?|docs|paperwork|passport|licen[cs]e|birth certificate"
        r"|payroll|transcripts?|references?|degree|cv|resume|résumé|application|file"
        r"|i-9|background check|dbs|certificates?|hr system|old system|linkedin|profile)"
        r"(?: [\w'\u2019]+){0,4}? (?:has|have|had|lists?|listed|shows?|showed|says?|said|puts?"
        r"|marks?|marked|records?|recorded|gives?|gave|calls?|called|registers?|registered)"
        r" (?:(?:her|him|them|the candidate) )?(?:down )?(?:as )?(?:a )?(?:male|female|man"
        r"|woman|boy|girl|m|f)\b(?![-'\u2019/])",
        r"(?:has|have|had|put|puts|list|lists|listed|marked|recorded|registered|got) (?:her|him"
        r"|them) (?:down )?as (?:a )?(?:male|female|man|woman|boy|girl)\b(?![-'\u2019])",
        r"(?:legal|birth|assigned|real|actual|true|original|registered) (?:sex|gender)\b(?! (?:pay"
        r"|gap|equality|balance|split|ratio|mix|parity)\b)|(?:sex|gender) (?:assigned|recorded"
        r"|registered) at birth|assigned (?:male|female) at birth|amab|afab",
        r"(?:which|what) (?:sex|gender) (?:she|he|they|the candidate|cand)(?: \w+)? (?:is|are|was"
        r"|were)\b|(?:really|actually|biologically|legally|technically|originally|secretly)"
        r" (?:a )?(?:male|female|man|woman|guy|girl|bloke|lad)(?=\s*(?:$|[.,;:!?)\u2026]|but\b"
        r"|and\b|though\b|or\b|underneath\b|lol\b|apparently\b))",
        # "she/her but the records say male"
        r"(?:he/him|she/her|they/them|his pronouns|her pronouns|their pronouns|says (?:she|he"
        r"|they)(?:'s| is| are)?)\b[^.;!?\n]{0,60}?\bbut\b[^.;!?\n]{0,60}?\b(?:male|female|a man"
        r"|a woman|a guy|a girl|a bloke|a lad|masculine|feminine|man's|woman's)\b",
        # "Men's suit, short back and sides ... her"; "he wore lipstick"
        r"(?:men['\u2019]?s|mens|man['\u2019]s|male|boys['\u2019]?|masculine|gents['\u2019]?"
        r"|women['\u2019]?s|womens|woman['\u2019]s|ladies['\u2019]?|lady['\u2019]s|female"
        r"|girls['\u2019]?|feminine) (?:suits?|clothes|clothing|attire|outfits?|shoes|haircut"
        r"|hair ?cuts?|ties?|blazers?|shirts?|trousers|dress|dresses|skirts?|blouses?|heels"
        r"|wear|jackets?|boots|uniform|cologne|perfume)\b"
        r"|short back and sides|(?:crew|buzz)[- ]?cut(?! of\b)|shaved head|flat ?top|cropped hair",
        # "which bathroom she'd use"; "voice doesn't match her name"; "MTF"
        r"(?:which|what) (?:bathroom|toilet|restroom|loo|changing room|locker room|changing"
        r" area|facilities)s? (?:[\w'\u2019]+ ){1,3}?(?:use|uses|using|go|goes|pick|choose)\b",
        r"(?:voice|appearance|look|looks|presentation|face|build|frame|hands)(?: \w+){0,2}?"
        r" (?:doesn't|didn't|does not|did not|don't|never) (?:quite |really |exactly )?(?:match"
        r"|fit|go with|line up with|square with) (?:her|his|their|the) (?:\w+ )?(?:name|pronouns"
        r"|gender|sex)\b|(?:name|pronouns)(?: \w+){0,2}? (?:doesn't|didn't|does not|did not"
        r"|don't|never) (?:quite |really |exactly )?(?:match|fit|go with|line up with|square"
        r" with) (?:her|his|their|the) (?:\w+ )?(?:voice|appearance|look|looks|face|gender|sex"
        r"|presentation)\b",
        r"mtf|ftm|m2f|f2m",
        r"(?:husband or (?:a )?wife|wife or (?:a )?husband|boyfriend or (?:a )?girlfriend|girlfriend"
        r" or (?:a )?boyfriend)\b|(?:was|were) (?:a )?(?:man|woman|guy|girl|boy|male|female)"
        r" (?:until|before|up until|till) (?:recently|last year|a few years ago|\d{4}|college"
        r"|uni|university|school|(?:his|her|their) (?:twenties|thirties|transition))\b",
        r"(?:unclear|not sure|unsure|couldn't tell|can't tell|could not tell|cannot tell|hard to"
        r" tell|no idea|wasn't sure|weren't sure|didn't know|don't know) (?:if|whether) (?:(?:it"
        r" was|it's|they're|they were|he's|she's|he was|she was|they are|this is|that was|the"
        r" candidate (?:is|was)) )?(?:a )?(?:male|female|man|woman|guy|girl|he or she|she or he"
        r"|him or her|her or him)\b(?! (?:or female|or male|or woman|or man)? ?(?:nurse|nurses"
        r"|staff|driver|drivers|colleague|colleagues|manager|candidate|caller|patient|customer)\b)",
        r"(?:wore|wears|wearing|had on|has on|turned up in|showed up in|came in|sporting|dressed in)"
        r" (?:(?:a|some|full|bright|red|pink|pale|heavy|\w+) ){0,2}(?:dress|skirt|high heels"
        r"|heels|lipstick|eyeliner|mascara|nail polish|nail varnish|makeup|make-up|painted"
        r" nails|false eyelashes)\b(?![-'\u2019])(?! (?:shirts?|shoes|trousers|pants|code|uniform"
        r"|boots|watch|blues|rehearsal|rehearsals|sense|standards?|policy|artists?|brushes|kit"
        r"|bag|sponges?|remover)\b)",
        r"(?:eyeliner|mascara|lipstick|nail polish|painted nails)(?: and| with| \+)? (?:a )?(?:f"
        r"ull |thick |big )?beard|(?:eyeliner|makeup|make-up|mascara|lipstick|nail polish|painte"
        r"d nails|earrings)(?: \w+){0,3} on a (?:guy|man|dude|male)\b",
    ),
    check=_sex_questioned,
    exemptions=frozenset({"professional"}),
    message="Questions the candidate's sex against records, or notes clothing or hair "
    "associated with the other sex.",
    rationale=_HOOK
    + " Checking which sex a candidate 'really' is, or noting a woman's men's suit or a "
    "man's make-up, records gender identity or non-conformity (Bostock; EEOC technical "
    "assistance on gender-nonconformity stereotypes).",
    suggestion=(
        "Delete it. Use the name and pronouns the candidate gave; identity documents are "
        "checked after the offer, the same way for everyone (Form I-9)."
    ),
    bad=(
        "Goes by she/her but the DBS certificate says male, need to clarify.",
        "Her old passport has her down as M, check with HR.",
        "Not sure what her legal sex is.",
        "Pretty sure he's actually a woman, underneath.",
        "Wore a men's blazer and tie; not sure the partners would warm to her.",
        "Crew cut and boots, bit much for her front-desk role.",
        "He turned up in bright red lipstick, the warehouse lads won't cope.",
        "Wondered which changing room he'd go to on the ward.",
        "Her voice doesn't quite match her name, hmm.",
        "FTM I think, from the photos.",
        "Couldn't tell if male or female on the phone screen.",
        "Asked if she has a husband or wife at home.",
        "Was a man until a few years ago, apparently.",
        "Eyeliner and a full beard, a lot for the front counter.",
    ),
    good=(
        "Managed the men's suits department at a flagship store; 18% sales growth.",
        "Her degree certificate and transcript match the application; verified by HR.",
        "Mapped the legal sex field to the payroll export and wrote the validation.",
        "She wore a navy suit and brought a printed portfolio.",
        "He ran the women's shoes floor for two seasons and cut markdowns by 9%.",
        "He came in a dress shirt and tie and brought a printed portfolio.",
        "Designed the ladies' uniform range for the airline's cabin crew.",
        "Showed the visitor which bathroom to use on the site tour.",
        "Computed the MTF of the lens at 50 lp/mm; he knew the optics well.",
        "Her name on the badge didn't match the rota, so she fixed the roster export.",
        "Not sure whether a male or female nurse is on the night rota; she checked the roster.",
        "Benefits cover a husband or wife or domestic partner, as stated to all candidates.",
    ),
)


_MALE_NAMES = (
    r"dave|david|mike|michael|john|johnny|jim|jimmy|tom|tommy|thomas|steve|steven|stephen"
    r"|paul|matt|matthew|rob|robert|bob|bobby|rich|richard|dan|daniel|danny|ben|benjamin"
    r"|josh|joshua|adam|andy|andrew|pete|peter|tony|anthony|nick|nicholas|joe|joey|joseph"
    r"|greg|gary|kevin|brian|jason|jeff|jeffrey|ryan|eric|scott|sean|shaun|luke|jake|carlos"
    r"|juan|jose|luis|miguel|raj|ahmed|mohammed|muhammad|omar|ivan|dmitri|liam|noah|ethan"
    r"|oliver|ollie|harry|george|ken|kenny|phil|simon|stuart|neil|ian|alan|colin|graham"
    r"|keith|wayne|darren|craig|marcus|derek|victor|frank|hugo|leo|ted|eddie|ed|edward"
    r"|fred|henry|hank|carl|karl|roger|doug|douglas|gavin|martin|jonathan|jon|nathan"
    r"|tim|timothy|kyle|tyler|brandon|justin|aaron|patrick|sergio|diego|antonio|marco"
    r"|rafael|pedro|arjun|rahul|vikram|hassan|tariq|kwame|kofi|hiroshi|kenji|wei|jun"
)
_FEMALE_NAMES = (
    r"sarah|sara|jen|jenny|jennifer|jess|jessica|emma|emily|amy|anna|hannah|laura|lisa|kate"
    r"|katie|kathryn|catherine|karen|rachel|rebecca|becky|claire|clare|nicole|michelle"
    r"|megan|lauren|amanda|melissa|stephanie|heather|helen|susan|sue|linda|mary|maria"
    r"|julia|julie|sophie|sophia|olivia|chloe|lucy|ellie|zoe|priya|fatima|aisha|mei|yuki"
    r"|ana|elena|natalie|victoria|charlotte|holly|donna|tina|angela|diane|fiona|gemma|beth"
    r"|ruth|carol|wendy|joanne|louise|alice|ella|mia|ava|isabella|rosa|carmen|lena|nina"
    r"|tanya|sonia|monica|deborah|debbie|janet|joan|margaret|patricia|barbara|elizabeth"
    r"|liz|kim|sandra|tracy|tracey|nancy|betty|dorothy|samantha|christine|christina|erin"
    r"|kelly|anya|olga|ines|lucia|sofia|valentina|ananya|deepa|anjali|leila|yasmin|keiko"
)


def _insinuation(hit: Hit) -> bool:
    if not _not_eeo(hit):
        return False
    m = hit.matched
    if rx.search(r"(?:wife|husband|girlfriend|boyfriend)$", m):
        # a spouse of the same sex as the speaker: "she mentioned 'my wife'"
        lo = max(hit.s_start, hit.start - 60)
        before = hit.low[lo : hit.start]
        female = _FEMALE_CUE.search(before) is not None
        male = _MALE_CUE.search(before) is not None
        if rx.search(r"(?:wife|girlfriend)$", m):
            return female and not male
        return male and not female
    if m[:1] in "'\"\u2018\u201c" and not m[1:].startswith(("his ", "her ", "their ")):
        # a bare quoted "friend": scare quotes only around a home or a private life
        return (
            rx.search(
                r"\b(?:lives?|living|shares?|sharing|moved|house|flat|apartment|home|holiday"
                r"|vacation|wedding|dinner|weekend|brought|bringing|relocat\w*)\b",
                hit.sentence,
            )
            is not None
        )
    if m.startswith(("his ", "her ")) and rx.search(
        r"\b(?:business|law|practice|firm|co-?own\w*|co-?found\w*|sparring|dance|tennis|training"
        r"|project|research|lab|coding|pairing|climbing|running|writing|band|studio)\b",
        hit.sentence,
    ):
        return False  # "his partner Dave is his business partner at the bakery"
    if m.startswith(("you know", "y'know", "ya know", "ykwim", "if you know", "know what i")):
        # "Is he... you know?": the unsaid word is the insinuation.
        return (
            rx.search(
                r"\b(?:is|was|isn't|wasn't|think|reckon|maybe|probably|bet|if) (?:he|she|they)"
                r"(?:'s|'re| is| are)?(?: (?:a bit|a little|kind of|kinda|sort of|rather|quite"
                r"|bit|one of|of the))?\s*(?:\.{2,}|\u2026|,|-|\u2014)?\s*$",
                # the trailing-off dots end the engine's sentence, so look past them
                hit.low[max(0, hit.start - 40) : hit.start],
            )
            is not None
        )
    return True


SOGI_006 = Rule(
    id="CND-SOGI-006",
    category="sexual_orientation_gender_identity",
    severity="error",
    title="Orientation insinuated: a partner's sex by name, in quotes or left unsaid",
    terms=(
        # "Lives with 'his partner Dave'", "her 'friend' Jo"
        r"['\"\u2018\u201c](?:his|her|their) (?:room-?mate|flat-?mate|house-?mate|friend"
        r"|special friend|pal|buddy|companion|partner|lodger|other half|best friend"
        r"|gentleman friend|lady friend)(?: [a-z]+)?['\"\u2019\u201d]",
        r"['\"\u2018\u201c](?:friend|room-?mate|flat-?mate|house-?mate|special friend|pal|buddy"
        r"|companion|partner|lodger|other half|gentleman friend|lady friend)['\"\u2019\u201d]"
        r"(?! (?:role|track|level|title|position|programme|program|firm|status|tier|account)\b)",
        # "his partner, Mark"; "her partner Sarah": the partner's sex shown by the name
        r"his ['\"\u2018\u201c]?(?:partner|spouse|other half|significant other|fianc\u00e9|fiance|better half)(?:,"
        r" | )(?:" + _MALE_NAMES + r")\b(?![-'\u2019])",
        r"her ['\"\u2018\u201c]?(?:partner|spouse|other half|significant other|fianc\u00e9e|fiancee|better half)(?:,"
        r" | )(?:" + _FEMALE_NAMES + r")\b(?![-'\u2019])",
        # "Is he... you know?", "he's a bit, you know"
        r"(?:you know|y'know|ya know|ykwim|if you know what i mean|know what i mean)(?=\s*(?:\?"
        r"|!|\.{3}|\u2026|$|\.\s*$|,?\s*(?:lol|haha|wink|nudge)))",
        r"(?:mentioned|mentions|talked about|talks about|referred to|refers to|brought up|spoke"
        r" about|speaks about|said|says) ['\"\u2018\u201c]?(?:my|her|his) (?:ex-?)?(?:wife|husband"
        r"|girlfriend|boyfriend)\b"
        r"|that way inclined|one of (?:them|those)(?= *(?:\?|\.{3}|\u2026|!))"
        r"|(?:lives?|living|relationship|involved|dating|married|together) with (?:another|a"
        r" fellow) (?:man|guy|bloke|woman|girl|lady)\b",
        r"(?:referred to|refers to|referring to|talked about|mentioned) (?:his|her|their) (?:par"
        r"tner|spouse|significant other|other half|ex|ex-(?:husband|wife|partner)) as ['\x22\u2018\u201c]?(?:she|he|her|him)\b",
    ),
    anchors=(
        "you know",
        "y'know",
        "ya know",
        "ykwim",
        "know what",
        "that way",
        "one of",
        "lives",
        "live",
        "living",
        "relationship",
        "involved",
        "dating",
        "married",
        "together",
    ),
    check=_insinuation,
    exemptions=frozenset({"professional"}),
    message="Insinuates the candidate's sexual orientation: a partner's sex shown by name, a "
    "partner in scare quotes, or a pointed 'you know'.",
    rationale=_HOOK
    + " Hints are evidence too: putting a partner in quotes, naming a same-sex partner or "
    "trailing off with 'is he... you know?' records that orientation was noticed.",
    suggestion=("Delete it. A partner is not job-related; record only job-related evidence."),
    bad=(
        "Mentioned her partner Sarah twice; clients are quite old-fashioned.",
        "His partner, Michael, is moving with him.",
        "Brought up her 'friend' who shares the flat.",
        "Is she... you know?",
        "Bit camp, y'know?",
        "Lives with another man, not that it matters.",
        "She mentioned 'my wife' a couple of times in the small talk.",
        "He talked about his husband and their dog for ages.",
        "Asked about the 'friend' she lives with.",
        'Lives with his "partner Tom", for what it\'s worth.',
        "Referred to her partner as 'she' twice; not sure the board is ready.",
        'Referred to his ex as "he" once, noting for context.',
    ),
    good=(
        "His partner, Sarah, is a nurse; he asked about the relocation package.",
        "Asked what her partner firm Mike & Co. does; she explained the audit work.",
        "You know the drill: she walked us through the runbook step by step.",
        "If you know the Kafka internals, the design is clean, she said.",
        "Do you know the cut-over date? she asked.",
        "He mentioned his wife is a nurse; asked about parking.",
        "She said her husband handles the school runs.",
        "He said his partner Dave co-owns the bakery with him; Dave runs the books.",
        "Made 'partner' track at her firm in six years; led two audits.",
    ),
)


_REACTION = rx.compile(
    r"\b(?:comfortable|uncomfortable|react\w*|respond\w*|accept\w*|ready|concern\w*|worr\w*"
    r"|traditional|conservative|old-fashioned|issue|problem|distract\w*|awkward|confus\w*"
    r"|struggle|handle|cope|deal with|take to|put off|off-putting|raise eyebrows|stare|mind"
    r"|judge|offend\w*|fit in|fit|image|brand|optics|clients?|customers?|congregation|parents"
    r"|patients|residents|guests|members|community)\b"
)
_VERIFY = rx.compile(
    r"\b(?:verif\w*|confirm\w*|prove|proof|documents?|id|ids|passport|i-9|right to work|theft"
    r"|fraud|login|log-?in|sso|access|accounts?|credentials?|brand identity|visual identity"
    r"|corporate identity|identity (?:and access|provider|management|platform|service|layer"
    r"|team|check)|federat\w*|oauth|iam)\b"
)


def _identity_concern(hit: Hit) -> bool:
    if not _not_eeo(hit) or hit.in_sentence(_VERIFY) or hit.in_sentence(_DATA_WORK):
        return False
    return hit.in_sentence(_REACTION)


SOGI_007 = Rule(
    id="CND-SOGI-007",
    category="sexual_orientation_gender_identity",
    severity="error",
    title="The candidate's identity as a concern for clients or the team",
    terms=(
        r"(?:your|his|her|their|(?:candidate|applicant)['\u2019]s) (?:gender |sexual"
        r" |personal |lgbt\w*\+? )?identity\b(?![-'\u2019])",
        r"(?:who|what) (?:he|she|they|you) (?:really |truly )?(?:is|are) (?:outside of work|at"
        r" home|in (?:his|her|their|your) (?:personal|private) life)\b",
        r"traditional (?:view|understanding|definition) of marriage|(?:your|his|her|their) house"
        r"hold situation",
    ),
    check=_identity_concern,
    exemptions=frozenset({"professional"}),
    message="Treats the candidate's identity as a concern for clients, customers or the team.",
    rationale=_HOOK
    + " A letter or note worried about how clients would 'respond to your identity' records "
    "that gender identity or orientation was weighed, and customer preference is no defence.",
    suggestion=(
        "Delete it. Record only job-related evidence; customer preference never justifies a "
        "decision about a protected trait."
    ),
    bad=(
        "Some of our clients hold traditional views and may struggle with your identity.",
        "Worried how the parents would react to her identity.",
        "Not sure the congregation is ready for who she is in her private life.",
    ),
    good=(
        "Please bring proof of your identity and right to work on your first day.",
        "We could not verify your identity from the documents provided; please resend.",
        "Led the brand identity refresh for a clinic chain; clients loved the new logo.",
        "Built the identity and access layer for the customer portal.",
    ),
)


#: A name or title treated as a problem: refused, doubted, or set against the records.
_NAME_PROBLEM = rx.compile(
    r"\b(?:cannot|can't|can not|won't|will not|unable|not able|not be used|only (?:supports?"
    r"|accepts?|allows?|uses?|has)|must use|requires?|required|real name|actual name|confus\w*"
    r"|(?:doesn't|does not|don't|do not|didn't|did not) match|differs?|different|mismatch\w*"
    r"|weird|odd|strange|neither|until|unfortunately|not (?:move|proceed|advance)\w*"
    r"|not what's|something else|flag\w*|ask (?:about|hr)|heads up|noted)\b"
)
_TITLE_SALUTE = rx.compile(r"\bdear (?:(?P<f>ms|mrs|miss)|(?P<m>mr))\.? ")


def _name_problem(hit: Hit) -> bool:
    """A name, record or title set against the candidate's gender, not a marriage name."""
    if not _not_marriage_name(hit) or hit.in_sentence(_DATA_WORK):
        return False
    m = hit.matched
    if rx.search(r"(?:wife|husband)$", m):
        # "Dear Ms. Reyes, ... you and your wife": the partner's sex against the title
        salute = _TITLE_SALUTE.search(hit.low, 0, hit.start)
        if salute is None:
            return False
        return (salute.group("f") is not None) == m.endswith("wife")
    if rx.match(
        r"(?:name (?:assigned|given|registered)|assigned (?:male|female)|amab|afab|(?:goes|went)"
        r" by \w+ now)",
        m,
    ) or rx.search(r"(?:marker|markers|name and (?:gender|sex|pronouns))$", m):
        return True
    return hit.in_sentence(_NAME_PROBLEM) or _NAME_PROBLEM.search(hit.after(60)) is not None


SOGI_008 = Rule(
    id="CND-SOGI-008",
    category="sexual_orientation_gender_identity",
    severity="error",
    title="Gender identity read from names, records or titles",
    terms=(
        r"name (?:assigned|given|registered) at birth|assigned (?:male|female) at birth"
        r"|amab\b|afab\b",
        r"(?:preferred|chosen) (?:first )?name",
        r"names? on (?:your|his|her|their|the) (?:driver'?s )?(?:license|licence|id|passport"
        r"|documents?|transcripts?|diploma|degree|records?|cv|resume|r\u00e9sum\u00e9|application"
        r"|certificates?|paperwork|i-9|ssn card|social security card)",
        r"(?:license|licence|id|passport|documents?|docs|transcripts?|diploma|degree|records?|cv"
        r"|resume|r\u00e9sum\u00e9|paperwork|birth certificate|references?) (?:says?|said|lists?"
        r"|listed|shows?|showed|has|had|reads?|call|calls|called) (?:(?:her|him|them) )?(?:a )?"
        r"(?:different|another|other|something else|some other)(?: first)?(?: name)?",
        r"(?:goes|went) by [a-z]+ now",
        r"(?:male|man|guy|dude|bloke|female|woman|lady|girl) (?:[\w-]+ ){0,2}?(?:who|that)"
        r" (?:goes|went|now goes) by [a-z]+",
        r"(?:updating|changing|updated|changed|change of|update of) (?:(?:your|his|her|their)"
        r" )?(?:legal )?name and (?:gender|sex|documents|id|records|marker|pronouns)"
        r"|(?:gender|sex) markers?",
        r"(?:addressed|referred to|called) as mx\b\.?"
        r"|(?:only|just) (?:supports?|allows?|has|offers?|accepts?|uses?) (?:mr|ms|mrs)\.?"
        r"(?:,| or |/)(?: ?(?:mr|ms|mrs|miss)\.?)"
        r"|(?:clear|proper|real|normal) (?:mr|ms|mrs)\.? or (?:mr|ms|mrs)\.?",
        r"(?:with|and|to|of|met|meet|meeting|about|mentioned) your (?:wife|husband)",
    ),
    check=_name_problem,
    exemptions=frozenset({"professional"}),
    message="Reads the candidate's gender identity from a name, a record or a title, or "
    "treats a chosen name or title as a problem.",
    rationale=_HOOK
    + " A chosen name refused, a name that 'differs from the licence', a birth name or an "
    "'Mx.' the system cannot print records that gender identity was noticed and weighed.",
    suggestion=(
        "Delete it. Use the name and title the candidate gave; where a legal name is needed "
        "(I-9, background check), ask for it of every candidate without comment."
    ),
    bad=(
        "Please note that the agency requires the name assigned at birth on all forms.",
        "The preferred name you listed cannot be used on our forms.",
        "The name on your license differs from the one on your application.",
        "Transcript lists a different first name, presents as Michelle. Ask about that?",
        "Goes by Sam now, documents say Samantha.",
        "A male aide who goes by Stephanie will confuse the residents.",
        "Our system only supports Mr. or Ms., so we will not proceed.",
        "Guest-facing roles need a clear Mr. or Ms. and this applicant is neither.",
        "Dear Ms. Reyes, we enjoyed speaking with you and your wife at the open house.",
        "We understand you are updating your legal name and gender marker.",
    ),
    good=(
        "Preferred name: Sam. Pronouns: they/them.",
        "We will use your preferred name on your badge and e-mail.",
        "Please use your legal name on the I-9 form; we use your preferred name everywhere else.",
        "Her maiden name is on the degree certificate; the references use her married name.",
        "Mapped the preferred name field from Workday into the badge system.",
        "Dear Mr. Okafor, thank you for meeting us with your wife at the open day.",
        "Dear Mx. Rivera, thank you for interviewing with us.",
        "Goes by Alex; references confirmed the dates.",
    ),
)


RULES = (SOGI_001, SOGI_002, SOGI_003, SOGI_004, SOGI_005, SOGI_006, SOGI_007, SOGI_008)
