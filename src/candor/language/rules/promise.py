"""False promises and reassurance in letters (future openings, closeness, offers)."""

from __future__ import annotations

from candor.language import rx
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
_PROMISE_CUE = rx.compile(
    r"\b(?:will|would|'ll|'d|shall|going to|hope|hoping|hopeful|expect|expecting|sure|certain"
    r"|confident|perfect|ideal|great fit|strong fit|good fit|better fit|well[- ]suited"
    r"|priority|prioriti[sz]e|definitely|certainly|guarantee\w*|promise\w*|soon|shortly"
    r"|keep you|in mind|reach out|contact you|be in touch|let you know|consider you"
    r"|think of you|first in line|top of)\b"
)
_NEUTRAL = rx.compile(
    r"\b(?:are|is|will be|get|gets) (?:posted|listed|advertised|published|announced)\b"
    r"|\bcareers? (?:page|site|portal)\b|\bwelcome to (?:re-?)?apply\b"
)
_RETENTION = rx.compile(
    r"\b(?:for|up to) (?:\d+|one|two|three|six|twelve|eighteen|twenty-four) (?:months?|years?)"
    r"|\bretention|\bprivacy (?:notice|policy)|\bas required by\b|\bdelete[ds]?\b|\bgdpr\b"
    r"|\bdata protection\b"
)
_FUTURE = rx.compile(
    r"\b(?:contact|reach out|be in touch|get in touch|call|let you know|notify|consider"
    r"|future|suitable|should (?:a|an|any|something)|if (?:a|an|any|something)|when (?:a|an"
    r"|any|something)|opening|opens|arises|comes up|become[s]? available)\b"
)


def _keep_on_file(hit: Hit) -> bool:
    return not (hit.in_sentence(_RETENTION) and not hit.in_sentence(_FUTURE))


#: What follows a contact phrase that makes it a process update, not a future opening.
_PROCESS_AFTER = rx.compile(
    r"\s*(?:(?:about|regarding|with|on) (?:the |your )?(?:next steps?|outcome|result|decision"
    r"|application|scheduling|timing|logistics|(?:next|final|second|third) (?:stage|round"
    r"|interview)|interview|references|offer|paperwork|start date|feedback)"
    r"|(?:if|when|once) (?:you(?:'re| are)? (?:shortlisted|selected|successful|progress\w*"
    r"|invited)|we (?:have|'ve) (?:an? )?(?:update|decision|news|outcome)|the panel"
    r"|a decision|the decision|there(?:'s| is) (?:news|an update)))"
)


def _future_promise(hit: Hit) -> bool:
    tail = rx.search(r"(?:about|regarding|with|on|if|when|once)$", hit.matched)
    pos = hit.end - len(tail.group()) if tail else hit.end
    if _PROCESS_AFTER.match(hit.low, pos, hit.s_end):
        return False  # "we'll be in touch about next steps"
    if rx.search(
        r"\b(?:your|find|finding|land|landing|in your|for your|on your)\s+(?:the\s+|a\s+)?$",
        hit.before(25),
    ):
        return False  # "I'm sure you'll find the right role", "good luck in your next role"
    sentence = hit.sentence
    if rx.search(r"\b(?:does not|doesn't|do not|don't|will not|won't) mean\b", hit.before(60)):
        return False  # "this does not mean we will contact you about other roles"
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
        r"|on our radar|in our talent pool|(?:keep|kept|keeping|have|had) (?:you|him|her|them) (?:at the )?(?:front"
        r"|top) of (?:mind|the queue|the list|the pile)|front of (?:the )?queue",
    ),
    check=_keep_on_file,
    message="Promises to keep the candidate in mind or on file for future openings.",
    rationale=_HOOK,
    suggestion=_SUGGEST,
    bad=(
        "We will keep your résumé on file should a suitable opening occur.",
        "We'll definitely keep you in mind for future roles.",
        "I've added your CV to our talent pool and will reach out when something opens.",
        "We'll keep you front of mind for the next intake.",
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
        r"|opportunit(?:y|ies)|requisitions?|reqs?|jobs?|cohorts?|intakes?|graduate schemes?"
        r"|programmes?|hiring (?:cycles?|rounds?)|recruitment (?:cycles?|rounds?|drives?))",
        r"(?:there will|there'll|there should|there's bound to|there are bound to) (?:\w+ )?be"
        r" (?:other|more|future|new|plenty of|lots of) (?:\w+ )?(?:openings?|roles?|positions?"
        r"|opportunit\w+|chances?)",
        r"(?:expect|look out for|watch out for|keep an eye out for|you'll get|you will get"
        r"|you'll receive|you will receive|you'll hear|you will hear|you should get|you should"
        r" hear) (?:a |an |another )?(?:(?:phone )?call|email|message|ring|note|invite"
        r"|invitation|word)? ?from (?:us|me|our team|the team|my team)(?: \w+){0,5}? (?:about"
        r"|regarding|re|for|when|once|if|as soon as) (?:(?:a|an|another|other|any|future|new"
        r"|similar|upcoming|suitable) (?:\w+ )?(?:roles?|positions?|openings?|vacanc(?:y|ies)"
        r"|jobs?|opportunit(?:y|ies)|posts?|reqs?)|(?:something|anything) (?:else|new|suitable"
        r"|that (?:fits|suits|comes up)))\b",
        r"(?:have|find|find you|have you in|keep you in) (?:something|a (?:spot|place|role))"
        r"(?: else)?(?: for you)?(?: soon| shortly| later| down the line| in the future)|(?:i'm"
        r"|i am|we're|we are) (?:sure|certain|confident) (?:that )?(?:we'll|we will|there will"
        r"|there'll|something|a (?:role|position))",
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
        "Expect a call from me in the spring about a similar post.",
        "You'll hear from our team when something new comes up.",
    ),
    good=(
        "You are welcome to apply for future openings on our careers page.",
        "Future openings are posted on our careers site.",
        "We encourage you to apply for roles that match your skills.",
        "We'll be in touch about next steps within a week.",
        "We will be in touch if you are shortlisted for interview.",
        "Expect a call from us on Friday about the next steps.",
        "You'll get an email from the team about your interview slot.",
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
        r"|pipped at the post|(?:came|come|coming) so close|within a whisker"
        r"|(?:you|he|she|they) (?:almost|nearly) (?:got|made|won|had) (?:it|the (?:job|role"
        r"|offer|position))|(?:almost|nearly|very nearly) (?:chose|chosen|selected|hired"
        r"|offered|went with) (?:you|him|her|them)|by a (?:hair|whisker|narrow margin)"
        r"|(?:almost|nearly) (?:our|the|my) (?:choice|pick|first choice|hire|top choice)",
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


def _promised_terms(hit: Hit) -> bool:
    """A question about a term, or a term written into the offer, is not a promise."""
    m = hit.matched
    if rx.search(
        r"\b(?:annual(?:ly)?|every year|each year|per (?:the |our )?(?:policy|handbook|process)"
        r"|as standard|in line with (?:our |the )?policy|like everyone|for all staff)\b",
        hit.sentence,
    ):
        return False  # "told her salaries are reviewed annually, per policy"
    if rx.match(r"(?:promised|told|assured|reassured|guaranteed (?:him|her|them|you))\b", m):
        return True
    if rx.match(r"(?:offer|contract)", m) and rx.search(
        r"(?:coming|way|post|drawn up|going out|imminent)$", m
    ):
        # "told him informally the offer is coming": only when said to the candidate
        return bool(
            rx.search(
                r"\b(?:told|promised|assured|reassured|said|mentioned|hinted|let (?:him|her|them)"
                r" know)\b[^.;!?]{0,30}$|\b(?:informally|verbally|off the record|unofficially)\b",
                hit.low[hit.s_start : hit.start],
            )
        ) and not rx.search(r"\b(?:approved|signed off|decided|decision made)\b", hit.sentence)
    if rx.match(
        r"(?:likely|probable|almost certain|near-certain|all-but-certain|virtually certain"
        r"|pretty certain) (?:job )?offer",
        m,
    ):
        # "promised him ... a likely offer"; an internal "likely offer" note is not a promise
        return bool(
            rx.search(
                r"\b(?:told|promised|assured|said|mentioned|hinted|let (?:him|her|them) know)"
                r" (?:him|her|them|you|the cand\w*)\b|\byou(?:'re|'ll|'d)?\b",
                hit.sentence,
            )
        )
    if rx.search(
        r"\b(?:told|promised|assured|reassured|said to|let (?:him|her|them) know|guaranteed)"
        r" (?:him|her|them|the cand\w*|cand|you)\b",
        hit.before(60),
    ):
        return True  # "told her remote is guaranteed for good"
    if m.endswith("permanent") and not rx.search(
        r"\b(?:will|would|'ll|'d|promise\w*|guarantee\w*|definitely|surely)\b", hit.sentence
    ):
        return False  # "the position is permanent, full-time": a contract type
    if rx.search(
        r"\b(?:whether|asked (?:if|about)|wondering|wondered|wants to know)\b", hit.before(60)
    ) or hit.sentence.rstrip().endswith("?"):
        return False
    return not hit.in_sentence(_WRITTEN_TERMS)


_WRITTEN_TERMS = rx.compile(
    r"\b(?:offer (?:includes|letter|is|comes with)|contract|in writing|written|paid (?:in|on"
    r"|with)|per (?:the|our) (?:policy|plan)|payroll|the attached)\b"
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
        r"(?:remote|remote work|wfh|work from home|working from home|hybrid|flexi(?:ble)? hours"
        r"|flexibility|(?:four|4)-day week|relocation|bonus|promotion|raise|pay rise|title"
        r"|equity|salary|pay|visa|sponsorship|green card|h-?1b|schedule|shift pattern|hours"
        r"|the (?:job|role|position|offer|start date)) (?:is|are|will be|would be|'s|was|were)"
        r" (?:(?!not\b|never\b|no\b)\w+ )?(?:guaranteed|locked in|a given|promised|assured"
        r"|set in stone|a sure thing|in the bag|permanent|forever|for good|for life)",
        r"(?:told|assured|promised|guaranteed|reassured|let (?:him|her|them) know|said to)"
        r" (?:him|her|them|the cand\w*|cand|you)?(?: verbally| informally| on the (?:call|phone))?"
        r"(?: that)? (?:his|her|their|your|the) (?:salary|pay|base|comp|compensation|package"
        r"|bonus|title|level|grade|band|equity|hours|role) (?:would|will|'d|'ll|is going to"
        r"|was going to|could) (?:be )?(?:reviewed|bumped|raised|increased|go up|rise|jump"
        r"|move up|revisited|adjusted|upgraded|topped up|doubled|matched|changed|converted"
        r"|made|reach|hit|grow)",
        r"(?:promised|assured|swore|committed|guaranteed|told) (?:to )?(?:him|her|them|the cand"
        r"\w*|cand|you)?(?: that)? (?:we|i|they|the team|the manager|the hiring manager)(?:'d"
        r"|'ll| would| will| are going to| were going to) (?:definitely |certainly |surely"
        r" |absolutely |personally )?(?:revisit|reconsider|circle back|come back to|reach"
        r" (?:back )?out|call|keep|hold|bring (?:him|her|them) back|look again|re-?interview"
        r"|find|make room|create|open|hire|offer|match|bump|raise|review|consider|fast-?track"
        r"|prioriti[sz]e|save|reserve|hold (?:the|a) (?:spot|role|seat))",
        r"(?:told|assured|promised|reassured) (?:him|her|them|you)(?: that)? (?:he's|she's"
        r"|they've|you've|he has|she has|they have|you have|he|she|they|you) (?:basically |pretty"
        r" much |practically |all but |as good as |definitely |effectively )?got (?:it|the job"
        r"|the role|the offer|the position|the spot)\b",
        r"(?:offer|contract|offer letter) (?:is|'s|will be) (?:definitely |probably |basically )?"
        r"(?:coming|on (?:its|the) way|in the post|being drawn up|going out|imminent)\b",
        r"(?:you|you'll|you will|he'll|she'll|they'll) (?:definitely|certainly|surely)? ?(?:get"
        r"|be offered|receive|land) (?:an offer|the (?:job|role|position)|the next (?:role|one"
        r"|opening))",
        r"(?:guarantee|guarantees|guaranteed|promise|promises|promised) (?:you |him |her"
        r" |them )?(?:a |an |the )?(?:[\w-]+ ){0,2}?(?:offer|job|role|position|interview"
        r"|raise|promotion|bonus|callback|call back|call-back|spot|place|seat|slot|shortlist"
        r"|opening|title|salary|start date|relocation|remote)",
        r"(?:likely|probable|almost certain|near-certain|all-but-certain|virtually certain"
        r"|pretty certain) (?:job )?offer\b",
        r"(?:will|(?:we|i|they)'ll) (?:definitely|certainly|surely) (?:hire|interview|consider|call|contact)"
        r" you|(?:fast[- ]track|priority consideration)",
        # the offer described as settled before it is made
        r"(?:basically|practically|pretty much|all but|as good as|virtually|effectively"
        r"|essentially|more or less|unofficially|informally|just about) (?:hired|in|on board"
        r"|onboard|offered (?:the|a) (?:job|role|position)|got the (?:job|role|offer|position)"
        r"|has the (?:job|role|offer|position)|have the (?:job|role|offer|position)|a done deal"
        r"|signed|through|a lock|yours|hers|theirs|guaranteed"
        r"|his(?= *(?:[.,;:!?)]|$| to lose| for the taking| now| already| if| unless| pending"
        r"| just)))\b(?! (?:charge|the (?:loop|weeds|room)"
        r"|agreement|line|person|favou?r|front)\b)",
        r"(?:consider (?:yourself|him|her|them|it) (?:hired|in|on board|onboard|done|sorted"
        r"|settled|part of the team|offered)|(?:the )?(?:job|role|offer|position|spot)"
        r" (?:is|'s) (?:basically|practically|all but|as good as|pretty much|effectively"
        r"|virtually) (?:yours|his|hers|theirs)|(?:the )?(?:offer|job|role|hire) (?:is|'s) (?:a done deal|in the bag"
        r"|a lock|a formality|a sure thing|locked in)|(?:references?|paperwork|background check"
        r"|sign-?off|approval|final round|the rest) (?:is|are|'s) (?:just |only |merely )?(?:a"
        r" )?(?:formality|formalities|rubber[- ]stamp|box-ticking|a tick-box))",
    ),
    check=_promised_terms,
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
        "Assured her that hybrid is locked in permanently.",
        "Told him on the phone his base would go up to 90k after probation.",
        "Promised her we'd reconsider once the budget clears.",
        "Let her know she's pretty much got the job; references are a formality.",
        "Consider yourself hired - HR will send the paperwork.",
        "Promised her a call-back on Monday no matter what.",
        "Told him there's a likely offer coming for the weekend crew.",
        "Told her unofficially the contract is on its way before sign-off.",
        "I more or less told him he's got the job.",
    ),
    good=(
        "Explained the offer process and timeline stated to all finalists.",
        "Remote work is not guaranteed; the policy is reviewed yearly.",
        "Your salary will be $78,000 per year, in line with the posted range.",
        "She was effectively in charge of the migration.",
        "He asked whether the bonus is guaranteed.",
        "Told her the salary would be reviewed annually, as for all staff.",
        "The offer includes a guaranteed sign-on bonus of $5,000, paid in the first payroll.",
        "The position is permanent and full-time.",
        "Likely offer if references come back clean; HM to decide.",
        "Probable offer at level 3 pending the comp review.",
        "The offer letter is on its way; HR sent it after the approved decision.",
        "Offer is being drawn up for Level 3 per the comp guide.",
    ),
)


def _future_favour(hit: Hit) -> bool:
    if rx.match(r"\s*to (?:play|fill|cover|do|take on|lead|own)\b", hit.after(15)):
        return False  # "a role for you to play in onboarding": a task, not a future job
    m = hit.matched
    if m.startswith("no need"):
        return bool(
            rx.search(
                r"\b(?:reach out|contact|in touch|call|consider\w*|keep|future|next|automatic\w*"
                r"|directly)\b",
                hit.sentence,
            )
        )
    if rx.match(r"(?:considered|kept|prioriti|contacted|shortlisted|put forward|fast|first)", m):
        if not (hit.in_sentence(_ADDRESSED) or hit.in_sentence(_TOLD)):
            return False
        if rx.search(r"\b(?:stage|round|step|phase|interview)\b", hit.after(30)):
            return False  # "considered for the next round": the current process
    return _keep_on_file(hit)


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
        r"|ring you|text you|phone you"
        r"|email you|let you know|come back to you|circle back)(?: \w+){0,2}? (?:if|when|once"
        r"|as soon as|should|whenever) (?:(?:we (?:have|get|see|find|open|post|advertise)"
        r"|there(?:'s| is| are)|you see) )?(?:anything|something|a (?:new |suitable |similar"
        r"|relevant |matching |good |better )?(?:role|position|opening|vacancy|opportunity|spot)"
        r"|an (?:opening|opportunity|open (?:role|position))|(?:shifts|vacancies|openings"
        r"|positions|roles|spots|places|jobs|hours)(?: available| (?:come|coming) up| open(?:ing)?"
        r" up| free up)?|the (?:right|next|req|role"
        r"|position)|another|one|more)",
        r"(?:have|had|got|(?:we|i|they)'ve got|(?:we|i|they)'ve) (?:your|his|her|their) (?:file|application|profile|cv"
        r"|r[\u00e9e]sum[\u00e9e]|resume|name|details) (?:flagged|starred|bookmarked|pinned"
        r"|earmarked)(?! (?:as|for) (?:incomplete|missing|review|a duplicate|duplicate|spam))",
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
        r"|second choice|next in line|back-?up (?:candidate|choice|pick)",
        r"(?:if|when|once|after|as soon as|the moment|the minute|whenever) (?:the |a |our |that"
        r" |another |more |extra |new |second )?"
        r"(?:req|requisition|role|position|headcount|opening|job|budget|backfill|funding"
        r"|hiring freeze|freeze|new req|extra seat|seat)s? (?:re-?opens|opens (?:up|back up)"
        r"|comes back|comes through|is approved|gets approved|are approved|get approved"
        r"|frees up|is re-?opened|lifts|is lifted|ends|is signed off|gets signed off"
        r"|lands|goes through|is released|thaws|is sorted|gets sorted|is sorted out|clears"
        r"|is signed|is confirmed|is finali[sz]ed|is agreed|comes in)|(?:when|once|if|as soon as)"
        r" (?:hiring|recruitment|recruiting|things) (?:resumes?|restarts?|picks? (?:back )?up"
        r"|reopens?|opens (?:back )?up|starts again|is back)|(?:when|once|if|as soon as) we(?:'re"
        r"| are) (?:hiring|recruiting) again",
        r"(?:told|assured|promised) (?:him|her|them|the candidate|you)(?: that)? (?:he|she"
        r"|they|you)(?:'d|'ll| would| will) (?:basically |pretty much |practically |almost"
        r" certainly |definitely |surely |for sure )?(?:have|get|land|be getting|be offered"
        r"|receive) (?:the (?:job|role|position|offer)|an offer|it)",
        r"(?:considered|kept in mind|prioriti[sz]ed|contacted|shortlisted|put forward|fast-?tracked"
        r"|first in line) for (?:anything|any (?:\w+ )?(?:role|opening|position|vacanc\w+"
        r"|opportunit\w+)s?|whatever|everything|other (?:roles|openings|positions|vacancies)"
        r"|upcoming|similar)\b|no need to (?:re-?apply|apply again|submit (?:again|another))\b",
        r"(?:good|great|strong|better|excellent|real) chance (?:next time|in the future|for the"
        r" next|if you (?:re-?)?apply|of (?:getting|landing) (?:the next|a future|another))",
        r"(?:we're|we are|we'll be|we will be|i'm|i am) (?:holding|keeping) (?:on to |onto )?you"
        r"r (?:application|r\u00e9sum\u00e9|resume|cv|file) (?:for (?:the|a|an|any|future|upcoming|next|our|new|other)\b|open\b)",
        r"(?:our|my) commitment to (?:interview|consider|contact|call) you\b",
        r"will contact you (?:directly )?(?:when|once|as soon as|if) (?:they|new|more|additional"
        r"|other|future|a|an) (?:post|open|become|roles?|positions?|openings?)\b",
        r"(?:offer|give) you the next (?:available|open) (?:\w+ ){0,3}(?:position|role|opening|s"
        r"pot|slot|job)",
        r"(?:we'll|we will|i'll|i will) (?:hold|keep) (?:on to |onto )?your (?:application|r\u00"
        r"e9sum\u00e9|resume|cv|file) (?:for (?:the|a|an|any|future|upcoming|next|our|new|other)\b|open\b)",
    ),
    check=_future_favour,
    message="Implies future contact, consideration or an offer.",
    rationale=_HOOK,
    suggestion=_SUGGEST,
    bad=(
        "We'll hold onto your résumé.",
        "Your CV stays in our files.",
        "We will definitely reach out if anything else comes up.",
        "You'd be a great fit for future roles.",
        "We expect to have a role for you soon.",
        "We'll bring you in the moment the headcount is signed off.",
        "Told her she'd basically have the job.",
        "You'd be a strong favourite next time.",
        "I'll get back to you personally as soon as there's an opening in Leeds.",
        "Rest assured you'll be kept in mind for anything suitable.",
        "We'll ring you as soon as we have shifts available.",
        "No need to reapply; we'll contact you directly when the role reopens.",
        "We've got your CV starred for the next round of hiring.",
        "We're holding your application for the new location opening next spring.",
        "Please take this as our commitment to interview you for the next opening.",
        "We will contact you directly when new openings post at the branch.",
        "We'd like to offer you the next available cashier position.",
        "We'll hold your application for the opening expected in March.",
    ),
    good=(
        "We keep applications on file for 12 months in line with our retention policy.",
        "You are welcome to apply for roles advertised on our careers page.",
        "We will let you know the outcome by Friday.",
        "We'll get back to you as soon as we have the panel's feedback.",
        "All applicants are considered for any open role in the same job family, per policy.",
        "No need to reapply for the second stage; your form carries over.",
        "We have your application saved as a draft; please submit it by Friday.",
        "We've got your file flagged as incomplete: the transcript is missing.",
        "There is a clear role for you to play in the onboarding redesign.",
        "We will hold your application until you send the license number.",
    ),
)


#: The sentence speaks to, or reports what was told to, the candidate.
_ADDRESSED = rx.compile(
    r"\byou(?:r|'re|'d|'ll|'ve)?\b|\b(?:told|tell|telling|let|letting|assured|informed|reassured"
    r"|explained to|mentioned to) (?:him|her|them|the cand\w*|cand)\b"
)


def _addressed(hit: Hit) -> bool:
    return hit.in_sentence(_ADDRESSED)


_HOPE_CTX = rx.compile(
    r"\b(?:not yet|next (?:time|year|quarter|round|cycle|intake|cohort|opening|one)|future"
    r"|years?|come back|re-?apply|apply again|try again|if you (?:re-?)?appl(?:y|ied)"
    r"|eventually|someday|some day|one day|at some point|expands?|grows|(?:the|our) team"
    r" (?:expands|grows)"
    r"|down the (?:line|road)|later|again|months?|weeks?|headcount|req|requisition|backfill"
    r"|budget|approved|opens?|reopens?|comes? up|another (?:role|opening|position)|new role"
    r"|promis\w*|assur\w*|guarantee\w*|told (?:him|her|them)|soon|don't give up|sorry"
    r"|unfortunately|not (?:the news|this time|successful|selected|moving|progressing|proceed)"
    r"|this time|for now|in (?:q\d|spring|summer|autumn|fall|winter|the new year))\b"
)


#: Alternatives that need no further context: a rejection called temporary, a
#: personal assurance of favour.
_STRONG = rx.compile(
    r"^(?:not |this |it |the door|door|don't|do not|please don't|hold off|make sure|ensure|see to it|guarantee|put in|go |going"
    r" |went |i'll|i will|i'm going|we'll|we will|only |just |next time|it'll|your time"
    r"|your turn|apply|try)"
)


_WAIT_CTX = rx.compile(
    r"\b(?:headcount|req|requisition|backfill|budget|another (?:role|opening|position|seat"
    r"|spot)|new (?:role|req|opening|position)|something (?:else )?(?:opens|comes up|might)"
    r"|anything (?:changes|opens|comes up)|pushing|fighting|lobbying|working on|freeze"
    r"|approval|approved|for you)\b"
)


_LATER_CTX = rx.compile(
    r"\b(?:next (?:year|quarter|time|round|cycle|intake|spring|summer|autumn|fall|winter)"
    r"|(?:when|once|after|as soon as) (?:the|our|a) (?:new )?(?:contract|project|funding"
    r"|grant|season|site|store|branch|office|budget|freeze|headcount)"
    r"|future|later|down the (?:line|road)|eventually|someday|some day|one day|at some point"
    r"|expands?|grows|new (?:role|req|opening|position)|another (?:role|opening|position|time)"
    r"|(?:when|once|if) (?:a|the|another|our) (?:role|req|requisition|headcount|position"
    r"|opening|budget|backfill|freeze)|not (?:this time|right now|yet)|this time|unfortunately"
    r"|sorry|until|months?)\b"
)


_SOMEDAY_CTX = rx.compile(
    r"\b(?:future|one day|someday|some day|eventually|down the (?:line|road)|at some point"
    r"|another time|next (?:year|time|round|cycle)|not (?:this time|right now|yet)|again"
    r"|when (?:the time is right|a (?:role|position|suitable))|later on)\b"
)


#: Verbs of someone working on the candidate's behalf ("pushing for", "lobbying to").
_EFFORT_VERBS = (
    "pushing",
    "fighting",
    "lobbying",
    "advocating",
    "asking",
    "working",
    "trying",
    "hoping",
    "making",
    "angling",
    "petitioning",
)


def _hopeful(hit: Hit) -> bool:
    m = hit.matched
    if rx.search(r"circle back|revisit|reconsider|re-?evaluate|look again", m) and rx.search(
        r"\b(?:offer (?:terms|letter|details)|contract|paperwork|start date|next week|this week"
        r"|tomorrow|monday|tuesday|wednesday|thursday|friday)\b",
        hit.sentence,
    ):
        return False  # "we'll revisit the offer terms once you're back next week"
    if (
        rx.match(
            r"(?:find|figure out|work out|something|we're working|we are working|i'm working"
            r"|flag|flagged|marked|noted|put you|put your|make|create|carve out|open up|you're"
            r"|you are|you'll be|you will be|keeping you|keep you|putting you|we've put|i've put"
            r"|i am working|have something|got something|has something|there)\b",
            m,
        )
        or "have something" in m
    ):
        return True  # "find a way to bring you in", "something's in the works for you"
    if rx.match(r"(?:when|once|as soon as|after) ", m):
        return hit.in_sentence(_ADDRESSED) or bool(
            rx.search(
                r"\b(?:in (?:contact|touch)|reach out|call|ring|contact|bring \w+ (?:in|on|back))\b",
                hit.sentence,
            )
        )
    if rx.search(
        r"\b(?:work(?:ing)? (?:with you|together)|hav(?:e|ing) you|see(?:ing)? you"
        r"|welcom(?:e|ing) you|cross(?:ing)? paths|paths (?:\\w+ )?cross)",
        m,
    ):
        return hit.in_sentence(_SOMEDAY_CTX) and not rx.search(
            r"\bsee(?:ing)? you (?:again|back) (?:at|on|for|next week|tomorrow)", hit.sentence
        )
    if rx.match(
        r"(?:hold|holding|held|save|saving|saved|reserve|reserving|reserved|keep|keeping|kept"
        r"|we|i'd|i would|would|we're)\b",
        m,
    ) and not rx.search(r"circle back|revisit|reconsider|re-?evaluate|look again", m):
        return hit.in_sentence(_LATER_CTX)
    if m.startswith("first ") and hit.in_sentence(_ADDRESSED):
        return True  # "you'll be first on my list"
    if rx.match(r"(?:hang|sit|hold) tight|stay tuned|watch this space", m):
        return hit.in_sentence(_WAIT_CTX)
    if _STRONG.match(m) and not rx.search(
        r"circle back|revisit|reconsider|re-?evaluate|look again|another look|re-?interview"
        r"|re-?open|reach back|come back|bring",
        m,
    ):
        return True
    return hit.in_sentence(_HOPE_CTX) or (
        m.startswith(_EFFORT_VERBS) and hit.in_sentence(_ADDRESSED)
    )


FP_006 = Rule(
    id="CND-FP-006",
    category="false_promise",
    severity="error",
    title="Rejection framed as temporary or future success predicted",
    terms=(
        # "not yet rather than no", "a not now, not a never"
        r"not (?:yet|now|right now|at the moment|this time)['\"’]?,? (?:rather than|instead of"
        r"|not|and not|as opposed to|but not) (?:a |an )?(?:definite |final |flat |hard )?"
        r"['\"‘’]?(?:no|never)(?![-\w])|not (?:a |an )?(?:definite |final |flat |hard |permanent )?"
        r"['\"‘’]?no['\"’]?,? (?:just |only |but |more )?(?:a |an )?['\"‘’]?(?:not yet|not now"
        r"|not right now|not for now|for now|wait|pause|see you later)|(?:this|it) (?:isn't"
        r"|is not|doesn't have to be|needn't be|'s not) (?:a |an )?(?:final |permanent |definite"
        r" )?(?:no(?![-\w])|goodbye|the end(?! of the world)(?: of the road)?)\b|(?:the )?door (?:is|remains|stays|'s)"
        r" (?:still |always |definitely |very much |wide |firmly )?open (?:for|to) (?:you|him"
        r"|her|them)|(?:door|doors) (?:isn't|is not|aren't|are not|has not been|hasn't been"
        r"|won't be) (?:fully |completely |firmly )?(?:closed|shut)",
        # circling back / revisiting the candidate, with a hope cue in the sentence
        r"(?:we'll|we will|i'll|i will|we're going to|i'm going to|we'd|we would|i'd|i would"
        r"|we can|we could|we plan to|i plan to|we intend to|we hope to|i hope to|happy to"
        r"|let's|we shall) (?:definitely |certainly |absolutely |surely |be sure to |make sure to"
        r" |happily |gladly |then |also )?(?:circle back|revisit|reconsider|re-?evaluate"
        r"|look again at|take another look|re-?interview|re-?open|reach back out|come back to"
        r" (?:you|him|her|them)|bring (?:you|him|her|them) back)(?! (?:with|on|about|regarding"
        r"|to (?:you|him|her|them) (?:with|about|on)) (?:new |some |the |a |possible |alternative"
        r" |your )?(?:times?|dates?|slots?|details|availability|options|next steps|schedul\w+"
        r"|logistics|timing|panel|feedback|outcome|references|travel|paperwork|interview))",
        # a personal assurance of favour
        r"(?:make sure|ensure|see to it|guarantee) (?:that )?(?:you|he|she|they|your (?:name"
        r"|application|cv|r[ée]sum[ée]|resume|profile|candidacy)|his (?:name|application|cv)"
        r"|her (?:name|application|cv))(?:'re|'s| are| is| get| gets| will be|'ll be| would be"
        r"|'d be| go| goes)? (?:personally |definitely |properly )?(?:considered"
        r"|prioriti[sz]ed|fast-?tracked|shortlisted|first|at the (?:top|front)|top of|on the"
        r" shortlist|hired|offered|(?:the )?first to)|put in a (?:good )?word for (?:you|him"
        r"|her|them)|(?:go|going|went) to bat for (?:you|him|her|them)|(?:i'll|i will|i'm going"
        r" to|we'll|we will) (?:personally )?(?:push|fight|advocate|lobby|vouch|champion"
        r"|campaign) for (?:you|him|her|them)",
        # working on a new role for the candidate
        r"(?:pushing|fighting|lobbying|advocating|asking|working on getting|trying to get|hoping"
        r" to get|trying to open|pushing hard|making the case|angling|petitioning) (?:for|to get"
        r"|to open|to create|to add)? ?(?:(?:a |an |the |another |a second |one more |an extra"
        r" |extra |more |a new )?(?:headcount|req|requisition)|(?:another|a second|one more"
        r"|an extra|extra|more|a new|a fresh) (?:role|position|spot|opening|slot|seat|place"
        r"|hire)|budget for (?:a|another|the) (?:role|hire|position))\b",
        r"(?:hang|sit|hold) tight|stay tuned|watch this space|(?:don't|do not|please don't)"
        r" (?:accept|take|sign) (?:anything|another|any other|other|an?)(?: other)?"
        r" (?:offers?|roles?|jobs?) (?:yet|just yet)|hold off (?:on )?(?:accepting|other offers"
        r"|signing)|(?:don't|do not|please don't) (?:accept|take|sign|commit to) (?:anything"
        r" else|any other (?:offers?|roles?|jobs?)|another (?:offer|role|job))(?: (?:just )?yet"
        r"| for now| until| before)\b",
        # future success predicted on reapplying
        r"(?:outcome|result|decision|answer|story|things) (?:would|will|could|might|'d|'ll|is"
        r" going to|are going to|would surely|will surely|would likely|will likely) (?:be |look"
        r" |go )?(?:very |quite |completely |totally |entirely )?(?:different|better|positive"
        r"|another story|in your favou?r|your way|differently)",
        r"(?:you'd|you would|you'll|you will|you should|he'd|she'd|they'd|he'll|she'll|they'll)"
        r" (?:definitely |surely |certainly |easily |probably |very likely )?(?:get|land|walk"
        r" into|sail through|make|ace|nail|be offered|be hired|be successful|succeed|get in"
        r"|get through) (?:it |in |the (?:next|role|job|one) |through )?(?:next time|in (?:a"
        r" few|\d+|six|three|twelve|a couple of) months|next year|next round|next cycle"
        r"|when you (?:re-?apply|apply again|come back)|if you (?:re-?apply|apply again|come"
        r" back|try again))",
        r"(?:i'm|i am|we're|we are|i feel|we feel|i'm quite|i'm very|i'm pretty) (?:\w+ )?"
        r"(?:sure|confident|certain|positive|optimistic|convinced) (?:that )?(?:you'll|you will"
        r"|you'd|you would|you're going to|you'll be|the outcome|the result|things will|next"
        r" time|it will|it would|it'll|he'll|she'll|they'll|he'd|she'd|they'd)\b(?! (?:find"
        r"|do (?:great|well)|thrive|excel|succeed in your))",
        r"(?:hold|holding|held|save|saving|saved|reserve|reserving|reserved|keep|keeping|kept)"
        r" (?:the|a|this|that|your) (?:spot|position|role|place|seat|slot|job|req) (?:open )?for"
        r" (?:you|him|her|them)\b",
        r"(?:we'd|we would|i'd|i would|we'll|we will|we hope to|we plan to|we want to|we'd like"
        r" to|we would like to|would love to|we'd love to|i'd love to|we're keen to|we'll try to"
        r"|we'll look to) (?:\w+ )?(?:bring|get|have|welcome|see|take|hire|re-?hire|employ)"
        r" (?:you|him|her|them)"
        r" (?:in|on board|onboard|aboard|back|on|on the team|in the team|into the team|join(?:ing)?"
        r" (?:us|the team))\b",
        r"(?:you'll|you will|expect to|you should|you can expect to) (?:definitely |certainly"
        r" |surely )?hear from (?:us|me) (?:again )?(?:soon |shortly )?(?:about|when|once|if|as"
        r" soon as|regarding) (?:a|an|another|other|future|new|the next|similar|something"
        r"|anything|upcoming)\b|first (?:on|at the top of) (?:our|the|my) (?:list|shortlist)",
        r"(?:we'd|we would|i'd|i would|we hope to|i hope to|hope to|we'd love to|would love to"
        r"|we look forward to|i look forward to|look forward to|hope we can|hope we get to"
        r"|we'll|we will) (?:\w+ )?(?:work(?:ing)? (?:with you|together)|hav(?:e|ing) you"
        r" (?:on|join|with|here|back)|see(?:ing)? you (?:again|here|on|join|back)|welcom(?:e|ing)"
        r" you|cross(?:ing)? paths)\b|(?:our |your )?paths (?:will |might |may |can |could"
        r" |to |do )?cross again",
        r"(?:find|figure out|work out) (?:a|some) way to (?:bring|get|have|hire|fit|squeeze"
        r"|slot) (?:you|him|her|them)\b|something(?:'s| is) (?:in the works|brewing|coming up"
        r"|in the pipeline|on the horizon) for you|(?:we|i)(?:'re| are| am|'m) working on"
        r" something (?:for you|that (?:might|could|would) suit you)|(?:have|got|has) something"
        r" (?:in mind|lined up|in the pipeline) for you|(?:we'll|we will|we should|we may|we might"
        r"|we'd|we could|i'll|i should) (?:\w+ )?have something (?:else )?for you|(?:there'll|there will|there should"
        r"|there might|there may|there could|there's bound to|there is bound to) be (?:something"
        r"|a (?:role|spot|place|position|seat|job|slot|home)) for you",
        r"(?:when|once|as soon as|after) (?:the|our|a|that) (?:new )?(?:[\w-]+ ){0,2}?(?:branch"
        r"|office|store|site|team|location|department|hub|studio|clinic|restaurant|warehouse"
        r"|project|division|unit|shop|lab) (?:opens|launches|is up and running|comes online"
        r"|gets going|expands|is approved|goes live|starts hiring|is staffed up)",
        r"(?:you're|you are|you'll be|you will be|keeping you|keep you|put you|putting you"
        r"|we've put you|i've put you) (?:\w+ )?(?:on|in) (?:our|the|my) (?:shortlist|short-list"
        r"|list|pipeline|bench|radar|books) for (?:the |a |any )?(?:next|future|upcoming|another"
        r"|similar|other|new)\b",
        r"(?:only|just) a matter of time|next time for sure|it'll be yours|your time will come"
        r"|your turn will come|(?:apply|try) again (?:and|&) (?:you'll|you will|you'd|it'll)",
        r"(?:find|figure out|work out) (?:a|some) way to work (?:together|with you)|(?:find|make"
        r"|create|carve out|open up) (?:something|a (?:spot|place|role|position|seat|slot|home))"
        r" for you\b|(?:flag(?:ged)?|marked|noted|put) (?:you|your (?:profile|application|cv"
        r"|name)) (?:to (?:the team|them|hiring managers|the hiring manager) )?(?:for|as) (?:a |an )?(?:future"
        r"|priority|later|next|someone to (?:bring back|rehire|re-hire|call)|re-?hire|first)",
    ),
    check=_hopeful,
    message="Frames the rejection as temporary or predicts success on a future application.",
    rationale=_HOOK,
    suggestion=_SUGGEST,
    bad=(
        "Think of this as a 'not now' rather than a 'never'.",
        "This isn't a final no; we'll revisit your application in the spring.",
        "Try again next year and I'm confident the result will be different.",
        "I'll put in a good word for you with the new team lead, since this one didn't work out.",
        "Sit tight for now - we're trying to get another req approved for you.",
        "You'd sail through next time, I'm sure.",
        "I'm fighting for an extra seat on the team so we can bring you back.",
        "We'll keep the spot open for you until the new budget lands in April.",
        "When the team expands next year we'd love to bring you on board.",
        "You'll hear from us again soon about another opening.",
        "We hope to work with you at some point down the line.",
        "I'm sure our paths will cross again in future.",
        "I'll find a way to bring you in, I promise.",
        "Something's in the pipeline for you - watch your inbox.",
        "We'll make a spot for you on the team, I'm sure of it.",
        "I've flagged you to the team as someone to bring back.",
        "I expect we'll have something for you in the new year.",
        "You're on our shortlist for the next opening.",
        "Once the new contract starts we'll need people, and you'll be first on our list.",
        "We'll call you once the Bristol store opens.",
        "We'll be in contact when our new clinic opens in the autumn.",
        "We'd gladly take you back once the new contract is signed.",
        "Don't take anything else yet; something may come through for you in May.",
    ),
    good=(
        "We'll circle back after the panel finishes, by 14 March.",
        "We'll revisit the offer terms once you're back from holiday next week.",
        "Unfortunately we need to move your interview; we'll circle back with new times.",
        "Please hang tight while we arrange the onsite logistics.",
        "We'll make sure the interview room is step-free.",
        "We'll make sure you're seen by two interviewers, as for every candidate.",
        "We are trying to get a slot for your interview next week.",
        "It's not the end of the world if the demo fails; she had a fallback.",
        "I'm sure you'll find a role that suits you.",
        "We'd love to have you on board; please sign and return the offer by Friday.",
        "We are holding the interview slot for you on Tuesday at 10am.",
        "We look forward to working with you from 3 March.",
        "We look forward to seeing you again at the onsite next week.",
        "Our Denver office opens at 8am; please arrive by 9.",
        "We'll take you on a site tour before the panel.",
        "Don't take anything else into the exam room except your ID.",
        "You are welcome to apply for future postings on our careers page.",
    ),
)


#: A contest or an earlier job: a placing the candidate earned elsewhere.
_CONTEST_CTX = rx.compile(
    r"\b(?:race|contest|competition|hackathon|tournament|league|championship|olympiad"
    r"|awards?|marathon|cup|prize|heat|season|challenge|coding challenge|bake-?off|quiz"
    r"|at (?:his|her|their|your) (?:last|previous"
    r"|old|former|current) (?:job|role|company|employer|firm))\b"
)


def _ranking_told(hit: Hit) -> bool:
    if rx.match(r"(?:came|come|coming|finished|placed|ranked|landed|ended)", hit.matched) and (
        hit.in_sentence(_CONTEST_CTX)
    ):
        return False
    return _addressed(hit)


_RANK_SUBJECT = rx.compile(r"\b(?:you|your|him|her|them|cand\w*)\b")

FP_007 = Rule(
    id="CND-FP-007",
    category="false_promise",
    severity="error",
    title="Ranking told to the candidate",
    terms=(
        r"(?:in|among|into|made|reached|one of|part of|within) (?:our |the |my )?(?:(?:final"
        r" |last |very )?top|final|last) (?:two|three|four|five|ten|\d+|few|handful|(?:tier|group|bracket)(?! of)|candidates"
        r"|picks|percent|\d+ ?%)",
        r"(?:near|close to|at|towards?|right up at|up at|up near|very near) the (?:very )?top"
        r" (?:of|on) (?:our|the|my) (?:\w+ )?(?:list|shortlist|rankings?|pile|scorecard"
        r"|leaderboard|pool|field|candidates|applicants|group|stack|bunch|heap)",
        r"(?:near|close to|right up (?:at|near)|up near|very near) the (?:very )?top\b(?! of"
        r" (?:the |a |an |our |his |her |their |its )?(?:hour|page|screen|stairs|funnel|hill"
        r"|building|org|organi[sz]ation|company|market|range|band|scale|file|list of|charts?"
        r"|class|league|table|agenda|queue|backlog|tree|stack|industry|sector|field of)\b)",
        r"(?:high|highly|very high|top|near the top|high up) (?:on|of|in) (?:our|the|my) (?:\w+ )?"
        r"(?:list|shortlist|rankings?|pile|scorecard|leaderboard|pool|stack)",
        r"(?:one of|among) (?:our|the|my) (?:very )?(?:strongest|best|top|favou?rite|standout"
        r"|leading|highest[- ]rated|highest[- ]scoring) (?:\w+ )?(?:candidates|applicants"
        r"|finalists|interviews|interviewees|people|profiles|contenders)",
        r"(?:our|my|the team's|the panel's|everyone's|the hiring manager's) (?:clear |absolute"
        r" |firm |personal )?(?:favou?rite|first choice|top pick|preferred candidate|number one"
        r"|no\.? ?1|top choice|number two|no\.? ?2|number 2|second pick|second favou?rite"
        r"|runner-up|back-?up|plan b)(?=\s*(?:[.,;:!?)—-]|$|(?:for|candidate|among|out of|of the"
        r"|of all|but|and|all along|from the start|throughout|going in|on paper|in the room"
        r"|too|really|honestly|tbh)\b))",
        r"(?:close|strong|real|serious|top|leading|genuine) (?:contender|contention)|in (?:serious"
        r" |close )?contention (?:until|right|to the)|in the running (?:until|right up|to the)",
        r"(?:just|narrowly|only just|barely) (?:missed|behind|pipped|edged out|beaten|outscored"
        r"|below|short of the)",
        # "you came in second out of twelve"
        r"(?:came|come|coming|finished|placed|ranked|landed|ended up) (?:in |up )?(?:a (?:close"
        r" |very close |narrow )?)?(?:second|third|2nd|3rd|runner-up)(?: (?:out of|of|among"
        r"|place|overall|in the (?:ranking|pool|field|process|rankings)))?\b",
    ),
    check=_ranking_told,
    message="Tells the candidate how they ranked against others.",
    rationale=_HOOK
    + " Telling a rejected candidate they ranked highly invites the question why they "
    "were not chosen and compares them with the person hired.",
    suggestion=(
        "Give the job-related reason against the criteria, without a ranking: 'Your design "
        "exercise did not cover the concurrency requirement in the brief.'"
    ),
    bad=(
        "You made our top three.",
        "Told her she was right up at the top of the pile.",
        "You were one of our strongest finalists this year.",
        "You just missed out this time.",
        "Honestly, you were the panel's favourite.",
        "You were a very strong contender.",
        "You finished third out of nine applicants.",
        "Honestly you were our number two all along.",
        "Told him he came in a close second overall.",
    ),
    good=(
        "Scored at the top of the band on system design; below bar on coding.",
        "Your interview is at the top of the hour.",
        "Top three priorities for the role are listed in the posting.",
        "Her favourite project was the billing rewrite.",
        "Our number one priority is your safety on site.",
        "She came in second at the regional barista championship.",
        "You finished second in the hackathon you mentioned; tell us about the build.",
    ),
)


#: A later time or a future opening in the sentence ("the role we're opening in Q3").
_LATER_OPENING = rx.compile(
    r"\b(?:opening|opens|open up|re-?opens?|upcoming|coming up|next (?:quarter|year|month"
    r"|cycle|round|spring|summer|autumn|fall|winter|intake|cohort|time|season|term)|q[1-4]"
    r"|(?:this|in the|next|by the) (?:spring|summer|autumn|fall|winter|new year)|later|future"
    r"|launch\w*|(?:when|once|after|as soon as) (?:it|we|the|a|one|that|this|our)|re-?apply"
    r"|posting|soon|down the (?:road|line)|some ?day|one day|eventually|at some point"
    r"|cohort|intake|(?:we're|we are|we'll be|we will be) (?:opening|adding|creating|hiring"
    r"|launching|building|starting)|new (?:role|team|office|req|position|opening|site|branch))\b"
)
#: Told, promised or addressed: the statement is made to the candidate.
_TOLD = rx.compile(
    r"\b(?:told|tell|telling|promised?|promising|assured?|assuring|reassured|guarantee[ds]?"
    r"|said|says|let (?:him|her|them|you) know|informed|committed)\b"
    r"|\b(?:you|he|she|they)(?:'ll|'d| will| would| shall| are going to| is going to)\b"
)
#: A time limit on a promised step ("within a year", "by next spring", "if she hits her numbers").
_TIMEFRAME = rx.compile(
    r"\b(?:within|inside|in|after|by) (?:a|one|two|three|four|six|nine|twelve|eighteen|\d+"
    r"|a couple of|a few|the first|the next|next|the end of)\b|\bnext (?:year|quarter|review)"
    r"|\b(?:within|inside|by|before) (?:the|this) (?:year|quarter|summer|spring|autumn|fall"
    r"|winter|new year|holidays)\b|\bby (?:spring|summer|autumn|fall|winter|christmas|easter"
    r"|year[- ]end)\b"
    r"|\bif (?:he|she|they|you) (?:hits?|meets?|delivers?|smashes?|makes?)\b|\b(?:year|quarter)"
    r"[- ]end\b|\bby (?:q[1-4]|20\d\d)\b"
)
#: A meeting, interview or appointment: holding a slot for it is logistics.
_APPOINTMENT = rx.compile(
    r"\b(?:interview|call|meeting|webinar|session|event|tour|onsite|on-site|panel|assessment"
    r"|screen|table|room|desk|parking|\d ?(?:am|pm)|\d:\d\d|monday|tuesday|wednesday|thursday"
    r"|friday|saturday|sunday|tomorrow|today|tonight|this week)\b"
)
_WORK_WITH_CUE = rx.compile(
    r"\b(?:hope|hoping|hopeful|love|would like|'d like|wish|chance|opportunity|someday"
    r"|one day|down the (?:road|line)|near future|not too distant|eventually)\b"
)


#: Verbs that hold a place for someone ("we'll hold a place for him").
_HOLD_BEFORE = rx.compile(
    r"\b(?:hold|holding|held|save|saving|saved|reserve|reserving|reserved|keep|keeping|kept)"
    r" (?:a|the|your|his|her|their|one) $"
)
#: A promise to get in touch ("we'll reach out when ...").
_CONTACT_WHEN = rx.compile(
    r"(?:\b(?:reach (?:back )?out|contact you|call you|email you|ping you|let you know|come back"
    r" to you|circle back|(?:be|get|keep) in touch|hear from us|reconnect)|(?:'ll|\bwill|\bwould"
    r"|'d|\bdefinitely|\bcertainly) (?:call|ring|text|phone|contact)\b)(?: \w+){0,3}? (?:when|once"
    r"|as soon as|after|if|the (?:moment|minute|second|day))\b"
)
_FIT_BEFORE = rx.compile(
    r"\b(?:you|he|she|they)(?:'d|'ll| would| will| might| could)(?: also| really| just)? be"
    r" (?:a |an )?(?:perfect |ideal |natural |excellent |brilliant |obvious |great |good"
    r" |strong |real )?$"
)


def _future_outcome(hit: Hit) -> bool:
    m = hit.matched
    if rx.match(r"(?:job|role|position|spot|post|seat)\b", m):
        # "told him the job's his if he wants it"
        if rx.search(
            r"\b(?:accepted|signed|starts|started|start date|onboard\w*|joined|joins)\b",
            hit.sentence,
        ):
            return False
        return hit.in_sentence(_TOLD) or bool(
            rx.search(
                r"\b(?:if|once|after|when|as soon as|to lose|for the taking)\b", hit.after(40)
            )
        )
    if m in ("yours", "hers", "theirs"):
        # "the job's basically hers", "it's yours to lose"; not a fact after acceptance
        if not (
            rx.search(
                r"\b(?:job|role|offer|position|spot|seat|place)(?:'s| is| 's) (?:\w+ ){0,3}$",
                hit.before(50),
            )
            or rx.match(r" (?:to lose|for the taking)\b", hit.after(20))
        ):
            return False
        return not rx.search(
            r"\b(?:accepted|signed|starts|started|start date|onboard\w*|joined|joins)\b",
            hit.low[max(0, hit.start - 120) : hit.end + 120],
        )
    if rx.match(r"(?:perfect|ideal|natural|excellent|brilliant|obvious|fit|match|addition)", m):
        # "you'd be perfect for the role we're opening in Q3"
        return bool(_FIT_BEFORE.search(hit.before(40))) and bool(
            _LATER_OPENING.search(hit.low, max(0, hit.start - 160), hit.s_end)
        )
    if rx.match(
        r"(?:grow|expand|scal|headcount|hiring|recruit|ramp|staff|gear|beef|gets? busy"
        r"|getting busy|busy|peak)",
        m,
    ):
        # "we'll reach out when the team grows"
        if not _CONTACT_WHEN.search(hit.before(70)):
            # "we'll be hiring again in Q2 and would love to have you"
            return bool(
                rx.match(r"(?:hiring|recruiting) again", m + hit.after(8))
                and rx.search(
                    r"\b(?:love to have you|like to have you|want you|would love|you'd be"
                    r"|you would be|think of you|consider you|keep you in mind|you'll hear"
                    r"|reach out|bring you)\b",
                    hit.sentence,
                )
            )
        if rx.match(r"(?:hiring|recruit)", m):
            return bool(
                rx.search(r"\b(?:start\w*|resum\w*|restart\w*|we're|we are) $", hit.before(15))
                or rx.match(r" (?:again|resumes|picks up|reopens|restarts)\b", hit.after(20))
            )
        return True
    if rx.match(
        r"(?:make|made|become|promot|partner|promotion|leadership|management|fast"
        r"|heading|be |get|being)",
        m,
    ):
        if rx.match(r"(?:be|being) (?:a |an |the )?\w+$", m) and rx.match(
            r"\s+(?:on|of|for|role|position|in (?:this|the) role|at (?:acme|her|his|their))\b",
            hit.after(25),
        ):
            return False  # "she'd be the lead on the migration", "a manager of two"
        # "told her she'd make lead within a year"
        if rx.search(
            r"\b(?:hopes?|hoping|wants?|wanted|aims?|aiming|plans?|planning)\b", hit.before(30)
        ):
            return False  # the candidate's own ambition
        return hit.in_sentence(_TOLD) and hit.in_sentence(_TIMEFRAME)
    if m.startswith("something"):
        if rx.match(r"\s+to\b", hit.after(10)):
            return False  # "something for you to sign"
        return _future_promise(hit) or hit.in_sentence(_LATER_OPENING)
    if rx.match(r"(?:future|someday|eventually|down)", m):
        # "we hope to work with you in the near future"
        return (
            bool(
                rx.search(
                    r"\bwork(?:ing)? (?:with|alongside|together with) you (?:\w+ ){0,3}$",
                    hit.before(50),
                )
            )
            and hit.in_sentence(_WORK_WITH_CUE)
            and not rx.search(r"\blook(?:ing)? forward\b", hit.sentence)
        )
    if rx.match(
        r"(?:revisit|reconsider|re-?evaluate|re-?assess|re-?review|re-?open"
        r"|reactivate)\b",
        m,
    ):
        if rx.search(
            r"\b(?:references?|interview|panel|assessment|documents?|next steps|within \d+"
            r"|this week|by (?:monday|tuesday|wednesday|thursday|friday)|received|receiving)\b",
            hit.sentence,
        ):
            return False  # a step of the current process
        return hit.in_sentence(_LATER_OPENING) or bool(
            rx.search(r"\b(?:once|when|after|until|later|return\w*|back)\b", hit.after(60))
        )
    if rx.match(r"(?:place|spot|seat|slot)\b", m):
        # "we'll hold a place for him in the spring cohort"
        return (
            bool(_HOLD_BEFORE.search(hit.before(30)))
            and not hit.in_sentence(_APPOINTMENT)
            and hit.in_sentence(_LATER_OPENING)
        )
    if rx.search(r"for good|forever|permanent|indefinitely|for life|long[- ]term|no matter", m):
        return hit.in_sentence(_TOLD)
    if rx.search(
        r"no problem|not a problem|no issue|not an issue|fine|guaranteed|a given|locked in", m
    ):
        return bool(
            rx.search(
                r"\b(?:told|promised|assured|said|let (?:him|her|them) know"
                r"|reassured|guaranteed)\b",
                hit.before(60),
            )
        )
    return True


FP_008 = Rule(
    id="CND-FP-008",
    category="false_promise",
    severity="error",
    title="Future role, promotion or outcome predicted for the candidate",
    terms=(
        # a prediction of fit for a specific later role
        r"(?:perfect|ideal|natural|excellent|brilliant|obvious|fit|match|addition) (?:(?:fit"
        r"|match|candidate|choice) )?for (?:it|that|that one|this one|them|us|(?:the|our|a"
        r"|one of our) (?:\w+ ){0,3}?(?:role|position|team|opening|office|job|programme"
        r"|program|cohort|intake|posting|req|project|launch|site|branch|function|unit))\b",
        # a promotion promised on a timetable
        r"(?:make|makes|made|making|become|promoted to|be|be made|be promoted to|be appointed"
        r"|get promoted to|getting promoted to) (?:a |an |the )?(?:team |people |line |store "
        r"|shift |area |assistant |deputy |general |department |ward |unit |practice )?"
        r"(?:lead|senior|manager|director|partner|principal|head|vp|supervisor|staff"
        r"|management|leadership|associate|shift lead|team leader)\b|(?:get|be|getting|being"
        r"|gets) promoted\b|(?:partner|promotion"
        r"|leadership|management|fast) track\b|heading (?:the|a|his|her|their|your|own|that)"
        r" (?:\w+ )?(?:team|department|desk|group|office|unit|function|region|branch|site"
        r"|practice)\b",
        # the job is theirs
        r"yours|hers|theirs",
        r"(?:job|role|position|spot|post|seat)(?:'s| is| will be| would be) (?:basically"
        r" |practically |all but |as good as |pretty much |effectively |virtually |definitely"
        r" |surely |certainly )?his\b(?! (?:own|first|second|last|current|previous|old|new)\b)",
        # something lined up for the candidate later
        r"something (?:else |suitable |new |more |lined up |in the pipeline |in the works )?"
        r"(?:for|lined up for) you\b",
        # contact promised when the company grows or hires again
        r"(?:grows|grow|expands|expand|scales up|scale up|growing|expanding|headcount"
        r"|hiring (?:again|resumes|picks up|reopens|restarts)|hiring|recruiting|recruitment)\b"
        r"|(?:ramps?|ramping|staffs?|staffing|gears?|gearing|beefs?|beefing) up\b|(?:gets?"
        r"|getting) busy\b|(?:busy|peak|hiring) season\b",
        # working together some day
        r"future|someday|eventually|down the (?:road|line)",
        # the candidacy deferred
        r"(?:revisit|reconsider|reevaluate|re-evaluate|reassess|re-assess|rereview|re-review"
        r"|reopen|re-open|reactivate) (?:your|his|her|their) (?:candidacy|application|candidature|profile|file|cv"
        r"|r[ée]sum[ée]|resume)",
        # a place reserved in a later intake
        r"(?:place|spot|seat|slot) (?:open )?for (?:you|him|her|them)\b",
        # terms of work promised for ever
        r"(?:remote|wfh|hybrid|flexible (?:hours|working|schedule)|flexitime|flexi-time|four-day week|4-day week|relocation|sponsorship|visa)"
        r" (?:\w+ ){0,3}?(?:forever|for good|permanently|indefinitely|for life|long[- ]term"
        r"|no matter what|(?:is|are|will be|would be|'s) (?:\w+ )?permanent|(?:is|are|will be"
        r"|would be|'s|was) (?:no problem|not a problem|no issue|not an issue|totally fine|fine"
        r"|guaranteed|a given|locked in))\b",
    ),
    check=_future_outcome,
    message="Predicts or promises a future role, promotion or outcome for the candidate.",
    rationale=_HOOK
    + " A prediction that the candidate would be right for a later role, will be promoted "
    "on a timetable, or that terms are permanent is read as a commitment.",
    suggestion=(
        "Describe only the decision in hand and the published process: 'Future openings are "
        "posted on our careers page'; in offers, put terms only in the written offer."
    ),
    bad=(
        "I think you'd be perfect for the analytics role we're launching next spring.",
        "You would be a natural fit for the new Leeds branch once it opens.",
        "Told him he'll make team lead inside eighteen months if he hits target.",
        "Let her know she'd be promoted to manager by next year.",
        "I told him he'd be a shift supervisor within the year, easily.",
        "Assured her she'll get promoted before the summer.",
        "Honestly the role is hers to lose.",
        "Told him the post is his once the freeze lifts.",
        "The job's basically his if the references land.",
        "We expect to have something lined up for you by the autumn.",
        "We'll definitely reach out when the team grows next year.",
        "We will contact you as soon as we start hiring again.",
        "We'll definitely ring you when we staff up for the holidays.",
        "I'll call you first once we ramp up in the spring.",
        "We'll be recruiting again after Easter and would love to have you.",
        "We hope to have the chance to work with you in the near future.",
        "We'd like to revisit your candidacy once you're back from deployment.",
        "We'll hold a place for you in the autumn cohort.",
        "Assured her working from home is guaranteed.",
        "Told him fully remote forever is no problem.",
    ),
    good=(
        "We are holding the interview slot for you on Tuesday at 10am.",
        "Her experience would be perfect for this role; recommend hire.",
        "She made senior within two years at Stripe.",
        "She hopes to make lead within a year, she told us.",
        "She would be the lead on the payments migration within a week of starting.",
        "He got promoted twice within the year at his last store.",
        "She'd be a manager of four in this role; told her the team size.",
        "We'll review your application and get back to you within five days.",
        "We look forward to working with you from 3 March.",
        "We will revisit your application after we receive your references.",
        "She ramped up the night crew from 4 to 12 at her last depot.",
        "Busy season is November; every new starter is told the schedule.",
        "Remote work is available for this position per our policy.",
        "We sent something for you to sign; please return it by Friday.",
        "The app lets users hold a place in the queue.",
        "The job is hers; she accepted the offer yesterday and starts Monday.",
        "Yours sincerely, the hiring team.",
        "The role is his first people-management job.",
        "The job is his; he signed the offer and starts Monday.",
    ),
)


#: A modal or commitment just before the verb: the role is promised, not described.
_FUTURE_MODAL = rx.compile(
    r"(?:'d|'ll|\bwould|\bwill|\bshould|\bcould|\bgoing to|\bgonna|\bbound to|\bexpect to"
    r"|\bhope to|\bhoping to|\bplan to|\bplanning to|\btry to|\bpromised? to|\bcommitted to"
    r"|\bcan|\bsure to|\bdefinitely|\bcertainly|\bsurely)\s+(?:\w+\s+){0,2}$"
)
#: Onboarding and logistics: a desk, a laptop or a slot held for a starter.
_ONBOARDING = rx.compile(
    r"\b(?:first day|day one|start date|on arrival|when (?:you|he|she|they) (?:start|arrive"
    r"|join)|onboarding|induction|laptop|desk|badge|paperwork|offer letter|welcome pack"
    r"|accepted|sign(?:ed|ing)? the offer)\b"
)
_VACATING = rx.compile(
    r"\b(?:leaving|leaves|retir\w+|moving on|steps? down|stepping down|goes on leave|going on"
    r" leave|vacanc\w+|no (?:opening|vacancy|role|position)|(?:don't|do not|doesn't) have"
    r"|not this (?:year|time|term)|next (?:year|term|school year|season|semester)|in the (?:fall"
    r"|autumn|spring|summer|new year)|frees? up|opens? up)\b"
)
_BY_LATER = rx.compile(
    r"\b(?:by|before|in|after|around|over|come|from) (?:the )?(?:spring|summer|autumn|fall"
    r"|winter|christmas|easter|new year|holidays|year[- ]end|end of (?:the )?(?:year|quarter"
    r"|month)|january|february|march|april|june|july|august|september|october|november"
    r"|december|q[1-4]|next (?:year|quarter|month|season|term|intake))\b"
)


def _role_promised(hit: Hit) -> bool:
    """A role, or "something", promised to the candidate for later."""
    if rx.match(r"\s*to\b", hit.after(10)):
        return False  # "a role for him to play", "something for you to sign"
    if hit.in_sentence(_ONBOARDING):
        return False
    rest = hit.low[hit.s_start : hit.start] + " " + hit.low[hit.end : hit.s_end]
    if _APPOINTMENT.search(rest):
        return False  # "we'll find a slot for you on Tuesday"
    told = hit.in_sentence(_TOLD) or hit.in_sentence(_ADDRESSED)
    later = hit.in_sentence(_LATER_OPENING) or hit.in_sentence(_BY_LATER)
    if rx.match(r"(?:take over|step into|inherit|move into|slot into|pick up)", hit.matched):
        # "I'd love for you to take over that classroom in the fall"
        wish = rx.search(
            r"(?:'d|'ll|\b(?:would|will|could|can|love|like|want|hope|hoping|expect|plan"
            r"|intend|going to))\b[^.;!?]{0,25}$",
            hit.before(40),
        )
        return wish is not None and told and (later or hit.in_sentence(_VACATING))
    if rx.search(
        r"(?:opening|coming up|freeing up|opening up|being created) (?:up )?for \w+$", hit.matched
    ):
        # "hinted that a senior role is opening for her soon"
        return told or bool(
            rx.search(r"\b(?:hinted|mentioned|suggested|implied|said)\b", hit.sentence)
        )
    if rx.match(r"(?:put|fast|send|move|skip|take|bring) ", hit.matched):
        # "said I'd put her straight through to the final round next time"
        return bool(_FUTURE_MODAL.search(hit.before(40))) and told and later
    if not _FUTURE_MODAL.search(hit.before(40)):
        return False  # "we have a role for her in mind": the role being filled now
    sure = rx.search(
        r"\b(?:definitely|certainly|surely|for sure|guarantee\w*|promise\w*|no doubt|likely"
        r"|bound to|absolutely)\b",
        hit.before(40),
    )
    return told and (
        later or sure is not None or bool(rx.match(r"(?:have|find|get) something", hit.matched))
    )


FP_009 = Rule(
    id="CND-FP-009",
    category="false_promise",
    severity="error",
    title="A role, or something, promised for the candidate later",
    terms=(
        r"(?:have|find|create|make|open up|line up|sort out|carve out|get|set up|keep|hold)"
        r" (?:something|an opening|a job|one|a (?:[\w-]+ ){0,3}?(?:role|position|job|spot"
        r"|place|seat|opening|vacancy|post|slot|contract|gig|shift|placement|req))(?: \w+){0,2}?"
        r" for (?:you|him|her|them)\b",
        r"(?:put|fast-?track|send|move|skip|take|bring) (?:you|him|her|them) (?:straight |directly"
        r" |right )?(?:through )?to (?:the )?(?:final|last|second|next) (?:round|stage|interview"
        r"|panel)\b",
        r"(?:role|position|job|spot|seat|opening|vacancy|post) (?:is |'s |will be |might be |could"
        r" be |should be )?(?:opening|coming up|freeing up|opening up|being created) (?:up )?for"
        r" (?:you|him|her|them)\b",
        r"(?:be|make|have|find) (?:room|space) for (?:you|him|her|them)\b(?! (?:to|in (?:the|our)"
        r" (?:car|van|parking|room|office|diary|calendar)))",
        r"(?:take over|step into|inherit|move into|slot into|pick up) (?:that|the|her|his|their"
        r"|this|a|an|my|our) (?:[\w-]+ ){0,2}?(?:classroom|class|caseload|role|position|post"
        r"|job|territory|patch|route|accounts?|team|ward|desk|chair|seat|spot|vacancy|opening"
        r"|portfolio|clients?|book)\b",
    ),
    check=_role_promised,
    message="Promises the candidate a role, or something, later.",
    rationale=_HOOK
    + " Telling a rejected candidate that a role will exist for them later is a promise "
    "the organisation may not keep, and later decisions are measured against it.",
    suggestion=_SUGGEST,
    bad=(
        "Told her we'd have a part-time admin post for her after Easter.",
        "Said we will find a spot for him on the night crew by the new year.",
        "We should have something for you in the spring, I promise.",
        "Assured them we'd carve out a junior analyst role for them next quarter.",
        "Told her we'd almost certainly find a seat for her on the next cohort.",
        "Our head of maths retires in July and we'd love you to step into that post in September.",
        "You could inherit her caseload when she goes on leave next year.",
        "There will surely be room for you on the crew next season.",
        "Said we'd send him straight to the final round if he reapplies in spring.",
        "Mentioned a team lead spot is opening up for her in Q3.",
    ),
    good=(
        "We'll have a laptop and a desk for you on your first day.",
        "We have a role for her in mind: senior analyst, as posted.",
        "We'll find a slot for you on Tuesday for the panel interview.",
        "We'd have a big role for him to play in the migration, as scoped.",
        "Told her we will have the offer letter for her by Friday.",
        "You would take over the Leeds territory from your start date on 3 March.",
        "She'd inherit a team of six; told her the reporting line.",
        "We'll make room for you in the car park on the day of the panel.",
        "There should be room for you to grow into the lead role, she was told.",
        "We'll move you to the final round on Thursday at 10am.",
        "A role is opening for her team lead, so she is backfilling.",
    ),
)


#: Praise or rejection words that make "just not now" about the candidate's application.
_TEMP_CTX = rx.compile(
    r"\b(?:want|wanted|need|love|loved|like|liked|perfect|great|ideal|exactly|right (?:person|fit"
    r"|candidate)|strong|fit|impressed|talented|amazing|brilliant|excellent|keen|hire|hiring"
    r"|role|position|job|offer|team|unfortunately|sorry|decision|candidate|application|us"
    r"|here)\b"
)
_NOT_TEMP = rx.compile(
    r"\b(?:available|availability|start|relocat\w*|reschedul\w*|schedule|call (?:now|today"
    r"|back)|interview|question|questions|busy|bandwidth|budget for (?:travel|training)|answer"
    r"|code|test|tests|build|deploy)\b"
)


def _not_now(hit: Hit) -> bool:
    m = hit.matched
    if not (hit.in_sentence(_ADDRESSED) or hit.in_sentence(_TOLD)):
        return False
    if rx.match(r"(?:exactly|precisely|just|definitely|absolutely)", m) and "not" not in m:
        return True  # "exactly who we want long-term"
    if rx.match(r"(?:want|wanted|would love|\w+'d love|love)", m):
        return True  # "the team wants her, just needs budget sign-off"
    if hit.sentence.rstrip().endswith("?") or hit.in_sentence(_NOT_TEMP):
        return False
    return hit.in_sentence(_TEMP_CTX)


FP_010 = Rule(
    id="CND-FP-010",
    category="false_promise",
    severity="error",
    title="Rejection softened as 'not right now'",
    terms=(
        r"(?:wants?|wanted|would love|(?:we|i|they|he|she)'d love|love|loves|loved) (?:you|him|her|them)(?: \w+){0,2}?"
        r",? (?:just|only|but|we) (?:needs?|need|waiting|waiting on|pending|have to wait|can't"
        r" yet|don't have)\b",
        r"(?:just|simply|only|merely) not (?:right now|now|yet|at the moment|this time|today"
        r"|this year|this round|this cycle|for this (?:role|one|opening|position))\b",
        r"not (?:right now|now|at the moment|this time|yet),? (?:but|though) (?:maybe |hopefully"
        r" |definitely |surely |perhaps |certainly |very likely |probably )?(?:later|soon|one"
        r" day|someday|some day|in the future|down the (?:line|road)|next (?:time|year|round"
        r"|cycle)|eventually|in (?:a|six|twelve|\d+) (?:months?|years?))\b",
        r"(?:exactly|precisely|just|definitely|absolutely) (?:who|what|the (?:kind|type|sort)"
        r" of (?:person|candidate|people|profile|talent|hire|engineer|nurse|leader|manager))"
        r" (?:we|we're|we are|we'll be|i) (?:\w+ )?(?:want|need|looking for|after|hoping for"
        r"|hope to hire|want to hire)(?: \w+)? (?:long[- ]term|longer[- ]term|eventually|in the"
        r" (?:long run|future)|down the (?:line|road)|one day|someday|later|in time|next year"
        r"|in the next round)\b",
    ),
    check=_not_now,
    message="Frames the rejection as temporary ('just not right now').",
    rationale=_HOOK
    + " Calling a rejection temporary, or the candidate exactly who the employer wants "
    "later, implies a future offer.",
    suggestion=_SUGGEST,
    bad=(
        "You're a great fit for us, simply not this year.",
        "Not at the moment, but hopefully down the line, you're the kind of leader we need.",
        "You're precisely the type of nurse we want eventually.",
        "We loved meeting you, it's just not right now for this team.",
        "Reassured him the manager wants him, just waiting on headcount.",
    ),
    good=(
        "She can start, just not right now; her notice period is eight weeks.",
        "Asked if he could relocate: not right now, maybe next year.",
        "The build passes, just not yet on ARM.",
        "You can reschedule the interview, just not this week.",
        "The customer wants her to call back, but needs the invoice first.",
    ),
)


#: A date or a step of the current process: holding the file until then is logistics.
_PROCESS_UNTIL = rx.compile(
    r"^\s*(?:the )?(?:closing|deadline|interview|panel|references?|decision|outcome|end of (?:the"
    r" )?(?:process|week|day|month)|monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    r"|tomorrow|\d|next week|we (?:decide|hear|receive|get)|the (?:role|position|vacancy|post)"
    r" (?:closes|is filled)|your (?:references?|documents?|interview|test))"
)
_SHORT_ABSENCE = rx.compile(
    r"\b(?:next week|this week|tomorrow|monday|tuesday|wednesday|thursday|friday|holiday"
    r"|vacation|trip|conference|interview|panel|call|meeting|lunch|the weekend)\b"
)


def _held_for_later(hit: Hit) -> bool:
    m = hit.matched
    if rx.search(r"(?:until|till|til|open until)$", m) and _PROCESS_UNTIL.match(hit.after(40)):
        return False  # "we'll keep your application open until the closing date"
    if rx.search(r"\b(?:once|when|after|as soon as)\b", m) and hit.in_sentence(_SHORT_ABSENCE):
        return False  # "let's reconnect when you're back from holiday next week"
    return hit.in_sentence(_ADDRESSED) or hit.in_sentence(_TOLD)


FP_011 = Rule(
    id="CND-FP-011",
    category="false_promise",
    severity="error",
    title="Application held, or the decision deferred, until the candidate returns",
    terms=(
        r"(?:hold|holding|keep|keeping|pause|pausing|park|parking|put|putting|freeze|freezing)"
        r" (?:on ?to )?(?:your|his|her|their) (?:application|candidacy|cv|r[\u00e9e]sum[\u00e9e]"
        r"|resume|file|profile|spot|place|details)(?: \w+){0,2}? (?:until|till|til|for when"
        r"|for after|on hold|on ice|in reserve|open until|aside)\b",
        r"(?:revisit|reconsider|pick (?:this|it|things) (?:back )?up|reopen|re-open|resume|restart"
        r"|circle back|come back to (?:this|it|you)|talk again|reconnect|re-?engage)(?: \w+){0,3}?"
        r" (?:once|when|after|as soon as) (?:you're|you are|you've|you have|you|he's|she's"
        r"|they're|he|she|they) (?:\w+ )?(?:back|return\w*|settled|available|ready|free"
        r"|recovered|home|finished|done)\b",
    ),
    check=_held_for_later,
    message="Holds the application, or defers the decision, until the candidate returns.",
    rationale=_HOOK
    + " Holding a candidacy until someone is 'back' implies a later offer and, tied to leave "
    "or a life event, records that event as the reason for the delay.",
    suggestion=_SUGGEST,
    bad=(
        "We'll park your application until after the summer, then pick it up with you.",
        "Happy to reconsider once you're fully recovered and back on your feet.",
        "Told him we'd keep his spot on ice until he returns from deployment.",
        "We can talk again when you're settled, and we'll hold your CV till then.",
    ),
    good=(
        "We'll keep your application open until the closing date on 14 June.",
        "Let's reconnect when you're back from your trip next week to book the panel.",
        "Please hold your questions until the end of the presentation.",
        "She put her application on hold herself while finishing her degree.",
    ),
)


def _backup_told(hit: Hit) -> bool:
    return hit.in_sentence(_ADDRESSED) or hit.in_sentence(_TOLD)


FP_012 = Rule(
    id="CND-FP-012",
    category="false_promise",
    severity="error",
    title="Candidate told they are the back-up if the hire falls through",
    terms=(
        r"(?:if|should|in case|in the event|unless) (?:the|our) (?:selected|successful|chosen"
        r"|preferred|other|first-choice|top|new|appointed|hired|first|original|incoming)"
        r" (?:candidate|applicant|person|hire|finalist|choice|pick|appointee|starter|recruit)"
        r"(?: \w+)? (?:does not|doesn't|don't|fails|can't|cannot|declines?|turns|falls|pulls"
        r"|backs|withdraws|changes|leaves|drops|reneges|isn't|is not|won't|says no|walks"
        r"|quits|doesn't work out|does not work out)\b",
        r"(?:if|should) (?:things|it) (?:don't|doesn't|do not|does not) work out with (?:the|our)"
        r" (?:selected|successful|chosen|preferred|other|new|first|incoming|appointed)\b",
    ),
    check=_backup_told,
    message="Tells the candidate they are the back-up if the hire falls through.",
    rationale=_HOOK
    + " Telling a rejected candidate they will be called if the chosen person declines "
    "promises later consideration and describes the hire.",
    suggestion=_SUGGEST,
    bad=(
        "Should our first-choice candidate decline, you'll be the first call we make.",
        "We'll be in touch if the successful applicant doesn't start.",
        "Told her we'd ring if things don't work out with the new hire.",
    ),
    good=(
        "If the selected candidate does not pass the background check, the req reopens.",
        "If the new hire leaves within 90 days, the agency refunds the fee.",
        "Should the successful candidate require adjustments, HR arranges them.",
    ),
)


#: Something later: an opening, a posting, a season, a cohort.
_LATER = rx.compile(
    r"\b(?:openings?|postings?|posts|positions?|roles?|vacanc\w+|reqs?|requisitions?|jobs?"
    r"|spots?|chairs?|seats?|places?|class|cohort|intake|future|later|down the road|next"
    r" (?:one|round|time|year|month|quarter|season|cycle|hiring|opening|posting|class)"
    r"|(?:in|this|next) (?:the )?(?:fall|spring|summer|winter|autumn|new year|q[1-4])"
    r"|when (?:it|one|something|another|a)|once)\b"
)
_SCHEDULED = rx.compile(
    r"\s*(?:a |an |the |her |his |their |our )?(?:[\w-]+ )?(?:interview|call|meeting|panel"
    r"|screen|chat|tour|visit|orientation|training|shift|session|test|assessment|slot|time"
    r"|date|monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|today|\d)"
)


def _later_guaranteed(hit: Hit) -> bool:
    """A guarantee about later, not about a step already scheduled or a form to send."""
    m = hit.matched
    if rx.match(r"(?:pencil|slotted|earmarked|lined|penned)", m):
        return _SCHEDULED.match(hit.after(30)) is None
    # The opening is often named in the clause before: "...posts in March; I'll make sure".
    return hit.in_sentence(_LATER) or bool(
        _LATER.search(hit.low, max(0, hit.start - 150), hit.start)
    )


FP_013 = Rule(
    id="CND-FP-013",
    category="false_promise",
    severity="error",
    title="An interview, a place or priority guaranteed for later",
    terms=(
        # "I'll personally make sure you get an interview"
        r"(?:i'll|i will|we'll|we will|i'd|we'd|i would|we would|i can|we can) (?:personally"
        r" |definitely |absolutely |certainly )?(?:make sure|make certain|ensure|see to it|guarantee)"
        r" (?:that )?(?:you|your (?:application|r[eé]sum[eé]|cv|name)|he|she|they|his"
        r" (?:application|r[eé]sum[eé]|cv)|her (?:application|r[eé]sum[eé]|cv)|their"
        r" (?:application|r[eé]sum[eé]|cv)) (?:get|gets|are|is|will be|will get|receive"
        r"|receives|go|goes|land|lands|jump|jumps|move|moves)\b",
        # "already penciled you in for one"
        r"(?:pencil+ed|slotted|earmarked|lined|penned) (?:you|him|her|them|the candidate) (?:in|up)"
        r"(?: for\b)?",
        # "will absolutely want you for it", "will definitely reach out to you once..."
        r"(?:will|(?:we|i|they|he|she)'ll|would|(?:we|i|they|he|she)'d) (?:definitely|absolutely|certainly|surely|100%|for sure)"
        r" (?:want you|want (?:him|her|them)|reach out to you|contact you|call you|be in touch"
        r"|bring you (?:on|back|in)|have a (?:place|spot|role|seat) for you|hire you|consider"
        r" you)\b",
    ),
    check=_later_guaranteed,
    message="Guarantees the candidate an interview, a place or priority later.",
    rationale=_HOOK
    + " A guaranteed interview, a place 'pencilled in' or a certain call-back for an "
    "opening that does not exist yet is a promise the employer may not keep.",
    suggestion=_SUGGEST,
    bad=(
        "Apply for the Senior Adjuster posting next month; I'll make sure you get an interview.",
        "Our staffing plan shows two more openings in Q3 and I've already penciled you in for one.",
        "We're adding a second chair in the fall and will absolutely want you for it.",
        "We will definitely reach out to you once the second-shift position is approved.",
    ),
    good=(
        "I'll make sure you get the travel reimbursement form today.",
        "We will definitely reach out to you by Friday with the panel's decision.",
        "Penciled in the second interview for Tuesday at 10.",
        "Pencilled her in for Tuesday's panel at 10.",
        "We'll make sure your application is reviewed against the posted criteria.",
    ),
)


FP_014 = Rule(
    id="CND-FP-014",
    category="false_promise",
    severity="error",
    title="Certainty of a later hire, a personal referral or terms not yet approved",
    terms=(
        r"no doubt (?:you'll|you will|you'd|you would) (?:be )?(?:join|joining|be joining|hear"
        r"|land|get|be back|be with)",
        r"(?:i'll|i will|we'll|we will|i'm going to|we're going to) (?:personally )?(?:flag|pass"
        r"|forward|send|put|walk|hand|mention|recommend) (?:your|you) (?:name|cv|resume"
        r"|r\u00e9sum\u00e9|application|details|info|profile)?\s*(?:to|forward|along|across|over"
        r"|for)\b",
        r"keep your (?:info|information|details|cv|resume|r\u00e9sum\u00e9|application|name"
        r"|profile|contact details) (?:handy|close|at hand|on hand|close by|nearby)",
        r"(?:told|promised|assured|said to) (?:him|her|them|the candidate) (?:that )?(?:his|her"
        r"|their) (?:starting )?(?:rate|salary|pay|wage|title|schedule|shift|differential)"
        r" (?:would|will)",
    ),
    exemptions=frozenset({"professional"}),
    message="Promises or implies a later hire, a personal referral or terms nobody has approved.",
    rationale=_HOOK,
    suggestion=_SUGGEST,
    bad=(
        "While we've filled this position, I have no doubt you'll be joining our team before long.",
        "I'll personally flag your name to the hiring manager for the Denver hub.",
        "We'll keep your info handy.",
        "Told him his starting rate would match what the floor supervisors make.",
    ),
    good=(
        "We will send your reimbursement form to you by Friday.",
        "I'll forward your question about parking to the office manager.",
        "Told her the salary would be set from the posted range after the panel decides.",
    ),
)


FP_015 = Rule(
    id="CND-FP-015",
    category="false_promise",
    severity="error",
    title="A promise made to the candidate: a move, a raise, full-time hours, a later opening",
    terms=(
        r"(?:promised|assured|guaranteed|guaranteeing|promising|assuring) (?:him|her|them|the"
        r" candidate|the hire|you)\b(?! (?:a fair|an equal|the same|confidentiality|(?:that )?"
        r"(?:the )?(?:process|decision|review|panel|interview|selection)\b))",
        r"(?:said|told (?:him|her|them|the candidate)) (?:that )?(?:we'd|we would|we'll|we will"
        r"|i'd|i would|i'll|i will) (?:definitely |certainly |surely )?(?:bump|move|promote|make"
        r"|convert|switch|give|get) (?:him|her|them)\b",
        r"(?:he's|she's|you're|they're|is|are) a lock for|(?:is|are|be) guaranteed (?:after|by|once"
        r"|within|in)\b|count on us\b|before anyone else\b|as an alternate\b",
        r"(?:on|in) our (?:shortlist|short list|short-list|radar|bench|list) for (?:the |our )?"
        r"(?:next|future|upcoming|coming)\b",
        r"(?:check|circle|come) back (?:with us |to us )?(?:once|when|after) (?:things|everything"
        r"|your \w+|it|the move|you're settled|you are settled) (?:are |is |have |has )?"
        r"(?:settled|settle|calm|calms down|sorted|done|over)",
        r"(?:would|will) only be temporary|only temporary, \d+ days",
        r"(?:first|next|top) on (?:our|the) (?:wait ?list|list) for",
        r"(?:reapply|reapplying|apply again) (?:when|once) your (?:schedule|situation|life|famil"
        r"y situation|circumstances) (?:is|are) (?:more )?(?:settled|stable|calmer)",
    ),
    exemptions=frozenset({"professional"}),
    message="Records or makes a promise about later terms or a later hire that nobody has "
    "approved.",
    rationale=_HOOK,
    suggestion=_SUGGEST,
    bad=(
        "Assured him the part-time spot would turn full time by summer.",
        "Promised her she'd be moved to days within 90 days.",
        "Hardware: guaranteed him full-time hours by summer, verbally.",
        "Said we'd bump him to foreman after one season, no question.",
        "Your résumé is on our shortlist for the next hiring cycle.",
        "We'll hold off for now, but please check back with us once things are settled!",
        "Told him he's a lock for the next dispatcher opening.",
        "You can count on us reaching out to you before anyone else.",
    ),
    good=(
        "Assured her the process would be fair and the same for every finalist.",
        "Told her we'd send the benefits guide by Friday.",
        "Promised the client a rollback plan and delivered it the same day.",
    ),
)

RULES = (
    FP_001,
    FP_002,
    FP_003,
    FP_004,
    FP_005,
    FP_006,
    FP_007,
    FP_008,
    FP_009,
    FP_010,
    FP_011,
    FP_012,
    FP_013,
    FP_014,
    FP_015,
)
