"""Religion (Title VII; 29 CFR 1605.3)."""

from __future__ import annotations

from candor.language import rx
from candor.language.context import Hit, employer_statement
from candor.language.model import Rule

_HOOK = (
    "Title VII forbids using religion and requires accommodating applicants' religious "
    "practice (29 CFR 1605.3); a need for accommodation, even one only suspected, must not "
    "be a motivating factor (EEOC v. Abercrombie & Fitch, 2015)."
)

_FAITHS = (
    r"christians?|christianity|catholics?|catholicism|protestants?|baptists?|evangelicals?"
    r"|mormons?|lds|latter-day saints?|jewish|jews?|judaism|muslims?|moslems?|islam|islamic"
    r"|hindus?|hinduism|sikhs?|sikhism|buddhists?|buddhism|atheists?|atheism|agnostics?"
    r"|jehovah'?s? witness(?:es)?|amish|quakers?|pentecostal|orthodox (?:jew|jewish|christian"
    r"|church)|born[- ]again|devout|observant|religious|religion|zionist|adventists?"
    r"|seventh[- ]day adventists?|methodists?|presbyterians?|lutherans?|anglicans?|episcopalians?"
    r"|scientolog\w+|wiccans?|pagans?|rastafarians?|zoroastrians?|baha'?is?|shinto|taoists?"
    r"|unitarians?|coptic|druze|shi'?as?|shiites?|sunnis?|ahmadis?|ahmadiyya|halal|fasting month"
)


_FACILITY = rx.compile(
    r"\b(?:our (?:office|building|site|campus|hq)|we have|we offer|available (?:to|for) (?:all"
    r"|every|staff|employees)|all (?:employees|staff|colleagues)|on (?:each|every) floor"
    r"|on-?site (?:facilities|amenities))\b"
)
_PERSON_CUE = rx.compile(r"\b(?:he|she|him|his|her|they|them|their|cand|candidate|asked)\b")


#: Event work, where a religious celebration is the booking, not the candidate's faith.
_EVENT_WORK = rx.compile(
    r"\b(?:events?|booked|bookings?|banquet|venue|catering|caterer|scenario|planner|planning"
    r"|sales|ballroom|seating|setup|set-up)\b"
)
#: A role or department of the employer after a house of worship's name (0.8, 0.9).
_EMPLOYER_ROLE = (
    r"\s*(?:admin\w*|office|staff|it\b|giving|school|league|hall|council|secretary|bookkeep"
    r"\w*|software|census|registry|records|facilities|business|center|centre|coordinator"
    r"|operations|ops\b|manager|director|executive director|board|membership|front desk"
    r"|events? (?:team|staff|coordinator|manager)|maintenance|custodian|finance|facility"
    r"|rentals?|building|payroll|accounting|livestream|media)"
)
#: The sentence is about the job's shifts ("Saturday services" at a restaurant or venue).
_SHIFT_WORK = rx.compile(
    r"\b(?:role|job|position|shifts?|rota|roster|schedule|includes?|including|cover(?:s|ing)?"
    r"|work(?:s|ing)? (?:both|all|the|every|those)|can work|staff(?:ing|ed)?|kitchen|restaurant"
    r"|brunch|lunch|dinner|front of house|bar|venue|covers|finalists?|candidates?)\b"
)
#: Attending worship: "goes to Sunday services", "misses his Saturday services".
_ATTENDS = rx.compile(
    r"\b(?:goes|go|going|went|attend\w*|his|her|their|misses|missing|skip\w*|at|to|from"
    r"|after|before|for)\s+(?:\w+\s+)?$"
)


#: Kosher or halal as a standard of food work, not the candidate's diet.
_FOOD_WORK = rx.compile(
    r"\b(?:kitchens?|catering|caterers?|certifi\w+|certified|supervis\w+|facility|facilities"
    r"|butcher\w*|abattoir|slaughter\w*|restaurants?|menus?|suppliers?|supply chain|production"
    r"|prep|inspections?|audits?|labell?ing|labels?|compliance|protocols?|standards?"
    r"|procurement|sourcing|food safety|haccp|mashgiach|line cook|chef|sous)\b"
)


def _not_idiom(hit: Hit) -> bool:
    if employer_statement(hit):
        return False
    m = hit.matched
    if (
        rx.search(
            r"\b(?:position|role|job|opening|vacancy|administrator|secretary|manager|director)"
            r" at (?:the )?(?:[\w.]+ ){0,3}$",
            hit.before(50),
        )
        and not hit.personal()
    ):
        return False  # "the Financial Secretary position at First United Methodist": the employer
    if rx.search(
        r"\bdear\s+(?:(?:dr|mr|mrs|ms|mx|prof|rev|pastor|rabbi|imam)\.?\s+)?$", hit.before(16)
    ):
        return False  # "Dear Pastor Williams": a referee addressed by title
    if m == "parish" and (
        rx.match(_EMPLOYER_ROLE, hit.after(20))
        or rx.search(r"\b(?:at|for) the\s*$", hit.before(10))
    ):
        return False  # the parish as the employer: "parish admin", "facilities cand at the parish"
    if rx.match(
        r"(?:gurdwara|temple|synagogue|mosque|masjid|church|congregation)$", m
    ) and rx.match(_EMPLOYER_ROLE, hit.after(25)):
        return False  # a house of worship as the employer: "Gurdwara coordinator: cand ran..."
    if (
        rx.match(r"(?:bar|bat|b'nai) mitzvahs?$|quincea\w+$|christenings?$", m)
        and not hit.personal()
        and hit.in_sentence(_EVENT_WORK)
    ):
        return False  # "bar mitzvah and wedding event experience at a banquet hall": the trade
    if rx.match(r"(?:go|goes|going|went) (?:services|mass)$", m):
        return False  # "our Go services": code, not worship ("goes to services" still counts)
    if (
        m.endswith("services")
        and _SHIFT_WORK.search(hit.sentence)
        and not _ATTENDS.search(hit.before(30))
    ):
        return False  # "the role includes Friday evening and Saturday services": shifts
    if rx.search(r"(?:room|rooms|space|spaces|centre|center)$", m) and hit.in_sentence(_FACILITY):
        # The employer describing its facilities, not the candidate's practice.
        return hit.in_sentence(_PERSON_CUE)
    if m.startswith("prayer") and rx.search(
        r"\b(?:not|doesn't|don't|didn't|without)\s+"
        r"(?:have|stand)\s+a\s*$",
        hit.before(30),
    ):
        return False
    if m in ("kosher", "halal") and not hit.personal() and _FOOD_WORK.search(hit.sentence):
        # "supervised prep in a certified kosher catering kitchen": food-safety work
        return False
    if m == "faith":
        return not rx.match(
            r"^\s*(?:in (?:the|her|his|their|our|my|him|them|us|it|this"
            r"|that)|that)\b",
            hit.after(15),
        )
    return not (m.startswith("god") and rx.match(r"^\s*(?:mode|object|class)", hit.after(10)))


REL_001 = Rule(
    id="CND-REL-001",
    category="religion",
    severity="error",
    title="Religion, observance or religious dress",
    terms=(
        _FAITHS,
        r"church(?:es|goer|going)?|pastor|priest|rabbi|imam|mosque|synagogue|parish|congregation"
        r"|(?:goes|go|going|went|attends?|attending|attended) (?:to )?(?:church|temple|mosque"
        r"|synagogue|mass|services|shul)|sunday (?:school|service|mass)|bible|quran|koran|torah"
        r"|scripture",
        r"hijabs?|headscarf|headscarves|head ?scarf|head[- ]?coverings?|turbans?|yarmulkes?|kippah"
        r"|burqas?|burkas?|niqabs?|rosary|cross necklace|wore a cross(?![-\u2010])|bindi|crucifix|star of david"
        r"|tilak|kirpan|tzitzit|religious (?:dress"
        r"|garb|clothing|attire|jewelry)",
        r"prayers?|pray(?:s|ed|ing)? (?:five times|daily|during|at|in|on|before|every|several)"
        r"|prayer (?:times?|breaks?|room|mat)",
        r"ramadan|sabbath|shabbat|shabbos|kosher|halal|eid|diwali|passover|yom kippur|rosh "
        r"hashanah|hanukkah|chanukah|lent|(?:religious|holy) (?:holidays?|days?|observance"
        r"|obligations?|commitments?|beliefs?|views?|practices?)|(?:celebrates?|observes?"
        r"|observing|celebrating|doesn't celebrate|does not celebrate|didn't celebrate) "
        r"(?:christmas|easter|the holidays|holidays)",
        r"fasting (?:for|during)|(?:is|was|were|are) fasting|fasts (?:for|during|on)|iftar"
        r"|suhoor|sehri|breaking (?:the|his|her|their) fast",
        r"(?:doesn't|does not|won't|will not|can't|cannot|didn't|don't|never) (?:eat|eats|touch"
        r"|touches) (?:pork|beef|shellfish)|(?:no|avoids?) pork\b",
        r"jumm?ah|jumu'?ah|namaz|puja|pooja|satsang|vespers|eucharist|holy communion"
        r"|first communion|confirmation class|sukkot|purim|vaisakhi|navratri|guru nanak|gurpurab",
        r"worship(?:s|ped|ping|per|pers)?|(?:daily|weekly|friday|sunday|saturday|regular"
        r"|midday|morning|evening) (?:worship|devotions?|observance|services|prayers?)"
        r"|multi-?faith (?:room|space|centre|center)|faith (?:room|space)|reflection room"
        r"|prayer (?:spaces?|rooms?|times?|breaks?|mats?)|(?:quiet|private) (?:room|space|place"
        r"|spot) (?:to|for|where (?:he|she|they) (?:can|could)) (?:pray|prayers?|worship)"
        r"|time (?:away|off) (?:for|to) (?:pray|prayers?|worship)|day of rest|lord'?s day"
        r"|gurdwara|pilgrimage|hajj|umrah|minyan|bar mitzvah|bat mitzvah|missionary"
        r"|(?:lds|mormon|church|religious) mission|served (?:a|an|his|her|their)"
        r" (?:[\w-]*(?:year|month)[\w-]* )?mission(?: trip)?\b(?![- ](?:critical|control"
        r"|statement))",
        r"faith|god|spiritual(?:ity)?|theolog\w+|seminary|divinity school",
        r"(?:won't|will not|wouldn't|would not|doesn't|does not|didn't|did not|can't|cannot"
        r"|refuses? to|refused to|may not|might not) shake (?:hands|the hand of|a (?:woman's|man's)"
        r" hand)(?: with)?(?: (?:women|men|a woman|a man|female|male|the opposite sex))?\b"
        r"|orthodox\b(?![- ](?:approach\w*|methods?|views?|thinking|economics|strateg\w*|solutions?"
        r"|practices?|training|medicine|tactics|theory|way|ways|design|choice|stack|tooling"
        r"|monetary|fiscal|finance|keynesian))",
        r"masjid|amritdhari|dastaar|dastar|frum|sunday school|(?:five|5) ks\b",
        r"covers (?:her|his|their) (?:face|hair|head)(?: fully| completely)?",
        r"shul\b|yom tov|simchas?\b|covered (?:hair|head)|(?:he's|she's|they're|he is|she is) no"
        r"t saved\b",
        r"the lord's|wears (?:temple )?garments|temple garments|apostolic\b|mission"
        r" call|(?:lds|mormon) mission",
        r"(?:a )?member of the tribe",
        r"hillel",
    ),
    check=_not_idiom,
    exemptions=frozenset({"professional"}),
    message="Mentions the candidate's religion, observance or religious dress.",
    rationale=_HOOK
    + " Religious denomination, church, religious holidays observed and headscarves are "
    "listed unlawful inquiries.",
    suggestion=(
        "Delete it. State the schedule to every candidate in the same words ('The role "
        "includes Saturday shifts') and handle any accommodation request after the offer."
    ),
    bad=(
        "Orthodox, so no Friday evening events.",
        "Won't shake hands with women, the recruiter said.",
        "Wears a hijab; might not suit the front desk.",
        "Very religious, goes to church every Sunday.",
        "Can't work Fridays because of prayers.",
        "Observes the Sabbath, so weekends are out.",
        "He's Muslim and will be fasting during Ramadan.",
        "Wanted to know if we have a multi-faith room; probably prays at work.",
        "Sunday is his day of rest, so the weekend rota is out.",
        "Doesn't eat pork, so the team barbecue could be awkward.",
        "Leaves early on Fridays for Jumu'ah.",
        "Seventh-day Adventist, so no Saturday shifts.",
        "Mentioned weekly worship on Friday afternoons; could clash with sprint demos.",
        "Served a two-year mission in Brazil before college.",
        "Going on Hajj next summer, so she'd need three weeks off.",
        "Our dress standards don't allow head coverings, so that rules her out.",
        "Only eats halal, so the team lunches could be awkward.",
        "Runs the food pantry at her masjid; noted.",
        "Very frum, might look down on the other families.",
        "Apostolic, can't wear pants, and the uniform is pants.",
        "Runs the Hillel chapter, so maybe biased on campus disputes.",
    ),
    good=(
        "Would need some ramp-up on our Go services.",
        "Took an orthodox approach to the caching design.",
        "Orthodox monetary views, but backed them with data in the case.",
        "Negotiated in good faith with the union.",
        "Follows TDD religiously.",
        "Built a prayer-times app with 100k downloads.",
        "Schedule includes Saturday shifts; stated to all candidates; candidate confirmed.",
        "Served a mission-critical payments system for six years.",
        "Ran the morning stand-up and the weekly demo.",
        "Supervised a certified kosher catering kitchen for four years; knows the protocols.",
        "Set up halal sourcing and labelling for the supermarket's meat suppliers.",
        "Booked a quiet room for the panel interview.",
        "On the seventh day of the sprint she shipped the fix.",
        "No beef with the previous manager, he said; left for growth.",
        "She served our mission of affordable care for six years as ops lead.",
        "Our office has a multi-faith room and a wellness room available to all staff.",
        "We welcome applicants of every faith and none; we do not discriminate on religion.",
        "Gurdwara coordinator: cand ran volunteer scheduling for 200 people a month at a food bank.",
        "Event scenario: a bar mitzvah and a funeral booked the same morning; her plan staggered the setup.",
        "Dear Pastor Williams, thank you for the reference you gave our candidate.",
    ),
)


_SCHEDULE = rx.compile(
    r"\b(?:sundays?|saturdays?|fridays?|weekends?|sabbath|shabbat|holidays?|holy days?|shifts?"
    r"|rota|roster|evenings?|sundown|sunset|sunrise|days? off|time off|availability|available"
    r"|schedule|calendar|hours|overtime|on-?call|dress|uniform|hair|beard|head|scarf|covering"
    r"|food|diet|eat|eats|eating|lunch|drink|drinks|alcohol|pork|handshake|shake hands|students"
    r"|kids|children|patients|customers|clients|pupils)\b"
)
_BELIEF_TOPIC = rx.compile(
    r"\b(?:about|on|around|regarding|re) (?:\w+ )?(?:testing|tdd|agile|scrum|code|coding|design"
    r"|architecture|management|leadership|process|tooling|tools|pricing|sales|marketing"
    r"|product|data|security|quality|documentation|feedback|hiring|teams?|remote|meetings)\b"
)


def _observance(hit: Hit) -> bool:
    if employer_statement(hit):
        return False
    m = hit.matched
    if rx.search(r"(?:beliefs|convictions|faith commitments)$", m):
        # "her beliefs rule out Sundays": a belief tied to the schedule, dress or food;
        # not "his convictions about testing".
        return hit.in_sentence(_SCHEDULE) and _BELIEF_TOPIC.match(hit.after(40)) is None
    if rx.match(r"(?:celebrat|observ(?!ance)|keep|kept|mark)", m) and rx.search(
        r"\b(?:calendar|rota|roster|schedule|system|app|tool|platform|store|office|company|site"
        r"|we|our|business|policy|plant|shop)\b",
        hit.before(40),
    ):
        return False  # "our calendar observes several holidays": the employer's schedule
    if m.startswith("fast"):
        # not intermittent fasting for a diet, nor "ships fast every week" as speed
        return (
            rx.search(r"\b(?:intermittent|water|juice|5:2|16:8|keto|diet\w*)\s+$", hit.before(20))
            is None
            and rx.match(r"fasting\b|fasts\b", m) is not None
        )
    if m.startswith("observance"):
        # "the observance you mentioned", "her Friday observance"; not "in observance of"
        return (
            rx.search(
                r"\b(?:your|his|her|their|(?:candidate|applicant)['\u2019]s|the|any|religious"
                r"|personal|weekly|friday|saturday|sunday|sabbath|strict|faith|daily|evening)\s+$",
                hit.before(20),
            )
            is not None
        )
    if m.startswith("proselyti"):
        return _BELIEF_TOPIC.match(hit.after(40)) is None
    return True


REL_002 = Rule(
    id="CND-REL-002",
    category="religion",
    severity="error",
    title="Observance, holidays kept or beliefs asked about or inferred",
    terms=(
        # "given the observance you mentioned", "her Friday observance"
        r"observances?\b(?! (?:of|days?|calendar|schedule|policy|list)\b)",
        # "which holidays he observes", "what festivals do you celebrate"
        r"(?:holidays?|holy days|feast days|festivals?|religious days|high holidays|festivities)"
        r" (?:that |which )?(?:\w+ ){0,2}?(?:he|she|they|you|cand|candidate|applicant|the"
        r" candidate|the applicant|your family|his family|her family)(?: \w+)? (?:observes?"
        r"|observed|observing|celebrates?|celebrated|celebrating|keeps?|kept|marks?|marked)\b",
        r"(?:celebrates?|celebrated|celebrating|observes?|observed|observing|keeps?|kept|marks?)"
        r" (?:different|other|his own|her own|their own|non-christian|religious|cultural|certain"
        r"|various|lots of|a lot of|many|several|major|jewish|muslim|hindu|sikh|orthodox"
        r"|christian|buddhist) (?:holidays?|holy days|festivals?|feast days)\b",
        r"(?:doesn't|does not|don't|do not|won't|will not|didn't|did not|can't|cannot) (?:do"
        r"|mark|celebrate|take part in|join in(?: with)?) (?:\w+ )?(?:birthdays|christmas|easter"
        r"|halloween|holidays)\b",
        # beliefs tied to the schedule, dress or food; pushing beliefs on others
        r"(?:his|her|their|your|(?:candidate|applicant)['\u2019]s) (?:personal |religious |strong"
        r" |own |deeply[- ]held |firm |moral )?(?:beliefs|convictions|faith commitments)\b",
        r"push(?:es|ed|ing)? (?:her|his|their|your) (?:own )?(?:views|beliefs|faith|religion"
        r"|values|morals|church) (?:on|onto|at) (?:the |our |other |any )?(?:students|kids"
        r"|children|pupils|patients|customers|clients|residents|colleagues|team|others|people"
        r"|us|staff|youth|families|parents|learners|guests|service users)\b|proselyti[sz]\w*",
        # "fasting this month" (Ramadan, Lent) as a reason
        r"fast(?:ing|s)? (?:this|next|last|that|all|every|for the|for a|during the) (?:month"
        r"|week|season|period|holiday|festival|few weeks)\b",
        r"(?:fri(?:day)?|sat(?:urday)?) sundown|sundown (?:fri(?:day)?|sat(?:urday)?|to sundown)",
        r"(?:your|his|her|their) (?:stated |religious )?observances?",
        r"(?:christmas|easter|passover|eid|diwali|yom kippur|rosh hashanah|ramadan|good friday|s"
        r"abbath)(?: and (?:christmas|easter|passover|eid|diwali))? (?:is|are) non-negotiable",
        r"(?:from|of|with) an? reformed (?:background|church|tradition|upbringing|congregation|f"
        r"amily)",
        r"(?:attend|attends|attended|attending) (?:church |worship |religious |sunday |morning |"
        r"weekly )?services\b(?! (?:meetings?|reviews?|calls?|conferences?|training|team|contrac"
        r"ts?|teams|company|firm|agency|department))",
        r"(?:good friday|easter|christmas eve|yom kippur|rosh hashanah|eid|diwali|passover|ramad"
        r"an|shabbat|the sabbath) off\b",
        r"belongs? to the lord|the lord's day|sunday (?:morning )?services\b(?! (?:team|desk|lin"
        r"e|menu|hours|manager))",
    ),
    check=_observance,
    exemptions=frozenset({"professional"}),
    message="Asks about or infers the candidate's observance, holidays kept or religious beliefs.",
    rationale=_HOOK
    + " 'Religious holidays observed' is a listed unlawful inquiry; inferring observance or "
    "beliefs and reasoning from them about availability or conduct is evidence that religion "
    "was weighed.",
    suggestion=(
        "Delete it. State the schedule to every candidate in the same words ('The role "
        "works the Christmas and Easter weekends; can you meet that schedule?') and handle "
        "any accommodation request after the offer."
    ),
    bad=(
        "Given her observance on Fridays, the late close won't work.",
        "Asked what festivals she celebrates so I can plan the December rota.",
        "Doesn't do birthdays or Christmas, so the team parties are out.",
        "His beliefs mean no Sunday shifts, apparently.",
        "Might try to push his faith on the residents.",
        "Worried she'd proselytise to the kids.",
        "Fasting this month, so the afternoon energy dipped.",
        "He's fasting for the next few weeks; could affect the night shifts.",
        "Celebrates different holidays, so December could be tricky.",
        "The board would rather have someone from a Reformed background.",
        "Since you attend services on Sunday mornings, the brunch shift would not work.",
        "Quit her last job over Good Friday off; she'll want exceptions.",
        "Says Sundays belong to the Lord, so no weekend cover.",
    ),
    good=(
        "Asked which public holidays the store closes on; we sent the schedule.",
        "In observance of the national holiday, the office is closed on Monday.",
        "Strong convictions about testing: writes the test first and showed her CI setup.",
        "Said the holiday peak is the busiest period she has managed: 40 staff, no stockouts.",
        "Observance of the safety rules was perfect in the practical.",
        "Intermittent fasting this month is part of the wellness challenge she ran for staff.",
        "Ships fast every week: 14 releases last quarter.",
        "Our calendar observes several holidays across 3 regions; shared with all candidates.",
        "Attended services team stand-ups for the migration and took notes.",
    ),
)


_CLERGY = rx.compile(
    r"(?:vicars?|reverend|clergy\w*|deacons?|nuns?|monks?|chaplains?|mullahs?|swamis?|granthis?"
    r"|pujaris?)$"
)
#: Clergy as someone's personal tie ("her dad's a vicar", "he's a deacon"), not a job posting.
_CLERGY_TIE = rx.compile(
    r"(?:\b(?:his|her|their|dad|father|mum|mom|mother|brother|sister|uncle|aunt|husband|wife"
    r"|parents?|family|grandad|grandfather|grandma|grandmother|son|daughter|partner)"
    r"(?:['\u2019]s)?|\b(?:is|was|he's|she's|they're|'s|became|becoming|ordained|trained as"
    r"|training to be|training as|wants to be|used to be|former|ex-))\s+(?:(?:a|an|the|local"
    r"|parish|church|village|ordained|lay|catholic|anglican|methodist|baptist|buddhist|hindu"
    r"|sikh)\s+){0,2}$"
)


def _symbol(hit: Hit) -> bool:
    if _CLERGY.match(hit.matched) and (
        not _CLERGY_TIE.search(hit.before(40)) or rx.match(r"['\u2019]s\b", hit.after(3))
    ):
        return False  # "Chaplain role: posting requires an MDiv": the job, not a tie
    if hit.matched.startswith("cover") and rx.search(
        r"\b(?:hairnets?|hair nets?|nets?|hard hats?|helmets?|caps?|hats?|ppe|hygiene|food safety"
        r"|as required|dress code|bouffant|snood)\b",
        hit.sentence,
    ):
        return False  # "covered her hair with a hairnet in the kitchen practical"
    if hit.matched.startswith("skull") and rx.search(
        r"\b(?:herb\w*|tinctures?|dos\w*|supplements?|plants?|botanical|valerian|extracts?)\b",
        hit.sentence,
    ):
        return False  # skullcap the herb
    return not employer_statement(hit)


REL_003 = Rule(
    id="CND-REL-003",
    category="religion",
    severity="error",
    title="Religious symbols, practices or groups described",
    terms=(
        # "small cross on a chain", "wore a rosary", "ashes on her forehead"
        r"(?:(?:small|little|tiny|gold|golden|silver|wooden|big|large|plain|simple|celtic|visible"
        r"|chunky) )?(?:cross|crucifix)(?:es)? (?:on a (?:chain|necklace|string|cord|pendant)"
        r"|pendants?|necklaces?|chains?|earrings?|around (?:her|his|their) neck|tattoos?)\b"
        r"|(?:wears?|wearing|wore|had on|has on|sporting|sported|with) (?:a |an |her |his"
        r" |their )?(?:(?:small|little|tiny|gold|golden|silver|wooden|big|large|plain|simple"
        r"|celtic|visible|chunky|religious) ){0,2}(?:cross|crucifix|rosary|star of david"
        r"|hamsa|prayer beads|mala beads|tasbih|miraculous medal|saint['\u2019]?s medal"
        r"|st\.? christopher)\b(?![-\u2010'\u2019])(?! (?:stitch|platform|functional|country"
        r"|section|reference|check|training|team|browser)\b)"
        r"|(?:ash|ashes|ash cross|ash mark) on (?:her|his|their) forehead|ash wednesday"
        r"|cross(?:ed|es|ing)? (?:himself|herself|themselves)\b"
        r"|(?:said|says|saying|say) grace\b(?! (?:under|is|was)\b)|grace before (?:meals|lunch|eating|food|dinner)"
        r"|cover(?:s|ed|ing)? (?:her|his|their) (?:hair|head)\b",
        # "her youth group", "youth ministry"
        r"(?:(?:church|parish|christian|catholic|jewish|muslim|mosque|temple|bible|faith"
        r"|synagogue|gurdwara|baptist|methodist|evangelical|lds) )?youth (?:ministry"
        r"|fellowship|pastor|minister)\b|(?:her|his|their|(?:church|parish|christian|catholic"
        r"|jewish|muslim|mosque|temple|bible|faith|synagogue|gurdwara|baptist|methodist"
        r"|evangelical|lds)) youth group\b|churchy|holy rollers?|happy[- ]clappy|jesus freaks?"
        r"|god[- ]?botherers?|god[- ]squad|bible[- ]?(?:basher|thumper|bashing|thumping)s?"
        r"|religious (?:nut|nutter|fanatic|zealot|type)s?|hijabi|niqabi|skull ?caps?|kufis?"
        r"|taqiyahs?|dastars?|patkas?|tichels?|sheitels?"
        r"|vicars?|reverend|clergy\w*|deacons?|nuns?|monks?|chaplains?|mullahs?|swamis?|granthis?"
        r"|pujaris?|pious|piety|godly|modest(?:ly)? (?:dress|dressed|clothing|attire|wear|outfits?"
        r")\b(?! (?:brand|line|range|label|collection|market|retail)\b)|dress(?:es|ed)? modestly"
        r"|inshallah|insha['\u2019]?allah|mashallah|masha['\u2019]?allah"
        r"|alhamdulillah|subhanallah|praise (?:god|the lord|jesus|allah)|(?:about|mentioned"
        r"|mentions|loves|love for|found|follows|accepted|serves|praised|praises|thanked|thanks"
        r"|quoted|quotes|invoked|invokes) (?:jesus|christ|allah|the lord|our lord|the prophet"
        r"|krishna|the gospel|the scriptures?)\b|(?:bible|scripture|torah|quran|koran) (?:study|class"
        r"|group|camp)|church (?:camp|choir|group|retreat)|(?:faith|prayer|religious) (?:group"
        r"|retreat|camp|circle|meeting)s?\b",
        r"prayer (?:rug|mat)s?|(?:knelt|kneeled|kneeling|kneels) (?:down )?on (?:a |his |her |th"
        r"eir |the )?(?:little |small )?rug",
        r"fast(?:s|ing|ed) (?:on )?(?:mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|su"
        r"ndays|every (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))",
    ),
    check=_symbol,
    exemptions=frozenset({"professional"}),
    message="Describes a religious symbol, practice or religious group of the candidate.",
    rationale=_HOOK
    + " Religious dress and symbols, prayer and membership of a faith group reveal religion; "
    "recording them, or worrying about them, is evidence that religion was weighed "
    "(Abercrombie: even a suspected practice must not be a motivating factor).",
    suggestion=(
        "Delete it. If conduct with students or customers matters, ask every candidate the "
        "same scenario question and record the answer against the rubric."
    ),
    bad=(
        "Gold cross pendant, talked a lot about church camp.",
        "Wore a rosary to the interview, might be a bit much for the clinic.",
        "Had ashes on his forehead, so it must have been Ash Wednesday.",
        "Said grace before lunch with the panel.",
        "Talked about his youth group for ten minutes.",
        "She covers her hair, not sure about the uniform.",
        "Bit churchy, might not enjoy the bar crowd.",
        "Hijabi; not sure how the drive-through customers will react.",
        "Wears a skullcap, so the hard hat could be a problem.",
        "Her dad's a vicar, so probably quite conservative.",
        "Said inshallah twice when we discussed the start date.",
        "Talked about Jesus a lot during the small talk.",
        "Very pious, might judge the bar staff.",
        "Wears modest clothing, long skirts, probably religious.",
        "Saw a prayer rug in her bag before the panel.",
        "She fasts Fridays, so the Friday lunch shift may be a problem.",
    ),
    good=(
        "Led cross-functional teams of 12 across three sites.",
        "Cross-trained on the pharmacy and front-of-house stations.",
        "Ran a youth club for the council for four years; strong safeguarding answers.",
        "Wore the required safety helmet and glasses in the practical.",
        "Built the cross-platform app and its CI pipeline.",
        "Knows skullcap and valerian dosing from her herbal dispensary work.",
        "Said grace under pressure is her strength, and gave the outage example.",
        "Chaplain post: the posting requires an MDiv; she has one, verified.",
        "Launched a modest wear line for the retailer; 12% of spring sales.",
        "Covered her hair with a hairnet in the kitchen practical, as required.",
        "Worked as a hospital chaplaincy coordinator, scheduling 12 volunteers.",
        "Thanks to the lord mayor's office, she secured the youth employment grant.",
        "Happy to clap in the ward round: she presented the case clearly.",
    ),
)


RULES = (REL_001, REL_002, REL_003)
