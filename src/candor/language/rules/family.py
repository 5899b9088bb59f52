"""Pregnancy, family and marital status (Title VII/PDA, PWFA, state law)."""

from __future__ import annotations

import re

from candor.language.context import Hit
from candor.language.model import Rule

_HOOK = (
    "Pregnancy is protected by Title VII as amended by the PDA and by the PWFA; marital and "
    "familial status are protected in many states, and caregiver stereotyping is sex or "
    "association discrimination (EEOC caregiver guidance). The EEOC lists marital status, "
    "childbearing plans, number and ages of children and child care as inquiries to avoid."
)
_DELETE = (
    "Delete it, even if the candidate volunteered it. If a schedule or travel requirement "
    "matters, record the requirement as stated to every candidate and the answer: "
    "'Role requires 30% travel; candidate confirmed.'"
)

FAM_001 = Rule(
    id="CND-FAM-001",
    category="pregnancy_family",
    severity="error",
    title="Pregnancy or family plans",
    terms=(
        r"pregnan\w*|pregant|pregnent|preggers|preggo",
        r"expecting (?:a baby|a child|twins|her first|his first|their first|a second|another"
        r"|baby|a little one)",
        r"(?:she's|she is|wife is|they're|they are|partner is|girlfriend is) expecting(?! (?:to"
        r"|that|an? |the|feedback|more|\d|us|me|him|her|them))",
        r"baby bump|morning sickness|baby (?:is )?due|due (?:in|this|next) (?:\w+ )?(?:with"
        r" (?:a|the|her|their) baby)",
        r"(?:maternity|paternity|parental|pregnancy|adoption|family|baby|newborn) leave",
        r"maternity|paternity",
        r"ivf|fertility (?:treatments?|issues|clinic|problems|struggles)|trying (?:to conceive"
        r"|for a baby|for kids|for children|for another)",
        r"(?:a |new |newborn |the )baby(?![- ](?:steps?|boomers?|monitors?|food|products?|formula"
        r"|gear|brand|clothes|registry|apps?|care brand))"
        r"|baby on the way|newborn",
        r"(?:breast|chest)[- ]?feed\w*|lactation|pumping (?:breaks?|room|schedule)|nursing "
        r"(?:mother|mom|mum|breaks?|schedule)|miscarri\w+|c-section|gave birth|giving birth"
        r"|post-?partum|pre-?natal|ante-?natal",
        r"(?:start|starting|started|have|having|want|wants|wanting|plans? to have|planning to"
        r" have|plans? for|thinking about) (?:a family|kids|children|a baby|another (?:kid|child"
        r"|baby))",
        r"family plans|biological clock|(?:plans?|planning) to (?:have|start) a family",
    ),
    anchors=(
        "pregnan",
        "pregant",
        "pregnent",
        "preggers",
        "preggo",
        "expecting",
        "bump",
        "sickness",
        "baby",
        "maternity",
        "paternity",
        "parental",
        "adoption",
        "ivf",
        "fertility",
        "trying",
        "newborn",
        "breast",
        "chest",
        "lactation",
        "pumping",
        "nursing",
        "miscarri",
        "c-section",
        "birth",
        "postpartum",
        "post-partum",
        "prenatal",
        "pre-natal",
        "antenatal",
        "ante-natal",
        "family",
        "kids",
        "children",
        "biological",
        "due$",
    ),
    exemptions=frozenset({"professional"}),
    message="Mentions pregnancy, parental leave or family plans.",
    rationale=_HOOK,
    suggestion=_DELETE,
    bad=(
        "She's pregnant, so timing is tricky.",
        "Mentioned she is expecting a baby in March.",
        "Will probably go on maternity leave soon.",
        "Asked about our parental leave; might be planning to start a family.",
        "Newly married, may want kids soon.",
    ),
    good=(
        "Designed the parental-leave self-service feature for 40k employees.",
        "Expecting to finish the certification in May.",
        "Ran the benefits team's maternity-policy rollout.",
        "He is expecting an offer from another company this week.",
    ),
)


def _not_tech_child(hit: Hit) -> bool:
    return not re.match(
        r"^\s*(?:'s )?(?:process|node|element|class|theme|component)", hit.after(15)
    )


FAM_002 = Rule(
    id="CND-FAM-002",
    category="pregnancy_family",
    severity="error",
    title="Children, childcare or caregiving",
    terms=(
        r"kids|kiddos?|children|childcare|child[- ]care|daycare|day[- ]care|nann(?:y|ies)"
        r"|babysit\w*|toddlers?|infants?|twins|step-?(?:kids|children|sons?|daughters?)",
        r"school (?:run|pick-?ups?|pick up|drop-?offs?|hours|holidays|runs)",
        r"(?:a|one|two|three|four|five|six|\d|young|small|little|sick|his|her|their) (?:kid|child)"
        r"(?:'s)?",
        r"(?:single|working|stay[- ]at[- ]home|new|young|busy|soccer|full[- ]time|first[- ]time"
        r"|expectant|teen|solo) (?:mom|mother|mum|dad|father|parent)s?",
        r"(?:mom|mother|mum|dad|father|parent)s? of (?:one|two|three|four|five|\d|twins|a|young"
        r"|small|three|teen)",
        r"(?:is|she's|he's|they're|being|as) an? (?:mom|mother|mum|dad|father|parent|grandmother"
        r"|grandfather|grandparent|grandma|grandpa|caregiver|carer)",
        r"grand(?:kids|children|child|sons?|daughters?|bab(?:y|ies))",
        r"care(?:giver|giving|r)s?|elder ?care|care (?:for|of) (?:his|her|their|an?|a sick"
        r"|an elderly) ",
        r"caring for (?:his|her|their|an?|a sick|an elderly|an ailing|the|my) (?:\w+ )?(?:mother"
        r"|father|mom|mum|dad|parents?|relatives?|child|son|daughter|husband|wife|spouse|partner"
        r"|grandmother|grandfather|sister|brother|family)",
        r"(?:aging|ageing|elderly|sick|ailing|disabled|dying|frail) (?:parents?|mother|father"
        r"|mom|mum|dad|relatives?|in-laws?)",
        r"family (?:commitments|obligations|responsibilities|situation|reasons|issues|matters"
        r"|emergenc(?:y|ies)|duties|life|man|woman|guy|first|circumstances|demands|needs"
        r"|stuff|things|priorities|pressures|constraints)",
        r"family[- ]oriented|little ones|(?:his|her|their) (?:family|families|boys|girls|baby"
        r"|babies)\b",
        r"(?:has|have|with|w/) (?:a |two |three |four |young |small |little )?(?:family|kids"
        r"|children)",
    ),
    anchors=(
        "kid",
        "child",
        "daycare",
        "day care",
        "day-care",
        "nann",
        "babysit",
        "toddler",
        "infant",
        "twins",
        "stepkid",
        "stepchild",
        "stepson",
        "stepdaughter",
        "step-kid",
        "step-child",
        "step-son",
        "step-daughter",
        "school",
        "mom",
        "mother",
        "mum",
        "dad",
        "father",
        "parent",
        "grand",
        "caregiv",
        "carer",
        "care$",
        "caring",
        "elder",
        "famil",
        "little",
        "boys$",
        "girls$",
        "baby",
        "babies",
    ),
    check=_not_tech_child,
    exemptions=frozenset({"professional"}),
    message="Mentions children, childcare or caregiving responsibilities.",
    rationale=_HOOK,
    suggestion=_DELETE,
    bad=(
        "Has two kids, so on-call could be hard.",
        "Single mom, might need flexible hours.",
        "Mentioned daycare pickup at 5.",
        "Caring for her elderly mother.",
        "Family commitments may limit travel.",
    ),
    good=(
        "Spawns a child process per request.",
        "Taught coding to children at a summer camp for three years.",
        "Built the school pick-up scheduling app for a district of 30 schools.",
        "Role requires 30% travel; stated to all candidates; candidate confirmed.",
    ),
)


def _personal(hit: Hit) -> bool:
    return (
        hit.personal()
        or re.search(r"\b(?:my|our|a|one|two|three|\d)\s*$", hit.before(8)) is not None
    )


FAM_003 = Rule(
    id="CND-FAM-003",
    category="pregnancy_family",
    severity="error",
    title="Son or daughter mentioned",
    terms=(r"sons?|daughters?",),
    check=_personal,
    message="Mentions the candidate's son or daughter.",
    rationale=_HOOK,
    suggestion=_DELETE,
    bad=("Her son is disabled, so she needs flexibility.", "Has a daughter in college."),
    good=("Son of a Gun is the name of her podcast on SRE war stories.",),
)


def _engaged_personal(hit: Hit) -> bool:
    if hit.matched == "married" and re.match(
        r"^\s+(?:the|two|these|those|our|their|its|a|an|it|them|this|that)\b", hit.after(10)
    ):
        return False
    if hit.matched.endswith("engaged"):
        return not re.match(
            r"^\s*(?:in|with|during|throughout|by|on|about|at|and (?:engaging|curious|focused)"
            r"|enough|the whole|from|all|across|for|when|while)\b",
            hit.after(20),
        )
    return True


FAM_004 = Rule(
    id="CND-FAM-004",
    category="pregnancy_family",
    severity="error",
    title="Marital status or spouse",
    terms=(
        r"married|marriage|getting married|wedding|honeymoon|newlyweds?|fianc[ée]e?s?",
        r"(?:is|she's|he's|they're|just got|recently|newly|got|getting) engaged",
        r"husbands?|wife|wives|spouses?|spousal|hubby|(?:his|her|their) (?:partner|significant "
        r"other|other half|better half)(?! (?:at|in|of|firm|company|agency|organi[sz]ation"
        r"|account|team|teams|org|from|on the))",
        r"(?:is|she's|he's|they're|recently|newly|currently|now) (?:single|divorced|separated"
        r"|widowed)|divorc(?:e|ed|ing|ee)|widow(?:ed|er|s)?",
        r"maiden name|in-laws?|(?:mother|father|sister|brother)-in-law|house ?wife|home ?maker"
        r"|stay[- ]at[- ]home",
        r"(?:mr\.?|mrs\.?|ms\.?|miss) or (?:mrs|miss)\.?|marital status",
    ),
    anchors=(
        "married",
        "marriage",
        "wedding",
        "honeymoon",
        "newlywed",
        "fianc",
        "engaged",
        "husband",
        "wife",
        "wives",
        "spous",
        "hubby",
        "partner",
        "significant",
        "half$",
        "single",
        "divorc",
        "separated",
        "widow",
        "maiden",
        "in-law",
        "mother-in",
        "father-in",
        "sister-in",
        "brother-in",
        "housewife",
        "house wife",
        "homemaker",
        "home maker",
        "stay-at",
        "stay at",
        "marital",
        "mrs",
        "mr$",
        "ms$",
        "miss$",
    ),
    check=_engaged_personal,
    exemptions=frozenset({"professional"}),
    message="Records marital status or the candidate's spouse.",
    rationale=_HOOK,
    suggestion=_DELETE,
    bad=(
        "Just got married last month.",
        "Her husband is relocating for work.",
        "Divorced, so probably fine to travel.",
        "Asked for her maiden name.",
    ),
    good=(
        "Highly engaged in the design discussion.",
        "Built a wedding-planning marketplace from zero to 200k users.",
        "Partnered with the finance team on the migration.",
    ),
)

RULES = (FAM_001, FAM_002, FAM_003, FAM_004)
