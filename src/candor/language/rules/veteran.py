"""Military and veteran status (USERRA, 38 U.S.C. 4311)."""

from __future__ import annotations

from candor.language import rx
from candor.language.context import Hit, employer_statement
from candor.language.model import Rule

_HOOK = (
    "USERRA (38 U.S.C. 4311) forbids denying initial employment because of membership in, "
    "or an obligation to, the uniformed services, Guard and Reserve included; discharge "
    "type and veteran stereotypes are not job-related."
)
_BRANCH = (
    r"(?:army|navy|marines?|marine corps|air force|coast guard|military|national guard"
    r"|reserves?|armed forces|idf|raf|royal navy)"
)

# A military trade named right after the branch ("former Marine Corps supply chief",
# "ex-Army mechanic"): job-related experience, not status.
_TRADE = rx.compile(
    r"^(?:'s)?\s*(?:corps\s+|reserve\s+)?(?:[\w-]+\s+){0,2}?(?:engineers?|electricians?"
    r"|mechanics?|technicians?|medics?|corpsman|nurses?|pilots?|analysts?|specialists?|operators?"
    r"|logisticians?|logistics|supply|signals?|intelligence|cyber|linguists?|instructors?"
    r"|quartermasters?|armou?rers?|cooks?|chefs?|drivers?|controllers?|navigators?|paralegals?"
    r"|comms|communications|programmers?|developers?|firefighters?|electronics|radar|avionics"
    r"|aircraft|helicopter|maintainers?|maintenance|surveyors?|planners?|procurement|finance"
    r"|accountants?|recruiters?|dental|sappers?|hydrographers?|meteorologists?|dispatchers?"
    r"|inventory|warehouse|fleet|payroll|radiographers?|paramedics?|cartographers?)\b"
)
_TECH = rx.compile(
    r"\b(?:prod|production|staging|release|releases|pipeline|server|servers|builds?|code"
    r"|apps?|cluster|rollbacks?|ci|cd|kubernetes|k8s|aws|azure|gcp|docker|canary|hotfix"
    r"|failures?|incidents?|downtime|outages?|automat\w+|deploys?)\b"
)


_SLA = rx.compile(
    r"\b(?:sla|slas|uptime|vendor|supplier|contract|contractual|client|customer|tracking"
    r"|dashboard|service level)\b"
)


_SERVICE = rx.compile(
    r"\b(?:drill\w*|deploy\w*|mobili[sz]\w*|call(?:ed)?[- ]up|army|navy|military|unit|training"
    r"|weekends? a month|annual training|enlist\w*|service)\b"
)


_RELEASE = rx.compile(
    r"\b(?:qa|release|feature|sprint|version|rollout|migration|fix|patch|go-live|launch"
    r"|environment|app|model|update|upgrade|stack|infra\w*|cloud|tests?|testing|window)\b"
)


def _status(hit: Hit) -> bool:
    """Drop a branch named as part of a military trade, and deployment talk about software."""
    if employer_statement(hit):
        return False
    if _TRADE.match(hit.after(40)) is not None:
        return False
    if rx.match(
        r"^(?:'s|s'|')?\s*(?:[\w-]+\s+)?(?:outreach|programm?e?s?|affairs|services|charit(?:y|ies)"
        r"|hiring|recruit\w*|benefits|coordinators?|advocates?|associations?|organi[sz]ations?"
        r"|hospitals?|administration|employment|support|network|group|fund|housing|office"
        r"|cent(?:re|er)s?|liaison|transition)\b",
        hit.after(30),
    ) and not rx.match(r"(?:ex|former)", hit.matched):
        return False  # "veterans' outreach coordinator": the work, not the candidate's status
    m = hit.matched
    if (
        "drill" in m
        and hit.in_sentence(
            rx.compile(
                r"\b(?:fire|emergency|evacuation|safety|disaster|tabletop|incident|failover|recovery"
                r"|lockdown|spill|plan|exercise|coordinat\w*|volunteer\w*)\b"
            )
        )
        and not hit.in_sentence(
            rx.compile(
                r"\b(?:guard|reserves?|reservist|army|navy|military|unit|drill sergeant"
                r"|infantry|battalion|brigade|regiment|squadron|platoon|marines?|air force"
                r"|coast guard|(?:\d+(?:st|nd|rd|th)|airborne|armou?red|cavalry) division)\b"
            )
        )
    ):
        return False  # "the drill weekend for the emergency plan": an exercise at work
    if m in ("vet", "vets"):
        # A bare "vet" is a veteran only with a service cue and no animal or vetting sense.
        ctx = hit.low[max(0, hit.start - 80) : hit.end + 80]
        if rx.search(
            r"\b(?:to|should|will|must|can|could|would|we|i|please|and|properly)\s+$",
            hit.before(15),
        ) or rx.match(
            r"^\s+(?:the|his|her|their|all|each|every"
            r"|them|him|references?|claims?)\b",
            hit.after(15),
        ):
            return False  # "vet" as a verb: check
        if rx.search(
            r"\b(?:animals?|pets?|dogs?|cats?|horses?|clinic|practice|surgery|veterinar\w*"
            r"|vet (?:tech|techs|school|nurse|med)|livestock|equine|vaccin\w*|vetting|vetted"
            r"|vendors?|suppliers?)\b",
            ctx,
        ):
            return False
        return (
            rx.search(
                r"\b(?:got out|getting out|get out|served|service|army|navy|marines?|military"
                r"|air force|forces|deploy\w*|tours?|enlisted|discharged?|separated|ets|dd-?214"
                r"|va|gi bill|combat|infantry|platoon|squad|corps|reserves?|guard|retired|ex"
                r"|tax credits?|wotc)\b",
                ctx,
            )
            is not None
        )
    if m == "discharge":
        if not rx.search(
            r"\b(?:his|her|their|your|about|of|military|army|navy|service)\s+$", hit.before(20)
        ):
            return False
        return not rx.search(
            r"\b(?:hospital|ward|wards|patients?|icu|clinic|rehab|surgery|nurs\w*|electr\w*"
            r"|batter\w*|capacitors?|static|pollut\w*|sewage|effluent|water|wastewater|pipe"
            r"|summar\w*|planning|bed|beds|medication)\b",
            hit.low[max(0, hit.start - 100) : hit.end + 100],
        )
    if rx.match(r"civ", m):
        # "adjusting to civilian life": leaving the forces; not "civilian staff" or an app.
        return not rx.search(r"\b(?:app|product|users?|customers?)\b", hit.sentence)
    if rx.match(
        r"(?:iraq|afghanistan|helmand|kandahar|basra|fallujah|kabul|kuwait|mosul|bosnia"
        r"|kosovo)$",
        m,
    ):
        # A war theatre counts as service only with a service verb just before it.
        if rx.search(
            r"\b(?:contract|project|assignment|secondment|office|ngo|un|embassy|client|job|role"
            r"|company|firm|charity|aid|consult\w*|procurement|business)\b",
            hit.sentence,
        ):
            return False
        return (
            rx.search(
                r"\b(?:back|home|returned|returning|came back|served|serving|stationed|deployed"
                r"|tours?|posted|fought|combat|medic|infantry|veteran|vet|in the army|with the"
                r" army)\s+(?:from\s+|in\s+|to\s+|of\s+)?$",
                hit.before(35),
            )
            is not None
        )
    if m == "deployment":
        # "back from your deployment": a tour of duty, not a software release.
        if rx.match(r"^\s+(?:of|for|pipeline|plan|script|process|window)\b", hit.after(12)):
            return False
        if (
            rx.match(
                r"^\s+(?:next|this|in|later|soon|again|overseas|abroad|orders?)\b", hit.after(15)
            )
            and hit.in_sentence(rx.compile(r"\b(?:he|she|they|him|her|you|told|said|mentioned)\b"))
            and not hit.in_sentence(_TECH)
            and not hit.in_sentence(_RELEASE)
        ):
            return True  # "deployment next year is likely, he told us"
        return not hit.in_sentence(_TECH) and (
            rx.search(
                r"\b(?:back|returns?|returned|returning|home|leave|away|during|after|before|on)"
                r"\s+(?:from\s+)?(?:his|her|their|your)\s+(?:next\s+|last\s+|latest\s+)?$",
                hit.before(40),
            )
            is not None
        )
    if m in ("deployed", "mobilised", "mobilized"):
        # Called to serve: a person will "be deployed", not a build deployed to production.
        if hit.in_sentence(_TECH) or rx.match(
            r"^\s+(?:to|on|at|onto|with) (?:the |a |an |our |their |his |her )?(?:client|customer"
            r"|project|site|team|account|engagement|office|field|region|squad|programme|program"
            r"|rollout|launch|\w+ (?:team|project|client|site))\b",
            hit.after(40),
        ):
            return False
        return (
            rx.search(
                r"\b(?:you|he|she|they|you're|he's|she's|they're|cand|candidate|applicant"
                r"|husband|wife|partner|unit)\b[^.;!?]{0,30}?\b(?:be|get|gets|getting|being|been"
                r"|was|were|is|are|'s|'re)\s+(?:\w+\s+)?$",
                hit.before(60),
            )
            is not None
        )
    if m.endswith(("the guard", "the reserve", "the reserves")):
        # "with the Guard": the service only when capitalised or a service word is near.
        if m.endswith("the reserves") and rx.search(
            r"\b(?:still|is|was|'s|are|were|been|be|served|serving|years|currently|now|also"
            r"|time|he|she|they|joined)\s+(?:\w+\s+)?$",
            hit.before(25),
        ):
            return True  # "still in the reserves"
        return "Guard" in hit.original or "Reserve" in hit.original or hit.in_sentence(_SERVICE)
    if "deploy" in m or "mobili" in m or "activation" in m:
        return not hit.in_sentence(_TECH)
    if m.startswith("service obligation") and hit.in_sentence(_SLA):
        return False
    if m.startswith("service obligation"):
        return (
            rx.search(
                r"\b(?:contract(?:ual)?|vendor|sla|level|customer|client|supplier|our)\s*$",
                hit.before(20),
            )
            is None
        )
    return True


VET_001 = Rule(
    id="CND-VET-001",
    category="veteran_military",
    severity="error",
    title="Military status, Guard or Reserve duty, discharge",
    terms=(
        r"veterans?|veteran status|(?:army|navy|marine|military|war|combat|gulf war|vietnam"
        r"|iraq|afghanistan|air force|disabled) vets?",
        r"ex-?military|former military|(?:ex|former)[- ](?:soldier|marine|army|navy|officer"
        r"|sergeant|airman|sailor|serviceman|servicewoman|paratrooper|ranger|seal|forces"
        r"|military|infantry(?:man)?|para|commando|submariner|squaddie|gunner|sapper|corporal"
        r"|guardsman|reservist)\b|active[- ]duty|on active service",
        r"national guard|air guard|army guard|chaptered out|guardsman|guardswoman|reservists?|(?:his|her|their) (?:army|navy"
        r"|military|service|forces|marine|raf|air force) days|(?:army|navy|naval|military|marine|air"
        r" force) reserves?|in the reserves|reserve (?:duty|duties|obligations?|commitments?|unit"
        r"|service)|guard (?:duty|duties|drills?|unit|obligations?|service)"
        r"|(?:in|with|joined|for|from) the (?:guard|reserves?|territorials)\b",
        r"drill (?:weekends?|duty|obligations?)|weekend drills?|(?:monthly|annual) drills?"
        r"|(?:might|may|could|will|would|can) (?:be|get) (?:deployed|called up|mobili[sz]ed"
        r"|recalled)|called up|mobili[sz]ation|deploy(?:ed|ment|ments)? (?:to|in|overseas"
        r"|abroad) (?:iraq|afghanistan|kuwait|korea|germany|overseas|abroad|the middle east"
        r"|combat|a war zone)|(?:military|overseas|combat) deployments?",
        r"(?:honou?rably|dishonou?rably|medically|administratively) discharged|(?:on|filed"
        r"|has|had|made|pending|open|submitted) an? va (?:disability )?claim"
        r"|(?:honou?rable|dishonou?rable|general|medical|other than honou?rable|bad conduct"
        r"|administrative) discharge|(?:type|kind|nature|character) of (?:his |her |their |the )?"
        r"discharge|discharge (?:status|type|papers)|dd[- ]?214|discharged"
        r" from the " + _BRANCH + r"|(?:dis)?honou?rable conditions|discharge\b",
        r"(?:served|serving|enlisted|stationed|deployed|was|were|is) (?:in|with) the "
        + _BRANCH
        + r"|(?:served|enlisted|spent) (?:for )?(?:\w+ )?(?:good )?years? in the "
        + _BRANCH
        + r"(?! (?:surplus|stores?|shops?|catering|contracts?|supply|suppliers?|museum)\b)"
        + r"|(?:was|were|is|served|while|when (?:he|she|they) (?:was|were)) in the (?:service"
        r"|forces)\b(?! (?:industry|sector|desk|team|layer|mesh|of|economy|business))"
        r"|ships out|shipping out|shipped out",
        r"military (?:service|background|status|obligations?|commitments?|duty|family|spouse"
        r"|brat|type|mindset|guy|man|woman|bearing|leave)|combat (?:veteran|experience|tours?)"
        r"|tours? of duty|(?:two|three|four|\d) tours|gi bill|served in (?:the )?(?:gulf|iraq"
        r"|afghanistan|vietnam|korea|bosnia|kosovo|falklands|northern ireland|helmand)"
        r"|(?:is|was|he's|she's|(?:who|cand|candidate)'s) (?:a |an )?(?:former |retired |ex-)?(?:marine|soldier|sailor"
        r"|airman|airwoman|reservist|guardsman|guardswoman|paratrooper|army ranger|green beret"
        r"|navy seal|squaddie)\b(?! (?:biolog\w+|engineer\w*|scien\w+|life|ecolog\w+"
        r"|insurance|mammal\w*|conservation|archaeolog\w+|surveyor|electrician))"
        r"|va (?:benefits|disability|loan"
        r"|rating|claim|healthcare|health care|hospital|pension|compensation)"
        r"|(?:\d+ ?%|\d+ percent) (?:va|disability) rating|service[- ]connected|userra",
        r"(?:veterans?|vets?)\b[^.;!?\n]{0,40}?\b(?:tax credits?|wotc)\b|wotc|work opportunity"
        r" tax credit",
        r"(?:guard|reserves?|reservist|naval reserve|army reserve|territorial army)"
        r" (?:member|membership|soldier|commitments?|weekends?|drills?|training|status)"
        r"(?! (?:functions?|variables?|methods?|fields?|class(?:es)?|accounts?|tables?)\b)"
        r"|member of the (?:national guard|guard|reserves?|army reserve|naval reserve|air force"
        r" reserve|territorial army|territorials|reserve forces)|territorial army|territorials",
        r"(?:military|reserve|reservist|guard|army|naval|service|possible|possibility of"
        r"|potential|future|frequent|annual|regular|further) call-?ups?",
        r"(?:possib\w+|risk|chance|likelihood) (?:of )?(?:a |another |further )?(?:military"
        r" |overseas |reserve |guard )?(?:deployments?|mobili[sz]ations?)",
        r"service obligations?|(?:remaining|outstanding|ongoing|current|reserve|military|guard)"
        r" (?:service )?(?:obligations?|commitments?)(?! to (?:the|our) (?:client|customer|team"
        r"|project|role))|enlistment|re-?enlist\w*|(?:individual|inactive) ready reserve",
        r"(?:military|army|navy|forces|air force|marine|va) (?:pension|retiree|retirement"
        r"|retired pay)|(?:retired|retiring|retirement) (?:from the )?(?:army|navy|military|air"
        r" force|marines?|marine corps|armed forces|forces|coast guard|raf)|(?:army|navy|air force"
        r"|marine|military|forces|coast guard|raf) retirees?",
        r"vets?\b",
        r"coast guard reserves?|(?:guard|reserve|military|army|navy|marine|air force|unit) deplo"
        r"yments?\b",
        r"(?:once|when|after|until|before|during) (?:your|his|her|their) (?:current |next |upcom"
        r"ing )?deployment\b(?! (?:pipeline|scripts?|process|tool\w*|window|of (?:the|a|an|our|n"
        r"ew|kubernetes|k8s)))",
        r"uncle sam(?= (?:calls|needs|wants|says|comes))|owes? uncle sam|(?:time|years?|service)"
        r" (?:with|for|to) uncle sam",
        r"career (?:navy|army|military|marines?|air force|coast guard|soldier|sailor|officer|nco"
        r")\b|retired (?:e|o|w)-?[1-9]\b",
        r"between deployments|drill (?:schedule|commitments?|calendar)|(?:he|she|they) served (?"
        r":himself|herself|themselves|themself)\b",
    ),
    check=_status,
    exemptions=frozenset({"professional"}),
    message="Records military status, Guard or Reserve obligations or discharge type.",
    rationale=_HOOK,
    suggestion=(
        "Delete the status. Describe military experience only as job-related experience: "
        "'Ran logistics for a 300-person unit: inventory accuracy 99.5%; maps to the "
        "operations criterion, level 4.'"
    ),
    bad=(
        "Army veteran, might be rigid.",
        "Still in the National Guard; drill weekends could clash with the rota.",
        "Asked about the type of discharge.",
        "Could get deployed again next year.",
        "Guard member, so expect some weekends away.",
        "Drills with the Guard one weekend a month.",
        "Was honorably discharged in 2015, he said.",
        "Asked about his discharge; general, under honorable conditions.",
        "Still in the reserves, drills most months.",
        "Vet, got out in 2017 after two tours.",
        "He's a former soldier, very direct.",
        "Served in the Gulf in the 90s.",
        "Still active in the Naval Reserve.",
        "Lots of stories from his army days.",
        "Mentioned that when he was in the service he ran the motor pool.",
        "Has a VA claim pending for his knee.",
        "Has a 50% VA rating, he told me.",
        "Given the chance of reserve call-ups, we went with someone else.",
        "Owes two more years of service obligation to the Navy.",
        "Retired from the Army last spring and draws a military pension.",
        "Possibility of deployment in the spring is a concern.",
        "Vet, so we'd get the hiring tax credit.",
        "Once your deployment ends, feel free to reapply.",
        "Every time Uncle Sam calls we'd lose her for a month.",
        "Career Army, retired E-7; not sure he'll take orders from a younger lead.",
        "Coast Guard Reserve weekends would clash with the rota.",
        "Says he's between deployments, so not a long-term bet.",
        "Because of your drill schedule, we cannot offer weekend shifts.",
    ),
    good=(
        "Wrote discharge summaries for 30 patients a week on the surgical ward.",
        "Took the dog to the vet before the interview, so joined late.",
        "We will vet all shortlisted candidates' references the same way.",
        "Left the army in 2018 and has run IT support for a school trust since.",
        "Industry veteran with 15 years in payments.",
        "Former Army mechanic; rebuilt diesel engines, maps to our fleet criterion.",
        "Reduced the risk of deployment failures with canary releases to production.",
        "Our contractual service obligations to the client were met every quarter.",
        "Chatted with the guard at reception while waiting; punctual.",
        "Was in the service industry for ten years before moving into ops.",
        "She's a marine biologist by training and moved into data science.",
        "Served as logistics officer managing inventory for a 300-person unit.",
        "Set up the blue-green deployment pipeline.",
        "Veterans' outreach coordinator at a charity; ran three hiring fairs.",
        "Veterans and Guard members are encouraged to apply.",
        "The drill weekend for the emergency plan is in June; she volunteered to coordinate.",
        "Ran the annual fire drill weekend for the hospital site.",
        "All qualified applicants are considered without regard to protected veteran status.",
        "Once your deployment of the new release finishes, send us the runbook.",
    ),
)


_SERVICE_BEFORE = rx.compile(
    r"\b(?:veterans?|vets?|marines?|army|navy|soldiers?|military|ex-forces|forces|reservists?"
    r"|squaddies?|servicem[ae]n|ex-army|ex-navy|ex-marine)\b[^.!?\n]{0,60}$"
)


def _not_vetting(hit: Hit) -> bool:
    """Drop "vet" used as a verb ("we should vet him"); a bare trait counts only right after
    a service word, even across a dash ("Marine - will probably be too aggressive")."""
    m = hit.matched
    if rx.match(r"(?:too|very|so|probably|prob|likely|will be|might be|could be|would be)\b", m):
        low = hit.low
        return _SERVICE_BEFORE.search(low[max(0, hit.start - 80) : hit.start]) is not None
    if not m.startswith("vet"):
        return True
    return (
        rx.search(
            r"\b(?:to|will|should|must|we|i|can|could|did|didn't|don't|please|pls|and|properly"
            r"|carefully|need|needs)\s*$",
            hit.before(15),
        )
        is None
    )


VET_002 = Rule(
    id="CND-VET-002",
    category="veteran_military",
    severity="error",
    title="Veteran stereotype",
    terms=(
        r"(?:veterans?|vets?|ex-military|soldiers?|marines?|military (?:types?|guys?|people))"
        r"\b[^.;!?\n]{0,50}?\b(?:ptsd|shell[- ]shock\w*|trauma\w*|rigid|aggressive|anger"
        r"|angry|violent|unstable|snap|temper|volatile|inflexible|by the book|barking orders"
        r"|chip on (?:his|her|their) shoulders?|attitude|hot[- ]?head\w*|short fuse|damaged"
        r"|baggage|(?:follows?|takes?|taking|following) orders|think for (?:him|her|them)sel(?:f"
        r"|ves)|command[- ]and[- ]control|authoritarian|regimented|militant|robotic|drill"
        r" sergeant|trigger(?:ed|s)?|jumpy|loud noises|flashbacks|nightmares|messed up"
        r"|screw loose|intense)",
        r"(?:ptsd|shell[- ]shock\w*)\b[^.;!?\n]{0,40}?\b(?:veterans?|vets?|military|army|tour"
        r"|combat|deploy\w*)",
        r"(?:too|very|so|probably|prob|likely|will be|might be|could be|would be)"
        r" (?:be )?(?:too |very |a bit |quite |really )?(?:aggressive|rigid|inflexible|volatile"
        r"|hot[- ]?headed|angry|authoritarian|regimented|militant|intense|unstable|jumpy)"
        r"(?=\s*(?:[^\w\s]|$)|\s+(?:with|for|to|in|on|at|and|or|but|about|under|when|as"
        r"|towards?|around|if|though|imo)\b)",
        r"(?:veterans|vets|ex-military|military (?:types|guys|people|folks)|soldiers|marines)"
        r"(?: like (?:him|her|them|that|this one)| in general| generally)? (?:are|can be|tend to"
        r"|often|usually|always|never|don't|can't|struggle|have trouble|find it hard)",
        r"(?:seen|saw) combat\b|combat (?:guy|guys|vets?|veterans?|types?|background)|thousand[-"
        r" ]yard stare",
        r"(?:hard[- ]?wired|programmed|conditioned|wired) (?:for|to follow|to take|to obey) (?:t"
        r"he )?(?:chain of command|orders)",
        r"used to being told what to do",
        r"(?:air force|army|navy|marine corps|coast guard|military|armed forces)\b[^.;!?\n]{0,60"
        r"}?\b(?:rules guy|rule follower|robots?|by the book|rigid|regimented|inflexible|told wh"
        r"at to do)",
        r"told what to do by civilians|combat stuff|combat-related",
    ),
    check=_not_vetting,
    message="Applies a stereotype about veterans or service members.",
    rationale=_HOOK,
    suggestion="Describe the behaviour observed against the rubric; never infer it from service.",
    bad=(
        "Ex-military, so probably rigid.",
        "Vets often have PTSD; worried about stress.",
        "Veteran, probably carries a chip on his shoulder.",
        "Ex-military, likely only knows how to take orders.",
        "Army vet - could be a hothead under pressure.",
        "Vets like her usually find it hard to adjust to civilian teams.",
        "Ex-Navy - will probably be too rigid for us.",
        "You can always tell the ones who've seen combat. Quiet, a little distant.",
        "Came from the Air Force, which tells me he's a rules guy.",
        "Probably hard-wired for chain of command; won't push back on a PM.",
    ),
    good=(
        "Led a platoon-sized team; rubric level 4 on leadership.",
        "We should vet his attitude claims with the references.",
        "Army logistics officer; met very aggressive timelines on the supply plan.",
        "Probably too rigid in the system design; did not consider caching when asked.",
    ),
)


VET_003 = Rule(
    id="CND-VET-003",
    category="veteran_military",
    severity="error",
    title="Service history, tours or future service obligations",
    terms=(
        r"(?:army|navy|marine|marines|air force|military|coast guard|guard|reserve|reserves"
        r"|raf|forces) (?:vet|veteran|guy|gal|type|man|woman|background|brat|wife|husband"
        r"|spouse|family|officer|sergeant|captain|service|mentality|mindset|discipline"
        r"|bearing|style|precision|training)s?\b",
        r"(?:did|served|completed|finished|had) (?:\w+ )?(?:tours?|deployments?|stints?"
        r"|years?) (?:in|with|of) (?:iraq|afghanistan|kuwait|vietnam|korea|syria|bosnia"
        r"|the (?:army|navy|marines|military|air force|gulf|middle east|forces)|combat|duty"
        r"|active duty)|tours? (?:in|of) (?:iraq|afghanistan|kuwait|vietnam|the gulf|duty"
        r"|combat)",
        r"(?:he|she|they)(?:'s|'ve| has| have| had)(?: got)? (?:a |an |another )?(?:deployment"
        r"|tour|drill weekend|annual training|call-?up|mobili[sz]ation)"
        r"|(?:upcoming|another|next|planned|scheduled) (?:military )?(?:deployment|tour|call-?up"
        r"|mobili[sz]ation)(?! (?:pipeline|window|script|tool|plan|process|target|date for the"
        r"|of the|to (?:prod|production|staging)))",
        r"(?:could|might|may|would|will) (?:get |be )?(?:called up|deployed|shipped out"
        r"|recalled|activated)|(?:called|call) up (?:any time|anytime|at any time|again)",
        r"ex-?(?:marine|army|navy|soldier|forces|seal|ranger|paratrooper|raf|para|squaddie"
        r"|serviceman|servicewoman|officer|sergeant)s?\b",
        r"civv(?:y|ie|ies) (?:street|life|world)|civilian (?:life|world|street)|civvies"
        r"|(?:iraq|afghanistan|helmand|kandahar|basra|fallujah|kabul|kuwait|mosul|bosnia|kosovo)\b",
        r"deployed|mobili[sz]ed|deployment|(?:returns|return|returned|returning|home) from (?:his|her|their|your"
        r"|a) (?:next |latest |last |current )?(?:deployment|tour of duty|tour|mobili[sz]ation"
        r"|active duty|posting overseas)",
        r"(?:came|comes|coming) (?:straight )?(?:from|out of) a base town|base[- ]town (?:kid|gu"
        r"y|girl|type)",
        r"(?:injured|wounded|hurt|blown up) (?:over there|overseas|downrange|in (?:iraq|afghanis"
        r"tan|theater|theatre|combat|the sandbox|country))",
        r"(?:triggered|set off) by (?:the )?(?:gunshots?|gunfire|loud noises?|loud bangs?|bangs|"
        r"fireworks|explosions?|blasts?)",
        r"counsel(?:l)?ing after (?:his|her|their) (?:tour|tours|deployment|deployments|service)",
    ),
    check=_status,
    exemptions=frozenset({"professional"}),
    message="Records military service, tours or future service obligations.",
    rationale=_HOOK,
    suggestion=(
        "Assess military experience only as job-related experience ('Led logistics for a "
        "200-person unit: level 3 on planning'); never record status or obligations."
    ),
    bad=(
        "Back from Afghanistan last year; still adjusting to civvy life.",
        "Transitioning to civilian life after 12 years.",
        "Served in Helmand, he mentioned.",
        "Deployment next year is likely, he told us.",
        "Army vet, solid.",
        "Did two tours in Iraq.",
        "She's got a deployment coming up.",
        "Reservist, could get called up any time.",
        "Ex-Marine, very intense.",
        "Former infantry, probably a bit much for the office.",
        "Since you expect to be deployed in the spring, we'll revisit later.",
        "He is likely to be mobilised again before Christmas.",
        "Let's talk again once she's home from her deployment.",
        "We can pick this up when you're back from your deployment.",
        "Her husband could be deployed any week, so she might need to leave.",
        "Hearing's off from being injured overseas, I think; not sure about the plant floor.",
        "Mentioned counseling after his tour; the ER is high pressure.",
    ),
    good=(
        "Led the Kuwait office expansion for an oil services firm.",
        "Built the civilian payroll app for the ministry.",
        "Back from Kabul after a UN procurement contract; strong on vendor due diligence.",
        "Deployment next week depends on the QA sign-off, she said.",
        "Led logistics for a 200-person unit and gave examples of supply planning.",
        "The next deployment to production is Friday.",
        "Upcoming deployment pipeline changes were her project.",
        "She was deployed to the client site in Leeds for six months as a consultant.",
        "The fix was deployed on Friday after the smoke tests.",
        "He deployed the model behind a feature flag.",
        "Back from her deployment of the new CRM, she wrote the runbook.",
    ),
)

_EXIT_REASON = rx.compile(
    r"\b(?:after|because|due to|following|on|with|over|for|via|through|about|re)\s+(?:a |an"
    r" |his |her"
    r" |their |the )?(?:\w+ ){0,3}?(?:medical|injur\w*|health|board|disciplin\w*|misconduct"
    r"|discharge|psych\w*|ptsd|wound\w*|disab\w*|incident|court[- ]martial\w*|drugs?|failed"
    r"|fitness|mental|breakdown|trauma|conduct|charges?|investigation|redundanc\w*|downgrad\w*)"
)
_OTHER_UNIFORM = rx.compile(
    r"\b(?:police|policing|cops?|constable|firefight\w*|fire (?:service|brigade|department)"
    r"|paramedic\w*|ambulance|nurs\w*|nhs|security|school|airline|cabin crew|flight attendant"
    r"|pilot|chef|hotel|retail|postal|prison|corrections|sheriff|deputy|scouts?|rail|transit"
    r"|bus|hospital|ems|emt|porter|doorman|concierge|waiter|waitress|restaurant)\b"
)


def _service_exit(hit: Hit) -> bool:
    """Why or how someone left the forces, or their adjustment to civilian work."""
    if employer_statement(hit):
        return False
    m = hit.matched
    if "board" in m and not rx.search(r"(?:boarded|boarded out)$|^medically", m):
        # "a medical board": the forces' fitness board, not a state licensing board
        return hit.in_sentence(
            rx.compile(
                r"\b(?:army|navy|marines?|military|air force|raf|forces|corps|service|discharg\w*"
                r"|invalided|regiment|unit|squadron|battalion|deploy\w*|tours?)\b"
            )
        )
    if m == "uniform":
        # "so many years in uniform", "hung up his uniform": service as a life stage
        if not rx.search(
            r"(?:\b(?:years?|decades?|time|career|life|service|yrs|long|while|man|woman|men"
            r"|women|someone"
            r"|guy|lad|lass|gal) in (?:(?:the|a|his|her|their) )?|\b(?:out of|hung up|took off"
            r"|swapped|hanging up|taking off) (?:his|her|their|the) )$",
            hit.before(40),
        ):
            return False
        return not hit.in_sentence(_OTHER_UNIFORM)
    if rx.match(
        r"(?:left|leaving|leave|out of|got out of|getting out of|came out of|discharged from"
        r"|separated from|retired from|released from|quit|quitting)\b",
        m,
    ):
        # Leaving the forces is job history; the reason or the route out is not.
        return (
            hit.in_sentence(_EXIT_REASON)
            or rx.search(r"\bwhy\s+(?:\w+\s+){0,3}$", hit.before(30)) is not None
        )
    return True


VET_004 = Rule(
    id="CND-VET-004",
    category="veteran_military",
    severity="error",
    title="How or why the candidate left the forces, or their transition to civilian work",
    terms=(
        r"medical board|medically board(?:ed)?\b|boarded out|invalided out|medically (?:retired|separated"
        r"|released|discharged|downgraded|boarded)|med(?:ical)? discharge|court[- ]martial(?:l?ed"
        r"|s)?\b|(?:kicked|thrown|booted|pushed|forced|drummed) out of (?:the )?" + _BRANCH + r"\b",
        r"(?:left|leaving|leave|got out of|getting out of|came out of|discharged from"
        r"|separated from|retired from|released from|quit|quitting) (?:the )?(?:army|navy"
        r"|marines?|marine corps|military|air force|raf|forces|armed forces|corps|coast guard"
        r"|national guard|reserves?|service)\b(?! (?:industry|sector|desk|team|economy|business"
        r"|station|provider|contract|role|job))",
        r"(?:adjust\w*|adapt\w*|settl\w*|fit\w* in|acclimati[sz]\w*|readjust\w*"
        r"|re-adjust\w*|reintegrat\w*|re-integrat\w*|integrat\w*|used to|cop(?:e|ing) with"
        r"|culture shock|(?:struggl\w*|difficult\w*|hard|tough|trouble|problems?|issues?|bumpy"
        r"|rocky|slow) (?:with )?(?:the |his |her |their |a )?transition(?:ing)?) (?:back )?(?:in)?to"
        r" (?:a |the |our )?"
        r"(?:civilian|civvy|civvie)\b|civilian (?:workplaces?|work ?places?|environments?"
        r"|settings?|culture|ways|norms|pace|job market)\b(?! (?:safety|standards?|courses?"
        r"|training|regulations?|law|laws|polic(?:y|ies)|rules?|compliance|design|research)\b)|first (?:civilian|civvy|civvie)"
        r" (?:job|role|position|employer|post|gig)\b|(?:service|forces|military) leavers?\b",
        r"uniform\b",
        r"(?:his|her|their|your) (?:(?:military|army|navy|naval) (?:record|file|history|papers)"
        r"|service (?:record|papers))\b(?! (?:for|of) (?:the|a|an|this|that) (?:van|car|truck"
        r"|vehicle|fleet|machine|boiler|unit|equipment)\b)|military record\b",
    ),
    check=_service_exit,
    exemptions=frozenset({"professional"}),
    message="Records how or why the candidate left the forces, or doubts their adjustment to "
    "civilian work.",
    rationale=_HOOK
    + " A medical board, a court-martial or 'adjusting to a civilian workplace after years in "
    "uniform' records discharge circumstances and a veteran stereotype; neither is a "
    "job-related reason.",
    suggestion=(
        "Delete it. Record the military experience as job experience (duties, scale, "
        "results) against the rubric; never the reason for leaving or an assumed adjustment."
    ),
    bad=(
        "Medically boarded out of the RAF in 2019.",
        "Got out of the Marines on a medical, wouldn't say more.",
        "Asked why he left the navy; something about an injury.",
        "Might struggle adjusting to the civilian workplace after the regiment.",
        "Twenty years in uniform, may find our flat structure odd.",
        "Service leaver, this would be his first civvy job.",
        "Court-martialled years ago, he told us.",
    ),
    good=(
        "Left the army in 2016 and has run a warehouse since; inventory accuracy 99.6%.",
        "Reported the nurse to the state medical board as the policy required.",
        "Twenty years in uniform as a police officer before moving to security consulting.",
        "The civilian workforce at the base used her scheduling tool daily.",
        "Left the service desk team in 2021 to lead the NOC.",
        "Wrote the transition-to-civilian-life module for a veterans' charity.",
    ),
)


_GUARD_TIME_TOPIC = rx.compile(
    r"\b(?:compliance|hipaa|gdpr|safety|osha|fire|first aid|manual handling|safeguarding"
    r"|harassment|diversity|security awareness|mandatory|cpd|cme|refresher|conference"
    r"|company|staff|employees|everyone|all of us|team|office)\b"
)


_AWAY_BEFORE = rx.compile(
    r"\b(?:off|away|leaving|leaves|heading|heads|going|goes|gone|back|returns?|returning|home"
    r"|attends?|attending|misses|miss|has|have|got)(?: (?:to|at|on|for|from)){0,2}"
    r" (?:(?:his|her|their|the) )?(?:(?:two|2)[- ]weeks?(?:'|\u2019|s)? (?:of )?)?$"
)


def _guard_time(hit: Hit) -> bool:
    """Annual training or drill as Guard/Reserve duty, not a company course or a tool."""
    m = hit.matched
    if m.endswith(" leave"):
        return not employer_statement(hit)  # "cannot accommodate annual training leave"
    if not rx.match(r"(?:two|2)|(?:\w+ )?camp with", m):
        if _AWAY_BEFORE.search(hit.before(40)) is None:
            return False  # "annual training" or "drill" without time away
        if rx.match(r"drill", m) and not hit.in_sentence(
            rx.compile(
                r"\b(?:weekends?|sundays?|saturdays?|monthly|once a month|a month|each month"
                r"|every month|guard|reserves?|unit|army|navy|military|nights)\b"
            )
        ):
            return False  # "back on the drill after lunch": a tool or an exercise
    if hit.in_sentence(_GUARD_TIME_TOPIC) and not rx.search(
        r"\b(?:unit|guard|reserves?|regiment|battalion|squadron|ta)\b", hit.matched
    ):
        return False
    # "annual training on HIPAA", "drill press": a course or a tool
    return not rx.match(
        r"^\s*(?:on(?! (?:\w+day|weekends?|the weekend)s?\b)|in (?:the )?(?:use|basics)|about"
        r"|for (?:new|all)|course|module|session|budget|program|programme|requirement|bits?|press"
        r"|rigs?)\b",
        hit.after(20),
    )


VET_005 = Rule(
    id="CND-VET-005",
    category="veteran_military",
    severity="error",
    title="Guard or Reserve training time away",
    terms=(
        r"(?:annual training|annual camp|(?:reserve|guard|army|naval|unit|weekend|summer)"
        r" (?:training|camp|drills?|duty)|drills?|drill weekends?)\b(?! leave\b)",
        r"(?:annual training|drill|reserve|reservist|guard|military|deployment|mobili[sz]ation)"
        r" leave\b(?! (?:polic(?:y|ies)|benefits?|entitlements?|pay|provisions?|rules?|law|laws"
        r"|act|requests? (?:are|is) (?:handled|processed)))",
        r"(?:two weeks?|two-weeks?|2 weeks?)(?:'|\u2019)? (?:of )?(?:annual training|camp|summer camp|training)"
        r" (?:with|for) (?:the|his|her|their) (?:unit|guard|reserves?|battalion|regiment|squadron"
        r"|company|ta)\b|(?:weekend |summer |annual )?camp with (?:the|his|her|their) (?:unit|guard"
        r"|reserves?|battalion|regiment|squadron|ta)\b"
        r"|annual training (?:in|every|each|this|next) (?:january|february|march|april|may|june"
        r"|july|august|september|october|november|december|summer|spring|autumn|fall|winter"
        r"|year)\b",
    ),
    check=_guard_time,
    message="Records the candidate's Guard or Reserve training time away.",
    rationale=_HOOK
    + " Annual training and drill are Guard and Reserve obligations; weighing the time away "
    "against the business's busy season is what USERRA forbids.",
    suggestion=(
        "Delete it. State the role's schedule to every candidate; Guard and Reserve leave is "
        "handled under USERRA after hire, never as a hiring factor."
    ),
    bad=(
        "She's off to annual training in June, bang in the middle of stocktake.",
        "Back from drill on Sunday nights, so Mondays might be rough.",
        "Two weeks of annual training with his unit every summer.",
        "Heads off to weekend drills once a month, apparently.",
        "Two weeks at camp with the reserves each August.",
        "As the role cannot accommodate annual training leave, we will not move forward.",
        "Would need military leave every summer, which is our peak.",
    ),
    good=(
        "Completed annual training on HIPAA compliance in March.",
        "Staff are away at annual training in July, so interviews resume in August.",
        "Back on the drill press after lunch, she finished the part within tolerance.",
        "Goes to annual training for her nursing CPD each spring.",
        "Our military leave policy was one of the documents she rewrote as HR partner.",
        "Drill leave provisions in the handbook were updated by her team.",
    ),
)


VET_006 = Rule(
    id="CND-VET-006",
    category="veteran_military",
    severity="error",
    title="Service read as absence or trouble: a unit's deployment, drill weekends, a discharge",
    terms=(
        r"deploys? with (?:his|her|their|the) unit|deploying with (?:his|her|their|the) unit"
        r"|(?:his|her|their) unit (?:deploys|is deploying|ships out|gets activated|is activated)",
        r"annual training\b[^.;!?\n]{0,40}\bdrill|drill weekends?\b[^.;!?\n]{0,40}\bannual training",
        r"va (?:lanyard|card|id|badge|appointments?|appts?|visits?)\b"
        r"|(?:husband|wife|spouse|partner|boyfriend|girlfriend)(?:'s)? (?:is |was |gets |got )?"
        r"(?:deploying|deployed|deploys|being deployed)|(?:weeks?|days?) of annual training"
        r"|drill (?:commitments?|obligations?)|irr (?:obligation|commitment|time|contract)"
        r"|married to (?:a|an) (?:marine|soldier|sailor|airman|service ?member|army \w+|navy \w+"
        r"|officer in the \w+)|military (?:spouse|wife|husband)",
        r"(?:get|got|gets|getting|went|go) out on a medical|medical(?:ly)? (?:discharged?|separated"
        r"|separation|boarded)|med board(?:ed)?",
        r"(?:convoys?|jag|deploy\w*|combat|military|army|navy|marines?|air force|afghanistan|ira"
        r"q)\b[^.;!?\n]{0,80}?\bptsd",
        r"(?:a |the )?va (?:disability )?rating|rating from the va",
        r"annual training (?:in|every|each|during|for|is in|is every) (?:january|february|march|"
        r"april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul"
        r"|aug|sept?|oct|nov|dec|summer|the summer|spring|fall|winter)|(?:his|her|their|your) un"
        r"it(?:'s)? (?:calendar|rotation|schedule|drill schedule)",
        r"still drills|drills (?:one|a) weekend",
        r"(?:your|his|her|their) guard (?:schedule|weekends?|drills?|duty|commitments?|obligatio"
        r"ns?)",
        r"subject to (?:military )?recall|military recall|recalled to (?:active )?duty",
        r"stationed at (?:fort|camp|ft\.?|naval|nas|jb|joint base|\w+ (?:afb|air force base))|pc"
        r"s orders|pcs'?ing (?:in|next|this|soon)",
        r"(?:comp(?:ensation)?|benefits?|disability|appointments?|someone|a counsell?or|treatmen"
        r"t|therapy) (?:from|at) the va\b|(?:at|from) the va (?:every|each|twice|for (?:his|her|"
        r"their))",
        r"stuff from (?:iraq|afghanistan|the war|(?:his|her|their) deployments?|deployment|overs"
        r"eas|(?:his|her|their) tours?)",
        r"drills (?:w/|with) the|one weekend ?(?:/|per) ?mo\b|(?:an? )?obligation every (?:other"
        r"|third|second|fourth) weekend",
        r"(?:he's|she's|is|they're) (?:ang|in the ang|air guard|in the air guard)\b|(?:they've|h"
        r"e's|she's|they have|he has|she has|unit has|unit's) been (?:activated|mobili[sz]ed)",
        r"separation was (?:honou?rable|dishonou?rable|general|other than honou?rable)|(?:honou?"
        r"rable|dishonou?rable|general|bad conduct|other than honou?rable) discharge",
        r"\d{1,3} ?% (?:rated|va|disability|service[- ]connected)|rated at \d{1,3} ?%",
        r"(?:no )?more deployments|another deployment|(?:deploys?|deployed|deploying) again",
        r"through the va\b|coasties",
    ),
    exemptions=frozenset({"professional"}),
    message="Treats military service as an absence to plan around or guesses at how the "
    "candidate left the service.",
    rationale=_HOOK,
    suggestion=(
        "Delete it. USERRA protects service members' absences for training and deployment; "
        "state the schedule requirements to every candidate."
    ),
    bad=(
        "Deploys with her unit next spring per her. Would have to backfill 9 months.",
        "Annual training in June + drill weekends = not available for the field season.",
        "Did he get out on a medical? Something about how he talked about it.",
        "Had a VA lanyard on, probably has appointments during the week.",
        "She's married to a Marine and they move every 2-3 years.",
        "Her husband is deploying this fall and she'd be solo with the kids.",
        "Two years left on his IRR obligation, would rather not deal with that.",
        "Annual training every July, which is our busiest month.",
        "Still drills. I'd rather go with someone without that obligation.",
        "Our client requires staff who are not subject to military recall.",
        "Her husband's stationed at Fort Cavazos; they'll probably get PCS orders in two years.",
        "He's ANG and they've been activated twice this year. Not ideal for a 3-person shop.",
        "He's a 70% rated guy per his own words, might be a liability with the heavy gear.",
        "Hopefully no more deployments for this one, we need stability in the lab.",
    ),
    good=(
        "Managed drill weekends scheduling for a Guard unit as its admin officer.",
        "Deployed the new release with her unit tests passing.",
        "Processed medical board packets as a military HR specialist for four years.",
        "Managed the unit calendar for the plant's maintenance crews.",
    ),
)

RULES = (VET_001, VET_002, VET_003, VET_004, VET_005, VET_006)
