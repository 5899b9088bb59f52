"""Subjective fit: vibe, gut, liking, undefined 'culture fit', personality labels."""

from __future__ import annotations

from candor.language import rx
from candor.language.context import Hit
from candor.language.model import Rule
from candor.language.rules._lex import BEHAVIOUR, INTENS, SUBJ_COP

_HOOK = (
    "Undefined 'fit', 'vibe' or liking is not a protected class, but it is a recognised "
    "cover for bias and cannot be defended as a business reason; HR guidance asks for "
    "observed behaviour against the rubric ('Would not fit in' and 'Didn't like their "
    "energy' are called-out examples)."
)
_SUGGEST = (
    "Name the rubric competency or stated value and the behaviour observed: 'Did not give "
    "an example of working across teams when asked (collaboration, level 2 of 4).'"
)
_CRITERIA_AFTER = rx.compile(
    r"^\s*(?:\w+\s+){0,3}?(?:with|for|to|against|on) (?:the |our |all |each |every |its |this "
    r")?(?:[\w'\u2019-]+ ){0,3}(?:requirements?|rubric|criteria|criterion|competenc\w+|bar"
    r"|job description|level|scope|spec|stack|tech stack|skills? matrix|posting|band"
    r"|practice areas?|practice groups?|caseload|case mix|workload|specialt(?:y|ies)|specialisms?"
    r"|specializations?|specialisations?|domains?|use cases?|remit|mandate|product areas?"
    r"|tech(?:nology)?|tooling|codebase|portfolio|sector|therapeutic areas?|markets?"
    r"|territor(?:y|ies)|accounts?|client list|book of business|modality|certifications?"
    r"|licen[cs]es?|experience needs|skill set|skillset|must-haves|needs|duties|tasks"
    r"|responsibilities|functions|part of the (?:job|role|work)|skills|experience"
    r"|qualifications|credentials)\b"
)


def _fit_undefined(hit: Hit) -> bool:
    if rx.match(r"(?:should|will|would|might|may|could|must) ", hit.matched) and not rx.search(
        r"(?:^|[,;:(\-\u2022*]|\b(?:he|she|they|cand|candidate|applicant|who|probably|prob"
        r"|definitely|think|reckon|guess|sure|and|but|so))\s*$",
        hit.low[hit.s_start : hit.start],
    ):
        return False  # "The migration should mesh with the schema": not a person
    if rx.match(
        r"^\s*(?:\w+ )?(?:into place|together|with (?:the|our|this|existing|that) (?:existing )?"
        r"(?:architecture|schema|system|codebase|api|design|stack|data|model|pipeline|service"
        r"|platform|plan|process))",
        hit.after(40),
    ):
        return False
    if rx.search(r"\bin$", hit.matched) and not rx.match(
        r"^\s*(?:$|[.,;:!?)-]|with|well|here|there|at|around|among|on|to (?:the|our|a) team"
        r"|easily|nicely|quickly|socially|culturally|fine|great|ok|okay|perfectly|and|but|so)",
        hit.after(20),
    ):
        return False
    return _CRITERIA_AFTER.match(hit.after(80)) is None


FIT_001 = Rule(
    id="CND-FIT-001",
    category="subjective_fit",
    severity="warning",
    title="Undefined 'fit'",
    terms=(
        r"cult(?:ure|ural) (?:fit|add|match|mismatch|clash|issues?|concerns?)"
        r"|(?:team|personality) fit|(?:not|isn't|wasn't|never|no|poor|bad|great|good|perfect"
        r"|natural|right|strong|weak|real|true|best|better|worse|questionable|obvious|ideal"
        r"|solid|excellent|a) (?:\w+ )?fit\b(?! (?:and finish|check|bit|test\w*))(?![-\u2010 ]out\b)",
        r"(?:fits?|fitting|fitted) (?:right|straight|perfectly|nicely|well|easily|seamlessly"
        r"|really well|so well|just fine|fine) in\b(?![-'\u2019])"
        r"|(?:(?:he|she|they|cand|candidate)(?:'ll|'d| should| will| would| might| may| could"
        r"| must|'s going to| is going to)|should|will|would|might|may|could|must)"
        r" (?:(?:really|probably|definitely|easily|totally|just|not|never|quickly|naturally) )?(?:gel"
        r"|jell|mesh|click|blend in|bond)\b(?! (?:the|a|an|our|these|those|two|all|data"
        r"|results|layers?|models?|pieces?)\b)",
        r"(?:fits?|fitting|fitted) in|fit into (?:the|our|this) (?:team|culture|group|company"
        r"|org|office|crowd)|fit with (?:the|our|this) (?:team|culture|group|vibe|crowd|people"
        r"|company|org)",
        r"(?:wouldn't|won't|doesn't|didn't|don't|might not|may not|not going to|never|will not"
        r"|would not|does not|did not) (?:really |quite )?(?:fit|mesh|gel|jell|click)\b",
        r"(?:fit|fits|fitting) (?:the|our) (?:mold|mould|profile|culture|vibe|image)\b(?! (?:processing"
        r"|pipeline|recognition|model|classifier|data|files?|size|build|registry|tag|library)\b)",
        r"(?:not|isn't|wasn't) (?:really |quite |exactly |very much )?(?:['\"\u2018\u201c]?one"
        r" of us|our (?:kind"
        r"|type)|(?:a|much of a) team player)"
        r"|team player|people person",
        r"(?:right|good|great|strong|perfect|natural|best|poor|bad|the) match for (?:our|the|this)"
        r" (?:team|culture|company|group|office|crowd)|(?:personality|attitude|demeanou?r|style"
        r"|energy|vibe) (?:was|is|wasn't|isn't|was not|is not|did not|didn't|would not|wouldn't)"
        r"(?: \w+){0,3}? (?:match|fit|right|suit|mesh|gel|align)",
    ),
    check=_fit_undefined,
    message="Judges 'fit' without naming criteria.",
    rationale=_HOOK,
    suggestion=_SUGGEST,
    bad=(
        "Not a culture fit.",
        "Would not fit in with the team.",
        "Great fit, let's move fast.",
        "He's just not 'one of us'.",
        "Just not our people.",
        "Just didn't gel with us.",
        "He'll fit right in.",
        "Same background as half the team, should gel fine.",
        "She'll click with the founders for sure.",
    ),
    good=(
        "Strong fit with the tax group's practice areas: ten years of transfer-pricing work.",
        "Fitted the regression model in R and explained the residuals.",
        "Strong fit against the rubric: level 4 on all five criteria.",
        "Fixed the layout so the chart fits in the sidebar.",
        "The new layer should mesh the two data models cleanly.",
        "The migration should mesh with the existing schema.",
        "Fits our image processing needs: built a pipeline for 1M photos a day.",
        "Would mesh well with the existing architecture, she argued.",
        "Ran the Medicaid billing side for a therapy group; strong fit for our front office duties.",
        "Good fit on skills; start date is the open question.",
        "Already has a respirator fit test on file from his last job.",
    ),
)

_POSITIVE = rx.compile(
    r"(?:good|great|nice|positive|high|strong|can-do|right|lovely|fun"
    r"|pleasant|awesome|winning|sparkling|bubbly|big)\b"
)


def _feeling(hit: Hit) -> bool:
    if rx.match(r"(?:un)?lik(?:e)?ability$", hit.matched) and rx.match(
        r"^\s*(?:surveys?|scores?|ratings?|metrics?|stud(?:y|ies)|research|tests?|of (?:the|our|a"
        r"|an|its) (?:app|product|brand|ads?|campaign|design|ui|mascot|character|redesign))\b",
        hit.after(40),
    ):
        return False  # a product's likeability, not the candidate's
    if hit.matched == "the chemistry" and (
        rx.search(
            r"\b(?:explain\w*|underst\w*|knows?|knew|learn\w*|teach\w*|taught|describ\w*"
            r"|walk\w* (?:us |me )?through|covered|master\w*|grasp\w*|talk\w* through"
            r"|understand\w*)\b(?: \w+){0,3}\s*$",
            hit.before(40),
        )
        or rx.match(r"^\s*(?:of|behind|involved|in|for)\b", hit.after(12))
    ):
        return False  # "explained the chemistry" of a colour correction: subject matter
    return not (_POSITIVE.match(hit.matched) and hit.in_sentence(BEHAVIOUR))


FIT_002 = Rule(
    id="CND-FIT-002",
    category="subjective_fit",
    severity="warning",
    title="Vibe, gut feeling or liking",
    terms=(
        r"(?:vibes?|vibed|vibing)(?![- ](?:cod\w*|check\w*))|gut (?:feel(?:ing)?|says|said|tells"
        r"|told|instinct|check|reaction"
        r"|call|sense)|my gut|(?:good|bad|weird|strange|funny|odd|great|nice|uneasy|off"
        r"|strong) feeling (?:about|with|from)",
        r"something (?:was |felt |seemed |is |just )?(?:off|not right) (?:about|with)"
        r"|rubbed (?:me|us|everyone|people|the team|the panel) the wrong way",
        r"(?:just )?(?:didn't|don't|did not|do not|never|couldn't|could not|can't|cannot"
        r"|wouldn't|won't|will not|might not|may not) (?:really |quite |ever )?(?:like|liked"
        r"|warm to|trust|connect with|click with|gel with|vibe with) (?:him|her|them|the "
        r"candidate|this (?:guy|person|candidate|one)|his|her|their)\b",
        r"(?:really |genuinely |just |i |we |everyone |the team |all )(?:liked|loved|like|love)"
        r" (?:him|her|them|this (?:guy|person|candidate|one)|the candidate)\b",
        r"(?:un)?lik(?:e)?able|(?:not|isn't|wasn't) (?:very )?lik(?:e)?able"
        r"|likeability|likability|unlikeability|unlikability",
        r"(?:have|grab|get|share|enjoy) a (?:beer|drink|pint) with|beer test|airport test"
        r"|(?:pass|passed|passes|passing|fail|failed|fails|failing|flunked|flunk) (?:the |my |our"
        r" |a |his |her )?(?:vibe|beer|airport|likeability|likability) (?:check"
        r"|test)\b"
        r"|(?:grabbing|grabbed|having|had|getting|got|sharing|shared|sinking|sink|downing|down"
        r"|enjoying|going for|go for|went for|nursing) (?:a |an |some |the odd |a quick |a cold"
        r" |a few |few |an after-work |an after work |a post-work |a swift |a couple of )?(?:beers?"
        r"|pints?|drinks?|cold ones?|bevv(?:y|ies)|brews?|jars|swift ones?|pints) with (?:him|her"
        r"|them|this (?:guy|person|one|bloke|lad|lass|gal)|the (?:candidate|applicant)|cand)\b"
        r"|(?:good|great|no|zero|bad|instant|natural|lacked|lack of) chemistry|chemistry"
        r" (?:with|between|was|wasn't|is|isn't|just|really|there)|the chemistry|(?:reminds|reminded) me of (?:myself|me|my younger self)|x[- ]factor"
        r"|it factor|(?:lacked|lacks|no|zero|low|bad|weird|great|good|high|nice|positive"
        r"|negative|strange|off|odd) (?:energy|spark|presence|charisma|pizzazz|swagger|aura)"
        r"|(?:their|his|her) energy",
        r"(?:great|good|nice|lovely|bubbly|big|strong|weird|bland|no|zero|flat|dull|boring"
        r"|difficult|abrasive|prickly|strange|odd|winning|awesome|fun|pleasant|sparkling)"
        r" personality|personality (?:clash|issues?|problems?|conflict|type)",
        r"(?:bad|poor|negative|weird|off|cocky|arrogant|entitled|great|good|positive|can-do"
        r"|right) attitude|attitude (?:problem|issue)|(?:his|her|their) (?:attitude|demeanou?r"
        r"|manner|aura|presence)",
        r"alma mater|same (?:school|college|university|uni|fraternity|sorority|club|hometown"
        r"|church|gym|golf club) as (?:me|us|the (?:ceo|founder|manager|hiring manager|boss))"
        r"|went to my (?:school|college|alma mater|university|high school)"
        r"|(?:went to|goes to|studied at|graduated from|came from|attended|alum of|alumn[ai] of"
        r"|also from|fellow (?:alum|alumn[ai]|grad|graduate) of) (?:my|our) (?:old |former )?(?:uni"
        r"|university|school|college|alma mater|high school|grad school|business school"
        r"|b-school|law school|med school|medical school|boarding school|prep school|grammar"
        r" school|sixth form|fraternity|sorority|frat|programme|course|bootcamp)\b"
        r"|fellow (?:alum|alumnus|alumna|alumni|old boy|old girl|old etonian"
        r"|oxbridge|ivy)\b|old boys?['\u2019]? (?:network|club)|(?:uni|school|college|university"
        r"|grad school|high school) together\b|knows the (?:owner"
        r"|ceo|founder|boss|hiring manager|vp)|(?:a )?friend of (?:the|our|my) (?:owner|ceo"
        r"|founder|boss|vp|cto|manager|family)|(?:my|our|the ceo's|the owner's|the boss's)"
        r" (?:friend|cousin|neighbou?r|nephew|niece|buddy|son|daughter)|frat (?:brother|bro)"
        r"|golf buddy",
        r"(?:zero|no|lacks?|lacking|not much|little) sparkle",
    ),
    check=_feeling,
    message="Relies on a feeling, liking or personal connection instead of evidence.",
    rationale=_HOOK,
    suggestion=_SUGGEST,
    bad=(
        "Didn't like their energy.",
        "Good feeling about this person.",
        "They went to my alma mater.",
        "Just didn't click with her.",
        "Weird vibe.",
        "Knows the owner, should be easy.",
        "The crew won't warm to her.",
        "Failed the vibe check, sorry.",
        "Solid resume, zero sparkle.",
    ),
    good=(
        "Trained as a colourist and explained the chemistry of bleach and toner.",
        "Liked the question about on-call load and asked two follow-ups.",
        "Has a PhD in organic chemistry and ran the assay validation.",
        "Reduced energy costs of the data centre by 12%.",
        "Vibe coding is something she avoids; she writes tests first.",
        "Passed the beer-line hygiene test in the cellar practical.",
        "Failed the first likeability survey of the app redesign, then fixed onboarding.",
    ),
)

_IMPRESSION = (
    r"weird|odd|strange|creepy|awkward|socially awkward|arrogant|cocky|smug|snobby|snobbish"
    r"|entitled|pretentious|cold|aloof|distant|standoffish|stand-offish|fake|phony|phoney"
    r"|slimy|smarmy|lazy|boring|bland|dull|flat|low[- ]energy|unenthusiastic|uninterested"
    r"|disinterested|disengaged|uptight|stiff|intense|needy|desperate|immature|unprofessional"
    r"|unpolished|rough around the edges|unprepared|scattered|flaky|timid|meek|shy|introverted"
    r"|quiet|loud|over the top|difficult|unfriendly|negative|annoying|irritating"
    r"|obnoxious|rude|full of (?:himself|herself|themselves)|nervous|anxious|jittery|fidgety"
    r"|sweaty|uncomfortable|unconfident|insecure|soft|weak|wishy[- ]washy|spineless|bubbly"
    r"|sweet|nice|lovely|charming|delightful|polite|friendly|warm|personable|pleasant|chill"
    r"|laid[- ]back|cool|fun|a (?:good|nice|great|solid|decent) (?:guy|person|gal|egg|dude)"
    r"|genuine|humble|hungry|scrappy|off-putting|offputting|abrupt|brusque|curt"
    r"|defensive|reserved|soft-spoken|softspoken|mousy|mousey|grumpy|moody|sour|sullen"
    r"|dour|serious|intimidating|overbearing|domineering|a know-it-all|know-it-all|a pushover"
)


_NEGATIVE = (
    r"weird|odd|strange|creepy|awkward|socially awkward|arrogant|cocky|smug|snobby|entitled"
    r"|pretentious|cold|aloof|distant|standoffish|stand-offish|fake|phony|slimy|smarmy|lazy"
    r"|boring|bland|dull|low[- ]energy|unenthusiastic|uninterested|disinterested|disengaged"
    r"|uptight|stiff|intense|needy|desperate|immature|unprofessional|unpolished|unprepared"
    r"|scattered|flaky|timid|meek|shy|introverted|loud|difficult|unfriendly|negative|annoying"
    r"|irritating|obnoxious|rude|nervous|anxious|jittery|fidgety|sweaty|insecure|wishy[- ]washy"
    r"|spineless|off-putting|offputting|abrupt|brusque|curt|defensive|mousy|mousey|grumpy"
    r"|moody|sour|sullen|dour|intimidating|overbearing|domineering|know-it-all"
)
_NOUNS = rx.compile(r"(?:guy|gal|person|dude|vibe|energy|type|personality|demeanou?r)$")
_ATTRIBUTIVE = rx.compile(
    r"^\s+(?!(?:and|but|or|when|with|about|in|at|to|during|on|so|though|although|yet"
    r"|throughout|overall|the whole|all|initially|at first|today|too|as well|for|from|around"
    r"|under|toward|towards|if|because|since|while|after|before|until|than|as)\b)[a-z]"
)
_FRAGMENT_BEFORE = rx.compile(
    r"^[\s\-*•,;:(]*(?:(?:and|but|also|just|overall|honestly|tbh"
    r"|imo|generally|otherwise|way|far|much|maybe|perhaps|probably|possibly|definitely|clearly"
    r"|obviously|still|again|bit|a bit|a little|kinda|kind of|sort of)[\s,]+)?$"
)


def _impression(hit: Hit) -> bool:
    if hit.in_sentence(BEHAVIOUR):
        return False
    m = hit.matched
    if _NOUNS.search(m):
        return True
    if _ATTRIBUTIVE.match(hit.after(25)):
        return False
    if not rx.search(r"\s", m) or m.split()[0] in _DEGREE:
        # A bare "very quiet" counts only as a note fragment or a predicate.
        return _FRAGMENT_BEFORE.match(hit.low[hit.s_start : hit.start]) is not None or bool(
            rx.search(
                r"\b(?:is|was|'s|are|were|seems?|seemed|felt|looks?|looked|but|and)\s+$",
                hit.before(20),
            )
        )
    return True


_DEGREE = frozenset(
    [
        "very",
        "quite",
        "too",
        "overly",
        "really",
        "a",
        "bit",
        "kind",
        "kinda",
        "sort",
        "super",
        "so",
        "pretty",
        "somewhat",
        "rather",
        "slightly",
    ]
)
_SPIKY = (
    r"abrasive|prickly|combative|confrontational|argumentative|brash|pushy|bossy|condescending"
    r"|patronising|patronizing|snarky|chippy|touchy|thin-skinned|spiky|stroppy|sulky|catty"
    r"|bitchy|shrill|mouthy|gobby|cocky|full-on|a lot|too much|hard work|high-maintenance"
    r"|high maintenance|precious|difficult to like|hard to like"
)
_SPIKY_ANCHORS = {
    "abrasive",
    "prickly",
    "combative",
    "confrontational",
    "argumentative",
    "brash",
    "pushy",
    "bossy",
    "condescending",
    "patronising",
    "patronizing",
    "snarky",
    "chippy",
    "touchy",
    "thin-skinned",
    "spiky",
    "stroppy",
    "sulky",
    "catty",
    "bitchy",
    "shrill",
    "mouthy",
    "gobby",
    "cocky",
    "full-on",
    "a lot",
    "too much",
    "hard work",
    "high-maintenance",
    "high maintenance",
    "precious",
    "difficult to like",
    "hard to like",
}
_EXTRA_ANCHORS = {
    "too": "much$",
    "over": "top$",
    "full": "himself",
    "rough": "edges",
    "a": "guy$",
}

FIT_003 = Rule(
    id="CND-FIT-003",
    category="subjective_fit",
    severity="warning",
    title="Personality impression without behaviour",
    terms=(
        r"(?:" + SUBJ_COP + r"|(?:seemed|seems|appeared|appears|came across as|comes across as"
        r"|struck me as|gave off|giving off) " + INTENS + r")(?:" + _IMPRESSION + r")\b(?!-)",
        r"(?:very|quite|too|overly|really|a bit|bit|kind of|kinda|sort of|super|so|pretty"
        r"|somewhat|rather|slightly) (?:" + _IMPRESSION + r")\b(?!-)",
        r"(?:" + _IMPRESSION + r") (?:guy|gal|person|dude|vibe|energy|type|personality"
        r"|demeanou?r)",
        r"(?:" + _NEGATIVE + r")(?=\s*(?:$|[.,;!?]|and\b|but\b))",
        r"(?:"
        + SUBJ_COP
        + r"|(?:seemed|seems|came across as|comes across as|struck me as) "
        + INTENS
        + r")(?:"
        + _SPIKY
        + r")\b(?!-)",
        r"can't explain it|cannot explain it|you know (?:one|it|them) when you see (?:one|it|the"
        r"m)",
        r"(?:not|isn't|wasn't|aren't) (?:country club|ivy league|corporate|startup|upscale|class"
        r"y|polished) enough",
        r"(?:the way|how) (?:he|she|they) carried (?:himself|herself|themselves|themself)",
    ),
    check=_impression,
    message="Records an impression of personality without the behaviour behind it.",
    rationale=_HOOK + " 'Seemed unprepared and nervous' should be rewritten as behaviour.",
    suggestion=_SUGGEST,
    bad=(
        "Seemed unprepared and nervous.",
        "Came across as arrogant.",
        "Very quiet, not sure about leadership.",
        "Nice guy but a bit awkward.",
        "She's a bit cold.",
        "He was abrasive with the panel.",
        "She came across as a bit prickly.",
        "Honestly he's a lot, and hard work.",
        "Not a yard person. Can't explain it, you know one when you see one.",
    ),
    good=(
        "Was nervous at first, then gave three structured examples with metrics.",
        "Explained the trade-offs clearly when asked about caching.",
        "Kept the incident channel quiet and focused during the outage drill.",
        "Really nice API design in the take-home.",
    ),
)


_FEELING_SUBJECT = rx.compile(
    r"(?:^|\b(?:he|she|they|it|something|everything|cand|candidate|interview|conversation|vibe"
    r"|energy|chemistry|all|just|really|somehow|honestly|overall))[\s,]*$"
)


_RUBRIC_SECTION = rx.compile(
    r"^\s*(?:on|in|for|re|at|about)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:behaviou?ral|coding|technical"
    r"|tech|design|sys design|system design|case|sql|algorithms?|algo|questions?|round|section"
    r"|interview|exercise|take-?home|test|presentation|answers?|debugging|whiteboard|modelling"
    r"|modeling|leetcode|dsa|screen|portion|part|q\d+)\b"
)


def _feeling_subject(hit: Hit) -> bool:
    """'Felt off' about the person or the meeting, not 'the numbers seemed off'."""
    if hit.matched == "meh" and _RUBRIC_SECTION.match(hit.after(40)):
        return False  # "meh on behavioral": a terse score for one interview section
    if rx.match(r"(?:felt|feels|seemed|seems|was|is) ", hit.matched):
        return _FEELING_SUBJECT.search(hit.before(30)) is not None
    if rx.match(r"(?:get|gets|getting|got) ", hit.matched) and (
        hit.in_sentence(BEHAVIOUR)
        or rx.search(r"\breferen\w*|\bformer (?:manager|boss|colleague)", hit.sentence)
    ):
        return False  # "gets on with the team, per both references"
    if rx.match(r"(?:coffee|lunch|dinner|meal|bite|cuppa|brew) ", hit.matched):
        # Liking as a test ("wouldn't grab a coffee with him"), not scheduling a lunch.
        return (
            rx.search(
                r"\b(?:would(?:n't)?|'d|could(?:n't)?|can't|cannot|happily|happy to|love to"
                r"|like to|want to|fancy|see myself|imagine|picture|never)\b",
                hit.before(50),
            )
            is not None
        )
    return True


FIT_004 = Rule(
    id="CND-FIT-004",
    category="subjective_fit",
    severity="warning",
    title="Rapport, liking or an unnamed feeling as the reason",
    terms=(
        r"(?:mesh|gel|jell|click|vibe|blend|bond)(?:es|ed|s)? (?:in )?(?:well |nicely |at all )?"
        r"with (?:(?:the|our|this|my) )?(?:team|group|crew|others|rest|people|everyone|us|me"
        r"|him|her|them|panel|culture|office|department|squad|company|folks|guys)\b",
        r"(?:get|gets|getting|got) (?:along|on) (?:well |ok |okay |fine |great |brilliantly )?with"
        r" (?:(?:the|our|this|my) )?(?:team|group|crew|others|rest|people|everyone|us|me|him|her"
        r"|them|panel|office|department|squad|folks|guys|lads|girls|boss|founders?|other"
        r" (?:staff|nurses|drivers|techs|engineers))\b",
        r"(?:didn't|did not|don't|doesn't|never|not|wouldn't|won't|couldn't) (?:really |quite"
        r" |ever )?(?:click|gel|mesh|jell|vibe|connect|bond|warm up)\b",
        r"(?:didn't|did not|don't|do not|never|couldn't|can't|not|wasn't|weren't|was not"
        r"|i'm not|am not|isn't) (?:really |quite |just )?(?:feel|feeling|get|see) (?:it|the"
        r" spark|a spark|a connection|the magic|him|her|them)\b",
        r"(?:felt|feels|seemed|seems|was|is) (?:a bit |kind of |kinda |just |all )?(?:off|wrong"
        r"|weird|not right)(?= *(?:$|[.,;:!?)]|but\b|though\b|somehow\b|to me\b|about\b|the"
        r" whole (?:time|hour|interview|call|way through)|throughout\b|from the (?:start|off"
        r"|get-go)|all (?:interview|hour|the way)))",
        r"(?:just|only|more of|call it|purely|simply) a (?:gut )?(?:feeling|hunch)(?= *(?:$"
        r"|[.,;!?)]|but\b|though\b))|(?:(?:my |gut )?(?:instinct|intuition|hunch|spidey sense"
        r"|sixth sense)s? (?:says|say|said|tells|tell|told|is|was|screams)|(?:something|a little"
        r" voice|a voice) (?:told|tells) me)(?= *(?:$|[.,;:!?)]|pass\b|no\b|yes\b|hire\b|not\b"
        r"|don't|do not|go\b|reject|skip|avoid|he\b|she\b|they\b|him\b|her\b|them\b|this"
        r" (?:one|person|candidate|guy)))",
        r"something (?:wasn't|isn't|was not|is not|just wasn't|just isn't|didn't feel|doesn't"
        r" feel) (?:quite )?right|can'?t put my finger on (?:it|what)",
        r"(?:lights?|lit) up (?:the|a) room|(?:no|zero|missing|lacks?|lacked|lacking|without)"
        r" (?:the |a |any )?(?:spark|sparkle|x-factor|wow factor|polish|presence|gravitas"
        r"|charisma|star quality|edge|pizzazz|warmth|charm|oomph|zing|zest|likeability"
        r"|likability|personality)(?= *(?:$|[.,;:!?)\u2026]|and\b|but\b|though\b|for\b|overall"
        r"|really|honestly|tbh|imo))|the polish (?:we|i) (?:look|want|need|expect)",
        r"(?:loved|liked|adored|disliked|hated) (?:him|them)\b|(?:loved|liked|adored|disliked"
        r"|hated) her(?= *(?:$|[.,;!?]|and\b|but\b|a lot|lots|though|already|immediately"
        r"|straight away|right away|instantly))",
        r"(?:grab|have|get|share|go for|enjoy) (?:a |some )?(?:beers?|drinks?|pints?) with"
        r"|(?:coffee|lunch|dinner|meal|bite|cuppa|brew) with (?:him|her|them|this"
        r" (?:guy|person|one)|the candidate)\b|(?:stuck|trapped) (?:on a plane|in a car|in an elevator"
        r"|in a lift|in a room|on a long flight|on a road trip) with|(?:hang|hanging) out with"
        r" (?:him|her|them)",
        r"(?:didn't|did not|never) (?:laugh|smile|crack a smile) at (?:our|my|any of (?:our|my)"
        r"|the) jokes|(?:no|zero|lacks? a|lacked a|without a|little) sense of humou?r"
        r"|humou?rless",
        r"(?:snobby|snooty|stuck[- ]up|cocky|arrogant|entitled|weird|odd|cold|aloof|prickly"
        r"|grumpy|miserable|sour|sulky|smug|condescending|patronising|patronizing|dismissive"
        r"|standoffish|off-putting|offputting|awkward|bland|flat|boring|dull|know-it-all"
        r"|know-all|holier-than-thou|superior|smart-arse|smartass|smart-alec|sarcastic|surly"
        r"|sullen|combative|confrontational|passive-aggressive|stroppy|sulky|mardy|chippy"
        r"|prickly|lofty|haughty|cocksure|big-headed|bigheaded|self-important) (?:attitude"
        r"|demeanou?r|manner|personality|vibe|energy|presence|type|air|aura|person|guy|gal"
        r"|woman|man|character)",
        r"(?:not|isn't|wasn't) (?:really |quite |exactly )?(?:my|our|the team's|the company's)"
        r" (?:kind|type|sort|cup of tea|look|style|vibe|aesthetic|image|speed|people|crowd|tribe"
        r"|lot|bunch)\b(?! (?:guide"
        r"|of|sheet|for|in|on)\b)"
        r"|(?:my|our) kind of (?:person|people|guy|gal|candidate)|meh",
    ),
    check=_feeling_subject,
    message="Gives rapport, liking or an unnamed feeling as the reason.",
    rationale=(
        "Undefined 'fit', rapport and liking are recognised covers for bias and cannot be "
        "defended as a business reason (HR Insider; Clowney Law; Spragins Law)."
    ),
    suggestion=(
        "Name the rubric competency or value and the behaviour observed: 'Did not give an "
        "example of cross-team collaboration when asked (values rubric: 1 of 4).'"
    ),
    bad=(
        "Not sure he'd mesh with the team.",
        "Just didn't click.",
        "Didn't feel it.",
        "Felt off, hard to say why.",
        "Something wasn't right.",
        "Lacks the polish we look for.",
        "Great answers, loved him.",
        "Wouldn't want to be stuck on a plane with him.",
        "Didn't laugh at any of our jokes.",
        "Just a feeling, but no.",
        "My instinct says pass.",
        "Something told me not to hire her.",
        "Snobby attitude.",
        "Not really my kind of person.",
        "Would happily grab a coffee with her any day.",
        "Lacked warmth.",
        "Not sure she'd get along with the crew.",
        "Energy was off the whole time.",
        "Can't imagine having lunch with him every week.",
    ),
    good=(
        "lgtm, strong coding, meh on the system design round; hire at L4.",
        "Users loved her redesign of the checkout.",
        "The demo felt off-script at times but she recovered with data.",
        "Integrations mesh with the billing API via webhooks.",
        "The numbers seemed off, so she re-ran the query and found the bug.",
        "Her instinct says the estimate is low, so she re-ran it with real data.",
        "Something told me the numbers were off, so I checked the sheet: a formula error.",
        "Next step: grab a coffee with the team lead on Thursday.",
        "Gets on with the team and the client, per both references.",
        "Lacked charm as a method name; she renamed it in the refactor.",
        "Had lunch with her and two engineers during the onsite; she asked about on-call.",
    ),
)


_CULTURE_ADJ = (
    r"(?:corporate|polished|buttoned[- ]up|stuffy|formal|stiff|strait[- ]laced|straight[- ]laced"
    r"|old[- ]school|suit(?:y|ed)?|conservative|traditional|quirky|alternative|edgy|loud|quiet"
    r"|serious|intense|earnest|intellectual|academic|posh|fancy|slick|salesy|big[- ]company"
    r"|big[- ]corp(?:orate)?|establishment|hipster|hippie|hippy|out there|vanilla|uptight"
    r"|sensible|reserved|low[- ]key|chill|laid[- ]back|casual|cool|trendy|rough|preppy|nerdy"
    r"|geeky|bookish|woke|political|opinionated|highbrow|refined|proper|square|mainstream"
    r"|normal|different|weird|odd|much|extra|green|keen|eager|earnest|smooth|scripted"
    r"|rehearsed|robotic|wooden|bland|beige|safe|boring|dull|flashy|showy|try-hard|tryhard"
    r"|starchy|prim|prissy|stuck[- ]up|snooty|snobby|la-di-da|grand|city|london|nyc|ivy"
    r"|ivy league|oxbridge|banker|bankery|consultant-y|consultanty|consulty|mba)"
)
_US = (
    r"(?:for us|for our (?:liking|taste|lot|team|culture|crowd|vibe|group|office|people|shop"
    r"|company|startup|place|bunch|gang|style)|for (?:the|this) (?:team|culture|crowd|vibe"
    r"|group|office|place|shop|bunch|gang|lot)|for here|for my (?:liking|taste))\b"
)


def _person_read(hit: Hit) -> bool:
    m = hit.matched
    if m.endswith("here") and (
        rx.match(r"^,? *(?:(?:she|he|they) )?(?:said|says|told|mentioned)\b", hit.after(25))
        or rx.search(
            r"\b(?:said|says|told us|mentioned) (?:that )?(?:she|he|they)\b", hit.before(40)
        )
    ):
        return False  # the candidate's own statement about the job
    if m.startswith(("slot", "blend", "drop", "plug", "settl", "integrat", "bed")):
        # "slot into the team's on-call rota": work wiring, not belonging
        return not rx.match(r"^['\u2019]s", hit.after(3))
    if rx.match(r"(?:shar|the right|the wrong|right|wrong|align|thriv|flourish|blossom)", m):
        # Shared values or "the right personality" with a rubric anchor are defined criteria.
        return not hit.in_sentence(BEHAVIOUR) and not rx.search(
            r"\b(?:rubric|competenc\w*|criteri\w*|level \d|values? (?:framework|rubric))\b",
            hit.sentence,
        )
    if rx.search(r"(?:kind|sort|type) of", m):
        return not hit.in_sentence(BEHAVIOUR) and not rx.search(
            r"\b(?:what|which)\s+$", hit.before(12)
        )
    if "knit" in m or "family" in m:
        return (
            rx.search(
                r"\b(?:fit|fits|fitting|slot|mesh|gel|blend|belong|click|sense|feel|felt|didn't"
                r"|did not|not sure|wonder|worr\w*|concern\w*|vibe|right person|someone who|one of"
                r"|part of|outsider|settle in|bed in)\b",
                hit.sentence,
            )
            is not None
        )
    return True


FIT_005 = Rule(
    id="CND-FIT-005",
    category="subjective_fit",
    severity="warning",
    title="Belonging, 'getting us' or an unread person as the reason",
    terms=(
        # "didn't get a sense of who she is", "couldn't get a read on him".
        r"(?:get|got|getting|gets|have|had|form|formed|pick up|picked up) (?:a |any |much of a "
        r"|the |a real |a good |a clear |a proper |a full )?(?:sense|feel|read|handle|grip"
        r"|picture|idea) (?:of|for|on) (?:who (?:he|she|they) (?:really |truly )?(?:is|are"
        r"|was|were)|what (?:he|she|they) (?:is|are|was|were) (?:really )?like|(?:him|her|them)"
        r"(?: as a person)?|the (?:real )?(?:person|candidate|man|woman|guy)|(?:his|her|their)"
        r" (?:personality|character|true self|real self|vibe))\b(?! (?:work|answers?|approach"
        r"|process|skills?|experience|code|design|thinking|reasoning|logic|exercise|level"
        r"|strengths?|weaknesses))",
        r"(?:he|she|they|cand|candidate)(?:'s|'re| is| was| are| were| seemed| seems)?"
        r" (?:(?:a bit|bit|quite|very|really|pretty|so|kind of|kinda|hard|tough) )?(?:hard"
        r"|difficult|impossible|tough|tricky) to (?:read|get to know|warm to|pin down|figure"
        r" out|work out)\b|(?:couldn't|could not|can't|cannot|never) (?:really )?(?:read"
        r"|figure|work) (?:him|her|them)(?: out)?\b|what makes (?:him|her|them) tick"
        r"|(?:a )?closed book|who (?:he|she|they) really (?:is|are)\b|(?:the )?real (?:him"
        r"|her|them)\b",
        # "slot seamlessly into our close-knit group", "one of the family".
        r"(?:slot|slots|slotted|slotting|blend|blends|blended|blending|drop|drops|dropped"
        r"|plug|plugs|plugged|settle|integrate|bed) (?:\w+ )?"
        r"(?:in|into|in with) (?:the |our |this |my |their |a )?(?:\w+ )?(?:team|group|crew"
        r"|family|gang|tribe|culture|office|squad|crowd|mix|dynamic|fold|clique|bunch|lot)\b",
        r"(?:felt|feels|seemed|seems) like one of us|(?:already|basically|practically|totally"
        r"|definitely|just|instantly) one of us|one of us already",
        r"(?:picture|imagine|see|envisage|envision) (?:him|her|them) (?:\w+ )?(?:in|on|at|with"
        r"|fitting into|as part of|working (?:in|with)) (?:our|the|this) (?:\w+ )?(?:team|office"
        r"|group|crew|culture|socials?|drinks|company|squad|gang|family|lot|bunch)\b",
        r"(?:addition to|fit (?:in )?(?:at|with)|fun at|at home at|life and soul of|survive"
        r"|nightmare at|disaster at|liability at|embarrassment at|laugh at|hoot at|riot at"
        r"|blast at|awkward at|drag at|downer at|wallflower at"
        r"|cope with|enjoy|up for|good value at|great at|good at|picture (?:him|her|them) at"
        r"|imagine (?:him|her|them) at) (?:our|the) (?:friday |thursday |team |office "
        r"|after-work |monthly |weekly |christmas |xmas |summer )?(?:drinks|socials?|pub (?:nights?"
        r"|trips?|quiz)|nights? out|beers|happy hours?|karaoke|parties|party|away ?days?)\b",
        r"(?:complement\w*|suit\w*|match\w*|balance\w*|mesh\w*|gel\w*|clash\w*|fit\w*) (?:with )?"
        r"(?:the |our )?(?:existing |current )?(?:personalities|personality mix|team dynamics?"
        r"|group dynamics?|dynamics? (?:of|on|in) (?:the|our) team|team chemistry)\b"
        r"|(?:personality|personalities|temperament|character|energy|attitude|vibe|demeanou?r"
        r"|style|spirit|manner|persona)(?: \w+){0,2}? (?:(?:better|more|really|truly|fully"
        r"|doesn't|didn't|does not|did not|wouldn't|won't|would|will|might not|may not|just"
        r"|never|don't|do not) )?(?:match|matches|matched|fit|fits|fitted|suit|suits|suited"
        r"|mesh|meshes|gel|gels|complement|complements|align|aligns|aligned|reflect|reflects"
        r"|embod(?:y|ies|ied)|capture|captures|clash|clashes|clashed|jar|jars|jarred) (?:with"
        r" )?(?:the |our |this )?(?:\w+ )?(?:spirit|culture|vibe|ethos|energy|dna|feel|soul"
        r"|atmosphere|heart|character|personality|values)(?: of (?:the|our|this) [\w -]{1,25})?\b"
        r"|(?:complement\w*|suit\w*|match\w*|balance\w*|mesh\w*|gel\w*|clash\w*|fit\w*|jar\w*)"
        r" (?:with )?(?:the |our )?(?:team|group|crew|office|department)['\u2019]s (?:\w+ )?"
        r"(?:personalit(?:y|ies)|dynamics?|vibe|energy|culture|character|chemistry|mix|spirit"
        r"|temperament|style)\b",
        r"integrat(?:e|es|ed|ing) (?:\w+ )?(?:in )?(?:well |nicely |smoothly |easily |quickly )?"
        r"(?:with|into) (?:(?:the|our|this|my|their) )?(?:existing |current )?(?:team|group|crew"
        r"|people|colleagues|culture|office|department)\b(?![-'\u2019])",
        r"align(?:s|ed|ing)? (?:\w+ )?with (?:our|the|the team's|the company's) (?:\w+ )?(?:culture"
        r"|values|vibe|ethos|way of working|ways of working|mindset|dna|spirit|personality)\b"
        r"|(?:thrive|thrives|thriving|flourish|flourishes|blossom) (?:here|in (?:our|this|the)"
        r" (?:\w+ )?(?:environment|culture|team|place|office|setting|company|world))\b",
        r"(?:enjoy|like|love|hate|be happy|belong|settle|be comfortable) (?:it )?here(?= *(?:$"
        r"|[.,;:!?)]|though|at all|either|long[- ]term))",
        r"(?:shares?|sharing|shared) (?:our|the team's|the company's|my) (?:core )?(?:values|vision"
        r"|energy|passion|outlook|mindset|ethos|spirit|sense of humou?r|way of thinking)\b",
        r"(?:the )?(?:right|wrong) (?:personality|temperament|character|type of person|kind of"
        r" person|sort of person|mindset|kind of energy)\b"
        r"|(?:right|wrong) (?:energy|vibes?|aura|spirit|presence|chemistry)(?=\s*(?:$"
        r"|[.,;:!?)\u2026]|for\b|and\b|but\b|to\b|about\b|here\b|though\b|(?:in|at|on) (?:the"
        r"|our|this|a)\b))",
        r"(?:there's |there is |just )?something about (?:him|her|them)\b(?= *(?:$|[.,;:!?)]"
        r"|that (?:i|we)\b|i\b|we\b|which\b|doesn't|didn't|isn't|wasn't|felt|feels|seemed"
        r"|just\b|rubbed|bugged|bothered|off\b))"
        r"|(?:our|the team's|my) (?:sense of humou?r|jokes|humou?r|banter)\b"
        r"|(?:didn't|did not|never|don't|really|instantly|immediately|just) (?:really )?hit it off",
        r"cultur(?:e|al) (?:carrier|champion|ambassador|warrior|keeper|guardian)s?\b(?! (?:programm?e?s?"
        r"|scheme|initiative|network|role|group)\b)"
        r"|(?:kind|sort|type) of (?:guy|gal|person|bloke|girl|woman|man|dude|chap|personality"
        r"|character)\b(?! (?:who|that) (?:\w+ ){0,3}?(?:writes|documents|tests|ships|asks|owns"
        r"|reads|checks|builds|plans))"
        r"|(?:people|person|someone|somebody|guy|gal|type) (?:that |who )?(?:you|everyone"
        r"|everybody|anyone) (?:just |instantly |immediately |naturally )?(?:like|likes|love|loves"
        r"|warm to|warms to|get on with|gets on with|click with|clicks with|trust|trusts)\b",
        r"close[- ]knit|tight[- ]knit|one (?:big )?(?:happy )?family|(?:one|part) of the"
        r" (?:family|gang|tribe|furniture)|(?:our|the) (?:little )?(?:tribe|clique)\b",
        # "totally gets us", "speaks our language", "on our wavelength".
        r"(?:totally |really |completely |just |absolutely |instantly |definitely |so )?"
        r"(?:gets|got|get) us(?= *(?:$|[.,;:!?)\u2026]|and\b|but\b|lol|haha|tbh|imo|right away"
        r"|straight away|immediately|completely|totally))"
        r"|(?:speaks|spoke|speak) (?:our|the same) language(?= *(?:$|[.,;!?)]|and\b|but\b))|(?:on|share|shares|shared) (?:our"
        r"|the same) wavelength|cut from the same cloth|kindred spirits?|like-minded"
        r"|(?:very|so|totally|really|completely|such a|super|not very|not really|very much"
        r"|not quite|not exactly|not entirely|not totally|not fully|just not|isn't|wasn't|too)"
        r" ['\"\u2018\u201c]?us\b(?!-|['\u2019](?:s|ll|d|ve|re)\b)"
        r"|not ['\"\u2018\u201c]us['\"\u2019\u201d]"
        r"|gets? what we(?:'re| are) (?:all )?(?:about|doing|trying to do|building)"
        r"|gets? (?:our|the) (?:culture|vibe|mission|ethos|dna|spirit)\b"
        r"|(?:just|totally|really|completely|instantly) gets? it(?= *(?:$|[.,;!?)]|you know"
        r"|,|and\b|but\b))"
        r"|(?:my|our|your) (?:kind|sort) of (?:people|crowd|folk)",
        # Culture-coded labels: "a bit 'corporate' for us".
        _CULTURE_ADJ + r"['\"\u2019\u201d]? " + _US,
        _CULTURE_ADJ + r"['\"\u2019\u201d]? for (?:a|an) (?:[\w-]+ ){0,2}?(?:startup|shop|team"
        r"|place|company|crowd|business|firm|agency|office|outfit|environment|group|bunch)"
        r" like (?:ours|us)\b",
        r"(?:more of a|bit of a|a bit of a|too much of a|very much a|such a) (?:big[- ]company"
        r"|corporate|enterprise|agency|startup|consulting|banking|finance|sales|suit|city"
        r"|academic|government|public[- ]sector|civil[- ]service|old[- ]school)[- ]?(?:type"
        r"|person|guy|gal|personality|animal|mindset|character|vibe|lifer)\b",
    ),
    check=_person_read,
    message="Gives belonging, rapport or an unread personality as the reason instead of evidence.",
    rationale=_HOOK
    + " 'Slotting into our close-knit group', 'totally gets us' or not getting 'a sense of who "
    "she is' name no competency and are recognised covers for affinity bias.",
    suggestion=_SUGGEST,
    bad=(
        "Never really got a read on him as a person.",
        "Solid answers but I didn't get a sense of who he is.",
        "She's hard to read, not sure about her.",
        "Needs someone who will slot straight into our tight-knit crew.",
        "We're a close-knit bunch and I'm not sure she'd settle in.",
        "Instantly gets us, hire.",
        "He just speaks our language.",
        "A bit 'old-school' for our crowd.",
        "Too buttoned-up for this team, honestly.",
        "More of a big-company type.",
        "Just felt like one of us from the start.",
        "Struggled to picture her in our team.",
        "She'd be a great addition to our Friday drinks.",
        "Would be a nightmare at the Christmas party.",
        "He'd be a riot at our team socials.",
        "We felt another candidate would better complement the personalities on our team.",
        "We did not feel you would integrate well with our existing team.",
        "Looking for someone who shares our values and energy.",
        "Not quite the right personality for our culture.",
        "There's just something about her I can't put my finger on.",
        "Not sure he'd get our sense of humour.",
        "We just didn't hit it off.",
        "A bit too polished for this lot.",
        "We are looking for someone who better aligns with our culture.",
        "We felt you would not thrive in our environment.",
        "I don't think he'd enjoy it here.",
        "She'd be a great cultural ambassador for us.",
        "He's not a Friday-drinks kind of guy.",
        "She's one of those people you just like.",
        "He's very 'us', hire.",
        "Really gets what we're about.",
        "Too polished for a scrappy outfit like ours.",
        "Her energy doesn't quite match the vibe of our studio.",
        "Looking for someone whose temperament better suits the culture of the ward.",
        "Not the right energy for the shop floor.",
        "Clashes with the team's personality.",
    ),
    good=(
        "Got a good read on her approach to capacity planning from the exercise.",
        "Slotted the new job into the team's nightly pipeline.",
        "Settled into the ops team at her last job in two weeks, per the reference.",
        "The close-knit team of five owns billing end to end; the role reports to Ana.",
        "The new cache gets us 30% lower latency.",
        "Her code was hard to read: no tests and one 400-line function.",
        "Integrated the billing API with the team's ledger service.",
        "Values rubric: shares our value of ownership, gave the on-call example, level 3.",
        "She said something about her last manager's reorg; the timeline matched.",
        "Thrives in fast-paced environments: gave the example of the Black Friday launch.",
        "Ran the Christmas party budget for 300 staff without overspend.",
        "Was a disaster at the team level in the case: no owner per workstream, she admitted.",
        "Her roadmap aligned with the company's strategy, she showed the OKRs.",
        "Would enjoy it here, she said, after we described the on-call rota.",
        "Cultural ambassador programme at her last company was her initiative as HR lead.",
        "Asked what kind of person she works best with; she gave an example.",
        "Too expensive for us at the top of her range; shared the posted band.",
        "The style guide she wrote matches the tone of our brand docs.",
        "Chose the right energy model for the building retrofit and showed the savings.",
        "Picked the right energy supplier for the site after comparing three tariffs.",
    ),
)


_LABEL_NOUN = (
    r"(?:stiff|bore|drip|wet blanket|cold fish|oddball|odd duck|weirdo|loner|misfit"
    r"|square|nerd|geek|diva|prima donna|handful|snob|know-it-all|know all|loose cannon"
    r"|jobsworth|wallflower|downer|buzzkill|killjoy|party pooper|grump|stick in the mud"
    r"|robot|space cadet|goody two-shoes|goody-goody|try-hard|tryhard|show-off|showoff"
    r"|smart alec|smart-alec|smartass|smart-arse|wind-up merchant|lone wolf|loudmouth"
    r"|blowhard|windbag|motormouth|chatterbox|cold one|creep|creepo|sad sack|wet lettuce"
    r"|damp squib|plank|wally|muppet|drama llama|cheeseball|cornball|charmer|smoothie"
    r"|smooth operator|cool customer|cold customer|tough cookie|ray of sunshine|pussycat"
    r"|teddy bear|sweetheart|sweetie|dreamboat|babe|hottie|delight|gem|legend|star"
    r"|breath of fresh air|character|live wire|livewire|firecracker|spitfire|bulldozer"
    r"|steamroller|pushover|doormat|yes-man|yes man|brown-noser|suck-up|kiss-ass|odd one"
    r"|strange one|weird one|funny one|odd fish|strange fish|queer fish|rum one|oddity|bad egg"
    r"|bad apple|rotten apple)"
)


def _label_noun(hit: Hit) -> bool:
    """'a bit of a stiff'; praise nouns count only without behaviour in the sentence."""
    m = hit.matched
    if rx.search(r"(?:delight|gem|legend|star|breath of fresh air|character|charmer)$", m):
        return not hit.in_sentence(BEHAVIOUR)
    return True


FIT_006 = Rule(
    id="CND-FIT-006",
    category="subjective_fit",
    severity="warning",
    title="Personality label as a noun, or social banter as a test",
    terms=(
        r"(?:(?:a )?bit of an?|such an?|kind of an?|kinda an?|sort of an?|a (?:real|total"
        r"|complete|right|proper|bit of a|massive|bit of an|huge|typical)|(?:he|she|they)(?:'s"
        r"|'re| is| was| are| were| seems| seemed)(?: an?)?(?: real| total| complete| bit of an?)?"
        r"|quite the|quite an?|what an?|(?:seems?|seemed|felt|feels|looks?|looked|comes across"
        r"|came across) like an?) " + _LABEL_NOUN + r"\b(?![-'\u2019])(?! (?:of|in|on|at"
        r"|for|to|with|performer|player|engineer|developer|analyst|candidate|rating|review"
        r"|schema|topology|cluster|chart|map|network|count|role|actor|actress|study|studies|arc"
        r"|limit|set|encoding|designer|sketch|witness|reference|builder|sheet|class|mapping|out"
        r"|rank|ranking|system|programme|program|development)\b)",
        r"wet blanket|cold fish|stick in the mud|party pooper|buzzkill|killjoy|wallflower"
        r"|goody two-shoes|loose cannon|odd duck|oddball|weirdo|drama llama|sad sack"
        r"|wrong ['\u2019]?un\b",
        r"(?:survive|handle|cope with|take|keep up with|join in (?:with|on)?|enjoy|laugh at"
        r"|deal with|manage|stand|tolerate|give back|dish out|fit in with|be up for|get) (?:the"
        r" |our |all the |a bit of |some |any )?(?:\w+ )?banter\b|(?:can't|cannot|can not"
        r"|couldn't|won't|wouldn't|doesn't|didn't|not able to|unable to) take a joke"
        r"|(?:no|zero|lacks|lacked) (?:sense of )?(?:fun|banter)\b"
        r"|(?:eat|chew) (?:him|her|them) (?:alive|up)|(?:get|got|be) eaten alive"
        r"|(?:want|like|enjoy|love|hate|mind|bear|stand|fancy) (?:to )?(?:sit|sitting|work|working)"
        r" next to (?:him|her|them|all day)|(?:sit|sitting) next to (?:him|her|them) all day"
        r"|(?:wouldn't|won't|would not|will not|not going to|never|doubt (?:he|she|they)'d)"
        r" (?:last|survive) (?:a week|a month|a day|five minutes|long|two weeks|an hour)"
        r"(?: (?:in|on|at|with) (?:our|the|this) (?:\w+ )?(?:office|team|floor|culture|shop"
        r"|place|crew|desk|group|company|environment)\b| here\b|(?= *(?:$|[.,;!?])))",
    ),
    check=_label_noun,
    message="Labels the candidate with a personality noun, or makes office banter a test.",
    rationale=_HOOK
    + " Nouns such as 'a bit of a stiff' or 'a real character', and whether someone would "
    "'survive the banter', describe social comfort, not job behaviour.",
    suggestion=_SUGGEST,
    bad=(
        "Bit of a stiff, not sure about him.",
        "Such a wallflower in the group exercise.",
        "He's a real know-it-all.",
        "Not sure she'd survive the banter on the trading floor.",
        "Can't take a joke, which matters here.",
        "Total wet blanket.",
        "She's a breath of fresh air, hire.",
        "Wouldn't survive a week in our office.",
        "The team would eat him alive.",
        "Not someone I'd want to sit next to all day.",
        "Felt like a bad egg.",
        "Bit of a wrong 'un, if you ask me.",
    ),
    good=(
        "Stiff competition for the role this cycle; her score was 3.4.",
        "Our star schema design came from her proposal.",
        "Explained the scrum board and the sprint review; a real gem of an example.",
        "Built a banter-detection model for a chat app.",
        "Wouldn't last long in production: the cache had no eviction, she noted.",
        "Found the bad apple in the dataset: one corrupt partition, fixed it.",
        "Explained the bad egg batch recall at the packing plant and the root cause.",
    ),
)


_WORK_CONTEXT = rx.compile(
    r"\b(?:clients?|customers?|mock|role[- ]?play|patients?|stakeholders?|buyers?|prospects?"
    r"|callers?|users?|students?|learners?|exercise|scenario|case study|simulation|reports?"
    r"|direct reports|team members|colleagues at)\b"
)


def _rapport(hit: Hit) -> bool:
    m = hit.matched
    if rx.search(r"\breferen(?:ce|ces|ee|ees)\b|\bformer (?:manager|boss|colleague)", hit.sentence):
        return False  # a referee's account is evidence, not the interviewer's liking
    if rx.search(r"connection", m) and rx.search(
        r"\b(?:vpn|network|wi-?fi|internet|stream\w*|database|db|server|api|video|line|signal"
        r"|bandwidth|call dropped|socket|ssh|link|laptop|zoom|teams|remote desktop)\b",
        hit.sentence,
    ):
        return False
    if rx.search(r"rapport|connection|connected", m):
        # Rapport built with a mock client in a role play is observed behaviour.
        return not hit.in_sentence(_WORK_CONTEXT) and not hit.in_sentence(BEHAVIOUR)
    if rx.search(r"as an? (?:person|human|character|individual)", m):
        return not rx.search(
            r"\b(?:herself|himself|themselves|themself|describes?|described|sees?|saw)\s+$",
            hit.before(20),
        )
    if rx.search(r"(?:guy|gal|bloke|chap|lad|lass|person|dude|fella|egg)$", m):
        return not hit.in_sentence(BEHAVIOUR)
    if rx.match(r"(?:forgettable|unmemorable|not|didn't|did|nothing)", m):
        return not hit.in_sentence(BEHAVIOUR) and not hit.in_sentence(_WORK_CONTEXT)
    if m.endswith("material"):
        # "Not leadership material", not "wrote the leadership material for the course".
        return (
            rx.search(
                r"(?:^|[,;:(\-]|\b(?:not|n't|is|'s|be|seems?|seemed|looks?|looked|real|true"
                r"|definitely|future|potential|strong|obvious|clearly|never|more|less|really|quite"
                r"|truly|hardly|no|as|of))\s*$",
                hit.low[hit.s_start : hit.start],
            )
            is not None
        )
    return True


FIT_007 = Rule(
    id="CND-FIT-007",
    category="subjective_fit",
    severity="warning",
    title="Rapport, personal liking or 'material' as the verdict",
    terms=(
        # Rapport and connection with the interviewer.
        r"rapport(?![-\w])",
        r"(?:strong|real|genuine|personal) enough connection|connection (?:wasn't|was not|isn't"
        r"|just wasn't|was never) there"
        r"|(?:felt|feel|feels|no|zero|instant|immediate|didn't feel|did not feel|never felt|lacked"
        r"|missing|any) (?:a |any )?(?:real |genuine |strong |instant |natural |personal"
        r" |immediate )?connection(?= *(?:$|[.,;:!?)]|with (?:him|her|them|us|me|the panel|the"
        r" team|anyone)\b|between us|there\b|at all))"
        r"|connected (?:with|to) (?:him|her|them|us|me)\b",
        # Liking or not wanting to work with the person.
        r"(?:see|picture|imagine) (?:myself|me|us|the team|anyone) (?:\w+ )?(?:working|work"
        r"|getting on|sitting) (?:with|next to|alongside) (?:him|her|them)\b"
        r"|(?:see|picture|imagine|envisage|envision) (?:myself|me|us|the (?:team|crew|lads|guys"
        r"|girls|others|panel)|anyone|any of us) (?:[\w'\u2019-]+ ){1,5}?(?:with|next to|alongside"
        r"|around|beside) (?:him|her|them)(?: (?:after|at|over|every|all|during|outside)"
        r" [\w -]{0,30})?(?= *(?:$|[.,;:!?)]|and\b|but\b|though\b|tbh\b|honestly\b))"
        r"|(?:want|like|love|enjoy|hate|dread|mind|fancy)(?:ed)? (?:to )?(?:manage|managing"
        r"|line[- ]manage|line[- ]managing|supervise|supervising) (?:him|her|them)\b(?! (?:on|through"
        r"|during|in) (?:the|a|this|our)\b)|(?:want|like|love|hate|dread|mind|fancy)(?:ed)? (?:to )?"
        r"(?:have|having) (?:him|her|them) on (?:my|the|our) (?:team|crew|shift|squad|ward)\b"
        r"|(?:too much|way too much|bit too much|not enough|zero|no real|not much)"
        r" (?:personality|charisma|character|swagger|ego|attitude|sparkle|charm|oomph)(?= *(?:$"
        r"|[.,;:!?)\u2026]|for\b|and\b|but\b|though\b|here\b))"
        r"|(?:want|like|love|enjoy|hate|dread|mind)(?:ed)? (?:to )?(?:work|working) with (?:him"
        r"|her|them)\b(?! (?:on|to|again on) (?:the|a|this|our) (?:project|migration|design"
        r"|launch|rollout))",
        r"(?:fun|a joy|a pleasure|nice|lovely|great|easy|hard|difficult|a pain) to (?:talk to"
        r"|chat to|chat with|get along with|get on with|be around"
        r"|have around|hang out with|hang around with|grab a drink with)(?= *(?:$|[.,;:!?)]|and\b"
        r"|but\b|though\b))|(?:he|she|they)(?:'s|'re"
        r"|'d be|'ll be| is| was| are| were| would be| will be| seems| seemed) (?:such |very "
        r"|really |great |good |fun |lovely |excellent |bad |poor |terrible )+company(?= *(?:$"
        r"|[.,;:!?)]|and\b|but\b|on\b|over\b|at\b|though\b))|(?:drinking|golf|gym|football"
        r"|poker|pub) (?:buddy|mate|partner|pal)|(?:mate|friend|buddy) material"
        r"|(?:could|would|might) (?:easily )?be (?:friends|mates|buddies|pals)"
        r"|known each other for years|like (?:talking to )?(?:an )?old friends?\b"
        r"|like (?:a|an old) (?:friend|mate|buddy|pal)\b",
        r"(?:forgettable|unmemorable|not (?:very |particularly )?memorable|didn't stand out|did"
        r" not stand out|nothing (?:really )?stood out|didn't leave (?:an|much of an|any)"
        r" impression)\b",
        r"(?:charisma|charm|presence|energy|personality|swagger|star power)(?: was| is)?"
        r" (?:off the charts|through the roof|in spades|for days)|oozes? (?:charm|charisma"
        r"|confidence|class|personality)|(?:loads|tons|bags|heaps|plenty) of (?:charm|charisma"
        r"|personality|presence)|charismatic|magnetic personality",
        r"(?:didn't|did not|never|doesn't|does not|just didn't) (?:really |quite )?(?:wow|excite"
        r"|inspire|grab|move|dazzle) (?:me|us|the panel|anyone)\b|left (?:me|us) cold"
        r"|(?:gave|gives|give) (?:me|us|everyone|the panel) the (?:creeps|willies|ick"
        r"|heebie-jeebies)|creeped (?:me|us|everyone) out|the ick\b",
        r"as an? (?:person|human(?: being)?|character|individual)(?![-'\u2019])(?! (?:who|that"
        r"|contributor|contributors|investor|investors|in|of|with)\b)",
        r"(?:great|good|solid|decent|top|lovely|genuine|fantastic|awesome|cool|fun|nice|sound"
        r"|proper|diamond|stand-up|salt of the earth) (?:guy|gal|bloke|chap|lad|lass|person|dude"
        r"|fella|egg|human|soul)(?= *(?:$|[.,;:!?)]|and\b|but\b|hire\b|though\b|overall\b))",
        # "Not leadership material", "that 'it' quality".
        r"(?:leadership|management|manager|executive|exec|partner|director|vp|senior|officer"
        r"|board|promotion|c-suite|c-level|team lead|lead) material\b"
        r"|it['\"\u2019\u201d] (?:quality|factor)|that (?:special |certain |extra"
        r" )?something\b|je ne sais quoi",
        # "Culturally not aligned", "personality too big for the team".
        r"culturally (?:not |in|un|mis|quite |very |really |a bit )?(?:aligned|compatible|a fit"
        r"|a match|different|distant|right|wrong|off|similar)\b|cultural (?:alignment|misalignment"
        r"|compatibility|incompatibility)\b(?! (?:workshops?|sessions?|programmes?|programs?"
        r"|training|work|projects?|surveys?|frameworks?|plans?)\b)",
        r"personality (?:is |was |seemed |felt )?(?:\w+ )?(?:too|a bit|bit|rather|very|quite)"
        r" (?:big|much|strong|loud|quiet|intense|large|overpowering|abrasive|flat|bland)\b"
        r"|(?:he|she|they)(?:'d| would| will|'ll| might| could)? be (?:a )?(?:real |total |bit of"
        r" a |right |complete )?(?:pain|nightmare|headache|handful|hard work|liability) to"
        r" (?:manage|work with|deal with|have around|have on the team|line manage)\b",
        r"(?:(?:he|she|they)(?:'s|'re| is| are| was| were| would be|'d be| will be|'ll be)"
        r"|feels like|felt like|totally|definitely|already|basically|practically) (?:\w+ )?one"
        r" of us\b",
    ),
    check=_rapport,
    message="Gives rapport, personal liking or an undefined 'material' judgement as the verdict.",
    rationale=_HOOK
    + " Rapport with the interviewer, wanting to work with someone, or being 'leadership "
    "material' names no competency and invites affinity bias.",
    suggestion=_SUGGEST,
    bad=(
        "Instant rapport, hire.",
        "No rapport at all with the panel.",
        "Felt a real connection with her.",
        "Couldn't see myself working with him day to day.",
        "Fun to be around, the team would love him.",
        "Didn't wow me.",
        "Underwhelming as a person.",
        "Not leadership material.",
        "Doesn't have that 'it' quality.",
        "Great guy, hire.",
        "Culturally not aligned with us.",
        "Seemed like he'd be a pain to manage.",
        "We felt there was not a strong enough connection.",
        "She's one of us, no question.",
        "Would be a great drinking buddy.",
        "Nice enough but forgettable.",
        "Charisma off the charts.",
        "Easy to talk to, felt like a mate.",
        "Wouldn't want to manage him, honestly.",
        "Too much personality for the back office.",
    ),
    good=(
        "Built rapport with the mock customer in the role play and closed with a clear next step.",
        "Fixed the connection pool leak in the exercise.",
        "Connection wasn't there at first on the VPN, so she used the backup.",
        "Wants to work with her old team again on the migration project.",
        "She describes herself as a person who likes structure; gave two examples.",
        "Worked as an individual contributor for five years before leading a team.",
        "Great guy to have on call: resolved the P1 in the simulation in 12 minutes.",
        "Didn't stand out on the rubric: 2s across the board.",
        "Easy to talk to customers about pricing, she said, and showed the playbook.",
        "Wrote the leadership material for the new onboarding course.",
        "Has a strong connection to the local tech community through her meetup.",
        "Would like to work with him again, said his former manager in the reference.",
        "A great company to work for, she said of her last employer.",
        "Cultural alignment workshops were part of the M&A integration she led.",
        "Would like to manage them through the audit, she said of the two juniors.",
        "Not enough character encoding tests in the repo; she added six.",
    ),
)

_IMPRESSION_VERB = rx.compile(
    r"\b(?:seemed|seems|seem|came across|comes across|felt|feels|looked|looks|struck me"
    r"|strikes me|was|is|'s|clearly|just|much|far|bit|a lot|noticeably|definitely|obviously"
    r"|way)\s+(?:\w+\s+)?$"
)
_FIT_NEG = rx.compile(r"\b(?:not|no|never|lack\w*|missing|without|wasn't|isn't|couldn't)\b|n't\b")


def _unsupported_impression(hit: Hit) -> bool:
    m = hit.matched
    if rx.match(r"(?:hungrier|hungry|keener|more |less )", m):
        # "he seemed hungrier": a comparative impression with no behaviour behind it.
        if _IMPRESSION_VERB.search(hit.before(30)) is None:
            return False
        # Evidence counts only in the same clause: "tied on the rubric, but he seemed
        # hungrier" still rests on the impression.
        before = hit.before(80)
        cuts = list(rx.finditer(r"\b(?:but|though|although|however|yet)\b", before))
        if cuts:
            return BEHAVIOUR.search(before[cuts[-1].end() :] + " " + hit.after(60)) is None
        return not hit.in_sentence(BEHAVIOUR)
    if rx.match(r"(?:that|the|any) ", m):
        return (
            hit.in_sentence(_FIT_NEG)
            or rx.search(
                r"\b(?:we|i) (?:look|looked|want|wanted|need|needed|hoped|like) for\b|\bwe (?:want"
                r"|need|like)\b",
                hit.sentence,
            )
            is not None
        )
    if rx.search(r"culture$", m):
        return rx.search(
            r"\b(?:not sure|unsure|doubt\w*|wouldn't|won't|can't|couldn't|might not|may not"
            r"|don't think|worried|question\w*|wonder\w*)\b",
            hit.sentence,
        ) is not None or "?" in hit.after(40)
    if rx.match(r"(?:feel|felt|feels|seem|seemed|seems|strike|struck|come|came) ", m):
        return hit.in_sentence(_FIT_NEG) and not hit.in_sentence(BEHAVIOUR)
    if rx.search(r"(?:connection|rapport|chemistry|bond)$", m):
        if rx.search(
            r"\b(?:buil[dt]\w*|develop\w*|maintain\w*|creat\w*|forg\w*|form\w*|foster\w*)\b",
            hit.before(40),
        ) and rx.search(
            r"\b(?:clients?|customers?|patients?|students?|accounts?|donors?|families|residents"
            r"|users|stakeholders|suppliers|vendors)\b",
            hit.sentence,
        ):
            return False  # "built personal connections with 40 accounts": the work itself
        return (
            hit.in_sentence(_FIT_NEG)
            or rx.search(
                r"\bwith (?:you|him|her|them|us|the (?:team|panel|group))\b", hit.after(40)
            )
            is not None
        )
    if rx.match(
        r"(?:intense|full-on|loud|serious|straight-laced|strait-laced|uptight|buttoned[- ]up"
        r"|corporate|stiff|formal|rigid|regimented|hardcore|reserved|introverted|extroverted"
        r"|extraverted|old-school|rough|edgy|laid-back|chill|relaxed|slick|posh|earnest|nerdy"
        r"|geeky|quiet|intense|much|buttoned)",
        m,
    ):
        return (
            rx.search(
                r"\b(?:too|bit|quite|rather|very|overly|little|might be|may be|maybe|probably"
                r"|perhaps|possibly|could be|bit too|a tad|tad|kind of|kinda|way)\s+(?:\w+\s+)?$",
                hit.before(25),
            )
            is not None
        )
    return True


FIT_008 = Rule(
    id="CND-FIT-008",
    category="subjective_fit",
    severity="warning",
    title="Impression, rapport, social life or connections as the reason",
    terms=(
        # An unexplained comparative impression: "seemed hungrier", "less polished".
        r"(?:hungrier|hungry|keener|(?:more|less) (?:hungry|driven|polished|passionate"
        r"|energetic|switched on|genuine|likeable|likable|personable|charismatic|engaged|eager"
        r"|polish|presence|spark|fire|drive|gravitas|natural|authentic|relatable|sparky"
        r"|magnetic|dynamic))\b",
        # Rapport as the reason: "didn't feel a strong personal connection with you".
        r"(?:personal|real|genuine|natural|emotional|human|strong|instant|immediate)"
        r" (?:connection|rapport|chemistry|bond)\b",
        # Social life: "not someone I can picture at our Friday drinks".
        r"(?:picture|imagine|envisage|envision)(?: (?:him|her|them|someone like that))? (?:at"
        r"|in|on|down|joining|coming to|going to) (?:our|the) (?:friday |thursday |team |office"
        r" |after-work |monthly |weekly |christmas |xmas |summer |local )?(?:drinks|socials?|pub"
        r"|nights? out|beers|happy hours?|karaoke|parties|party|away ?days?|barbecues?|bbqs?"
        r"|offsites?|lunches|team lunch|five-a-side|golf day)\b",
        r"(?:clicking|gelling|meshing|jelling|vibing|bonding) with (?:them|him|her|us|everyone"
        r"|the (?:team|group|crew|others|rest|panel|lads|guys|girls|founders|partners|juniors)"
        r"|people|colleagues)\b",
        # Connections as the reason: "knows our CEO's brother", "her uncle is on the board".
        r"(?:knows|knew|friends? (?:with|of)|related to|mates? (?:with|of)|pals? with|close to"
        r"|went to school with|neighbou?rs? (?:with|of)|plays golf with|golfs with)"
        r" (?:the |our |my |a )?(?:ceo|founder|co-?founder|owner|boss|md|cfo|coo|cto|director"
        r"|vp|chairman|chair|president|hiring manager|head of \w+|board members?|partners?"
        r"|manager)(?:'s|s'|\u2019s)?(?: (?:brother|sister|son|daughter|wife|husband|cousin"
        r"|friend|mate|dad|mum|mom|father|mother|uncle|aunt|nephew|niece|partner|kid|family"
        r"|best friend|old friend))?\b(?![- ](?:role|job|position|function|seat|remit|process"
        r"|workflow|reporting|agenda|priorities|office|track|level|title|duties|pack|packs"
        r"|deck|report|reports|dashboard|calendar)\b)",
        r"(?:uncle|aunt|auntie|dad|mum|mom|father|mother|brother|sister|cousin|godfather"
        r"|godmother|father-in-law|mother-in-law|best friend|old friend) (?:is|was|sits|works"
        r"|used to work) (?:on|at|in|for|with) (?:our|the) (?:board|company|firm|exec|leadership"
        r"|partnership|c-suite|management team)\b",
        # Personality set against the team: "a bit intense for our laid-back team".
        r"(?:intense|full-on|loud|serious|straight-laced|strait-laced|uptight|buttoned[- ]up"
        r"|corporate|stiff|formal|rigid|regimented|hardcore|reserved|introverted|extroverted"
        r"|extraverted|old-school|rough|edgy|laid-back|chill|relaxed|slick|posh|earnest|nerdy"
        r"|geeky|quiet|much) for (?:our|the|this|a|my) (?:[\w-]+ ){0,2}?(?:team|group|office"
        r"|crew|culture|crowd|vibe|bunch|lot|environment|startup|company|place|shop|firm"
        r"|department|squad|people)\b",
        r"(?:enjoy|enjoying|like|love|get|suit|thrive in|handle|survive|embrace|buy into|be up"
        r" for|cope with) (?:our|the) (?:[\w-]+ ){0,2}?culture\b",
        r"(?:match|fit) for (?:our|the|this) (?:[\w-]+(?:'s|\u2019s)? )?(?:personality"
        r"|personalities|dynamics?|vibe|energy|chemistry|ethos|spirit)\b|cult(?:ure|ural)"
        r" (?:addition|additions)\b",
        r"(?:that|the|any) (?:spark|special something|something special|wow factor|it factor"
        r"|magic|fire in (?:her|his|their) belly)\b(?![- ](?:plugs?|gaps?|ignition|streaming"
        r"|sql|cluster|jobs?|cards?|numbers?|quadrant|methods?|ai)\b)",
        r"(?:uncle|aunt|auntie|dad|mum|mom|father|mother|brother|sister|cousin|godfather"
        r"|godmother|(?:brother|sister|father|mother|son|daughter)-in-law|best friend|old friend"
        r"|nephew|niece) (?:already )?(?:works|is) (?:here|with us|for us)\b",
        r"talk(?:ing|ed)? past each other|(?:different|same|similar|wrong) wavelength\b",
        r"(?:feel|felt|feels|seem|seemed|seems|strike me|struck me|come across|came across)"
        r" (?:like|as) (?:a |an )?(?:natural|born|real|true|proper) (?:leader|manager|salesperson"
        r"|seller|fit|closer|people person|team player|leader type)\b",
        r"(?:so |a )?safe bet\b",
    ),
    check=_unsupported_impression,
    message="Gives an impression, rapport, social fit or a personal connection as the reason.",
    rationale=_HOOK + " Comparative impressions ('hungrier', 'less polished'), missing 'personal "
    "connection', fitting in at drinks and knowing someone senior are not job criteria and "
    "tend to favour people like the panel.",
    suggestion=_SUGGEST,
    bad=(
        "Same score on the case as the other finalist, but he seemed hungrier.",
        "Equal scores, but she came across as keener.",
        "Next to the other finalist he was noticeably less polished.",
        "We never really felt a genuine connection with him.",
        "Honestly can't imagine her at our Thursday drinks.",
        "Can't see him clicking with the founders.",
        "Her dad knows our CFO, so an easy yes.",
        "His uncle sits on our board, worth fast-tracking.",
        "Might be a bit too corporate for our scrappy team.",
        "Quite reserved for the sales crowd.",
        "Not sure she'd enjoy our hackathon culture.",
        "We were on a different wavelength the whole hour.",
        "Didn't come across as a natural leader.",
        "The other finalist was a better fit for our team's personality.",
        "Not convinced he'd be a cultural addition.",
        "Didn't have that spark we look for in a partner.",
        "His sister-in-law works here, so that's reassuring.",
    ),
    good=(
        "Built personal connections with 40 key accounts and kept 95% of them.",
        "More polished second draft after feedback: fixed every issue raised.",
        "Bonding with epoxy was part of the practical; did it right.",
        "Too much for the budget: she priced the plan at 2x the cap.",
        "Knows the CFO role well, having covered it during parental leave.",
        "Built the emotional connection module for the patient app.",
        "Tuned the Spark cluster and cut the job time by half.",
        "Replaced the spark plugs and explained the ignition timing.",
    ),
)

#: The match is about the candidate: nothing but a fragment opener before it in the
#: sentence, or a pronoun or "candidate" just before.
_ABOUT_PERSON = rx.compile(
    r"(?:^[\s\-*\u2022,;:(]*(?:(?:just|but|and|so|honestly|sadly|probably|overall|lovely|nice"
    r"|great|solid|good|fine|ok|okay|decent|pleasant|strong|sharp|smart|tbh|hmm|meh|again"
    r"|really|somehow|unfortunately|still|though|also)[\s,.!\u2026-]+)*"
    r"|^[\s\-*\u2022(]*(?:[\w'-]+\s+){0,3}[\w'-]+\s*[,;:\u2026-]+\s*(?:(?:just|but|though"
    r"|sadly|honestly|probably|still|yet)\s+)*"
    r"|\b(?:he|she|they|cand|candidate|applicant|you|he's|she's|they're|you're|you are|he is"
    r"|she is|they are|he was|she was|they were|him|her|them|who|hes|shes|this (?:guy|one"
    r"|person|candidate)|but|and|so|which|he'd|she'd|they'd|he'll|she'll|they'll)\s+(?:(?:is"
    r"|was|are|were|really|just|totally|so|definitely|honestly|kind of|kinda|a bit|somehow"
    r"|probably|also|still|not|n't|felt|feels|seemed|seems|looked|looks|strikes me as|struck"
    r" me as|came across as|comes across as|'s|'re|a|an|bit|a little|little|such a|quite|very"
    r"|too|rather|pretty|bit of a|would|will|might|could|be)\s+){0,4})$"
)
#: What a resemblance points at: a relative, a friend, a past hire, someone, oneself.
_RESEMBLES = rx.compile(
    r"^\s*(?:(?:my|our|your|his|her|the team's|the boss's|the ceo's) (?:\w+ )?(?:nephew|niece|son"
    r"|daughter|brother|sister|dad|father|mum|mom|mother|uncle|aunt|auntie|cousin|friend|mate"
    r"|buddy|pal|ex|wife|husband|partner|grandad|grandpa|grandfather|gran|grandma|grandmother"
    r"|kids?|boy|girl|lad|predecessor|flatmate|roommate|neighbou?r|boss|manager|colleague"
    r"|hire|employee|guy|one|intern|temp|contractor|rep|nurse|driver|tech|engineer|dev)s?\b"
    r"|(?:my|our) (?:old|last|previous|former|younger|first) \w+"
    r"|myself|me at|us at|(?:a|the|that|this|some|one|every|another) (?:\w+ ){0,2}?(?:guy|gal"
    r"|girl|boy|bloke|lad|lass|woman|man|person|hire|employee|candidate|contractor|temp"
    r"|intern|kid|chap|fella|type|one|ex-employee|starter|new starter|joiner|leaver)s?\b"
    r"(?! (?:of (?:bug|problem|issue|question|design|approach)))"
    r"|someone|somebody|everyone (?:we|i) (?:hired|had|let go|fired)|people (?:we|i)"
    r" (?:hired|had|let go|fired))"
)
#: A capitalised first name right after "reminds me of" ("Karen, who left").
_NAME_AFTER = rx.compile(
    r"^\s*[A-Z][a-z]+(?: [A-Z][a-z]+)?(?=\s*(?:$|[.,;:!?)\u2026-]|who\b|from\b|in\b|at\b"
    r"|on\b|when\b|back\b|a lot\b|so\b|and\b|but\b|though\b|tbh\b|lol\b|haha\b))"
)


def _vague_suitability(hit: Hit) -> bool:
    m = hit.matched
    before = hit.low[hit.s_start : hit.start]
    if m.startswith("remind"):
        if _ABOUT_PERSON.search(before) is None:
            return False  # "the design reminds me of our old billing service"
        if _RESEMBLES.match(hit.after(60)):
            return True
        return _NAME_AFTER.match(hit.text[hit.end : min(hit.s_end, hit.end + 40)]) is not None
    if rx.match(r"(?:not|isn't|wasn't|aren't|weren't|never)\b", m) and " right" in m:
        # "not quite right for the team": about the person, not "the tool isn't right for us"
        return _ABOUT_PERSON.search(before) is not None and not hit.in_sentence(BEHAVIOUR)
    if rx.match(
        r"(?:introvert|extrovert|extravert|quiet|shy|loud|that|this|his|her|their|people)", m
    ):
        # a personality type generalised; not a study or survey result being presented
        return not hit.in_sentence(BEHAVIOUR) and not rx.search(
            r"\b(?:study|studies|research|survey|paper|data|findings?|literature)\b", hit.sentence
        )
    if m.endswith("enough"):
        # "not polished enough" with nothing observed; not "not fast enough on the SQL task"
        return not hit.in_sentence(BEHAVIOUR) and not rx.match(
            r"^\s*(?:on|in|at|with|during|for the (?:\w+ )?(?:task|exercise|round|question|test))\b",
            hit.after(30),
        )
    if rx.match(
        r"(?:looking|look|want|wanted|need|needed|needs|seeking|prefer|preferred|went|going|go"
        r"|chose|after|hoping|hoped|someone|somebody|people|one|be|feel|much|far|a lot|happier"
        r"|more comfortable|more at home|better off)\b",
        m,
    ):
        # "looking for a different energy", "someone with more sparkle"; not the
        # candidate's own account ("she said she would be happier at a company with...")
        return (
            not hit.in_sentence(BEHAVIOUR)
            and not rx.search(
                r"\b(?:said|says|told (?:us|me)|mentioned|explained|asked)\b", hit.before(60)
            )
            and not (
                " more " in m
                and rx.match(
                    r"^\s*(?:on|in|with|of) (?:the|her|his|their|its|this|a|an)\b", hit.after(20)
                )
            )
        )
    if " different " in m and _ABOUT_PERSON.search(before) is None:
        return False  # "her solution was quite different from the others": a thing compared
    if rx.match(
        r"(?:handful|pain|nightmare|headache|liability|high[- ]maintenance|hard work|trouble)$", m
    ):
        # "would be a handful": only as a prediction about the person
        return (
            rx.search(
                r"(?:^[\s\-*\u2022,;:(]*(?:(?:honestly|probably|tbh|just|but|and|think|reckon)\W+)*"
                r"|\b(?:he|she|they|cand|candidate|applicant|who|this (?:guy|one|person|candidate))"
                r"\s*)(?:would|'d|will|'ll|might|could|gonna|going to) (?:probably |definitely"
                r" |honestly |really )?be (?:a (?:real |bit of a |total |right |complete )?|an )?$",
                hit.before(60),
            )
            is not None
            and not hit.in_sentence(BEHAVIOUR)
            and not rx.search(r"\b(?:said|says|told (?:us|me)|mentioned|estimated)\b", before)
        )
    if rx.match(
        r"(?:not sure|unsure|not convinced|not sold|unconvinced|undecided|on the fence|lukewarm"
        r"|iffy|not keen|not feeling|uneasy|would|'d|will|'ll|might|could|very|too|so|bit|quite"
        r"|rather|super|really|way|a little)\b",
        m,
    ) and not rx.search(r"\b(?:about|on) (?:him|her|them|this)\b", m):
        # "would be a handful", "very corporate": a label on the person, with nothing observed
        return (
            _ABOUT_PERSON.search(before) is not None
            and not hit.in_sentence(BEHAVIOUR)
            and not rx.search(r"\b(?:said|says|told (?:us|me)|mentioned|estimated)\b", before)
        )
    if rx.search(r"\b(?:about|on) (?:him|her|them|this)\b", m):
        return not hit.in_sentence(BEHAVIOUR)
    if rx.search(r"(?:wise|different(?: \w+)*|sore thumb|stick out.*)$", m) or rx.match(
        r"(?:bit|very|so|too|quite|rather|little|super|way|just) ", m
    ):
        # "too different from the team" with no behaviour named; "culture-wise, no"
        return not hit.in_sentence(BEHAVIOUR) and _CRITERIA_AFTER.match(hit.after(80)) is None
    if rx.search(r"(?:shape|mould|mold|stamp|stripe|ilk|sort|kind|type|flavou?r)", m):
        return not hit.in_sentence(BEHAVIOUR) and _CRITERIA_AFTER.match(hit.after(80)) is None
    return True


FIT_009 = Rule(
    id="CND-FIT-009",
    category="subjective_fit",
    severity="warning",
    title="Resemblance to someone, or a vague 'shape' or 'mould', as the reason",
    terms=(
        # "Reminds me of Karen, who didn't work out", "reminds me of my nephew".
        r"(?:reminds?|reminded|reminding) (?:me|us|everyone|the (?:team|panel)|all of us|both"
        r" of us) (?:a lot |so much |too much |a bit |a little |strongly |heavily |very much"
        r" |weirdly |of all people )?of\b",
        # "Not quite the right shape for the department", "wrong mould for us".
        r"(?:right|wrong|same|usual|proper|correct) (?:shape|mould|mold|stamp|stripe|flavou?r"
        r"|ilk|sort|kind|type)(?: of (?:person|people|candidate|hire|guy|gal|bloke|character))?"
        r" (?:for|of) (?:the|our|this|a|my|that|your) (?:[\w-]+ )?(?:team|teams|department|dept"
        r"|group|office|org|organi[sz]ation|company|firm|practice|unit|ward|store|shop|crew"
        r"|culture|floor|branch|partnership|place|environment|bunch|lot|crowd|family|business"
        r"|squad|clinic|kitchen|site|studio|agency|school|us|here)\b(?![-'\u2019])",
        r"(?:square|round) peg(?: in a (?:round|square) hole)?"
        r"|(?:not|isn't|wasn't|never|just not|not really|not quite|hardly) (?:really |quite )?cut"
        r" out for (?:us|here|this place|our (?:[\w-]+ )?(?:team|culture|crew|crowd|office"
        r"|environment|place|bunch|lot|world)|the (?:[\w-]+ )?(?:team|culture|crew|crowd|office"
        r"|environment|place|bunch|lot))\b(?![-'\u2019])",
        # "Not quite right for us", "wasn't the right person for the team".
        # "a bit 'extra'": a quoted, coded adjective
        r"(?:bit|very|too|quite|rather|little|super|way|bit too|just too) ['\"\u2018\u201c]"
        r"(?:extra|much|a lot|intense|different|quirky|out there|loud|corporate|keen|alternative"
        r"|edgy|precious|special|vanilla|urban|street|ethnic|exotic|foreign|alpha|woke|political"
        r"|vocal|opinionated|confident|aggressive|emotional|sensitive)['\"\u2019\u201d]",
        # "looking for a different energy"; "would be happier elsewhere"
        r"(?:looking for|look for|want|wanted|need|needed|seeking|prefer|preferred|went with"
        r"|going with|go with|chose|after|hoping for|hoped for) (?:a |some |someone with (?:a )?)?"
        r"(?:different|fresh|new|better|bigger|more positive|higher|other|more upbeat|livelier"
        r"|quieter|calmer|softer|stronger|more outgoing|more bubbly|younger|sunnier|brighter)"
        r" (?:energy|vibe|vibes|personality|presence|kind of person|type of person|feel|spirit"
        r"|aura|temperament|character)\b(?! (?:suppliers?|providers?|sources?|mix|models?"
        r"|strateg\w+|polic\w+|plans?|contracts?|tariffs?|sector|compan\w+|markets?|solutions?"
        r"|systems?|storage|efficiency|audit|rating|set|encoding|limit)\b)",
        r"(?:happier|more comfortable|more at home|better off) (?:elsewhere"
        r"|somewhere else|at (?:a|another) (?:different |bigger |larger |smaller |more [\w-]+ )?"
        r"(?:company|organi[sz]ation|firm|place|shop|team|environment|agency|business))\b",
        # "someone with a bit more sparkle", "needs to be more bubbly"
        r"(?:someone|somebody|people|one|needs?|needed|wanted"
        r"|want|looking for|after|hoping for|prefer|preferred) (?:with |to be |to have |to show"
        r" )?(?:a (?:bit|little|lot|touch) |slightly |much |rather )?more (?:sparkle|spark"
        r"|charisma|personality|presence|warmth|polish|oomph|pizzazz|charm|x-factor|wow factor"
        r"|swagger|zing|bubbliness|vibrancy|star quality|gravitas|bubbly|outgoing|charismatic"
        r"|likeable|likable|personable|fun|lively|upbeat|vibrant|sparky|chatty|sociable"
        r"|extroverted|extraverted|polished|smiley|cheerful|peppy|perky|gregarious|dynamic"
        r"|energetic|vivacious|engaging|presentable|magnetic|animated|spirited)\b",
        # "not sure about him", "would be a handful", "very corporate"
        r"(?:not sure|unsure|not convinced|not sold|unconvinced|undecided|on the fence|lukewarm"
        r"|iffy|not keen|not feeling good|uneasy) (?:about|on) (?:him|her|them|this (?:one|guy"
        r"|person|candidate|woman|man|bloke|lad))(?= *(?:$|[.,;:!?)\u2026]|tbh\b|honestly\b"
        r"|though\b|but\b|overall\b|as a person\b|somehow\b|to be honest\b|if i'm honest\b))"
        r"|(?:handful|pain|nightmare|headache|liability|high[- ]maintenance|hard work|trouble)"
        r"(?= *(?:$|[.,;:!?)\u2026]|tbh\b|honestly\b|though\b|i think\b|i reckon\b|for (?:us"
        r"|the team|our team|me|the crew)\b))"
        r"|(?:very|too|bit|quite|rather|super|really|way too) (?:corporate"
        r"|buttoned[- ]up|old[- ]school|suity|stuffy|posh|salesy|slick|hipster|edgy|vanilla"
        r"|beige|try-hard|tryhard|la-di-da|hoity-toity|snooty|preppy|rough|rough and ready"
        r"|street|blokey|laddish|girly|hippy|hippie|alternative|out there)(?= *(?:$|[.,;:!?)"
        r"\u2026]|and\b|but\b|though\b|tbh\b|imo\b|honestly\b|for (?:us|here|the|our|this)\b))",
        # "culture-wise, no"; "stick out like a sore thumb"; "too different from the team"
        r"(?:culture|cultural|fit|vibe|vibes|personality|chemistry|gut)[- ]?wise\b"
        r"|(?:stick|sticks|stuck|sticking|stand|stands|stood|standing) out like a sore thumb"
        r"|(?:would|(?:he|she|they|who)'d|will|might|(?:he|she|they|who)'ll) (?:really |definitely |totally )?stick out (?:here|in"
        r" (?:our|the|this) (?:[\w-]+ )?(?:team|office|crew|group|place|culture|crowd|bunch))\b"
        r"|(?:too|very|quite|so|really|pretty|bit|rather|just|completely|totally) different"
        r" (?:from|to|than) (?:the rest of )?(?:us|the (?:team|group|crew|others|guys|lads|girls"
        r"|rest|panel|people here)|everyone(?: else)?(?: here)?|our (?:team|group|crew|people"
        r"|lot))\b(?![-'\u2019])",
        # "not polished enough for the client side"
        r"(?:not|isn't|wasn't|never|nowhere near|not quite|not really|not nearly) (?:quite |really"
        r" |nearly |exactly |remotely )?(?:polished|slick|presentable|bubbly|outgoing|charismatic"
        r"|corporate|smooth|glossy|refined|sophisticated|classy|senior-looking|client-ready"
        r"|boardroom-ready|personable|likeable|likable|lively|energetic|dynamic|upbeat|sparky"
        r"|chatty|sociable|extroverted|extraverted|bright|shiny|sharp|punchy|impressive|magnetic"
        r"|warm|friendly|fun|cool|hungry|passionate|switched on|switched-on|exciting|memorable"
        r"|inspiring|engaging|vibrant|peppy|perky|gregarious) enough\b",
        # "introverts never last on this team"
        r"(?:introverts?|extroverts?|extraverts?|quiet (?:ones|types|people|guys|girls)|shy (?:ones"
        r"|types|people)|loud (?:ones|types|people)|introverted (?:people|types|ones|folks)|(?:that|this"
        r"|his|her|their) (?:personality )?type|people like (?:him|her|them|that))(?: \w+)? (?:never"
        r"|don't|do not|won't|can't|cannot|rarely|seldom|always|usually|tend to|tend not to"
        r"|just don't|never really) (?:\w+ )?(?:last|survive|cope|make it|do well|thrive|fit"
        r"|work out|stick|stay|get on|gel|settle|succeed)\b",
        r"(?:not|isn't|wasn't|aren't|weren't|never) (?:quite |really |exactly |entirely |totally"
        r" |just )?(?:right|the right (?:person|one|choice|candidate|guy|gal|hire|energy|vibe))"
        r" for (?:us|here|our (?:[\w-]+ )?(?:team|culture|group|office|department|crew|company"
        r"|firm|practice|crowd|bunch|lot|family|place|environment)|the (?:[\w-]+ )?(?:team"
        r"|culture|department|group|office|crew|crowd|bunch|lot|family|place)|this (?:[\w-]+ )?"
        r"(?:team|culture|department|group|office|crew|crowd|bunch|lot|family|place))\b"
        r"(?![-'\u2019])",
    ),
    check=_vague_suitability,
    message="Gives a resemblance to someone, or an undefined 'shape' or 'mould', as the reason.",
    rationale=_HOOK
    + " Likening a candidate to a relative, a friend or a past employee ('reminds me of Karen, "
    "who didn't work out') transfers a judgement about someone else, and an undefined 'right "
    "shape' or 'not right for us' names no criterion; both invite affinity bias.",
    suggestion=_SUGGEST,
    bad=(
        "Reminds me of Priya from the Leeds store, who lasted a month.",
        "He reminds me so much of my son, easy yes.",
        "Honestly reminds me of the last guy we had to let go.",
        "Just the wrong shape for our crew.",
        "Not the usual stamp of person for this office.",
        "Bit of a square peg, I'd pass.",
        "Not really cut out for our team.",
        "Nice lad, just not quite right for us.",
        "She wasn't the right person for the team, in the end.",
        "Bit 'intense', if you know what I mean.",
        "Culture-wise, not for us.",
        "He'd stick out like a sore thumb on the shop floor.",
        "Just too different from the rest of the crew.",
        "Not slick enough for the client side.",
        "Nowhere near bubbly enough for reception.",
        "Introverts never last on this floor.",
        "Quiet types just don't survive in sales here.",
        "We're looking for a different energy in this role.",
        "We felt you would be happier elsewhere.",
        "We're after someone with a bit more sparkle for the front desk.",
        "Needs to be more bubbly for reception.",
        "We're looking for someone more dynamic for this client-facing role.",
        "Not sure about him, honestly.",
        "Would be a handful.",
        "Very corporate.",
    ),
    good=(
        "The outage she described reminds me of our own DNS incident; her fix was sound.",
        "Her dashboard reminds me of the one Ops uses, with clearer alert thresholds.",
        "Reminds me of a question from the last round: answered the SQL one in 4 minutes.",
        "Picked the right type for the department's ledger column and explained why.",
        "Cut the wrong shape for the bracket at first, then re-measured and fixed it.",
        "Said the tool wasn't right for their team's scale, and proposed an alternative.",
        "Kafka isn't right for our team yet, she argued, given the message volume.",
        "Her rollout plan was quite different from the team's: canary first, then 10%.",
        "Her solution was quite different from the others: a heap instead of a sort.",
        "Skill-wise, strong: solved both SQL questions and explained the joins.",
        "Label says 'extra' hot; she priced the menu change correctly.",
        "Not polished enough yet: the deck had two typos she fixed when asked.",
        "Her study found introverts tend to do well in remote teams; she presented it.",
        "Not bright enough on the warehouse floor: she suggested brighter LED bays.",
        "Looking for a new energy supplier was the case study; she compared three tariffs.",
        "She said she would be happier at a company with a hybrid policy; we have one.",
        "Needs more polish on the SQL: missed the GROUP BY in question 2.",
        "The dashboard needs to be more dynamic, she said, and proposed live filters.",
        "Wanted more charisma in the product copy, so she rewrote the onboarding text.",
        "Not sure about her availability in August; she will confirm by Friday.",
        "The deck was very corporate in tone, which suits the bank client.",
        "Would be a handful of tickets per week, she estimated from the logs.",
        "The data migration would be a nightmare.",
    ),
)


FIT_010 = Rule(
    id="CND-FIT-010",
    category="subjective_fit",
    severity="warning",
    title="In-group labels and gut reactions: not our guy, a good hang, not X material",
    terms=(
        r"not our (?:guy|girl|type|kind|person|people|sort)\b",
        r"(?:good|fun|great|solid) hang\b|beer[- ]after[- ]work|(?:not|isn't|wasn't|never be)"
        r" (?:really |quite )?(?:[a-z]+ )?material(?=\s*(?:$|[.,;!?'\")]|for\b))",
        r"chip on (?:his|her|their) shoulder|rough around the edges|too quirky|off-?putting"
        r"|(?:complain|run|go|goes|went) to the union|union (?:type|guy|girl|agitator|troublemaker)",
        r"loved (?:his|her|their) (?:personality|energy|vibe)|(?:a bit |bit |too |so |very )?qui"
        r"rky(?: for| to)",
        r"(?:dude|bro) energy",
        r"rubs? me the wrong way|can'?t explain(?: it| why)?(?=\s*(?:[^\w\s]|$))",
        r"from my hometown|(?:we|i) know a lot of the same (?:folks|people)|i'd vouch for (?:her"
        r"|him|them)|(?:already )?feels like (?:part of the team|one of us|family)",
    ),
    exemptions=frozenset({"professional"}),
    message="Gives an in-group label or a gut reaction instead of evidence.",
    rationale=_HOOK + " Talk of union activity is also protected: the NLRA forbids weighing it.",
    suggestion=_SUGGEST,
    bad=(
        "Could tell from the handshake he's not our guy.",
        "Would be a good hang on the boat, strong yes.",
        "The conductor said she's 'not symphony material'.",
        "Had a chip on his shoulder I think, hard to say exactly.",
        "Rough around the edges - our clientele is pretty upscale.",
        "Seemed like the type who'd complain to the union about everything.",
        "Loved her personality, hire her!!",
        "Rubs me the wrong way, can't explain.",
        "She's from my hometown and we know a lot of the same folks, so I'd vouch for her.",
    ),
    good=(
        "The raw material costs rose 12%; she explained the hedge.",
        "Hang the drywall test: finished in 40 minutes, clean seams.",
        "Source material for the brief was cited correctly.",
    ),
)

RULES = (FIT_001, FIT_002, FIT_003, FIT_004, FIT_005, FIT_006, FIT_007, FIT_008, FIT_009, FIT_010)
