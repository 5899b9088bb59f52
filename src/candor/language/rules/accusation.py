"""Unsupported accusations: dishonesty, cheating, crime (defamation; FCRA)."""

from __future__ import annotations

from candor.language import rx
from candor.language.context import Hit
from candor.language.model import Rule

_HOOK = (
    "Statements in evaluations have only a qualified privilege against defamation, lost when "
    "made without reasonable grounds or shared too widely; accusations of dishonesty or crime "
    "are the classic trigger. Adverse action on a background report needs the FCRA "
    "pre-adverse-action notice; arrest records alone are not evidence of conduct (EEOC)."
)
_SUGGEST = (
    "State the verifiable observation and the process instead: 'Registrar returned no record "
    "of the degree; referred to HR per policy' or 'Solution identical to a public repository "
    "(link); referred to the hiring committee.'"
)


#: The sentence names a role whose work is finding misconduct ("as a TA", "as an auditor").
_DETECTING_ROLE = rx.compile(
    r"\bas (?:a|an|the|their|our) (?:\w+ )?(?:ta|teaching assistant|teacher|tutor|moderator"
    r"|examiner|invigilator|proctor|investigator|auditor|analyst|reviewer|lecturer|professor"
    r"|editor|journalist|paralegal|lawyer|attorney|prosecutor|officer|detective|specialist"
    r"|manager|lead|consultant|examiner)\b"
)


#: A third party in a scenario question ("a guest who is intoxicated").
_THIRD_PARTY = rx.compile(
    r"\b(?:guests?|customers?|patients?|patrons?|passengers?|clients?|users?|drivers?|visitors?"
    r"|callers?|residents?|members? of the public|someone|a person|people|students?|pupils?"
    r"|tenants?|shoppers?|diners?|employees?|staff members?|colleagues?|coworkers?"
    r"|co-workers?) (?:who|that)(?: \w+)?\s*$"
    r"|\b(?:caught|found|spotted|reported|investigated|dealt with|handled|fired|disciplined"
    r"|dismissed|confronted|stopped) (?:a|an|the|two|three|several|some|one) (?:\w+ )?(?:employee"
    r"|staff member|cashier|colleague|worker|customer|member of staff|driver|manager"
    r"|contractor|vendor|supplier|shoplifter|guest|patient|student|tenant|rep|agent)s?\s*$"
    r"|\b(?:her|his|their|my|our) (?:former |old |previous |then )?(?:manager|boss|colleague"
    r"|ceo|cfo|cto|director|predecessor|team lead|supervisor|coworker|co-worker|cofounder"
    r"|co-founder|founder|employer|client|landlord|business partner)s? (?:was |were |got |had"
    r" been )?$"
)


#: A fair-chance process statement ("we conduct an individualized assessment").
_FAIR_CHANCE = rx.compile(
    r"\b(?:individuali[sz]ed assessment|fair[- ]chance|ban[- ]the[- ]box|eeoc guidance"
    r"|pre-?adverse action notice)\b"
)


def _not_idiom(hit: Hit) -> bool:
    m = hit.matched
    if _FAIR_CHANCE.search(hit.low, max(0, hit.start - 200), hit.end + 200):
        return False  # a process statement about records, not an accusation
    if m.startswith("arrest") and rx.search(
        r"\b(?:cardiac|respiratory|heart|cardiopulmonary|cardio-respiratory)\s+$", hit.before(20)
    ):
        return False  # "responded to a cardiac arrest"
    if m.endswith("high") and rx.search(
        r"\b(?:estimate|price|cost|number|score|latency|figure|bid|quote|risk|bar|demand|load"
        r"|turnover|rate|ask|salary|expectation|offer|value|count|usage|cpu|memory|pressure"
        r"|volume|churn|budget|forecast)s?\b",
        hit.before(40),
    ):
        return False  # "her estimate was probably high"
    if _THIRD_PARTY.search(hit.before(40)):
        return False  # "how they'd handle a guest who is intoxicated"
    if hit.in_sentence(_DETECTING_ROLE) and not rx.search(
        r"\b(?:he|she|they|candidate|cand)\b", hit.before(40)
    ):
        return False  # "identified plagiarism in essays as a TA"
    if m.startswith("conviction"):
        return not rx.search(r"\bwith\s*$|\bstrong\s*$", hit.before(15)) and not rx.match(
            r"^\s*(?:that|in (?:his|her|their))", hit.after(15)
        )
    return True


ACC_001 = Rule(
    id="CND-ACC-001",
    category="unsupported_accusation",
    severity="error",
    title="Dishonesty, cheating or crime alleged",
    terms=(
        r"lied|lying (?:about|on|to|in|through)|liars?|lies (?:about|on)|told (?:a )?(?:few )?lies"
        r"|(?:told|telling|tells) (?:a |a few |some )?(?:fibs?|porkies|porky pies|whoppers)"
        r"|fibb(?:ed|ing|er|ers)|bullshit(?:ting|ted|ter|ters)?|bull ?sh[i*]t(?:ting|ted)?"
        r"|bs(?:ing|'ing|'d|ed)|talking (?:total |complete |utter |a load of )?(?:bs|crap"
        r"|shite|bollocks|out of (?:his|her|their) (?:arse|ass|backside))|full of (?:it|bs|crap"
        r"|shit|hot air)(?= *(?:$|[.,;:!?)]|and\b|but\b|tbh\b|if\b|about\b))"
        r"|dishonest(?:y|ly)?|untruthful|not truthful|not honest|(?:isn't|wasn't|is not|was not"
        r"|wasn't being|not being) (?:being )?(?:honest|truthful|straight with)",
        r"fraud(?:ulent(?:ly)?|ster|sters)?|fakes?|faked|faking|phony (?:degree|credentials"
        r"|references?)|bogus (?:degree|credentials|references?|experience)",
        r"made up|making (?:it|that|this|things|stuff) up|fabricat\w+|falsif\w+|invented"
        r" (?:\w+ ){0,2}?(?:experience|project|story|stories|references?|credentials|degree|role"
        r"|internships?|placements?|jobs?|positions?|titles?|employers?|compan(?:y|ies)|startups?"
        r"|clients?|awards?|certifications?|certificates?|qualifications?|publications?|stints?"
        r"|gigs?|contracts?|promotions?|managers?|team|teams|achievements?|numbers|figures)\b"
        r"(?! (?:program\w*|scheme|track|pipeline|process|platform|model|feature|format"
        r"|structure|framework|system|tool|template|workflow|rota|rotation)\b)"
        r"|doctored|forged|forgery",
        r"cheat(?:ed|ing|er|ers|s)?|plagiari[sz]\w*|plagiarism|cop(?:ied|ying) (?:\w+ ){0,3}?"
        r"(?:answers?|code|solution|from)",
        r"stole|steal(?:s|ing)?|stolen|theft|thief|thieves|embezzl\w+|criminal(?:s|ly)?"
        r"|crook(?:ed)?|con (?:artist|man|merchant)|scam(?:mer|mers|med|ming)?",
        r"(?:seemed|seems|bit|was|is|kinda|kind of|a bit|pretty|very) (?:shady|sketchy|shifty"
        r"|dodgy|slippery)|untrustworthy|(?:can't|cannot|couldn't|can not) be trusted|(?:not"
        r"|isn't|wasn't) (?:very |a |an |a very )?trustworthy|(?:lack|lacks|lacking|no|zero) (?:of )?(?:integrity"
        r"|honesty|ethics|morals)|unethical",
        r"(?:padd(?:ed|ing)|pads|inflat(?:ed|ing|es)|exaggerat(?:ed|ing|es)|embellish(?:ed|ing|es)"
        r"|overstat(?:ed|ing|es)|stretch(?:ed|ing|es)|fudg(?:ed|ing|es)|juic(?:ed|ing)"
        r"|beef(?:ed|ing) up|puff(?:ed|ing) up|gild(?:ed|ing)) (?:his|her"
        r"|their|the) (?:\w+ ){0,2}?(?:r[ée]sum[ée]|resume|cv|title|experience|role|record"
        r"|numbers|accomplishments|achievements|credentials|contribution|claims?|skills|figures"
        r"|sales|quota|revenue|results|metrics|stats|kpis|portfolio|story|timesheets?"
        r"|expenses)",
        r"(?:probably|likely|must have|definitely|clearly|obviously|seemed to be|seems to be|might"
        r" be|may be|could be|suspect (?:he|she|they) (?:was|were)) (?:lying|cheating|faking"
        r"|bluffing|googling|reading (?:from|off)|copying|using (?:chatgpt|ai|an ai|google|notes"
        r"|help))",
        r"(?:pretty sure|i think|i suspect|suspect(?:ed)?|seemed like|looked like|probably"
        r"|must have been|i bet|feels like) (?:he|she|they) (?:was|were|had|is|are) (?:\w+ )?"
        r"(?:reading|googling|copying|using|getting help|cheating|lying|faking|bluffing)",
        r"read(?:ing)? (?:\w+ )?(?:off|from) (?:a|another|the|his|her|their) (?:\w+ )?(?:screen"
        r"|script|notes|phone|monitor|tab)",
        r"(?:used|using) (?:chatgpt|ai|an ai|gpt|copilot|google|notes|someone|help) (?:to cheat"
        r"|during|in) the (?:interview|test|assessment|exercise|call)|someone (?:else )?(?:was )?"
        r"(?:feeding|helping|coaching) (?:him|her|them)",
        r"(?:seemed|seems|was|is|looked|looks|appeared|smelled|might be|may be|probably|possibly"
        r"|maybe|must have been) (?:\w+ )?(?:drunk|high|stoned|intoxicated|hungover|on drugs"
        r"|on something|under the influence)|(?:smell(?:ed|ing|s)?|smelt|reek(?:ed|ing|s)?"
        r"|stank|stinking|stunk) (?:of|like) (?:\w+ )?(?:alcohol|booze|weed|pot|marijuana"
        r"|cannabis|drink|beer|wine|vodka|whiske?y|spirits|liquor|a brewery|a distillery"
        r"|grass|skunk|ganja)",
        r"arrest(?:ed|s)?|arrest record|criminal record|convictions?|convicted|felon(?:y|ies|s)?"
        r"|jail(?:ed)?|prison|incarcerat\w+|duis?|dwis?|owis?|misdemeanou?rs?|shoplift\w*|(?:was |been )?"
        r"(?:fired|let go|terminated|dismissed) for (?:stealing|theft|fraud|lying|cheating"
        r"|harassment|misconduct|drinking|drugs|cause)|harass(?:ed|er|ing)? (?:\w+ )?"
        r"(?:complaints?|claims?|allegations?)|accused of|allegedly|rumou?r(?:s|ed)? (?:is|are"
        r"|was|has it|that)",
    ),
    check=_not_idiom,
    exemptions=frozenset({"professional", "evidence"}),
    message="Alleges dishonesty, cheating or crime without cited evidence.",
    rationale=_HOOK,
    suggestion=_SUGGEST,
    bad=(
        "He lied about his degree.",
        "Probably cheating on the take-home.",
        "Seemed a bit shady about why he left.",
        "Has an arrest record, so no.",
        "Padded her résumé with a fake title.",
        "Inflating his CV, I'd bet.",
        "I reckon he invented that Amazon stint entirely.",
        "Record's clean here, but bet he has DUIs back home.",
        "Fibbing about the notice period, I reckon.",
        "Talking complete BS about the sales numbers.",
    ),
    good=(
        "Built fraud-detection models that cut chargebacks 20%.",
        "Registrar returned no record of the degree; referred to HR per policy.",
        "Answered with conviction and cited the incident metrics.",
        "Uses a cheat sheet of shell commands during incidents.",
        "Her estimate was probably high, given the dependency risk.",
        "Led the response to a cardiac arrest on the ward as a junior nurse.",
        "Caught duplicate invoices and vendor fraud as an internal auditor.",
        "Said she left after her manager was fired for misconduct, as reported in the press.",
        "Asked how she'd handle a customer who is drunk and abusive: calm, clear, manager.",
        "Invented the internship programme at her last company and ran it for 3 years.",
        "Handled DUI cases for six years as a paralegal at a county prosecutor's office.",
        "Implemented fib(n) with memoisation and explained the complexity.",
        "Full of ideas for the onboarding flow; sketched three options.",
        "Curated an exhibit on wartime incarceration; strong interpretive labels.",
    ),
)


def _honesty_doubted(hit: Hit) -> bool:
    m = hit.matched
    if m.startswith(("claims to", "claimed to", "supposedly", "purportedly", "apparently")):
        # "claims to have led" is doubt only with a sneer around it: "supposedly", "sure",
        # "likely story", quotes, or a question mark
        lo = max(0, hit.start - 80)
        hi = min(len(hit.low), hit.end + 120)
        if m.startswith(("claims", "claimed")) and not rx.search(
            r"\b(?:sure|yeah right|likely story|doubt\w*|right\.{2,}|as if|pull the other)\b|\?",
            hit.low[lo:hi],
        ):
            return False
        if m.startswith(("supposedly", "purportedly")) and rx.match(
            r"(?:supposedly|purportedly) (?:single-handedly |personally |just |also )?\w+ (?:the |a"
            r" )?(?:simple|easy|quick|small|minor|trivial)\b",
            m + hit.after(30),
        ):
            return False
    if m.endswith("likely story") or m == "pull the other one":
        lo = max(0, hit.start - 150)
        return (
            rx.search(
                r"\b(?:claims?|claimed|says|said|apparently|supposedly|reckons|told us)\b",
                hit.low[lo : hit.start],
            )
            is not None
        )
    if rx.match(r"(?:don't|do not|didn't|did not) ", hit.matched) and rx.search(
        r"\b(?:she|he|they|candidate|cand)\s+$", hit.before(15)
    ):
        return False  # "she didn't think she was honest enough with her team": self-reflection
    return _not_idiom(hit)


ACC_002 = Rule(
    id="CND-ACC-002",
    category="unsupported_accusation",
    severity="error",
    title="Honesty doubted or misconduct implied without evidence",
    terms=(
        r"misrepresent\w*|economical with the truth|(?:stretch|stretched|stretching|bend|bent"
        r"|bending|shading|shaded) the truth|half[- ]truths?",
        r"(?:not|wasn't|isn't|was not|is not|never) (?:entirely |completely |fully |totally"
        r" |being |quite )?(?:honest|truthful|forthcoming|straight|upfront|up front|genuine"
        r"|credible|believable|legit)\b",
        r"(?:doesn't|didn't|does not|did not|don't|do not) (?:strike|seem|come across|sound"
        r"|feel|read) (?:to me )?(?:me )?(?:as |like )?(?:very |entirely |completely |fully"
        r" |particularly |an? )?(?:honest|truthful|trustworthy|genuine|credible|believable"
        r"|legit|straight shooter|reliable narrator)",
        r"(?:don't|do not|didn't|did not) (?:really |quite |entirely )?(?:think|believe|feel)"
        r" (?:that )?(?:you|he|she|they|the candidate) (?:were|was|are|is|had been|have been|has"
        r" been) (?:being )?(?:entirely |completely |fully |totally |quite |100% |wholly )?(?:honest"
        r"|truthful|straight with us|upfront|up front|forthcoming|candid|genuine|sincere)\b",
        r"(?:don't|didn't|do not|did not|can't|cannot|couldn't|wouldn't) (?:really |fully"
        r" |quite |entirely )?(?:trust|believe) (?:him|her|them|a word|his|her|their|anything"
        r"|what (?:he|she|they))\b",
        r"(?:fudged|fudging|faked|doctored|invented|cooked|massaged|padded|inflated|embellished"
        r"|exaggerated) (?:his|her|their|the) (?:\w+ ){0,2}?(?:degree|diploma|dates|employment"
        r"|history|references?|grades|gpa|transcript|certifications?|qualifications|background"
        r"|tenure|job history|experience|titles?|resume|r[ée]sum[ée]|cv|numbers|results)",
        r"(?:something|all|it all|everything|the story|his story|her story|the whole thing)"
        r" (?:is |was |seems |seemed |felt |feels |sounds |sounded |looks |looked |smells"
        r" |smelled |smelt |reads )?(?:a bit |kind of |very"
        r" |pretty |super |quite )?(?:fishy|shady|sketchy|dodgy|suspicious|suss|sus|off about"
        r" (?:him|her|them|his|her))\b|(?:shady|sketchy|shifty|dodgy|fishy) (?:guy|character"
        r"|person|type|story|past|history|background|dealings|business|answers?|explanation"
        r"|reference|references|gaps?)",
        # "not the real reason he left", "a likely story", "supposedly led the migration"
        r"(?:not|isn't|wasn't|never) (?:the )?(?:real|true|whole|full) (?:reason|story"
        r"|explanation)(?: (?:why )?(?:he|she|they) (?:left|quit|moved on|moved|was let go|got let"
        r" go|resigned|was fired|changed jobs|went)| for (?:leaving|the gap|quitting|the move|(?:his"
        r"|her|their) (?:exit|departure|move|leaving|gap)))\b|likely story|pull the other"
        r" one|(?:supposedly|purportedly|apparently claims to have|claims to have|claimed to have)"
        r" (?:single-handedly |personally |just |also )?(?:led|built|managed|ran|designed|created"
        r"|founded|sold|grown|grew|delivered|launched|saved|doubled|tripled|written|wrote"
        r"|invented|turned around)\b",
        # "his story doesn't add up"; "cagey about why she left"
        r"(?:story|stories|account|explanation|version|timeline|dates|claims?|cv|resume"
        r"|resume|résumé|history|reasons?(?: for leaving)?|excuse|narrative|references?)"
        r"(?: [\w'\u2019]+){0,3}? (?:doesn't|don't|didn't|does not|do not|did not|never|just"
        r" doesn't|just don't|still doesn't) (?:quite |really |totally |entirely |fully )?add"
        r" up\b|(?:evasive|cagey|shifty|furtive|slippery) (?:about|on|when asked about|re|around)"
        r" (?:why|the (?:gap|reason|dates|references?|departure|exit|termination|dismissal"
        r"|last job|previous job|background check)|(?:his|her|their) (?:last|previous|old"
        r"|former|departure|exit|reasons?|references?|dates|gap|history|record|background"
        r"|dismissal|termination)|leaving|what happened)|shifty[- ]eyed|shifty eyes",
        # a gap or a departure called suspicious: "the gap looks suspicious"
        r"(?:gaps?|timeline|departures?|exits?|explanations?|employment history|job history"
        r"|work history|career history|reasons? for leaving|story about|account of)(?: \w+){0,3}?"
        r" (?:is|are|was|were|seems?|seemed|looks?|looked|sounds?|sounded|feels?|felt|smells?"
        r"|smelled|smelt) (?:a bit |a little |kind of |very |pretty |super |quite |really |highly"
        r" |rather |all )?(?:fishy|shady|sketchy|dodgy|suspicious|suss|sus|iffy|questionable"
        r"|too convenient|made up|fabricated|invented|(?<=a bit )off|(?<=a little )off)\b",
        r"(?:had|got|used|getting) (?:outside |external |some )?help (?:on|with|during|in) the"
        r" (?:take-?home|test|assessment|exercise|coding|interview)|someone else (?:wrote|did"
        r"|completed|took|answered|was answering)|(?:not|isn't|wasn't|aren't|weren't|is not|was not"
        r"|are not|were not) (?:really |actually |entirely |all |even )?(?:his|her|their|your"
        r"|the candidate's|the applicant's) own"
        r"(?: (?:work|code|answers|writing|words|designs?|portfolio|project|ideas?|photos"
        r"|drawings|samples?)\b|(?=\s*(?:[,.;:!?]|$)))|(?:looked|looking|look) up (?:the )?answers|googl(?:ed|ing)"
        r" (?:the )?answers",
        r"(?:fake|bogus|made-up|invented|fictional|imaginary|phantom|fabricated) (?:\w+ )?"
        r"(?:projects?|experience|jobs?|roles?|compan(?:y|ies)|employers?|references?|degrees?"
        r"|titles?|exits?|startups?|clients?)",
        r"(?:got|was|been|being) (?:fired|sacked|let go|terminated|walked out|escorted out)"
        r" (?:for|over|because of|after) (?:something|some kind of|stealing|theft|fraud|lying"
        r"|misconduct|an incident|the incident|cause)|(?:mixed up|involved|caught up) in"
        r" (?:some |a |the )?(?:fraud|scandal|scam|embezzlement|theft|shady|dodgy|criminal)",
    ),
    check=_honesty_doubted,
    exemptions=frozenset({"evidence", "professional"}),
    message="Doubts the candidate's honesty or implies misconduct without cited evidence.",
    rationale=(
        "Statements in evaluations have only qualified privilege, lost when made without "
        "reasonable grounds; accusations of dishonesty or crime are the classic defamation "
        "trigger (McElroy; The Balance)."
    ),
    suggestion=(
        "State the verifiable observation and the process instead: 'Registrar returned no "
        "record of the degree; referred to HR per policy.'"
    ),
    bad=(
        "Two-year gap and the reason for leaving sounds a bit fishy.",
        "Doesn't strike me as honest.",
        "We believe you misrepresented your experience.",
        "Not entirely truthful about the gap.",
        "Think he fudged his degree.",
        "Something fishy about the references.",
        "Someone else wrote the take-home.",
        "Sounds like she was mixed up in some fraud.",
        "The dates on his CV just don't add up, something's off.",
        "Very cagey about why she left her last job.",
        "We believe some of the case studies are not your own work.",
        "The case study wasn't your own, so we have closed your application.",
        "We don't think you were entirely honest with us about your last role.",
        "Didn't feel he was being straight with us about the gap.",
        "Definitely not the real reason he left.",
        "Claims to have led a team of 20. Likely story.",
        "Supposedly led the whole migration.",
    ),
    good=(
        "Registrar returned no record of the degree; referred to HR per policy.",
        "She was honest about not knowing Terraform.",
        "Built a fraud-detection model at a bank.",
        "Was upfront that the project was a team effort.",
        "Her P&L numbers in the case study didn't add up; missed the tax line.",
        "The timeline she gave for the migration adds up: 3 sprints, 2 engineers.",
        "Feel free to bring your own laptop; the exercise is your own work to share.",
        "Each panel member writes notes in their own words before the debrief.",
        "She didn't think she was honest enough with her old team about the delay, and fixed it.",
        "Cost wasn't the real reason the migration failed, she said; scope was.",
        "Claims to have led the migration; she walked us through the cut-over plan in detail.",
        "Likely story points for the epic came to 40; she explained the estimate.",
    ),
)


_MISCONDUCT = (
    r"(?:fiddl(?:e|ed|ing) (?:the |his |her |their )?(?:expenses|books|accounts|figures|numbers"
    r"|timesheets|till|mileage|invoices|expense (?:reports?|claims?)|claims|overtime"
    r"|commission|stock counts?|inventory)|on the fiddle|cook(?:ed|ing|s)? the books"
    r"|skim(?:s|med|ming)? (?:off|from|money|cash|the till|a (?:few|little|bit))"
    r"|pilfer\w*|pocket(?:ed|ing|s)? (?:the |some |company )?(?:cash|money|takings|funds"
    r"|difference|tips)|(?:hand|hands|fingers) in the till|sticky[- ]fingers?(?:ed)?"
    r"|light[- ]fingered|on the take(?![-\w])|kickbacks?|backhanders?|brib(?:e|es|ed|ery|ing)"
    r"|dip(?:ped|ping|s)? into (?:the )?(?:till|petty cash|funds|float|accounts|client money)"
    r"|nick(?:ed|ing|s)? (?:stuff|stock|things|from|money|cash|kit)"
    r"|expenses? (?:fraud|fiddl\w*|padding|scam|abuse))"
)


#: Use of a tool that was allowed or disclosed.
_PERMITTED = rx.compile(
    r"\b(?:allowed|allow|permitted|permits?|disclosed|with permission|encouraged|open-book"
    r"|declared|said so|told us|asked (?:if|whether|to)|as instructed|per the brief|policy"
    r"|built|building|integrat\w*|plugin|api|prompt|fine-?tun\w*)\b"
)


_HEARSAY = rx.compile(
    r"^(?:heard|word|rumou?r|gossip|grapevine|backchannel|back-channel|people"
    r"|folks|everyone)\b"
)
_NEGATIVE = rx.compile(
    r"\b(?:fired|sacked|let go|walked out|dismissed|stole|steal\w*|theft|fraud\w*|fiddl\w*"
    r"|lied|lying|liar|cheat\w*|drunk|drink\w*|drugs?|arrest\w*|police|prison|jail|harass\w*"
    r"|bull(?:y|ied|ying)|misconduct|investigat\w*|disciplin\w*|dodgy|shady|trouble|problems?"
    r"|issues?|scandal|affair|lawsuit|sued|court|dishonest|fake\w*|complain\w*|nightmare|toxic"
    r"|difficult|pushed out|managed out|escorted|grievance|skim\w*|pocket\w*|expenses|dodgy"
    r"|bent|crook\w*|con|scam\w*|embezzl\w*|leak\w*|poach\w*|dirty|criminal|record)\b"
)


def _not_layoff(hit: Hit) -> bool:
    """A termination for restructuring, permitted tool use or a third party is no accusation."""
    if _THIRD_PARTY.search(hit.before(40)):
        return False
    if hit.in_sentence(_DETECTING_ROLE) and not rx.search(
        r"\b(?:he|she|they|candidate|cand)\b", hit.before(40)
    ):
        return False  # "caught an employee skimming from the till as store manager"
    if _HEARSAY.match(hit.matched) and not hit.in_sentence(_NEGATIVE):
        return False  # "heard from a former colleague that she's excellent"
    if rx.search(r"chatgpt|gpt|\bai\b|llm|copilot|claude|gemini|bot\b", hit.matched) and (
        hit.in_sentence(_PERMITTED)
    ):
        return False
    return not rx.search(
        r"restructur|downsiz|rightsiz|redundan|layoff|offshor|outsourc|cost-cutting|reorg"
        r"|closure|funding|budget",
        hit.matched + " " + hit.after(25),
    )


ACC_003 = Rule(
    id="CND-ACC-003",
    category="unsupported_accusation",
    severity="error",
    title="Misconduct alleged through hearsay, idiom or motive",
    terms=(
        # theft and fiddling in everyday words
        _MISCONDUCT,
        # "the type who'd skim", "the sort to steal"
        r"(?:type|sort|kind) (?:of (?:guy|person|bloke|woman|man) )?(?:who'd|who would|who will"
        r"|who'll|that would|that'd|to) (?:\w+ ){0,2}?(?:skim|steal|nick|pinch|lift|fiddle"
        r"|pocket|cheat|lie|con|scam|embezzle|rip (?:us|people|customers) off|pilfer|take"
        r" (?:cash|money|backhanders|kickbacks|bribes)|cut corners on (?:safety|compliance)"
        r"|leak|sell (?:us|secrets)|pad|fudge|inflate|fake|falsify|doctor|cook|game|exaggerate"
        r"|embellish|forge|backdate|expense)",
        r"(?:took|takes|taking|take|helped (?:himself|herself|themselves) to) (?:money|cash|stock"
        r"|takings|goods|items) (?:from|out of) (?:the )?(?:till|register|safe|float|petty cash"
        r"|company|customers|business|shop|store|warehouse|employer|tills)\b"
        r"|(?:history|form|record|past|trouble|issues) with the (?:police|law|cops|courts|old"
        r" bill|authorities)\b(?! (?:force|department|service|federation|college|sector)\b)|(?:has|got|with|have) (?:previous|form)(?= *(?:$|[.,;:!?)]|for\b"
        r"|i (?:reckon|think|bet|heard)|probably|apparently))|"
        r"(?:rob|robs|robbed|robbing) (?:us|you|them|the (?:place|company|firm|shop|store|till"
        r"|business|clients|customers)) blind\b|"
        r"(?:wouldn't|would not|won't|don't|couldn't|can't) trust (?:him|her|them) (?:near|with"
        r"|around) (?:the |our |a |any )?(?:till|cash|money|petty cash|books|accounts|safe"
        r"|stock|company card|credit card|expenses|float|takings|keys|customers|clients"
        r"|data|secrets)",
        # termination for misconduct stated as fact or hearsay
        r"(?:fired|sacked|canned|axed|booted|let go|terminated|dismissed|kicked out|escorted"
        r" out|walked out|pushed out|forced out|managed out|got the boot|given the boot)"
        r" (?:from (?:\w+ ){1,3})?(?:for|over|because of) (?:\w+ ){0,2}?(?:(?:steal|ly|cheat"
        r"|fiddl|fight|drink|harass|bully|falsify|fak|fabricat|embezzl|skimm|leak|pocket|nick"
        r"|padd|misus|abus|gambl|punch|assault|threaten|fiddl|forg|lift|pinch|swip|thiev"
        r"|fudg|doctor|backdat|sell|shar|selling|using|smok)ing\b|theft"
        r"|fraud|misconduct|gross misconduct|dishonesty|expenses|harassment|an? (?:incident"
        r"|scandal|issue with (?:money|cash|expenses|the till))|drugs|drink|booze|cause"
        r"|(?:a|some|good) reason|something)",
        # hearsay and rumour
        r"heard (?:from|through|via|on) (?:a|the|my|some|an|his|her|their|one of (?:his|her"
        r"|their|my)) (?:\w+ )?(?:mate|friend|contact|pal|buddy|colleague|former colleague"
        r"|ex-colleague|someone|guy|source|grapevine|rumou?r mill|backchannel|back channel"
        r"|old boss|manager)s?|(?:the )?word (?:is|has it|on the street|around town|going"
        r" round)|(?:rumou?r|gossip|grapevine|backchannel|back-channel) (?:says|said|has it"
        r"|is that|was that)|(?:people|folks|everyone) (?:say|said|says) (?:he|she|they)"
        r" (?:was|were|got|is|are|had)",
        # bad-faith motive: planted by a competitor, espionage
        r"(?:a|an|some kind of|some sort of|some) (?:plant|mole|spy|stooge|infiltrator|double"
        r" agent|trojan horse) (?:from|for|by|sent by|working for|planted by|placed by)"
        r"|(?:plant|mole|spy|stooge|infiltrator) (?:from|for|by|sent by|working for) (?:a |an"
        r" |the |our |one of our )?(?:competitor|rival|competition|other side|another (?:firm"
        r"|company|bank))|(?:corporate|industrial) (?:espionage|spy|spying)"
        r"|spying (?:for|on (?:us|our))|fishing for (?:our |internal |confidential |proprietary"
        r" |inside |competitive )?(?:roadmap|secrets|intel|info|information|ip|trade secrets"
        r"|pricing|client list|customer list|product plans|strategy)|sent (?:in )?by (?:a|the"
        r"|our|one of our) (?:competitor|rival)s?|(?:here|came|comes|applied|applying) (?:just "
        r"|only )?(?:to|for) (?:steal|poach|spy|scope us out|gather intel|get intel|fish"
        r"|snoop)",
        # outside help during a remote interview
        r"(?:someone|somebody|a friend|a mate|a colleague|another person|a third party|a helper"
        r"|people) (?:else )?(?:was |were |is |had been |kept )?(?:clearly |obviously |definitely"
        r" |probably |possibly |maybe |surely |apparently )?(?:feeding|whispering|passing"
        r"|texting|typing|messaging|slipping|prompting|mouthing|signall?ing|relaying|dictating)"
        r" (?:him |her |them )?(?:the )?(?:answers|responses|code|solutions|hints|lines|him"
        r"|her|them)|(?:had|has|having|with|got) (?:someone|somebody|a friend|help|a helper"
        r"|an accomplice|a buddy|a mate|a coach) (?:\w+ ){0,2}?(?:off-?camera|off-?screen"
        r"|in the room|behind the (?:camera|screen|laptop)|on the (?:other line|side|phone)"
        r"|feeding|whispering|prompting|answering|typing)|off-?camera (?:help|helper"
        r"|assistance|prompting|coach(?:ing)?|feeding)|(?:hidden )?earpiece|proxy"
        r" (?:interview|interviewee|candidate)|impersonat(?:ed|ing|or|ion)|(?:not|wasn't|isn't)"
        r" the same person|someone else (?:sat|took|did|was doing) the (?:test|interview|call"
        r"|assessment|exercise)",
        # honesty doubted in idiom
        r"(?:doesn't|does not|didn't|did not|don't|do not) (?:quite )?(?:ring true|hold water"
        r"|add up about (?:him|her|them))|(?:not|don't|didn't|do not|did not|wasn't|isn't)"
        r" (?:really |quite |fully )?buy(?:ing)? (?:it|his|her|their|that|the story|a word|any"
        r" of it)\b|(?:spinning|spun|spins|spin) (?:us |me |a |us a |me a )?(?:yarn|line|story"
        r"|tale)s?|tall (?:tale|story|stories|tales)|cock and bull|(?:smells|smelled|smelt)"
        r" (?:off|fishy|funny|like a lie)",
        r"(?:not (?:convinced|sure|certain)|doubt|i doubt|questionable whether|question whether"
        r"|wonder (?:if|whether)) (?:that )?(?:the |his |her |their )?(?:degree|diploma"
        r"|certificate|certification|credentials?|references?|qualifications?|transcript"
        r"|licen[cs]e|title|experience|company|employer|startup|job)(?: [\w']+){0,4}? (?:is|was"
        r"|are|were|even)"
        r" (?:\w+ )?(?:real|genuine|legit|legitimate|true|authentic|exists?|existed)",
        r"(?:been |got |was |were |get |getting )done for (?:drink[- ]driving|drunk[- ]driving"
        r"|speeding|theft|fraud|assault|possession|shoplifting|dui|dwi|drugs|affray|criminal"
        r" damage|gbh|abh|dealing|burglary)|drink[- ]driv\w+|drunk[- ]driv\w+",
        r"(?:degree|diploma|certificate|certification|credentials?|references?|qualifications?"
        r"|transcript|licen[cs]e)s? (?:is|are|was|were|look|looks|looked|seem|seems|seemed"
        r"|feel|feels|felt|might be|may be|could be|must be|probably) (?:\w+ )?(?:fake|bogus"
        r"|made up|dodgy|suspect|questionable|forged|phoney|phony|not real|not genuine"
        r"|fabricated|doctored|invented|a sham|from a (?:diploma|degree) mill|(?:purchased|bought)"
        r"(?! (?:as part of|through|by|with|via|for (?:him|her|them|the team|staff))))",
        r"(?:chancer|grifter|grifting|swindl\w+|shyster|charlatan|snake[- ]oil (?:salesman"
        r"|merchant|type)|conman|con-man|wide boy|bent as a)",
        r"(?:involved|mixed up|caught up|dabbling|dabbled) in something (?:dodgy|shady|illegal"
        r"|criminal|fishy|underhand|sketchy|bent|iffy)|(?:dodgy|shady|illegal|criminal|underhand"
        r"|sketchy|bent|iffy) (?:stuff|things|activity|activities|dealings|behaviou?r|side"
        r" hustle|business)",
        r"(?:took|stole|poached|nicked|walked off with|ran off with|lifted|swiped|pinched)"
        r" (?:the |his |her |their |some |a bunch of |half the |all the )?(?:client list"
        r"|customer list|clients|customers|accounts|contacts|ip|code|source code|data|files"
        r"|designs?|trade secrets) (?:with (?:him|her|them)|when (?:he|she|they) left|from (?:his"
        r"|her|their) (?:last|old|previous|former))",
        r"(?:used|using|had|got|ran it through|run it through) (?:chatgpt|gpt|ai|an ai|an llm"
        r"|copilot|claude|gemini|a bot|an ai tool|a chatbot) (?:\w+ ){0,3}?(?:take-?home"
        r"|test|assessment|exercise|answers?|cover letter|application|coding challenge"
        r"|homework|case study|writing sample|interview|personal statement)"
        r"|(?:chatgpt|gpt|ai|an llm|copilot|claude|a bot|a chatbot) (?:obviously |clearly"
        r" |definitely |probably )?(?:wrote|did|answered|generated|completed|produced) (?:\w+"
        r" ){0,2}?(?:take-?home|test|assessment|exercise|answers?|cover letter|application"
        r"|homework|case study|writing sample|personal statement)",
        # a fake reference, concealment, leaks, gaming, reputation
        r"(?:references?|referee)s? (?:was|were|is|are) (?:probably |just |actually |obviously"
        r" |clearly |definitely |likely |prob )?(?:his|her|their) (?:own )?(?:brother|sister"
        r"|mate|friend|wife|husband|mum|mom|mother|dad|father|partner|cousin|girlfriend"
        r"|boyfriend|flatmate|roommate|mates|friends|relative|uncle|aunt)",
        r"(?:hiding|concealing|covering up) (?:something|a lot|stuff|the real reason|the truth"
        r"|what (?:really )?happened|(?:his|her|their) tracks)|something to hide",
        r"leak(?:ed|ing|s)? (?:the |our |his |her |their |some |confidential |internal |a )?"
        r"(?:\w+ )?(?:deck|documents?|data|info|information|files|roadmap|plans|secrets|emails"
        r"|ip|code|numbers|memo|results)|gam(?:ing|ed|es|e) (?:the |his |her |their )?(?:system|test|assessment"
        r"|metrics|numbers|exercise|interview|process|take-?home|expense (?:reports?|claims?)"
        r"|expenses|timesheets|overtime|commission|sick (?:leave|days))",
        r"(?:lifted|ripped off|ripping off|nicked|cribbed|cribbing|pinched|swiped|borrowed"
        r"|plagiarised|plagiarized) (?:the |his |her |their |a |this |that |most of the |half"
        r" the )?(?:\w+ )?(?:portfolio|design|designs|code|work|answers?|solution|essay"
        r"|writing|case study|deck|idea|ideas|slides|take-?home|samples?) (?:from|off|wholesale)",
        r"known (?:\w+ )?(?:troublemaker|liar|thief|fraudster|bully|harasser|drunk|cheat"
        r"|abuser|sex pest|creep|crook|shoplifter|grifter)|(?:reputation|rep) (?:for|as)"
        r" (?:being )?(?:a |an )?(?:liar|thief|cheat|crook|bully|harasser|drunk|troublemaker"
        r"|dodgy|shady|dishonest|lying|stealing|cheating|fiddling|harassing|bullying|drinking"
        r"|fraud)",
        # criminal past stated as fact or suspicion
        r"(?:did|done|doing) (?:time|a stretch)(?= *(?:[.,;!?)]|$|for\b|in (?:jail|prison)"
        r"|inside|behind bars|back|years|a few|once|before|i (?:think|reckon|bet|heard)))"
        r"|served (?:time|a stretch) (?:in (?:jail|prison)|behind bars)|(?:been|was)"
        r" inside for|rap sheet|police record|known to (?:the )?police|in trouble with the"
        r" (?:law|police|cops)|run-?ins? with the (?:law|police|cops)|trouble with the law"
        r"|(?:has|have|with|got) (?:a )?(?:record|past)(?! of\b)(?= (?:with|for)\b)"
        r"|(?:has|have|got|with) (?:a |some )?(?:criminal |police )?record(?= *(?:[.,;!?)]|$"
        r"|i'm sure|i bet|probably|for sure|surely|no doubt|or something|somewhere))",
        r"(?:let go|fired|canned|sacked|walked out|terminated) for (?:taking stuff|taking things"
        r"|stealing|theft|taking money|taking cash|fraud)",
        r"(?:had|must have|must've) (?:to )?know(?:n)? about (?:the )?(?:upcoding|fraud|kickback"
        r"s?|theft|scheme|embezzlement|skimming)",
        r"(?:obviously|clearly|probably|def|definitely|must have|bet) (?:she|he|they) (?:took|st"
        r"ole|pocketed|skimmed|lifted) (?:it|the money|the cash|them)\b",
        r"(?:usually|probably|always|which) means something (?:happened|went on|was up|went wron"
        r"g)",
    ),
    check=_not_layoff,
    exemptions=frozenset({"professional", "evidence"}),
    message="Alleges misconduct through hearsay, an idiom or an imputed motive, without evidence.",
    rationale=_HOOK,
    suggestion=_SUGGEST,
    bad=(
        "Rumour has it she was walked out of her last job.",
        "Apparently got sacked for nicking stock from the warehouse.",
        "Seems the sort who'd pocket the cash if nobody was looking.",
        "I reckon a rival sent him in; he was fishing for our pricing.",
        "Someone was clearly whispering him the answers.",
        "Word is he did time a few years back.",
        "Got the impression he was cooking the books at his last place.",
        "His reason for leaving just doesn't ring true.",
        "Her certificate looks a bit dodgy to me.",
        "Bit of a chancer, I reckon.",
        "ChatGPT obviously wrote her cover letter.",
        "Walked off with the client list when she left her last firm, I'd guess.",
        "I'd bet the referee was her flatmate.",
        "Definitely covering up what happened at the bank.",
        "Would rob the till blind given half a chance.",
        "Type who'd rob us blind, I reckon.",
        "Took money from the till at her last job, apparently.",
        "Has a history with the police, I heard.",
        "Has form for this sort of thing, I reckon.",
        "Known liar in the local trade, apparently.",
        "Games his expense claims, I'd bet.",
        "Clearly lifted the portfolio from someone else.",
        "Sounds like he was pushed out for a reason.",
        "Not convinced the startup on his CV even exists.",
        "Reckon he's been done for drink driving.",
        "Heard he was let go for taking stuff from the stockroom.",
        "She must have known about the upcoding at her last practice.",
        "Till was short while she was there. Obviously she took it.",
        "Reference gave dates only, which usually means something happened.",
    ),
    good=(
        "Robbed the competition blind in the mock pricing game, per the scenario rubric.",
        "Explained how her team stopped staff robbing the till blind, as the store manager.",
        "Took cash from the till to the bank daily as the shift lead, with two-person counts.",
        "Has a history with the police force as a civilian analyst for six years.",
        "Was let go for restructuring when the site closed, which the reference confirmed.",
        "Built expense-fraud detection rules for a card issuer.",
        "Background check returned a record; pre-adverse action notice sent per FCRA.",
        "Ran the plant's safety programme for six years.",
        "Heard from her reference that she led the audit remediation.",
        "Heard from a former colleague of hers that she's a superb planner.",
        "Did time-boxing for every sprint and served time in the Army as a medic.",
        "Used Copilot on the take-home, which the brief allowed, and said so.",
        "Her diploma is in nursing, from a state university.",
        "Investigated who leaked the pricing data and fixed the access controls.",
        "Explained how she caught an employee skimming from the till as store manager.",
        "Has run the same plant for over 20 years.",
    ),
)

_ADVERSE = rx.compile(
    r"\b(?:pass|passing|reject\w*|drop(?:ped|ping)?|decline[ds]?|declining|rescind\w*"
    r"|pull(?:ed|ing)? the offer|withdraw\w*|(?:not|don't|do not|won't|can't|cannot)"
    r" (?:proceed|progress|move forward|moving forward|hire|continue|go ahead|offer)"
    r"|(?:not|won't|will not) be (?:extending|making|offering) (?:you )?(?:an|the|a job) offer"
    r"|no hire|no-hire|cut (?:him|her|them)|ghost\w*|let (?:him|her|them) go"
    r"|don't tell|do not tell|don't mention|do not mention|no need to (?:tell|explain|say)"
    r"|keep (?:it )?quiet|without (?:telling|explaining|saying)|not a fit|reason unspecified"
    r"|no reason|disqualif\w*|(?:application|candidacy|file) (?:has been |have been |was |is"
    r" |will be )?(?:closed|withdrawn|terminated|ended)|closed (?:his|her|their|your|the)"
    r" (?:application|candidacy|file))\b"
)
_FCRA_PROCESS = rx.compile(
    r"pre-?adverse|adverse action notice|\bfcra\b|copy of the report|summary of rights"
    r"|individuali[sz]ed assessment|\bdispute\b|\brespon(?:d|se)\b|\bconsent\b"
    r"|authori[sz]ation|\bper (?:policy|process|our process)\b|waiting (?:on|for)"
    r"|\bnotice\b|contingent|\bwill be (?:conducted|run|completed)\b|only with|\bonce\b"
    r"|\bpending\b|\buntil\b|\bawaiting\b|in progress|\bstandard\b|\bclears?\b|\bcleared\b"
    r"|\bwithout (?:a|an|the)\b|\brequire[sd]?\b|\bmandatory\b|\ball (?:roles|candidates"
    r"|staff|hires|new hires)\b|\bpolicy\b"
)


def _adverse_without_process(hit: Hit) -> bool:
    # The decision often follows in the next clause ("flagged something; reject"), so
    # look a little past the sentence, within the same line.
    lo = max(0, hit.start - 120)
    hi = hit.end + 120
    nl = hit.low.find("\n", hit.end, hi)
    if nl != -1:
        hi = nl
    nl = hit.low.rfind("\n", lo, hit.start)
    if nl != -1:
        lo = nl
    window = hit.low[lo:hi]
    return bool(_ADVERSE.search(hit.low, hit.start, hi)) and not _FCRA_PROCESS.search(window)


ACC_004 = Rule(
    id="CND-ACC-004",
    category="unsupported_accusation",
    severity="error",
    title="Adverse action on a background check without the FCRA process",
    terms=(
        r"(?:background|criminal|credit|dbs|crb|pre-?employment|bg) (?:check|report"
        r"|screen(?:ing)?|verification|search|pull)s?|bgc|(?:checks?|screen(?:ing)?|report|vendor"
        r"|sterling|checkr|hireright) (?:flagged|came back (?:dirty|bad|with|funny|iffy)"
        r"|turned up|threw up|showed something|raised something|pinged)",
        r"background (?:check|screen(?:ing)?|report) (?:revealed|showed|turned up|returned|found"
        r"|came back with|contained) (?:information|something|issues|concerns|items|records?|a r"
        r"ecord)",
        r"(?:background|bg|bgc|records?|screening) came back (?:w/|with|dirty|bad|funny|iffy|hot"
        r"|flagged|positive|weird|sketchy)",
    ),
    check=_adverse_without_process,
    message="Takes adverse action on a background report without the FCRA process.",
    rationale=(
        "Adverse action based on a consumer report requires the FCRA pre-adverse-action "
        "notice, a copy of the report and a summary of rights before the decision; an "
        "unexplained rejection on an unspecified 'flag' also implies misconduct without "
        "stated grounds (FCRA 15 U.S.C. 1681b(b)(3); EEOC arrest-record guidance)."
    ),
    suggestion=(
        "Record what the report says and follow the process: 'Report lists X; pre-adverse "
        "action notice and copy of report sent per FCRA; awaiting the candidate's response.'"
    ),
    bad=(
        "Credit check came back iffy, so let's quietly drop her.",
        "BG check flagged something; reject, no need to explain.",
        "The background screen turned up an old charge - pass.",
        "Background came back w/ something, didn't look closely, decline.",
        "Credit pull came back with a collections account; decline without telling him.",
    ),
    good=(
        "Background check returned a discrepancy; pre-adverse action notice sent per FCRA.",
        "The offer is contingent on a background check run only with your written consent.",
        "References checked: both confirmed the dates. Proceed to offer.",
        "Background check pending; we will not proceed until it clears.",
        "We do not proceed without a DBS check for roles working with children.",
    ),
)


#: The sentence is about an interview or assessment the candidate took.
_ASSESSMENT = rx.compile(
    r"\b(?:interview\w*|live|coding|call|test|assessment|exercise|case study|whiteboard"
    r"|screen(?:ing)?|take-?home|questions?|answers?|zoom|teams|video|session|pairing|panel"
    r"|quiz|exam|challenge)\b"
)
#: A hedge or a bet: the claim is suspicion, not observation.
_HEDGE = rx.compile(
    r"\b(?:probably|likely|definitely|obviously|clearly|surely|must (?:be|have)|bet|i'd say"
    r"|i reckon|reckon|guess|pretty sure|i'm sure|sure of it|no doubt|seems?|seemed|looks?"
    r"|looked|smells?|smelled|suspect\w*|money on it|if you ask me|wouldn't be surprised"
    r"|judging by|i think|feels like|my guess|gut says|typical)\b"
)
_ECONOMIC = rx.compile(
    r"\b(?:prices?|costs?|estimates?|quotes?|bids?|valuations?|markets?|rates?|inflation"
    r"|tyres?|tires?|balloons?|cushions?|seats?|walls?|jackets?|envelopes?|chairs?|forecasts?"
    r"|budgets?|demand|latency|metrics?|benchmarks?|gradients?)\b"
)


_CULPRIT_BEFORE = rx.compile(
    r"\b(?:usually|always|often|typically|generally|normally|invariably|probably|mostly)"
    r" (?:the|them) (?:one|ones|guy|guys|person|people|type|types|lot)\b"
)
_HEDGE_BEFORE = rx.compile(
    r"\b(?:probably|likely|definitely|obviously|clearly|surely|must be|must have been|bet"
    r" (?:it's|it was|they're|they were|that's)|i'd say|looks?|looked|seems?|seemed|i reckon"
    r"|reckon|pretty sure|i think|i suspect|suspect) (?:\w+ )?$"
)


def _suspicion(hit: Hit) -> bool:
    m = hit.matched
    if rx.match(r"(?:chatgpt|gpt|copilot|claude|gemini|bard|perplexity|ai|llm|chatbot)\b", m):
        # "had ChatGPT open during the live coding"
        return (
            bool(
                rx.search(
                    r"\b(?:had|has|have|having|using|used|got|kept|with|running)\b",
                    hit.before(30),
                )
            )
            and hit.in_sentence(_ASSESSMENT)
            and not hit.in_sentence(_PERMITTED)
        )
    if rx.match(
        r"(?:drinker|stoner|boozer|pothead|pill popper|druggie|junkie|pot|weed|drug"
        r"|coke|cocaine|cannabis|meth)\b",
        m,
    ):
        # "probably a regular user", "bet he's a heavy drinker"
        return bool(
            _HEDGE.search(hit.low, max(hit.s_start, hit.start - 40), min(hit.s_end, hit.end + 40))
        )
    if rx.match(r"(?:causing|committing|stealing|skimming|fiddling|pilfering|nicking)\b", m):
        # "the guy who knows shrink that well is usually the one causing it"
        return bool(_CULPRIT_BEFORE.search(hit.before(60)))
    if rx.match(
        r"(?:padded|embellished|fudged|doctored|photoshopped|bogus|exaggerated"
        r"|juiced|fiction|fictional)\b",
        m,
    ):
        # "probably padded", "looks doctored"; not "the estimate is probably inflated"
        return bool(_HEDGE_BEFORE.search(hit.before(40))) and not (
            hit.in_sentence(_ECONOMIC)
            or _THIRD_PARTY.search(hit.before(40))
            or rx.search(
                r"\bas (?:the )?(?:prompt|brief|case|exercise|scenario|instructions?|task)"
                r" (?:asked|required|said|specified|intended)\b|\brole[- ]?play|\bmock\b",
                hit.sentence,
            )
        )
    if m in ("himself", "herself", "themselves") or m.startswith(
        ("legitimately", "legally", "honestly", "rightfully")
    ):
        # "I doubt he actually built any of that himself"
        before = hit.before(80)
        doubt = rx.search(
            r"\b(?:doubt|not sure|not convinced|sceptical|skeptical|question whether"
            r"|wonder (?:if|whether)|don't think|do not think|don't believe|no way|hard to"
            r" believe|can't believe)\b",
            before,
        )
        if m in ("himself", "herself", "themselves"):
            return bool(doubt) and bool(
                rx.search(
                    r"\b(?:built|wrote|written|made|did|done|designed|created|developed|coded"
                    r"|produced|drew|painted|shot|authored|achieved|earned)\b",
                    before,
                )
            )
        return bool(doubt)
    if m.startswith("good to be true"):
        return not rx.search(
            r"\b(?:pric\w*|deals?|returns?|offers?|schemes?|investments?|interest|yields?"
            r"|discounts?|claims? (?:from|by) (?:vendors?|suppliers?))\b",
            hit.sentence,
        ) and _not_idiom(hit)
    if m.startswith("reading"):
        return not hit.in_sentence(_PERMITTED) and _not_idiom(hit)
    if m.startswith("someone"):
        # "those designs are someone else's work"; not "reviewed someone else's code"
        return bool(
            rx.search(
                r"\b(?:is|are|was|were|'s|probably|clearly|obviously|really"
                r"|actually|definitely|likely|must be|looks like|look like)\s+$",
                hit.before(25),
            )
        )
    return _not_idiom(hit)


ACC_005 = Rule(
    id="CND-ACC-005",
    category="unsupported_accusation",
    severity="error",
    title="Cheating, theft or substance use suspected without evidence",
    terms=(
        # an AI tool or aid suspected during a live assessment
        r"(?:chatgpt|gpt(?:-?[345]o?)?|copilot|claude|gemini|bard|perplexity|ai|llm|chatbot)"
        r" (?:(?:tool|assistant|model|app|helper|bot) )?(?:\w+ ){0,3}?(?:open|opened|running"
        r"|up|going|on (?:a|another|the other|his|her|their|a second) (?:screen|monitor|tab"
        r"|window|device|phone|laptop)|in (?:another|a second|a different|the other|a separate)"
        r" (?:tab|window|screen|browser)|off-?screen|off-?camera|feeding|whispering|helping"
        r"|answering|prompting)\b",
        # insinuation that the expert is the culprit
        r"(?:causing|committing|stealing|skimming|fiddling|pilfering|nicking) (?:it|them|that"
        r"|the \w+)\b|takes? one to know one|poacher turned gamekeeper",
        r"(?:suspiciously|worryingly|alarmingly) (?:much|well|familiar|knowledgeable|good)"
        r"(?: \w+){0,2}? (?:about|with|at) (?:\w+ ){0,2}?(?:fraud|theft|shrink|skimming"
        r"|stealing|shoplifting|cheating|hacking|fiddling|embezzl\w+|scams?|drugs|lock-?picking"
        r"|bypassing|evading|forging|forgery|laundering|dodging|getting around)",
        # a document or claim declared fabricated on a hunch
        r"(?:padded|embellished|fudged|doctored|photoshopped|bogus|exaggerated|juiced|fiction"
        r"|fictional)\b",
        # someone else's work
        r"someone (?:else's|elses) (?:work|code|portfolio|designs?|answers|writing|project"
        r"|ideas?|photos|drawings|samples?|essay|thesis)\b",
        # theft and honesty idioms
        r"(?:helping|helped|helps) (?:himself|herself|themselves) to\b|smel(?:l|ls|led|ling|t) a"
        r" rat|good to be true",
        # reading answers during a live interview
        r"reading (?:the |his |her |their |pre-?written |prepared |scripted )?(?:answers|responses"
        r"|off (?:a|the|his|her|their) (?:\w+ )?(?:screen|script|notes|phone|monitor))",
        # substance use as a label, hedged
        r"(?:drinker|stoner|boozer|pothead|pill popper|druggie|junkie)\b|(?:pot|weed|drug|coke"
        r"|cocaine|cannabis|meth) (?:user|smoker|habit|head)\b",
        r"(?:could|might|may|would|will|prob|probably|likely) (?:be )?smuggl(?:e|ing)\b",
        r"(?:was|is|he's|she's|they're|were|been) gaming (?:it|the (?:test|screen|drug test|syst"
        r"em|results))",
    ),
    check=_suspicion,
    exemptions=frozenset({"professional", "evidence"}),
    message="Suspects cheating, theft, fabrication or substance use without stated evidence.",
    rationale=_HOOK,
    suggestion=_SUGGEST,
    bad=(
        "Pretty sure he had Copilot running in another window the whole interview.",
        "Bet she had an AI assistant up on a second screen during the case study.",
        "The person who knows that much about skimming is usually the one causing it.",
        "Takes one to know one with fraud detection, if you ask me.",
        "Knows suspiciously much about getting around till controls.",
        "Gap explanation is probably embellished.",
        "Those designs are someone else's work, I'm sure of it.",
        "Probably a heavy drinker, judging by his face.",
        "Caught him reading prepared answers off his phone.",
        "His close rate is too good to be true.",
        "Brother works the loading dock at a rival, could be smuggling parts out for him.",
        "Dilute drug screen twice, so he was gaming the test.",
    ),
    good=(
        "Used Copilot on the take-home, which the brief allowed, and said so.",
        "Built a ChatGPT plugin for customer support at her last job.",
        "She led loss-prevention and cut inventory shrink by 30%.",
        "Regular user of Figma and Sketch.",
        "The vendor's estimate is probably inflated by the exchange rate.",
        "I think he exaggerated the growth figure in the case on purpose, as the prompt asked.",
        "Reviewed someone else's code every day as the team's tech lead.",
        "The pharmacy smells like antiseptic.",
    ),
)


ACC_006 = Rule(
    id="CND-ACC-006",
    category="unsupported_accusation",
    severity="error",
    title="Authorship or ownership of work doubted",
    terms=(
        r"himself|herself|themselves|(?:legitimately|legally|honestly|rightfully) (?:his|hers"
        r"|theirs|earned|obtained|acquired|gained|his own|her own|their own)",
        r"(?:lifted|copied|borrowed|cribbed) from somewhere|(?:it's|its|it is|was|wasn't|isn't) "
        r"not (?:his|her|their) (?:own )?work\b",
    ),
    check=_suspicion,
    message="Doubts, without evidence, that the candidate did or owns the work they claim.",
    rationale=_HOOK,
    suggestion=(
        "Test the claim and record the result: 'Asked her to walk through the design "
        "decisions; could not explain the caching layer (rubric 2/4).'"
    ),
    bad=(
        "I doubt he actually built any of that himself.",
        "Not convinced she designed the app herself.",
        "Doubt the client list he brought is legitimately his.",
        "The writing sample looks lifted from somewhere.",
    ),
    good=(
        "She designed the scheduling app herself and walked us through every screen.",
        "Built the pipeline himself over two quarters, per the reference.",
        "I doubt he'll accept below 120k; expectation is 130k.",
    ),
)


_ROLE_PLAY = rx.compile(
    r"\b(?:role[- ]?play\w*|scenario|exercise|simulation|mock|drill|acted out|improv)\b"
)
_WE_BEFORE = rx.compile(
    r"\b(?:we|i|i'll|we'll|we've|i've|we'd|i'd|our team|the panel)\s+(?:\w+\s+)?$"
)
#: Words that name a hedge or a bet: the claim is a guess.
_GUESS = (
    r"(?:pretty sure|think|bet|suspect|reckon|probably|prob|likely|must have|clearly|obviously"
    r"|definitely|surely|guess|feels like|looks like|sounds like|seems like|my guess is"
    r"|wouldn't be surprised if|no way|doubt|sure|no doubt|smells like)"
)


def _stand_in(hit: Hit) -> bool:
    m = hit.matched
    if rx.match(r"(?:pretend|posing|posed|poses|masquerad|passing|passed|impersonat)", m):
        # "posing as the former manager" names the impostor's claim, not a detecting role
        return not hit.in_sentence(_ROLE_PLAY)
    if rx.match(
        r"(?:got|get|gets|getting|had|has|have|having|paid|pays|paying|asked|used|uses"
        r"|using)\b",
        m,
    ):
        return _WE_BEFORE.search(hit.before(30)) is None and _not_idiom(hit)
    if rx.match(_GUESS, m):
        if rx.search(r"(?:fired|sacked|canned|let go|out|booted|boot|door)$", m):
            return _not_layoff(hit)  # "probably let go in the layoffs" is no accusation
        return (
            not hit.in_sentence(_PERMITTED) and not hit.in_sentence(_ECONOMIC) and _not_idiom(hit)
        )
    if rx.match(
        r"(?:produced|written|done|completed|made|created|designed|drawn|coded|built"
        r"|taken|sat|answered|drafted|received|receiving|sought|obtained|had|got|used"
        r"|getting|enlisted)\b",
        m,
    ):
        if hit.after(4).lstrip().startswith("?"):
            return False  # a question the panel then answered
        # not the candidate's own account, nor help that was allowed or an accommodation
        return (
            not rx.search(
                r"\b(?:said|says|explained|mentioned|told us|noted|clarified|was clear|credited)\b",
                hit.before(80),
            )
            and not hit.in_sentence(_PERMITTED)
            and not rx.search(r"\baccommodat\w*|\bagreed\b|\bapproved\b", hit.sentence)
            and _not_idiom(hit)
        )
    if rx.match(
        r"(?:misleading|false|untrue|inaccurate|fabricated|falsified|dishonest|fictitious|bogus)"
        r" ",
        m,
    ):
        # about what the candidate supplied; not "corrected inaccurate information in the wiki"
        return (
            rx.search(
                r"\b(?:corrected|correcting|fixed|fixing|found|finding|identified|spotted|flagged"
                r"|flag|flags|cleaned|removed|caught|detected|detecting|audited|reviewed"
                r"|prevent\w*|combat\w*|fight\w*|tackl\w*)\b",
                hit.before(50),
            )
            is None
            and (
                rx.search(
                    r"\b(?:you|your|he|she|they|his|her|their|candidate|cand|applicant)\b",
                    hit.sentence,
                )
                is not None
                or hit.in_sentence(_HEDGE)
            )
            and _not_idiom(hit)
        )
    if rx.match(
        r"(?:integrity|honesty|ethics|ethical|trust|credibility|truthfulness|red"
        r"|questions|doubts|concerns)\b",
        m,
    ):
        # about the candidate, not a question about handling an integrity concern at work
        return (
            rx.search(
                r"\b(?:raised|raise|raising|reported|report|escalated|handled|investigated|flagged"
                r"|resolved|managed|asked about|example of|time (?:she|he|they) |a time|how"
                r" (?:she|he|they|to)|describe|describes|described)\b",
                hit.before(60),
            )
            is None
            and rx.search(
                r"\b(?:he|she|they|his|her|their|your|you|candidate|cand|applicant|this (?:one"
                r"|guy|person|woman|man|bloke|lad))\b",
                hit.sentence,
            )
            is not None
            and _not_idiom(hit)
        )
    if rx.search(r"chatgpt|gpt|\bai\b|llm|\bbot\b|copilot|claude|gemini|chat ?bot", m):
        # AI use suspected; not the employer's policy nor tool use that was allowed
        return (
            not hit.in_sentence(_PERMITTED)
            and not rx.search(r"\b(?:we|our|policy|candidates may|you may)\b", hit.sentence)
            and _not_idiom(hit)
        )
    return _not_idiom(hit)


ACC_007 = Rule(
    id="CND-ACC-007",
    category="unsupported_accusation",
    severity="error",
    title="Stand-ins, impostor referees or fabrication guessed at",
    terms=(
        # "a mate pretending to be his manager"
        r"(?:pretend(?:ing|ed|s)?|posing|posed|poses|masquerad(?:ing|ed|es)|passing (?:himself"
        r"|herself|themselves) off|passed (?:himself|herself|themselves) off|impersonat(?:ing"
        r"|ed|es)) (?:to be |as )?(?:a |an |the |his |her |their )?(?:former |old |previous"
        r" |ex-|line )?(?:manager|boss|supervisor|referee|reference|employer|director|ceo|founder"
        r"|colleague|team lead|hr|recruiter|doctor|nurse|engineer|lawyer|accountant|landlord"
        r"|someone else|somebody else|another person|a professional|qualified|certified"
        r"|licensed)\b",
        # "got a friend to do the take-home for him"
        r"(?:got|get|gets|getting|had|has|have|having|paid|pays|paying|asked|used|uses|using)"
        r" (?:a |his |her |their |some |an )?(?:friend|mate|pal|buddy|someone|somebody"
        r"|colleague|partner|brother|sister|dad|father|mum|mom|mother|wife|husband|relative"
        r"|tutor|contractor|freelancer|fiverr|upwork|expert|ringer|ghost ?writer|proxy"
        r"|stand-in)(?: else)? (?:to )?(?:do|write|complete|take|sit|answer|finish|solve|code"
        r"|build|draft|make) (?:(?:the|his|her|their|this|that|a|an|all|most of the) )?(?:\w+ )?"
        r"(?:take-?home|test|assessment|exercise|coding challenge|challenge|case study|homework"
        r"|assignment|answers|interview|exam|portfolio|writing sample|cover letter|application"
        r"|project|task|tech test|screen|call|sample|essay|work)\b",
        # "pretty sure she invented the internship"
        _GUESS + r" (?:that )?(?:he|she|they|cand|the candidate)(?: \w+)? (?:invented|made up"
        r"|fabricated|faked|fudged|embellished|dreamt up|dreamed up|cooked up|concocted"
        r"|exaggerated|inflated|padded|bluffed|copied|googled|plagiari[sz]ed|photoshopped"
        r"|doctored|forged|backdated|airbrushed|stretched)\b",
        # "reference sounded off", "referee sounded scripted"
        r"(?:references?|referees?|reference (?:calls?|checks?))(?: \w+){0,2}? (?:sounded|seemed"
        r"|felt|was|were|sounds|seems|feels|looked|looks) (?:a bit |a little |kind of |very"
        r" |really |pretty |totally |all |too |quite |super )?(?:off|fishy|dodgy|scripted"
        r"|rehearsed|staged|coached|fake|suspect|suspicious|iffy|sus|suss|made up|glowing|like a"
        r" (?:mate|friend|relative|family member|setup|set-up|plant))\b(?! (?:the|to|on|for"
        r"|until|till|sick|work|duty|shift|hours|record|by|about (?:the )?dates?)\b)",
        # records elsewhere: "DUIs in another state", "priors"
        r"(?:records?|priors|warrants?|convictions?|charges?|duis?|dwis?|arrests?|rap sheet)"
        r" (?:in|from|out of) (?:another|other|a different|some other|a neighbouring"
        r"|a neighboring|his home|her home|their home) (?:state|county|country|jurisdiction"
        r"|province|city)\b|(?:has|have|got|with|(?:he|she|who)'s got|(?:he|she|who)'s had) (?:a few |some |any |a couple of"
        r" |previous |prior |a string of )?priors\b(?! (?:on|for|over|about|in|from|of)\b)",
        # hearsay and reputation: "heard things about her", "has a reputation"
        r"(?:things|stories|rumou?rs|stuff|talk|what) (?:we|i|they|the team|people|the panel)"
        r" (?:have |had |'ve |'d )?(?:heard|been told|picked up) about (?:you|him|her|them)\b"
        r"|(?:concerns?|doubts?|questions?|reservations?|worries) (?:about|over|around|regarding"
        r"|as to|on) (?:the )?(?:accuracy|truthfulness|honesty|veracity|authenticity|legitimacy"
        r"|validity|genuineness|reliability|truth) of (?:your|his|her|their|the candidate's"
        r"|the applicant's|some of (?:your|his|her|their))\b"
        r"|(?:received|receiving|sought|obtained|had|got|used|getting|enlisted) (?:some |any )?"
        r"(?:outside |external |unauthori[sz]ed |third-party |improper |undisclosed )(?:help"
        r"|assistance|support|input) (?:on|with|during|in|for) (?:the|your|his|her|their|this"
        r"|that) (?:\w+ )?(?:take-?home|test|assessment|exercise|coding|interview|task|challenge"
        r"|case study|assignment|portfolio|writing sample|exam|application)\b"
        r"|(?:produced|written|done|completed|made|created|designed|drawn|coded|built|taken|sat"
        r"|answered|drafted) by (?:someone|somebody) else\b|(?:produced|written|done|completed"
        r"|made|created|designed|coded|built|drafted) by (?:a |another )?(?:third party|different"
        r" person|ghost ?writer|ringer|friend|relative)\b",
        r"(?:heard|hear|hearing|been told|told) (?:some |a few |a lot of |lots of |bad |worrying"
        r" |mixed |not great |dodgy |funny |interesting |certain |some interesting |things"
        r" )?(?:things|stories|rumou?rs|stuff|whispers|talk|tales) about (?:him|her|them|this"
        r" (?:guy|one|person|candidate|woman|man|bloke)|the (?:candidate|applicant)|you)\b"
        r"|(?:has|got|have|with|(?:he|she|who)'s got|comes with) (?:a |quite a |a bit of a |a certain |some"
        r" |a real |a bad |a dodgy |a shady )reputation(?= *(?:$|[.,;:!?)\u2026]|in (?:the|this"
        r"|our) (?:industry|sector|trade|market|town|area|city|field)|around (?:town|here|the"
        r" (?:industry|trade|sector))|if you know|among|with (?:the|some) (?:\w+ )?(?:police"
        r"|suppliers|vendors|clients|lenders|banks)))",
        # "bet he was sacked", "probably using", "reads like ChatGPT"
        _GUESS + r" (?:that )?(?:he|she|they|cand|the candidate)(?:'s| was| were| got| had been"
        r"|'d been| has been) (?:\w+ )?(?:fired|sacked|canned|let go|pushed out|managed out"
        r"|walked out|escorted out|kicked out|booted|given the boot|shown the door)\b",
        _GUESS + r" (?:(?:he|she|they)(?:'s|'re| is| are| was| were) )?(?:using|on something"
        r"|wasted|off (?:his|her|their) (?:face|head|tits)|tipsy|buzzed|tweaking|coked up|high as"
        r" a kite)(?=\s*(?:$|[.,;:!?)\u2026]|again\b|before\b|during\b|beforehand\b|tbh\b"
        r"|or something\b))",
        r"(?:ai|chatgpt|gpt|llm|bot|robot|chat ?bot)[- ](?:generated|written|produced|assisted)"
        r"|(?:written|generated|produced|done|drafted) (?:by|with|using|in) (?:ai|chatgpt|gpt|an"
        r" llm|a bot|copilot|claude|gemini|an ai tool|a chatbot)\b|(?:chatgpt|gpt|ai)['\u2019]d"
        r"|(?:reads?|read|sounds?|sounded|smells?) (?:a lot |very much |exactly |just )?like"
        r" (?:chatgpt|ai|a bot|gpt|an llm|a chatbot|claude|copilot)\b",
        r"(?:diploma|degree|essay|credential|certificate) mills?\b",
        # "you provided misleading information"
        r"(?:misleading|false|untrue|inaccurate|fabricated|falsified|dishonest|fictitious"
        r"|bogus) (?:information|statements?|claims?|details|answers?|representations?|accounts?"
        r"|dates|employment dates|references?|credentials|qualifications)\b",
        # "let go from Tesco, wonder why", "left under a cloud", "more to it than he let on"
        r"(?:fired|let go|sacked|dismissed|terminated|walked out|pushed out|managed out|left"
        r"|quit|resigned)(?: [\w'\u2019]+){0,6}?,? (?:i wonder|wonder|wondering|makes you wonder"
        r"|makes me wonder|one wonders) why\b|(?:left|departed|exited|went|gone)(?: [\w'\u2019]+)"
        r"{0,4}? under (?:a )?(?:cloud|suspicion)\b(?! of\b)|more to (?:it|the story|that|this|the gap|(?:his|her|their) exit)"
        r" than (?:he|she|they|the candidate|cand) (?:said|let on|lets on|told us|admitted|is"
        r" saying|was saying|is letting on|was letting on)\b",
        # "a serious integrity issue", "honesty concerns"
        r"(?:integrity|honesty|ethics|ethical|trust|credibility|truthfulness) (?:issues?|concerns?"
        r"|problems?|questions?|red flags?|flags?|worries|doubts)\b|(?:red flags?|questions|doubts"
        r"|concerns) (?:about|over|around|on) (?:his|her|their|your|the candidate's) (?:integrity"
        r"|honesty|ethics|credibility|truthfulness|character)\b",
    ),
    check=_stand_in,
    exemptions=frozenset({"professional", "evidence"}),
    message="Guesses, without evidence, that someone else did the work, that a referee was "
    "an impostor, that the candidate made something up, or that there is a record elsewhere.",
    rationale=_HOOK,
    suggestion=_SUGGEST,
    bad=(
        "Probably his brother posing as the former manager on the call.",
        "Bet she paid a freelancer to do the coding challenge.",
        "I suspect he padded the team size, it was more like three.",
        "Referee sounded scripted, like a mate reading a card.",
        "Wouldn't surprise me if he has priors somewhere.",
        "Clean locally, but probably convictions in another state.",
        "Heard some stories about him from the old crew.",
        "He's got a bit of a reputation in the trade.",
        "Bet she was sacked, the way she talks about it.",
        "Pupils were huge, probably using.",
        "Cover letter is clearly ChatGPT-generated.",
        "Her cover letter reads like AI, honestly.",
        "Some integrity concerns with this one, can't put my finger on it.",
        "Red flags about his honesty, pass.",
        "Likely a diploma mill degree, never heard of the place.",
        "Got let go from the depot last spring, makes you wonder why.",
        "Left her last firm under a cloud, I gather.",
        "There's more to the gap than she let on.",
        "We believe you provided misleading information about your last role.",
        "Gave false dates for the Acme job, I reckon.",
        "We were uneasy about some of the things we heard about you from the trade.",
        "We have concerns about the accuracy of your employment history.",
        "The panel believes you received outside help on the coding exercise.",
        "Those drawings were done by someone else, surely.",
    ),
    good=(
        "Played a customer pretending to be a manager in the de-escalation role play; calm.",
        "We asked a colleague to take the call while the panel lead was out.",
        "I think she googled the syntax, which the brief allowed.",
        "References were glowing on dates and scope; both confirmed by email.",
        "Set sensible priors for the Bayesian model and explained them.",
        "I think he inflated the estimate for risk, given the vendor's track record.",
        "Has a reputation for clean, well-tested code, per two references.",
        "Probably let go in the 2023 layoffs, she said the whole site closed.",
        "Probably using Postgres for the ledger, she said, with read replicas.",
        "Built an AI-generated summary feature for the support desk.",
        "We allow AI-assisted drafting of cover letters; she said she used it.",
        "Asked about a time she raised an integrity concern: reported a vendor kickback.",
        "Described how he handled trust issues between two teams after a reorg.",
        "Wrote a research paper on diploma mills and accreditation fraud for her MPA.",
        "Left the meeting under a cloud of questions about the budget, which she then answered.",
        "Quit coffee last year, she joked; wonder why she mentioned it.",
        "She corrected inaccurate information in the vendor's docs during the audit.",
        "He built rules that flag false claims in the insurer's intake queue.",
        "She explained the billing module was written by someone else; she maintained it.",
        "Received extra time and a reader for the assessment, as an agreed accommodation.",
        "Raised concerns about the accuracy of the vendor's forecast and rebuilt it.",
    ),
)


#: The candidate's own control or audit work on padding: "built the audit that flags it".
_CONTROL_WORK = rx.compile(
    r"\b(?:audit\w*|flags?|flagged|detect\w*|investigat\w*|built|controls?|compliance review"
    r"|analytics|reconcil\w*)\b"
)


def _padding_or_honesty(hit: Hit) -> bool:
    if hit.in_sentence(_CONTROL_WORK):
        return False
    if rx.search(
        r"\b(?:co-?workers?|colleagues?|employees?|staff(?:ers?)?|someone|cashiers?|managers?"
        r"|vendors?|workers?|others?|team ?mates?|a server|servers) (?:who |that )?(?:was |were"
        r" |had been |kept )?$",
        hit.before(40),
    ):
        return False  # "reported a coworker who was skimming cash": someone else's conduct
    # "data integrity issue": a property of records or signals, not of a person
    return not rx.search(
        r"\b(?:data|referential|signal|structural|database|file|message|code|system|schema"
        r"|record|sample|seal|pipeline|academic)[\s-]*$",
        hit.before(20),
    )


ACC_008 = Rule(
    id="CND-ACC-008",
    category="unsupported_accusation",
    severity="error",
    title="Dishonesty alleged without evidence: padding, lying, fake papers, past conduct",
    terms=(
        r"(?:raised|raises|raising) (?:serious |some )?(?:questions|concerns|doubts) (?:about"
        r"|regarding|over) (?:your|his|her|their|the candidate's) (?:honesty|integrity|character"
        r"|truthfulness|trustworthiness|ethics|credibility)|integrity (?:issue|concern|problem"
        r"|question|flag)s?\b",
        r"(?:dude|guy|man|cand|candidate|applicant|he|she|they)(?:'s|'re| is| are) (?:\w+ )?(?:lying"
        r"|a liar|making (?:it|this|that|stuff|things) up)\b|discrepancies in (?:your|his|her|their)"
        r" (?:account|story|answers|r\u00e9sum\u00e9|resume|application|cv)|(?:a )?work of fiction",
        r"(?:padding|padded|pads|pad) (?:his |her |their |the )?(?:hours|timesheets?|time ?sheets?"
        r"|expenses|expense reports?|invoices|mileage|overtime|billables?|billing|degree|resume"
        r"|r\u00e9sum\u00e9|cv|credentials|experience|numbers|references)",
        r"(?:papers|documents|docs|ssn|social|id|green card|license|licence)(?: \w+)? (?:probably"
        r" |likely |definitely |prob |def )?(?:not real|fake|forged|bogus|looked off|look off)"
        r"|(?:your|his|her|their) past conduct|skimm(?:ing|ed) (?:tips|the till|a till|cash|from)"
        r"|faker\b|(?:a |classic )?(?:con artist|grifter|fraudster)",
        r"(?:is|was|he's|she's|they're|probably|prob|def|clearly) hiding (?:it|something|a recor"
        r"d|stuff|(?:his|her|their) past)|(?:a |some )?record (?:he's|she's|they're|he is|she is"
        r"|they are) hiding",
        r"fencing (?:stuff|goods|things|merch\w*|jewelry|jewellery|items|stolen)|skimm(?:ing|ed)"
        r" (?:gift cards|cards|money|funds|inventory|product)",
        r"diver(?:sion|ting|ted) (?:of )?(?:narcotics|drugs|meds|medications|opioids|controlled "
        r"substances)",
        r"(?:possibly|probably|prob|maybe|def|definitely|likely|clearly|obviously) using(?=\s*[-"
        r"\u2014,.;:!?]|\s*$)",
        r"you (?:clearly |obviously )?exaggerated|(?:rumou?rs|gossip|talk) (?:about|surrounding|"
        r"around|regarding) (?:your|his|her|their) (?:departure|exit|leaving|time)",
        r"(?:did not|didn't|could not|couldn't) (?:have )?complete(?:d)? (?:it|this|the (?:exerc"
        r"ise|test|assignment|task|submission)) (?:independently|yourself|on your own|alone|unai"
        r"ded)",
        r"raised (?:questions|concerns|doubts) about (?:your|his|her|their) (?:reliability|hones"
        r"ty|integrity|conduct|trustworthiness)",
        r"(?:with|runs with|ran with|hangs with|hung out with|around) the wrong crowd",
        r"(?:was|were|is|are) not truthful|inflating(?=\s*(?:[.!?]|$))|inflating (?:it|his|her|their|th"
        r"e numbers|numbers)",
        r"track marks|(?:meds|money|cash|stuff|things|inventory) (?:would|will|might) (?:start )"
        r"?(?:go(?:ing)? missing|disappear|walk)|(?:she's|he's) a partier",
        r"caught (?:skimming|stealing|lying|cheating|using)|word (?:around|on) (?:the|town|the s"
        r"treet)",
        r"(?:unable to|could not|couldn't|can't|cannot|were not able to|weren't able to) (?:full"
        r"y )?(?:verify|confirm|establish|vouch for) (?:your|his|her|their|the candidate's) (?:h"
        r"onesty|integrity|trustworthiness|character|truthfulness|good character)",
        r"what (?:he|she|they|you)(?:'s|'re| is| are| was| were) (?:hiding|covering up|not telli"
        r"ng us)",
        r"(?:could|might|may|must) be using(?=\s*[-\u2014,.;:!?]|\s*$)",
        r"(?:certifications?|certs?|credentials|degrees?|diplomas?|licen[cs]es?|qualifications)("
        r"?: (?:you|he|she|they) (?:listed|claimed|gave|provided|submitted))? (?:aren't|are not|"
        r"isn't|is not|weren't|wasn't) (?:real|legit|genuine|authentic)\b",
        r"concerns? (?:about|regarding|over) the (?:accuracy|truthfulness|veracity|honesty|authe"
        r"nticity) of (?:the )?(?:information|details|statements|answers|claims|documents)",
        r"(?:inflating|padding|lying|fudging) much\b",
        r"borrow(?:ed|s|ing)? (?:papers|documents|ids?|someone's (?:papers|id|ssn|documents))",
        r"(?:def|definitely|probably|prob|clearly|obviously) (?:embellished|exaggerated|inflated"
        r"|padded) (?:the|his|her|their) \w+",
        r"(?:rumou?rs|talk|whispers) about (?:the )?money",
    ),
    check=_padding_or_honesty,
    exemptions=frozenset({"evidence", "professional"}),
    message="Doubts the candidate's honesty or alleges padding, lying, skimming or fake "
    "papers without documented evidence.",
    rationale=_HOOK,
    suggestion=_SUGGEST,
    bad=(
        "Because your reference check raised questions about your honesty, we cannot proceed.",
        "Padding hours at previous firm per the grapevine.",
        "Story about leaving the bank didn't add up. Dude's lying.",
        "We were concerned by discrepancies in your account of your prior cases.",
        "Coached answers, someone fed her the questions - integrity issue.",
        "Papers probably not real, the SSN looked off.",
        "Apparently she was skimming tips at the Four Seasons.",
        "He's clearly been fired from his last two jobs and is hiding it.",
        "Possibly using - pupils, twitchy.",
        "Given the rumors surrounding your departure from the district, we cannot move you forward.",
        "Your submission closely resembled another applicant's, and we concluded you did not complete it independently.",
        "We were unable to verify your honesty and integrity to our satisfaction.",
        "Wouldn't say why he left, which makes me wonder what he's hiding.",
        "Long breaks during the trial shift, could be using.",
        "The certifications you listed aren't real, as far as we can tell.",
        "Because of concerns about the accuracy of the information you gave, we will not proceed.",
        "Old boss says $24, she told us 27, inflating much?",
        "These guys sometimes borrow papers, check hers twice.",
        "Def embellished his role at the last firm.",
        "There were rumors about money at his last job; that's enough for me.",
    ),
    good=(
        "Audited the time-sheet system and found two teams padding hours; led the fix.",
        "Built the expense audit that flags padded mileage claims for finance.",
        "Short on the data-integrity question, 2/5.",
        "Resolved discrepancies in the vendor account reconciliation each month.",
        "Probably using the wrong join; fixed it when prompted. 3/5.",
        "Built the drug diversion audit for the hospital pharmacy; explained the reconciliation steps.",
    ),
)


RULES = (ACC_001, ACC_002, ACC_003, ACC_004, ACC_005, ACC_006, ACC_007, ACC_008)
