"""Race, colour, ethnicity and national origin (Title VII, IRCA, state CROWN Acts)."""

from __future__ import annotations

from candor.language import rx
from candor.language.context import Hit, employer_statement
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
    "|multiracial|punjabi|gujarati|tamil|telugu|hmong|pashtun|samoan|tongan|fijian|igbo"
    "|yoruba|navajo|cherokee|lakota|ojibwe|inuit|maori|chicano|chicana|boricua"
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
    # Large cities abroad, named as where someone or their family comes from.
    "|lagos|abuja|accra|nairobi|addis ababa|mogadishu|kinshasa|cairo|casablanca|manila"
    "|mumbai|bombay|delhi|new delhi|kolkata|chennai|bangalore|bengaluru|hyderabad|karachi"
    "|lahore|islamabad|dhaka|kathmandu|colombo|beijing|shanghai|guangzhou|shenzhen|seoul"
    "|tokyo|osaka|hanoi|saigon|ho chi minh city|bangkok|jakarta|kuala lumpur|taipei|tehran"
    "|baghdad|kabul|damascus|beirut|riyadh|istanbul|kyiv|kiev|moscow|minsk|warsaw|bucharest"
    "|sofia|belgrade|tirana|havana|kingston|port-au-prince|santo domingo|san juan"
    "|mexico city|guadalajara|bogota|bogot\u00e1|lima|caracas|quito|sao paulo|s\u00e3o paulo"
    "|rio de janeiro|buenos aires|punjab|kerala|gujarat|sindh|mindanao|the punjab"
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


def _not_eeo(hit: Hit) -> bool:
    """Drop an employer's general equal-opportunity statement."""
    return not employer_statement(hit)


_THING_LOOKS = rx.compile(
    r"\b(?:ui|ux|design|layout|logo|brand|branding|menu|food|dish|cuisine|decor|d\u00e9cor"
    r"|interior|architecture|building|garden|font|typography|website|page|site|app|packaging"
    r"|label|poster|deck|slides?|chart|map|plan|code|script|text|document|output|translation"
    r"|handwriting|signature)\b"
)


def _race_mention(hit: Hit) -> bool:
    """RACE-001: also drop "native"/"polish" written in lower case (an adjective or a verb,
    not a people)."""
    if employer_statement(hit):
        return False
    if rx.match(r"(?:looks?|looked|looking|seems?|seemed|appears?|appeared) ", hit.matched):
        # "looks Chinese" about a person, not "the menu looks very Italian".
        return _THING_LOOKS.search(hit.before(40)) is None
    if hit.matched.endswith("skin") and rx.search(r"\bout of\s+$", hit.before(10)):
        return False  # "jumped out of his skin": an idiom
    return not (hit.matched.startswith(("native ", "polish ")) and hit.original[:1].islower())


RACE_001 = Rule(
    id="CND-RACE-001",
    category="race_ethnicity_national_origin",
    severity="error",
    title="Race, colour or ethnicity mentioned",
    terms=(
        r"(?:his|her|their|candidate'?s|applicant'?s) (?:race|ethnicity|ethnic background"
        r"|colou?r|skin)",
        r"(?:" + DEMONYMS + r") (?:parents?|family|mother|father|mom|mum|dad|grandparents?"
        r"|heritage|roots|upbringing|work ethic|mentality|attitude|confidence|directness|temper"
        r"|looks|features)\b",
        # "that Caribbean laid-back attitude": one describing word between.
        r"(?:" + DEMONYMS + r") (?:laid[- ]back|easy[- ]going|relaxed|hot[- ]headed|fiery|stoic"
        r"|blunt|loud|pushy|passive|reserved|deferential|hard[- ]working|lazy|chilled|cold"
        r"|emotional|aggressive) (?:attitude|mentality|temperament|nature|manner|style|streak"
        r"|approach|vibe|energy|work ethic|personality|ways?)\b",
        r"typical(?:ly)? (?:" + DEMONYMS + r")\b|(?:probably|prob|maybe|perhaps|must be|guessing"
        r"|likely|possibly) (?:" + DEMONYMS + r")\b(?! (?:market|markets|clients?|customers?"
        r"|accounts?|office|team|sales|food|restaurant|cuisine|law|regulations?|tax|government"
        r"|company|companies|version|site|subsidiary|english|spanish|french|german|mandarin"
        r"|arabic|portuguese|italian|japanese|korean|russian|standards?|holidays?))",
        r"race (?:is|was|might be|could be|would be|card) ",
        r"racial(?:ly)?|ethnic(?:ity|ities|ally)?|ethnic (?:name|looking|features|background)",
        r"(?:persons?|people|woman|man|candidates?|women|men) of colou?r|poc|bipoc|(?:a|an|the"
        r"|racial|ethnic|visible) minorit(?:y|ies)",
        r"(?:" + DEMONYMS + r")[- ](?:american|british|canadian)s?",
        r"(?:" + DEMONYMS + r") " + PERSON,
        r"(?:looks?|looked|looking|seems?|seemed|appears?|appeared) (?:very |quite |a bit |kind of"
        r" |kinda |really |so |more |too |pretty |fairly |rather )?(?:" + DEMONYMS + r")\b(?!"
        r"[- ](?:and|or|food|cuisine|design|style|market|version|menu|dish|recipe|restaurant"
        r"|text|script|characters?|font|flag|colou?rs?))",
        SUBJ_COP + r"(?:" + DEMONYMS + r")\b(?! (?:and|or) "
        r"(?:english|spanish|french|german|mandarin|arabic)\b)",
        r"(?:asian|hispanic|latino|latina|latinx|latine|caucasian|biracial|mixed[- ]race"
        r"|multiracial|middle[- ]eastern|pacific islander|afro-\w+)",
        r"(?:dark|light|fair|brown|olive|pale|darker|lighter)[- ]skinned|skin (?:colou?r|tone)"
        r"|complexion",
        r"half[- ](?:black|white|asian|mexican|indian|chinese|japanese|korean|african|arab"
        r"|jewish|latino|hispanic)",
        r"(?:black|white|brown|asian|hispanic|latino|latina|latinx|native|indigenous|aboriginal"
        r"|arab|muslim|jewish|indian|chinese|mexican|african|nigerian|pakistani|filipino|filipina"
        r"|korean|vietnamese|somali|haitian|jamaican|polish|romanian|russian) (?:pharmacists?"
        r"|nurses?|doctors?|physicians?|surgeons?|dentists?|teachers?|professors?|lecturers?"
        r"|tutors?|cashiers?|clerks?|receptionists?|reps?|representatives?|agents?|associates?"
        r"|salespeople|salesperson|salesman|saleswoman|servers?|waiters?|waitress|bartenders?"
        r"|hosts?|hostess|chefs?|cooks?|drivers?|pilots?|mechanics?|electricians?|plumbers?"
        r"|carpenters?|foremen|foreman|supervisors?|managers?|bosses|boss|executives?|lawyers?"
        r"|attorneys?|accountants?|bankers?|advis[eo]rs?|therapists?|counsell?ors?|coaches?"
        r"|officers?|guards?|security guards?|face|faces|employees?|staffers?|hires?|techs?"
        r"|technicians?|caregivers?|carers?|aides?|nannies|nanny|housekeepers?|cleaners?)\b",
        r"(?:the|that|this) (?:black|white|asian|indian|chinese|hispanic|latino|mexican|arab)"
        r" (?:one|guy|girl|lady|woman|man|dude|kid|candidate|applicant)",
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
        "Her Korean parents must be strict, explains the work ethic.",
        "Typical German directness in the feedback round.",
        "Spoke Portuguese on a call, so probably Brazilian.",
        "Light-skinned, well spoken.",
        "Her race might be an issue with some clients.",
        "Not sure the regulars are ready for a Black bartender on Saturdays.",
        "Would be nice to have a Latina rep for the Miami accounts.",
        "That Nigerian hard-working mentality will suit the night shift.",
        "Speaks like a local but looks Chinese, the clients may be confused.",
        "Seems Middle Eastern, might make the client nervous.",
    ),
    check=_race_mention,
    good=(
        "Fixed a race condition in the payment worker.",
        "Expanded sales into Asian markets, growing revenue 30%.",
        "Speaks Mandarin and English; the role lists Mandarin as a requirement.",
        "Probably Mexican market experience matters more than we thought; she led that launch.",
        "Moved the CI pipeline to black-box integration tests.",
        "Trained native speakers of Spanish as court interpreters for the county.",
        "Wrote the white paper for the managers' offsite on pricing.",
        "Her redesigned menu looks very Italian, which suits the client's brand.",
    ),
)

RACE_002 = Rule(
    id="CND-RACE-002",
    category="race_ethnicity_national_origin",
    severity="error",
    title="Birthplace, ancestry or immigration",
    terms=(
        r"born (?:and raised )?(?:here|abroad|overseas|elsewhere|outside (?:the )?(?:us|u\.s\."
        r"|uk|country|states|eu))|(?:was|were|is|are) (?:he|she|they|you) born\b|where (?:he|she"
        r"|they|you) (?:was|were) born",
        r"born (?:and raised )?in (?!(?:the )?\d|(?:january|february|march|april"
        r"|may|june|july|august|september|october|november|december)\b)\w+",
        r"(?:grew up|raised|lived|raised (?:him|her|them)|back home|back) in (?:"
        + COUNTRIES
        + r")",
        r"(?:immigrated|emigrated|moved|came|fled|relocated|migrated|hails)(?: here| over| to the"
        r" (?:us|u\.s\.|uk|states))? from (?:" + COUNTRIES + r")",
        r"(?:where|what country) (?:is |are |was |were )?(?:he|she|they|you|the candidate)"
        r"(?: is| are| was| were|'s|'re)? (?:originally |really |actually |truly )?from",
        r"(?:go|goes|going|went|fly|flies|flying|flew|trips?|travels?|travell?ing) (?:back )?home"
        r" to (?:"
        + COUNTRIES
        + r")\b|originally (?:from|hails from)|native of|not from (?:around )?here|(?:his|her|their)"
        r" (?:home ?country|homeland|country of origin|roots)",
        r"(?:family|parents|mother|father|mom|mum|dad|grandparents|folks) (?:is|are|was|were"
        r"|came|come|immigrated|emigrated)(?: both| all| originally| also| each)* (?:from|over"
        r" from)|(?:family|parents|grandparents|folks|ancestors)(?:'s|'re|'ve been)"
        r"(?: both| all| originally| also| each)* from\b|where (?:his|her|their|your|the"
        r" candidate's|cand's) (?:family|parents|people|folks|ancestors|grandparents|mother"
        r"|father|mum|mom|dad|name|surname|accent)(?:'s|'re| is| are| was| were| comes?| came"
        r"| originally| really| actually)* (?:originally )?from",
        r"local (?:background|roots|heritage|upbringing|accent)",
        r"(?:parents?|mother|father|mom|mum|dad|family|grandparents?|grandmother|grandfather"
        r"|folks|nan|gran|grandma|grandpa) (?:is|are|was|were)(?: both| all| originally| also)*"
        r" (?:" + DEMONYMS + r")\b(?![- ](?:collar|collared|owned|led))",
        r"immigrants?|immigration status|refugees?|asylum|(?:first|second|third)[- ]generation"
        r"|nationality|national origin|country of origin|birthplace|place of birth|ancestry"
        r"|ancestral|ancestors|descent|heritage|ethnic background|cultural background",
        r"foreign(?:ers?)?(?![- ](?:exchange|currenc\w*|keys?|polic(?:y|ies)|markets?|office"
        r"|affairs|ministry|ministers?|direct|subsidiar\w*|trade|functions?|clients?|customers?"
        r"|entit\w*|films?|correspondents?|aid|investments?|investors?|earnings|income|tax\w*"
        r"|branch\w*|ownership|banks?|objects?|bod(?:y|ies)|matter|exchanges|relations|press"
        r"|rights|sourced|denominated|language (?:requirements?|courses?|degree|teach\w*))\b)"
        r"|fob|(?:fresh|straight|just|right) off the boat|illegal (?:alien|immigrant)s?"
        r"|undocumented"
        r"|(?:not|isn't|wasn't|is not|was not|aren't|are not|weren't|were not) (?:really"
        r" |originally )?(?:american|british|from here|from round here|from around here)",
        r"(?:foreign|ethnic|unusual|exotic|weird|funny|strange|odd|difficult|hard|long)"
        r"[- ]sounding (?:name|surname|accent)|(?:hard|difficult|impossible|tough|tricky) to"
        r" pronounce|(?:can't|cannot|couldn't) pronounce (?:his|her|their) (?:\w+ )?name"
        r"|(?:his|her|their) (?:last |first |sur)?name (?:is|was|sounds?) (?:foreign|ethnic"
        r"|unusual|hard|difficult|weird|exotic|strange)|exotic",
    ),
    check=_not_eeo,
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
        "Asked whether she was born abroad.",
        "Where was he born? Check before the offer.",
        "Where is she originally from?",
        "Foreign-sounding name, hard to pronounce.",
        "Her parents are from Nigeria.",
        "Second-generation immigrant.",
        "His mum and dad are both from Vietnam, he said.",
        "Her grandparents were Lebanese; she speaks some Arabic.",
        "Her aunt raised her in Lagos until she was twelve.",
        "His parents still run a shop back home in Karachi.",
        "Asked where his parents are originally from.",
        "Her folks're from Ghana, she mentioned.",
        "We'd prefer someone with a local background for this client.",
        "Foreigners tend to struggle with our clients.",
        "Seems straight off the boat, not sure clients will follow him.",
        "Since you aren't from here, we won't be taking your application further.",
        "Asked where he's actually from; he said Croydon.",
    ),
    good=(
        "Added a foreign key constraint to the orders table.",
        "Managed the foreign-exchange hedging desk for two years.",
        "Foreign-exchange exposure hedged with forwards at her last firm.",
        "Reconciled foreign-currency accounts for three subsidiaries.",
        "Born in 1990s tooling? No: she modernised the build with Bazel.",
        "Authorized to work in the US without sponsorship: yes (asked of all candidates).",
        "We do not discriminate on the basis of national origin, ancestry or citizenship.",
        "Just off the plane from the Berlin conference, she still nailed the system design.",
        "Asked where the data is actually from; she traced it to the CRM export.",
    ),
)


def _not_accent_tech(hit: Hit) -> bool:
    if employer_statement(hit):
        return False
    m = hit.matched
    if m == "esl" and rx.match(
        r"^\s*(?:teachers?|teaching|tutors?|tutoring|instructors?|endorsement|certificat\w*"
        r"|classes|class|classrooms?|students|learners|programm?e?s?|curriculum|department"
        r"|coordinator|specialists?|courses?|lessons?|materials|credential\w*|licen\w*)\b",
        hit.after(25),
    ):
        return False  # "ESL teacher", "ESL endorsement": teaching English as a job
    if rx.search(r"(?:language|tongue)$", m) and rx.match(
        r"^\s*(?:[:=-]\s*|is\s+|was\s+)?(?:java|python|go|golang|c\+\+|c#|rust|kotlin|scala|ruby"
        r"|php|javascript|typescript|js|ts|sql|swift|perl|haskell|elixir|erlang|clojure|dart"
        r"|r|matlab|julia|cobol|fortran|lua|bash|vb|\.net)\b",
        hit.after(25),
    ):
        return False  # "primary language Java": a programming language
    if rx.match(r"(?:intonation|pronunciation|inflections?)$", m):
        # A way of speaking is origin talk only when it is the person's ("his
        # intonation", "a strong regional inflection"), not a language lesson or a voice UI.
        return (
            rx.search(
                r"\b(?:his|her|their|cand'?s|candidate'?s|thick|heavy|strong|broad|foreign"
                r"|regional|odd|funny|strange|unusual|weird|noticeable|slight|pronounced"
                r"|distinctive|exotic)\s+(?:[\w-]+\s+)?$",
                hit.before(30),
            )
            is not None
        )
    return not rx.match(r"^\s*(?:colou?r|marks?|keys?|lights?|lighting)", hit.after(12))


RACE_003 = Rule(
    id="CND-RACE-003",
    category="race_ethnicity_national_origin",
    severity="error",
    title="Accent, native language or non-native fluency",
    terms=(
        r"accents?|accented|(?:native|first|mother|home|primary|birth) (?:language|tongue)"
        r"|(?:southern |country |irish |scottish |regional )?(?:twang|drawl|brogue)",
        r"(?:non-?native|native) (?:\w+ )?speakers?|non-?native|native[- ]born"
        r"|native[- ](?:level|like|quality|standard|fluency|fluent|sounding|proficiency"
        r"|english)\b(?![- ](?:[\w-]+ )?(?:performance|speed|apps?|code|ui|look|feel|integration|support"
        r"|experience|rendering|compilation|builds?|bindings?|modules?|apis?|sdks?))",
        r"lilt(?:s|ed|ing)?|sing-song|singsong|sing-songy|singsongy|intonation|pronunciation|inflections?",
        r"(?:english|\w+) (?:is|was|as) (?:not )?(?:his|her|their|a) (?:second|2nd|third|first"
        r"|foreign) language|second language|esl|english as a (?:second|foreign|2nd) language",
        r"(?:heavy|thick) english",
        r"(?:speaks?|spoken|uses?|used) (?:\w+ )?at home|languages? (?:spoken|used) at home",
        # Non-native speech inferred: "translating in her head", "thinks in Spanish".
        r"translat(?:ing|es|ed|e) (?:it |everything |things |each answer |the questions? )?(?:in"
        r"|inside) (?:his|her|their|your) (?:head|mind)|(?:thinks?|thinking|thought|dreams?)"
        r" in (?:another|a different|a foreign|(?:his|her|their) (?:own|first|native|mother)"
        r") (?:language|tongue)|(?:thinks?|thinking|thought) in (?:spanish|french|german|arabic"
        r"|mandarin|chinese|cantonese|hindi|urdu|punjabi|bengali|tagalog|vietnamese|korean"
        r"|japanese|russian|polish|portuguese|italian|turkish|farsi|persian|swahili|yoruba|igbo"
        r"|hausa|amharic|somali|tamil|telugu|gujarati|marathi|romanian|ukrainian|greek|hebrew)"
        r" first",
        r"(?:work(?:ing)? on|improve|improving) (?:your|his|her|their) (?:english )?pronunciatio"
        r"n|(?:your|his|her|their) english pronunciation",
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
        "twang",
        "lilt",
        "sing",
        "intonation",
        "pronunciation",
        "inflection",
        "drawl",
        "brogue",
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
        "Her Welsh lilt took some getting used to on the call.",
        "His intonation is very foreign; clients may struggle.",
        "Sing-song way of talking, hard to take seriously.",
        "We need native-level English for this client base.",
        "Looking for a native-like speaker for the front desk.",
        "Fluent, but you can see him translating everything in his head first.",
        "Probably thinks in another language; answers come a beat late.",
    ),
    good=(
        "Primary language Java, would need ramp-up on our Go services.",
        "Shipped a native iOS app used by 2M people.",
        "Changed the accent colour of the dashboard.",
        "Built the pronunciation-scoring feature for a language-learning app.",
        "Got native-level performance from the WebAssembly port.",
        "Explained the inflection point in the growth curve clearly.",
        "Presented the design review clearly; the panel asked two follow-up questions.",
        "Taught ESL for four years and holds the ESL endorsement the posting requires.",
        "Translated the questions into a test plan in her head, then wrote it up on the board.",
        "Designed the onboarding curriculum for new ESL teachers at the district.",
    ),
)


def _not_citizen_idiom(hit: Hit) -> bool:
    if rx.match(
        r"^\s*(?:developers?|science|scientists?|journalism|data|engagement|services?"
        r"|portal|app)",
        hit.after(15),
    ):
        return False
    return not rx.search(r"\b(?:good|corporate|senior|global|digital)\s*$", hit.before(12))


_HIRING_ONLY = rx.compile(
    r"\b(?:only|must|preferred|prefer|hire|hiring|consider|considering|accept|accepting|eligible"
    r"|open to|restricted|limited|exclusively|requirement|need|want)\b"
)


def _citizen_status(hit: Hit) -> bool:
    if not _not_citizen_idiom(hit) or employer_statement(hit):
        return False
    if not hit.matched.startswith("citizen"):
        return True
    if rx.match(
        r"^\s*(?:advice|bank|band|assembly|charter|panel|jury|journalism|science)\b", hit.after(15)
    ):
        return False
    # A bare "citizens": keep it when it names a status ("U.S. citizens", split off by the
    # sentence splitter at "U.S.") or a hiring restriction ("we only consider citizens").
    before = hit.low[max(0, hit.start - 12) : hit.start]
    if rx.search(r"(?:u\.\s?s\.(?:\s?a\.)?|u\.\s?k\.|e\.\s?u\.)\s*$", before):
        return True
    return hit.in_sentence(_HIRING_ONLY) and not rx.search(
        r"\b(?:senior|good|corporate|global|digital|private|fellow|ordinary|concerned|advice"
        r"|first-class|second-class)\s*$",
        hit.before(20),
    )


RACE_004 = Rule(
    id="CND-RACE-004",
    category="race_ethnicity_national_origin",
    severity="error",
    title="Citizenship status",
    terms=(
        r"(?:us|u\.s\.|american|uk|british|canadian|eu) citizen(?:ship)?s?|citizenship"
        r"|(?:is|isn't|is not|not a|not an|are you an?|is (?:he|she|they) an?|non-|a|an) ?"
        r"citizens?|green ?card|permanent resident|naturali[sz]ed",
        r"citizens?(?: only)?",
        r"dual (?:national(?:ity|s)?|citizen(?:ship|s)?)|(?:which|what|whose|how many) passports?"
        r"|passport (?:holder|country)|(?:" + DEMONYMS + r") passport",
    ),
    check=_citizen_status,
    exemptions=frozenset({"requirement", "professional"}),
    message="Records citizenship status.",
    rationale=_HOOK,
    suggestion=(
        "Ask every candidate only whether they are authorised to work in the country; "
        "ask about citizenship only where a law or contract requires it, and say so."
    ),
    bad=(
        "Not a US citizen, on a green card.",
        "Asked if he is a citizen.",
        "We only hire U.S. citizens for the support desk.",
        "Citizens only for this team, per the HM.",
        "Dual national; ask which passport she'd use.",
        "Holds an Iranian passport, flag for the client.",
    ),
    good=(
        "US citizenship is required by law for this cleared role; candidate meets it.",
        "Authorized to work in the US: yes.",
        "Built the citizens' portal for the city council.",
        "Our product helps senior citizens manage medication; she led its QA.",
        "Citizens Advice was her only employer before this; she ran the helpline.",
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
        r"braids|braided hair|plaits|(?:wore|wears|wearing|had|has|box|senegalese|havana|marley"
        r"|passion|two-strand|kinky) twists|(?:curly|coily|frizzy|textured|afro-textured|puffy"
        r"|kinky) hair",
        r"hair (?:was |is |were |all |done )?(?:in|up in|done in) (?:\w+ ){0,2}?(?:braids|twists"
        r"|cornrows|locs|dreads|an afro|plaits|bantu knots|a head ?wrap)",
        r"dreadlock(?:s|ed)?",
    ),
    message="Mentions hair texture or a protective hairstyle.",
    rationale=_HOOK
    + " State CROWN Acts protect natural hair textures and protective styles such as locs, "
    "braids and twists as traits of race.",
    suggestion=(
        "Delete it. If a uniformly applied safety standard applies (hair restraint near "
        "machinery), cite the standard, not the style."
    ),
    bad=(
        "Had dreadlocks, not sure about client-facing.",
        "Her braids looked unprofessional.",
        "Hair done up in cornrows; not the look for the front office.",
        "Big curly hair, bit much for the boardroom.",
        "Wore box braids to the final round.",
        "Dreadlocked kid; clean cut is the standard here.",
    ),
    good=(
        "Handled plot twists in the case study calmly.",
        "Wrote the braided-river simulation in Rust.",
    ),
)


def _racial_context(hit: Hit) -> bool:
    return not _gendered_context(hit)


RACE_006 = Rule(
    id="CND-RACE-006",
    category="race_ethnicity_national_origin",
    severity="error",
    title="Candidate valued for racial-diversity numbers",
    terms=_DIVERSITY_TERMS,
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
    bad=(
        "Would be a good diversity hire.",
        "Checks the diversity box for us.",
        "Bringing on another Latino lead would help our EEO numbers.",
    ),
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
        r"(?:(?:his|her|their|your|cand'?s|candidate'?s) (?:spoken |written |conversational"
        r" |verbal |business )?|(?:spoken|conversational|verbal) )english(?: skills| level"
        r"| fluency| proficiency)?\b[^.;!?\n]{0,25}?"
        r"\b(?:off-?putting|hard to (?:follow|understand)|difficult to (?:follow|understand)"
        r"|poor|weak|bad|broken|limited|not great|rough|accented|an issue|a problem|a barrier"
        r"|a concern|a worry|clunky|awkward|strange|weird|funny|odd|not (?:good|great|there|up to)"
        r"|could be better|needs work|grating|jarring|thick|heavy|confusing|distracting"
        r"|put (?:off|people off|clients off|customers off)|(?:might|may|could|would|will)"
        r" (?:put|turn) (?:\w+ )?off|not (?:\w+ )?(?:strong|good|fluent|clear|polished|advanced"
        r"|natural|confident|solid) enough|(?:isn't|wasn't|aren't|is not|was not) (?:\w+ )?(?:strong"
        r"|good|fluent|clear|polished|advanced|natural|solid) enough|below (?:par|the bar|standard|our standard)|not quite"
        r" there|not at the level|(?:may|might|could|would) (?:hold (?:him|her|them|you) back"
        r"|be an? (?:issue|problem|barrier|concern)))\b",
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
    bad=(
        "Her English isn't strong enough for client calls.",
        "Limited English, needed an interpreter for the role-play.",
        "His English is kind of off-putting for customers.",
        "Her spoken English might put callers off.",
        "Cand's English was a little hard to follow at times.",
        "We feel your spoken English may not be strong enough for the client team.",
        "Conversational English not quite there for a front-of-house role.",
        "Her English fluency might be a barrier with the board.",
    ),
    good=(
        "Her English writing sample had no errors and was well structured.",
        "His English literature degree is not relevant to the role.",
        "Your written English sample was clear and well organised.",
    ),
)


_ORG_AFTER = rx.compile(
    r"\s*(?:'s\s+|'\s+)?(?:(?:largest|biggest|leading|top|main|national|state|central)\s+)?"
    r"(?:team|office|ops|operations|branch|division|site|hub|account|region|market|desk"
    r"|entity|subsidiary|unit|org|practice|campus|plant|lab|studio|project|programme|program"
    r"|rollout|launch|business|sales|supply|vendor|bank|company|firm|startup|agency|client"
    r"|partner|university|hospital|ministry|government)\b"
)


def _origin_not_org(hit: Hit) -> bool:
    """Drop a country named as part of an organisation ("from Brazil's largest bank")."""
    if employer_statement(hit):
        return False
    return _ORG_AFTER.match(hit.low, hit.end, min(len(hit.low), hit.end + 40)) is None


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
        r" (?:originally |actually |really |both )?from (?:the same (?:part|region|area|city"
        r"|village|town|state|province) (?:of|in|as) |(?:a|the) (?:small |little )?(?:village"
        r"|town|city|part|region|area|province|state) (?:in|of) |(?:northern|southern|eastern"
        r"|western|north|south|east|west|rural|central) )?(?:" + COUNTRIES + r")\b",
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
        r"(?:are|is) all (?:polish|mexican|filipino|vietnamese|korean|chinese|indian|russian|ukr"
        r"ainian|irish|italian|haitian|somali|nigerian|guatemalan|salvadoran|dominican|puerto ri"
        r"can|cuban|japanese|hmong|punjabi|arab|hispanic|latino|asian)\b",
        r"typical (?:islanders?|latin|latino|latina|desi)\b|latin (?:temperament|temper|blood|fi"
        r"re|passion|lover)\b",
        r"(?:hard[- ]?worker|hard[- ]working|deferential|docile|quiet|loud|pushy) types\b",
    ),
    check=_origin_not_org,
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
        "He's from the same region of Nigeria as our lead, so should fit.",
        "Very polite, typical of Africans.",
        "English is broken.",
        "Typical islander, never in a hurry.",
        "Very Latin temperament, lots of drama.",
        "From the Philippines, hard worker types.",
    ),
    good=(
        "She's from Brazil's largest bank, where she ran payments.",
        "He is from India operations, on a six-month secondment.",
        "She's from Google's ads team, 6 years.",
        "Came over from the data team to lead analytics.",
        "The product name sounds generic; she proposed three alternatives.",
    ),
)


_ORG_CULTURE = rx.compile(
    r"\b(?:company|companies|org|organi[sz]ations?|team|teams|department|workplace|startup"
    r"|firm|employer|office|agency|group|leadership|management|codebase|engineering)\b"
)


_FIT_WORDS = rx.compile(
    r"\b(?:fit|fits|fitting|gel|mesh|click|crew|get along|belong|relate|blend|mix|clash"
    r"|comfortable|vibe|one of us|our people|like us)\b"
)


def _people_culture(hit: Hit) -> bool:
    """Drop remarks about an organisation's culture ("the problem at her last company was
    cultural") and hiring-process statements; keep culture used to explain a person."""
    m = hit.matched
    if m.startswith(("different", "foreign", "other")):
        # "different background" is national-origin talk only as a barrier to fitting in.
        return hit.in_sentence(_FIT_WORDS) and not rx.search(
            r"\bbackgrounds? (?:in|as|at|with|of)\b|^\s*[(:]|\b(?:criteri\w+|competenc\w+"
            r"|rubric|requirements?|skills?|experience|degree|industry|sector|stack|career)\b",
            hit.sentence if not rx.match(r"^\s*[(:]", hit.after(3)) else "(",
        )
    if "cultural" in m and rx.search(r"\bcultural(?:ly)?$", m):
        return not hit.in_sentence(_ORG_CULTURE)
    if rx.match(
        r"cultural (?:differences?|gaps?|divides?|mismatch|clash|hurdles?|obstacles?"
        r"|adjustments?|adaptation|distance|barriers?)",
        m,
    ):
        # A barrier put on one person ("cultural differences might make it hard for
        # him"), not the candidate's work across cultures.
        if rx.search(
            r"\b(?:navigat\w*|bridg\w*|manag\w*|handl\w*|across|mediat\w*|aware\w*"
            r"|sensitiv\w*|understand\w*|respect\w*|train\w*|workshops?|research\w*"
            r"|stud\w*|course|module|bridging|thesis|dissertation|paper|looked at|examin\w*"
            r"|analy[sz]\w*|explor\w*|survey\w*)\b",
            hit.before(50),
        ) or rx.match(
            r"^\s*(?:between|across|among|in (?:consumer|customer|user|market))\b", hit.after(30)
        ):
            return False
        return (
            rx.search(
                r"\b(?:he|she|him|her|they|them|his|their|you|your|cand|candidate|applicant"
                r"|he'd|she'd|he'll|she'll)\b",
                hit.sentence,
            )
            is not None
        )
    # "people from there (Stripe)": a company named in brackets.
    return not rx.match(r"^\s*\(", hit.after(3))


RACE_009 = Rule(
    id="CND-RACE-009",
    category="race_ethnicity_national_origin",
    severity="error",
    title="Behaviour explained by culture, origin or neighbourhood",
    terms=(
        r"(?:probably|likely|must be|maybe|perhaps|prob|just|it's|that's|thats|its|seems|a"
        r"|could be|might be) cultural(?:ly)?\b(?! (?:fit|change|transformation|shift"
        r"|programm?e?s?|initiatives?|events?|sector|institutions?|organi[sz]ations?|content"
        r"|studies|heritage|centres?|centers?|venues?|exchange|awareness|competence|values"
        r"|add|alignment|ambassador|survey|assessment))",
        r"cultural (?:differences?|gaps?|divides?|mismatch(?:es)?|clash(?:es)?|hurdles?"
        r"|obstacles?|adjustments?|adaptation|distance)\b",
        r"cultural(?:ly)? (?:thing|trait|norms?|reasons?|reticence|reserve|deference|upbringing"
        r"|barriers?|baggage|habits?|tendenc(?:y|ies)|conditioning|expectations|background)"
        r"|culturally (?:different|reserved|deferential|conditioned|not (?:used|comfortable"
        r"|inclined)|foreign|alien|closed|passive)",
        r"(?:people|folks|guys|women|men|candidates|applicants|workers|engineers|devs) from (?:there|over there|that (?:part|region|area|country|culture|side"
        r"|background|community)|those (?:parts|countries|regions|places|cultures|backgrounds"
        r"|communities)|(?:his|her|their|your) (?:country|part of the world|region|culture"
        r"|background|community|neck of the woods))\b(?: \w+){0,3}",
        r"where (?:he's|she's|they're|he is|she is|they are|he was|she was|they were|he comes"
        r"|she comes|they come) from,? (?:people|they|everyone|you|that's|it's|women|men"
        r"|folks|nobody|no one)",
        r"(?:from|in|lives in|grew up in|raised in|comes from) (?:that|those) (?:part of town"
        r"|side of town|part of the city|neighbou?rhoods?|postcode|zip ?code|area of town)"
        r"|wrong side of the tracks|(?:from|in|lives in|grew up in|raised in|comes from) (?:the|a)"
        r" (?:hood|ghetto|barrio|inner city|inner-city|rough (?:area|neighbou?rhood|part of"
        r" town|estate)|council estate|housing projects?|projects\b(?! (?:he|she|they|we|i|at"
        r"|for|on|in|of|that|which|the)))",
        r"(?:articulate|well[- ]spoken|eloquent|intelligent|educated|polished|bright|smart"
        r"|professional|sharp|driven|hard[- ]working|put[- ]together|clean[- ]cut) for (?:someone"
        r"|somebody|a|an|one|a person|people|(?:a|an) \w+ (?:guy|girl|man|woman|kid|person))"
        r" (?:from|like)\b",
        r"(?:shaped|formed|influenced|coloured|colored|informed|rooted|driven) by (?:your|his|her"
        r"|their) (?:cultural |ethnic |national |linguistic |personal )?(?:background|upbringing"
        r"|culture|heritage|origins?|roots|nationality|country)",
        r"(?:given|because of|due to) (?:your|his|her|their) (?:cultural|ethnic|national"
        r"|linguistic|immigrant|foreign) (?:background|upbringing|origins?|roots)",
        r"from the same (?:village|town|city|region|part|area|province|state|tribe|caste|community"
        r"|island|country)\b[^.;!?\n]{0,30}?\bas (?:our|the|half|his|her|their|most|many|some"
        r"|several|a lot|two|three|\w+'s)\b",
        r"(?:bit|kinda|kind of|very|so|too|a little|pretty|real) ghetto",
        r"(?:his|her|their|what|which|upper|lower|high|low|dalit) caste|caste (?:system|background"
        r"|status|name|surname|origin)|caste-?based",
        r"(?:different|foreign|other) (?:background|culture|cultural background|ethnic background"
        r"|world|ethnicity)s?",
        r"(?:same|similar) (?:part of (?:the world|" + COUNTRIES + r")|country|culture|ethnicity"
        r"|community|roots|heritage|nationality|hometown|home country) (?:as|like)\b",
        r"(?:little saigon|chinatown|little italy|koreatown|little havana|little india|little ha"
        r"iti)",
    ),
    check=_people_culture,
    exemptions=frozenset({"professional", "requirement"}),
    message="Explains or judges the candidate through culture, origin or neighbourhood.",
    rationale=_HOOK
    + " Attributing behaviour to a culture or to where someone comes from is a national-origin "
    "or race stereotype, and neighbourhood is a recognised proxy for race.",
    suggestion=(
        "Delete the attribution. Record the behaviour observed against the rubric: 'Did not "
        "challenge the flawed design in the review exercise when prompted (collaboration "
        "level 2).'"
    ),
    bad=(
        "Quiet in the panel, probably a cultural thing.",
        "Folks from that part of the world don't challenge managers.",
        "Where she's from, people don't negotiate.",
        "Surprisingly well-spoken for someone from the inner city.",
        "Grew up in that neighbourhood, so we should double-check references.",
        "Your presentation style, influenced by your upbringing, may not suit our clients.",
        "From the same part of the world as our Lagos office, so he'll fit right in.",
        "Comes from a different culture, might not gel with the crew.",
        "From the same town in Kerala as two of our leads, so an easy fit.",
        "Asked about his caste background in the first call.",
        "The cultural gap may make it hard for her to manage a British team.",
        "Worried cultural differences will hold him back with clients.",
        "Grew up on the wrong side of the tracks, so check references twice.",
        "You'd be more comfortable on a team with people from your background.",
    ),
    good=(
        "Led the cultural change programme after the merger.",
        "The problem at her last company was cultural, she said; she fixed the review process.",
        "Managed cultural differences across teams in Pune and Austin; gave two examples.",
        "Navigated cultural differences between the Tokyo and Berlin offices on the merger.",
        "Her thesis looked at cultural differences in consumer credit use.",
        "Grew up in that neighbourhood tool at Acme? No: she built the postcode lookup service.",
        "Her projects at the bank were well scoped.",
        "Different background (economics), but a strong fit with the analytics criteria.",
        "Brings a different background in finance; fits the risk competency well.",
    ),
)


_THING_NAME = rx.compile(
    r"\b(?:service|product|project|variable|function|brand|company|app|file|field|table|class"
    r"|method|team|feature|domain|repo|api|model|column|package|module|endpoint|job|role|title"
    r"|course|degree|tool|metric|process|report|document|doc|codename|code)[- ]names?\b"
)


_NAME_PROBLEM = rx.compile(
    r"\b(?:clients?|customers?|callers?|struggle\w*|trip\w*|hard|difficult|tricky|mouthful"
    r"|nobody|no one|can't|cannot|twice|again|three times|weird|foreign|shorter|easier)\b"
)


def _name_context(hit: Hit) -> bool:
    """A "mouthful" or "go by something shorter" counts only about a person's name."""
    m = hit.matched
    if rx.match(r"(?:can't|cannot|couldn't|could not|can not|unable|never|no way)", m):
        # "couldn't pronounce it": a name only when the sentence is about one.
        return (
            hit.in_sentence(rx.compile(r"\b(?:names?|name's|surname)\b"))
            and _THING_NAME.search(hit.sentence) is None
        )
    if rx.match(r"(?:spell|say|repeat|pronounce) ", m):
        # Asking to spell a name is neutral unless the name is treated as a problem.
        return hit.in_sentence(_NAME_PROBLEM)
    if rx.match(r"(?:first |last |sur)?name", m):
        return _THING_NAME.search(hit.low[max(0, hit.start - 40) : hit.end]) is None
    if m.startswith(("go ", "goes", "going", "went")) or "mouthful" in m or "twister" in m:
        ctx = hit.low[max(0, hit.start - 120) : hit.end + 120]
        return (
            rx.search(r"\b(?:names?|name's|surname)\b", ctx) is not None
            and _THING_NAME.search(ctx) is None
        )
    return True


RACE_010 = Rule(
    id="CND-RACE-010",
    category="race_ethnicity_national_origin",
    severity="error",
    title="Candidate's name treated as a problem",
    terms=(
        r"(?:real |bit of a |such a |a )?mouthful|tongue[- ]twister",
        r"(?:go|goes|going|went) by (?:something (?:shorter|easier|simpler|else|more \w+)|a"
        r" (?:nickname|shorter name|different name)|an? (?:english|american|western|easier"
        r"|shorter|simpler|normal|anglici[sz]ed|americani[sz]ed) (?:name|nickname|version|one))",
        r"(?:an?|his|her|their) (?:english|american|western|anglici[sz]ed|americani[sz]ed"
        r"|easier|simpler|normal|pronounceable|proper) (?:first )?(?:name|nickname)",
        r"(?:first |last |sur)?name(?:'s| is| was| may be| might be| could be| would be| will be)"
        r" (?:a bit |quite |really |very |so |kind of"
        r" |kinda )?(?:tricky|hard|difficult|long|complicated|unusual|weird|odd|strange|funny"
        r"|unpronounceable|impossible|a nightmare|a tongue-twister|a challenge|awkward|a lot)\b"
        r"|(?:spell|say|repeat|pronounce) (?:his"
        r"|her|their) (?:first |last |sur)?name",
        r"angli[cs]i[sz](?:e|ed|ing) (?:his|her|their|the) name|americani[sz](?:e|ed|ing) (?:his"
        r"|her|their|the) name|(?:shorten|simplify|change|westerni[sz]e) (?:his|her|their) (?:first"
        r" )?name",
        r"(?:can't|cannot|couldn't|won't be able to|unable to|struggle to|struggled to|nobody can"
        r"|no one can|clients can't|customers can't) (?:say|spell|remember|pronounce|get)"
        r" (?:his|her|their) (?:first |last |sur)?name",
        r"names? (?:nobody|no one|noone|none of us|we|i|you|people|clients|customers|callers)"
        r" (?:can|could|can't|couldn't|will|would|won't|wouldn't|ever)(?: ever| even| possibly"
        r"| really)? (?:say|pronounce|spell|remember|get right|get)\b",
        # "Goes by Mike but his real name is something long I couldn't pronounce".
        r"(?:real|actual|given|birth|original|proper|full|legal) (?:first |last |sur)?name(?:'s"
        r"| is| was) (?:something|some|like|really|super|very|way|too|so|kind of|kinda|hard"
        r"|long|unpronounceable|impossible|tricky|difficult|unusual|complicated)\b",
        r"(?:can't|cannot|couldn't|could not|can not|unable to|never could|no way I could)"
        r" (?:even |really |quite )?(?:pronounce|say) (?:it|that|them)?(?=\s*(?:[,.;:!?)]|$"
        r"|\s(?:and|but|so|though|tho|at all|properly|right|either)\b))",
    ),
    check=_name_context,
    exemptions=frozenset({"professional"}),
    message="Treats the candidate's name as a problem or asks them to change it.",
    rationale=_HOOK
    + " Treating a name as foreign or hard to say is national-origin evidence (EEOC "
    "national-origin guidance).",
    suggestion=(
        "Delete it. Use the name the candidate gave; ask every candidate, in the same words, "
        "how they would like to be addressed."
    ),
    bad=(
        "Her surname is a bit of a mouthful for the phones.",
        "Could she go by an English name with clients?",
        "Nobody can pronounce his name; maybe he'd go by something easier.",
        "Asked if he'd shorten his name for the email signature.",
        "Surname's tricky, might confuse callers.",
        "Had to ask him to repeat his name three times; clients would struggle.",
        "Goes by Dan, his real name is something really long that I couldn't say.",
        "Your name may be hard for some of our customers, so maybe use a work name.",
        "Has one of those names nobody can say, might be awkward on the phones.",
        "Her surname? No idea, couldn't pronounce it, so I wrote her first name only.",
    ),
    good=(
        "The service name is a mouthful; she proposed a clearer one.",
        "Goes by Sam, per the application form.",
        "The table name is long; she suggested a shorter alias.",
        "Asked her to spell her name for the visitor badge.",
        "Renamed the variables to something shorter and clearer.",
        "The legal name on the passport matches the offer letter, HR confirmed.",
        "Couldn't pronounce the drug names in the pharmacology quiz, but got the doses right.",
        "Picked variable names nobody could say out loud; she renamed them in review.",
    ),
)

RACE_011 = Rule(
    id="CND-RACE-011",
    category="race_ethnicity_national_origin",
    severity="error",
    title="Sounding like a nationality wanted or judged",
    terms=(
        r"(?:sounds?|sounded|sounding|sound) (?:more |less |very |quite |too |properly |typically"
        r" |fully |authentically |enough |like an? |like a native |native |natively )?(?:"
        + DEMONYMS
        + r"|local|native|foreign|from here|from around here|like (?:he's|she's|they're|a) (?:from"
        r" here|local|native))\b(?=\s*(?:[^\w\s-]|$)|\s+(?:on|enough|for|at|in|and|or|but"
        r"|with|when|though|tho|which|so|imo|over|who|because|than|like|as)\b)",
        r"(?:american|british|english|native|local|foreign|western|midwestern|mid-western"
        r"|non-?regional)[- ]sounding(?: (?:voice|speaker|name|person|candidate|agent|rep))?",
        r"(?:neutral|standard|american|british|english|local|native|western|midwestern"
        r"|non-?regional|proper) (?:voice|way of speaking|diction)",
        r"but (?:he|she|they) (?:seemed|sounded|seems|sounds) (?:pretty |totally |perfectly |ver"
        r"y )?normal",
        r"(?:arab|arabic|muslim|indian|asian|hispanic|latino|black|african|jewish|chinese|foreig"
        r"n|ethnic)(?:-sounding| sounding)? (?:name|last name|surname|first name)",
        r"(?:his|her|their) family(?:'s| is) (?:afghan|african|albanian|algerian|american|arab|a"
        r"rabic|argentine|argentinian|armenian|asian|australian|austrian|bangladeshi|belarusian|"
        r"belgian|bolivian|bosnian|brazilian|british|bulgarian|burmese|cambodian|cameroonian|can"
        r"adian|caribbean|chilean|chinese|colombian|congolese|croatian|cuban|czech|danish|domini"
        r"can|dutch|ecuadorian|egyptian|emirati|english|eritrean|ethiopian|european|filipino|fil"
        r"ipina|finnish|french|georgian|german|ghanaian|greek|guatemalan|haitian|honduran|hungar"
        r"ian|icelandic|indian|indonesian|iranian|iraqi|irish|israeli|italian|ivorian|jamaican|j"
        r"apanese|jordanian|kazakh|kenyan|korean|kurdish|kuwaiti|lao|latvian|lebanese|libyan|lit"
        r"huanian|malaysian|mexican|moroccan|nepali|nigerian|norwegian|pakistani|palestinian|pan"
        r"amanian|persian|peruvian|polish|portuguese|puerto rican|romanian|russian|rwandan|salva"
        r"doran|saudi|scottish|senegalese|serbian|singaporean|slovak|somali|south african|spanis"
        r"h|sri lankan|sudanese|swedish|swiss|syrian|taiwanese|thai|tibetan|turkish|ugandan|ukra"
        r"inian|uzbek|venezuelan|vietnamese|welsh|yemeni|zambian|zimbabwean|slavic|hispanic|lati"
        r"no|latina|latinx|latine|caucasian|middle eastern|roma|gypsy|jewish|romani|pacific isla"
        r"nder|native american|indigenous|aboriginal|white|black|brown|mixed[- ]race|biracial|mu"
        r"ltiracial|punjabi|gujarati|tamil|telugu|hmong|pashtun|samoan|tongan|fijian|igbo|yoruba"
        r"|navajo|cherokee|lakota|ojibwe|inuit|maori|chicano|chicana|boricua)\b",
        r"ghetto\b|(?:extended )?family ties (?:abroad|overseas|back home)|(?:family|relatives) "
        r"(?:abroad|overseas|back home)",
        r"(?:those|these|typical) (?:\w+ )?(?:afghan|african|albanian|algerian|american|arab|ara"
        r"bic|argentine|argentinian|armenian|asian|australian|austrian|bangladeshi|belarusian|be"
        r"lgian|bolivian|bosnian|brazilian|british|bulgarian|burmese|cambodian|cameroonian|canad"
        r"ian|caribbean|chilean|chinese|colombian|congolese|croatian|cuban|czech|danish|dominica"
        r"n|dutch|ecuadorian|egyptian|emirati|english|eritrean|ethiopian|european|filipino|filip"
        r"ina|finnish|french|georgian|german|ghanaian|greek|guatemalan|haitian|honduran|hungaria"
        r"n|icelandic|indian|indonesian|iranian|iraqi|irish|israeli|italian|ivorian|jamaican|jap"
        r"anese|jordanian|kazakh|kenyan|korean|kurdish|kuwaiti|lao|latvian|lebanese|libyan|lithu"
        r"anian|malaysian|mexican|moroccan|nepali|nigerian|norwegian|pakistani|palestinian|panam"
        r"anian|persian|peruvian|polish|portuguese|puerto rican|romanian|russian|rwandan|salvado"
        r"ran|saudi|scottish|senegalese|serbian|singaporean|slovak|somali|south african|spanish|"
        r"sri lankan|sudanese|swedish|swiss|syrian|taiwanese|thai|tibetan|turkish|ugandan|ukrain"
        r"ian|uzbek|venezuelan|vietnamese|welsh|yemeni|zambian|zimbabwean|slavic|hispanic|latino"
        r"|latina|latinx|latine|caucasian|middle eastern|roma|gypsy|jewish|romani|pacific island"
        r"er|native american|indigenous|aboriginal|white|black|brown|mixed[- ]race|biracial|mult"
        r"iracial|punjabi|gujarati|tamil|telugu|hmong|pashtun|samoan|tongan|fijian|igbo|yoruba|n"
        r"avajo|cherokee|lakota|ojibwe|inuit|maori|chicano|chicana|boricua)s\b",
        r"enrolled (?:navajo|cherokee|lakota|ojibwe|apache|hopi|choctaw|tribal member|member of)"
        r"|(?:he's|she's|they're) native(?: american)?(?=\s*(?:so|,|and|\.|$))",
        r"spoke (?:spanish|arabic|tagalog|vietnamese|mandarin|chinese|korean|russian|portuguese|"
        r"creole|somali|hindi|punjabi|urdu|polish) (?:to|with) (?:the other|another)",
    ),
    exemptions=frozenset({"professional", "requirement"}),
    message="Wants or judges a candidate for sounding like a nationality or a local.",
    rationale=_HOOK
    + " Customer preference for a native-sounding voice is no defence; an accent counts only "
    "if it materially interferes with the job.",
    suggestion=(
        "Record the communication task and its outcome: 'Resolved the billing call in 4 "
        "minutes; customer confirmed understanding; communication level 3.'"
    ),
    bad=(
        "We want someone who sounds more British on the helpline.",
        "Doesn't sound American enough for the sales floor.",
        "Prefer a native-sounding voice for the IVR recordings.",
        "Needs a neutral voice for our US callers.",
    ),
    good=(
        "The plan sounds good; she sized it with real data.",
        "Her pitch sounded confident and hit all three value points.",
        "The role requires clear spoken English on customer calls, as stated in the posting.",
        "The bug sounds like a local cache problem; she reproduced it quickly.",
        "Her plan sounds native to Kubernetes; she demoed the operator.",
    ),
)

_PLACES = "|".join(p for p in COUNTRIES.split("|") if not p.startswith(("the ", "a ", "another ")))
_FROM_BEFORE = rx.compile(
    r"\b(?:he|she|they|cand|candidate|applicant|interviewee|family|parents|folks|mother|father"
    r"|mum|mom|dad|grandparents)(?:'s|'re|\s+(?:is|are|was|were|comes?|came|hails?|must be"
    r"|might be|could be|may be|is probably|probably is|is likely|seems to be|looks to be"
    r"|sounds like (?:he's|she's|they're|he is|she is|they are)))\s+(?:originally\s+|probably"
    r"\s+|likely\s+|maybe\s+|definitely\s+|really\s+|actually\s+|all\s+|both\s+)?from\s+"
    r"(?:(?:somewhere|north|south|east|west|northern|southern|eastern|western|rural|central)"
    r"\s+(?:in\s+|of\s+)?)?(?:[\w ]{2,25}\s+(?:or|and|/)\s+)?$"
    r"|\b(?:probably|likely|maybe|possibly|presumably|originally|guessing|guess|bet|reckon"
    r"|assume|suspect)\s+(?:originally\s+)?from\s+(?:[\w ]{2,25}\s+(?:or|and|/)\s+)?$"
    # A person tagged by country as a memory aid: "the guy from Ghana".
    r"|\b(?:the|that|this|a)\s+(?:\w+\s+)?(?:guy|lady|woman|man|girl|boy|gentleman|chap|bloke"
    r"|dude|fella|gal|lad|lass|one|candidate|applicant|cand|interviewee|person|kid)\s+from"
    r"\s+(?:the\s+)?$"
)


def _origin_guess(hit: Hit) -> bool:
    """A person said or guessed to come from a country, not a team or office there."""
    if not _origin_not_org(hit):
        return False
    return _FROM_BEFORE.search(hit.before(80)) is not None


_FIT_DOUBT = rx.compile(
    r"\b(?:fit|gel|mesh|click|wonder\w*|worr\w*|concern\w*|not sure|unsure|culture|comfortable"
    r"|rough|question\w*|polish\w*|standard|prestig\w*|rigou?r\w*|calibre|caliber|level|doubt\w*"
    r"|risk\w*|lower|weaker|less)\b"
)


def _school_doubt(hit: Hit) -> bool:
    """An HBCU or tribal college named together with a doubt about the candidate."""
    ctx = hit.low[max(0, hit.start - 120) : hit.end + 120]
    return _FIT_DOUBT.search(ctx) is not None and not employer_statement(hit)


RACE_013 = Rule(
    id="CND-RACE-013",
    category="race_ethnicity_national_origin",
    severity="error",
    title="Historically Black or tribal college treated as a doubt",
    terms=(
        r"historically black (?:colleges?|universit(?:y|ies)|institutions?|schools?)|hbcus?"
        r"|tribal (?:colleges?|universit(?:y|ies))",
    ),
    check=_school_doubt,
    message="Treats a historically Black or tribal college as a reason for doubt.",
    rationale=_HOOK + " An HBCU or tribal college is a direct proxy for race; doubting a "
    "candidate because of it is race-based.",
    suggestion=(
        "Delete the remark. Judge the degree and the skills against the stated requirement, "
        "the same way for every school."
    ),
    bad=(
        "Went to a historically Black college; wondered about fit.",
        "HBCU grad, not sure the programme is rigorous enough.",
        "Tribal college degree, might be a weaker level than we need.",
    ),
    good=(
        "Ran campus recruiting at five HBCUs for the bank.",
        "BSc from an HBCU in computer science; strong on algorithms.",
    ),
)


_GROUP_BEFORE = rx.compile(
    r"(?:\b(?:candidates?|applicants?|people|hires?|workers?|staff|engineers?|graduates?"
    r"|folks|guys|anyone|someone|those|men|women|employees|contractors?)\s+(?:\w+\s+)?from"
    r"\s+)?\b(?:certain|some|particular|specific|those|third[- ]world|developing|poorer|poor"
    r"|other|foreign|non-?western|non-?eu|non-?european)\s+$"
)
_GROUP_BUSINESS = rx.compile(
    r"\b(?:markets?|sales|shipping|exports?|imports?|customers?|clients?|offices?|vendors?"
    r"|suppliers?|sanctions?|tax\w*|compliance|regulations?|launch\w*|roll-?out|expansion"
    r"|currenc\w*|payments?|data|users?|traffic|servers?|regions)\b"
)


def _group_origin(hit: Hit) -> bool:
    """People judged by coming from "certain countries" or "some nationalities"."""
    if employer_statement(hit):
        return False
    before = hit.before(60)
    m = _GROUP_BEFORE.search(before)
    if m is None:
        return False
    if hit.matched.startswith("countr") and "from" not in m.group():
        return False  # "certain countries" alone: a market, unless people come from them
    if not hit.matched.startswith("countr"):
        return True
    return not hit.in_sentence(_GROUP_BUSINESS)


RACE_014 = Rule(
    id="CND-RACE-014",
    category="race_ethnicity_national_origin",
    severity="error",
    title="People from some countries or nationalities treated as a group",
    terms=(r"countries|nationalities|ethnicities|ethnic groups",),
    check=_group_origin,
    message="Treats people from certain countries or nationalities as a group.",
    rationale=_HOOK + " A rule of thumb about people from some countries is national-origin "
    "discrimination, however it is worded.",
    suggestion=(
        "Delete it. Apply the same process and the same timeline to every hire; work "
        "authorisation is checked the same way for everyone."
    ),
    bad=(
        "Candidates from certain countries take longer to onboard, so we'll pass.",
        "Certain nationalities don't do well in our client-facing roles.",
        "Hires from developing countries tend to need more supervision.",
    ),
    good=(
        "Launched the product in certain countries first, then the EU.",
        "Sanctions screening blocks payments to certain countries.",
        "Led teams spanning twelve nationalities across three offices.",
    ),
)


RACE_012 = Rule(
    id="CND-RACE-012",
    category="race_ethnicity_national_origin",
    severity="error",
    title="Candidate's country of origin stated or guessed",
    terms=(r"(?:" + _PLACES + r")\b",),
    check=_origin_guess,
    message="States or guesses which country the candidate or their family comes from.",
    rationale=_HOOK + " A guess about origin is national-origin evidence whether or not it is "
    "right, and it often leads to extra document checks for one person.",
    suggestion=(
        "Delete it. Verify work authorisation only through the standard process, the same "
        "for every hire, after an offer."
    ),
    bad=(
        "Probably from Mexico originally, judging by the surname.",
        "From the way he writes, I think he is from Pakistan or India.",
        "She's probably from somewhere in Eastern Europe? Worth checking her visa.",
        "Guessing his family is from Nigeria, judging by the name.",
        "Sounds like he's from Brazil; we should see his work permit.",
    ),
    good=(
        "She's from Brazil's largest bank, where she led payments.",
        "She's from the Mexico City office of our client, not a candidate.",
        "He is from India team rotation, joining the Bangalore hub on loan.",
        "Led the launch in Kenya for two years.",
        "Shipped to customers in Japan and Korea from the Dublin warehouse.",
    ),
)

# Someone's speech or writing reported: a quotation mark next to the phrase, or a verb
# of saying or writing before it.
_SPEECH_CUE = rx.compile(
    r"(?:['\"\u2018\u2019\u201c\u201d]\s*$|\b(?:say\w*|said|writes|wrote|written|writing"
    r"|uses?|used|using|kept|keeps|phrases? like|expressions? like|things like|stuff like"
    r"|signs? off|signed off|ends? (?:his|her|their|every|each|all) \w+ with|full of"
    r"|lots of|a lot of|habit of|talks?|talked|speaks?|spoke|sounds?|sounded|emails?"
    r"|messages?|like)\b[^.;!?\n]{0,25}$)"
)
_DIALECT_JUDGE = rx.compile(
    r"\b(?:clients?|customers?|callers?|get used|used to|odd|weird|funny|strange|annoying"
    r"|grates?|grating|unprofessional|cringe\w*|jarring|off-?putting|confus\w*|not sure"
    r"|worr\w*|concern\w*|problem|issue|polish\w*|proper|correct|fix|train (?:it|that) out"
    r"|lose|drop|stop|professional|put (?:\w+ )?off|lands?|landed|board|partners|boardroom"
    r"|front desk|front of house|reception|phones?)\b"
)


def _dialect(hit: Hit) -> bool:
    """An origin-coded phrase or dialect attributed to the candidate, not a work topic."""
    if employer_statement(hit):
        return False
    m = hit.matched
    if rx.match(r"(?:needful|kindly|revert|prepon|innit|bruv|blud|wagwan|mandem|finna|aks)", m):
        # "Please do the needful" written by the note's author is not about anyone.
        return _SPEECH_CUE.search(hit.before(50)) is not None
    if rx.search(
        r"(?:sql|query|database|db|postgres\w*|mysql|t-sql|plsql|pl/sql|markdown"
        r"|regex|yaml|lisp|compiler|language model|llm|nlp|corpus|asr|model)\s*$",
        hit.before(25),
    ):
        return False  # "SQL dialect", "a Hinglish NLP corpus"
    if hit.professional():
        return False  # "researched regional dialects", "built the slang filter"
    if rx.match(
        r"^[\s-]*(?:[\w]+[\s-]+)?(?:nlp|corpus|corpora|dataset|data|model|models"
        r"|detection|detector|filter|classifier|speech recognition"
        r"|asr|translation|localization|localisation|subtitles?|dictionary|lexicon"
        r"|parser|tokeni[sz]er|support|keyboard|content)\b",
        hit.after(30),
    ):
        return False
    if rx.match(r"(?:dialect|vernacular|slang|regional)", m):
        # Someone's dialect ("his dialect", "a heavy regional dialect"), not slang as a topic.
        return (
            rx.search(
                r"\b(?:his|her|their|cand'?s|candidate'?s|heavy|thick|strong|broad|obvious"
                r"|noticeable|regional|local|ethnic|foreign|street|urban|rural|village|home)"
                r"\s+(?:[\w-]+\s+)?$",
                hit.before(30),
            )
            is not None
        )
    return hit.in_sentence(_DIALECT_JUDGE) or hit.personal()


RACE_015 = Rule(
    id="CND-RACE-015",
    category="race_ethnicity_national_origin",
    severity="error",
    title="Dialect or origin-coded phrasing judged",
    terms=(
        r"needful|kindly (?:revert|do the needful|adjust|intimate)"
        r"|revert back|prepon(?:e|ed|es|ing|ement)|innit|bruv|blud|wagwan|mandem|finna"
        r"|aks(?:ed|ing)?\b",
        r"ebonics|aave|african[- ]american (?:vernacular )?english|singlish|hinglish|spanglish"
        r"|taglish|pidgin(?: english)?|patois|(?:jamaican|caribbean|nigerian|indian|singapore"
        r"|singaporean|filipino|ghetto|street|hood|urban|southern|hillbilly|redneck|cockney"
        r"|scouse|geordie|brummie|glaswegian|chav|rural|village) (?:english|slang|dialect|grammar"
        r"|talk|speak|phrasing|expressions|idioms|turns? of phrase|way of (?:talking|speaking)"
        r"|manner of speaking|style of speaking|voice|speech)",
        r"(?:grammar|english|phrasing|syntax|spelling|writing|wording|sentence structure)(?:'s|"
        r" is| was| are| were)? (?:very |quite |so |a bit |really |kind of |kinda |pretty "
        r"|typically |distinctly |obviously |clearly )?(?:" + DEMONYMS + r")\b",
        # Started at the noun, so the scan does not stop at every "strong" or "his".
        r"(?:dialect|vernacular|slang|regional (?:phrasing|expressions|idioms|words|grammar))\b",
    ),
    check=_dialect,
    exemptions=frozenset({"requirement"}),
    message="Judges the candidate's dialect or origin-coded phrasing.",
    rationale=_HOOK + " A dialect or a regional or ethnic way of phrasing things is a "
    "national-origin or race trait in the same way as an accent; it counts only if it "
    "materially interferes with a stated job duty.",
    suggestion=(
        "Record the communication task and its outcome against the stated requirement: "
        "'Status e-mail in the exercise was clear; the client summary answered all three "
        "questions.'"
    ),
    bad=(
        "Wrote 'please do the needful' twice in the take-home e-mail; clients may find it odd.",
        "Keeps saying 'revert back' and 'prepone', which will confuse the US team.",
        "Her Singlish came out when she relaxed, not sure about the client calls.",
        "Heavy dialect, the customers might struggle with him.",
        "His slang is a bit street for the boardroom.",
        "Says 'innit' at the end of every answer, not sure the partners will wear it.",
        "Very street way of talking, the board would struggle with that.",
        "Fluent, but his grammar is very Indian, lots of 'itself' and 'only'.",
    ),
    good=(
        "Please do the needful and book the panel room for Thursday.",
        "Wrote the SQL dialect translation layer between Oracle and Postgres.",
        "Built a Hinglish NLP corpus for the chatbot's intent model.",
        "Reverted the bad migration within ten minutes of the alert.",
        "Strong slang-detection model for the moderation team; precision 0.94.",
        "Rural voice assistant project: she built the speech pipeline for farm co-ops.",
        "Wrote the Spanish spelling checker for the keyboard app; precision 0.97.",
    ),
)


_CODE_WORDS = (
    r"local|locals|urban|ethnic|exotic|foreign|native|traditional|western|english|british"
    r"|american|european|homegrown|home-grown|mainstream|all-american|true(?:-| )blue|white"
    r"|regular|normal|our kind|our sort|our type|one of us|like us|from here|from round here"
    r"|from around here|right background|right sort|right type|right kind|cultural fit"
    r"|clean(?:-| )cut|well(?:-| )spoken|articulate|polished|proper english|our people|good stock"
    r"|neighbourhood|neighborhood|community"
)
_QUOTE = "['\"\u2018\u2019\u201c\u201d]"
_WINK = rx.compile(
    r"(?:get|catch|know|see) (?:my|the) drift|know what i mean|(?:you )?know what i'?m saying"
    r"|wink[- ]wink|nudge[- ]nudge|if you follow me|read between the lines"
    r"|(?:you )?get the picture|say no more|enough said|nuff said|iykyk|if you know,? you know"
    r"|(?:if )?(?:you|u) get me(?=\s*(?:[,.;:!?)]|$))|know what i'?m getting at|if you see what i mean"
)
_ORIGIN_HINT = rx.compile(
    r"\b(?:local|locals|round here|around here|from here|our area|our community|english"
    r"|british|american|native|same background|same community|foreign|foreigners|white"
    r"|our kind|our sort|our type|one of us|like us|same culture|neighbou?rhood|postcode"
    r"|zip code|accent|names?|surnames?|background|backgrounds|culture|cultural|heritage"
    r"|complexion|colou?r|ethnic|urban|eastern europeans?|immigrants?|migrants?|polish|asians?"
    r"|africans?|indians?|mexicans?|latinos?|hispanics?|arabs?|muslims?)\b"
)
_PERSON_PREF = rx.compile(
    r"\b(?:wants?|wanted|prefer\w*|looking for|asked for|asks for|after|needs?|only|must be"
    r"|should be|ideally|lads|guys|boys|girls|people|folks|faces|hires?|candidates?|someone"
    r"|somebody|crowd|types?|staff|workers|crew|team|sort|kind|fit|clientele|clients?"
    r"|customers?|image|look|front|face|faces)\b"
)


def _code_word(hit: Hit) -> bool:
    """A word in scare quotes or with a wink used as a stand-in for origin or race."""
    if employer_statement(hit):
        return False
    if _WINK.search(hit.matched):
        # A wink counts when the sentence names a person preference and an origin hint.
        return hit.in_sentence(_ORIGIN_HINT) and hit.in_sentence(_PERSON_PREF)
    # A quoted word: only as a preference or a label for people, not a quoted term of work.
    if not rx.search(_QUOTE + r"\s*$", hit.before(2)):
        return False
    ctx = hit.low[max(hit.s_start, hit.start - 60) : min(hit.s_end, hit.end + 40)]
    if rx.search(
        r"\b(?:variable|field|column|label|tag|category|option|value|setting|flag"
        r"|branch|folder|file|key|mode|env|environment|server|build|repo|tab|button"
        r"|menu|filter|status|segment|copy|campaign|keyword|term|brand|style guide"
        r"|cuisine|menu item|dish|dishes|genre|font)\b",
        ctx,
    ):
        return False
    return _PERSON_PREF.search(ctx) is not None


RACE_016 = Rule(
    id="CND-RACE-016",
    category="race_ethnicity_national_origin",
    severity="error",
    title="Origin or race hinted at with a code word in quotes or a wink",
    terms=(
        r"(?:" + _CODE_WORDS + r")(?=" + _QUOTE + r")",
        _WINK.pattern,
    ),
    check=_code_word,
    exemptions=frozenset({"professional"}),
    message="Hints at origin or race with a code word in quotes or a knowing aside.",
    rationale=_HOOK + " A preference for 'local' or 'our kind of' people, in scare quotes "
    "or with a wink, is a stand-in for national origin or race; the coded form is itself "
    "evidence that the real criterion was unlawful.",
    suggestion=(
        "Delete it. State the job requirement that the client or the team actually has "
        "(shift pattern, licence, language stated in the posting) and apply it to everyone."
    ),
    bad=(
        "Client only wants 'local' staff on the front desk, if you know what I mean.",
        "Site manager prefers 'English' lads on the gang.",
        "We need someone more 'mainstream' for this client, wink wink.",
        "Looking for a 'traditional' type for the reception, the owner was clear.",
        "Client wants people from round here, if you catch my drift.",
        "Bit too urban for our clientele, if you get me.",
    ),
    good=(
        "Set the 'local' environment flag before running the migration.",
        "She explained the difference between 'native' and 'hybrid' apps clearly.",
        "Local candidates are reimbursed for parking; travel is booked for others.",
        "The client wants the report by Friday, if you know what I mean by tight.",
        "Her urban planning degree fits the transport team, if you get me the transcript.",
        "Tagged each ticket 'urban' or 'rural' in the delivery dashboard she built.",
    ),
)


_PEOPLE_IMAGE = rx.compile(
    r"\b(?:team|teams|department|dept|photo|photos|picture|pictures|pics?|headshots?|staff"
    r"|faculty|board|panel|crew|leadership|company|firm|workforce|hires|intake|cohort"
    r"|shortlist|slate|line-?up|group|office|floor|brochure|website|faces?|face of|room"
    r"|table|org chart|c-suite|bench|partnership|partners|class|senior team|management)\b"
)
_DESIGN = rx.compile(
    r"\b(?:palette|ui|ux|theme|design|designs|logo|brand|branding|css|dashboards?|slides?"
    r"|deck|colou?r scheme|mock-?ups?|fonts?|paint|painted|walls?|decor|d\u00e9cor|interface"
    r"|screens?|charts?|graphs?|carpets?|furniture|refit|fit-out|lighting|app|website design"
    r"|landing page|mood ?board|wireframes?|visuals|icons?|illustrations?|menu|food|dish"
    r"|sauce|cuisine|pipeline|codebase|code)\b"
)


def _team_colour(hit: Hit) -> bool:
    """The team's or a photo's racial look as a reason, not colours in design work."""
    if employer_statement(hit):
        return False
    m = hit.matched
    if rx.search(r"pale,? male", m):
        return True
    if m.startswith("face"):
        # "we need more faces like hers": her look wanted for the team or a page.
        return rx.search(
            r"\b(?:more|need|needs|want|wants|few|fewer|not many|short of|lacking)\s+(?:\w+\s+)?$",
            hit.before(25),
        ) is not None and not hit.in_sentence(_DESIGN)
    if rx.match(r"colou?r to", m):
        # "add some colour to the team": the verb comes before the match.
        return rx.search(
            r"\b(?:add|adds|adding|added|bring|brings|bringing|brought|inject|injects|injecting"
            r"|injected)\s+(?:(?:a|bit|splash|touch|dash|of|some|a little|little|more|much"
            r"|needed|welcome)\s+){0,4}$",
            hit.before(40),
        ) is not None and not hit.in_sentence(_DESIGN)
    if rx.search(r"\btoo\s+$", hit.before(8)) and rx.match(r"^\s+for\b", hit.after(6)):
        # "a bit too black for the Mayfair store": a person judged by colour.
        return _DESIGN.search(hit.low, max(0, hit.start - 150), hit.end + 150) is None
    if not rx.search(
        r"\b(?:less|more|too|very|so|bit|a bit|a little|pretty|quite|rather|fairly|super"
        r"|overly|painfully|extremely|all|very much|a lot less|a lot more|much less|much"
        r"|mostly|entirely|completely|so very|really)\s+$",
        hit.before(20),
    ):
        return False  # a degree word makes the colour a judgement of how people look
    around = (max(0, hit.start - 150), min(len(hit.low), hit.end + 150))
    return hit.in_sentence(_PEOPLE_IMAGE) and _DESIGN.search(hit.low, *around) is None


RACE_017 = Rule(
    id="CND-RACE-017",
    category="race_ethnicity_national_origin",
    severity="error",
    title="The team's racial look as a reason",
    terms=(
        r"pale,? male,? (?:and|&) stale",
        # Started at the colour word (the degree word before it is checked), so the scan
        # does not stop at every "more" or "very".
        r"(?:beige|pale|white|monochrome|monochromatic|vanilla|homogeneous|homogenous|snowy"
        r"|lily[- ]white|colou?rful|diverse[- ]looking|brown|black|ethnic)\b(?![- ](?:box"
        r"|boxes|label|labels|paper|papers|list|lists|hat|hats|space|board|boards|noise|belt"
        r"|friday|and|or|on|text|background|theme|mode|collar|collared))",
        r"faces? like (?:hers|his|theirs|her|him|them)\b",
        r"colou?r to (?:the|our|this|that) (?:team|department"
        r"|dept|photo|picture|office|board|faculty|staff|panel|crew|floor|shortlist|slate"
        r"|line-?up|leadership|group|brochure|website)",
    ),
    check=_team_colour,
    exemptions=frozenset({"professional"}),
    message="Treats how the team or a photo would look, by colour or race, as a reason.",
    rationale=_HOOK + " Valuing a candidate for making a team or a photo look less white, "
    "or more 'colourful', is using race, in either direction.",
    suggestion=(
        "Delete it. Evaluate every candidate against the same criteria; diversity goals are "
        "pursued through outreach and process, never through one candidate's race."
    ),
    bad=(
        "Would make our leadership page look a bit less white, which the board wants.",
        "The team is very beige, so she'd be a welcome change.",
        "He'd add some colour to the faculty photo.",
        "Honestly the panel is pale, male and stale; she'd help with that.",
        "Our sales floor is all white, a more colourful hire would look good.",
        "We need more faces like his on the careers site.",
        "Good candidate. A bit too black for the Mayfair store, honestly.",
    ),
    good=(
        "Made the dashboard less beige with a new colour palette the team liked.",
        "She would add colour to the team's slides with clearer charts.",
        "The office walls are very white; she suggested the new decor for the team room.",
        "Led a team that made the brand's packaging more colourful.",
        "Ran white-box tests for the team's payment service.",
        "The brochure photo looks a bit pale; she proposed a brighter palette.",
        "Friendly faces like hers at the help desk cut repeat calls, per her CSAT data.",
        "The logo was too white for the dark theme; she fixed the contrast.",
    ),
)


_STATUS_GUESS_BEFORE = rx.compile(
    r"\b(?:he's|she's|they're|he is|she is|they are|he was|she was|they were|cand is|candidate"
    r" is|applicant is|probably|prob|maybe|likely|must be|bet|betting|could be|might be|may be"
    r"|looks|seems|sounds|wonder if|guess|guessing|suspect|assume)\s+(?:\w+\s+)?(?:an?\s+)?$"
)


def _status_guess(hit: Hit) -> bool:
    """Immigration status guessed, or papers checked harder for one person."""
    if employer_statement(hit):
        return False
    m = hit.matched
    if m.startswith("illegal") and not m.startswith("illegally"):
        if m == "illegals":
            return True
        return (
            _STATUS_GUESS_BEFORE.search(hit.before(40)) is not None
            and rx.match(
                r"^(?:\s*(?:[^\w\s]|$)|\s+(?:and|so|but|or|here|immigrants?|aliens?|workers?)\b)",
                hit.after(15),
            )
            is not None
        )
    if m.startswith("overstay"):
        # A person's overstay, not overstay data or models as work.
        return (
            rx.search(
                r"\b(?:models?|risk|rates?|data|analytics|polic\w*|statistics|reports?|dashboards?"
                r"|compliance|cases|caseload|enforcement|rules?)\b",
                hit.sentence,
            )
            is None
        )
    return True


RACE_018 = Rule(
    id="CND-RACE-018",
    category="race_ethnicity_national_origin",
    severity="error",
    title="Immigration status guessed or papers checked harder for one person",
    terms=(
        r"illegals?|illegally (?:here|in the (?:country|us|uk|states))|here illegally",
        r"(?:check|checking|checked|verify|verifying|look at|looking at|double-check|double check"
        r"|scrutini[sz]e|go through)(?: \w+){0,2} (?:his|her|their|the candidate's|cand's)"
        r" (?:papers|documents|docs|visa|status|immigration status|work permit|passport|green card"
        r"|right to work(?: documents)?)(?: \w+)? (?:twice|again|extra carefully|carefully|closely"
        r"|very carefully|thoroughly|properly|extra)\b|papers (?:twice|extra carefully)"
        r"|(?:extra|additional|closer|more) (?:document|id|visa|papers?|immigration|status) checks?"
        r" (?:for|on) (?:him|her|them|this one|this candidate)",
        r"overstay(?:ed|ing|er|ers)?(?: (?:his|her|their|a) visa)?",
        r"(?:immigration|visa|work) (?:paperwork|papers|status) (?:seemed|looked|is|was|seems|lo"
        r"oks) (?:uncertain|unclear|iffy|sketchy|questionable|shaky)",
    ),
    check=_status_guess,
    exemptions=frozenset({"requirement"}),
    message="Guesses the candidate's immigration status or checks one person's papers harder.",
    rationale=_HOOK + " Guessing that someone is undocumented, or checking one person's "
    "documents more closely, is national-origin and citizenship discrimination; IRCA also "
    "forbids asking for more or different documents (document abuse).",
    suggestion=(
        "Delete it. Verify the right to work after the offer through the standard process, "
        "with the same documents asked of every hire."
    ),
    bad=(
        "They're probably illegal, check papers twice.",
        "Bet he's illegal, the references are all cash jobs.",
        "Check her visa extra carefully before the offer, given where she's from.",
        "Might have overstayed a visa at some point, worth digging.",
        "His visa status seemed uncertain, so we went with someone else.",
    ),
    good=(
        "That question is probably illegal to ask, so we removed it from the script.",
        "Right-to-work documents are checked the same way for every hire after the offer.",
        "Check his references again; the second referee did not reply.",
        "Built the visa-overstay risk model for the airline's compliance team.",
    ),
)


_AUDIO = rx.compile(
    r"\b(?:line|connection|audio|mic|microphone|zoom|teams call|wifi|wi-fi|signal|call quality"
    r"|echo|bandwidth|lag|dropp\w*|network|speaker|volume|noise|noisy|mask|masks|muffled)\b"
)


def _looks_or_accent(hit: Hit) -> bool:
    if employer_statement(hit):
        return False
    if rx.search(r"(?:understanding|following)", hit.matched):
        if rx.search(r"\b(?:no|without|never|any|zero|little|less)\s*$", hit.before(12)):
            return False  # "no trouble following her"
        # An accent implied, not a bad line: "the crew had difficulty understanding you".
        lo = max(0, hit.start - 120)
        return _AUDIO.search(hit.low, lo, min(len(hit.low), hit.end + 120)) is None
    return True


RACE_019 = Rule(
    id="CND-RACE-019",
    category="race_ethnicity_national_origin",
    severity="error",
    title="Ethnic looks, or an accent implied as being hard to understand",
    terms=(
        r"(?:irish|italian|jewish|mexican|asian|african|arab|arabic|indian|chinese|japanese"
        r"|korean|latin|latino|latina|hispanic|nordic|scandinavian|german|polish|greek|russian"
        r"|middle[- ]eastern|ethnic|exotic|foreign|european|eastern european|white|black|brown)"
        r"[- ]looking\b",
        r"(?:difficulty|trouble|a hard time|a tough time|struggled?|struggling|struggles)"
        r" (?:understanding|following) (?:you|him|her|them)\b",
        r"(?:how|whether|if) (?:our )?(?:clients|customers|callers|patients|people|students|gues"
        r"ts|the team|others) (?:would|will|could|can|might) (?:understand|follow) (?:you|him|he"
        r"r|them)(?= (?:on|over) (?:the )?(?:calls?|phones?|the phone|zoom|teams)|\s*(?:[.,;:!?]"
        r"|$))",
    ),
    check=_looks_or_accent,
    exemptions=frozenset({"professional"}),
    message="Describes the candidate as looking like an ethnic group, or implies an accent by "
    "saying people had difficulty understanding them.",
    rationale=_HOOK
    + " 'Very Irish-looking' records ethnicity; 'the crew had difficulty understanding you' "
    "is an accent objection unless it is tied to a documented communication requirement "
    "and measured the same way for everyone (EEOC national-origin guidance).",
    suggestion=(
        "Delete it. Where clear speech is a requirement, record the specific task and "
        "observed communication against the rubric, the same for every candidate."
    ),
    bad=(
        "Red hair, freckles, very Irish looking - perfect for the pub at the clubhouse.",
        "Some of the crew had difficulty understanding you, and we worry about the headsets.",
        "Exotic-looking, the guests will love her at the front desk.",
        "Not sure how customers would understand him on the phone.",
    ),
    good=(
        "We had trouble understanding her on the call because the line kept dropping.",
        "Clean, modern-looking dashboards in her portfolio.",
        "Explained the spec so clearly that the juniors had no trouble following her.",
    ),
)


#: A visa read as a reason the candidate will leave ("on OPT - might leave when it runs out").
_FLIGHT = rx.compile(
    r"\b(?:leave|leaving|run out|runs out|expir\w*|don't bother|not worth|go home|going home"
    r"|hassle|risk|flight|bail|gone|unstable|tied to|loses? (?:his|her|their) job)\b"
)


def _residence_or_flight(hit: Hit) -> bool:
    if employer_statement(hit):
        return False
    if rx.match(r"(?:on|has|have|with|holds?) ", hit.matched):
        return _FLIGHT.search(hit.low, hit.end, min(len(hit.low), hit.end + 80)) is not None
    return True


RACE_020 = Rule(
    id="CND-RACE-020",
    category="race_ethnicity_national_origin",
    severity="error",
    title="Ethnicity read from skin, looks, background or status, or a visa as flight risk",
    terms=(
        r"how long (?:he's|she's|they've|he has|she has|they have|has he|has she|have they)"
        r" (?:been|lived) (?:here|in (?:the )?(?:us|u\.s\.|usa|states|country|uk|canada))",
        r"(?:on|has|have|with|holds?) (?:an? )?(?:opt|stem opt|h-?1b|h-?4(?: ead)?|f-?1|tn visa|l-?1"
        r"|j-?1)\b",
        r"(?:people|staff|folks|someone|others|more people|providers?|faces) (?:who|that) (?:look|looks"
        r"|looked) like (?:her|him|them|me|us)\b|(?:shares?|sharing) (?:their|his|her|our) (?:background"
        r"|heritage|culture|ethnicity|roots)|only one (?:on|in|at) (?:the |our )?[\w-]+ like (?:him|her"
        r"|them)\b",
        r"skin(?:'s| is| tone is| tone's)? (?:pretty |very |too |a bit |kinda |so |quite )?(?:dark"
        r"|darker|light|lighter|fair|brown|black|pale)\b(?! (?:mode|theme|background|leather))",
        r"(?:a bit|kinda|kind of|very|too|pretty|so|real) ['\"\u2018\u201c]?(?:street|ghetto|hood"
        r"|urban)['\"\u2019\u201d]?(?= (?:in|for|when|with|vibe|energy|talk|way)|\s*[,.;!?]|$)",
        r"(?:her|his|their) tribe\b|powwows?|pow wows?",
        r"fobby|fob\b(?! (?:key|keys|reader|access|card|price|terms|shipping|point|destination"
        r"|origin))|fresh off the boat|just off the boat",
        r"(?:grew up|raised|lives?|living|from) on the rez\b|(?:she's|he's|they're|is|maybe|prob"
        r"ably) mixed(?: race)?(?= i think| maybe|\?|,| though| or)",
        r"(?:rank|put|place) (?:him|her|them) (?:below|behind|under) the local (?:applicants|can"
        r"didates|hires|guys|people)",
        r"in the (?:us|u\.s\.|states|country) since|(?:still )?on (?:what i think is (?:"
        r"still )?)?a visa\b",
    ),
    check=_residence_or_flight,
    exemptions=frozenset({"professional"}),
    message="Refers to skin colour, to 'people who look like' the candidate or a shared "
    "background, guesses at how long they have lived here, treats a visa as a reason to "
    "expect them to leave, or uses a slur about immigrants.",
    rationale=_HOOK,
    suggestion=(
        "Delete it. Ask every candidate the same lawful work-authorisation question and "
        "record only the answer the role requires."
    ),
    bad=(
        "Goes by Tony but the application says Anh Tuan, wonder how long he's been here.",
        "She said she's on OPT - might leave when it runs out, don't bother.",
        "Fobby vibe, would need polish before meeting investors.",
        "Skin's pretty dark for the brochure shoot, just noting.",
        "She'd fit better at a place with more people who look like her.",
        "Patients would be more comfortable with a provider who shares their background.",
        "Comes off a bit 'street' in how she talks.",
        "Talked about her tribe's powwow, would connect with the Navajo patients.",
        "On an H-4 EAD tied to her husband's H-1B, could be unstable.",
    ),
    good=(
        "Asked how long she has been in the role; four years.",
        "Posting states we cannot sponsor H-1B visas; asked of all candidates.",
        "Fob access for the lab is issued on the first day.",
        "Skin care line launch: she ran the light and dark shade testing panels.",
        "Consulted for the tribal gaming commission on compliance audits.",
    ),
)


#: Reading a school, a speech style or a likeness to customers as a problem.
_RACE_PROXY_CUE = rx.compile(
    r"\b(?:you know|tells you|fyi|heads up|not a fit|not fit|that area|that part of town|risk"
    r"|probably|prob|lean no|leaning no|pass|skip|careful|just saying|wouldn't|won't|might not"
    r"|not sure|surpris\w*|expect\w*|concern\w*|worr\w*)\b"
)


def _race_proxy(hit: Hit) -> bool:
    if employer_statement(hit):
        return False
    if "barrier" in hit.matched and rx.search(
        r"\b(?:famil(?:y|ies)|clients?|patients?|customers?|residents?|callers?|students?|parents?"
        r"|guests?|tenants?|workers?)(?:'s|s')? (?:who|with|that) (?:had |have |has |faced |face )?"
        r"(?:a )?$",
        hit.before(60),
    ):
        return False  # "a grieving family who had a language barrier": the people served
    if rx.match(r"(?:went to|goes to|graduated from) ", hit.matched):
        lo, hi = hit.s_start, min(len(hit.low), hit.s_end + 60)
        return _RACE_PROXY_CUE.search(hit.low, lo, hi) is not None
    return True


RACE_021 = Rule(
    id="CND-RACE-021",
    category="race_ethnicity_national_origin",
    severity="error",
    title="Race read from a school, speech, a language or a likeness to customers",
    terms=(
        r"(?:went to|goes to|graduated from) [a-z]+(?: [a-z]+)? (?:high school|high|hs)\b",
        r"language barrier|esl (?:guy|girl|person|candidate|kid|speaker|applicant)|for an esl\b"
        r"|code-switch\w*|code switch\w*|codeswitch\w*|dreams in [a-z]+",
        r"surprisingly (?:well[- ]spoken|articulate|polished|eloquent|educated)",
        r"(?:wasn't|didn't|did not|was not) expect(?:ing)? (?:her|him|them|that|it)? ?(?:to be )?"
        r"(?:this |so |that )?(?:polished|articulate|well[- ]spoken|eloquent)",
        r"(?:who|that) (?:looks?|looked) like (?:the|our) (?:guests|customers|clients|members"
        r"|patients|residents|families|community|students|parents|neighbou?rhood|regulars"
        r"|donors|audience)\b",
        r"(?:deeper|stronger|real|more) roots in (?:the|our|this) "
        r"|(?:a|an|someone|somebody|anyone|people|person|coach|guy|woman|man|\w+er) from (?:his|her"
        r"|their) background\b(?! (?:in|check|of))|(?:isn't|is not|not|wasn't) from (?:around )?"
        r"(?:here|it|the (?:area|community|neighbou?rhood))\b",
        r"(?:mandarin|spanish|farsi|arabic|hindi|tagalog|korean|vietnamese|russian|polish"
        r"|urdu|punjabi|somali|creole|cantonese|portuguese|accent|irish|italian|jewish|boston-irish"
        r"|latin|asian|african|indian) (?:thing|vibe|look|type)\b(?! (?:project|localization"
        r"|localisation|translation|content|market|team))",
        r"dashiki|kente|(?:classical|traditional|classic) (?:european|american|western) (?:look"
        r"|style|aesthetic|image)",
        r"(?:tall|big|short|little) (?:dark|black|brown) (?:guy|man|woman|girl|dude|fella)",
        r"(?:" + DEMONYMS + r")\b[^.;!?\n]{0,30}\b(?:those|these) (?:guys|people|folks|ladies|women"
        r"|men)\b",
    ),
    anchors=("background",),
    check=_race_proxy,
    message="Reads race or national origin from a school, a way of speaking, a language, "
    "surprise at polish, or a likeness to customers.",
    rationale=_HOOK
    + " Schools and neighbourhoods, 'surprisingly articulate', a 'language barrier' or "
    "'someone who looks like the guests' are well-documented proxies and customer "
    "preference is no defence (EEOC national-origin and race guidance).",
    suggestion=(
        "Delete it. Where a language or communication skill is required, state it for every "
        "candidate and record the evidence against the rubric."
    ),
    bad=(
        "Went to Crenshaw High, which kind of tells you something. Lean no.",
        "Our dealers need to communicate without any language barrier.",
        "Writes pretty well for an ESL guy.",
        "Surprisingly well spoken!! did not expect that from the resume.",
        "GM wants someone who looks like the guests at the Scottsdale property.",
        "A coach from his background might get pushback from the parents.",
        "Bilingual, but the Mandarin thing might mean he only clicks with half the lab.",
        "Your style doesn't match our company's classical European look.",
        "Vietnamese, those guys are tireless on the line.",
        "She code switches nicely, sounded like a different person on the phone.",
    ),
    good=(
        "Went to Lincoln High, then a welding certificate; 6G certified.",
        "Taught ESL for five years and built the placement test.",
        "Ran the Spanish localization project for the app, 12 markets.",
        "Wrote code to switch the billing provider without downtime.",
        "A candidate from a background in finance would suit the analyst track.",
    ),
)

RULES = (
    RACE_001,
    RACE_002,
    RACE_003,
    RACE_004,
    RACE_005,
    RACE_006,
    RACE_007,
    RACE_008,
    RACE_009,
    RACE_010,
    RACE_011,
    RACE_012,
    RACE_013,
    RACE_014,
    RACE_015,
    RACE_016,
    RACE_017,
    RACE_018,
    RACE_019,
    RACE_020,
    RACE_021,
)
