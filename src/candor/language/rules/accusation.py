"""Unsupported accusations: dishonesty, cheating, crime (defamation; FCRA)."""

from __future__ import annotations

import re

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


def _not_idiom(hit: Hit) -> bool:
    m = hit.matched
    if m.startswith("conviction"):
        return not re.search(r"\bwith\s*$|\bstrong\s*$", hit.before(15)) and not re.match(
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
        r"|dishonest(?:y|ly)?|untruthful|not truthful|not honest|(?:isn't|wasn't|is not|was not"
        r"|wasn't being|not being) (?:being )?(?:honest|truthful|straight with)",
        r"fraud(?:ulent(?:ly)?|ster|sters)?|fakes?|faked|faking|phony (?:degree|credentials"
        r"|references?)|bogus (?:degree|credentials|references?|experience)",
        r"made up|making (?:it|that|this|things|stuff) up|fabricat\w+|falsif\w+|invented"
        r" (?:\w+ )?(?:experience|project|story|stories|references?|credentials|degree|role)"
        r"|doctored|forged|forgery",
        r"cheat(?:ed|ing|er|ers|s)?|plagiari[sz]\w*|plagiarism|cop(?:ied|ying) (?:\w+ ){0,3}?"
        r"(?:answers?|code|solution|from)",
        r"stole|steal(?:s|ing)?|stolen|theft|thief|thieves|embezzl\w+|criminal(?:s|ly)?"
        r"|crook(?:ed)?|con (?:artist|man)|scam(?:mer|mers|med|ming)?",
        r"(?:seemed|seems|bit|was|is|kinda|kind of|a bit|pretty|very) (?:shady|sketchy|shifty"
        r"|dodgy|slippery)|untrustworthy|(?:can't|cannot|couldn't|can not) be trusted|(?:not"
        r"|isn't|wasn't) (?:very )?trustworthy|(?:lack|lacks|lacking|no|zero) (?:of )?(?:integrity"
        r"|honesty|ethics|morals)|unethical",
        r"(?:padded|inflated|exaggerated|embellished|overstated|stretched|fudged) (?:his|her"
        r"|their|the) (?:\w+ ){0,2}?(?:r[ée]sum[ée]|resume|cv|title|experience|role|record"
        r"|numbers|accomplishments|achievements|credentials|contribution|claims?|skills)",
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
        r"|on something|under the influence)|smelled (?:of|like) (?:alcohol|booze|weed|pot"
        r"|marijuana)",
        r"arrest(?:ed|s)?|arrest record|criminal record|convictions?|convicted|felon(?:y|ies|s)?"
        r"|jail(?:ed)?|prison|incarcerat\w+|dui|dwi|misdemeanou?rs?|shoplift\w*|(?:was |been )?"
        r"(?:fired|let go|terminated|dismissed) for (?:stealing|theft|fraud|lying|cheating"
        r"|harassment|misconduct|drinking|drugs|cause)|harass(?:ed|er|ing)? (?:\w+ )?"
        r"(?:complaints?|claims?|allegations?)|accused of|allegedly|rumou?r(?:s|ed)? (?:is|are"
        r"|was|has it|that)",
    ),
    anchors=(
        "lied",
        "lying",
        "liar",
        "lies",
        "told",
        "dishonest",
        "untruthful",
        "truthful",
        "honest",
        "straight",
        "fraud",
        "fake",
        "faked",
        "faking",
        "phony",
        "bogus",
        "made up",
        "making",
        "fabricat",
        "falsif",
        "invented",
        "doctored",
        "forged",
        "forgery",
        "cheat",
        "plagiari",
        "copied",
        "copying",
        "stole",
        "steal",
        "theft",
        "thief",
        "thieves",
        "embezzl",
        "criminal",
        "crook",
        "con artist",
        "con man",
        "scam",
        "shady",
        "sketchy",
        "shifty",
        "dodgy",
        "slippery",
        "untrustworthy",
        "trusted",
        "trustworthy",
        "integrity",
        "honesty",
        "ethics",
        "morals",
        "unethical",
        "padded",
        "inflated",
        "exaggerated",
        "embellished",
        "overstated",
        "stretched",
        "fudged",
        "lying",
        "bluffing",
        "googling",
        "reading",
        "using",
        "used",
        "someone",
        "drunk",
        "high$",
        "stoned",
        "intoxicated",
        "hungover",
        "drugs",
        "something$",
        "influence",
        "smelled",
        "arrest",
        "conviction",
        "convicted",
        "felon",
        "jail",
        "prison",
        "incarcerat",
        "dui$",
        "dwi$",
        "misdemean",
        "shoplift",
        "fired",
        "let go",
        "terminated",
        "dismissed",
        "harass",
        "accused",
        "allegedly",
        "rumo",
        "pretty sure",
        "i think",
        "i suspect",
        "suspect",
        "seemed like",
        "looked like",
        "probably",
        "i bet",
        "feels like",
        "read",
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
    ),
    good=(
        "Built fraud-detection models that cut chargebacks 20%.",
        "Registrar returned no record of the degree; referred to HR per policy.",
        "Answered with conviction and cited the incident metrics.",
        "Uses a cheat sheet of shell commands during incidents.",
    ),
)


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
        r"(?:don't|didn't|do not|did not|can't|cannot|couldn't|wouldn't) (?:really |fully"
        r" |quite |entirely )?(?:trust|believe) (?:him|her|them|a word|his|her|their|anything"
        r"|what (?:he|she|they))\b",
        r"(?:fudged|fudging|faked|doctored|invented|cooked|massaged|padded|inflated|embellished"
        r"|exaggerated) (?:his|her|their|the) (?:\w+ ){0,2}?(?:degree|diploma|dates|employment"
        r"|history|references?|grades|gpa|transcript|certifications?|qualifications|background"
        r"|tenure|job history|experience|titles?|resume|r[ée]sum[ée]|cv|numbers|results)",
        r"(?:something|all|it all|everything|the story|his story|her story|the whole thing)"
        r" (?:is |was |seems |seemed |felt |feels |sounds |sounded )?(?:a bit |kind of |very"
        r" |pretty |super |quite )?(?:fishy|shady|sketchy|dodgy|suspicious|suss|sus|off about"
        r" (?:him|her|them|his|her))\b|(?:shady|sketchy|shifty|dodgy|fishy) (?:guy|character"
        r"|person|type|story|past|history|background|dealings|business|answers?|explanation"
        r"|reference|references|gaps?)",
        r"(?:had|got|used|getting) (?:outside |external |some )?help (?:on|with|during|in) the"
        r" (?:take-?home|test|assessment|exercise|coding|interview)|someone else (?:wrote|did"
        r"|completed|took|answered|was answering)|not (?:his|her|their) own (?:work|code"
        r"|answers|writing|words)|(?:looked|looking|look) up (?:the )?answers|googl(?:ed|ing)"
        r" (?:the )?answers",
        r"(?:fake|bogus|made-up|invented|fictional|imaginary|phantom|fabricated) (?:\w+ )?"
        r"(?:projects?|experience|jobs?|roles?|compan(?:y|ies)|employers?|references?|degrees?"
        r"|titles?|exits?|startups?|clients?)",
        r"(?:got|was|been|being) (?:fired|sacked|let go|terminated|walked out|escorted out)"
        r" (?:for|over|because of|after) (?:something|some kind of|stealing|theft|fraud|lying"
        r"|misconduct|an incident|the incident|cause)|(?:mixed up|involved|caught up) in"
        r" (?:some |a |the )?(?:fraud|scandal|scam|embezzlement|theft|shady|dodgy|criminal)",
    ),
    check=_not_idiom,
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
        "Doesn't strike me as honest.",
        "We believe you misrepresented your experience.",
        "Not entirely truthful about the gap.",
        "Think he fudged his degree.",
        "Something fishy about the references.",
        "Someone else wrote the take-home.",
        "Sounds like she was mixed up in some fraud.",
    ),
    good=(
        "Registrar returned no record of the degree; referred to HR per policy.",
        "She was honest about not knowing Terraform.",
        "Built a fraud-detection model at a bank.",
        "Was upfront that the project was a team effort.",
    ),
)

RULES = (ACC_001, ACC_002)
