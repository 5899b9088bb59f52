"""Religion (Title VII; 29 CFR 1605.3)."""

from __future__ import annotations

import re

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
    r"|unitarians?|coptic|druze|shi'?as?|shiites?|sunnis?"
)


_FACILITY = re.compile(
    r"\b(?:our (?:office|building|site|campus|hq)|we have|we offer|available (?:to|for) (?:all"
    r"|every|staff|employees)|all (?:employees|staff|colleagues)|on (?:each|every) floor"
    r"|on-?site (?:facilities|amenities))\b"
)
_PERSON_CUE = re.compile(r"\b(?:he|she|him|his|her|they|them|their|cand|candidate|asked)\b")


def _not_idiom(hit: Hit) -> bool:
    if employer_statement(hit):
        return False
    m = hit.matched
    if re.match(r"(?:go|goes|going|went) (?:services|mass)$", m):
        return False  # "our Go services": code, not worship ("goes to services" still counts)
    if re.search(r"(?:room|rooms|space|spaces|centre|center)$", m) and hit.in_sentence(_FACILITY):
        # The employer describing its facilities, not the candidate's practice.
        return hit.in_sentence(_PERSON_CUE)
    if m.startswith("prayer") and re.search(
        r"\b(?:not|doesn't|don't|didn't|without)\s+"
        r"(?:have|stand)\s+a\s*$",
        hit.before(30),
    ):
        return False
    if m == "faith":
        return not re.match(
            r"^\s*(?:in (?:the|her|his|their|our|my|him|them|us|it|this"
            r"|that)|that)\b",
            hit.after(15),
        )
    return not (m.startswith("god") and re.match(r"^\s*(?:mode|object|class)", hit.after(10)))


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
        r"hijabs?|headscarf|headscarves|head ?scarf|head covering|turbans?|yarmulkes?|kippah"
        r"|burqas?|burkas?|niqabs?|rosary|cross necklace|wore a cross|bindi|crucifix|star of david"
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
    ),
    anchors=(
        "christian",
        "adventist",
        "seventh",
        "methodist",
        "presbyterian",
        "lutheran",
        "anglican",
        "episcopalian",
        "scientolog",
        "wiccan",
        "pagan",
        "rastafarian",
        "zoroastrian",
        "baha",
        "shinto",
        "taoist",
        "unitarian",
        "coptic",
        "druze",
        "shi",
        "shiite",
        "sunni",
        "catholic",
        "protestant",
        "baptist",
        "evangelical",
        "mormon",
        "lds",
        "latter",
        "jewish",
        "jew",
        "judaism",
        "muslim",
        "moslem",
        "islam",
        "hindu",
        "sikh",
        "buddhis",
        "atheis",
        "agnostic",
        "jehovah",
        "amish",
        "quaker",
        "pentecostal",
        "orthodox",
        "born",
        "devout",
        "observant",
        "religio",
        "zionist",
        "church",
        "pastor",
        "priest",
        "rabbi",
        "imam",
        "mosque",
        "synagogue",
        "parish",
        "congregation",
        "temple",
        "mass$",
        "services",
        "shul",
        "sunday",
        "bible",
        "quran",
        "koran",
        "torah",
        "scripture",
        "hijab",
        "headscar",
        "head",
        "turban",
        "yarmulke",
        "kippah",
        "burqa",
        "burka",
        "niqab",
        "rosary",
        "cross",
        "bindi",
        "crucifix",
        "star of david",
        "tilak",
        "kirpan",
        "tzitzit",
        "pray",
        "ramadan",
        "sabbath",
        "shabbat",
        "shabbos",
        "kosher",
        "halal",
        "eid$",
        "diwali",
        "passover",
        "yom",
        "rosh",
        "hanukkah",
        "chanukah",
        "holy",
        "christmas",
        "easter",
        "holidays",
        "fasting",
        "faith",
        "god",
        "spiritual",
        "theolog",
        "seminary",
        "divinity",
        "fasts",
        "eat",
        "eats",
        "touch",
        "pork",
        "beef",
        "shellfish",
        "jummah",
        "jumah",
        "jumu",
        "salah",
        "salat",
        "namaz",
        "puja",
        "pooja",
        "satsang",
        "vespers",
        "eucharist",
        "communion",
        "confirmation",
        "sukkot",
        "purim",
        "vaisakhi",
        "navratri",
        "guru",
        "gurpurab",
        "iftar",
        "suhoor",
        "sehri",
        "breaking",
        "worship",
        "daily",
        "weekly",
        "friday",
        "saturday",
        "regular",
        "midday",
        "morning",
        "evening",
        "multi",
        "reflection",
        "quiet",
        "private",
        "time",
        "day of rest",
        "lord",
        "gurdwara",
        "pilgrimage",
        "hajj",
        "umrah",
        "minyan",
        "bar mitzvah",
        "bat mitzvah",
        "missionary",
        "served",
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
        "Booked a quiet room for the panel interview.",
        "On the seventh day of the sprint she shipped the fix.",
        "No beef with the previous manager, he said; left for growth.",
        "She served our mission of affordable care for six years as ops lead.",
        "Our office has a multi-faith room and a wellness room available to all staff.",
        "We welcome applicants of every faith and none; we do not discriminate on religion.",
    ),
)

RULES = (REL_001,)
