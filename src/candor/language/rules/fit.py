"""Subjective fit: vibe, gut, liking, undefined 'culture fit', personality labels."""

from __future__ import annotations

import re

from candor.language.context import Hit
from candor.language.model import COMMON_WORDS, Rule
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
_CRITERIA_AFTER = re.compile(
    r"^\s*(?:\w+\s+){0,3}?(?:with|for|to|against|on) (?:the |our |all |each |every |its |this "
    r")?(?:\w+ ){0,2}(?:requirements?|rubric|criteria|criterion|competenc\w+|bar|job "
    r"description|level|scope|spec|stack|tech stack|skills? matrix|posting|band)\b"
)


def _fit_undefined(hit: Hit) -> bool:
    if re.search(r"\bin$", hit.matched) and not re.match(
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
        r"|solid|excellent|a) (?:\w+ )?fit\b(?! (?:and finish|check|bit))",
        r"(?:fits?|fitting|fitted) in|fit into (?:the|our|this) (?:team|culture|group|company"
        r"|org|office|crowd)|fit with (?:the|our|this) (?:team|culture|group|vibe|crowd|people"
        r"|company|org)",
        r"(?:wouldn't|won't|doesn't|didn't|don't|might not|may not|not going to|never|will not"
        r"|would not|does not|did not) (?:really |quite )?(?:fit|mesh|gel|jell|click)\b",
        r"(?:fit|fits|fitting) (?:the|our) (?:mold|mould|profile|culture|vibe|image)",
        r"(?:not|isn't|wasn't) (?:one of us|our (?:kind|type)|(?:a|much of a) team player)"
        r"|team player|people person",
        r"(?:right|good|great|strong|perfect|natural|best|poor|bad|the) match for (?:our|the|this)"
        r" (?:team|culture|company|group|office|crowd)|(?:personality|attitude|demeanou?r|style"
        r"|energy|vibe) (?:was|is|wasn't|isn't|was not|is not|did not|didn't|would not|wouldn't)"
        r"(?: \w+){0,3}? (?:match|fit|right|suit|mesh|gel|align)",
    ),
    anchors=(
        "team fit",
        "team player",
        "player",
        "cultur",
        "culture",
        "personality",
        "fit",
        "match",
        "attitude",
        "demeanor",
        "demeanour",
        "style",
        "energy",
        "vibe",
        "fits",
        "fitting",
        "fitted",
        "mesh",
        "gel$",
        "jell",
        "click",
        "one of us",
        "our kind",
        "our type",
        "people person",
    ),
    check=_fit_undefined,
    message="Judges 'fit' without naming criteria.",
    rationale=_HOOK,
    suggestion=_SUGGEST,
    bad=(
        "Not a culture fit.",
        "Would not fit in with the team.",
        "Great fit, let's move fast.",
        "Just didn't gel with us.",
    ),
    good=(
        "Fitted the regression model in R and explained the residuals.",
        "Strong fit against the rubric: level 4 on all five criteria.",
        "Fixed the layout so the chart fits in the sidebar.",
    ),
)

_POSITIVE = re.compile(
    r"(?:good|great|nice|positive|high|strong|can-do|right|lovely|fun"
    r"|pleasant|awesome|winning|sparkling|bubbly|big)\b"
)


def _feeling(hit: Hit) -> bool:
    return not (_POSITIVE.match(hit.matched) and hit.in_sentence(BEHAVIOUR))


FIT_002 = Rule(
    id="CND-FIT-002",
    category="subjective_fit",
    severity="warning",
    title="Vibe, gut feeling or liking",
    terms=(
        r"vibes?|vibed|vibing|gut (?:feel(?:ing)?|says|said|tells|told|instinct|check|reaction"
        r"|call|sense)|my gut|(?:good|bad|weird|strange|funny|odd|great|nice|uneasy|off"
        r"|strong) feeling (?:about|with|from)",
        r"something (?:was |felt |seemed |is |just )?(?:off|not right) (?:about|with)"
        r"|rubbed (?:me|us|everyone|people|the team|the panel) the wrong way",
        r"(?:just )?(?:didn't|don't|did not|do not|never) (?:really |quite )?(?:like|liked"
        r"|warm to|trust|connect with|click with|gel with|vibe with) (?:him|her|them|the "
        r"candidate|this (?:guy|person|candidate|one)|his|her|their)\b",
        r"(?:really |genuinely |just |i |we |everyone |the team |all )(?:liked|loved|like|love)"
        r" (?:him|her|them|this (?:guy|person|candidate|one)|the candidate)\b",
        r"(?:un)?lik(?:e)?able|(?:not|isn't|wasn't) (?:very )?lik(?:e)?able",
        r"(?:have|grab|get|share|enjoy) a (?:beer|drink|pint) with|beer test|airport test"
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
        r"|went to my (?:school|college|alma mater|university|high school)|knows the (?:owner"
        r"|ceo|founder|boss|hiring manager|vp)|(?:a )?friend of (?:the|our|my) (?:owner|ceo"
        r"|founder|boss|vp|cto|manager|family)|(?:my|our|the ceo's|the owner's|the boss's)"
        r" (?:friend|cousin|neighbou?r|nephew|niece|buddy|son|daughter)|frat (?:brother|bro)"
        r"|golf buddy",
    ),
    anchors=(
        "like",
        "same",
        "vibe",
        "vibing",
        "gut$",
        "my gut",
        "feeling",
        "something",
        "rubbed",
        "liked",
        "warm",
        "trust",
        "connect",
        "click",
        "gel$",
        "loved",
        "love$",
        "likable",
        "likeable",
        "unlikable",
        "unlikeable",
        "beer",
        "drink",
        "pint",
        "airport",
        "chemistry",
        "reminds",
        "reminded",
        "x-factor",
        "x factor",
        "it factor",
        "energy",
        "spark",
        "presence",
        "charisma",
        "pizzazz",
        "swagger",
        "aura",
        "personality",
        "attitude",
        "demeanor",
        "demeanour",
        "manner",
        "alma",
        "went to my",
        "knows",
        "friend",
        "cousin",
        "neighbo",
        "nephew",
        "niece",
        "buddy",
        "frat",
        "golf",
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
    ),
    good=(
        "Liked the question about on-call load and asked two follow-ups.",
        "Has a PhD in organic chemistry and ran the assay validation.",
        "Reduced energy costs of the data centre by 12%.",
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
_NOUNS = re.compile(r"(?:guy|gal|person|dude|vibe|energy|type|personality|demeanou?r)$")
_ATTRIBUTIVE = re.compile(
    r"^\s+(?!(?:and|but|or|when|with|about|in|at|to|during|on|so|though|although|yet"
    r"|throughout|overall|the whole|all|initially|at first|today|too|as well|for|from|around"
    r"|under|toward|towards|if|because|since|while|after|before|until|than|as)\b)[a-z]"
)
_FRAGMENT_BEFORE = re.compile(
    r"^[\s\-*•,;:(]*(?:(?:and|but|also|just|overall|honestly|tbh"
    r"|imo|generally|otherwise)[\s,]+)?$"
)


def _impression(hit: Hit) -> bool:
    if hit.in_sentence(BEHAVIOUR):
        return False
    m = hit.matched
    if _NOUNS.search(m):
        return True
    if _ATTRIBUTIVE.match(hit.after(25)):
        return False
    if not re.search(r"\s", m) or m.split()[0] in _DEGREE:
        # A bare "very quiet" counts only as a note fragment or a predicate.
        return _FRAGMENT_BEFORE.match(hit.low[hit.s_start : hit.start]) is not None or bool(
            re.search(
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
    ),
    anchors=tuple(
        sorted(
            (
                {
                    _EXTRA_ANCHORS.get(a, a)
                    for a in (
                        w.split()[0].split("[")[0].split("(")[0]
                        for w in _IMPRESSION.split("|")
                        if w
                    )
                }
                | {"herself", "themselves", "guy$", "gal$", "dude$", "egg$", "socially", "pushover"}
            )
            - COMMON_WORDS
        )
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
    ),
    good=(
        "Was nervous at first, then gave three structured examples with metrics.",
        "Explained the trade-offs clearly when asked about caching.",
        "Kept the incident channel quiet and focused during the outage drill.",
        "Really nice API design in the take-home.",
    ),
)


_FEELING_SUBJECT = re.compile(
    r"(?:^|\b(?:he|she|they|it|something|everything|cand|candidate|interview|conversation|vibe"
    r"|energy|chemistry|all|just|really|somehow|honestly|overall))[\s,]*$"
)


def _feeling_subject(hit: Hit) -> bool:
    """'Felt off' about the person or the meeting, not 'the numbers seemed off'."""
    if re.match(r"(?:felt|feels|seemed|seems|was|is) ", hit.matched):
        return _FEELING_SUBJECT.search(hit.before(30)) is not None
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
        r"(?:didn't|did not|don't|doesn't|never|not|wouldn't|won't|couldn't) (?:really |quite"
        r" |ever )?(?:click|gel|mesh|jell|vibe|connect|bond|warm up)\b",
        r"(?:didn't|did not|don't|do not|never|couldn't|can't|not) (?:really |quite )?(?:feel"
        r"|feeling|get|see) (?:it|the spark|a spark|a connection|the magic|him|her|them)\b",
        r"(?:felt|feels|seemed|seems|was|is) (?:a bit |kind of |kinda |just |all )?(?:off|wrong"
        r"|weird|not right)(?= *(?:$|[.,;:!?)]|but\b|though\b|somehow\b|to me\b|about\b))",
        r"something (?:wasn't|isn't|was not|is not|just wasn't|just isn't|didn't feel|doesn't"
        r" feel) (?:quite )?right|can'?t put my finger on (?:it|what)",
        r"(?:lights?|lit) up (?:the|a) room|(?:no|zero|missing|lacks?|lacked|lacking|without)"
        r" (?:the |a |any )?(?:spark|sparkle|x-factor|wow factor|polish|presence|gravitas"
        r"|charisma|star quality|edge|pizzazz)|the polish (?:we|i) (?:look|want|need|expect)",
        r"(?:loved|liked|adored|disliked|hated) (?:him|them)\b|(?:loved|liked|adored|disliked"
        r"|hated) her(?= *(?:$|[.,;!?]|and\b|but\b|a lot|lots|though|already|immediately"
        r"|straight away|right away|instantly))",
        r"(?:grab|have|get|share|go for|enjoy) (?:a |some )?(?:beers?|drinks?|pints?|coffee"
        r"|lunch|dinner|a meal) with|(?:stuck|trapped) (?:on a plane|in a car|in an elevator"
        r"|in a lift|in a room|on a long flight|on a road trip) with|(?:hang|hanging) out with"
        r" (?:him|her|them)",
        r"(?:didn't|did not|never) (?:laugh|smile|crack a smile) at (?:our|my|any of (?:our|my)"
        r"|the) jokes|(?:no|zero|lacks? a|lacked a|without a|little) sense of humou?r"
        r"|humou?rless",
        r"(?:snobby|snooty|stuck[- ]up|cocky|arrogant|entitled|weird|odd|cold|aloof|prickly"
        r"|grumpy|miserable|sour|sulky|smug|condescending|patronising|patronizing|dismissive"
        r"|standoffish|off-putting|offputting|awkward|bland|flat|boring|dull) (?:attitude"
        r"|demeanou?r|manner|personality|vibe|energy|presence|type|air|aura|person|guy|gal"
        r"|woman|man|character)",
        r"(?:not|isn't|wasn't) (?:really )?(?:my|our) (?:kind|type|sort|cup of tea)\b"
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
        "Snobby attitude.",
        "Not really my kind of person.",
    ),
    good=(
        "Users loved her redesign of the checkout.",
        "The demo felt off-script at times but she recovered with data.",
        "Integrations mesh with the billing API via webhooks.",
        "The numbers seemed off, so she re-ran the query and found the bug.",
    ),
)

RULES = (FIT_001, FIT_002, FIT_003, FIT_004)
