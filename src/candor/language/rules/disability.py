"""Disability and health (ADA: no disability-related questions before an offer)."""

from __future__ import annotations

import re

from candor.language.context import Hit
from candor.language.model import Rule
from candor.language.rules._lex import INTENS, SUBJ_COP

_HOOK = (
    "The ADA forbids disability-related questions and medical examinations before a "
    "conditional offer, and forbids using disability; people in recovery from alcoholism "
    "or drug use are covered. Medical details belong in a confidential file, never in an "
    "evaluation (EEOC ADA enforcement guidance on pre-employment questions)."
)
_DELETE = (
    "Delete it. If an essential function matters, record 'Can perform [function] with or "
    "without reasonable accommodation: yes/no', asked of every candidate."
)

DIS_001 = Rule(
    id="CND-DIS-001",
    category="disability_health",
    severity="error",
    title="Disability, diagnosis, medication or health",
    terms=(
        r"disabilit(?:y|ies)|disabled|handicap(?:ped|s)?|wheel ?chairs?|wheelchair[- ]bound",
        r"(?:is|he's|she's|they're|legally|partially|completely|going|went|mostly) blind"
        r"|blindness|visually impaired|vision (?:impair\w*|loss|problems?)|low vision",
        r"deaf(?:ness)?|hard of hearing|hearing (?:aids?|loss|impair\w*|problems?)"
        r"|hearing-impaired",
        r"stutter\w*|stammer\w*|lisps?|lisping|speech (?:impediment|impairment|disorder"
        r"|problems?|therapy)",
        r"autis\w+|asperger'?s?|aspie|on the spectrum|adhd|add/adhd|dyslexi\w+|dyspraxi\w+"
        r"|ocd|bipolar|schizo\w*|tourette'?s?|neurodiverse|neurodivergent|neuroatypical"
        r"|learning (?:disabilit(?:y|ies)|difference|disorder)s?|cerebral palsy|down'?s? "
        r"syndrome|spina bifida|muscular dystrophy|multiple sclerosis|parkinson'?s|alzheimer'?s"
        r"|dementia|arthritis|fibromyalgia|lupus|crohn'?s|celiac|coeliac|epilep(?:sy|tic)"
        r"|seizures?|diabet(?:es|ic)|hiv|cancer|tumou?rs?|chemo(?:therapy)?|dialysis|migraines?"
        r"|long covid|immunocompromised|ptsd|amputee|amputat\w+|prosthe\w+|paraly[sz]ed"
        r"|paraplegic|quadriplegic|service (?:dog|animal)|guide dog|screen[- ]reader",
        r"depress(?:ed|ion|ive)|anxiety|panic attacks?|mental (?:health|illness|illnesses"
        r"|breakdown|condition|issues|problems|disorder|state)|nervous breakdown|burn-?out"
        r"|burned out|burnt out",
        r"therap(?:y|ist)|psychiatr\w+|psycholog(?:ist|ical (?:condition|issues|problems"
        r"|evaluation|history))",
        r"medications?|meds|prescriptions?|antidepressants?|ssris?|adderall|xanax|insulin"
        r"|painkillers?|(?:was|been|got|recently|is|were) diagnosed|diagnosed with|diagnosis of"
        r"|(?:his|her|their|a) diagnosis",
        r"(?:back|knee|hip|neck|shoulder|heart|spine|joint|health|medical|mental health) "
        r"(?:problems?|issues?|injur(?:y|ies)|surgery|pain|conditions?|condition)"
        r"|bad (?:back|knees?|hip|heart|leg)|injur(?:y|ies|ed)|surger(?:y|ies)",
        r"(?:on|took|taking|went on|take|takes) (?:medical|sick|disability|stress|mental health)"
        r" leave|sick (?:days?|leave|a lot|often|frequently|notes?)|(?:calls?|called|calling)"
        r" in sick|(?:a lot of|many|frequent|lots of) (?:sick days|absences|doctor'?s?"
        r" appointments|medical appointments)|doctor'?s? (?:appointments?|notes?|visits?)",
        r"(?:health|medical) (?:issues?|problems?|conditions?|reasons|history|concerns?|scare"
        r"|emergency|appointments?|leave|records?|situation|needs|questionnaire|status)"
        r"|(?:his|her|their) (?:health|illness|condition|diagnosis|disability|meds|medication"
        r"|treatment|symptoms|recovery|prognosis)",
        SUBJ_COP + r"(?:unhealthy|sick|ill|frail|sickly|unwell"
        r"|healthy|out of breath|winded|physically weak|lame|limping)",
        r"frail|sickly|workers'? comp(?:ensation)?(?: claims?)?",
        r"rehab(?:ilitation)?|recovering (?:alcoholic|addict)|in recovery|alcoholi(?:c|sm)"
        r"|addict(?:ion|ed|s)?|substance abuse|drinking problem|drug problem|sober|sobriety"
        r"|aa meetings?|(?:twelve|12)[- ]step",
        r"walks with (?:a )?(?:limp|cane|stick)|limps|limping|(?:uses|used|with|needs) (?:a )?"
        r"(?:cane|crutches|walker|prosthetic|hearing aid|wheelchair|service dog|guide dog)"
        r"|missing (?:an? )?(?:arm|leg|hand|fingers?|eye|limb)",
    ),
    anchors=(
        "bad$",
        "back p",
        "back i",
        "back s",
        "disab",
        "handicap",
        "wheel",
        "blind",
        "visually",
        "vision",
        "deaf",
        "hearing",
        "stutter",
        "stammer",
        "lisp",
        "speech",
        "autis",
        "asperger",
        "aspie",
        "spectrum",
        "adhd",
        "add/",
        "dyslexi",
        "dyspraxi",
        "ocd$",
        "bipolar",
        "schizo",
        "tourette",
        "neuro",
        "learning",
        "cerebral",
        "syndrome",
        "spina",
        "muscular",
        "sclerosis",
        "parkinson",
        "alzheimer",
        "dementia",
        "arthritis",
        "fibromyalgia",
        "lupus",
        "crohn",
        "celiac",
        "coeliac",
        "epilep",
        "seizure",
        "diabet",
        "hiv$",
        "cancer",
        "tumo",
        "chemo",
        "dialysis",
        "migraine",
        "covid",
        "immunocompromised",
        "ptsd",
        "amput",
        "prosthe",
        "paraly",
        "paraplegic",
        "quadriplegic",
        "service dog",
        "service animal",
        "guide dog",
        "screen reader",
        "screen-reader",
        "depress",
        "anxiety",
        "panic",
        "mental",
        "nervous",
        "burn",
        "therap",
        "psychiatr",
        "psycholog",
        "medication",
        "meds$",
        "prescription",
        "antidepressant",
        "ssri",
        "adderall",
        "xanax",
        "insulin",
        "painkiller",
        "diagnos",
        "knee",
        "hip$",
        "neck",
        "shoulder",
        "heart",
        "spine",
        "joint",
        "health",
        "medical",
        "injur",
        "surger",
        "sick",
        "stress$",
        "doctor",
        "absences",
        "illness",
        "condition",
        "treatment",
        "symptom",
        "recovery",
        "prognosis",
        "unhealthy",
        "ill$",
        "frail",
        "unwell",
        "healthy",
        "breath",
        "winded",
        "physically",
        "lame",
        "limp",
        "workers",
        "rehab",
        "recovering",
        "alcoholi",
        "addict",
        "substance",
        "drinking",
        "drug",
        "sober",
        "sobriety",
        "aa$",
        "twelve",
        "12-step",
        "12 step",
        "walks",
        "cane",
        "crutches",
        "walker",
        "missing",
    ),
    exemptions=frozenset({"professional"}),
    message="Records a disability, diagnosis, medication or other health information.",
    rationale=_HOOK,
    suggestion=_DELETE,
    bad=(
        "Stutterer, may struggle on calls.",
        "Mentioned she has MS-like symptoms and takes medication.",
        "Uses a wheelchair; office has stairs.",
        "Took a lot of sick days at her last job.",
        "Recovering alcoholic, 5 years sober.",
        "Seems to have some anxiety issues.",
        "Has a bad back.",
    ),
    good=(
        "Added a health check endpoint to the service.",
        "Handled 60 accommodation cases a year as an HR business partner.",
        "Built screen-reader support into the checkout flow.",
        "Can lift 50 lb with or without reasonable accommodation: yes.",
        "Was blind-reviewed by two engineers; both rated 3.",
    ),
)


def _accommodation_personal(hit: Hit) -> bool:
    ctx = hit.before(40) + " " + hit.after(40)
    return not re.search(
        r"\b(?:travel|hotel|lodging|housing|relocation|flights?|trip|conference|visit|onsite"
        r"|on-site|guests?|student|rental|overnight)\b",
        ctx,
    )


DIS_002 = Rule(
    id="CND-DIS-002",
    category="disability_health",
    severity="error",
    title="Accommodation request in an evaluation",
    terms=(r"accommodat(?:ion|ions|e|ed|ing)",),
    check=_accommodation_personal,
    exemptions=frozenset({"professional", "requirement"}),
    message="Records an accommodation request or need in an evaluation.",
    rationale=_HOOK + " An accommodation request is confidential medical information and must not "
    "influence the evaluation.",
    suggestion=(
        "Remove it from the evaluation; route the request to HR's confidential process. "
        "Record only 'Can perform [essential function] with or without reasonable "
        "accommodation: yes/no'."
    ),
    bad=(
        "Asked for an accommodation for the coding test.",
        "Would need accommodations, which could be costly.",
    ),
    good=(
        "Can stand for 8-hour shifts with or without reasonable accommodation: yes.",
        "Processed 200 accommodation requests a year as an HR partner.",
        "Booked travel and accommodation for the onsite.",
    ),
)

DIS_003 = Rule(
    id="CND-DIS-003",
    category="disability_health",
    severity="error",
    title="Prediction about physical or mental ability",
    terms=(
        r"(?:can't|cannot|couldn't|wouldn't be able to|won't be able to|unable to|not able to"
        r"|might not be able to|may not be able to|may struggle to|might struggle to|would "
        r"struggle to|will struggle to|could struggle to|not sure (?:he|she|they) (?:can|could)"
        r"|doubt (?:he|she|they) (?:can|could)|(?:too|not) (?:\w+ )?(?:strong|fit|healthy|old"
        r"|weak|frail|slow|heavy|big|small) enough to|too (?:weak|frail|slow|heavy|big|small|old)"
        r" to) (?:physically )?(?:handle|manage|do|keep up with|cope with|meet|lift|carry"
        r"|stand|walk|climb|kneel|bend|see|hear|drive|type|be on (?:his|her|their) feet)"
        r"(?: \w+){0,3}",
        r"physically (?:unable|incapable|not able|weak|limited|unfit|fragile|demanding for"
        r" (?:him|her|them))",
        r"(?:can't|couldn't|won't|wouldn't|might not|may not|not going to) (?:be able to )?"
        r"(?:handle|manage|survive|last|cope with|keep up with) (?:the )?(?:physical|pace"
        r"|manual|lifting|standing|warehouse|floor)\w*(?: \w+){0,2}",
    ),
    anchors=(
        "handle",
        "manage",
        "keep",
        "cope",
        "lift",
        "carry",
        "stand",
        "walk",
        "climb",
        "kneel",
        "bend",
        "see$",
        "hear$",
        "drive",
        "type$",
        "feet$",
        "physically",
        "enough",
    ),
    exemptions=frozenset({"requirement"}),
    message="Predicts what the candidate can do physically or mentally.",
    rationale=_HOOK + " 'Wouldn't be able to handle the physical work' is a called-out example.",
    suggestion=(
        "State the essential function and ask every candidate whether they can perform it "
        "with or without reasonable accommodation; record the answer, not a guess."
    ),
    bad=(
        "Wouldn't be able to handle the physical work.",
        "Not sure she can lift the boxes all day.",
        "Too frail to keep up with the warehouse pace.",
    ),
    good=(
        "Can lift 50 lb with or without reasonable accommodation: yes.",
        "Could not explain the indexing trade-off when asked.",
    ),
)


def _person_predicate(hit: Hit) -> bool:
    return not re.match(
        r"^\s*(?:good|fast|quick|smart|talented|strong|well|productive|prepared|detailed"
        r"|thorough|impressive|efficient|organi[sz]ed|sharp|skilled|knowledgeable|high|busy"
        r"|hard|helpful|cheap|expensive|big|useful|about|deadline|deadlines|hours|week|schedule"
        r"|scale|growth|amount|numbers?|ride)\b",
        hit.after(15),
    )


DIS_004 = Rule(
    id="CND-DIS-004",
    category="disability_health",
    severity="warning",
    title="Mental-health or disability term used as a label",
    terms=(
        r"(?:"
        + SUBJ_COP
        + r"|(?:seems?|seemed|looks?|looked|appears?|appeared|came across as|comes across as|sounds?|sounded|a bit|kind of|kinda|bit of a|totally|completely|clearly|real|such an?) "
        + INTENS
        + r")"
        + r"(?:a )?(?:crazy|insane|psycho"
        r"|psychotic|nuts|mental|unhinged|unstable|mentally unstable|deranged|lunatic|retard(?:ed)?"
        r"|spaz|spastic|crippled?|schizo|neurotic|ocd|bipolar|autistic|a basket case|off (?:his"
        r"|her|their) meds|on something)\b",
        r"(?:bit|kind|sort) of (?:a )?(?:psycho|lunatic|nutcase|basket case|retard|spaz|headcase"
        r"|head case)|nutcase|basket case|head ?case|mentally (?:unstable|ill|slow|challenged)",
    ),
    anchors=(
        "crazy",
        "insane",
        "psycho",
        "nuts",
        "mental",
        "unhinged",
        "unstable",
        "deranged",
        "lunatic",
        "retard",
        "spaz",
        "spastic",
        "crippl",
        "schizo",
        "neurotic",
        "ocd$",
        "bipolar",
        "autistic",
        "basket",
        "meds$",
        "something$",
        "nutcase",
        "headcase",
        "head case",
    ),
    check=_person_predicate,
    message="Uses a mental-health or disability term as a label for the candidate.",
    rationale=_HOOK + " Such labels suggest a perceived impairment, which the ADA also covers.",
    suggestion="Describe the behaviour observed and the rubric level instead of a label.",
    bad=("Seemed a bit unstable.", "Honestly kind of a psycho in the panel."),
    good=("The system was crazy fast after her fix.", "She was crazy good at SQL."),
)


def _upper(hit: Hit) -> bool:
    if re.match(
        r"^\s*(?:office|word|excel|teams|sql|access|project|dynamics|dos|paint|azure"
        r"|outlook|365|visio)\b",
        hit.after(12),
    ):
        return False
    word = hit.original.split()[-1]
    return word.isupper() or word.lower() not in ("ms", "add", "aids", "ra", "me")


DIS_005 = Rule(
    id="CND-DIS-005",
    category="disability_health",
    severity="error",
    title="Condition named by its abbreviation",
    terms=(
        r"(?:has|have|had|with|diagnosed with|living with|suffers from|suffering from|because of"
        r"|due to|treatment for|meds for) (?:ms|ra|copd|ibs|cfs|me/cfs|hiv|aids|ocd|adhd|add"
        r"|ptsd|tbi|als|pcos|gad|bpd|mdd|me)",
    ),
    anchors=(
        "ms$",
        "ra$",
        "copd",
        "ibs$",
        "cfs$",
        "me/cfs",
        "hiv$",
        "aids$",
        "ocd$",
        "adhd",
        "add$",
        "ptsd",
        "tbi$",
        "als$",
        "pcos",
        "gad$",
        "bpd$",
        "mdd$",
    ),
    check=_upper,
    message="Names a health condition by its abbreviation.",
    rationale=_HOOK,
    suggestion=_DELETE,
    bad=("She told us she has MS.", "Diagnosed with COPD last year."),
    good=("Worked with MS Office daily.",),
)


DIS_006 = Rule(
    id="CND-DIS-006",
    category="disability_health",
    severity="error",
    title="Illness, treatment or physical condition mentioned",
    terms=(
        r"chronic (?:fatigue|pain|illness|condition|disease|migraines?|back|health)"
        r"|migraines?|(?:knee|hip|joint|shoulder|back|heart|kidney|liver) (?:replacements?"
        r"|transplants?|operations?)",
        r"(?:had|has|having|recovering from|recovered from|getting over|went through)"
        r" (?:an? |two |several |some )?(?:operations?|strokes?|heart attacks?|breakdowns?"
        r"|seizures?|transplants?|chemo|surgeries|knee replacements?|cancer|a tumou?r)",
        r"remission|chemo(?:therapy)?|radiation (?:treatment|therapy)|diabetic|asthma(?:tic)?"
        r"|ptsd|post[- ]traumatic|long covid|(?:is|was|'s|seems|seemed|looks|looked) (?:a bit"
        r" |very |quite )?(?:sick|ill|unwell|sickly|poorly)\b",
        r"(?:suffers|suffered|suffering) from|(?:the|this|that) (?:pace|job|role|work|shift)"
        r" (?:here )?(?:would|will|might) (?:kill|break|crush|finish) (?:him|her|them)"
        r"|out of breath|winded (?:on|by|after|going)",
        r"(?:walks?|walked|walking) with (?:a )?(?:limp|cane|stick|walker|frame)|(?:uses|used"
        r"|using|in) (?:a )?(?:wheelchair|mobility scooter|walker|crutches)",
    ),
    exemptions=frozenset({"professional", "requirement"}),
    message="Mentions an illness, treatment or physical condition of the candidate.",
    rationale=DIS_001.rationale,
    suggestion=DIS_001.suggestion,
    bad=(
        "Has had two knee replacements.",
        "Suffers from chronic fatigue.",
        "In remission now.",
        "Out of breath on the stairs.",
    ),
    good=(
        "Built a chemo-scheduling app for an oncology clinic.",
        "Handled sick-leave policy questions as an HR generalist.",
        "Out of the three designs, she picked the one with the fewest operations.",
    ),
)

RULES = (DIS_001, DIS_002, DIS_003, DIS_004, DIS_005, DIS_006)
