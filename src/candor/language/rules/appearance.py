"""Appearance: looks, body, hair, dress (state and local height/weight laws; proxies)."""

from __future__ import annotations

from candor.language import rx
from candor.language.context import Hit
from candor.language.model import Rule
from candor.language.rules._lex import BEHAVIOUR, SUBJ_COP

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
_STANDARD = rx.compile(
    r"\b(?:safety (?:standard|requirement|gear|boots|shoes|rules?|policy)|dress code|uniform"
    r"|ppe|hard hat|hi-vis|hygiene (?:standard|policy|rules?)|food safety|clean ?room"
    r"|steel[- ]toe\w*|protective (?:gear|equipment|clothing|footwear)|safety)\b"
)


_CLASH = rx.compile(
    r"\b(?:clash\w*|conflict\w*|might not|may not|won't|wouldn't|not sure|wonder\w*|worr\w*"
    r"|concern\w*|issue|problem|doubt\w*|awkward|not a good look|off-putting|even fit|fit over"
    r"|wasn't sure|unsure|not certain|questionable"
    r"|how (?:would|will|could|do|does) (?:that|it|this|they|he|she)|would (?:that|it|they)"
    r" (?:even )?(?:fit|work))\b"
)


def _no_standard(hit: Hit) -> bool:
    """A cited dress or safety standard makes a remark neutral, unless it predicts a clash.

    The standard may sit in the sentence before ("All visitors must wear steel-toe boots.
    He arrived in trainers, so the tour was shortened.").
    """
    if hit.in_sentence(_CLASH):
        return True
    if hit.in_sentence(_STANDARD):
        return False
    lo = max(0, hit.s_start - 160)
    return _STANDARD.search(hit.low, lo, hit.s_start) is None


def _looks(hit: Hit) -> bool:
    if rx.fullmatch(r"hot|cute|pretty|sexy|stunning|gorgeous|hunky|fit as", hit.matched):
        # A bare word counts only as a note fragment ("Hot. Just saying."), not "is hot".
        before = hit.low[hit.s_start : hit.start]
        if not rx.search(
            r"(?:^|[,;:(\-\u2022*]|\b(?:and|but|also|very|so|really|quite|super"
            r"|honestly|tbh))\s*$",
            before,
        ):
            return False
    return _no_standard(hit)


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
        r"(?:hot|cute|pretty|sexy|stunning|gorgeous|hunky|fit as)(?= *(?:$|[.,;!]))|"
        r"good[- ]looking|easy on the eyes|eye candy|(?:looks|looked) like a (?:model|movie star"
        r"|supermodel)|model[- ]looks|(?:her|his|their) (?:good )?looks|unattractive|sexy"
        r"|handsome|gorgeous",
        r"not the (?:prettiest|best[- ]looking|most attractive|cutest|handsomest|most handsome)\b",
    ),
    check=_looks,
    exemptions=frozenset({"professional"}),
    message="Comments on the candidate's looks.",
    rationale=_HOOK,
    suggestion=_SUGGEST,
    bad=(
        "She's very attractive, clients will like her.",
        "Good-looking guy, confident.",
        "Cute. Good on the phones too.",
        "Not the prettiest, so maybe the stockroom rather than the counter.",
    ),
    good=(
        "Built an attractive dashboard for the ops team.",
        "Pretty solid answer on caching.",
        "The market for data engineers is hot.",
        "Said the new feature was pretty.",
    ),
)


_BODY_FRAGMENT = rx.compile(
    r"(?:very|quite|really|so|super|pretty|a bit|bit|rather|extremely|incredibly|fairly|kinda"
    r"|kind of) (?:short|tall|big|small|large|heavy|skinny|thin|petite|tiny|overweight|fat"
    r"|chubby|stocky|heavyset|huge|hefty)"
)


def _not_lifting(hit: Hit) -> bool:
    if rx.match(r"(?:carr|put on|packing|piled on)", hit.matched):
        return _no_standard(hit)  # "carrying a few extra pounds": the body, not a load
    if (
        _BODY_FRAGMENT.match(hit.matched)
        and rx.search(r" (?:and|&) ", hit.matched)
        and not rx.search(
            r"(?:^|[,;(\-\u2022*]|\band|\b(?:looked|looks|looking|seemed|seems|appeared|appears"
            r"|he's|she's|they're|he was|she was|they were|he is|she is|they are|hes|shes))\s*$",
            hit.low[hit.s_start : hit.start],
        )
    ):
        return False  # "margins were very thin and weak": not a body
    if _BODY_FRAGMENT.fullmatch(hit.matched) and not rx.search(
        r"(?:^|[,;(\-\u2022*]|\band)\s*$", hit.low[hit.s_start : hit.start]
    ):
        return False  # "Answers were very short." is not about the body
    return not rx.search(
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
        r"|portly|lanky|petite|chunky|plump|skinny|gaunt|emaciated|haggard|sickly[- ]looking"
        r"|pasty|sallow|pot[- ]?bell(?:y|ied)|paunch(?:y)?|flabby|bony|beanpole|rotund"
        r"|(?:really|very|quite|so|too|bit|a bit) (?:pale|frail|puffy|bloated|gangly|weedy)\b",
        r"fat (?:guy|man|woman|lady|girl|person|dude|one)|(?:tall|short|big|large|small|heavy"
        r"|skinny|thin|little|tiny|huge) (?:guy|man|woman|girl|lady|gal|dude|black|white|asian"
        r"|female|male|blonde|brunette|fella|bloke|chap|person)",
        SUBJ_COP + r"(?:fat|chubby|skinny|heavy|heavyset|big|large|tiny|thin|scrawny|stocky"
        r"|petite|short|tall|plump|chunky|portly|lanky|overweight|huge|out of shape)\b(?! (?:on"
        r"|in|of|answers?|list|term|client|notice|time|and sweet|sighted|with|to|for|about))",
        _BODY_FRAGMENT.pattern + r"(?= *(?:$|[,;]|\.(?:\s|$)))",
        _BODY_FRAGMENT.pattern + r" (?:and|&) (?:pale|frail|gaunt|tired|weak|drawn|sickly"
        r"|washed[- ]out|pasty|grey|gray|weedy|bony|small|short|tall|skinny|thin|heavy|unfit"
        r"|out of shape|sweaty|red-faced|puffy)\b",
        r"(?:tall|short|big|broad|stocky|slim|slight|skinny|petite|heavy|thin)(?: and | & )(?:broad"
        r"|tall|short|stocky|slim|slight|skinny|petite|heavy|thin|well-built|muscular|athletic"
        r"|lanky|imposing)\b|broad[- ]shouldered|well[- ]built|athletic (?:build|frame|figure)"
        r"|(?:a bit of a |bit of a |a |big |huge )?(?:belly|tummy|gut) on (?:him|her)\b",
        r"(?:carrying|carries|carry|put on|packing|piled on) (?:a (?:few|couple of|bit of|lot of"
        r"|fair bit of) |some |a few )?(?:extra )?(?:pounds|weight|kilos|timber|padding|lbs)\b"
        r"|built like a (?:tank|brick \w+|house|truck|fridge|linebacker|rugby player|wardrobe"
        r"|twig|rake|beanpole|bouncer|barrel)\b|big (?:lad|lass|unit|fella|boy|girl|bloke|guy"
        r"|gal|woman|man)\b(?! (?:energy|on)\b)|gangly|bombshell",
        r"(?:his|her|their) (?:weight|height|size|build|figure|body|physique)",
        r"(?:lost|gained|put on|losing|gaining) (?:some |a lot of |a bit of |lots of )?weight"
        r"|weighs?|out of shape",
        r"\d ?'\s?\d{1,2}\"?|\d ?(?:ft|foot|feet)(?: ?\d{1,2}(?: ?(?:in|inches|\"))?)?"
        r"|\d{3} ?cm|\d{2,3} ?(?:lbs?|pounds|kg|kilos)",
        r"(?:big|burly|beefy|hulking|husky|heavyset|heavy-set),? (?:intimidating |imposing |scar"
        r"y |strong |tall )?(?:guy|dude|fella|bloke)\b",
        r"(?:just |barely )?(?:over|under) (?:five|six|5|6) (?:feet|foot|ft)\b",
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
        "Very short, would struggle to be taken seriously.",
        "Tall and broad, good presence.",
        "Bit of a belly on him.",
        "Looked rough, very thin and pale; not sure he's up to full shifts.",
        "Quite heavy and out of shape for the stockroom.",
        "Carrying a few extra pounds, may struggle on the ladders.",
        "Built like a tank, good for the door.",
        "At just over five feet, she may struggle to command the gate.",
    ),
    good=(
        "Can lift 50 lb with or without reasonable accommodation: yes.",
        "Gave short answers to the first two questions.",
        "Reduced the Docker image size by 60%.",
        "Answers were very short.",
        "The list of open tickets was quite short, so she took two more.",
        "Margins were very thin and weak in the case study, she explained why.",
        "Carrying the extra weight of the on-call rota, she still shipped the feature.",
        "Big lad energy aside, the code review was thorough.",
        "The lift plan was very heavy and slow, she proposed a lighter rig.",
    ),
)


_BUSINESS_AFTER = rx.compile(
    r"^\s*(?:[\w-]+\s+)?(?:studios?|parlou?rs?|shops?|salons?|artists?|removal|business(?:es)?"
    r"|apps?|industry|brands?|compan(?:y|ies)|clinics?|products?|chains?|booking|retailers?"
    r"|stores?|startups?|franchises?|suppl(?:y|ies|ier|iers)|e-?commerce|marketplace)\b"
)


def _grooming(hit: Hit) -> bool:
    if _BUSINESS_AFTER.match(hit.after(30)) and not hit.personal():
        return False  # "a tattoo studio booking app", "a hair salon chain": a business
    if rx.fullmatch(r"make-?up", hit.matched) and (
        rx.match(
            r"^\s*(?:of\b|artists?\b|brands?\b|counters?\b|lines?\b|compan|products?\b"
            r"|retail)",
            hit.after(12),
        )
        or rx.search(
            r"(?:team|board|panel|group|company|org|workforce)(?:'s|s')? (?:\w+ )?$"
            r"|\b(?:current|demographic|gender|racial|ethnic|genetic|political|social|cultural"
            r"|its)\s+$",
            hit.before(30),
        )
    ):
        return False  # "the team's current make-up", "a make-up artist"
    return _no_standard(hit)


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
        r"|hair ?(?:style|cut)|hair (?:dyed|bleached|colou?red|shaved|braided|cropped)\b"
        r"|hair (?:was|is|were|looked|looks|seemed|in|done|up|tied|all"
        r"|everywhere|a mess)\b|braids|braided hair|cornrows|dreadlocks|mohawk|mullet|buzz ?cut"
        r"|shaved head|crew ?cut|comb[- ]over|toupee|hair ?piece|wig\b",
        r"tattoo(?:s|ed)?|piercings?|pierced|nose ring|eyebrow ring|(?:facial|visible)"
        r" (?:hair|piercings?|tattoos?)|make-?up|lipstick|nail polish|glasses|spectacles",
        r"(?:wore|wearing|wears|dressed in|showed up in) (?:a |an |the |that |her |his"
        r" |their )?(?:\w+ ){0,2}?(?:dress|skirt|blouse|suit|tie|shirt|top|sweater|jumper"
        r"|cardigan|jacket|blazer|hat|heels|jeans|t-?shirt|hoodie|outfit|scarf|earrings?|tops?"
        r"|necklace|jewelry|jewellery|sneakers|trainers|sandals|shorts|leggings|hoodie)",
        r"(?:yellow|red|blue|green|pink|purple|orange|black|white|grey|gray|floral|tight|short|long"
        r"|low-cut|revealing|sexy|ugly|cheap|expensive|nice|sharp|fancy|bright|loud|torn|ripped"
        r"|wrinkled|rumpled|crumpled|creased|stained|scuffed|shabby|tatty|threadbare|ill-fitting"
        r"|baggy|loose|frayed|grubby|dirty|mismatched|flashy|garish|worn-out|battered|skimpy"
        r"|see-through|sheer|clingy|tacky|dated|frumpy|scruffy|sloppy|unironed|ironed|smart"
        r"|shiny|muddy|designer|cheap-looking|old-fashioned) (?:dress|skirt|blouse|suit|tie|shirt"
        r"|outfit|heels|jacket|blazer|jeans|tops?|shoes|boots|trousers|pants|collar|clothes"
        r"|clothing|trainers|sneakers|coat|jumper|sweater|cardigan|hoodie|t-?shirt|attire|leggings"
        r"|shorts|sandals|suit jacket|waistcoat|uniform)\b",
        r"(?:dressed|dresses) (?:\w+ ){0,2}?(?:provocatively|casually"
        r"|sloppily|inappropriately|badly|poorly|well|nicely|sharply|conservatively|like)"
        r"|(?:too|a bit|bit|very|so|all|quite|overly) (?:glamorous|glam|dolled[- ]up|made[- ]up"
        r"|done up|dressed up|flashy|stylish|fashionable|trendy|preppy|blingy)\b(?! (?:slides?"
        r"|decks?|designs?|uis?|code|websites?|sites?|apps?|presentations?|dashboards?|reports?"
        r"|charts?|graphs?|numbers|figures|data|stats|story|excuse|reason|logos?|visuals?"
        r"|colou?rs?|fonts?|animations?|graphics|features?|pages?|brands?|branding|products?"
        r"|packaging|interfaces?)\b)"
        r"|head[- ]to[- ]toe in\b|(?:heavy|strong|overpowering|too much|lots of|a lot of|cheap"
        r"|loud) (?:perfume|aftershave"
        r"|cologne|scent|fragrance|make-?up|jewel(?:le)?ry|bling)\b"
        r"|(?:full|half) sleeves? (?:of )?(?:ink|tattoos?)\b|sleeve tattoos?|(?:covered|inked) in"
        r" (?:ink|tattoos)|(?:bad|terrible|awful|smoker's) breath|halitosis"
        r"|nails (?:were|are|was|look\w*) (?:\w+ )?(?:chipped|dirty|bitten|filthy|grubby|long"
        r"|fake|painted|grimy)\b|let (?:him|her|them)sel(?:f|ves) go\b(?! (?:quiet|silent|through"
        r"|on|of|back|home|early|first|into|over|to|for|with)\b)"
        r"|scruff\b|scruffbag|sloppy|scruffy|unkempt|dishevell?ed|frumpy|dowdy|slovenly|well-groomed"
        r"|(?:over|under)"
        r"[- ]?dressed|(?:poorly"
        r"|badly) groomed|unshaven|smelly|smelled|body odou?r",
        r"(?:appearance|grooming|hygiene) (?:was|is|were|are|could|needs|matters|wasn't|isn't)"
        r"|professional appearance|(?:not |un)?presentable|(?:his|her|their) (?:appearance"
        r"|outfit|clothes|clothing|hair|hairstyle|haircut|beard|tattoos?|makeup|teeth|skin"
        r"|nails|shoes|dress|skirt|blouse|shirt|suit|tie|trousers|jeans|heels|jewel(?:le)?ry"
        r"|earrings|piercings?|make-up|perfume|aftershave|cologne|glasses|lipstick|complexion"
        r"|accessories)\b(?![-'\u2019])(?! for\b)(?! (?:of|to|on|in) (?:the )?"
        r"(?:tests?|cases?|code|api|list|priorities|stack|team|project|class|the)\b)",
        r"(?:looks|looked) (?:like )?(?:a |an )?(?:young|old|tired|frumpy|sloppy|scruffy|unkempt"
        r"|hippie|biker|thug|gangster|nerd|librarian|grandma|grandpa|teenager|student|kid)"
        r"|acne|scars?|birthmark|photo(?:graph)? (?:of|on|with) (?:the|her|his|their)"
        r" (?:r[ée]sum[ée]|resume|cv|application)",
        r"lip ring|nose ring|septum (?:ring|piercing)|eyebrow (?:ring|piercing)|ear gauges|gauge"
        r"d ears|stretched (?:ears|lobes)",
    ),
    check=_grooming,
    exemptions=frozenset({"professional", "requirement"}),
    message="Records hair, eyes, tattoos, dress or grooming.",
    rationale=_HOOK,
    suggestion=_SUGGEST,
    bad=(
        "Blonde hair, yellow dress.",
        "Tall guy with glasses and a beard.",
        "Visible tattoos, not sure about clients.",
        "Dressed too casually for a bank.",
        "Bit overdressed for a startup.",
        "Bit too glamorous for the lab.",
        "Dressed head to toe in black.",
        "Hair dyed a bit bright for a bank.",
        "Her appearance was a bit sloppy.",
        "Heavy perfume, a bit overpowering.",
        "Her skirt was too short for a client meeting.",
        "Full sleeve of ink on both arms, clients might flinch.",
        "Bad breath, noticed it when we shook hands.",
        "Looks like she's let herself go a bit.",
        "Septum ring and gauged ears; our older clients might balk.",
    ),
    good=(
        "Wore steel-toe boots as the posted safety standard requires.",
        "Fixed the suit of integration tests.",
        "Very stylish slides, and the numbers held up.",
        "Too flashy dashboards distract users, she argued in the design exercise.",
        "Wrote his tie-breaking rule for the ranking service.",
        "Her top priority was the migration.",
        "Designs dresses for a fashion label; portfolio reviewed.",
        "The team's current make-up is six engineers and a designer.",
        "Worked as a make-up artist for film before retraining as a developer.",
        "Tattoo studio booking app was his side project.",
        "Photogenic product shots were her team's responsibility at the agency.",
        "Let herself go quiet on the call while the customer vented, then summarised.",
        "Took a breath and restarted the calculation, then got it right.",
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
        r"photogenic\b(?! (?:products?|shots?|food|images?|photos?|dishes|locations?|settings?))"
        r"|camera[- ](?:ready|friendly)|face for radio|(?:a |bit of a |real |quite a |such a )looker\b"
        r"|lazy eye|wonky eye|cross-eyed|(?:big|huge|crooked|broken|hooked) nose|double chin"
        r"|(?:bad|terrible|awful|spotty|greasy) skin|(?:big|huge|sticky-out) ears|(?:just )?rolled"
        r" out of bed|dragged through a hedge|slept in (?:his|her|their) clothes",
        r"curvy|busty|svelte|big[- ]boned|beer (?:belly|gut)|muscly|(?:very |quite |really |so )?"
        r"(?:muscular|buff|ripped|slim|lean|slender) (?:guy|man|woman|girl|lady|build|frame"
        r"|figure|body)",
        r"(?:looks?|looked) (?:much |a lot |way |a bit )?(?:older|younger|heavier|thinner"
        r"|different) than (?:her|his|their|in the) (?:photo|picture|profile|linkedin|headshot)"
        r"|(?:looks?|looked|looking) (?:a lot |much |way |a bit |a good bit |years )?(?:older"
        r"|younger) than (?:\d+|his|her|their|fifty|forty|sixty|thirty|twenty)\b"
        r"|(?:older|younger|heavy|tired)[- ]looking|freckles|dimples|wrinkles|wrinkly"
        r"|(?:buck|crooked|yellow|bad|gappy) teeth",
        r"(?:wore|wearing|wears|dressed in|showed up in|turned up in|came in|arrived in|arrives in"
        r"|rocked up in|rolled up in|appeared in|interviewed in|came dressed in) (?:a |an |the"
        r" |that |her |his |their |some )?(?:[\w-]+ ){0,3}?(?:top|tops|trousers|pants|shoes"
        r"|boots|sweatpants|tracksuit|sari|kilt|overalls|costume|crop top|tank top|vest|dress"
        r"|skirt|blouse|shirt|outfit|jeans|hoodie|earrings|jewel(?:le)?ry|heels|leggings"
        r"|shorts|sandals|trainers|sneakers|cap|beanie|headscarf|head ?scarf|hijab|turban"
        r"|kippah|yarmulke|niqab|burqa|burka|veil|bindi|kirpan|patka|dastar|kara|tichel"
        r"|skullcap|head covering|headwrap|head wrap|durag|du-rag|bonnet)\b",
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
        "Arrived in jeans and a hoodie for a director interview.",
        "Has a lazy eye, noticeable on video.",
        "Not the most photogenic for the website.",
        "A looker, honestly.",
        "Looked like she'd just rolled out of bed.",
        "Wears a headwrap, might clash with the uniform policy.",
    ),
    good=(
        "Pretty good answer on caching.",
        "Very fit for purpose: the design met every requirement.",
        "Not the right look and feel for the app, she argued, and showed a redesign.",
        "Wore a hi-vis vest as the site safety standard requires.",
        "Visitors must wear steel-toe boots on the plant tour. He arrived in trainers, so the "
        "tour was shortened.",
    ),
)


_ROLE_NOUN = (
    r"(?:vp|svp|evp|ceo|cfo|cto|coo|cmo|exec|executive|leader|manager|director|partner|lawyer"
    r"|attorney|solicitor|barrister|banker|engineer|developer|professional|boss|consultant"
    r"|salesperson|salesman|saleswoman|doctor|nurse|teacher|pilot|president|chief|founder"
    r"|head of \w+|senior \w+|lead|accountant|analyst|programmer|coder|scientist|architect"
    r"|supervisor|foreman|officer|receptionist|model|leading man|leading lady|front man"
    r"|frontman|figurehead|face of (?:the|our) (?:brand|company|team|business))"
)


_WORK_THING = rx.compile(
    r"\b(?:designs?|deck|slides?|portfolio|mock-?ups?|site|website|app|ui|ux|layout|pages?|logo"
    r"|copy|content|photos?|photography|campaigns?|products?|packaging|window|displays?"
    r"|signage|branding|illustrations?|fonts?|palette|typography|interface|prototype|visuals?"
    r"|graphics|renders?|shoot|interiors?|fit-?out)\b"
)


def _person_looks(hit: Hit) -> bool:
    m = hit.matched
    if (
        rx.match(
            r"(?:fit|fits|fitted|match|matches|matched|suit|suits|suited|reflect|reflects|reflected"
            r"|embod|represent|carry|carries|pull)",
            m,
        )
        and rx.search(r"(?:look|aesthetic)$", m)
        and hit.in_sentence(_WORK_THING)
    ):
        return False  # "her designs match the brand's look": the work, not the person
    if rx.match(r"(?:look|looks|looked|looking) (?!the part)", m) and (
        rx.match(
            r"^\s*(?:in|during|when|while|on|at(?! all)|through|throughout|from)\b", hit.after(12)
        )
        or hit.in_sentence(BEHAVIOUR)
    ):
        return False  # "looked like a seasoned engineer in the debugging session": conduct
    if rx.search(r"(?:presented|turned out)$", m) and rx.search(
        r"\b(?:presentation|deck|slides?|report|case|argument|data|answer|paper|proposal"
        r"|document|analysis|portfolio|work|findings|plan|pitch|demo)\b",
        hit.sentence,
    ):
        return False  # "a well-presented case": the work, not the person
    if rx.match(r"(?:have|has|had|got|lack|with|missing)", m) and rx.search(
        r"\b(?:it|this|that|app|site|design|ui|page|dashboard|product|deck|report|brand|logo"
        r"|website|interface|screen|layout|office|building|room|car|code)\s+(?:\w+\s+){0,2}$",
        hit.before(25),
    ):
        return False  # "the app has a clean look"
    if rx.match(r"(?:look|looks|looked|looking)\b", m):
        # Someone's appearance, not "it looks like a manager problem".
        if rx.search(
            r"\b(?:it|this|that|which|there|code|design|plan|deck|answer|solution|output|chart"
            r"|data|issue|problem|bug|pr|diff|page|ui|app|site|report|result|everything"
            r"|things?)\s+(?:\w+\s+)?$",
            hit.before(25),
        ):
            return False
        if rx.match(
            r"^\s*(?:'s|s'|\u2019s)?\s*(?:problem|issue|decision|job|call|role|task"
            r"|responsibility|work|mistake|bug|error|question|remit)\b",
            hit.after(25),
        ):
            return False
    return _no_standard(hit)


APP_005 = Rule(
    id="CND-APP-005",
    category="appearance",
    severity="warning",
    title="Looking the part, personal presentation or 'image'",
    terms=(
        r"(?:look|looks|looked|looking)(?: (?:much|very|quite|really|every bit|at all|anything))?"
        r" (?:like )?(?:a|an|the|your typical|our typical|a typical) (?:\w+ )?"
        + _ROLE_NOUN
        + r"\b(?![-'\u2019])",
        r"(?:look|looks|looked|looking|dress|dressed|dresses|dressing) (?:\w+ )?the part"
        r"|(?:doesn't|didn't|don't|does not|did not|never) (?:really |quite )?look (?:the part"
        r"|(?:very |particularly )?(?:senior|professional|executive|corporate|polished"
        r"|presidential|managerial|credible|serious|trustworthy|smart|sharp))",
        r"(?:fit|fits|fitted|match|matches|matched|suit|suits|suited|reflect|reflects|reflected"
        r"|embod(?:y|ies|ied)|represent|represents|carry|carries|pull off|pulls off) (?:with )?(?:our"
        r"|the|this|that) (?:[\w'-]+,? ){0,3}?(?:look|aesthetic)\b(?! (?:and feel|of the (?:app"
        r"|site|product|page|ui|deck|report)|at|into)\b)|"
        r"(?:fit|fits|fitted|match|matches|matched|suit|suits|suited) (?:our|the) (?:brand |company"
        r" |house |store |shop |front[- ]of[- ]house |corporate |team )?look\b(?! (?:and feel"
        r"|of the (?:app|site|product|page|ui))\b)|"
        r"(?:personal |physical |self-)presentation|(?:enough|polished|smart|sloppy|scruffy"
        r"|professional|neat|tidy|unkempt|careless|lacking|wanting|conservative|corporate"
        r"|presentable) in (?:(?:his|her|their) )?(?:appearance|looks|dress|attire)\b"
        r"|in (?:his|her|their) (?:appearance|looks|dress|attire)\b|(?:have|has|had|got|lacks?|lacked|missing) (?:the|that|a"
        r"|an) (?:(?:corporate|professional|polished|executive|senior|right|wrong|leader|lawyer"
        r"|banker|model|sales|city|smart|sharp|classic|typical|certain) )?look\b(?! (?:at|into|over|through|around|and feel|inside|back)\b)|(?:his|her|their|your) (?:overall )?(?:look|image)"
        r"\b(?! (?:at|into|over|through|on|back|ahead|around|processing|classif\w+"
        r"|recognition|pipeline|model|data|library|gallery|uploads?)\b)"
        r"|(?:well|poorly|badly|nicely|smartly|immaculately|sloppily|scruffily|neatly)[- ]"
        r"(?:presented|turned out|groomed|dressed)(?= *(?:$|[.,;:!?)]|and\b|but\b|for\b"
        r"|though\b|which\b|at\b|on\b))",
        r"image to (?:uphold|maintain|project|protect|keep up|live up to)\b"
        r"|(?:match|fit|suit|project|reflect|convey|represent|work for|right for|right)"
        r"(?:es|ed|s)? (?:with )?(?:the|our|this) (?:\w+ )?image\b(?! (?:processing|pipeline"
        r"|recognition|classifier|classification|model|data|files?|assets?|uploads?|size"
        r"|build|registry|tag|layer|cache|compression|quality|library|librar(?:y|ies)|campaigns?"
        r"|guidelines?|refresh|strategy|work|team|research|survey|audit)\b)"
        r"|(?:front[- ](?:of[- ])?(?:house|desk|office)|reception|client[- ]facing"
        r"|customer[- ]facing|public[- ]facing|shop[- ]floor) image\b(?! (?:processing|pipeline"
        r"|recognition|classifier|model|data|files?|assets?|uploads?|size|build|registry|tag"
        r"|library|librar(?:y|ies)|campaigns?|guidelines?)\b)",
        r"(?:clearly|obviously|really|definitely|you can tell (?:she|he|they)) takes? (?:good )?"
        r"care of (?:herself|himself|themselves|themself)",
        r"(?:very |super |so )?(?:polished|put-together|well-kept|well kept) look\b",
    ),
    check=_person_looks,
    exemptions=frozenset({"requirement"}),
    message="Judges whether the candidate looks the part or fits an 'image'.",
    rationale=_HOOK
    + " 'Didn't look like a VP' or 'does not match the image we want' judges looks, which "
    "stand in for sex, race, age and disability.",
    suggestion=_SUGGEST,
    bad=(
        "Didn't really look like a director to me.",
        "Doesn't look the part for a client-facing role.",
        "Her personal presentation was below what we expect.",
        "Not sure he fits the image our clients expect.",
        "Not the right fit for our front-of-house image.",
        "Looks every bit the senior partner, which helps.",
        "Didn't look like a CFO at all.",
        "He doesn't have the look of a leader.",
        "Her look doesn't match our brand.",
        "Doesn't have a corporate look.",
        "Not polished enough in appearance for reception.",
        "Doesn't fit our brand look.",
        "We have a certain image to uphold with our clients.",
        "Not sure about her look for a client-facing role.",
        "We want staff who reflect our brand's polished look.",
        "Doesn't really embody the clean, preppy aesthetic of the store.",
        "Unfortunately your overall look was not what the client had in mind.",
        "Clearly takes care of herself, the face we want at the front desk.",
        "We look for a more polished look at reception.",
    ),
    good=(
        "It looks like a manager problem rather than hers: the deadline moved twice.",
        "Built the image pipeline that resizes product photos.",
        "Her presentation on the Q3 pricing analysis was clear and well structured.",
        "His presentation did not cover the rollback plan.",
        "Her look at the churn data found the pricing bug.",
        "Had a quick look at the logs and found the leak.",
        "The app she built has a clean look and fast load times.",
        "Her presentation was well structured and well presented.",
        "In appearance, the old dashboard was cluttered; she redesigned it.",
        "Rebuilt the brand image library in Figma for the marketing team.",
        "The deck looked like a senior analyst's work: sourced, tight, no filler.",
        "Wore the hi-vis vest and boots required by the site dress code.",
        "The image we want to build for the product is simple and fast.",
        "She looked like a seasoned engineer in the debugging session: logs first.",
        "Her mock-ups matched the brand's minimalist look closely.",
        "The new signage she designed reflects the store's rustic aesthetic.",
    ),
)

_NEG_RE = rx.compile(
    r"\b(?:not|no|n't|never|hardly|wrong|doubt\w*|unsure|not sure|questionable|off|worried"
    r"|concern\w*|isn't|wasn't)\b|n't\b"
)


def _look_judged(hit: Hit) -> bool:
    m = hit.matched
    if rx.match(r"(?:look|image|smile|face|aesthetic|appearance) ", m):
        # "not the look we want at the desk": an image standard set against the candidate.
        return rx.search(
            r"\b(?:the|our|that|this)\s+(?:[\w-]+\s+){0,3}$", hit.before(40)
        ) is not None and (hit.in_sentence(_NEG_RE))
    if rx.search(
        r"(?:butch|femme|effeminate|masculine|feminine|manly|girly|androgynous|mannish|boyish"
        r"|tomboyish|camp)\b",
        m,
    ) and rx.search(
        r"\b(?:brand\w*|packaging|design\w*|logo|fonts?|colou?rs?|palette|products?|site|app|copy"
        r"|voice|tone|names?|nouns?|words?|language|grammar|scents?|fragrances?|range|line"
        r"|campaign|characters?|costume)\b",
        hit.sentence,
    ):
        return False  # "very masculine branding for a skincare line": the work
    if rx.match(r"(?:lose|losing|shed|drop) ", m):
        # "could stand to lose a few pounds", not "helped clients lose weight"
        return (
            rx.search(
                r"\b(?:needs? to|should|could stand to|could|has to|have to|must|ought to|if"
                r" (?:she|he|they)(?: could)?|would (?:do well|benefit) to|told (?:him|her|them)"
                r" to|wants? (?:him|her|them) to|(?:she|he|they)(?:'d| would| will|'ll) need to)"
                r"(?: \w+)?\s*$",
                hit.before(30),
            )
            is not None
        )
    # "teeth were missing from the gear", or clinical dental work
    return not (
        "teeth" in m
        and rx.search(
            r"\b(?:gears?|saws?|blades?|combs?|zips?|zippers?|sprockets?|cogs?|rakes?|files?"
            r"|wheels?|chains?|racks?|pinions?|cutters?|bits?|teeth count|tooth count|dental"
            r"|dentist\w*|orthodont\w*|patients?|x-?rays?|molars?)\b",
            hit.sentence,
        )
    )


APP_006 = Rule(
    id="CND-APP-006",
    category="appearance",
    severity="warning",
    title="Teeth, build or gender presentation judged against an image",
    terms=(
        r"(?:look|image|smile|face|aesthetic|appearance) (?:(?:we|we're|we are|the client|the brand"
        r"|the boss|management|they|clients) (?:want|wants|need|needs|like|likes|go for|goes for"
        r"|are going for|'re going for|going for|are after|'re after|after|aim for|are aiming for"
        r"|'re aiming for|project|have in mind|expect|expects|look for|are looking for|'re looking"
        r" for)|(?:for|at|on) (?:the|our|a|this) (?:[\w-]+ ){0,2}?(?:desk"
        r"|counter|front|floor|brand|store|shop|lobby|reception|role|position|clients?|guests?"
        r"|customers?|door|bar|salon|showroom|boutique))\b",
        r"teeth (?:were |are |was |is |look |looked |looking )?(?:\w+ )?(?:bad|yellow|yellowed"
        r"|crooked|stained|missing|rotten|awful|terrible|gappy|wonky|grim|not great|a mess"
        r"|horrible|gross|brown|chipped|bucked|off-putting)\b|(?:bad|yellow|yellowed|crooked"
        r"|stained|missing|rotten|awful|terrible|gappy|wonky|buck|chipped|brown) teeth\b",
        r"(?:presents?|presented|presenting|dress(?:es|ed)?|looks?|looked|comes across|came"
        r" across)(?: as)? (?:(?:pretty|quite|very|a bit|bit|rather|kind of|kinda|really|too"
        r"|so|more|less) )?(?:butch|femme|effeminate|masculine|feminine|manly|girly|androgynous"
        r"|mannish|boyish)\b",
        r"(?:butch|femme|effeminate|masculine|feminine|manly|girly|androgynous|mannish|boyish"
        r"|tomboyish|camp) (?:presentation|appearance|look|looks|style|dress|clothes|clothing"
        r"|haircut|hair|outfit|vibe|way of dressing)\b"
        r"|(?:too|very|a bit|bit|quite|rather|pretty|so|kinda|kind of|a little|overly|really"
        r"|a tad|super|way) (?:butch|femme|effeminate|mannish|girly|manly)\b",
        r"(?:muscle|brawn|bulk|meat) on (?:her|him)\b|(?:scrawny|puny|weedy|slight|tiny|skinny"
        r"|frail|petite|slender) (?:build|frame|thing|little thing)\b(?![-'\u2019])|slip of a (?:girl|thing"
        r"|lad|woman)\b",
        r"(?:lose|losing|shed|drop) (?:a few |some |a bit of |a little |a couple of |a lot of )?"
        r"(?:pounds|weight|kilos|kgs?|stone|lbs|timber|the belly|the gut)\b|on the (?:heavy"
        r"|large|big|chunky|plump|larger|bigger|hefty|portly|tubby|skinny|thin|short|small)"
        r" side\b(?! of\b)",
    ),
    check=_look_judged,
    message="Judges the candidate's teeth, build or gender presentation against an image.",
    rationale=_HOOK
    + " Judging teeth, build or how masculine or feminine someone looks against a 'look' "
    "for the desk is an appearance standard that can mask sex, race, disability or "
    "gender-identity discrimination.",
    suggestion=(
        "Delete the remark. If the role has a physical or presentation requirement, state "
        "it as written in the job description and apply it to every candidate."
    ),
    bad=(
        "Crooked teeth, not ideal for the front desk.",
        "Her teeth were quite stained, not the image for the showroom.",
        "Not sure she's the look we want at reception.",
        "Dresses a bit butch for the boutique floor.",
        "Slight build, stock room might be a stretch.",
        "Not much muscle on him for the yard.",
        "Could stand to lose a few pounds before meeting clients.",
        "A bit on the heavy side for the gym floor.",
        "Pretty masculine presentation, the spa clients might find that odd.",
        "Bit butch for the reception desk, if I'm honest.",
        "Locs don't really go with the sleek look we're going for.",
    ),
    good=(
        "Found the gear's teeth were chipped and replaced the gearbox.",
        "Slight build-up of scale in the boiler, which she flagged.",
        "Helped 40 clients a month lose weight as a registered dietitian.",
        "Came in on the heavy side of the estimate, and explained why.",
        "Designed the look for the store's new signage and the brand refresh.",
        "Did the image for the client's rebrand campaign in Figma.",
        "Took the teeth impressions correctly in the dental nurse practical.",
        "Explained the smile design workflow for veneers as a dental technician.",
        "Very masculine branding for a skincare line, she noted in the case study.",
        "The look we're going for in the app is calm; her mock-up nailed it.",
        "Played a camp villain in the company's panto and ran the box office.",
    ),
)


_CROWN_HOOK = (
    " Hair texture and protective styles (locs, braids, twists, afros, Bantu knots) are "
    "protected under state CROWN Acts, and remarks on hair length or cut act as proxies for "
    "race, sex, religion and gender identity."
)
_HAIR_BEFORE = rx.compile(
    r"(?:^|[,;:(\-\u2022*]|\b(?:has|had|have|with|wears?|wearing|wore|her|his|their|long|short"
    r"|grew|growing|natural|sporting|rocking|in|neat|tidy|thick|blonde|bleached|dyed|red|grey"
    r"|gray|big|huge|length|waist-length|shoulder-length|the|those|and|got|keeps?|kept|tied"
    r"|dyed|coloured|colored|pink|blue|purple|green))\s*$"
)


def _hair(hit: Hit) -> bool:
    m = hit.matched
    if rx.fullmatch(r"locs|dreads", m):
        if not _HAIR_BEFORE.search(hit.low[max(hit.s_start, hit.start - 30) : hit.start]):
            return False  # "she dreads on-call", "10k locs of Python"
        if rx.match(r"^\s+(?:of|per|in the|count)\b", hit.after(12)):
            return False
    if _BUSINESS_AFTER.match(hit.after(30)) and not hit.personal():
        return False  # "a natural hair salon chain": a business
    return _no_standard(hit)


APP_007 = Rule(
    id="CND-APP-007",
    category="appearance",
    severity="warning",
    title="Hair style, texture or length",
    terms=(
        r"locs|loc'd|locd|dreads|dreadlocked|(?:box|knotless|french|dutch|goddess|fulani|senegalese"
        r"|micro) (?:braids|twists)|bantu knots|(?:two-strand|senegalese|havana|marley|passion"
        r"|mini) twists|(?:an|big|huge|natural|her|his|their|massive|wild) afro\b(?!-)"
        r"|natural hair\b|(?:kinky|coily|nappy|frizzy|unruly|poofy|puffy|wild|big|bushy|spiky"
        r"|slicked[- ]back|greasy|lank|wiry) (?:hair|curls|mane|fro)\b",
        r"(?:waist-length|waist length|shoulder-length|shoulder length|hip-length|hip length|chin-length|chin length|ear-length|ear length|collar-length|collar length|floor-length|floor length|bum-length|bum length|knee-length|knee length|elbow-length|elbow length)(?: (?:hair|locs"
        r"|dreads|braids|twists|curls|plaits))?\b|hair (?:down to|past) (?:her|his|their) (?:waist"
        r"|shoulders|hips|back|bum)",
        r"short back and sides|pixie[- ]cut|bowl[- ]cut|(?:shaved|shaven) (?:sides|undercut)"
        r"|skin ?head|(?:man|men's|boy's|boys'|boyish|masculine|feminine|girly) (?:haircut|hairstyle"
        r"|hair ?do|cut)\b|hair(?:cut|style)s? (?:like|of) a (?:man|boy|woman|girl|guy)",
    ),
    check=_hair,
    exemptions=frozenset({"professional", "requirement"}),
    message="Records or judges the candidate's hair style, texture or length.",
    rationale=_HOOK + _CROWN_HOOK,
    suggestion=_SUGGEST,
    bad=(
        "Waist-length locs, might not go with the branch image.",
        "Has long dreads, not sure the bank clients will take to that.",
        "Big natural afro, very striking at reception.",
        "Short back and sides and a men's blazer, unusual for a woman.",
        "Pixie cut, nose stud, very alternative.",
        "Hair down to her waist, kept touching it.",
    ),
    good=(
        "She dreads on-call weeks but handled the incident drill calmly.",
        "Cut 10k locs of dead code from the billing service.",
        "Ran a natural hair salon booking platform as her side business.",
        "Shoulder-length gloves are part of the posted PPE for the wash bay, and she wore them.",
        "Trained juniors on box braids and locs maintenance as a salon educator.",
    ),
)


_RETAIL = rx.compile(
    r"\b(?:sold|sell\w*|department|dept|section|stores?|shops?|range|lines?|buyers?|buying"
    r"|merchandis\w*|retail|brands?|collections?|tailor\w*|alterations?|fittings?|stock\w*"
    r"|inventory|rail|displays?|category|catalog\w*|catalogue|e-?commerce|fashion house|designer"
    r"|designs?|designed|styled|styling|stylist|costume\w*|wardrobe department|boutique"
    r"|customers?|clients' (?:suits|outfits)|portfolio|ui|ux|mock-?ups?|slides?|deck)\b"
)


def _dress_judged(hit: Hit) -> bool:
    m = hit.matched
    if rx.search(r"(?:allow|permit|accommodate|accept|cater for|allowed|permitted)", m):
        # A dress rule set against a protected item: drop only a real safety fit rule.
        return not rx.search(
            r"\b(?:fit[- ]test\w*|respirators?|clean ?rooms?|sterile|food (?:safety|hygiene)"
            r"|hygiene standard|osha|machinery|entanglement)\b",
            hit.sentence,
        )
    if hit.in_sentence(_RETAIL):
        return False  # "sold men's suits", "a sense of style in her mock-ups": the work
    return _no_standard(hit)


_PROTECTED_ITEM = (
    r"(?:head ?coverings?|head ?wear|headwear|head ?scar(?:f|fs|ves)|head ?wraps?|turbans?"
    r"|hijabs?|niqabs?|veils?|kippahs?|yarmulkes?|skullcaps?|patkas?|religious (?:dress|clothing"
    r"|attire|items|symbols|head ?wear|jewel\w*)|beards?|facial hair|locs|dreadlocks|braids"
    r"|natural hair|long hair|tattoos|piercings)"
)

APP_008 = Rule(
    id="CND-APP-008",
    category="appearance",
    severity="warning",
    title="Dress sense, mismatched or gendered clothing, or a dress rule against protected items",
    terms=(
        r"(?:no|zero|not much|little) (?:sense of )?style(?= *(?:$|[.,;!?]|whatsoever|at all))"
        r"|(?:turban|hijab|headscarf|head scarf|niqab|burqa|burka|kippah|yarmulke|patka|dastar"
        r"|head ?covering|head ?wrap)s?\b(?![-'\u2019])"
        r"|(?:dress|fashion|style|clothes|clothing|sartorial) sense|sense of (?:style|fashion"
        r"|dress)|fashion (?:disaster|victim|faux pas|crime|police)|(?:no|zero|little|questionable"
        r"|dubious|poor|bad|terrible|awful|odd|interesting|great|good|impeccable) taste in"
        r" (?:clothes|clothing|fashion|shoes|suits|ties|outfits|shirts|jewel\w*)",
        r"(?:trainers|sneakers|jeans|hoodie|t-shirt|tshirt|flip-flops|flip flops|sandals|shorts|crocs|joggers"
        r"|trackies|tracksuit bottoms|white socks|brown shoes|ankle socks|cargo shorts|cargo pants)"
        r"(?: [\w-]+)? (?:with|and|under|over) (?:a |an |his |her |their )?(?:[\w-]+ )?(?:suit"
        r"|blazer|tie|suit jacket|dress shirt|formal (?:shirt|trousers))\b|(?:suit|blazer|tie)"
        r" (?:with|and) (?:\w+ )?(?:trainers|sneakers|jeans|flip[- ]flops|sandals|crocs|shorts"
        r"|white socks)\b",
        r"(?:men's|mens|men’s|man's|boys'|boys|women's|women’s|womens|woman's|ladies'"
        r"|ladies|girls'|girls)(?:[- ]style)?"
        r" (?:suits?|shirts?|clothes|clothing|blazers?|trousers|shoes|brogues|ties?|jackets?"
        r"|outfits?|attire|wear|dress(?:es)?|blouses?|skirts?|heels|boots)\b",
        r"(?:dress|uniform|appearance|grooming|image|look) (?:standards?|code|polic(?:y|ies)"
        r"|rules?|guidelines?) (?:do(?:es)? not|don't|doesn't|won't|will not|cannot|can't"
        r"|wouldn't|would not) (?:allow|permit|accommodate|accept|cater for) (?:[\w-]+ ){0,2}?"
        + _PROTECTED_ITEM
        + r"\b"
        r"|(?:don't allow|don't permit|don't accommodate|don't accept|do not allow|do not permit|do not accommodate|do not accept|doesn't allow|doesn't permit|doesn't accommodate|doesn't accept|does not allow|does not permit|does not accommodate|does not accept|can't allow|can't permit|can't accommodate|can't accept|cannot allow|cannot permit|cannot accommodate|cannot accept|won't allow|won't permit|won't accommodate|won't accept|will not allow|will not permit|will not accommodate|will not accept) "
        + _PROTECTED_ITEM
        + r"\b|"
        + _PROTECTED_ITEM
        + r" (?:are|is)"
        r" (?:not (?:allowed|permitted)|against (?:our|the) (?:dress|uniform|appearance|look))\b",
    ),
    check=_dress_judged,
    exemptions=frozenset({"professional"}),
    message="Judges the candidate's dress sense or gendered clothing, or applies a dress rule "
    "to a protected item.",
    rationale=_HOOK
    + " A dress rule applied to head coverings, beards or protective hairstyles without "
    "considering accommodation is religious or CROWN Act discrimination (EEOC v. "
    "Abercrombie & Fitch, 2015); 'no dress sense' or 'a men's suit' on a woman judges "
    "looks and sex stereotypes.",
    suggestion=_SUGGEST
    + " A dress standard that conflicts with religious dress or protected hair is handled as "
    "an accommodation request after the offer, never as a reason to reject.",
    bad=(
        "Zero fashion sense, turned up in cargo shorts.",
        "Jeans with a blazer and white trainers, bit odd for a partner.",
        "Wore a men's shirt and tie, not sure the clients will get it.",
        "Our uniform policy does not allow head coverings, so we cannot progress your application.",
        "We don't permit beards on the shop floor, so he'd have to shave.",
        "Questionable taste in ties.",
        "No style whatsoever, to be blunt.",
        "Sikh with a turban, the hard hat might be an issue.",
        "Her hijab would clash with the uniform.",
    ),
    good=(
        "Sold men's suits at a department store for three years; knows fittings.",
        "Her sense of style shows in the UI mock-ups for the checkout.",
        "Managed the women's clothing range as an assistant buyer.",
        "Beards are not allowed under the respirator fit-test policy, which applies to everyone.",
        "Good sense of humour in the role play; calmed the angry customer.",
        "No style guide existed, so she wrote one for the docs team.",
        "Designed a hijab-friendly sports uniform range for the retailer.",
    ),
)


_SKIN_THING = rx.compile(
    r"\b(?:app|ui|theme|player|game|mod|mode|skins|interface|site|website|page|widget|editor"
    r"|terminal|launcher|plugin|browser|phone|case|cover|leather|fruit|chicken|fish|potato"
    r"|sausage|tomato|peach|banana|mango|avocado)\b"
)


def _skin_or_look(hit: Hit) -> bool:
    m = hit.matched
    if "skin" in m and hit.in_sentence(_SKIN_THING):
        return False  # "a dark skin for the media player"
    if rx.search(r" (?:look|looks|appearance|image|vibe|face|features)$", m) and (
        hit.in_sentence(_WORK_THING)
        or hit.in_sentence(
            rx.compile(
                r"\b(?:furniture|interiors?|rebrand\w*|chain|collection|range|diner|restaurant"
                r"|hotel|venue|campaign|shoot|catalogue|catalog|ads?|advert\w*)\b"
            )
        )
    ):
        return False  # "a Scandinavian look in her furniture designs": the work
    if rx.match(r"(?:looks?|looked|seems?|seemed|appear\w*)\b", m) and rx.search(
        r"\b(?:it|this|that|which|there|code|design|plan|deck|answer|answers|solution|output"
        r"|chart|data|evidence|case|argument|margin|margins|numbers|figures|budget|results?"
        r"|report|page|ui|app|site|screen|dashboard|logo|graph|text|slides?|photo|image|print"
        r"|proposal|pipeline|estimate|story|cv|resume|résumé|portfolio|references?)\s+(?:\w+\s+)?$",
        hit.before(30),
    ):
        return False  # "the evidence looked thin", "the logo looks great on screen"
    if rx.search(r"sel(?:f|ves)$", m) and not hit.in_sentence(
        rx.compile(
            r"\b(?:polished|smart\w*|scruffy|dress\w*|groom\w*|look|looks|appearance|tidy|neat"
            r"|sloppy|put together|turned out|unkempt|presentable|image)\b"
        )
    ):
        return False  # "presented herself well in the case study": conduct, not looks
    if rx.search(r"presentation$", m) and (
        rx.match(r"^\s*(?:on|about|of|to|covered|covering|included|went|ran)\b", hit.after(12))
        or not hit.in_sentence(
            rx.compile(
                r"\b(?:look|looks|image|appearance|dress\w*|groom\w*|aesthetic|smart|scruffy"
                r"|attire|outfit|clothes|hair|match\w*|right fit)\b"
            )
        )
        or hit.in_sentence(
            rx.compile(
                r"\b(?:slides?|deck|talk|pitch|analysis|topic|data|case study|q[1-4]|covered"
                r"|covering|refresh|costs?|numbers|results|findings|plan|proposal|explained"
                r"|walked|structured|agenda|demo)\b"
            )
        )
    ):
        return False  # "her presentation on Q3 pricing": a talk, not her appearance
    return _no_standard(hit)


APP_009 = Rule(
    id="CND-APP-009",
    category="appearance",
    severity="warning",
    title="Skin, an ethnic or 'all-American' look, or looks on camera",
    terms=(
        r"(?:fair-skinned|fair skinned|pale-skinned|pale skinned|light-skinned|light skinned|dark-skinned|dark skinned|darker-skinned|darker skinned|lighter-skinned|lighter skinned|olive-skinned|olive skinned|tanned-skinned|tanned skinned|brown-skinned|brown skinned|freckled-skinned|freckled skinned|swarthy-skinned|swarthy skinned|ruddy-skinned|ruddy skinned|porcelain-skinned|porcelain skinned)|(?:fair|pale|light|dark|olive|tanned|rosy|ruddy|swarthy"
        r"|porcelain|sallow|ashen|blotchy|pockmarked|pock-marked)"
        r" (?:skin|complexion)\b",
        r"(?:all-american|all american|girl-next-door|girl next door|boy-next-door|boy next door"
        r"|clean-cut|clean cut|wholesome"
        r"|exotic|ethnic|nordic|scandinavian|mediterranean|european|preppy|rugged|hipster|grungy"
        r"|goth|emo|latin|asian|african|middle[- ]eastern|irish|english rose|classic beauty"
        r"|model|movie[- ]star|film[- ]star|fresh[- ]faced|sun-kissed|sporty) (?:look|looks"
        r"|appearance|image|vibe|face|features)\b",
        r"(?:looks?|looked|looking|photographs?|photographed|appears?"
        r"|appeared) (?:\w+ )?(?:well|great|good|nice|fine|bad|odd|off|strange|awkward|better"
        r"|worse|older|younger|heavy|heavier|tired|washed out|friendly|trustworthy|right|the part"
        r"|lovely|gorgeous|attractive|stunning|pretty|handsome|amazing) on (?:camera|screen|video"
        r"|film|zoom|webcam|tv|television)\b|look (?:on|for) (?:the )?(?:camera|screen|video"
        r"|film)\b|(?:on-camera|on camera) (?:look|looks|appearance|face)\b",
        r"(?:looks?|looked|seems?|seemed|appeared|appears) (?:very |quite |really |a bit |bit"
        r" |rather |so |too |pretty |a little |kind of |kinda )?(?:pale|gaunt|drawn|frail"
        r"|washed[- ]out|sickly|skeletal|emaciated|scrawny|bony|puffy|bloated|haggard|pasty"
        r"|thin|skinny|heavy|heavier|thinner|chunky|tubby|unkempt|rough)\b(?! (?:on|in the"
        r"|section|evidence|margin|data)\b)",
        r"(?:your|his|her|their) (?:overall |personal |general )?presentation\b",
        r"(?:presents?|presented|presenting) (?:him|her|them)sel(?:f|ves)\b(?! (?:\w+ )?(?:as|to"
        r"|at|for|with|in (?:the|a|an) (?:case|exercise|role[- ]play|interview|scenario|panel))\b)",
    ),
    check=_skin_or_look,
    exemptions=frozenset({"professional", "requirement"}),
    message="Records skin or complexion, an ethnic or 'all-American' look, or how the "
    "candidate looks on camera.",
    rationale=_HOOK
    + " Skin tone and 'look' labels ('fair-skinned', 'all-American look', 'exotic look') are "
    "direct proxies for race and national origin (Title VII); looks on camera are looks.",
    suggestion=_SUGGEST
    + " For on-camera work, record the presenting task and the observed delivery (pace, "
    "clarity, script accuracy).",
    bad=(
        "Olive-skinned, striking, good for the flagship store.",
        "Very girl-next-door look, customers will love her.",
        "Photographs well on camera, which helps for the brand videos.",
        "Looked very pale and gaunt, not sure he's up to the shifts.",
        "We felt your overall presentation was not the right match for our polished brand.",
        "Clean-cut look, would suit the bank.",
        "Not very polished in how she presents herself.",
        "Classic English rose look, perfect for the tea room.",
    ),
    good=(
        "Designed the dark skin for the media player app.",
        "Her presentation on the Q3 pricing data was clear and well structured.",
        "The evidence looked thin, so she asked for the logs.",
        "Comes across well on video calls: answered concisely and checked for questions.",
        "Wrote the copy for the all-American look of the diner chain's rebrand campaign.",
        "The logo looks great on screen and in print, she showed both.",
        "Uses a Scandinavian look in her furniture designs.",
        "Her presentation covered the brand refresh and the costs.",
        "She presented herself as the project lead and the reference confirmed it.",
    ),
)


APP_010 = Rule(
    id="CND-APP-010",
    category="appearance",
    severity="error",
    title="Looks rated as an asset: a pretty face, a knockout, a dancer's body",
    terms=(
        r"pretty (?:receptionist|face|girl|thing|hostess|one|lady|woman|young thing|boy|guy)\b",
        r"(?:she's|he's|is|a real|a total|an absolute|what a) (?:a )?(?:knockout|looker|stunner"
        r"|babe|hottie|bombshell|smoke ?show|dime|ten|10/10)\b(?![-'\u2019])",
        r"(?:dancer's|dancers'|model's|swimmer's|runner's|athlete's|gymnast's) (?:body|figure"
        r"|build|physique|legs|look)\b",
        r"cuter|too pretty (?:for|to)|pretty (?:female |young |little )?face",
        r"fresh faces?\b|photogenic",
    ),
    exemptions=frozenset({"professional"}),
    message="Rates the candidate's looks or body as a reason to hire or not.",
    rationale=_HOOK,
    suggestion=(
        "Delete it. Record job-related evidence; where presentation matters, state the dress "
        "code that applies to everyone."
    ),
    bad=(
        "She'd be a nice addition, the partners like a pretty receptionist.",
        "She's a knockout, customers will stop in just to talk to her.",
        "Not really a dancer's body, strong choreography though.",
        "Too pretty for the lift line, honestly.",
    ),
    good=(
        "Pretty solid on the reconciliation test, 4/5.",
        "Scored ten on the safety quiz; she is a ten-year veteran of the trade.",
        "Teaches injury prevention for the dancer's body at the conservatory.",
    ),
)


APP_011 = Rule(
    id="CND-APP-011",
    category="appearance",
    severity="error",
    title="Body size as a reason: too heavy, a bigger girl, looks twelve",
    terms=(
        r"(?:bit|a bit|kinda|kind of|pretty|quite|too|very|a little|rather|awfully|so)"
        r" (?:heavy|heavyset|overweight|big|chunky|plump|stocky|large|hefty|skinny|scrawny"
        r"|tiny|short) for (?:a|an|the|this|that|our) (?:[\w-]+ )?(?:job|role|position|gig|shift"
        r"|post|spot|line|floor|crew|uniform|work)\b",
        r"(?:too|a little too|bit too|a bit too|way too) (?:heavy|big|overweight|fat|large) to\b"
        r"|(?:carrying|carries|carry) (?:a lot of |some |a bit of )?extra (?:weight|pounds|lbs)"
        r"|(?:must be|probably|easily|at least|has to be|gotta be|got to be|pushing) (?:[23]\d\d)"
        r" ?(?:lbs?|pounds)\b|(?:she's|he's) (?:really|very|so|pretty|quite|too|super) (?:small"
        r"|tiny|short|petite|huge)\b",
        r"(?:she's|he's|she is|he is|is) (?:a )?(?:bigger|big|larger|heavier|heavy|chunky"
        r"|plus-size\w*|curvy|stocky|hefty) (?:girl|gal|guy|lady|woman|man|fella|person)\b",
        r"looks? (?:about |like (?:he's|she's|they're) |maybe )?(?:1[0-5]|ten|eleven|twelve"
        r"|thirteen|fourteen|fifteen)\b(?! (?:years (?:of|in)|yrs (?:of|in)|minutes|min|mins"
        r"|hours|percent|%))",
        r"small frame|nails done",
        r"(?:you can tell|could tell) by the ink|the ink on (?:his|her|their) (?:neck|hands|face"
        r"|arms|knuckles)",
    ),
    exemptions=frozenset({"professional"}),
    message="Treats the candidate's body size or youthful looks as a reason.",
    rationale=_HOOK,
    suggestion=_SUGGEST,
    bad=(
        "Bit heavy for a job that's on your feet all day doing transfers.",
        "She's a bigger girl, and our uniforms only go to XL.",
        "Looks about 12 lol, will anyone on the crew listen to him.",
        "Must be 300 lbs, the catwalk will be the issue.",
        "She's really small, could she push back on the guys in the tunnel?",
    ),
    good=(
        "The box is a bit heavy for one person; she suggested a two-person lift.",
        "Looks about 10 minutes early for every shift in the attendance log.",
        "A big build for the data team: she scoped 12 pipelines.",
        "The role is a bit heavy for a new grad: 40 accounts from day one.",
    ),
)

RULES = (
    APP_001,
    APP_002,
    APP_003,
    APP_004,
    APP_005,
    APP_006,
    APP_007,
    APP_008,
    APP_009,
    APP_010,
    APP_011,
)
