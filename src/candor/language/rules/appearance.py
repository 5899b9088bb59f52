"""Appearance: looks, body, hair, dress (state and local height/weight laws; proxies)."""

from __future__ import annotations

import re

from candor.language.context import Hit
from candor.language.model import Rule
from candor.language.rules._lex import SUBJ_COP

_HOOK = (
    "Height and weight are protected in Michigan, New York City, San Francisco and other "
    "places, and remarks on looks, hair or dress act as proxies for race, sex, religion, "
    "disability and age. HR guidance: use the candidate ID as the memory aid, never looks "
    "('blonde hair', 'yellow dress')."
)
_SUGGEST = (
    "Delete it and use the candidate ID as the memory aid. If a neutral, uniformly applied "
    "dress or safety standard matters, cite the standard and whether it was met."
)
_STANDARD = re.compile(
    r"\b(?:safety (?:standard|requirement|gear|boots|shoes|rules?|policy)|dress code|uniform"
    r"|ppe|hard hat|hi-vis|hygiene (?:standard|policy|rules?)|food safety|clean ?room)\b"
)


def _no_standard(hit: Hit) -> bool:
    return not hit.in_sentence(_STANDARD)


_LOOKS = (
    r"attractive|beautiful|gorgeous|handsome|cute|hot|sexy|stunning|ugly|plain-looking"
    r"|homely|unattractive|good[- ]looking|nice[- ]looking|pretty|fit|buff|hunky"
)

APP_001 = Rule(
    id="CND-APP-001",
    category="appearance",
    severity="warning",
    title="Looks",
    terms=(
        SUBJ_COP + r"(?:" + _LOOKS + r")(?! (?:good|well|much|sure|strong|solid|clear"
        r"|quick|fast|confident|detailed|technical|junior|senior|experienced|thorough|for|to|with"
        r"|in|on|into))\b",
        r"(?:" + _LOOKS + r") (?:woman|man|girl|guy|lady|gal|face|smile|candidate|young|person"
        r"|dude|blonde|brunette|one|thing)",
        r"(?:attractive|beautiful|gorgeous|handsome|sexy|stunning|striking|good[- ]looking"
        r"|unattractive|ugly)(?=\s*(?:$|[.,;:!?)\-]|and\b|but\b|so\b|too\b|woman|man|girl"
        r"|guy|lady|gal|young|person|candidate|blonde|brunette))",
        r"good[- ]looking|easy on the eyes|eye candy|(?:looks|looked) like a (?:model|movie star"
        r"|supermodel)|model[- ]looks|(?:her|his|their) (?:good )?looks|unattractive|sexy"
        r"|handsome|gorgeous",
    ),
    anchors=(
        "striking",
        "attractive",
        "beautiful",
        "gorgeous",
        "handsome",
        "cute",
        "hot$",
        "sexy",
        "stunning",
        "ugly",
        "plain",
        "homely",
        "unattractive",
        "good-looking",
        "good looking",
        "nice-looking",
        "nice looking",
        "pretty",
        "fit$",
        "buff$",
        "hunky",
        "eyes$",
        "eye candy",
        "looks",
        "looked",
        "model-looks",
        "model looks",
    ),
    check=_no_standard,
    exemptions=frozenset({"professional"}),
    message="Comments on the candidate's looks.",
    rationale=_HOOK,
    suggestion=_SUGGEST,
    bad=("She's very attractive, clients will like her.", "Good-looking guy, confident."),
    good=("Built an attractive dashboard for the ops team.", "Pretty solid answer on caching."),
)


def _not_lifting(hit: Hit) -> bool:
    return not re.search(
        r"\b(?:lift\w*|carry\w*|load\w*|push\w*|pull\w*|boxes|packages?"
        r"|bags?|sacks?|pallets?|payload)\b",
        hit.sentence,
    ) and _no_standard(hit)


APP_002 = Rule(
    id="CND-APP-002",
    category="appearance",
    severity="warning",
    title="Weight, height or body",
    terms=(
        r"over ?weight|obes(?:e|ity)|morbidly|plus[- ]size|chubby|heavy[- ]?set|scrawny|stocky"
        r"|portly|lanky|petite|chunky|plump|skinny",
        r"fat (?:guy|man|woman|lady|girl|person|dude|one)|(?:tall|short|big|large|small|heavy"
        r"|skinny|thin|little|tiny|huge) (?:guy|man|woman|girl|lady|gal|dude|black|white|asian"
        r"|female|male|blonde|brunette|fella|bloke|chap|person)",
        SUBJ_COP + r"(?:fat|chubby|skinny|heavy|heavyset|big|large|tiny|thin|scrawny|stocky"
        r"|petite|short|tall|plump|chunky|portly|lanky|overweight|huge|out of shape)\b(?! (?:on"
        r"|in|of|answers?|list|term|client|notice|time|and sweet|sighted|with|to|for|about))",
        r"(?:his|her|their) (?:weight|height|size|build|figure|body|physique)",
        r"(?:lost|gained|put on|losing|gaining) (?:some |a lot of |a bit of |lots of )?weight"
        r"|weighs?|out of shape",
        r"\d ?'\s?\d{1,2}\"?|\d ?(?:ft|foot|feet)(?: ?\d{1,2}(?: ?(?:in|inches|\"))?)?"
        r"|\d{3} ?cm|\d{2,3} ?(?:lbs?|pounds|kg|kilos)",
    ),
    anchors=(
        "overweight",
        "over weight",
        "obes",
        "morbidly",
        "plus",
        "chubby",
        "heavy",
        "scrawny",
        "stocky",
        "portly",
        "lanky",
        "petite",
        "chunky",
        "plump",
        "skinny",
        "fat$",
        "tall",
        "short",
        "big$",
        "large",
        "small",
        "thin$",
        "little",
        "tiny",
        "huge",
        "weight",
        "height",
        "size$",
        "build$",
        "figure",
        "body",
        "physique",
        "shape",
        "weigh",
        *tuple("123456789"),
    ),
    check=_not_lifting,
    exemptions=frozenset({"professional", "requirement"}),
    message="Comments on the candidate's weight, height or body.",
    rationale=_HOOK,
    suggestion=_SUGGEST,
    bad=(
        "Overweight, might not keep up.",
        "Short Asian female, quiet.",
        "She's about 5'2\", small for the role.",
        "Has lost a lot of weight recently.",
    ),
    good=(
        "Can lift 50 lb with or without reasonable accommodation: yes.",
        "Gave short answers to the first two questions.",
        "Reduced the Docker image size by 60%.",
    ),
)

APP_003 = Rule(
    id="CND-APP-003",
    category="appearance",
    severity="warning",
    title="Hair, eyes, tattoos, dress or grooming",
    terms=(
        r"blonde?s?|brunettes?|redheads?|ginger|red[- ]?hair(?:ed)?|(?:grey|gray|white|silver"
        r"|blue|pink|purple|green|dyed|bleached|long|short|curly|messy|greasy|thinning) hair"
        r"|bald(?:ing)?|receding hairline|ponytail|man[- ]bun|pigtails|beard(?:ed)?|moustache"
        r"|mustache|goatee|(?:blue|green|brown|hazel|grey|gray) eyes|eye colou?r|hair colou?r"
        r"|hair ?(?:style|cut)",
        r"tattoo(?:s|ed)?|piercings?|pierced|nose ring|eyebrow ring|(?:facial|visible)"
        r" (?:hair|piercings?|tattoos?)|make-?up|lipstick|nail polish|glasses|spectacles",
        r"(?:wore|wearing|wears|dressed in|showed up in) (?:a |an |the |that |her |his"
        r" |their )?(?:\w+ ){0,2}?(?:dress|skirt|blouse|suit|tie|shirt|top|sweater|jumper"
        r"|cardigan|jacket|blazer|hat|heels|jeans|t-?shirt|hoodie|outfit|scarf|earrings?|tops?"
        r"|necklace|jewelry|jewellery|sneakers|trainers|sandals|shorts|leggings|hoodie)",
        r"(?:yellow|red|blue|green|pink|purple|orange|black|white|grey|gray|floral|tight|short|long"
        r"|low-cut|revealing|sexy|ugly|cheap|expensive|nice|sharp|fancy|bright|loud|torn|ripped"
        r"|wrinkled) (?:dress|skirt|blouse|suit|tie|shirt|outfit|heels|jacket|blazer|jeans)",
        r"(?:dressed|dresses) (?:\w+ ){0,2}?(?:provocatively|casually"
        r"|sloppily|inappropriately|badly|poorly|well|nicely|sharply|conservatively|like)"
        r"|sloppy|scruffy|unkempt|dishevell?ed|frumpy|dowdy|slovenly|well-groomed|(?:poorly"
        r"|badly) groomed|unshaven|smelly|smelled|body odou?r",
        r"(?:appearance|grooming|hygiene) (?:was|is|were|are|could|needs|matters|wasn't|isn't)"
        r"|professional appearance|(?:not |un)?presentable|(?:his|her|their) (?:appearance"
        r"|outfit|clothes|clothing|hair|hairstyle|haircut|beard|tattoos?|makeup|teeth|skin"
        r"|nails|shoes)\b",
        r"(?:looks|looked) (?:like )?(?:a |an )?(?:young|old|tired|frumpy|sloppy|scruffy|unkempt"
        r"|hippie|biker|thug|gangster|nerd|librarian|grandma|grandpa|teenager|student|kid)"
        r"|acne|scars?|birthmark|photo(?:graph)? (?:of|on|with) (?:the|her|his|their)"
        r" (?:r[ée]sum[ée]|resume|cv|application)",
    ),
    anchors=(
        "blond",
        "brunette",
        "redhead",
        "red-hair",
        "red hair",
        "redhair",
        "ginger",
        "hair",
        "bald",
        "receding",
        "ponytail",
        "man-bun",
        "man bun",
        "pigtails",
        "beard",
        "moustache",
        "mustache",
        "goatee",
        "eyes$",
        "eye colo",
        "tattoo",
        "piercing",
        "pierced",
        "nose ring",
        "eyebrow",
        "makeup",
        "make-up",
        "lipstick",
        "nail",
        "glasses",
        "spectacles",
        "wore",
        "wearing",
        "wears",
        "dressed",
        "showed up in",
        "dress",
        "skirt",
        "blouse",
        "suit$",
        "tie$",
        "shirt",
        "jacket",
        "blazer",
        "heels",
        "jeans",
        "outfit",
        "sloppy",
        "scruffy",
        "unkempt",
        "dishevel",
        "frumpy",
        "dowdy",
        "slovenly",
        "well-groomed",
        "groomed",
        "unshaven",
        "smell",
        "odor",
        "odour",
        "appearance",
        "grooming",
        "hygiene",
        "presentable",
        "unpresentable",
        "clothes",
        "clothing",
        "teeth",
        "skin",
        "shoes",
        "looks",
        "looked",
        "acne",
        "scar",
        "birthmark",
        "photo",
    ),
    check=_no_standard,
    exemptions=frozenset({"professional", "requirement"}),
    message="Records hair, eyes, tattoos, dress or grooming.",
    rationale=_HOOK,
    suggestion=_SUGGEST,
    bad=(
        "Blonde hair, yellow dress.",
        "Tall guy with glasses and a beard.",
        "Visible tattoos, not sure about clients.",
        "Dressed too casually for a bank.",
        "Her appearance was a bit sloppy.",
    ),
    good=(
        "Wore steel-toe boots as the posted safety standard requires.",
        "Fixed the suit of integration tests.",
        "Designs dresses for a fashion label; portfolio reviewed.",
    ),
)


APP_004 = Rule(
    id="CND-APP-004",
    category="appearance",
    severity="warning",
    title="Looks, body or clothing judged",
    terms=(
        r"(?:very|so|really|super|quite|incredibly|stunningly|rather|kinda|kind of) (?:pretty"
        r"|cute|hot|attractive|beautiful|handsome|good-looking|gorgeous|sexy|plain|ugly|homely"
        r"|buff)\b(?! (?:much|well|sure|good|standard|quick|close|easy|hard|solid|strong"
        r"|basic|clear|similar|tough|fast|take|topic|path|fix|market|button|spot|key|seat|swap"
        r"|desk|code|loop|area|space|field|startup|item|product|leads?|for the|with (?:the|our)"
        r"|to (?:the|our)))",
        r"well put[- ]together|(?:nice|great|good|lovely|pretty|beautiful|perfect|winning)"
        r" (?:smile|face|eyes|legs|figure|body|skin|teeth|hair|looks)\b|easy on the eyes?",
        r"(?:clients?|customers?|guests?|visitors?|patients?|the boss|the ceo) (?:will|would|'ll"
        r"|'d) (?:love|like|adore) (?:her|him|them|the look|looking at)|(?:look|looks|looked)"
        r" (?:good|great|nice|the part) (?:at|on|in|for|behind) (?:reception|the front desk"
        r"|the desk|front of house|the floor|camera|the brochure|the website|the counter)",
        r"(?:not|isn't|wasn't) (?:really |quite )?(?:our|the right|the) (?:look|image)\b(?!"
        r" (?:and feel|of the (?:product|app|site|ui|brand)))|(?:not|isn't|wasn't) the image"
        r" (?:for|we)",
        r"too (?:short|tall|fat|heavy|skinny|big|small|large) to (?:reach|see over|lift|fit"
        r"|climb|operate|squeeze|move|kneel|crawl)",
        r"curvy|busty|svelte|big[- ]boned|beer belly|muscly|(?:very |quite |really |so )?"
        r"(?:muscular|buff|ripped|slim|lean|slender) (?:guy|man|woman|girl|lady|build|frame"
        r"|figure|body)",
        r"(?:looks?|looked) (?:much |a lot |way |a bit )?(?:older|younger|heavier|thinner"
        r"|different) than (?:her|his|their|in the) (?:photo|picture|profile|linkedin|headshot)"
        r"|(?:older|younger|heavy|tired)[- ]looking|freckles|dimples|wrinkles|wrinkly"
        r"|(?:buck|crooked|yellow|bad|gappy) teeth",
        r"(?:wore|wearing|wears|dressed in|showed up in|turned up in|came in) (?:a |an |the"
        r" |that |her |his |their |some )?(?:[\w-]+ ){0,3}?(?:top|tops|trousers|pants|shoes"
        r"|boots|sweatpants|tracksuit|sari|kilt|overalls|costume|crop top|tank top|vest|dress"
        r"|skirt|blouse|shirt|outfit|jeans|hoodie|earrings|jewel(?:le)?ry|heels|leggings"
        r"|shorts|sandals|trainers|sneakers|cap|beanie)\b",
    ),
    check=_no_standard,
    exemptions=frozenset({"professional", "requirement"}),
    message="Judges or records the candidate's looks, body or clothing.",
    rationale=_HOOK,
    suggestion=_SUGGEST,
    bad=(
        "Very pretty, would look good at reception.",
        "Attractive and well put together.",
        "Tattoos, not really our look.",
        "Probably too short to reach the top shelf.",
        "Wore a low-cut top.",
        "Looked older than her photo.",
    ),
    good=(
        "Pretty good answer on caching.",
        "Very fit for purpose: the design met every requirement.",
        "Not the right look and feel for the app, she argued, and showed a redesign.",
        "Wore a hi-vis vest as the site safety standard requires.",
    ),
)

RULES = (APP_001, APP_002, APP_003, APP_004)
