"""Disability and health (ADA: no disability-related questions before an offer)."""

from __future__ import annotations

from candor.language import rx
from candor.language.context import PRO_BEFORE, Hit, clinical_work, employer_statement
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


# An employer's neutral process statement addressed to the reader of a letter: an
# offer of adjustments for the hiring process, or a medical step after a conditional
# offer ("If you need extra time because of a disability, contact us").
_OFFER = rx.compile(
    r"\b(?:if you|should you|let (?:us|me|our \w+(?: team)?|the \w+(?: team)?) know|please"
    r" (?:contact|email|e-mail|tell|inform|reach|let|call|get in touch)|contact (?:us|our|the)"
    r"|(?:you|you'll|you will) (?:be asked|receive|need to complete|may request|can request)"
    r"|can (?:email|contact|call|write to|request|ask for)|(?:complete|completes|receive"
    r"|receives) an? (?:\w+ )?(?:medical|health)"
    r"|we(?:'ll| will| can| are happy to| would be happy to| would be glad to| are glad to)"
    r" (?:gladly |happily )?(?:arrange|provide|make|offer|discuss|accommodate)"
    r"|available (?:on|upon) request|(?:after|following|upon|once you accept) (?:acceptance of )?"
    r"(?:an? |the |your )?(?:conditional |job )?offer|conditional (?:job )?offer|post-?offer)\b"
)
_AUDIENCE = rx.compile(
    r"\b(?:you|your|you'll|applicants who|candidates who|anyone who|any (?:applicant|candidate)"
    r"|those who|all (?:new )?(?:applicants|candidates|hires|employees|staff|starters|finalists))\b"
)
_NOT_OFFER = rx.compile(
    r"\b(?:he|she|him|his|her|hers|they|them|their|cand|interviewee"
    r"|asked for|requested|mentioned|said|told us|disclosed|described|given|because of your"
    r"|due to your|unfortunately|unable|decided|concerns?|cannot|can't|won't|not be able"
    r"|not (?:be )?(?:proceed|progress"
    r"|move|offer)\w*|too much)\b"
)


# A population the role or the candidate's work serves ("patients with disabilities",
# "people living with dementia"), not the candidate.
_POPULATION = rx.compile(
    r"\b(?:patients|clients|customers|users|students|people|children|kids|adults|residents"
    r"|individuals|members|employees|colleagues|learners|pupils|veterans|families|those|anyone"
    r"|applicants|candidates|travell?ers|visitors|guests|service users|workers|staff"
    r"|communities)\s+(?:\w+\s+)?(?:living\s+)?with\s+$"
)


def _employer_offer(hit: Hit) -> bool:
    """Whether the sentence is the employer's offer of adjustments or a post-offer step."""
    sent = hit.sentence
    return (
        _AUDIENCE.search(sent) is not None
        and _OFFER.search(sent) is not None
        and _NOT_OFFER.search(sent) is None
    )


#: A question about accommodations answered the same way for everyone, and left there.
_HANDLED_NEUTRALLY = rx.compile(
    r"\b(?:hr contact|pointed (?:them|him|her)|referred (?:them|him|her)|same as (?:for )?(?:all"
    r"|every)|as for (?:all|every)|did not discuss|didn't discuss|no further|rubric only"
    r"|not (?:considered|scored|part of)|sent (?:the|our) policy)\b"
)


#: The health term belongs to someone else the candidate worked with or for: "a student
#: with a knee injury", "a colleague who uses a wheelchair", "riders with mobility impairments".
_THIRD_PARTY_BEFORE = rx.compile(
    r"\b(?:students?|colleagues?|co-?workers?|clients?|patients?|customers?|residents?|riders?"
    r"|kids|children|teens?|callers?|guests?|employees?|staffers?|athletes?|players?|learners?"
    r"|visitors?|tenants?|passengers?|veterans|seniors|pupils?)(?:'s|s')? (?:with|who|whose|in"
    r"|having|had|has|recovering from|on|after)(?: [\w-]+){0,3}\s*$"
)


def _health_ok(hit: Hit) -> bool:
    """Reject the employer's process statements and the occupational-health function."""
    if rx.search(r"\boccupational\s*$", hit.before(15)):
        return False
    if _THIRD_PARTY_BEFORE.search(hit.before(50)):
        return False
    if "accommodation" in hit.matched and _HANDLED_NEUTRALLY.search(
        hit.low, hit.s_start, min(len(hit.low), hit.s_end + 120)
    ):
        return False
    if clinical_work(hit):
        return False
    if (
        rx.search(
            r"\b(?:pt|pts|patients?|residents?|clients?|service users?|crash cart|cart|prn|iv|stat"
            r"|high-alert)(?:'s)?\s+(?:\w+\s+){0,1}$",
            hit.before(30),
        )
        and not hit.personal()
    ):
        return False  # "pt refuses meds", "the crash cart meds": a patient's medication
    if rx.search(r"\bpass(?:es|ed|ing)?\s+$", hit.before(10)):
        return False  # "passes meds for 25 residents": a nurse's medication round
    if rx.search(r"\bpressure\s+$", hit.before(10)) and not hit.personal():
        return False  # "pressure injury staging": wound-care terminology
    if _POPULATION.search(hit.before(40)) or employer_statement(hit):
        return False
    m = hit.matched
    if (
        rx.match(r"rehab", m)
        and rx.search(
            r"\b(?:outpatient|inpatient|cardiac|stroke|pulmonary|neuro|neurological|orthopa?edic"
            r"|physical|sports|vestibular|acute|sub-?acute|geriatric|paediatric|pediatric|amputee"
            r"|spinal|musculoskeletal|msk|vocational|community)\s+$",
            hit.before(25),
        )
        and not hit.personal()
    ):
        return False  # "therapist in outpatient rehab": the work setting
    if (
        rx.match(r"disabilit", m)
        and rx.match(
            r"^\s+(?:rating (?:schedule|criteria|system|decisions?|claims?)|claims?|law|benefits?"
            r"|insurance|compensation|determinations?|adjudicat\w*|appeals?|case ?loads?|policy"
            r"|policies|services|office|programm?e?s?|act|discrimination|rights|advocacy"
            r"|studies|examiners?)\b",
            hit.after(30),
        )
        and not hit.personal()
        and not rx.search(r"\bon\s+$", hit.before(5))
    ):
        return False  # "knows the disability rating schedule": claims or legal work
    if (
        rx.match(r"(?:therap(?:ist|ists)|psycholog(?:ist|ists)|psychiatrists?)$", m)
        and rx.search(
            r"\b(?:as|is|was|became|been|working as|worked as|works as|years as|job as|role as"
            r"|post as|qualified as|trained as|licensed|registered|certified|senior|lead|staff|chief"
            r"|principal|locum|agency)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}$",
            hit.before(45),
        )
        and not hit.personal()
    ):
        return False  # "four years as a respiratory therapist": the job
    if rx.match(
        r"(?:therap(?:ist|ists)|psycholog(?:ist|ists)|psychiatrists?)$", m
    ) and not rx.search(
        r"\b(?:his|her|their|sees|seeing|saw|see|visits?|visiting|own|with|a|weekly|regular)\s+"
        r"(?:\w+\s+)?$",
        hit.before(25),
    ):
        return False  # "Speech and language therapist for six years", "the Clinical
        # Psychologist post": a job title
    if rx.search(
        r"\b(?:dispens\w*|prescrib\w*|administer\w*|infus\w*|inject\w*|compound\w*)\s+"
        r"(?:\w+\s+){0,3}$",
        hit.before(40),
    ):
        return False  # the candidate's clinical work with medication
    if rx.match(
        r"^\s+(?:workers|patients|clients|customers|people|children|adults|students|users"
        r"|veterans|employees|residents|pupils|learners|members|communities|populations)\b",
        hit.after(20),
    ):
        return False  # a population served ("injured workers", "disabled people")
    return not _employer_offer(hit)


DIS_001 = Rule(
    id="CND-DIS-001",
    category="disability_health",
    severity="error",
    title="Disability, diagnosis, medication or health",
    terms=(
        r"disabilit(?:y|ies)|disabled|handicap(?:ped|s)?|wheel ?chair[- ]user\b(?!s)"
        r"|wheel ?chairs?|wheelchair[- ]bound",
        r"(?:cane|crutch|walking stick|walking-stick|walker|mobility scooter|mobility-scooter"
        r"|hearing aid|hearing-aid|prosthe\w+|cochlear implant|cochlear-implant|insulin pump"
        r"|insulin-pump|guide dog|guide-dog|service dog|service-dog|screen reader|screen-reader"
        r"|sign language|sign-language|bsl|asl|oxygen|ostomy|stoma|catheter) user\b(?!s)",
        r"(?:is|he's|she's|they're|legally|partially|completely|going|went|mostly) blind"
        r"|blindness|visually impaired|vision (?:impair\w*|loss|problems?)|low vision"
        r"|(?:blind|deaf) in (?:one|his|her|their|the left|the right|the) (?:eye|ear)",
        r"deaf(?:ness)?|hard of hearing|hearing (?:aids?|loss|impair\w*|problems?)"
        r"|hearing-impaired",
        r"stutter\w*|stammer\w*|lisps?|lisping|speech (?:impediment|impairment|disorder"
        r"|problems?|therapy)",
        r"autis\w+|asperger'?s?|aspie|on the spectrum|adhd|add/adhd|dyslexi\w+|dyspraxi\w+"
        r"|ocd|bipolar|schizo\w*|tourette'?s?|(?:needs|uses|used|requested|with|relies on)"
        r" (?:a |an )?sign[- ]language interpreter|lip[- ]read\w*|neurodiverse"
        r"|neurodivergent|neuroatypical"
        r"|learning (?:disabilit(?:y|ies)|difference|disorder|difficult(?:y|ie))s?|cerebral palsy|down'?s? "
        r"syndrome|spina bifida|muscular dystrophy|multiple sclerosis|parkinson'?s|alzheimer'?s"
        r"|dementia|arthritis|fibromyalgia|lupus|crohn'?s|celiac|coeliac|epilep(?:sy|tic)"
        r"|seizures?|diabet(?:es|ic)|hiv|cancer|tumou?rs?|chemo(?:therapy)?|dialysis|migraines?"
        r"|long covid|immunocompromised|ptsd|amputee|amputat\w+|prosthe\w+|paraly[sz]ed"
        r"|paraplegic|quadriplegic|service (?:dog|animal)|guide dog|screen[- ]reader\b(?![- ](?:testing"
        r"|tests?|support|compatib\w*|audits?|experience|automation|apis?|labels?|announcements?"
        r"|friendly|accessib\w*|users|vendors?|output|semantics|behaviou?r)\b)",
        r"depress(?:ed|ion|ive)|anxiety|panic attacks?|mental (?:health|illness|illnesses"
        r"|breakdown|condition|issues|problems|disorder|state)|nervous breakdown|burn-?out"
        r"|burned out|burnt out",
        r"therap(?:y|ist)|psychiatr\w+|psycholog(?:ist|ical (?:condition|issues|problems"
        r"|evaluation|history))",
        r"lithium(?![- ](?:ion|batter\w*|polymer|cells?|mining|prices?|supply|carbonate plant"
        r"|disilicate|silicate))"
        r"|metformin|methadone|suboxone|ritalin|prozac|zoloft|lexapro|wellbutrin|sertraline"
        r"|fluoxetine|citalopram|epipen|inhalers?|beta[- ]blockers?|blood thinners?|opioids?"
        r"|oxycodone|valium|klonopin|seroquel|abilify|methotrexate|humira",
        r"medications?|meds|prescriptions?|antidepressants?|ssris?|adderall|xanax|insulin"
        r"|painkillers?|(?:was|been|got|recently|is|were) diagnosed|diagnosed with|diagnosis of"
        r"|(?:his|her|their|a) diagnosis",
        r"(?:back|knee|hip|neck|shoulder|heart|spine|joint|health|medical|mental health) "
        r"(?:problems?|issues?|injur(?:y|ies)|surgery|pain|conditions?|condition)"
        r"|bad (?:back|knees?|hip|heart|leg)|injur(?:y|ies|ed)|surger(?:y|ies)",
        r"(?:on|took|taking|went on|take|takes) (?:medical|sick|disability|stress|mental health)"
        r" leave|sick (?:days?|leave|a lot|often|frequently|notes?)|(?:calls?|called|calling)"
        r" in sick|(?:a lot of|many|frequent|lots of) (?:sick days|absences|doctor'?s?"
        r" appointments|medical appointments)|doctor'?s? (?:appointments?|appts?|notes?|visits?)"
        r"|(?:medical|gp|specialist|clinic|physio|therapy|chemo|dialysis) appts?\b",
        r"(?:health|medical) (?:issues?|problems?|conditions?|reasons|history|concerns?|scare"
        r"|emergency|appointments?|leave|records?|situation|needs|questionnaire|status|stuff"
        r"|things|matters|struggles?|battles?|worries|hiccups?|setbacks?|crisis|crises|episodes?"
        r"|ordeal|drama|woes|troubles?|complications?)"
        r"|(?:his|her|their|your) (?:health|illness|condition|diagnosis|disability|meds|medication"
        r"|treatment|symptoms|recovery|prognosis)(?![- ](?:checks?|metrics?|dashboards?|endpoints?"
        r"|probes?|monitor\w*|scores?|status|data|apps?|tech|platform|services?)\b"
        r"| (?:and|&) safety)",
        r"(?:\d+ ?%|\d+ percent) (?:va |disability )?rat(?:ing|ed)|va (?:disability )?rating"
        r"|disability rating|service[- ]connected",
        SUBJ_COP + r"(?:unhealthy|sick|ill|frail|sickly|unwell"
        r"|healthy|out of breath|winded|physically weak|lame|limping)",
        r"frail|sickly|workers'? comp(?:ensation)?(?: claims?)?",
        r"rehab(?:ilitation)?|recovering (?:alcoholic|addict)|in recovery|alcoholi(?:c|sm)"
        r"|addict(?:ion|ed|s)?|substance abuse|drinking problem|drug problem|sober|sobriety"
        r"|aa meetings?|(?:twelve|12)[- ]step",
        r"(?:his|her|their|some|has|have|had|having|with) memory (?:loss|issues|problems|lapses)"
        r"|(?:hand |hands |a |visible |noticeable |slight )tremors?|tremors? in (?:his|her|their)"
        r"|(?:knee|back|wrist|neck|leg|ankle)"
        r" brace|walks with (?:a )?(?:limp|cane|stick)|limps|limping|limped|(?:that|the|this|his|her"
        r"|their|a|an|bad|noticeable|slight|visible|obvious|pronounced|heavy|awkward|permanent)"
        r" limp\b(?![- ](?:mode|home|along|through|to|into|past|over|on|out|back|ahead|handshake"
        r"|wrist|response|performance))|(?:uses|used|with|needs) (?:a )?"
        r"(?:cane|crutches|walker|walking frame|zimmer(?: frame)?|rollator|mobility aid"
        r"|walking stick|prosthetic|hearing aid|wheelchair|service dog|guide dog)"
        r"|lost (?:part of |the tip of |the end of )?(?:an? |one |two |his |her |their )(?:left "
        r"|right )?(?:arm|leg|hand|finger|thumb|toe|eye|foot|limb)s?\b(?! (?:on|in) (?:the|this|that)"
        r" (?:deal|project|bet))"
        r"|lost (?:(?:most|some|all|part) of |the |his |her |their ){0,2}(?:hearing|sight"
        r"|eyesight|vision)\b|lost the use of (?:his|her|their|an?|one|both) (?:\w+ )?(?:arms?"
        r"|legs?|hands?|eyes?|fingers?|feet|foot)\b"
        r"|pacemakers?|defibrillators?|colostomy|ostomy bags?|stoma bags?|cochlear implants?"
        r"|epi[- ]?pens?|lymph(?:o)?edema|lymphoedema|glaucoma|eye pressure|self[- ]harm\w*"
        r"|(?:knee|hip|shoulder|joint) replacements?|hospitali[sz]ed|compression (?:sleeves?"
        r"|stockings?|socks|garments?)|(?:needs?|needed|requires?|requested|asked for|uses|using) (?:an? )?(?:asl|sign language|bsl)"
        r" interpreter|interpreter\b[^.;!?\n]{0,40}\b(?:asl|bsl)\b|(?:because of|due to) (?:her|his"
        r"|their) (?:bad |dodgy |gammy |sore )?(?:hips?|knees?|back|shoulders?|neck|ankles?|wrists?"
        r"|heart|lungs?|eyes|eyesight|hearing|joints?)\b"
        r"|(?:seems|looks|sounds) like (?:a |an )?(?:user|junkie|druggie|stoner|pothead|boozer)\b"
        r"(?![- ](?:of|story|stories|interface|research|experience|account|name|group|guide"
        r"|manual|base|persona|flow|journey|test\w*))"
        r"|(?:needs?|getting|seeing|requires?|in) (?:ongoing |regular |weekly )?counsell?ing\b"
        r"|counsell?ing (?:support|sessions?)|(?:asked|asking|asks) about (?:our |the )?eap\b"
        r"|(?:his|her|their|guy's|man's|the) knees? (?:are|is|will|won't|might|may|have|has|going"
        r"|gonna|giving|give|shot|holding|hold|aren't|isn't)\b|worried about (?:his|her|their)"
        r" (?:knees?|back|hips?|heart|joints?)"
        r"|(?:a |heavy |big |secret |closet )drinker\b|(?:sure|probably|prob|definitely|def|think"
        r"|guess|bet|like|seems|suspect) (?:she's|he's|they're) using(?=\s*(?:$|[,.;!?]|again|tbh"
        r"|lol))|(?:she's|he's|they're) using (?:again|drugs|something)\b|(?:gotta|got to|must) be on something|glassy[- ]eyed"
        r"|eyes (?:were |are |looked )?glassy|pupils (?:were |are )?(?:huge|dilated|pinned|pinpoint)"
        r"|(?:hip|knee|shoulder) (?:replaced|replacement)"
        r"|(?:clearly|definitely|obviously|probably|def|prob|was|seemed) high\b(?! (?:school"
        r"|standards?|bar|level|volume|quality|energy|marks|scores?|praise|regard|hopes|stakes"
        r"|performer|achiever|pressure|risk|end|demand))|drug user|druggie|(?:has|with) type"
        r" (?:1|one|2|two)\b|tbi\b|traumatic brain injury|combat vet\w*\b[^.;!?\n]{0,40}\b(?:stress"
        r"|ptsd|issues|just saying|loud|triggered|snap\w*|jumpy|flashbacks?)|(?:loud|noise|noisy)"
        r"\b[^.;!?\n]{0,40}\bcombat vet\w*"
        r"|(?:recent|ongoing) (?:treatment|procedure|surgery) and time (?:away|off)"
        r"|between treatments|(?:requested|asked for|needs?|needed|asking for) (?:live )?(?:captions"
        r"|captioning|closed captions|a written copy of the questions|extra time|a quiet room)\b"
        r"|(?:requested|asked for|asks for|needs|needed) (?:a )?(?:stool|footrest|standing desk"
        r"|ergonomic chair|sit-?stand desk|chair to sit)"
        r"|(?:asked|asking|asks|wanted to know|enquired|inquired|questions?) about (?:our |the"
        r" |an? |any )?(?:accommodation (?:process|policy|procedure|request form)|accommodations?"
        r"|reasonable accommodations?)\b"
        r"|insulin pumps?|glucose monitors?|oxygen tanks?|feeding tubes?|cpap machines?"
        r"|(?:colour-blind|colourblind|colour blind|color-blind|colorblind|color blind)(?:ness)?"
        r"|hospital (?:check-?ups?|appointments?|appts?|visits?|stays?"
        r"|treatment)\b(?! for (?:\d+|the|our|all|patients))|(?:regular|monthly|weekly|frequent"
        r"|annual|routine) (?:medical|hospital|health) check-?ups?|(?:regular|monthly|weekly"
        r"|frequent|annual|routine) check-?ups?\b(?! (?:with|of|on|for|in)\b)|(?:outpatient|specialist"
        r"|consultant|gp) appointments?\b(?! for (?:\d+|the|our|all|patients))"
        r"|missing (?:an? |one |two |three |four |a few |several |some |part of (?:an? |his |her"
        r" |their |the )?|the (?:tip|tips|end) of (?:an? |his |her |their |the |one |two )?|half"
        r" (?:an? |his |her |their )?|(?:his|her|their) )?(?:(?:left|right|lower|upper|index"
        r"|middle|ring|little|front) )?(?:arms?|legs?|hands?|fingers?|thumbs?|toes?|eyes?|limbs?"
        r"|feet|foot|teeth|tooth|digits?|ears?)\b(?! (?:data|values?|fields?|rows?|columns?"
        r"|entries|files?|tests?|cases?|pieces?|parts?|in (?:the|this|our|a) (?:data|report"
        r"|sheet|spec|design|model|diagram)))",
        r"drinking (?:on the job|problem|issue)|(?:has|got|gets|with|his|her|their) (?:a )?(?:va"
        r" |disability )rating(?! schedule)|rating from the va",
        r"psoriasis|eczema|skin condition|eye patch|depth perception",
        r"(?:could|would|might|may) be triggering",
        r"transplant list|waiting for a (?:kidney|liver|heart|lung)\b",
    ),
    check=_health_ok,
    exemptions=frozenset({"professional"}),
    message="Records a disability, diagnosis, medication or other health information.",
    rationale=_HOOK,
    suggestion=_DELETE,
    bad=(
        "Wheelchair user; not sure about the mezzanine office.",
        "That limp might slow him down on the warehouse floor.",
        "Missing three fingers on his left hand.",
        "Has a pacemaker, so keep him away from the MRI suite.",
        "Takes a day off every month for hospital check-ups.",
        "He's colour blind, might struggle with the dashboards.",
        "Stutterer, may struggle on calls.",
        "Mentioned she has MS-like symptoms and takes medication.",
        "Sees a therapist weekly, she said.",
        "Uses a wheelchair; office has stairs.",
        "Took a lot of sick days at her last job.",
        "Recovering alcoholic, 5 years sober.",
        "Seems to have some anxiety issues.",
        "Has a bad back.",
        "Told me he has a 40% VA rating from his service.",
        "Uses a walking frame, and the site has no lift.",
        "Asked if we do flexible hours for hospital appts.",
        "Lost most of his hearing on tour, he said.",
        "We cannot progress your application given your condition.",
        "If you need accommodations for a disability, we may not be able to offer you the role.",
        "Please let us know whether you have any medical conditions or take any medications.",
        "Said he's got a rating from the VA but didn't say for what.",
    ),
    good=(
        "Scenario - pt refuses meds; would document and notify the provider.",
        "LPN, passes meds for 25 residents per shift.",
        "Pressure injury staging: stages 1-3 right.",
        "Schedules regular check-ups with her direct reports.",
        "Cardiac physiologist; ran the pacemaker clinic follow-ups for 4 years.",
        "Oncology unit 3 yrs, chemo/biotherapy certified as the posting requires.",
        "Medication maths was below the bar in the calc check (mg vs mcg).",
        "Her capstone modelled gestational diabetes risk in a birth cohort.",
        "Added a health check endpoint to the service.",
        "Handled 60 accommodation cases a year as an HR business partner.",
        "Built screen-reader support into the checkout flow.",
        "Can lift 50 lb with or without reasonable accommodation: yes.",
        "Was blind-reviewed by two engineers; both rated 3.",
        "After you accept a conditional offer, our occupational health team will contact you.",
        "If a disability means you need the test in another format, tell us and we'll arrange it.",
        "For your health and safety, steel-toe boots are provided on site.",
        "Applicants who need an accommodation for the test can email the talent team.",
        "All new hires complete a medical questionnaire after a conditional offer.",
        "Her health-metrics dashboard caught the memory leak early.",
        "We do not discriminate on the basis of disability or medical condition.",
        "The clinic serves patients with disabilities and chronic illness.",
        "Designed the walking frame fitting guide for the physio team.",
        "Lost the use of the old CRM when the vendor folded; she migrated the data.",
        "Thank you for applying for the Educational Psychologist role; the post has been filled.",
        "Consultant psychiatrist for nine years; led the ward's audit programme.",
        "Her screen-reader testing of the checkout flow found twelve WCAG failures.",
        "Claims processor at the VA; knows the disability rating schedule well.",
        "Thank you for interviewing with the Department of Surgery; we have filled the role.",
    ),
)


# "accommodate" whose object is a schedule, a date, a number or a business need: the
# employer's scheduling or capacity statement ("unable to accommodate a part-time
# schedule", "can accommodate 40 guests"), not a disability accommodation.
_ACCOMMODATE_OBJECT = rx.compile(
    r"^\s+(?:(?:a|an|the|your|his|her|their|this|that|these|those|any|all|every|such|more|our"
    r"|both|either|requests? for|changes? to)\s+)?(?:[\w-]+\s+){0,2}?(?:schedules?|part[- ]time"
    r"|full[- ]time|flexib\w*|flexi-?time|remote|hybrid|home[- ]working|hours|shifts?|start(?:ing)?"
    r" dates?|dates?|times|timings?|time ?zones?|salary|salaries|pay|relocation|visa|sponsorship"
    r"|(?:working |work )?(?:patterns?|arrangements?)|rotas?|rosters?|days|weekends?|holidays?"
    r"|vacations?|weeks?|weekdays|notice periods?|interview (?:slots?|times?)|slots?|calendars?|availability"
    r"|growth|demand|traffic|load|loads|volumes?|capacity|guests|people|seats|delegates|visitors"
    r"|attendees|staff|users|\d+)\b"
)


#: The employer arranging a request, or inviting requests, in a letter: "we received your
#: request for accommodation and have scheduled an extended-time session".
_ACCOMMODATION_PROCESS = rx.compile(
    r"\b(?:(?:we|we've|we have) (?:have )?received your request|will provide|have scheduled"
    r"|we've scheduled|we have arranged|forwarded (?:it|your request) to|will contact you"
    r"|(?:applicants|candidates|anyone|those) who (?:need|require|may need|would like)"
    r"|may (?:be )?request(?:ed)?|may contact|please contact)\b"
)
_ADVERSE = rx.compile(
    r"\b(?:not (?:to )?(?:move|proceed|advance|continue)|unfortunately|concern\w*|unable to"
    r"|decided not|regret|however)\b"
)


def _accommodation_personal(hit: Hit) -> bool:
    if hit.after(1) == "@" or hit.before(1) == "@" or _employer_offer(hit):
        return False
    if hit.in_sentence(_ACCOMMODATION_PROCESS) and not hit.in_sentence(_ADVERSE):
        return False  # the employer arranging or inviting a request, nothing weighed
    m = hit.matched
    if not m.startswith("accommodation") and _ACCOMMODATE_OBJECT.match(hit.after(50)):
        return False
    if m == "accommodating" and rx.search(
        r"\b(?:very|so|quite|really|more|less|most|super|extremely|too|was|is|were|been|being"
        r"|be|and|friendly|flexible|warm)\s+$",
        hit.before(20),
    ):
        return False  # "very accommodating": a personality adjective
    if employer_statement(hit):
        return False  # an e-mail address, or the employer's offer of adjustments
    ctx = hit.before(40) + " " + hit.after(40)
    return not rx.search(
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
        "We can't accommodate her wheelchair in the old building.",
    ),
    good=(
        "Unfortunately we can't accommodate a four-day week for this position.",
        "We're not able to accommodate fully remote working in this team.",
        "The venue can accommodate 40 guests for the assessment day.",
        "Sorry we could not accommodate your preferred interview slot on Friday.",
        "She was very accommodating when we moved the interview twice.",
        "Can stand for 8-hour shifts with or without reasonable accommodation: yes.",
        "Processed 200 accommodation requests a year as an HR partner.",
        "Booked travel and accommodation for the onsite.",
        "Should you need an accommodation at any stage of the hiring process, let us know.",
        "Adjustment requests go to accommodations@example.com; we will arrange them.",
    ),
)

# The object of "couldn't do / handle / see ..." is a skill, a test item or a tool:
# a finding about the answer, not a prediction about the body or mind.
_SKILL_OBJECT = rx.compile(
    r"\s*(?:(?:the|a|an|this|that|those|these|any|basic|simple|advanced|even|our|some|its"
    r"|two|three|nested|live|mental|final|last|first|second|third)\s+){0,3}(?:[\w/-]+\s+)?"
    r"(?:questions?|problems?|exercises?|tasks?|case|cases|tests?|quiz|puzzles?|formulas?"
    r"|formulae|quer(?:y|ies)|joins?|recursion|algorithms?|maths?|arithmetic|calc\w*|sums"
    r"|pivots?|lookups?|vlookup|xlookup|index|macros?|scripts?|excel|sql|python|java\w*|code"
    r"|coding|kata|challenge|whiteboard\w*|estimat\w*|forecast\w*|budget\w*|reconciliation"
    r"|analysis|model(?:l?ing|s)?|regression|design|bugs?|issues?|errors?|patterns?|trade-?offs?"
    r"|flaws?|differences?|connection|link|big picture|bigger picture|follow-?ups?|objections?"
    r"|role-?play|presentation|demo|scenario|walkthrough|dry run|proof|derivation|conversion"
    r"|spreadsheet|report|translation|diagram|schema|api|integration|migration|refactor\w*"
    r"|debugging|deployment|setup|config\w*|functions?|features?|commands?|operators?|methods?"
    r"|syntax|shortcuts?|equations?|fractions|percentages?|ratios?|conversions?|cipher|riddle"
    r"|practicals?|drills?|simulations?|check ?rides?|trial shift|work sample)\b"
)


def _ability_prediction(hit: Hit) -> bool:
    """Drop a skill finding ("couldn't do INDEX/MATCH", "couldn't see the bug")."""
    m = rx.search(
        r"\b(?:handle|manage|do|meet|see|hear|type|drive|keep up with|cope with)\b", hit.matched
    )
    if m is None:
        return True
    rest_start = hit.start + m.end()
    tail = hit.text[rest_start : min(hit.s_end, rest_start + 40)]
    if rx.match(r"^\s*(?:the\s+)?[A-Z][A-Z0-9]{1,}\b", tail):
        return False  # a tool or function named in capitals ("INDEX/MATCH", "SQL")
    return _SKILL_OBJECT.match(hit.low, rest_start, min(hit.s_end, rest_start + 60)) is None


DIS_003 = Rule(
    id="CND-DIS-003",
    category="disability_health",
    severity="error",
    title="Prediction about physical or mental ability",
    terms=(
        r"(?:can't|cannot|couldn't|wouldn't be able to|won't be able to|unable to|not able to"
        r"|struggles to|struggled to|struggling to|finds it hard to|found it hard to|finds it"
        r" difficult to|found it difficult to|has trouble to|had trouble to"
        r"|might not be able to|may not be able to|may struggle to|might struggle to|would "
        r"struggle to|will struggle to|could struggle to|not sure (?:he|she|they) (?:can|could)"
        r"|doubt (?:he|she|they) (?:can|could)|(?:too|not) (?:\w+ )?(?:strong|fit|healthy|old"
        r"|weak|frail|slow|heavy|big|small) enough to|too (?:weak|frail|slow|heavy|big|small|old)"
        r" to) (?:physically |really |properly |even |quite )?(?:handle|manage|do|keep up with"
        r"|cope with|meet|lift|carry"
        r"|stand|walk|climb|kneel|bend|see|hear|drive|type|be on (?:his|her|their) feet)"
        r"(?: \w+){0,3}",
        r"physically (?:unable|incapable|not able|weak|limited|unfit|fragile|demanding for"
        r" (?:him|her|them)|(?:not )?up to (?:it|the (?:[\w-]+ ){0,2}?(?:job|role|work|shifts?|lifting|pace|demands"
        r"|rota|hours|physical side)|(?:\w+[- ])?hour shifts|(?:long|night|double|back-to-back|12"
        r"|twelve) shifts)|(?:not )?(?:strong|fit|robust|healthy|able-bodied) enough|(?:not )?cut"
        r" out for|(?:not )?built for)",
        r"(?:can't|couldn't|won't|wouldn't|might not|may not|not going to) (?:be able to )?"
        r"(?:handle|manage|survive|last|cope with|keep up with) (?:the )?(?:physical|pace"
        r"|manual|lifting|standing|warehouse|floor)\w*(?: \w+){0,2}",
    ),
    check=_ability_prediction,
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
        "Can't really see the screen without thick glasses.",
        "Too frail to keep up with the warehouse pace.",
        "Not convinced he's physically up to the double shifts at the depot.",
        "Is she physically strong enough for the ward? Hard to tell.",
        "Struggles to hear in a noisy room, she told us.",
        "Finds it hard to stand for long, so the till may not suit him.",
    ),
    good=(
        "Can lift 50 lb with or without reasonable accommodation: yes.",
        "Could not explain the indexing trade-off when asked.",
        "SQL: joins fine, couldn't do window functions; 3/5.",
        "Couldn't handle the follow-up questions on consistency models.",
        "Could not see the bug in the race-condition exercise.",
        "Unable to do the mental arithmetic in the pricing case.",
        "Physically strong enough to lift 25 kg with or without reasonable accommodation: yes.",
        "Her plan is not built for the peak load; she said so herself and proposed sharding.",
        "Struggled to see the off-by-one bug until the second hint.",
        "Couldn't do the gel-polish practical in the time slot; 2/5 on speed.",
    ),
)


def _person_predicate(hit: Hit) -> bool:
    m = hit.matched
    if "screw loose" in m or "all there" in m:
        # Said of a person ("he's not all there", "has a screw loose"), not of a thing.
        return (
            rx.search(
                r"\b(?:he|she|they|he's|she's|they're|hes|shes|cand|candidate|guy|bloke|lad"
                r"|woman|man|girl|has|have|got)\b[^.;,]{0,12}$",
                hit.before(25),
            )
            is not None
        )
    return not rx.match(
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
        r"(?:something|somethin'?|sth|summat) (?:going on|not right|off|wrong|up) upstairs"
        r"|(?:a )?screw loose|(?:few|couple of) (?:sandwiches|bricks|fries|cards|beers|tinnies)"
        r" short(?: of a (?:picnic|load|happy meal|full deck|six-pack))?|lights (?:are )?on but"
        r" (?:nobody|no one|no-one)(?:'s| is) home|not (?:quite )?all there\b",
        r"(?:bit|kind|sort) of (?:a )?(?:psycho|lunatic|nutcase|basket case|retard|spaz|headcase"
        r"|head case)|nutcase|basket case|head ?case|mentally (?:unstable|ill|slow|challenged)",
        r"(?:a|an|total|real|bit of a|functioning) (?:drunk|boozer|lush|alkie|alky|wino)(?=\s*(?"
        r":[.,;:!?)]|$|or\b|and\b|-|\u2014))",
        r"(?:probably|prob|likely|bet (?:he|she|they)) (?:drinks|drinking|a drinker|an alcoholic"
        r")\b",
    ),
    check=_person_predicate,
    message="Uses a mental-health or disability term as a label for the candidate.",
    rationale=_HOOK + " Such labels suggest a perceived impairment, which the ADA also covers.",
    suggestion="Describe the behaviour observed and the rubric level instead of a label.",
    bad=(
        "Seemed a bit unstable.",
        "Honestly kind of a psycho in the panel.",
        "Slow on the uptake, maybe something going on upstairs.",
        "Nice enough but a few sandwiches short of a picnic.",
        "Reference was vague, probably a drunk.",
        "Probably drinks, judging by the stories.",
    ),
    good=(
        "The system was crazy fast after her fix.",
        "She was crazy good at SQL.",
        "Found a screw loose in the rack mount during the site walk; flagged it to facilities.",
        "The requirements are not all there yet, she noted, and listed the gaps.",
        "Dealt with a drunk customer calmly in the role play, per the rubric.",
    ),
)


def _upper(hit: Hit) -> bool:
    if rx.match(
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
        r"(?:has|have|had|with|got|has got|diagnosed with|living with|suffers from|suffering from"
        r"|because of|due to|treatment for|meds for) (?:ms|ra|copd|ibs|cfs|me/cfs|hiv|aids|ocd|adhd|add"
        r"|ptsd|tbi|als|pcos|gad|bpd|mdd|me)",
    ),
    check=_upper,
    message="Names a health condition by its abbreviation.",
    rationale=_HOOK,
    suggestion=_DELETE,
    bad=(
        "She told us she has MS.",
        "Diagnosed with COPD last year.",
        "He's got MS but says it's well controlled.",
    ),
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
        r"|seizures?|transplants?|chemo|surgeries|knee replacements?|cancer|a tumou?r)"
        r"|(?:recovering|recovered|still recovering) from (?:an? |the |his |her |their )?"
        r"(?:\w+ )?(?:accident|crash|fall|injury|illness|infection|covid|pneumonia|operation"
        r"|surgery|stroke)|physio(?:therapy)?\b(?! (?:clinic|practice|software|app|team))",
        r"remission|chemo(?:therapy)?|radiation (?:treatment|therapy)|diabetic|asthma(?:tic)?"
        r"|ptsd|post[- ]traumatic|long covid|(?:is|was|(?:he|she|who)'s|seems|seemed|looks|looked) (?:a bit"
        r" |very |quite )?(?:sick|ill|unwell|sickly|poorly)\b",
        r"(?:suffers|suffered|suffering) from|(?:the|this|that) (?:pace|job|role|work|shift)"
        r" (?:here )?(?:would|will|might) (?:kill|break|crush|finish) (?:him|her|them)"
        r"|out of breath|winded (?:on|by|after|going)",
        r"(?:walks?|walked|walking) with (?:a )?(?:limp|cane|stick|walker|frame)|(?:uses|used"
        r"|using|in) (?:a )?(?:wheelchair|mobility scooter|walker|crutches)",
        r"c-?pap\b|bi-?pap\b",
        r"(?:an?|his|her|their) inpatient (?:psych\w*|mental health) (?:stay|admission|hold"
        r"|hospitali[sz]ation)|psych (?:stay|hold|admission|hospitali[sz]ation)",
        r"(?:his|her|their) (?:blood )?sugar (?:drops|dropping|crashes|crashing|goes low|dips|le"
        r"vels?)|check (?:his|her|their) (?:blood )?sugar",
        r"(?:counsel(?:l)?ing|therapy|a therapist|treatment) (?:after|for|following) (?:a |the )"
        r"?(?:critical incident|trauma|shooting|accident|breakdown)",
        r"(?:seeing|sees|saw) (?:someone|a (?:therapist|counsel(?:l)?or|shrink|psych\w*|doctor))"
        r" (?:at the va )?(?:for|about) (?:nightmares|anxiety|depression|ptsd|(?:his|her|their) "
        r"nerves|trauma)",
    ),
    check=_health_ok,
    exemptions=frozenset({"professional", "requirement"}),
    message="Mentions an illness, treatment or physical condition of the candidate.",
    rationale=DIS_001.rationale,
    suggestion=DIS_001.suggestion,
    bad=(
        "Has had two knee replacements.",
        "Suffers from chronic fatigue.",
        "In remission now.",
        "Out of breath on the stairs.",
        "Uses a CPAP, so maybe not the sleeper-berth runs.",
        "The gap was an inpatient psych stay, she said.",
        "Needs breaks to check his sugar on the line.",
        "Mentioned counseling after a critical incident last year.",
        "Seeing someone for anxiety, she said.",
    ),
    good=(
        "Built a chemo-scheduling app for an oncology clinic.",
        "Handled sick-leave policy questions as an HR generalist.",
        "Out of the three designs, she picked the one with the fewest operations.",
        "Eight years as a charge nurse on an inpatient psych unit.",
    ),
)


_TRAVEL = rx.compile(
    r"\b(?:travel|hotel|lodging|housing|relocation|relocating|flights?|trip|guests?|student"
    r"|rental|overnight|room|rooms|nights?|booking|booked|stay)\b"
)


def _request_personal(hit: Hit) -> bool:
    if hit.after(1) == "@" or _employer_offer(hit):
        return False
    if hit.matched.startswith("without"):
        # Only a wish for a hire who needs none ("someone who can do it without
        # adjustments"), not "with or without" nor an answer ("can lift it without").
        return rx.search(r"\bwith or\s+$", hit.before(10)) is None and (
            rx.search(
                r"\b(?:need|needs|want|wants|prefer\w*|looking for|someone|somebody|only|must"
                r"|has to|have to|expect\w*|ideally|rather|hire|hiring)\b",
                hit.before(80),
            )
            is not None
        )
    if not hit.personal() and PRO_BEFORE.search(hit.before(90)) is not None:
        return False  # "processed 300 accommodation requests as an HR partner"
    if rx.search(
        r"with or without (?:an? |any )?(?:reasonable )?(?:adjustments?|accommodations?)",
        hit.sentence,
    ):
        return False
    return _TRAVEL.search(hit.before(40) + " " + hit.after(40)) is None


DIS_007 = Rule(
    id="CND-DIS-007",
    category="disability_health",
    severity="error",
    title="Accommodation or adjustment request recorded",
    terms=(
        r"(?:an?|the|his|her|their|cand'?s|candidate'?s|applicant'?s|interviewee'?s)"
        r" (?:ada |disability |medical |workplace |reasonable )?(?:accommodation|adjustment)"
        r" requests?",
        r"(?:accommodation|adjustment) requests? (?:for|on|at|during|from|was|were|is|has|had"
        r"|came|submitted|filed|granted|approved|noted|pending|handled|sorted|went)\b",
        r"reasonable adjustments?",
        r"without (?:any |the need for |needing |requiring )?(?:reasonable |special |workplace )?"
        r"(?:adjustments?|accommodations?)\b",
        r"(?:requested|requests|requesting|asked for|asks for|asking for|needs|needed|need"
        r"|will need|would need|may need|might need|wants|wanted) (?:an? |some |any |a few )?"
        r"(?:adjustments?|changes) (?:for|at|during|in|to) (?:the |his |her |their )?(?:interview"
        r"|test|assessment|exam|onsite|on-site|panel|take-home|workstation|desk|workplace|office"
        r"|coding test|case study|presentation)\b",
        r"(?:the |an? )?(?:accommodations?|adjustments?) (?:you|he|she|they) (?:requested|asked "
        r"for|needed|need|requested for)\b",
    ),
    check=_request_personal,
    exemptions=frozenset({"requirement"}),
    message="Records a request for an accommodation or adjustment in an evaluation.",
    rationale=DIS_002.rationale,
    suggestion=DIS_002.suggestion,
    bad=(
        "Her accommodation request for the panel went through HR.",
        "Accommodation request was approved last week; score 3/4.",
        "Asked for reasonable adjustments at the assessment centre.",
        "Needed some adjustments for the coding test, so hard to compare.",
        "She'll need adjustments for the assessment centre; not worth the hassle.",
        "The candidate's adjustment request is attached below.",
        "We need someone who can do the job without adjustments.",
        "Prefer a candidate who can start without any special accommodations.",
        "Given the accommodation you requested for the test, we will not proceed.",
    ),
    good=(
        "Processed 300 accommodation requests a year as an HR partner.",
        "If you would like reasonable adjustments for the interview, let us know.",
        "Can perform the essential functions with or without reasonable adjustments: yes.",
        "Made two changes to the schema during the interview and explained why.",
        "Guest accommodation requests for the offsite go to the events team.",
        "Can do the job with or without adjustments, she confirmed.",
        "Booked the trip without accommodation, as the visit was a day return.",
        "Can do the lifting without adjustments, she said, and showed the forklift licence.",
    ),
)

DIS_008 = Rule(
    id="CND-DIS-008",
    category="disability_health",
    severity="error",
    title="Sick days or sickness absence asked or recorded",
    terms=(
        r"(?:off|out|home|phoned in|called in|calls in|call in|rang in) (?:sick|ill|unwell)"
        r"|sickness(?: absences?| record| history| levels?| rates?)?|sick ?(?:record|pay|time)",
        r"(?:days?|time|weeks?|months?|shifts?) off (?:work |sick |ill )?(?:sick|ill|unwell"
        r"|for (?:illness|sickness|health reasons|medical reasons|stress|surgery|an operation"
        r"|(?:his|her|their) (?:health|back|nerves|surgery|operation|treatment)))",
        r"(?:signed|off work|time off|leave) (?:off )?(?:work )?(?:with|for|due to|because of)"
        r" (?:stress|burnout|illness|depression|anxiety|an illness|an injury|a bad back|surgery"
        r"|an operation|health reasons|medical reasons|a breakdown)|signed off (?:work|sick)",
        r"(?:absence|attendance) (?:record|history|levels?)"
        r"|how (?:many|much) (?:days?|time|shifts?) (?:\w+ ){0,4}?(?:off sick|out sick|sick"
        r"|ill|absent|missed)",
    ),
    check=_health_ok,
    exemptions=frozenset({"professional", "requirement"}),
    message="Asks about or records sick days or sickness absence.",
    rationale=_HOOK + " 'How many days were you sick last year?' is a listed unlawful "
    "pre-offer inquiry.",
    suggestion=(
        "Delete it. If attendance matters, state the schedule to every candidate and record "
        "whether they can meet it; never ask about past illness."
    ),
    bad=(
        "Asked how much time she had off sick at her last job.",
        "Said he was out sick a lot last winter.",
        "Sickness absence at the previous employer looks high.",
        "Took six weeks off for stress in 2022.",
        "Signed off work with a bad back for a month.",
    ),
    good=(
        "Built the sickness-absence dashboard for the HR team.",
        "Designed the attendance record module for a school district.",
        "Sick pay policy: statutory plus 10 days for all employees, as the offer letter states.",
        "Can work the Saturday rota stated to all candidates: yes.",
    ),
)


_KIN = rx.compile(
    r"\b(?:mother|father|mom|mum|dad|parents?|sister|brother|siblings?|grand\w+|gran|nan"
    r"|aunt|auntie|uncle|cousin|relatives?|family)\b"
)


_CLINICAL = rx.compile(
    r"\b(?:ward|wards|patients?|clinical|code blue|respond\w*|resuscitat\w*|cpr|nurse|nursing"
    r"|paramedic|icu|a&e|er|triage\w*|treated|protocols?|simulation|drill)\b"
)


def _squint_health(hit: Hit) -> bool:
    if not _health_ok(hit):
        return False
    m = hit.matched
    if rx.match(r"health|needs", m) and rx.search(
        r"\b(?:codebase|code|system|service|cluster|project|team|teams|company|business"
        r"|pipeline|platform|app|repo|sprint|process|schedule|plan|job|cron)\s*$",
        hit.before(25),
    ):
        return False  # "codebase health-wise", "her team needs regular breaks"
    if rx.search(r"stroke|heart attack|cardiac|history of", m):
        if hit.in_sentence(_CLINICAL):
            return False  # the candidate's clinical work ("responded to a cardiac arrest")
        if rx.search(r"\b(?:gave|give|giving|nearly|almost|near|practically)\b", hit.before(25)):
            return False  # "nearly gave me a heart attack": an idiom
        if hit.in_sentence(_KIN):
            return False  # a relative's illness is genetic information (CND-GEN-*)
    if rx.match(r"(?:spent|stayed|admitted|committed|sectioned|hospitali|inpatient)", m):
        # A stay as the patient, not years on the ward as staff.
        return not rx.search(
            r"\b(?:as an? |nurse|nursing|worker|staff|therapist|ot\b|psychologist|doctor|registrar"
            r"|hca|shifts?|rotation|placement|volunteer\w*|employed|job|working)",
            hit.sentence,
        )
    if rx.match(r"(?:difficult|trouble|problem|struggl)", m):
        # Not a bad line: "trouble hearing us on the video call" is the connection.
        return not rx.search(
            r"\b(?:line|connection|audio|mic|microphone|zoom|teams|wifi|wi-fi|signal|call quality"
            r"|echo|headset|bandwidth|lag|dropp\w*|network|speaker|volume)\b",
            hit.low[max(0, hit.start - 100) : hit.end + 100],
        )
    if rx.match(r"(?:flinch|startl|jumpy|skittish|hyper|shell|jumped)", m):
        # A startle counts as health talk only next to a noise or a service history.
        return hit.in_sentence(_STARTLE_CUE)
    if hit.matched.startswith("squint"):
        return (
            rx.search(
                r"\b(?:eyes?|eyesight|vision|glasses|see|sight|monitors?|screens?|read(?:ing)?)\b"
                r"|\?",
                hit.sentence,
            )
            is not None
        )
    return True


_STARTLE_CUE = rx.compile(
    r"\b(?:noise|noises|noisy|alarms?|bangs?|banged|loud|sirens?|horns?|gunfire|fireworks"
    r"|bells?|crash\w*|slams?|slammed|dropped|clang\w*|beeps?|vet|veteran|combat|tours?"
    r"|deployed|deployment|army|military|marines?|service|ptsd|trauma\w*|war)\b"
)


_BODY = (
    r"(?:back|knees?|hips?|joints?|shoulders?|wrists?|legs?|feet|lungs?|eyes|eyesight|hearing"
    r"|health|body|spine|heart)"
)

DIS_009 = Rule(
    id="CND-DIS-009",
    category="disability_health",
    severity="error",
    title="Health or impairment inferred from observation",
    terms=(
        r"eyesight|squint(?:s|ed|ing)?|(?:bad|poor|weak|failing|declining|deteriorating"
        r"|dodgy) (?:eyes|eyesight|hearing|vision|lungs|joints|knees|hips)",
        r"(?:his|her|their|cand'?s|candidate'?s) " + _BODY + r"(?![- ](?:end|office|log|story"
        r"|stories|ground|up|channel|language|of work|catalogue|catalog|and soul|was(?:n't)? in"
        r" it|is(?:n't)? in it))\b[^.;!?\n]{0,25}?\b(?:could(?:n't)?|would(?:n't)?|might(?:n't)?"
        r"|won't|can't|cannot|isn't up|is not up|not up|hold(?:s|ing)? up|give(?:s)? out|gave out"
        r"|strong enough|good enough|in (?:good|bad|poor|rough) shape|playing up|acting up"
        r"|bothering (?:him|her|them)|goes|went|locks up|flares? up|isn't (?:great|good|what it"
        r" was|the best)|is not (?:great|good)|(?:is|was|'s) (?:poor|bad|failing|going|weak)"
        r"|(?:'s|'re|is|are|was|were|will be|would be|be) (?:still |really |quite |even |physically"
        r" |not |no longer |isn't |not really )?"
        r"(?:up to|up for|built for|cut out for|able for|fit for|robust enough for)(?! (?:date"
        r"|speed|scratch|par|standard|the (?:job|task|challenge) of (?:writing|reviewing|leading"
        r"|managing|running|designing)))"
        r")\b(?: \w+){0,3}",
        r"(?:back|lumbar|knee|wrist|ankle) (?:support belt|support brace|brace|belt)|fibro"
        r"|fibromyalgia|(?:his|her|their) flare-?ups?|flare-?ups? (?:of|from) (?:his|her|their)",
        r"(?:need|needs|needed|require|requires|required|will need|would need|might need"
        r"|may need|want|wants) (?:an? |some |any )?(?:special|adapted|adaptive|ergonomic"
        r"|assistive|modified|magnif\w+|large[- ]print|screen[- ]reading|specialist)"
        r" (?:monitors?|screens?|keyboards?|mouse|chairs?|desks?|equipment|software|workstation"
        r"|set-?up|tech(?:nology)?|tools?|lighting|displays?|glasses)",
        r"(?:health|medical|mental[- ]health|cognitive|mobility) (?:challenges?|difficult(?:y|ies)"
        r"|issues|problems|aids?|condition"
        r"|struggles?|limitations?|restrictions?|circumstances|journey|needs|impairments?)"
        r"(?! (?:of|in|for) (?:the|our|this|a|an|its|their|all|every)\b)"
        r"|physical (?:limitations?|restrictions?|impairments?|difficult(?:y|ies))",
        r"(?:hearing|vision|visual|sight|eyesight|speech|breathing|walking|balance|motor"
        r"|swallowing|chewing) (?:difficult(?:y|ies)|impairments?|limitations?|challenges?"
        r"|problems?|issues|troubles?)|(?:learning|reading|concentration|processing|attention"
        r"|memory) (?:difficult(?:y|ies)|impairments?|limitations?)",
        r"(?:spent|stayed|admitted|committed|sectioned|hospitali[sz]ed|inpatient)(?: [\w-]+){0,4}"
        r" (?:in|to|into|at) (?:a |an |the )?(?:psychiatric|psych|mental health|detox|secure"
        r"|eating disorders?) (?:unit|ward|hospital|facility|clinic|centre|center|programm?e?)\b"
        r"|(?:was|been|got|being) sectioned",
        r"(?:difficulty|difficulties|trouble|problems?|struggl\w+) (?:hearing|seeing|walking"
        r"|standing|breathing|climbing the stairs|with (?:the )?stairs)\b(?! (?:back|about|from"
        r"|how|why|what|where|when|whether|which|who|that|if|it|past|beyond|eye to eye"
        r"|the (?:point|big picture|bigger picture|value|benefit|pattern|issue|problem|bug|link"
        r"|connection|difference)))",
        r"(?:shake|shakes|shaking|tremble|trembling|twitch(?:ing)?|tremors?) in (?:his|her|their)"
        r" (?:hands?|arms?|legs?|fingers|head|left|right)\b",
        # A startle read as trauma: "flinched hard when the alarm went off".
        r"flinch(?:ed|es|ing)?|startl(?:ed|es|ing)|jumpy|skittish|hyper-?vigilan(?:t|ce)"
        r"|shell[- ]?shock(?:ed)?|jumped out of (?:his|her|their) skin",
        r"(?:maybe|probably|possibly|might be|may be|could be|seemed|seems|looked|looks|prob"
        r"|definitely|clearly|obviously) (?:on something|on drugs|stoned|drunk|hungover"
        r"|medicated|off (?:his|her|their) meds|on (?:his|her|their) meds)",
        r"(?:a|his|her|their|mini|minor|major|recent) strokes?\b(?! (?:of|through|count|width|order"
        r"|colou?r|style|weight|ward|unit|team|patients?|nurse|rehab|clinic|service|pathway))|slurr(?:ed|ing|s) (?:speech|words|answers)|speech was slurred"
        r"|history of (?:strokes?|heart attacks?|seizures|cancer|depression|mental illness"
        r"|epilepsy|psychosis)|heart attacks?|cardiac arrest",
        r"(?:arm|leg|foot|wrist|hand|ankle) (?:was |is )?in a (?:cast|sling|brace|boot)|in a"
        r" (?:cast|sling|neck brace|surgical boot|brace|splint|knee brace|back brace|wrist"
        r" brace|moon boot|walking boot)\b(?![- ](?:block|pair|expansion|initiali\w*|syntax))|(?:lazy|glass|wandering|false) eye|cleft (?:lip|palate)|dwarfism|albinism|partially"
        r" sighted|health-?wise|medically (?:unfit|fit enough|speaking)|type (?:1|2|one|two|i|ii)"
        r" diabet\w+|(?:she's|he's|they're|is|was) type (?:1|2|one|two)\b(?! (?:error|errors"
        r"|hypervisor|fun|personality|fonts?))|needs? to (?:sit|lie) down (?:a lot|often"
        r"|frequently|regularly)|needs (?:frequent|regular|lots of|a lot of) (?:rest )?breaks",
        r"(?:a|some kind of|his|her|their|facial|vocal|nervous|verbal|motor) tics?\b"
        r"|(?:might|may|could|must) be (?:ill|sick|unwell|poorly)(?![- ]\w)",
        r"unsteady on (?:his|her|their) feet|(?:looked|looks|seemed|seems|appeared|appears)"
        r" (?:very |quite |a bit |really |rather |kind of |pretty )?(?:unwell|gaunt|emaciated"
        r"|jaundiced|sickly|poorly|infirm|feeble)",
        r"(?:how|whether|if) (?:he|she|they)(?:'d| would| will| might)? (?:reacts?|handles?|deal"
        r"s? with|copes? with|responds?) (?:to )?(?:loud noises?|gunfire|gunshots?|bangs|firewor"
        r"ks|sudden noises?|explosions?)",
    ),
    check=_squint_health,
    exemptions=frozenset({"professional", "requirement"}),
    message="Infers or records a health condition or impairment from what was observed.",
    rationale=_HOOK + " Speculating about an impairment from appearance is treating the "
    "candidate as disabled, which the ADA also covers ('regarded as').",
    suggestion=(
        "Delete the speculation. State the essential function ('reads small print on "
        "labels', 'lifts 40 lb') and ask every candidate whether they can perform it with "
        "or without reasonable accommodation."
    ),
    bad=(
        "Your mobility issues would make the site visits difficult.",
        "Kept squinting at the slides, maybe bad eyesight?",
        "Not sure her knees would hold up on the ladders.",
        "His back might not take the lifting all day.",
        "Would need an ergonomic chair and special keyboard, extra cost.",
        "Given the mobility limitations you mentioned, we will not be moving forward.",
        "Looked quite unwell during the panel.",
        "Slurred a couple of answers, probably hungover.",
        "Told us about her heart attack two years ago.",
        "Has a lazy eye; might be distracting on video calls.",
        "Arm in a cast, so typing speed may be low for a while.",
        "Had some kind of tic in the first ten minutes.",
        "Very pale and thin, might be ill.",
        "Her hearing isn't great in loud rooms; the floor is noisy.",
        "Wears a back brace and says his back goes now and then.",
        "Gets fibro flare-ups a few times a year.",
        "She's type 1, checks her levels at lunch.",
        "Seems fine health-wise but I'd double-check.",
        "Had a minor stroke in 2021, still some weakness on the left.",
        "Very twitchy, maybe on drugs?",
        "Wondering if her knees are up to a full day on the shop floor.",
        "His back's not built for the loading bay any more.",
        "Mentioned her hearing difficulties; the call centre floor is loud.",
        "Jumped out of his skin when a pallet dropped; ex-forces, so maybe trauma.",
        "Wrist was in a brace, so the typing test may not be fair to judge.",
        "Spent six weeks in a psychiatric hospital last year, she said.",
        "Was sectioned in 2020, now well, she told us.",
        "Had some difficulty hearing the panel; the role is mostly phone calls.",
        "Bit of a shake in his hands, prob nothing but the job is fine soldering.",
        "Noticeable trembling in her fingers when she typed.",
        "Did a tour overseas; I'd want to see how he reacts to loud noises on the range.",
    ),
    good=(
        "Her back-end work on the billing API was strong.",
        "Built assistive software for a screen-reader vendor.",
        "His body of work on caching is impressive.",
        "The role requires reading small print on labels, with or without accommodation.",
        "Her heart wasn't in the sales pitch; no examples given when asked.",
        "Her estimate was probably high, given the dependency risk.",
        "The outage nearly gave the team a heart attack; she fixed it in ten minutes.",
        "A stroke of luck: the panel got the full demo working.",
        "The plan might be ill-advised, she admitted, and offered an alternative.",
        "Explained the difference between a type 1 and type 2 error clearly.",
        "Builds lithium-ion battery management firmware.",
        "Lab demo: pressed a lithium disilicate crown, margins within 50 microns.",
        "Mostly removable prosthetics and denture relines at her last dental lab.",
        "Certified in orthotics and prosthetics; fitted 200 patients last year.",
        "Fixed memory issues in the JVM service; heap down 40%.",
        "As an ICU nurse she responded to a cardiac arrest on her first shift.",
        "Speech and language therapist for six years; strong assessment reports.",
        "Pharmacy technician; dispensed insulin and inhalers daily.",
        "Occupational therapist who adapted workstations for injured workers.",
        "Analysed earth tremors data for the seismology team.",
        "Codebase health-wise was poor when she joined; she added tests.",
        "Her back-end work goes live next week.",
        "Her back-end skills are up to date with the current Spring release.",
        "His body of work is up to the standard of a staff engineer.",
        "Built reading-difficulty screening tools for a school district.",
        "Flinched at nothing in the stress interview; answered the pricing curveball calmly.",
        "Wrap the expression in a brace block so the linter passes, she explained.",
        "Spent four years in a psychiatric unit as a staff nurse; de-escalation 4/4.",
        "Had trouble hearing us at first; the Zoom audio kept dropping.",
        "Struggled seeing the bigger picture in the strategy case; level 2.",
        "Had difficulty seeing how the legacy modules fit together, then mapped them.",
        "Explained the shake in the test rig's arms was a loose bearing, and fixed it.",
    ),
)


_HEALTH_CUE = rx.compile(
    r"\b(?:physical\w*|fitness|health|medical|lift\w*|standing|stamina|condition|injur\w*"
    r"|mobility|energy|fatigue|pain|back|knees?|illness|disabilit\w+|impair\w+|sight|hearing"
    r"|mental)\b"
)


def _disclosed_health(hit: Hit) -> bool:
    return hit.in_sentence(_HEALTH_CUE) and not employer_statement(hit)


DIS_010 = Rule(
    id="CND-DIS-010",
    category="disability_health",
    severity="error",
    title="Disclosed health limitation used as a reason",
    terms=(
        r"(?:which|that|as|since|because|given (?:that|what)|what) (?:you|he|she|they)"
        r" (?:indicated|disclosed|mentioned|described|shared|told us|noted|explained|raised"
        r"|flagged)\b[^.;!?\n]{0,60}?\b(?:challenge|challenging|difficult|difficulty|problem"
        r"|issue|hard|limit\w*|unable|not (?:be )?able|struggle|concern|a barrier)\b",
    ),
    check=_disclosed_health,
    message="Uses a health limitation the candidate disclosed as a reason in the decision.",
    rationale=_HOOK + " A requirement stated in the same sentence does not make reasoning from "
    "a disclosed condition lawful; the ADA requires an individual assessment, with "
    "accommodation, after a conditional offer.",
    suggestion=(
        "Remove the reference to what the candidate disclosed. Decide on the essential "
        "functions as asked of every candidate ('Can perform [function] with or without "
        "reasonable accommodation: yes/no')."
    ),
    bad=(
        "The role requires lifting 25 kg, which you indicated could be a challenge with your back.",
        "Given what she disclosed about her energy levels, the night shift may be too hard.",
        "As he mentioned his knee limits climbing, we will not progress.",
    ),
    good=(
        "As you mentioned, the timeline was a challenge; your plan handled it well.",
        "Which she described as a hard trade-off between latency and cost.",
        "The role requires lifting 25 kg with or without reasonable accommodation; please confirm.",
    ),
)


def _stress_absence(hit: Hit) -> bool:
    """Stress (or a similar cause) given as the reason for time off work."""
    if employer_statement(hit):
        return False
    return (
        rx.search(
            r"\b(?:off|signed off|leave|absence|absent|time out|out of work|break|sabbatical"
            r"|sick)\b[^.;!?]{0,40}?\b(?:with|due to|because of|from|for|owing to)\s+"
            r"(?:work-?related\s+|severe\s+|bad\s+|acute\s+|chronic\s+)?$",
            hit.before(60),
        )
        is not None
    )


DIS_011 = Rule(
    id="CND-DIS-011",
    category="disability_health",
    severity="error",
    title="Time off attributed to stress or exhaustion",
    terms=(
        r"stress(?![- ](?:test\w*|ball|points?|fractures?|relief products?))|exhaustion"
        r"|burn-?out|overwork|a breakdown|nervous exhaustion|fatigue",
    ),
    check=_stress_absence,
    message="Records time off work for stress, exhaustion or a breakdown.",
    rationale=_HOOK + " Stress-related absence is health information, and an anxiety or "
    "depressive condition behind it may be a disability.",
    suggestion=_DELETE,
    bad=(
        "Off work for six months last year with stress.",
        "Was signed off for three months due to work-related stress.",
        "Took a sabbatical because of burnout, she said.",
        "Absent for a while with exhaustion after the merger.",
    ),
    good=(
        "Ran the stress-testing programme for the bank's capital models.",
        "Off-site for two days with the stress-test team.",
        "Stays calm under stress; handled the outage call well.",
        "Took a break from consulting for a master's degree.",
    ),
)


# A request or need verb for assistive equipment, with the candidate (not users or a
# client) as the one asking: "Requested a sit-stand desk", "will need captioning".
_NEED_VERB = rx.compile(
    r"\b(?:requested|requests|requesting|request(?:ed)? for|asked (?:us |me |hr )?for|asks for"
    r"|asking for|needs|needed|need|will need|would need|may need|might need|wants|wanted"
    r"|requires|required|relies on|relied on|depends on|uses|used|using|mentioned needing"
    r"|said (?:she|he|they) (?:needs?|uses?|would need)|brings?|brought|has to have|must have"
    r"|asked (?:if|whether) (?:we|she|he|they|it) (?:could|can|would|might) (?:get|have|give"
    r"|provide|use|bring|arrange|set up))"
    r"\b(?P<rest>[^.;!?\n]*)$"
)
_OTHERS_ASKING = rx.compile(
    r"\b(?:users?|customers?|clients?|stakeholders?|patients?|students?|members|employees"
    r"|staff|colleagues|the (?:team|client|business|product|board)|we|our \w+|product)\s+"
    r"(?:\w+\s+)?$"
)


def _equipment_request(hit: Hit) -> bool:
    """Assistive equipment the candidate asked for or needs, not work on such tools."""
    if employer_statement(hit) or _employer_offer(hit):
        return False
    before = hit.before(70)
    m = _NEED_VERB.search(before)
    if m is None:
        return False
    if PRO_BEFORE.search(m.group("rest")):
        return False  # "requested budget to build screen-reader support": work on it
    if _OTHERS_ASKING.search(before, 0, m.start()):
        return False  # "users requested captions": a product request
    verb = m.group().split()[0]
    if rx.match(r"(?:uses|used|using|brings?|brought)$", verb) and rx.search(
        r"(?:desks?|workstations?|chairs?|keyboards?|mouse|mice|set-?ups?)$", hit.matched
    ):
        return False  # "uses a standing desk": furniture seen, nothing asked for
    if rx.search(
        r"^[^.;!?\n]{0,30}?\b(?:to|for|when|while) (?:test\w*|check\w*|audit\w*|verif\w*"
        r"|evaluat\w*|review\w*|demo\w*|qa\b|reproduc\w*|validat\w*)",
        hit.after(50),
    ):
        return False  # "uses JAWS and NVDA to test every release": a tester's tools
    if rx.match(r"(?:extra|additional|more|longer) time", hit.matched) and hit.in_sentence(
        rx.compile(
            r"\b(?:ambiguous|unclear|scope|scoping|workload|travel\w*|deadline|clarif\w*"
            r"|wedding|holiday|vacation|busy|conflict|another interview|notice period|moving"
            r"|schedule|time ?zone|outage|on-call|exams?|other offer)\b"
        )
    ):
        return False  # more time for a stated non-medical reason
    return not rx.match(
        r"^[\s-]*(?:support|testing|tests?|compatib\w*|features?|integration|for (?:the|our|all"
        r"|every|each) (?:users?|customers?|clients?|team|staff|site|office|floor))\b",
        hit.after(30),
    )


DIS_012 = Rule(
    id="CND-DIS-012",
    category="disability_health",
    severity="error",
    title="Assistive equipment or workplace adjustment requested",
    terms=(
        r"(?:sit[- ]?stand|standing|stand-up|height[- ]adjustable|adjustable|ergonomic|accessible"
        r"|raised) (?:desks?|workstations?|chairs?|keyboards?|mouse|mice|set-?ups?)",
        r"screen[- ]?read(?:ers?|ing)(?: software| tools?| program)?|screen[- ]?magnif\w+"
        r"|magnif(?:ication|ier|ying) (?:software|tools?|glass)|zoomtext|jaws|nvda"
        r"|dictation software|speech[- ]to[- ]text(?: software| tools?)?|voice[- ]recognition"
        r" software|dragon (?:naturally ?speaking|dictation)|text[- ]to[- ]speech(?: software)?",
        r"(?:live )?caption(?:s|ing|ed (?:calls|meetings|video))|(?:a |an )?(?:bsl|asl|sign"
        r"[- ]language) interpreters?|(?:a |an )?induction loop|hearing loop|lip-?speaker",
        r"(?:a |an )?(?:quiet|low-stimulus|low-sensory|separate|private|distraction-free)"
        r" (?:room|space|workspace|area|office)\b(?! (?:booking|bookings|booked|for (?:the|a|our)"
        r" (?:call|meeting|interview|team|client|panel|debrief)))"
        r"|(?:extra|additional|more|longer) time (?:on|for|in|during|to complete|to finish) (?:the"
        r" |a |an |his |her |their )?(?:written |coding |online |aptitude |technical |timed"
        r" |numerical |verbal |reasoning |typing )?(?:tests?|exams?|assessments?|tasks?"
        r"|exercises?|case study|take-home|screening)"
        r"|noise[- ]cancell?ing headphones|rest breaks|(?:extra|additional|regular|frequent)"
        r" (?:rest )?breaks (?:for|to|during)\b",
        r"(?:a |an )?ground[- ]floor (?:desk|office|workstation|room|seat|location)"
        r"|accessible (?:parking|toilets?|bathrooms?|restrooms?|entrances?|parking space)"
        r"|disabled (?:parking|bay|toilets?|access)|blue badge|(?:a |an )?(?:wheelchair )?ramp\b(?![- ]?(?:up|down|ed|ing|s)\b)"
        r"|lift access|step-?free access",
        r"(?:bigger|larger|large|enlarged|high[- ]contrast)[- ](?:text|print|fonts?|type|screens?"
        r"|monitors?|displays?)",
    ),
    check=_equipment_request,
    exemptions=frozenset({"requirement"}),
    message="Records that the candidate asked for or needs assistive equipment or an adjustment.",
    rationale=_HOOK + " A request for assistive equipment or a changed workspace is an "
    "accommodation request, whatever words name it; it is confidential and must not "
    "influence the evaluation.",
    suggestion=(
        "Remove it from the evaluation and route it to HR's confidential accommodation "
        "process. Record only 'Can perform [essential function] with or without reasonable "
        "accommodation: yes/no'."
    ),
    bad=(
        "Asked for a standing desk and screen magnification software if hired.",
        "Will need live captions on team calls, she said; flagging for the panel.",
        "Relies on dictation software for long documents.",
        "Needs a ground-floor desk and an accessible parking space.",
        "Requested a quiet room for the written test and regular breaks during it.",
        "Asked for extra time on the numerical test; noted for the panel.",
        "Needs a quiet space and more time on timed assessments, she told the recruiter.",
        "Asked if we could give her a monitor with larger text for the test.",
    ),
    good=(
        "Users requested captions on the training videos; she shipped them in a sprint.",
        "Built screen-reader support into the banking app's checkout.",
        "Evaluated three speech-to-text vendors for the contact-centre project.",
        "Ordered sit-stand desks for the whole office as facilities coordinator.",
        "Uses JAWS and NVDA to test every release against WCAG 2.2 as a QA lead.",
        "Would need some ramp-up time on Kubernetes; strong on Docker.",
        "Asked for extra time on the take-home because the brief was ambiguous; we clarified.",
        "Asked for a quiet room for the client call, then ran a clean discovery session.",
        "Requested extra time to finish the project plan, then scoped it well.",
    ),
)


def _medical_exit(hit: Hit) -> bool:
    """Leaving a job or the forces on medical grounds, not a medical board as an exam or
    a committee, nor discharge paperwork as clinical work."""
    if not _health_ok(hit):
        return False
    m = hit.matched
    if m.startswith("medical board"):
        if rx.search(
            r"\b(?:sat|sits|sitting|served|serves|member|chair\w*|secretary|on the)\s+"
            r"(?:on|of)?\s*(?:the|a)?\s*$",
            hit.before(25),
        ):
            return False  # a member of a medical board
        if rx.match(
            r"^\s*(?:exams?|certif\w*|licen\w*|review(?:er)?s?|papers?|minutes|meetings?"
            r"|of|at|for|members?|chair)\b",
            hit.after(20),
        ):
            return False  # the board as an exam or a committee
        if rx.search(
            r"\b(?:to|for|with|presented|reported|briefed|pitched|advised)\s+the\s+$",
            hit.before(20),
        ):
            return False  # "presented to the medical board": a committee
    if m.startswith("on ") and not rx.search(
        r"\b(?:left|leave|leaving|resign\w*|retir\w*|discharg\w*|releas\w*|quit|stepped"
        r"|stood|stepping|deferr?\w*|withdr[ae]w\w*|exit\w*|finished|ended|out|off|let go"
        r"|invalided|boarded|he|she|they|his|her|their)\b",
        hit.sentence,
    ):
        return False  # "denied the claim on medical grounds": claims work
    # "medical discharge summaries": a clinician's paperwork.
    return not rx.match(
        r"^\s*(?:summar\w*|plans?|planning|letters?|notes?|paperwork|process\w*|documentation"
        r"|forms?|checklists?|criteria|pathways?|protocols?|policy|polic\w*|audits?|rates?)\b",
        hit.after(25),
    )


DIS_013 = Rule(
    id="CND-DIS-013",
    category="disability_health",
    severity="error",
    title="Left a job or the forces on medical grounds",
    terms=(
        r"medically (?:discharged|boarded|retired|separated|released|downgraded|evacuated|invalided"
        r"|unfit|non-deployable|non deployable)",
        r"medical (?:discharge|retirement|separation|downgrade|board(?:ed)?|release)\b",
        r"invalided (?:out|home|off)|ill[- ]health (?:retirement|retired|grounds|pension|exit)"
        r"|(?:retired|left|resigned|discharged|released|stepped down|stood down|let go|finished)"
        r" (?:early )?(?:on|due to|because of|for|through) (?:ill[- ]health|health grounds"
        r"|medical grounds|health reasons|medical reasons)",
        r"on (?:medical|health|ill[- ]health) grounds",
        r"discharge(?: status| type| reason| code|d)?[^.;!?]{0,40}\b(?:said|says|was|it's|its|li"
        r"sted as|coded as|came back) (?:it was |a )?medical\b(?! (?:records?|assistant|billing|"
        r"coding|device|supplies|center|centre|office|field|unit|team|corps|technician|tech))",
        r"(?:left|got out of|came out of|discharged from|out of) (?:the )?(?:army|navy|military|"
        r"marines|air force|coast guard|guard|service|forces)(?: early)? (?:on|for|because of) (?:a |s"
        r"ome (?:kind|sort) of )?medical\b",
    ),
    check=_medical_exit,
    exemptions=frozenset({"professional"}),
    message="Records that the candidate left a job or the services for medical reasons.",
    rationale=_HOOK + " A medical discharge, medical board or ill-health retirement is "
    "medical history; recording it invites the inference of a disability.",
    suggestion=(
        "Delete it. Record the dates and the job-related experience of the service or the "
        "job; ask no one why they left on health grounds."
    ),
    bad=(
        "Medically discharged from the Navy in 2019; didn't go into it.",
        "Went out on a medical board after the second tour.",
        "Took ill-health retirement from the police at 48.",
        "Left the fire service on medical grounds, he said.",
        "Resigned due to ill health in 2021, then freelanced.",
        "Got out of the Navy on a medical and wouldn't say why.",
        "Left the Army early for some kind of medical thing.",
    ),
    good=(
        "Wrote medical discharge summaries for 30 patients a week as a ward doctor.",
        "Sat on the medical board of the county hospital trust for two years.",
        "Passed the medical board exams on the first attempt in 2020.",
        "Presented to the medical board of the hospital on the new triage pathway.",
        "Denied claims on medical grounds per policy for five years as an adjuster.",
        "Ran the discharge planning process for the orthopaedic ward.",
        "Left the Army in 2018 as a sergeant after 12 years; logistics lead for a brigade.",
    ),
)


#: Other people in the sentence whose health the note is about: work, not the candidate.
_OTHERS_HEALTH = rx.compile(
    r"\b(?:patients?|clients?|residents?|members?|customers?|guests?|passengers?|students?"
    r"|everyone|everybody|all of us|the (?:team|crew|group|class)|participants?|callers?"
    r"|victims?|inmates?|athletes?)\b"
)


def _observed_health(hit: Hit) -> bool:
    """The candidate's health guessed from how they looked, moved or what care they get."""
    return not hit.in_sentence(_OTHERS_HEALTH)


DIS_014 = Rule(
    id="CND-DIS-014",
    category="disability_health",
    severity="error",
    title="Health guessed from looks, breathing, movement or medical visits",
    terms=(
        # "shaky hands during the hem test, tremor?"
        r"tremors?|shaky hands|(?:hands?|voice) (?:were |was )?(?:shaking|shaky|shook|trembl\w+)",
        # "breathes hard going up stairs", "took the stairs slowly", "seemed winded"
        r"(?:breathes|breathing|breathed) (?:hard|heavily)|out of breath|short of breath|winded"
        r"|wheez(?:y|ing|ed)|huffing and puffing|(?:took|takes|taking|climbed|climbs) the"
        r" (?:stairs|steps) (?:slowly|very slowly|one at a time)|(?:asked|needed|had) to sit"
        r" down",
        # "I suspect an eating disorder", "probably a user"
        r"eating disorder|anorexi\w*|bulimi\w*|seemed high|looked high|was high|(?:probably|maybe"
        r"|likely|definitely|prob) (?:a |an )?(?:user|addict|junkie|alcoholic|drinker|pothead"
        r"|stoner)\b|drinking problem|drink problem",
        # "good candidate if the knees hold", "bad back", "hip replacement"
        r"(?:knees?|back|hips?) (?:are |is )?(?:shot|gone|giving out|hold(?:s)?(?: up)?|holding"
        r" up|won't hold|might not hold)|(?:bad|dodgy|shot|gammy|busted|wrecked) (?:knees?|back"
        r"|hips?|shoulders?)|(?:knee|hip|shoulder) replacements?",
        # "a VA appointment every couple weeks", "the VA handles his 'stuff'"
        r"va (?:appointments?|doc(?:tor)?s?|visits?|handles)",
        r"(?:worryingly|dangerously|scarily|alarmingly|unhealthily) (?:thin|skinny)",
        r"track marks|(?:walked|walks|walking) with a (?:slight |noticeable |bad )?limp",
        r"(?:eyes?) (?:looked|look|looks) off|(?:one )?doesn't track\b",
    ),
    check=_observed_health,
    exemptions=frozenset({"professional"}),
    message=(
        "Guesses at the candidate's health from how they looked, breathed or moved, or "
        "from their medical visits."
    ),
    rationale=_HOOK,
    suggestion=_DELETE,
    bad=(
        "Hands shaking through the soldering test, tremor maybe? Fine work may not suit him.",
        "Breathes hard on one flight of stairs, not sure about the ladder work.",
        "She took the stairs slowly and asked to sit down halfway, seemed winded.",
        "I suspect an eating disorder, she looked very thin.",
        "Red eyes, giggly, probably a user.",
        "Good candidate if the knees hold up another few years.",
        "Has a VA appointment every other week, something from his service.",
    ),
    good=(
        "Taught patients with tremors to use the adaptive keyboard; strong OT knowledge.",
        "The CPR drill left everyone winded; she still scored 5/5 on compressions.",
        "Explained how she screens clients for eating disorders at intake.",
        "Lift requirement stated to all candidates: 50 lb, with or without accommodation.",
    ),
)


_POST_OFFER = rx.compile(
    r"\b(?:post-?offer|after (?:a|an|the|your) (?:conditional )?(?:job )?offer|conditional (?:job )?"
    r"offer|offer of employment (?:has been|is) (?:made|accepted)|once (?:an|the|your) offer"
    r"|(?:we|you) (?:do not|don't|never|won't|will not|may not|cannot|can't) (?:ask|inquire)"
    r"|(?:not|never) (?:ask|asked|inquire|permitted to ask))\b"
)


def _pre_offer_inquiry(hit: Hit) -> bool:
    """A medical question is lawful after a conditional offer, and a policy may say so."""
    return not _POST_OFFER.search(hit.sentence)


DIS_015 = Rule(
    id="CND-DIS-015",
    category="disability_health",
    severity="error",
    title="Medical inquiry before an offer: conditions, medications, treatment or claims",
    terms=(
        r"(?:any|what|which) (?:(?:pre-?existing|chronic|ongoing) )?(?:medical|health) (?:conditions?"
        r"|issues?|problems?|history|concerns?)",
        r"(?:take|taking|takes|on) any (?:medications?|meds|prescriptions?|prescription drugs?)",
        r"(?:ever|previously|recently) (?:been )?(?:treated|hospitali[sz]ed|under treatment) for",
        r"(?:any|filed (?:a|any)|prior|previous) workers'? comp(?:ensation)? claims?",
        r"(?:do|does|did) (?:you|he|she|they) have (?:a|any) (?:disabilit(?:y|ies)|medical condition"
        r"|health condition|impairments?)",
        r"(?:takes?|taking|on) (?:any(?:thing)?|medications?|meds|pills) (?:that|which)(?:'d| wo"
        r"uld| could| might| will)? (?:make|makes) (?:him|her|them|you) (?:drowsy|sleepy|tired|g"
        r"roggy|foggy)",
    ),
    check=_pre_offer_inquiry,
    exemptions=frozenset({"professional"}),
    message="Asks, or records asking, about the candidate's health before an offer.",
    rationale=_HOOK + " Before a conditional offer the ADA forbids disability-related inquiries "
    "and medical examinations (42 U.S.C. 12112(d)(2)).",
    suggestion=(
        "Delete the question. Ask whether the candidate can perform the essential functions, "
        "with or without reasonable accommodation; medical questions wait for a conditional offer."
    ),
    bad=(
        "Before we can proceed, please let us know whether you have any medical conditions or "
        "take any medications that could affect your work.",
        "Asked if she has any health issues that would keep her off the floor.",
        "Has he ever been treated for back problems? Worth asking at the second round.",
        "Any workers' comp claims at the last warehouse? Check before we go further.",
        "Asked if he takes anything that would make him drowsy on nights.",
    ),
    good=(
        "After a conditional offer, all hires complete the same health questionnaire with "
        "occupational health.",
        "As a pharmacist she reviews what medications patients take and flags interactions.",
        "We do not ask about medical conditions; the posting lists the essential functions.",
        "Asked whether she can lift 50 lb, with or without reasonable accommodation: yes.",
    ),
)


DIS_016 = Rule(
    id="CND-DIS-016",
    category="disability_health",
    severity="error",
    title="A health detail the candidate disclosed, given back as the reason",
    terms=(
        r"(?:the )?(?:treatment schedule|restrictions?|flare-?ups?|condition|diagnosis|limitations?"
        r"|medical (?:needs|appointments)|health (?:needs|issues?)) (?:that )?(?:you|she|he|they)"
        r" (?:described|mentioned|disclosed|shared|told us about)",
        r"(?:you|she|he|they) mentioned the (?:flare-?ups?|treatment|condition|diagnosis"
        r"|restrictions?)",
        r"(?:telling|told) us about your (?:hearing|vision|eyesight|sight|condition|diagnosis|health"
        r"|injury|back|surgery|treatment)",
    ),
    message="Gives a health detail the candidate disclosed as a reason or a concern.",
    rationale=_HOOK + " A decision that cites a disclosed condition is direct evidence of "
    "disability discrimination unless the condition prevents an essential function even with "
    "reasonable accommodation, which an interview cannot establish.",
    suggestion=(
        "Delete it. State the essential functions and the evidence against the rubric; an "
        "accommodation question goes through the interactive process, not the decision."
    ),
    bad=(
        "After reviewing the restrictions you described on lifting, we have decided to move "
        "forward with another applicant.",
        "You mentioned the flare-ups you get in your hands, and the role involves repositioning.",
        "We appreciated you telling us about your hearing. The console relies on radio traffic.",
    ),
    good=(
        "The restrictions you described on the posted schedule were noted; every finalist "
        "works the same rota.",
        "She described the diagnosis workflow she built for the clinic's intake nurses.",
    ),
)

RULES = (
    DIS_001,
    DIS_002,
    DIS_003,
    DIS_004,
    DIS_005,
    DIS_006,
    DIS_007,
    DIS_008,
    DIS_009,
    DIS_010,
    DIS_011,
    DIS_012,
    DIS_013,
    DIS_014,
    DIS_015,
    DIS_016,
)
