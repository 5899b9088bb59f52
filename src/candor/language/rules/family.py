"""Pregnancy, family and marital status (Title VII/PDA, PWFA, state law)."""

from __future__ import annotations

from candor.language import rx
from candor.language.context import Hit, clinical_work, employer_statement
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

# An employer's statement about its leave policy or a cover contract ("a fixed-term
# contract to cover maternity leave", "our benefits include parental leave"), with
# nothing about the candidate in the sentence.
_POLICY = rx.compile(
    r"\b(?:our|we offer|we provide|benefits?|policy|policies|package|handbook|all (?:new )?"
    r"(?:employees|staff|colleagues|team members|hires|parents|starters)|regardless of|employees (?:receive|get|are entitled"
    r"|can take|may take)|eligible|entitle\w*|fixed[- ]term|temporary|interim|contract|cover(?:ing)?"
    r" (?:a |an |for )?(?:\w+ )?leave|(?:maternity|paternity|parental|adoption) cover|backfill"
    r"|replacement for|statutory)\b"
)
_CAND_CUE = rx.compile(
    r"\b(?:he|she|him|his|her|hers|they're|their|cand|candidate|applicant|interviewee|asked"
    r"|mentioned|said|told|volunteered|wants?|wanted|planning|plans to|thinking|probably|prob"
    r"|likely|soon|might|expecting|pregnant|partner|wife|husband)\b"
)


def _full_sentence(hit: Hit) -> tuple[int, int]:
    """Span of the sentence up to full stops (clauses after ";" or a dash count)."""
    low = hit.low
    lo = max(0, hit.start - 200)
    hi = min(len(low), hit.end + 200)
    stops = [low.rfind(c, lo, hit.start) for c in ".!?\n"]
    lo = max([lo, *[i + 1 for i in stops if i >= 0]])
    ends = [i for i in (low.find(c, hit.end, hi) for c in ".!?\n") if i >= 0]
    return lo, min([hi, *ends])


_TECH_DEPENDENTS = rx.compile(
    r"\b(?:package|packages|module|modules|library|libraries|npm|pip|field|schema|column|table"
    r"|graph|node|nodes|dependenc(?:y|ies)|upgrade|code|build|job|jobs|service|services|task"
    r"|tasks|crate|crates)\b"
)


_COVER_ROLE = rx.compile(
    r"\b(?:(?:to cover|covering|cover for|backfill(?:ing)?|replac(?:e|ing)) (?:for )?(?:a |an |the )?"
    r"(?:colleague|team member|member of staff|manager|employee|someone|\w+'s)\b|(?:contract"
    r"|role|position|post|vacancy|assignment|secondment) (?:to cover|covering))"
)


_BABY_BEFORE = rx.compile(
    r"\b(?:first|second|third|fourth|fifth|next|another|other|2nd|3rd|4th|new|her|his|their"
    r"|last|latest|youngest|older|little|own"
    r"|your|after|before|since|having|had|have|has|with|when|once|until|till|the)\s+$"
)


def _not_policy(hit: Hit) -> bool:
    if employer_statement(hit):
        return False
    m = hit.matched
    if m == "baby":
        # A bare "baby": a birth or child only after a possessive, an ordinal or a time
        # word ("after the second baby", "before their next baby").
        before = hit.before(30)
        if not _BABY_BEFORE.search(before) and not rx.search(
            r"\b(?:first|second|third|fourth|next|another|other|new|2nd|3rd|last)\s+$", before
        ):
            return False
        if rx.search(r"\b(?:the)\s+$", before) and not rx.search(
            r"\b(?:after|before|since|when|once|until|till|with|had|have|has|having|back"
            r"|from|for)\s+the\s+$",
            before,
        ):
            return False
    if clinical_work(hit):
        return False  # "good answers on postpartum haemorrhage protocol": clinical work
    if "dependa" in m or "dependent" in m:
        return not hit.in_sentence(_TECH_DEPENDENTS)
    if rx.search(r"leave|maternity|paternity", m):
        lo, hi = _full_sentence(hit)
        if _COVER_ROLE.search(hit.low, lo, hi):
            return False  # the vacancy covers a colleague's leave
    if (
        "leave" in m
        or "maternity" in m
        or "paternity" in m
        or rx.search(
            r"(?:parents|mothers|mums|moms|fathers|dads|carers|caregivers|child ?care|childcare"
            r"|day ?care|daycare|cr[eè]ches?|nursery)$",
            m,
        )
    ) and hit.in_sentence(_POLICY):
        lo, hi = _full_sentence(hit)
        return _CAND_CUE.search(hit.low, lo, hi) is not None
    return True


FAM_001 = Rule(
    id="CND-FAM-001",
    category="pregnancy_family",
    severity="error",
    title="Pregnancy or family plans",
    terms=(
        r"pregnan\w*|pregant|pregnent|preggers|preggo",
        r"expecting (?:a baby|a child|twins|(?:her|his|their) (?:first|second|third|fourth|next"
        r"|2nd|3rd|4th)|baby (?:number|no\.?) \w+|number (?:two|three|four)|a second|another"
        r"|baby|a little one)",
        r"(?:she's|she is|wife is|they're|they are|partner is|girlfriend is) expecting(?! (?:to"
        r"|that|an? |the|feedback|more|\d|us|me|him|her|them))",
        r"(?:she's|she is|wife's|wife is|partner's|partner is|they're|she was) due (?:in|on|this"
        r"|next|around|any day|soon)\b(?! (?:to|for))|(?:her|a|the) bump\b|family planning|"
        r"baby bump|morning sickness|baby (?:is )?due|due (?:in|this|next) (?:\w+ )?(?:with"
        r" (?:a|the|her|their) baby)",
        r"(?:maternity|paternity|parental|pregnancy|adoption|family|baby|newborn) leave",
        r"maternity|paternity",
        r"ivf|fertility (?:treatments?|issues|clinic|problems|struggles)|trying (?:to conceive"
        r"|for a baby|for kids|for children|for another)",
        r"(?:a |new |newborn |the )baby(?![- ](?:steps?|boomers?|monitors?|food|products?|formula"
        r"|gear|brand|clothes|registry|apps?|care brand|faced|face|proof\w*|talk|shark|grand"
        r"|boom))"
        r"|baby on the way|newborn",
        r"baby\b(?![- ](?:steps?|boomers?|monitors?|food|products?|formula|gear|brand|clothes"
        r"|registry|apps?|care|shark|blue|grand|names?|oil|wipes|shower gifts?|faced|face"
        r"|proof\w*|talk|boom)| out with)",
        r"(?:breast|chest)[- ]?feed\w*|lactation|pumping (?:breaks?|room|schedule)|nursing "
        r"(?:mother|mom|mum|breaks?|schedule)|miscarri\w+|c-section|gave birth|giving birth"
        r"|post-?partum|pre-?natal|ante-?natal",
        r"(?:(?:would|she'd|he'd|they'd) (?:like|love)|hopes? to have|hoping (?:to have|for)"
        r"|wants?|plans?|planning|trying for) (?:to have )?(?:a |another )?(?:second|third|fourth"
        r"|2nd|3rd|4th)? ?(?:child|kid|baby)\b",
        r"(?:start|starting|started|have|having|want|wants|wanting|plans? to have|planning to"
        r" have|plans? for|thinking about) (?:a family|kids|children|a baby|another (?:kid|child"
        r"|baby))",
        r"family plans|biological clock|(?:plans?|planning) to (?:have|start) a family",
        r"(?:on|off|coming off|came off|stopped taking) the pill\b|birth control|contracepti\w+",
        r"(?:without|no|has|have|with|any|his|her|their|of) (?:\w+ )?dependa?nts\b"
        r"|(?:without|no) (?:kids|children|family|ties|dependants|dependents)",
        r"(?:visibly|clearly|obviously|heavily|noticeably|apparently|possibly|maybe|probably"
        r"|prob|definitely|might be|may be|could be|looks?|looked|seems?|seemed|appears?"
        r"|appeared)(?: to be)? (?:expecting|pregnant)(?=\s*(?:[,.;:!?)\-\u2013\u2014]|$)"
        r"|\s+(?:in (?:january|february|march|april|may|june|july|august|september|october"
        r"|november|december|the (?:spring|summer|autumn|fall|winter|new year))|around|this"
        r" (?:spring|summer|autumn|fall|winter)|next (?:month|year|spring|summer|autumn|fall"
        r"|winter)|soon|again|twins|(?:a )?baby|(?:her|his|their) (?:first|second|third|next)))",
        r"expecting (?:in|around|by) (?:january|february|march|april|may|june|july|august"
        r"|september|october|november|december|the (?:spring|summer|autumn|fall|winter|new year))",
        r"(?:\d+|a few|several|two|three|four|five|six|seven|eight) (?:months?|weeks?) (?:along"
        r"|pregnant)|(?:mum|mom|mother|dad|father|parents?)[- ]to[- ]be|bun in the oven"
        r"|eating for two|in the family way|with child(?=\s*(?:[^\w\s]|$))|expectant (?:mum|mom"
        r"|mother|parents?|father|dad)|parenthood|motherhood(?! (?:and apple pie|statements?))"
        r"|fatherhood|mat leave|pat leave",
        # "the little one on the way", "congrats on the bump".
        r"(?:little one|bundle of joy|new arrival|new addition|addition to the family|sprog|bub"
        r"|little (?:boy|girl)|baby (?:number|no\.?) (?:two|three|four|\d)) (?:is )?on the way"
        r"|(?:congratulations|congrats|congratulate (?:you|her|him|them)|best wishes|good luck"
        r"|all the best|every happiness) (?:again |once again |too |also )?(?:on|with|for) (?:the"
        r"|your|her|his|their) (?:news of (?:the|your|her) )?(?:pregnancy"
        r"|little one|baby|new arrival|bump|growing family|new addition|expanding family"
        r"|impending arrival|happy news|news about the baby)",
        r"pump(?:ing)? (?:room|breaks?|on breaks)|room for pumping|lactation|breast ?pump\w*|upc"
        r"oming arrival|new arrival",
        r"(?:your|her) happy news|overlaps? with (?:your|her) due date",
        r"(?:she|she'll|she'd|she's|she will|she would|she needs?) (?:need to |needs to |have to"
        r" |has to )?pump\b",
        r"ttc\b(?! (?:pass|bus|subway|streetcar|route|station|system|line|card|stop))|trying to "
        r"conceive",
        r"(?:might|may|could) be (?:early on|expecting|in the family way)\b",
    ),
    check=_not_policy,
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
        "Clearly expecting, maybe due before the launch.",
        "Looked about seven months along; timing is bad.",
        "Probably expecting in the spring, so we'd lose her for Q2.",
        "Dad-to-be, so paternity time is likely.",
        "She's due in May, so the Q2 start looks unlikely.",
        "Said she'd like a second child in a year or two.",
        "Worried she won't come back after the second baby.",
        "Their third baby arrives in the summer, he said.",
        "Asked how long she was off after her last baby.",
        "We'd rather hire someone with no dependants for the overseas post.",
        "Our policy gives 20 weeks of parental leave; she asked twice, so likely planning a family.",
        "Congrats again on the news about the baby; let's talk once things settle.",
        "Has a little one on the way in spring, so the start date is tricky.",
        "Expecting her third in August, she mentioned at the end.",
        "Just came off the pill, she joked, so who knows what next year looks like.",
        "Best wishes for the new arrival; we hope to speak again when you return to work.",
        "She asked if there's a room for pumping on breaks, so she'd need extra breaks.",
        "She'll need to pump on shift, tricky on the hot line.",
        "TTC according to her socials.",
        "Loose dress and no coffee, might be expecting?",
    ),
    good=(
        "Designed the parental-leave self-service feature for 40k employees.",
        "Expecting to finish the certification in May.",
        "Ran the benefits team's maternity-policy rollout.",
        "He is expecting an offer from another company this week.",
        "Nine-month fixed-term contract covering a colleague's maternity leave.",
        "All employees receive 26 weeks of paid maternity leave and 4 weeks of paternity leave.",
        "You would be covering for a colleague on maternity leave; she returns next June.",
        "Probably expecting a counter-offer from her current employer.",
        "Seemed to be expecting more questions about system design.",
        "Mapped the dependents of each npm package before the upgrade.",
        "The module has no dependents, so removing it was safe.",
        "Midwife for 6 years; strong on postpartum haemorrhage management protocols.",
        "Taught the antenatal classes programme at the community clinic.",
        "Wrote the pregnancy-cohort analytics pipeline for the maternity unit.",
        "Baby steps first: she proposed a pilot with one team.",
        "Congratulations on the new role at Acme; we will keep your details on file.",
        "New arrivals are on the way to the store by Friday, so she planned the floor reset.",
        "Built the birth control reminder feature for a women's health app.",
        "Good luck with the new arrivals display; she planned it in a day.",
        "Has a baby-faced look but answered every scenario question at level 4.",
        "Takes the TTC subway to the site; commute is 40 minutes.",
    ),
)


# Children as the client group or the subject of a job title ("Children's Librarian",
# "children's services"), or contact with children as part of the work.
_CLIENT_GROUP = rx.compile(
    r"^(?:'s|s'|')? (?:[\w-]+ )?(?:librar(?:y|ian|ians)|nurses?|nursing|wards?|hospitals?"
    r"|tutors?|teachers?|coach(?:es)?|instructors?|entertainers?|parties|choirs?|football"
    r"|swimming|summer camps?"
    r"|services?|charit(?:y|ies)|books?|authors?|illustrators?|tv|television|programm\w*"
    r"|entertainment|education|educators?|department|team|units?|homes?|centres?|centers?"
    r"|museums?|theat(?:re|er)s?|publishing|publishers?|coordinators?|officers?|workers?"
    r"|therap\w+|dentist\w*|doctors?|physicians?|specialists?|ministry|commissioner|rights"
    r"|protection|safeguarding|mental health|social care|social work|clinic|clinics|camps?"
    r"|sports?|activities|wear|clothing|products?|toys?|games?|apps?|content|media|choir"
    r"|speech|audiology|oncology|surgery|emergency|a&e|ed|icu|hospice|play ?(?:specialist"
    r"|worker)s?|and (?:young people|families|adolescents|youth))\b"
)
_WORK_WITH = rx.compile(
    r"\b(?:work|works|worked|working|contact|deal|dealing|deals|engage|engaging|interact\w*"
    r"|caring for|care for|teach\w*|support\w*|safeguard\w*|experience|directly|closely)"
    r"[\s-]+(?:with[\s-]+(?:(?:young|vulnerable|small|disabled|sick|local)\s+)?)?$"
)


_KIN = rx.compile(
    r"\b(?:mother|father|mom|mum|dad|parents?|sister|brother|siblings?|grand\w+|gran|nan"
    r"|husband|wife|partner|son|daughter|family|relatives?|in-laws?|aunt|uncle|kids|children"
    r"|child|baby|grandchildren)\b"
)


_CARE_JOB = rx.compile(
    r"\b(?:as an?|nurse|nursing|teacher|teaching|ward|clinic|hospital|school|camp|icu|nursery"
    r"|paediatric|pediatric|years? (?:as|in)|shifts?|patients?|caseload)\b"
)


#: Children as the people a childcare, teaching or museum candidate works with.
_CHILD_WORK = rx.compile(
    r"\b(?:trial (?:hour|shift|day)|circle time|toddler room|infant room|classroom|lesson|docent"
    r"|tour|ratios?|storytime|story time|campers|pediatric\w*|paediatric\w*|students?"
    r"|teaching|museum|observation points|checklist|guide position|rubric|redirected|sample"
    r"|caseloads?|off[- ]task|exit tickets?|\d+(?:st|nd|rd|th) grade"
    r" lesson|mock|role[- ]?play|scenario)\b"
)


def _not_tech_child(hit: Hit) -> bool:
    m = hit.matched
    if (
        rx.match(r"(?:the |a |two |three |\w+ )?(?:kids|children|child|toddlers?|infants?)$", m)
        and hit.in_sentence(_CHILD_WORK)
        and not rx.search(
            r"\b(?:sick|cover|childcare|daycare|babysit\w*|at home|pick ?up|drop ?off|her own|his"
            r" own|your own)\b",
            hit.sentence,
        )
    ):
        return False  # "made eye contact with the kids during the trial hour"
    if m.startswith("nann") and rx.match(r"^\s+(?:for|at|to|in)\b", hit.after(6)):
        return False  # "Nanny for two families for three years": a former job
    if not _not_policy(hit):
        return False
    if rx.match(r"(?:as an? )?(?:caregiver|carer)s?$", m) and rx.search(
        r"\b(?:work\w*|employed|job|jobs|years?|months?|role|shifts?|paid|agency|trained"
        r"|qualified|experience|career|started|began|volunteer\w*)\s+(?:as\s+an?\s+)?$",
        hit.before(30),
    ):
        return False  # "worked as a carer in a nursing home": a job
        # Helping at home counts as caregiving only with a relative named nearby.
        ctx = hit.low[max(0, hit.start - 150) : hit.end + 100]
        return _KIN.search(ctx) is not None
    care_verb = rx.match(r"(?:caring|cares|care|looking|looks|look|looked|caregiving)\b", m)
    time_off = rx.match(r"(?:time off|leave|flex|days off|time away)\b", m)
    if time_off or (care_verb and rx.search(r"\b(?:him|her|them)$", m)):
        # Care for or time off to help someone: family only when a relative is named.
        lo, hi = _full_sentence(hit)
        return _KIN.search(hit.low, lo, hi) is not None
    if rx.match(r"^\s*(?:'s )?(?:process|node|element|class|theme|component)", hit.after(15)):
        return False
    m = hit.matched
    if m.startswith(("children", "child", "kids")) and _CLIENT_GROUP.match(hit.after(40)):
        return False
    if m.startswith("with "):
        return _WORK_WITH.search(hit.before(30)) is None
    if m.startswith(("children", "kids")) and rx.search(r"\bcare[sd]? for\s+$", hit.before(12)):
        # "cared for children in the ICU as a paediatric nurse": care as the job.
        return not hit.in_sentence(_CARE_JOB)
    return not (m.startswith(("children", "kids")) and _WORK_WITH.search(hit.before(40)))


FAM_002 = Rule(
    id="CND-FAM-002",
    category="pregnancy_family",
    severity="error",
    title="Children, childcare or caregiving",
    terms=(
        r"kids|kiddos?|children|childcare|child[- ]care|daycare|day[- ]care|nann(?:y|ies)"
        r"|babysit\w*|toddlers?|infants?|twins|step-?(?:kids|children|sons?|daughters?)",
        r"school (?:run|pick-?ups?|pick up|drop-?offs?|hours|holidays|runs)",
        r"(?:a|one|two|three|four|five|six|\d|young|small|little|sick|his|her|their|your) (?:kid"
        r"|child)(?:'s)?",
        r"(?:your|his|her|their|cand'?s) little (?:one|ones|boy|girl|man|lad|lass)(?![-\w])"
        r"|(?:has|have|had|got|with|w/) (?:a |two |three )?little (?:one|ones|boy|boys|girl|girls"
        r"|lad|lads)(?![-\w])"
        r"|little ones? (?:at home|to look after|in nursery|at nursery)"
        r"|nursery (?:run|pick-?ups?|drop-?offs?|fees|hours|places?)|childminders?|cr[eè]ches?"
        r"|au pairs?|after-?school (?:club|care|pick-?ups?)|half-?term|(?:has|have|had|got|shares?"
        r"|shared|joint|full|sole|primary|partial|split|weekend) custody\b|custody (?:arrangements?"
        r"|battle|schedule|hearing|of (?:his|her|their))|co-?parent\w*|shared custody",
        r"(?:single|working|stay[- ]at[- ]home|new|young|busy|soccer|foster|full[- ]time|first[- ]time"
        r"|expectant|teen|solo) (?:mom|mother|mum|dad|father|parent)s?",
        r"(?:step-?)?(?:mom|mother|mum|dad|father|parent)s? (?:of|to) (?:one|two|three|four|five"
        r"|\d|twins|a|young"
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
        r"(?:young|growing|expanding) famil(?:y|ies)\b(?! (?:of|business|firm|brand|compan\w+"
        r"|owned|run)\b)|family[- ]oriented|little ones|your (?:babies|baby)\b|(?:his|her|their) (?:family|families|boys|girls|baby"
        r"|babies)\b(?! (?:business|firm|name|owned|office)| of (?:products|brands|tools|apps"
        r"|services|compan\w+|sites|funds|fonts|models|protocols|languages))",
        r"(?:has|have|with|w/) (?:a |two |three |four )?(?:young |small |little )?(?:family|kids"
        r"|children)(?! of (?:products|tools|models|protocols|languages|fonts|drugs|micro\w+"
        r"|services|apps|brands|compan\w+|sites|stores|businesses|funds|chips|devices|algorithms"
        r"|librar\w+|packages|plugins|processes|nodes|elements))",
        r"(?:caring|cares|care|looking|looks|look|looked|caregiving) (?:for|after) (?:him|her"
        r"|them)\b|(?:looking|looks|look|looked) after (?:his|her|their|an?) (?:\w+ )?(?:mother"
        r"|father|mom|mum|dad|parents?|sister|brother|grandmother|grandfather|gran|nan|husband"
        r"|wife|partner|son|daughter|family|relatives?|in-laws?|kids|children|grandchildren)",
        r"(?:helping|helped|helps|help) (?:out )?(?:at home|around the house)|(?:helping"
        r"|helped|helps) (?:to )?(?:look after|care for|nurse) (?:his|her|their)"
        r" (?:\w+ )?(?:mother|father|mom|mum|dad|parents?|sister|brother|grandmother"
        r"|grandfather|gran|nan|husband|wife|partner|family|in-laws?)",
        r"(?:time off|leave|flex(?:ibility)?|days off|time away) (?:to|so (?:he|she|they) can)"
        r" (?:help out|help (?:him|her|them)|look after|care for|support (?:him|her|them)|be with"
        r" (?:him|her|them)|help (?:his|her|their) \w+)",
        r"(?:daughter|son|kid|child)'s (?:\w+ )?(?:team|school|games?|practice|recital|league)",
        r"mom-?ish|mum-?ish|mommy-?ish",
        r"special[- ]needs (?:son|daughter|kid|child|children|boy|girl)",
        r"(?:the|her|his) (?:baby)?sitter (?:was|is|kept|texting|called)",
        r"homeschool(?:s|ing|ed)? (?:all |her |his |their |the )?(?:\d+|two|three|four|five|six|"
        r"seven|eight|nine|ten|kids|children|boys|girls)\b",
        r"mouths to feed",
    ),
    check=_not_tech_child,
    exemptions=frozenset({"professional"}),
    message="Mentions children, childcare or caregiving responsibilities.",
    rationale=_HOOK,
    suggestion=_DELETE,
    bad=(
        "Her dad's had a stroke and she's been helping out at home a lot.",
        "Helping to look after his grandmother most evenings, he said.",
        "Given your young family, the travel may be too much for you.",
        "He has a growing family, so the night shifts could be hard.",
        "Has two kids, so on-call could be hard.",
        "Single mom, might need flexible hours.",
        "Mentioned daycare pickup at 5.",
        "Caring for her elderly mother.",
        "Family commitments may limit travel.",
        "Please reapply when your little one has started school.",
        "Has a little one at home, so late calls are hard.",
        "Has to do the nursery run at 8, so early stand-ups are out.",
        "Relies on a childminder who finishes at 5.",
        "Shared custody, so every other week he can't travel.",
        "The schedule may be hard to manage with a young family.",
        "Once your child is older, this role may suit you better.",
        "Her father had a stroke and she's looking after him most evenings.",
        "His sister is unwell; he'd need time off to help out.",
        "Stepdad to three teenagers, so evening calls are hard.",
        "Mother to a toddler and a newborn, she said.",
        "Has custody every other weekend, so Saturday shifts are tricky.",
        "Has a little girl with special needs, so she needs predictable hours.",
        "Homeschools four kids, so when would he have time for call?",
        "Mouths to feed at home, so he'll grind for commission.",
    ),
    good=(
        "Helped out at home-office setup for the whole sales team during lockdown.",
        "Spawns a child process per request.",
        "Taught coding to children at a summer camp for three years.",
        "Built the school pick-up scheduling app for a district of 30 schools.",
        "Role requires 30% travel; stated to all candidates; candidate confirmed.",
        "Thank you for applying for the Children's Services Manager post.",
        "The role involves working with children, so a safeguarding check is required.",
        "Six years as a children's nurse on a paediatric ward.",
        "Built a little one-off script to dedupe the records.",
        "Built a little one in Python for the demo.",
        "We wish you and your family all the best for the future.",
        "A tree node with child nodes is rendered recursively.",
        "Looked after her intern's onboarding and gave him a clear plan.",
        "Parental leave is 20 weeks for all new parents, regardless of gender.",
        "Our benefits include subsidised on-site childcare for all staff.",
        "As a paediatric nurse she cared for children on a busy ward.",
        "Nanny for two families for three years before retraining as a developer.",
        "Has a family of microservices to maintain in production.",
        "Needs time off to help out at the community garden on Fridays.",
        "Worked as a carer in a nursing home for two years before retraining.",
        "Kept chain of custody for evidence logs as a police property officer.",
        "Three years as a caregiver at a home-care agency; strong on handover notes.",
        "Our caseload is kids 0-12; she has four years of pediatric OT.",
    ),
)


def _personal(hit: Hit) -> bool:
    return (
        hit.personal()
        or rx.search(r"\b(?:my|our|a|one|two|three|\d)\s*$", hit.before(8)) is not None
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
    if employer_statement(hit):
        return False
    if hit.matched == "married" and rx.match(
        r"^\s+(?:the|two|these|those|our|their|its|a|an|it|them|this|that)\b", hit.after(10)
    ):
        return False
    if hit.matched.endswith("engaged"):
        return not rx.match(
            r"^\s*(?:in|with|during|throughout|by|on|about|at|and (?:engaging|curious|focused)"
            r"|enough|the whole|from|all|across|for|when|while|the|our|their|his|her|its|a|an"
            r"|local|key|community|stakeholders?|vendors?|clients?|customers?)\b",
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
        r"(?:is|she's|he's|they're|just got|just|recently|newly|got|getting) engaged",
        r"husbands?|wife|wives|spouses?|spousal|hubby|(?:his|her|their) (?:partner|significant "
        r"other|other half|better half)(?! (?:at|in|of|firm|company|agency|organi[sz]ation"
        r"|account|team|teams|org|from|on the))",
        r"(?:is|she's|he's|they're|recently|newly|currently|now) (?:single|divorced|separated"
        r"|widowed)|divorc(?:e|ed|ing|ee)|widow(?:ed|er|s)?",
        r"maiden name|in-laws?|(?:mother|father|sister|brother)-in-law|house ?wife|home ?maker"
        r"|stay[- ]at[- ]home",
        r"(?:mr\.?|mrs\.?|ms\.?|miss) or (?:mrs|miss|ms)\.?|marital status",
        r"(?:whether|if) (?:she|he|they)(?:'ll| will|'s| is| are|'re)? (?:be )?chang(?:e|ing) (?"
        r":her |his |their )?(?:last |sur)?names?",
        r"(?:since|because|bc|as) (?:there's |there was |she has |she had |he has |he had |she w"
        r"ore |he wore )?no (?:wedding )?ring|(?:wedding|engagement) ring",
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
        "She's just engaged, so expect her to move on within a year.",
        "Ask whether she'll be changing her name after the wedding.",
        "Put Miss on the form since there's no ring.",
    ),
    good=(
        "Highly engaged in the design discussion.",
        "Built a wedding-planning marketplace from zero to 200k users.",
        "Partnered with the finance team on the migration.",
        "Recently engaged the county's road crews on the new salting schedule.",
    ),
)


_NUM_WORD = (
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
    r"|fifteen|sixteen|seventeen|eighteen)"
)
# Who the child belongs to: "has a two-year-old", "her 3yo", "mum of a 6-month-old".
_CHILD_OWNER = rx.compile(
    r"\b(?:has|have|had|having|got|with|w/|her|his|their|your|cand'?s|of|plus|and|new|own"
    r"|mum to|mom to|mother to|dad to|father to|parent to|parents to)\s+(?:(?:an?|one|two"
    r"|three|four|twin|young|little|small|toddler|baby|newborn|teenage|\d)\s+){0,2}$"
)
# What may follow a child named by age: the end of a clause, a child noun, or a verb;
# not a thing ("a two-year-old laptop", "her 10-year-old codebase").
_CHILD_AFTER = rx.compile(
    r"^(?:\s*(?:[^\w\s]|$)|\s+(?:and|at|who|so|in|but|which|that|to|plus|or|with|daughter"
    r"|son|boy|girl|kid|child|twins?|baby|boys|girls|kids|children|sons|daughters|she|he"
    r"|they|might|may|could|would|will|is|was|are|has|have|needs?|starting|starts|started"
    r"|still|now|going|means|makes|keeps|gets|home|too|as well|right now|on the way)\b)"
)


def _child_by_age(hit: Hit) -> bool:
    """A child named by age ("has a two-year-old"), not the age of a thing or of the
    candidate ("she's a 45-year-old", "a 10-year-old codebase")."""
    if not _not_policy(hit):
        return False
    if not _CHILD_OWNER.search(hit.before(30)):
        return False
    return _CHILD_AFTER.match(hit.after(20)) is not None


FAM_005 = Rule(
    id="CND-FAM-005",
    category="pregnancy_family",
    severity="error",
    title="Young child or teenager named by age",
    terms=(
        # The number and the unit as one literal ("two-year", "six month"), so the scan
        # does not stop at every "one" or "two".
        _NUM_WORD + r"(?:-| )(?:year|yr|month|week)s?[- ]?olds?",
        r"\d{1,2}(?:-| |)(?:year|yr|month|mo|week)s?[- ]?olds?",
        r"\d{1,2} ?(?:yo|y/o|y\.o\.)(?![\w/])",
        r"(?:teenagers|teens|tweens|pre-?teens|preschoolers?|under[- ](?:fives|5s|threes|twos"
        r"|tens)|school[- ]age (?:kids|children|boys|girls))",
    ),
    check=_child_by_age,
    exemptions=frozenset({"professional"}),
    message="Mentions the candidate's child by age.",
    rationale=_HOOK,
    suggestion=_DELETE,
    bad=(
        "Has a six-month-old at home, so the early shifts may be a stretch.",
        "Her 3yo starts nursery in May; she asked about late starts.",
        "Mum of a 4-year-old and a newborn, said the travel is fine for now.",
        "He has two teenagers, so evenings are busy, he said.",
        "With an 18-month-old, the on-call rota might be tough.",
    ),
    good=(
        "Has a two-year-old laptop that she brought for the pairing exercise.",
        "Maintains a 10-year-old codebase of 400k lines in Perl.",
        "Ran the after-school coding club for teenagers as a volunteer tutor.",
        "Taught swimming to under-fives at the leisure centre for two summers.",
        "Her capstone studied sleep in 3-year-olds at the university lab.",
    ),
)


_GUARD_KIN = rx.compile(
    r"\b(?:mother|father|mom|mum|dad|parents?|sister|brother|siblings?|grand\w+|gran|nan"
    r"|aunt|auntie|uncle|niece|nephew|cousin|son|daughter|kids|children|child|husband|wife"
    r"|partner|in-laws?|relatives?|family|(?:his|her|their) (?:\w+ )?(?:ward|wards))\b"
)
_GUARD_PERSONAL = rx.compile(
    r"(?:\b(?:his|her|their|cand'?s|candidate'?s|is|was|she's|he's|they're|became|become"
    r"|becoming|acts as|acting as|serves as|as)\s+(?:the\s+|a\s+|an\s+)?(?:\w+\s+)?$)"
)


def _guardian(hit: Hit) -> bool:
    """Guardianship or care of a relative, not a role ("guardian ad litem", "Caldicott
    guardian", "The Guardian")."""
    if employer_statement(hit):
        return False
    m = hit.matched
    if m.startswith(("guardian", "legal", "court", "kinship", "special")) and rx.match(
        r"^\s*(?:forms?|consents?|signatures?|fields?|details|contacts?|e-?mails?|portal|app"
        r"|records?|data|information|info|sign-?off|permissions?|accounts?|role|roles)\b",
        hit.after(20),
    ):
        return False  # "the legal guardian form": a field or a document
    if m.startswith(("guardian", "legal", "court", "kinship")):
        if rx.match(
            r"^\s*(?:ad litem|angels?|newspaper|app|service|role|post|scheme"
            r"|programme|program|volunteer|council)\b",
            hit.after(20),
        ):
            return False
        if (
            rx.search(
                r"\b(?:caldicott|data|freedom to speak up|speak up|safeguarding|the)\s+$",
                hit.before(25),
            )
            and not rx.search(r"\bthe\s+legal\s+$", hit.before(12))
            and (not _GUARD_KIN.search(hit.low, hit.s_start, hit.s_end))
        ):
            return False
        orig = hit.original
        if orig[:1] == "G" and hit.start > hit.s_start + 2 and not hit.in_sentence(_GUARD_KIN):
            return False  # "The Guardian": a newspaper
        return hit.in_sentence(_GUARD_KIN) or _GUARD_PERSONAL.search(hit.before(40)) is not None
    return True


FAM_006 = Rule(
    id="CND-FAM-006",
    category="pregnancy_family",
    severity="error",
    title="Guardian of, or caring for, a relative",
    terms=(
        r"(?:legal |court[- ]appointed |kinship |special )?guardian(?:ship)?s?\b",
        r"power of attorney (?:for|over) (?:his|her|their) (?:\w+ )?(?:mother|father|mom|mum"
        r"|dad|parents?|sister|brother|grand\w+|gran|nan|aunt|uncle|husband|wife|partner"
        r"|son|daughter|family|relatives?|in-laws?)",
        r"(?:takes?|taking|took|taken) care of (?:his|her|their) (?:\w+ )?(?:mother|father|mom"
        r"|mum|dad|parents?|sister|brother|siblings?|grand\w+|gran|nan|aunt|uncle|niece|nephew"
        r"|husband|wife|partner|son|daughter|family|relatives?|in-laws?|kids|children|little"
        r" (?:brother|sister|ones?))",
        r"(?:responsible for|supports?|supporting|provides? for|providing for|cares? for"
        r"|caring for|lives with and (?:cares for|supports)) (?:his|her|their) (?:younger"
        r" |little |disabled |sick |elderly |ailing |frail |dying )(?:siblings?|brothers?|sisters?"
        r"|mother|father|mom|mum|dad|parents?|grand\w+|aunt|uncle|niece|nephew)",
    ),
    check=_guardian,
    exemptions=frozenset({"professional"}),
    message="Records that the candidate is a guardian of, or cares for, a relative.",
    rationale=_HOOK + " Caring for a dependent relative is familial status and caregiver "
    "information, whatever word names it.",
    suggestion=_DELETE,
    bad=(
        "She's the legal guardian of her two nephews, so weekends are hard.",
        "Has guardianship of his younger sister since their mum died.",
        "Holds power of attorney for her father and handles his appointments.",
        "Takes care of his grandmother most evenings, so no late calls.",
        "Responsible for her younger siblings; asked about school-hours shifts.",
    ),
    good=(
        "Volunteered as a guardian ad litem for the county court for three years.",
        "Caldicott guardian for the trust; signed off data-sharing agreements.",
        "Quoted in The Guardian on warehouse automation last year.",
        "Takes care of the month-end close for three subsidiaries.",
        "Responsible for the onboarding of junior analysts on her team.",
        "Her legal guardian consent form for the school-trip app was user-tested with parents.",
    ),
)

_LEAVE_SUSPICION = rx.compile(
    r"\b(?:read(?:ing)? (?:into|between)|between the lines|planning|plans?|priorit\w*|first"
    r"|before anything|might|probably|prob|expecting|guess\w*|wonder\w*|sounds like|pass"
    r"|red flag|flag\w*|hmm+|telling|suspicious|noted|tells? you|concern\w*|worr\w*|soon)\b"
    r"|\.{3}|\u2026|\?"
)


def _family_signal(hit: Hit) -> bool:
    """A leave question read as a sign of plans; a sign, call or move-in as family status."""
    if clinical_work(hit) or employer_statement(hit):
        return False
    m = hit.matched
    if rx.match(r"(?:asked|asking|asks|question|enquir|inquir)", m):
        lo = hit.s_start
        hi = min(len(hit.low), hit.end + 80)
        return _LEAVE_SUSPICION.search(hit.low, lo, hi) is not None
    if "showing" in m:
        return (
            rx.search(r"\b(?:she|her|she's|bump|blazer|jacket|dress|top)\b", hit.sentence)
            is not None
        )
    return True


FAM_007 = Rule(
    id="CND-FAM-007",
    category="pregnancy_family",
    severity="error",
    title="Family plans or duties read from a leave question, a sign or a call",
    terms=(
        r"(?:asked|asking|asks|questions?|enquired|inquired)(?: a lot| a bunch| twice| again"
        r"| repeatedly| several times| lots)? about (?:the |our |your |any )?"
        r"(?:parental|maternity|paternity|family|pregnancy|adoption|fertility|ivf|childcare)"
        r" (?:leave|benefits?|coverage|policy|policies|plan|options)(?: (?:policy|policies|plan"
        r"|benefits?|coverage|options))?",
        r"expanding (?:the|her|his|their) family|(?:more|another) (?:kids?|baby|babies|child"
        r"|children) on the way|(?:big|large|whole) family on the way|family on the way",
        r"(?:might be|may be|could be|is|she's|starting to|already|was) showing\b(?! (?:us|me"
        r"|them|the|her|his|how|what|up|off|good|strong|signs|real|great|some|initiative"
        r"|leadership|promise|interest|improvement|progress))",
        r"baby shower|(?:guess\w*|think|probably|prob|maybe|sounds like|bet) (?:she's|they're|she is"
        r"|they are) trying\b(?! (?:to (?!conceive)|out|for (?:the|a) (?:role|job|position|team)))"
        r"|(?:moms|mums|mothers|new parents|dads|fathers) (?:never|don't|do not|can't|cannot|won't"
        r"|always|usually|tend to|rarely) (?:\w+ )?(?:last|stay|stick|handle|cope|want|work)\b",
        r"school nurse|calls? from (?:the |her |his |their )?(?:school|daycare|day care|nursery"
        r"|babysitter|sitter|nanny|kids?|son|daughter)\b",
        r"(?:mother|father|mom|dad|mum|parents?|grandmother|grandfather|grandma|grandpa|in-laws?"
        r"|mother-in-law|father-in-law)(?: [\w-]+){0,2} moved in with (?:them|him|her|us)\b",
        r"read into that|read into it",
    ),
    check=_family_signal,
    exemptions=frozenset({"professional"}),
    message="Reads pregnancy, family plans or caring duties from a leave question, a sign seen "
    "in the interview or a call taken.",
    rationale=_HOOK
    + " A question about parental leave is a protected enquiry; reading it as a plan to have "
    "children, or guessing that a candidate is 'showing', records pregnancy as a factor "
    "(Title VII as amended by the Pregnancy Discrimination Act; PWFA).",
    suggestion=(
        "Delete it. Answer leave questions from the policy for every candidate and record "
        "only job-related evidence."
    ),
    bad=(
        "Asked about the parental leave policy in the first 10 min... read into that what you will.",
        "She asked about the parental leave policy before anything else. Sounds like she's planning.",
        "Asked about the family plan on the health insurance, might be expanding the family?",
        "Looked like she might be showing a little, hard to tell with the blazer.",
        "Stepped out twice to take calls from the school nurse.",
        "His mother moved in with them after her stroke, so expect days off.",
    ),
    good=(
        "Asked about the parental leave policy; HR sent it to her, as to every finalist.",
        "Showing strong judgement in the triage scenario, 4/5.",
        "Was showing the panel her portfolio when the call dropped.",
        "Worked as a school nurse for six years; triaged 40 students a day.",
        "We answered her questions about the adoption leave policy, same as for every finalist.",
    ),
)


RULES = (FAM_001, FAM_002, FAM_003, FAM_004, FAM_005, FAM_006, FAM_007)
