"""Shared vocabulary of the rules: homonyms, person nouns, hedges, evidence words.

All patterns work on lower-cased text.
"""

from __future__ import annotations

from candor.language import rx

# Technical and idiomatic homonyms. A finding whose match lies entirely inside
# one of these is dropped ("race" in "race condition", "child" in "child process").
HOMONYM_SOURCES = (
    r"race conditions?|data races?|arms race|rat race|race to the bottom"
    r"|race against (?:time|the clock)|space race|drag race|race ?cars?|horse race|race ?track"
    r"|(?:a|the) race (?:to|for)\b",
    r"child (?:process(?:es)?|nodes?|elements?|class(?:es)?|components?|themes?|tables?"
    r"|threads?|tasks?|records?|entit(?:y|ies)|widgets?|views?|spans?|pids?|objects?"
    r"|windows?|items?|rows?|accounts?|resources?|issues?|tickets?|pages?|poms?|modules?"
    r"|workflows?|jobs?|pipelines?|director(?:y|ies)|folders?|keys?|arrays?|routes?|safety)"
    r"|parent[- ]child|children (?:of (?:the|a|this|that|each) (?:node|element|component|tree"
    r"|root|div|class|directory)|nodes?|elements?|arrays?|props?|propert(?:y|ies)|lists?)"
    r"|kill(?:ed|ing|s)? (?:the )?child",
    r"foreign (?:keys?|exchange|currenc(?:y|ies)|policy|markets?|office|affairs|ministry"
    r"|direct investment|subsidiar(?:y|ies)|trade|functions?|language (?:requirements?"
    r"|courses?|degree|skills?|proficiency|teacher|teaching)|clients?|customers?|entit(?:y|ies))",
    r"native (?:apps?|ios|android|code|mobile|integrations?|modules?|support|binar(?:y|ies)"
    r"|compilation|builds?|images?|librar(?:y|ies)|formats?|dependenc(?:y|ies)|extensions?"
    r"|methods?|apis?|sdks?|ui|implementations?|clients?|platforms?|types?|speed|performance"
    r"|resolution|quer(?:y|ies)|desktop|look and feel|widgets?|components?|bridge|modules?)"
    r"|cloud[- ]native|react native|k8s[- ]native|kubernetes[- ]native",
    r"health ?checks?|health (?:endpoints?|probes?|monitor(?:s|ing)?|dashboards?|status"
    r"|scores?|metrics?|insurance|care|tech|sector|plans?|system|systems|services?|it|data"
    r"|informatics|records? system|of the (?:system|cluster|service|pipeline|codebase|team"
    r"|business|pipeline|platform))|healthcare|system health|cluster health|service health",
    r"genetic[- ](?:algorithms?|programming|operators?|search|optimi[sz]ation)",
    # dental and orthotic work: the candidate's trade, not a limb
    r"(?:dental|removable|fixed|implant|maxillofacial|partial) prosthe\w+|prosthodont\w+"
    r"|orthotics? (?:and|&) prosthetics?|prosthetics? (?:and|&) orthotics?",
    # the employer's own facilities and vehicles
    r"wheelchair[- ](?:accessible|accessibility|access|ramps?|lifts?|vans?|spaces?|bays?)"
    r"|(?:accessible|step-free|ada[- ]compliant) (?:entrances?|buildings?|parking|restrooms?"
    r"|toilets?|offices?|venues?)",
    # a childcare centre's rooms and their children: the candidate's workplace
    r"(?:the |our |an? |her |his |their )?(?:infant|toddler|baby|babies|preschool|pre-?k"
    r"|twos|threes|nursery)[- ](?:rooms?|classrooms?)",
    r"black[- ]?box(?:es)?|black[- ]?hats?|black friday|black ?lists?|black ?listed|black belt"
    r"|white[- ]?box|white ?boards?|white ?boarding|white[- ]?papers?|white[- ]?label(?:ed|led)?"
    r"|white ?space|white[- ]?hats?|white[- ]?glove|white ?lists?|white ?listed|in the black"
    r"|black[- ]and[- ]white|black (?:text|background|screen|theme)",
    r"cheat ?sheets?|cheat codes?|work[- ]stealing|stole the show|steal(?:s|ing)? the show"
    r"|fraud (?:detection|prevention|analytics|team|models?|rules|engine|investigations?"
    r"|ops|operations|risk|alerts?|screening|analyst|analysts|department|unit|squad|cases?)"
    r"|anti-?fraud|criminal (?:law|justice|defen[cs]e|procedure|psychology)|theft prevention"
    r"|identity theft|with (?:great |real |quiet )?conviction",
    r"blind spots?|double[- ]blind|blind (?:reviews?|auditions?|tests?|testing|stud(?:y|ies)"
    r"|copy|carbon copy|hiring|screening|resumes?|cvs?|grading|rating|spot)|blind(?:ly)? "
    r"(?:follow|trust)|turn(?:ed|ing)? a blind eye|colou?r[- ]?blind[- ]?(?:safe|friendly"
    r"|palettes?|mode|accessible|accessibility)|deaf ears|tone[- ]deaf"
    r"|crippl(?:ed|ing) (?:bugs?|outages?|latency|performance|debt|issues?)",
    r"(?:the )?great depression|economic depression|depressed (?:markets?|prices|demand"
    r"|economy|sales|wages)|key depression|sick (?:burn|beat|trick|moves?)|lame duck"
    r"|mental (?:models?|math|arithmetic|maps?|notes?|images?|pictures?|energy|load|checklist)"
    r"|mentally (?:taxing|demanding|stimulating)",
    r"fat[- ](?:clients?|finger(?:ed)?|jars?|tails?|tailed|pointers?)|thin (?:clients?|layers?"
    r"|wrappers?|slices?|margins?)|thin[- ]sliced",
    r"widows? (?:and|&) orphans?|orphans? (?:and|&) widows?|veterans'? day|veteran's day"
    r"|injury[- ](?:reduction|prevention|rates?|logs?|reporting|free)|ancestry\.com"
    r"|chemistry (?:side|lab|labs|analy\w+|bench|section|department|panels?|testing|qc)"
    r"|diabetic (?:diets?|meals?|menus?|trays?|tickets?)|with a poc\b|plan of correction"
    r"|worship (?:sets?|slides|livestream|audio|mix|mixes)|worship[- ]nights?"
    r"|americans with disabilities act|diabetic and renal|prenatal (?:samples?|specimens?|panels?)"
    r"|(?:certified )?deaf interpreters?|ancestry (?:search|searches|library|database|records)"
    r"|(?:hereditary )?cancer (?:panels?|registry|registries)|wheelchair securement",
    r"(?:\w+'s )?old (?:code|codebase|versions?|systems?|apis?|jobs?|roles?|teams?|company|companies"
    r"|employers?|managers?|boss|stack|school(?:ed)? (?:tools?|tech))",
    r"mature (?:codebases?|products?|markets?|platforms?|process(?:es)?|technolog(?:y|ies)"
    r"|practices?|frameworks?|tooling|stacks?|compan(?:y|ies)|startups?|organi[sz]ations?"
    r"|teams?|engineering (?:org|organi[sz]ation|culture))",
    r"young (?:compan(?:y|ies)|startups?|fields?|products?|projects?|technolog(?:y|ies)"
    r"|industr(?:y|ies)|markets?|frameworks?|languages?|codebases?|organi[sz]ations?"
    r"|discipline|profession|brands?)",
    r"straight (?:a'?s|answers?|away|forward|to the point|talk|lines?|up|out|shooter|to)",
    r"(?:leap|act|article) of faith|in (?:good|bad) faith|good[- ]faith|bad[- ]faith"
    r"|god (?:mode|objects?|class(?:es)?)|oh my god"
    r"|religious(?:ly)?(?: follow(?:s|ed)?| adhere(?:s|d)?| about (?:tests?|testing|code"
    r"|documentation|docs|style|process|deadlines))|religiously"
    r"|pray(?:ing)? (?:it|that) (?:works|passes|holds)",
    r"veteran (?:engineers?|developers?|programmers?|designers?|managers?|leaders?|recruiters?"
    r"|journalists?|salespeople|salesperson|players?|marketers?|architects?|consultants?"
    r"|analysts?|teachers?|nurses?|operators?|founders?|executives?|product managers?)"
    r"|(?:industry|tech|startup|games|gaming|media|sales|marketing|finance|banking|retail|hr"
    r"|seasoned|software|silicon valley|wall street|hollywood|\d+-year) veterans?"
    r"|veteran of (?:the )?(?:\w+ )?(?:industry|field|startups?|tech|scene|sector|trade"
    r"|business|games?|market|agency world)",
    r"deployments? (?:pipelines?|process(?:es)?|scripts?|tools?|strateg(?:y|ies)|frequency"
    r"|models?|configs?|targets?|automation|manifests?)|continuous deployment|(?:blue[- ]green"
    r"|canary|rolling|zero[- ]downtime|production|prod|kubernetes|k8s|cloud|software|code"
    r"|app) deployments?|deploy(?:ed|ing)? (?:to|on) (?:prod|production|staging|aws|gcp|azure"
    r"|kubernetes|k8s|the cloud|heroku)",
    r"discharge (?:planning|plans?|summar(?:y|ies)|rates?|curves?|cycles?)|(?:battery|static"
    r"|electrical|wastewater|patient|hospital) discharge",
    r"accent (?:colou?rs?|marks?|keys?|lights?|lighting|walls?|chairs?|pieces?)"
    r"|accented (?:characters?|letters?|chars)",
    r"travel (?:and|&) accommodations?|accommodations? (?:for (?:the )?(?:trip|travel|visit"
    r"|onsite|on-site|conference|offsite|interview day))|(?:hotel|housing|lodging|overnight"
    r"|travel) accommodations?",
    r"family (?:of (?:products|tools|models|protocols|languages|fonts|drugs)|business(?:es)?"
    r"|firm|office|owned|-owned)|product famil(?:y|ies)|font famil(?:y|ies)"
    r"|pregnant pause|married to (?:the|an|a|this|that|our|their) (?:idea|approach|solution"
    r"|design|stack|framework|tool|tech|technology|vendor|plan|process|language)",
    r"hot ?(?:reload|fix|fixes|paths?|spots?|takes?|seat|swap|standby|keys?|topics?|desk"
    r"|desking|code|loop|cache|data|shards?|partitions?|wallets?|leads?|markets?|streak"
    r"|deploy|button)|(?:a|the) hot (?:new )?(?:market|startup|sector|area|space|field|tech)",
    r"pretty (?:much|well|sure|good|strong|solid|quick|fast|clear|weak|basic|standard|decent"
    r"|bad|high|low|close|confident|junior|senior|experienced|thorough|detailed|limited|light"
    r"|heavy|short|long|simple|complex|typical|common|rare|quiet|technical|hands-on|useful"
    r"|helpful|impressive|interesting|straightforward|similar|different|new|old|big|small"
    r"|large|easy|hard|tough|reasonable|polished|rough|clean|messy|nervous|knowledgeable"
    r"|aligned|open|direct|vague|generic|specific|effective|efficient|fluent|responsive"
    r"|organi[sz]ed|structured|mature|obvious|involved|deep|broad|shallow|slow|late|early|far"
    r"|quickly|clearly|easily|fast|average|normal|rusty|shaky|green|sharp|smart|bright"
    r"|young|old|tired|calm|relaxed|chill|casual|formal|enthusiastic|engaged|happy|honest"
    r"|candid|modest|humble|competent|capable|productive|proficient|comfortable|familiar"
    r"|flexible|senior-level|junior-level|concrete|precise|accurate|consistent|unclear"
    r"|convincing|compelling|persuasive|memorable|forgettable|thin|thick|cool|standard)",
    r"(?:model|curve|line of best|best|goodness of|over|under|poor model|good model|regression)"
    r"[- ]fit(?:ting|ted|s)?|fit (?:the|a|an) (?:model|curve|regression|line|distribution|data)"
    r"|fit[- ]for[- ]purpose|physical fitness (?:app|tracker|platform|brand)",
    r"personality (?:tests?|assessments?|inventor(?:y|ies)|quiz(?:zes)?|types? indicator)",
    r"(?:phd|degree|major|minor|background|bachelor'?s?|master'?s?|class|classes|course|courses"
    r"|professor|lab) (?:in )?(?:organic |physical |analytical )?chemistry|chemistry (?:degree"
    r"|phd|lab|labs|background|major|teacher|professor|department|set|sets)",
    r"(?:energy|oil and gas|renewable energy|clean energy|solar energy) (?:sector|industry"
    r"|compan(?:y|ies)|markets?|firms?|clients?|startups?|grid|trading|storage|efficiency"
    r"|consumption|usage|costs?|prices?|bills?|drinks?)",
    r"(?:the|a|an) (?:hired|chosen|selected) (?:model|approach|option|vendor|tool|solution"
    r"|framework|design|architecture)",
    r"attractive (?:salar(?:y|ies)|offers?|packages?|compensation|opportunit(?:y|ies)|roles?"
    r"|options?|rates?|prices?|pricing|benefits|terms|markets?|targets?|proposition)",
    r"(?:first|second|third) (?:round|stage|interview|phase|half|quarter|choice of "
    r"(?:language|stack|tool))",
    r"(?:nursing|care) homes?|retirement (?:homes?|communit(?:y|ies)|plans?|accounts?|savings"
    r"|benefits?|match(?:ing)?|contributions?|funds?|schemes?|portfolios?|products?|income"
    r"|planning|system)|401\(?k\)?",
    r"(?:women|woman|girls|female|minority|black|latin[ao]?|lgbtq?\+?|queer|disabled|veteran)"
    r"[- ](?:owned|led) (?:business(?:es)?|compan(?:y|ies)|suppliers?|vendors?|startups?)",
)
HOMONYMS = rx.compile("|".join(f"(?:{s})" for s in HOMONYM_SOURCES))

#: Nouns for a person (the candidate or anyone else).
PERSON = (
    r"(?:candidates?|applicants?|cand|interviewees?|guys?|m[ae]n|wom[ae]n|lad(?:y|ies)|gals?"
    r"|girls?|boys?|dudes?|gentlem[ae]n|persons?|people|fellows?|fellas?|chaps?|blokes?"
    r"|females?|males?|individuals?|hires?|engineers?|developers?|devs?|workers?|employees?"
    r"|folks?|types?|kids?|one|ones)"
)

#: Copula and impression verbs between a subject and an adjective.
COPULA = (
    r"(?:is|was|'s|are|were|seems?|seemed|looks?|looked|appears?|appeared|came across as"
    r"|comes across as|sounds?|sounded|felt|feels|struck me as|is a bit|was a bit|got)"
)

#: A copula attached to a subject ("she's", "he was", "they seemed").
COPULA_SUFFIX = (
    r"(?:'s|'re| is| was| are| were| seems?| seemed| looks?| looked| appears?| appeared"
    r"| came across as| comes across as| sounds?| sounded| felt| feels| struck me as| got)"
)

#: Degree adverbs allowed between a copula and an adjective.
INTENS = (
    r"(?:(?:a bit|a little|kind of|kinda|sort of|quite|very|really|pretty|rather|so|too|super"
    r"|fairly|somewhat|definitely|clearly|obviously|visibly|way|much|overly|extremely|slightly"
    r"|a tad|incredibly|just|also|still|not|a little bit|honestly|frankly|just so)\s+){0,2}"
)

#: Subjects that name the candidate.
SUBJECT = r"(?:he|she|they|candidate|applicant|cand|interviewee|the candidate|the applicant)"

#: Subject, copula and optional degree adverbs: "she's a bit", "he seemed very".
SUBJ_COP = r"(?:" + SUBJECT + COPULA_SUFFIX + r"|hes|shes|theyre|cand is)\s+" + INTENS

#: Observed behaviour and rubric words: their presence makes a mild impression word
#: part of an evidence-based note.
BEHAVIOUR = rx.compile(
    r"\b(?:gave|give|gives|giving|explained|explains|described|describes|answered|answers"
    r"|walked (?:us |me )?through|presented|wrote|writes|solved|cited|quoted|showed|shows"
    r"|demonstrated|examples?|when asked|rubric|level \d|scored|\d+ ?(?:/|of|out of) ?\d+"
    r"|for example|e\.g\.|such as|specifically|star format|star method|laid out|outlined"
    r"|asked (?:clarifying|good|sharp|follow-up)|questions? about|delivered|completed"
    r"|finished|built|designed|proposed|identified|estimated|calculated|named|listed|recovered"
    r"|structured|steadied|settled|by the (?:second|third|end)|after (?:a|the) (?:few|first))\b"
)

#: Words of prediction, hedging or judgement near a trait ("may", "worried", "won't last").
PREDICTION = rx.compile(
    r"\b(?:might|may|could|would|will|won't|wouldn't|probably|likely|unlikely|prob|prolly|risk"
    r"|risky|worr(?:y|ied|ies)|concern(?:ed|s|ing)?|not sure|doubt(?:s|ful)?|question(?:able)?"
    r"|struggle|keep up|commit(?:ted|ment)?|reliab(?:le|ility)|distract(?:ed|ion|ions)?"
    r"|priorit(?:y|ies|ize|ise)|availab(?:le|ility)|flexib(?:le|ility)|overtime|on-?call"
    r"|long[- ]term|stick around|leave|quit|time off|absen(?:t|ces?)|attendance|handle|cope"
    r"|too|because|since|so|therefore|means|given|red flag|issue|problem)\b"
)
