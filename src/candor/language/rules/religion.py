"""Religion (Title VII; 29 CFR 1605.3)."""

from __future__ import annotations

import re

from candor.language.context import Hit
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
    r"|church)|born[- ]again|devout|observant|religious|religion|zionist"
)


def _not_idiom(hit: Hit) -> bool:
    m = hit.matched
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
        r"|burqas?|burkas?|niqabs?|rosary|cross necklace|wore a cross|bindi|religious (?:dress"
        r"|garb|clothing|attire|jewelry)",
        r"prayers?|pray(?:s|ed|ing)? (?:five times|daily|during|at|in|on|before|every|several)"
        r"|prayer (?:times?|breaks?|room|mat)",
        r"ramadan|sabbath|shabbat|shabbos|kosher|halal|eid|diwali|passover|yom kippur|rosh "
        r"hashanah|hanukkah|chanukah|lent|(?:religious|holy) (?:holidays?|days?|observance"
        r"|obligations?|commitments?|beliefs?|views?|practices?)|(?:celebrates?|observes?"
        r"|observing|celebrating|doesn't celebrate|does not celebrate|didn't celebrate) "
        r"(?:christmas|easter|the holidays|holidays)",
        r"fasting (?:for|during)|(?:is|was|were|are) fasting",
        r"faith|god|spiritual(?:ity)?|theolog\w+|seminary|divinity school",
    ),
    anchors=(
        "christian",
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
        "Wears a hijab; might not suit the front desk.",
        "Very religious, goes to church every Sunday.",
        "Can't work Fridays because of prayers.",
        "Observes the Sabbath, so weekends are out.",
        "He's Muslim and will be fasting during Ramadan.",
    ),
    good=(
        "Negotiated in good faith with the union.",
        "Follows TDD religiously.",
        "Built a prayer-times app with 100k downloads.",
        "Schedule includes Saturday shifts; stated to all candidates; candidate confirmed.",
    ),
)

RULES = (REL_001,)
