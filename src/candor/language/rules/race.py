"""Race, colour, ethnicity and national origin (Title VII, IRCA, state CROWN Acts)."""

from __future__ import annotations

import re

from candor.language.context import Hit
from candor.language.model import Rule
from candor.language.rules._lex import PERSON, SUBJ_COP
from candor.language.rules.sex_gender import _DIVERSITY_TERMS, _gendered_context

_HOOK = (
    "Title VII forbids using race, colour or national origin; the EEOC's national-origin "
    "guidance treats ancestry, birthplace, native language and accent as national-origin "
    "evidence (an accent counts only if it materially interferes with the job), and IRCA "
    "bars citizenship-status discrimination unless the law requires it."
)

DEMONYMS = (
    "afghan|african|albanian|algerian|american|arab|arabic|argentine|argentinian|armenian"
    "|asian|australian|austrian|bangladeshi|belarusian|belgian|bolivian|bosnian|brazilian"
    "|british|bulgarian|burmese|cambodian|cameroonian|canadian|caribbean|chilean|chinese"
    "|colombian|congolese|croatian|cuban|czech|danish|dominican|dutch|ecuadorian|egyptian"
    "|emirati|english|eritrean|ethiopian|european|filipino|filipina|finnish|french|georgian"
    "|german|ghanaian|greek|guatemalan|haitian|honduran|hungarian|icelandic|indian"
    "|indonesian|iranian|iraqi|irish|israeli|italian|ivorian|jamaican|japanese|jordanian"
    "|kazakh|kenyan|korean|kurdish|kuwaiti|lao|latvian|lebanese|libyan|lithuanian|malaysian"
    "|mexican|moroccan|nepali|nigerian|norwegian|pakistani|palestinian|panamanian|persian"
    "|peruvian|polish|portuguese|puerto rican|romanian|russian|rwandan|salvadoran|saudi"
    "|scottish|senegalese|serbian|singaporean|slovak|somali|south african|spanish|sri lankan"
    "|sudanese|swedish|swiss|syrian|taiwanese|thai|tibetan|turkish|ugandan|ukrainian"
    "|uzbek|venezuelan|vietnamese|welsh|yemeni|zambian|zimbabwean|slavic|hispanic|latino"
    "|latina|latinx|latine|caucasian|middle eastern|roma|gypsy|jewish|romani|pacific islander"
    "|native american|indigenous|aboriginal|white|black|brown|mixed[- ]race|biracial"
    "|multiracial"
)
COUNTRIES = (
    "afghanistan|albania|algeria|argentina|armenia|australia|austria|bangladesh|belarus"
    "|belgium|bolivia|bosnia|brazil|bulgaria|burma|cambodia|cameroon|canada|chile|china"
    "|colombia|congo|croatia|cuba|czechia|denmark|dominican republic|ecuador|egypt|el salvador"
    "|england|eritrea|ethiopia|finland|france|georgia|germany|ghana|greece|guatemala|haiti"
    "|honduras|hong kong|hungary|india|indonesia|iran|iraq|ireland|israel|italy|jamaica|japan"
    "|jordan|kazakhstan|kenya|korea|kuwait|laos|latvia|lebanon|libya|lithuania|malaysia|mexico"
    "|morocco|myanmar|nepal|netherlands|holland|nigeria|norway|pakistan|palestine|panama|peru"
    "|philippines|poland|portugal|puerto rico|romania|russia|rwanda|saudi arabia|scotland"
    "|senegal|serbia|singapore|slovakia|somalia|south africa|spain|sri lanka|sudan|sweden"
    "|switzerland|syria|taiwan|thailand|tibet|turkey|uganda|ukraine|uzbekistan|venezuela"
    "|vietnam|wales|yemen|zambia|zimbabwe|africa|asia|europe|latin america|the middle east"
    "|the caribbean|south america|central america|eastern europe|the philippines|the uk"
    "|the us|the states|overseas|abroad|another country|a different country"
)
_DEMONYM_ANCHORS = tuple(
    {w.split()[0].split("[")[0] for w in DEMONYMS.split("|")} | {"mixed", "pacific", "native"}
)
_COUNTRY_ANCHORS = (
    "born",
    "grew",
    "raised",
    "immigrat",
    "emigrat",
    "moved",
    "came",
    "fled",
    "relocat",
    "native",
    "hails",
)

RACE_001 = Rule(
    id="CND-RACE-001",
    category="race_ethnicity_national_origin",
    severity="error",
    title="Race, colour or ethnicity mentioned",
    terms=(
        r"(?:his|her|their|candidate'?s|applicant'?s) (?:race|ethnicity|ethnic background"
        r"|colou?r|skin)",
        r"race (?:is|was|might be|could be|would be|card) ",
        r"racial(?:ly)?|ethnic(?:ity|ities|ally)?|ethnic (?:name|looking|features|background)",
        r"(?:persons?|people|woman|man|candidates?|women|men) of colou?r|poc|bipoc|(?:a|an|the"
        r"|racial|ethnic|visible) minorit(?:y|ies)",
        r"(?:" + DEMONYMS + r")[- ](?:american|british|canadian)s?",
        r"(?:" + DEMONYMS + r") " + PERSON,
        SUBJ_COP + r"(?:" + DEMONYMS + r")\b(?! (?:and|or) "
        r"(?:english|spanish|french|german|mandarin|arabic)\b)",
        r"(?:asian|hispanic|latino|latina|latinx|latine|caucasian|biracial|mixed[- ]race"
        r"|multiracial|middle[- ]eastern|pacific islander|afro-\w+)",
        r"(?:dark|light|fair|brown|olive|pale|darker|lighter)[- ]skinned|skin (?:colou?r|tone)"
        r"|complexion",
        r"half[- ](?:black|white|asian|mexican|indian|chinese|japanese|korean|african|arab"
        r"|jewish|latino|hispanic)",
        r"(?:the|that|this) (?:black|white|asian|indian|chinese|hispanic|latino|mexican|arab)"
        r" (?:one|guy|girl|lady|woman|man|dude|kid|candidate|applicant)",
    ),
    anchors=(
        "race$",
        "racial",
        "ethnic",
        "colou",
        "color",
        "poc$",
        "bipoc",
        "minorit",
        *_DEMONYM_ANCHORS,
        "dark",
        "light",
        "fair$",
        "pale",
        "olive",
        "skin",
        "complexion",
        "half",
        "afro",
    ),
    exemptions=frozenset({"professional"}),
    message="Mentions the candidate's race, colour or ethnicity.",
    rationale=_HOOK,
    suggestion=(
        "Delete it; use the candidate ID as the memory aid. Record only the job-related "
        "evidence and rubric level."
    ),
    bad=(
        "Tall Black man, strong handshake.",
        "Short Asian female, quiet.",
        "She is Hispanic and bilingual.",
        "Light-skinned, well spoken.",
        "Her race might be an issue with some clients.",
    ),
    good=(
        "Fixed a race condition in the payment worker.",
        "Expanded sales into Asian markets, growing revenue 30%.",
        "Speaks Mandarin and English; the role lists Mandarin as a requirement.",
        "Moved the CI pipeline to black-box integration tests.",
    ),
)

RACE_002 = Rule(
    id="CND-RACE-002",
    category="race_ethnicity_national_origin",
    severity="error",
    title="Birthplace, ancestry or immigration",
    terms=(
        r"born (?:and raised )?in (?!(?:the )?\d|(?:january|february|march|april"
        r"|may|june|july|august|september|october|november|december)\b)\w+",
        r"(?:grew up|raised|lived) in (?:" + COUNTRIES + r")",
        r"(?:immigrated|emigrated|moved|came|fled|relocated|migrated|hails)(?: here| over| to the"
        r" (?:us|u\.s\.|uk|states))? from (?:" + COUNTRIES + r")",
        r"(?:where|what country) (?:is |are |was |were )?(?:he|she|they|you|the candidate)"
        r"(?: is| are| was| were|'s|'re)? (?:originally )?from",
        r"originally (?:from|hails from)|native of|not from (?:around )?here|(?:his|her|their)"
        r" (?:home ?country|homeland|country of origin|roots)",
        r"(?:family|parents|mother|father|mom|dad|grandparents|folks) (?:is|are|was|were|came"
        r"|come|immigrated|emigrated) (?:originally )?(?:from|over from)",
        r"immigrants?|immigration status|refugees?|asylum|(?:first|second|third)[- ]generation"
        r"|nationality|national origin|country of origin|birthplace|place of birth|ancestry"
        r"|ancestral|ancestors|descent|heritage|ethnic background|cultural background",
        r"foreign(?:ers?)?|fob|fresh off the boat|illegal (?:alien|immigrant)s?|undocumented"
        r"|(?:not|isn't|wasn't|is not|was not) (?:really )?(?:american|british|from here)",
        r"(?:foreign|ethnic|unusual|exotic|weird|funny|strange|odd|difficult|hard|long)"
        r"[- ]sounding (?:name|surname|accent)|(?:hard|difficult|impossible|tough|tricky) to"
        r" pronounce|(?:can't|cannot|couldn't) pronounce (?:his|her|their) (?:\w+ )?name"
        r"|(?:his|her|their) (?:last |first |sur)?name (?:is|was|sounds?) (?:foreign|ethnic"
        r"|unusual|hard|difficult|weird|exotic|strange)|exotic",
    ),
    anchors=(
        *_COUNTRY_ANCHORS,
        "lived",
        "migrated",
        "originally",
        "where",
        "around$",
        "home",
        "homeland",
        "country",
        "roots",
        "family",
        "parents",
        "mother",
        "father",
        "mom$",
        "dad$",
        "grandparents",
        "folks",
        "immigrant",
        "refugee",
        "asylum",
        "generation",
        "nationality",
        "national",
        "birthplace",
        "place",
        "ancest",
        "descent",
        "heritage",
        "ethnic",
        "cultural",
        "foreign",
        "fob$",
        "boat$",
        "illegal",
        "undocumented",
        "american",
        "british",
        "sounding",
        "pronounce",
        "name$",
        "surname",
        "exotic",
    ),
    exemptions=frozenset({"professional"}),
    message="Records where the candidate or their family comes from.",
    rationale=_HOOK
    + " Birthplace of the applicant or parents and ancestry are listed unlawful inquiries.",
    suggestion=(
        "Delete it. The only lawful question is whether the candidate is authorised to work "
        "in the country, asked of everyone."
    ),
    bad=(
        "Born in Mexico, moved here as a teen.",
        "Where is she originally from?",
        "Foreign-sounding name, hard to pronounce.",
        "Her parents are from Nigeria.",
        "Second-generation immigrant.",
    ),
    good=(
        "Added a foreign key constraint to the orders table.",
        "Managed the foreign-exchange hedging desk for two years.",
        "Born in 1990s tooling? No: she modernised the build with Bazel.",
        "Authorized to work in the US without sponsorship: yes (asked of all candidates).",
    ),
)


def _not_accent_tech(hit: Hit) -> bool:
    return not re.match(r"^\s*(?:colou?r|marks?|keys?|lights?|lighting)", hit.after(12))


RACE_003 = Rule(
    id="CND-RACE-003",
    category="race_ethnicity_national_origin",
    severity="error",
    title="Accent, native language or non-native fluency",
    terms=(
        r"accents?|accented|(?:native|first|mother|home|primary|birth) (?:language|tongue)",
        r"(?:non-?native|native) (?:\w+ )?speakers?|non-?native|native[- ]born",
        r"(?:english|\w+) (?:is|was|as) (?:not )?(?:his|her|their|a) (?:second|2nd|third|first"
        r"|foreign) language|second language|esl|english as a (?:second|foreign|2nd) language",
        r"(?:heavy|thick) english",
        r"(?:speaks?|spoken|uses?|used) (?:\w+ )?at home|languages? (?:spoken|used) at home",
    ),
    anchors=(
        "accent",
        "native",
        "non-native",
        "nonnative",
        "non native",
        "language",
        "tongue",
        "esl$",
        "english",
        "speak",
        "spoken",
        "home$",
    ),
    check=_not_accent_tech,
    exemptions=frozenset({"professional"}),
    message="Comments on accent, native language or fluency in a way tied to origin.",
    rationale=_HOOK
    + " Fluency requirements must match the job; 'Accent too strong' is a called-out example.",
    suggestion=(
        "Record the communication task and its outcome against the stated requirement: "
        "'Explained the incident timeline to a non-technical panel; two follow-up "
        "questions needed; communication level 3.'"
    ),
    bad=(
        "Accent too strong for client calls.",
        "Not a native English speaker.",
        "English is her second language.",
        "Heavy English accent on calls.",
    ),
    good=(
        "Shipped a native iOS app used by 2M people.",
        "Changed the accent colour of the dashboard.",
        "Presented the design review clearly; the panel asked two follow-up questions.",
    ),
)


def _not_citizen_idiom(hit: Hit) -> bool:
    if re.match(
        r"^\s*(?:developers?|science|scientists?|journalism|data|engagement|services?"
        r"|portal|app)",
        hit.after(15),
    ):
        return False
    return not re.search(r"\b(?:good|corporate|senior|global|digital)\s*$", hit.before(12))


RACE_004 = Rule(
    id="CND-RACE-004",
    category="race_ethnicity_national_origin",
    severity="error",
    title="Citizenship status",
    terms=(
        r"(?:us|u\.s\.|american|uk|british|canadian|eu) citizen(?:ship)?s?|citizenship"
        r"|(?:is|isn't|is not|not a|not an|are you an?|is (?:he|she|they) an?|non-|a|an) ?"
        r"citizens?|green ?card|permanent resident|naturali[sz]ed",
    ),
    anchors=("citizen", "green", "permanent", "naturali"),
    check=_not_citizen_idiom,
    exemptions=frozenset({"requirement", "professional"}),
    message="Records citizenship status.",
    rationale=_HOOK,
    suggestion=(
        "Ask every candidate only whether they are authorised to work in the country; "
        "ask about citizenship only where a law or contract requires it, and say so."
    ),
    bad=("Not a US citizen, on a green card.", "Asked if he is a citizen."),
    good=(
        "US citizenship is required by law for this cleared role; candidate meets it.",
        "Authorized to work in the US: yes.",
    ),
)

RACE_005 = Rule(
    id="CND-RACE-005",
    category="race_ethnicity_national_origin",
    severity="error",
    title="Hair texture or protective style (CROWN Acts)",
    terms=(
        r"dread(?:lock)?s|(?:his|her|their) (?:locs|braids|twists|cornrows|afro|hair texture"
        r"|natural hair)|locs|cornrows|bantu knots|afro|natural hair|kinky hair|nappy"
        r"|(?:hair|hairstyle|braids|twists) (?:was|were|is|are|looked|seemed) (?:a bit |very "
        r"|quite |kind of )?(?:unprofessional|messy|wild|distracting|inappropriate|ethnic|not"
        r" professional|a lot|big)|du-?rag|head ?wrap",
    ),
    anchors=(
        "dread",
        "locs",
        "cornrows",
        "bantu",
        "afro",
        "natural",
        "kinky",
        "nappy",
        "hair",
        "braids",
        "twists",
        "durag",
        "du-rag",
        "headwrap",
        "head wrap",
    ),
    message="Mentions hair texture or a protective hairstyle.",
    rationale=_HOOK
    + " State CROWN Acts protect natural hair textures and protective styles such as locs, "
    "braids and twists as traits of race.",
    suggestion=(
        "Delete it. If a uniformly applied safety standard applies (hair restraint near "
        "machinery), cite the standard, not the style."
    ),
    bad=("Had dreadlocks, not sure about client-facing.", "Her braids looked unprofessional."),
    good=("Handled plot twists in the case study calmly.",),
)


def _racial_context(hit: Hit) -> bool:
    return not _gendered_context(hit)


RACE_006 = Rule(
    id="CND-RACE-006",
    category="race_ethnicity_national_origin",
    severity="error",
    title="Candidate valued for racial-diversity numbers",
    terms=_DIVERSITY_TERMS,
    anchors=("diversity", "token", "quota", "minority", "box", "d&i", "dei$", "optics"),
    check=_racial_context,
    exemptions=frozenset({"professional"}),
    message="Treats the candidate's race or ethnicity as a plus for diversity numbers.",
    rationale=_HOOK
    + " Remarks about improving diversity numbers through a candidate are evidence that "
    "race was a factor, in either direction.",
    suggestion=(
        "Delete it. Evaluate every candidate against the same criteria; diversity goals are "
        "pursued through outreach and process, never through one candidate's race."
    ),
    bad=("Would be a good diversity hire.", "Checks the diversity box for us."),
    good=("Built the diversity-reporting dashboard for the HR analytics team.",),
)

RACE_007 = Rule(
    id="CND-RACE-007",
    category="race_ethnicity_national_origin",
    severity="error",
    title="Language proficiency judged without a requirement",
    terms=(
        r"(?:broken|limited|poor|weak|bad|rough|choppy|imperfect|halting|shaky) english",
        r"(?:his|her|their) english (?:is|was|isn't|wasn't) (?:\w+ )?(?:poor|weak|bad|broken"
        r"|limited|not great|rough|accented|hard to understand|an issue|a problem|a barrier"
        r"|a concern|ok|okay|good|great|fluent|decent|perfect|excellent|impressive)",
        r"(?:needed|needs|used|asked for) an? (?:interpreter|translator)",
    ),
    anchors=(
        "broken",
        "limited",
        "poor",
        "weak",
        "bad$",
        "rough",
        "choppy",
        "imperfect",
        "halting",
        "shaky",
        "english",
        "interpreter",
        "translator",
    ),
    exemptions=frozenset({"requirement", "professional"}),
    message="Judges language proficiency without tying it to a stated requirement.",
    rationale=_HOOK
    + " A fluency requirement must match the job and be stated; otherwise remarks on "
    "English act as national-origin evidence.",
    suggestion=(
        "Name the requirement and the task: 'Role requires written English for client "
        "reports; the writing sample had three errors per page (communication level 2).'"
    ),
    bad=("Limited English, needed an interpreter for the role-play.",),
    good=("Her English writing sample had no errors and was well structured.",),
)


_DEMONYM_PLURAL = r"(?:" + DEMONYMS.replace("[- ]", " ") + r")s"

RACE_008 = Rule(
    id="CND-RACE-008",
    category="race_ethnicity_national_origin",
    severity="error",
    title="Origin, name or group generalisation",
    terms=(
        r"where(?:'s| is| was|'re| are) (?:he|she|they|the candidate|cand|this guy|this one)"
        r" (?:originally |really |actually )?from\b",
        r"(?:he's|she's|they're|is|was|are|were|comes|came|hails|family is|parents are)"
        r" (?:originally |actually |really )?from (?:" + COUNTRIES + r")\b",
        r"(?:moved|came|emigrated|immigrated|relocated) (?:here|to (?:the )?(?:us|u\.s\.|uk"
        r"|states|country|america|canada|england|britain)) (?:in|when|as a|at|after|about"
        r"|around|aged|\d)",
        r"(?:name|surname) (?:sounds|sounded|looks|looked|seems|seemed|is|was) (?:very |quite"
        r" |kind of |kinda |a bit )?(?:" + DEMONYMS + r"|foreign|ethnic|exotic|unusual"
        r"|made[- ]up|unpronounceable)\b",
        r"(?:typical|like|as|unlike|typical of) (?:of |most |all |other |many |a lot of )?"
        + _DEMONYM_PLURAL
        + r"\b|"
        + _DEMONYM_PLURAL
        + r" (?:are|tend|tends|usually|always|never|can't|don't|often|generally)\b",
        r"english (?:is|was|isn't|wasn't) (?:a bit |very |quite |pretty |kind of |kinda )?"
        r"(?:poor|weak|bad|broken|limited|not great|rough|hard to understand|shaky|choppy"
        r"|heavily accented|so-so)",
        r"(?:his|her|their|the candidate'?s) (?:nationality|ethnicity|race|origin|origins"
        r"|background is|people|culture)\b",
    ),
    exemptions=frozenset({"professional", "requirement"}),
    message="Records national origin, a name's origin, or generalises about a group.",
    rationale=_HOOK,
    suggestion=(
        "Delete it. Ask only about work authorization, in the same words for everyone, and "
        "record the communication task and its outcome against the stated requirement."
    ),
    bad=(
        "Where's he from originally?",
        "She's from Nigeria.",
        "Moved here in 2015.",
        "Name sounds Middle Eastern.",
        "Very polite, typical of Africans.",
        "English is broken.",
    ),
    good=(
        "She's from Google's ads team, 6 years.",
        "Came over from the data team to lead analytics.",
        "The product name sounds generic; she proposed three alternatives.",
    ),
)

RULES = (RACE_001, RACE_002, RACE_003, RACE_004, RACE_005, RACE_006, RACE_007, RACE_008)
