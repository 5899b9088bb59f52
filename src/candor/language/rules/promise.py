"""False promises and reassurance in letters (future openings, closeness, offers)."""

from __future__ import annotations

import re

from candor.language.context import Hit
from candor.language.model import Rule

_HOOK = (
    "Promises about future openings or reassurance that the decision was close create "
    "expectations that later decisions are measured against, and give the candidate "
    "reasons that may be inaccurate or conflicting (Business Management Daily; FindLaw)."
)
_SUGGEST = (
    "State the retention policy truthfully ('We keep applications for 12 months') and give "
    "a neutral pointer: 'You are welcome to apply for future postings on our careers page.'"
)
_PROMISE_CUE = re.compile(
    r"\b(?:will|would|'ll|'d|shall|going to|hope|hoping|hopeful|expect|expecting|sure|certain"
    r"|confident|perfect|ideal|great fit|strong fit|good fit|better fit|well[- ]suited"
    r"|priority|prioriti[sz]e|definitely|certainly|guarantee\w*|promise\w*|soon|shortly"
    r"|keep you|in mind|reach out|contact you|be in touch|let you know|consider you"
    r"|think of you|first in line|top of)\b"
)
_NEUTRAL = re.compile(
    r"\b(?:are|is|will be|get|gets) (?:posted|listed|advertised|published|announced)\b"
    r"|\bcareers? (?:page|site|portal)\b|\bwelcome to (?:re-?)?apply\b"
)
_RETENTION = re.compile(
    r"\b(?:for|up to) (?:\d+|one|two|three|six|twelve|eighteen|twenty-four) (?:months?|years?)"
    r"|\bretention|\bprivacy (?:notice|policy)|\bas required by\b|\bdelete[ds]?\b|\bgdpr\b"
    r"|\bdata protection\b"
)
_FUTURE = re.compile(
    r"\b(?:contact|reach out|be in touch|get in touch|call|let you know|notify|consider"
    r"|future|suitable|should (?:a|an|any|something)|if (?:a|an|any|something)|when (?:a|an"
    r"|any|something)|opening|opens|arises|comes up|become[s]? available)\b"
)


def _keep_on_file(hit: Hit) -> bool:
    return not (hit.in_sentence(_RETENTION) and not hit.in_sentence(_FUTURE))


def _future_promise(hit: Hit) -> bool:
    sentence = hit.sentence
    if not _PROMISE_CUE.search(sentence):
        return False
    cues = [m.group() for m in _PROMISE_CUE.finditer(sentence)]
    return not (_NEUTRAL.search(sentence) and set(cues) <= {"will", "'ll"})


FP_001 = Rule(
    id="CND-FP-001",
    category="false_promise",
    severity="error",
    title="Résumé kept on file / kept in mind",
    terms=(
        r"(?:keep|kept|hold|retain|store|keeping|holding|retaining|put|placed|add|added) (?:your"
        r"|the|his|her|their|you)(?:r)? (?:\w+ ){0,2}?(?:r[ée]sum[ée]s?|resumes?|cvs?"
        r"|applications?|details|profile|information|info|file|candidacy|name)(?: \w+){0,2}? "
        r"(?:on file|in (?:our|the) (?:system|files?|database|records|pipeline|talent pool"
        r"|talent community|pool))",
        r"(?:keep|kept|keeping|bear|bearing|have|had) (?:you|him|her|them|your (?:name|profile"
        r"|application)) (?:firmly )?in mind|top of (?:our|the|my) (?:list|mind)|first in line"
        r"|on our radar|in our talent pool",
    ),
    anchors=(
        "keep",
        "kept",
        "hold",
        "retain",
        "store",
        "keeping",
        "holding",
        "retaining",
        "put",
        "placed",
        "add",
        "added",
        "bear",
        "mind$",
        "top$",
        "first in line",
        "radar",
        "talent",
    ),
    check=_keep_on_file,
    message="Promises to keep the candidate in mind or on file for future openings.",
    rationale=_HOOK,
    suggestion=_SUGGEST,
    bad=(
        "We will keep your résumé on file should a suitable opening occur.",
        "We'll definitely keep you in mind for future roles.",
        "I've added your CV to our talent pool and will reach out when something opens.",
    ),
    good=(
        "We keep applications for 12 months, as our privacy notice explains.",
        "You are welcome to apply for future postings on our careers page.",
    ),
)

FP_002 = Rule(
    id="CND-FP-002",
    category="false_promise",
    severity="error",
    title="Future opening promised or suggested",
    terms=(
        r"(?:contact|reach out to|get in touch with|be in touch with|call|email|notify|let|ping)"
        r" you(?: know)?(?: \w+){0,3}? (?:when|if|as soon as|once|should|whenever|about)"
        r" (?:a|an|any|another|the next|new|future|similar|suitable|the right|other|more"
        r"|positions?|roles?|openings?|vacanc\w+|opportunit\w+|something|anything)",
        r"(?:be|get|reach) (?:back )?in touch (?:when|if|as soon as|once|should|whenever|about)"
        r"|reach out (?:when|if|as soon as|once|should|whenever|about) (?:a|an|any|another"
        r"|the next|new|future|something)",
        r"(?:future|upcoming|next|new|similar|another|other|later|more|further|suitable|right"
        r"|better[- ]suited) (?:\w+ )?(?:openings?|roles?|positions?|vacanc(?:y|ies)"
        r"|opportunit(?:y|ies)|requisitions?|reqs?|jobs?)",
        r"(?:there will|there'll|there should|there's bound to|there are bound to) (?:\w+ )?be"
        r" (?:other|more|future|new|plenty of|lots of) (?:\w+ )?(?:openings?|roles?|positions?"
        r"|opportunit\w+|chances?)",
        r"(?:have|find|find you|have you in|keep you in) (?:something|a (?:spot|place|role))"
        r"(?: else)?(?: for you)?(?: soon| shortly| later| down the line| in the future)|(?:i'm"
        r"|i am|we're|we are) (?:sure|certain|confident) (?:that )?(?:we'll|we will|there will"
        r"|there'll|something|a (?:role|position))",
    ),
    anchors=(
        "role",
        "future",
        "upcoming",
        "next$",
        "similar",
        "another",
        "suitable",
        "more",
        "other",
        "something",
        "anything",
        "contact",
        "reach",
        "call",
        "email",
        "notify",
        "let$",
        "ping",
        "opening",
        "position",
        "vacanc",
        "opportunit",
        "requisition",
        "req",
        "job",
        "find",
        "keep",
        "i am",
        "we are",
    ),
    check=_future_promise,
    message="Promises or suggests a future opening or contact.",
    rationale=_HOOK,
    suggestion=_SUGGEST,
    bad=(
        "We will contact you when a similar position opens.",
        "You'd be perfect for an upcoming role on the platform team.",
        "I'm sure there will be other opportunities here soon.",
        "We hope to see you in a future opening.",
    ),
    good=(
        "You are welcome to apply for future openings on our careers page.",
        "Future openings are posted on our careers site.",
        "We encourage you to apply for roles that match your skills.",
    ),
)

FP_003 = Rule(
    id="CND-FP-003",
    category="false_promise",
    severity="error",
    title="Decision described as close",
    terms=(
        r"(?:very |extremely |incredibly |really |so |super )?close (?:decision|call|race"
        r"|contest|one|thing)",
        r"(?:it|the decision|the choice|this|that|the final decision) (?:was|came down to|is)"
        r" (?:very |extremely |incredibly |really |so |super )?(?:close|tight|neck and neck"
        r"|the wire|a coin (?:toss|flip))",
        r"came down to (?:the wire|you and|two|a coin|a hair|the last)|neck and neck"
        r"|(?:you|he|she|they) (?:almost|nearly) (?:got|made|won|had) (?:it|the (?:job|role"
        r"|offer|position))|(?:almost|nearly|very nearly) (?:chose|chosen|selected|hired"
        r"|offered|went with) (?:you|him|her|them)|by a (?:hair|whisker|narrow margin)"
        r"|(?:almost|nearly) (?:our|the|my) (?:choice|pick|first choice|hire|top choice)",
    ),
    anchors=(
        "wire",
        "coin",
        "neck",
        "close",
        "the decision",
        "the choice",
        "the final",
        "came",
        "neck",
        "almost",
        "nearly",
        "hair$",
        "whisker",
        "narrow",
        "tight",
    ),
    message="Tells the candidate the decision was close.",
    rationale=_HOOK
    + " Telling a rejected candidate the decision was very close invites a challenge.",
    suggestion=(
        "Give the job-related reason against the bar and the criteria, without "
        "reassurance about closeness."
    ),
    bad=(
        "It was a very close decision.",
        "You almost got the job.",
        "It came down to you and one other.",
    ),
    good=("We worked closely with the hiring manager on the criteria.",),
)

FP_004 = Rule(
    id="CND-FP-004",
    category="false_promise",
    severity="error",
    title="Offer, job or terms promised",
    terms=(
        r"(?:promised|guaranteed|assured) (?:him|her|them|the candidate|you)?(?: that)?"
        r" ?(?:\w+ ){0,3}?(?:an offer|the (?:job|role|position)|a (?:raise|promotion|bonus"
        r"|title|relocation|remote)|(?:will|would|'d|'ll) (?:definitely |certainly )?(?:be "
        r"(?:hired|promoted|offered|made permanent|getting)|get))",
        r"told (?:him|her|them|the candidate|you)(?: that)? (?:he|she|they|you)(?:'d|'ll| would"
        r"| will) (?:definitely |certainly |surely |probably )?(?:get|be (?:hired|offered"
        r"|promoted|made permanent)|land|receive)",
        r"(?:job|position|role|employment) (?:is|will be) (?:guaranteed|secure|permanent|safe"
        r"|for life)|job for life|job security",
        r"(?:you|you'll|you will|he'll|she'll|they'll) (?:definitely|certainly|surely)? ?(?:get"
        r"|be offered|receive|land) (?:an offer|the (?:job|role|position)|the next (?:role|one"
        r"|opening))",
        r"(?:guarantee|guaranteed|promise|promised) (?:you |him |her |them )?(?:a |an |the )?"
        r"(?:\w+ ){0,2}?(?:offer|job|role|position|interview|raise|promotion|bonus|callback"
        r"|spot|place|seat|opening|title|salary|start date|relocation|remote)",
        r"(?:will|'ll) (?:definitely|certainly|surely) (?:hire|interview|consider|call|contact)"
        r" you|(?:fast[- ]track|priority consideration)",
    ),
    anchors=(
        "role",
        "offer",
        "definitely",
        "certainly",
        "surely",
        "promise",
        "guarantee",
        "assured",
        "told",
        "job",
        "position",
        "employment",
        "you'll",
        "he'll",
        "she'll",
        "they'll",
        "'ll",
        "fast",
        "priority",
    ),
    message="Promises an offer, a job or job terms.",
    rationale=_HOOK,
    suggestion=(
        "Describe only what has been decided and documented; offers and terms come in "
        "writing from the authorised person."
    ),
    bad=(
        "Told her she would get an offer next week.",
        "Promised him a promotion within six months.",
        "You will definitely get the next role.",
    ),
    good=("Explained the offer process and timeline stated to all finalists.",),
)


FP_005 = Rule(
    id="CND-FP-005",
    category="false_promise",
    severity="error",
    title="Future contact, consideration or favour implied",
    terms=(
        r"(?:hold|hang|holding|hanging) on ?to (?:your|the|his|her|their) (?:\w+ ){0,2}?"
        r"(?:r[ée]sum[ée]s?|resumes?|cvs?|applications?|details|profile|info)",
        r"(?:r[ée]sum[ée]|resume|cv|application|details|profile)s? (?:will )?(?:stays?|remains?"
        r"|be kept|be held|be retained|be stored|is kept|are kept|will stay|will remain)"
        r" (?:on file|in our (?:files?|system|database|records|talent pool|pipeline)|on record)",
        r"(?:reach out|be in touch|get in touch|get back to you|contact you|call you|ping you"
        r"|email you|let you know|come back to you|circle back)(?: \w+){0,2}? (?:if|when|once"
        r"|as soon as|should|whenever) (?:anything|something|a (?:new |suitable |similar"
        r"|relevant |matching |good |better )?(?:role|position|opening|vacancy|opportunity|spot)"
        r"|the (?:right|next|req|role|position)|another|one|more)",
        r"(?:if|when|once|as soon as|should) (?:anything|something)(?: else)? (?:opens|comes"
        r" up|comes along|pops up|turns up|becomes available|arises)",
        r"(?:you'd|you would|you'll|you will|you're|you are|he'd|she'd|they'd|he would"
        r"|she would|they would) (?:also )?(?:be )?(?:a |an )?(?:perfect|great|ideal|strong"
        r"|natural|excellent|good|obvious|top) (?:fit |candidate |match |choice |contender"
        r"|favou?rite )?for (?:future|other|upcoming|later|the next|a future|another|similar"
        r"|a similar|one of our (?:future|other|upcoming))",
        r"(?:a|the) (?:role|position|job|spot|place|opening|seat|offer|home) for you\b"
        r"|(?:call|contact|ping|approach|consider) you first|first (?:call|person (?:we|i)"
        r" (?:call|contact)|to know|to hear|dibs)|(?:strong|clear|firm|hot) favou?rite"
        r"|shoo-?in|front[- ]?runner|sure thing|runner[- ]up|(?:close|strong|near) second"
        r"|second choice|next in line|back-?up (?:candidate|choice|option|pick)",
        r"(?:if|when|once) the (?:req|requisition|role|position|headcount|opening|job|budget)"
        r" (?:re-?opens|opens (?:up|back up)|comes back|is approved|gets approved|frees up"
        r"|is re-?opened)",
        r"(?:told|assured|promised) (?:him|her|them|the candidate|you)(?: that)? (?:he|she"
        r"|they|you)(?:'d|'ll| would| will) (?:basically |pretty much |practically |almost"
        r" certainly |definitely |surely |for sure )?(?:have|get|land|be getting|be offered"
        r"|receive) (?:the (?:job|role|position|offer)|an offer|it)",
        r"(?:good|great|strong|better|excellent|real) chance (?:next time|in the future|for the"
        r" next|if you (?:re-?)?apply|of (?:getting|landing) (?:the next|a future|another))",
    ),
    check=_keep_on_file,
    message="Implies future contact, consideration or an offer.",
    rationale=_HOOK,
    suggestion=_SUGGEST,
    bad=(
        "We'll hold onto your résumé.",
        "Your CV stays in our files.",
        "We will definitely reach out if anything else comes up.",
        "You'd be a great fit for future roles.",
        "We expect to have a role for you soon.",
        "Told her she'd basically have the job.",
        "You'd be a strong favourite next time.",
    ),
    good=(
        "We keep applications on file for 12 months in line with our retention policy.",
        "You are welcome to apply for roles advertised on our careers page.",
        "We will let you know the outcome by Friday.",
    ),
)

RULES = (FP_001, FP_002, FP_003, FP_004, FP_005)
