"""Genetic information, including family medical history (GINA)."""

from __future__ import annotations

from candor.language import rx
from candor.language.context import Hit, clinical_work, employer_statement
from candor.language.model import Rule

_HOOK = (
    "GINA forbids employers to request, require or use genetic information, which includes "
    "family medical history and genetic tests of the applicant or relatives; there is no "
    "business-necessity defence."
)
_MEDICAL = (
    r"(?:cancer|diabetes|alzheimer'?s|dementia|heart (?:disease|attacks?|conditions?|problems"
    r"|failure)|strokes?|huntington'?s|parkinson'?s|sickle[- ]cell|cystic fibrosis|leuk[a]?emia"
    r"|lymphoma|tumou?rs?|multiple sclerosis|mental illness|bipolar|schizophrenia|depression"
    r"|kidney (?:disease|failure)|als|lupus|an illness|a disease|a condition|a genetic \w+"
    r"|illness|disease|high blood pressure|hypertension|obesity|addiction|alcoholism|ms|copd"
    r"|ra|als|sickle[- ]cell (?:trait|disease|an(?:a)?emia)|thalass(?:a)?emia|ha?emophilia"
    r"|new (?:knees?|hips?|heart valves?|kidneys?|liver)|(?:knee|hip|joint) replacements?"
    r"|(?:heart|bypass|brain|spinal) surgery|bypass|transplants?|dialysis|early[- ]onset \w+"
    r"|(?:bad|weak|dodgy) (?:knees|hips|hearts?|backs?|joints)|(?:double )?mastectom(?:y|ies)"
    r"|hysterectom(?:y|ies)|diabetic|asthmatic|epileptic|alcoholic|schizophrenic|autistic"
    r"|(?:kidney|renal|heart|cardiac|liver|lung|thyroid|bowel|prostate|breast|ovarian|colon"
    r") (?:problems?|issues?|trouble|conditions?|disease|disorders?"
    r"|cancer|failure)|high cholesterol|glaucoma|osteoporosis|arthritis|migraines|asthma"
    r"|eczema|coeliac|celiac|crohn'?s|autism|adhd|dyslexia|deafness|blindness|anxiety"
    r"|motor neuron(?:e)? disease|mnd|muscular dystrophy|aneurysms?|blood clots?|cancers)"
)
_RELATIVE = (
    r"(?:mother|mom|mum|father|dad|parents?|brother|sister|siblings?|grandmother|grandfather"
    r"|grandparents?|grandma|grandpa|grandad|granddad|gran|granny|nan|nana|nanna|uncle|aunt"
    r"|auntie|cousin|relatives?|family members?|twin)"
)
#: The same, with "folks" (parents) for the checks and for CND-GEN-002.
_RELATIVE_OR_FOLKS = _RELATIVE[:-1] + "|folks)"


_HEALTH_WORD = rx.compile(
    r"\b(?:problems?|issues?|conditions?|illness\w*|disease\w*|disorders?|health|medical"
    r"|cancers?|diabet\w*|heart|kidney|liver|lung|blood|dementia|alzheimer'?s|stroke|sick\w*"
    r"|syndrome|allerg\w*|asthma|arthritis|migraines?|depression|anxiety|addiction|alcoholism"
    r"|cholesterol|pressure|appointments?|genes?|genetic\w*|hereditary|inherit\w*)\b"
)


def _medical_context(hit: Hit) -> bool:
    if employer_statement(hit):
        return False
    m = hit.matched
    if rx.match(r"(?:runs?|ran|running) in ", m):
        # "Teaching runs in her family" is not health information.
        return hit.in_sentence(_HEALTH_WORD)
    if rx.match(r"(?:23andme|ancestry)", m):
        return True  # a consumer DNA test the candidate took (work at the firm is exempted)
    if m.startswith("good genes"):
        # "good genes" only about health or inheritance, not "good genes for sales"
        return hit.in_sentence(_HEALTH_WORD)
    if clinical_work(hit):
        return False  # "ABGC-certified genetic counselor": the candidate's clinical work
    if rx.search(r"same (?:way|road|path|route)$|^happen|^carr(?!ier)", m):
        # "will go the same way": inherited risk only when a relative or illness is named.
        return (
            rx.search(r"\b(?:" + _RELATIVE_OR_FOLKS + r"|" + _MEDICAL + r")\b", hit.sentence)
            is not None
        )
    if not m.startswith("family") or rx.search(
        r"medical|health|cardiac|heart|cancer|diabetes|kidney|mental|psychiatric", m
    ):
        return True
    if m.endswith("history") and rx.match(
        r"^\s+of\s+(?!(?:service|military|serving|teaching|farming|business|entrepreneurship"
        r"|public service|ministry|law|medicine|nursing|immigration|the (?:company|firm|business"
        r"|town|area|region))\b)",
        hit.after(30),
    ):
        return True  # "any family history of carpal tunnel?": an illness follows
    return rx.search(r"\b" + _MEDICAL + r"\b", hit.sentence) is not None


GEN_001 = Rule(
    id="CND-GEN-001",
    category="genetic",
    severity="error",
    title="Family medical history or genetic information",
    terms=(
        r"genetic(?:s|ally)? (?:tests?|testing|screening|predispositions?|conditions?|disorders?"
        r"|diseases?|markers?|risks?|information|info|history|makeup|profile|results)",
        r"dna (?:tests?|testing|results)|brca\d?|carriers? (?:status|of|for)\b(?! (?:\d+|a|an|the|two|three|four|five"
        r"|several|many|over|nearly) (?:years?|months?|decades?|clients?|companies|firms|brands?"
        r"|customers?|airlines?|logistics|freight|trucking|shipping|haulage|mobile|network|telecom"
        r"\w*)\b)|hereditary"
        r"|inherited (?:conditions?|diseases?|disorders?|illness|risk|heart)|predispos\w+"
        r"|(?:runs|run|ran|running) in (?:his|her|their|the|your|one's) (?:immediate |wider"
        r" |extended |whole |close |mother's |father's |mum's |mom's |dad's )?(?:family|families"
        r"|genes|blood|bloodline|side)|in (?:his|her) (?:genes|dna|bloodline)",
        r"famil(?:y|ies)(?:'s|'|s')? (?:medical |health )?history|famil(?:y|ies)(?:'s|'|s')?"
        r" (?:medical|health|illness|disease) (?:issues|problems|conditions|background|records?"
        r"|questionnaires?|forms?|surveys?|details|information|info|profiles?|screening|risks?"
        r"|questions?|data|status|histories)"
        r"|medical history of (?:your|his|her|their|the) (?:family|parents|relatives)",
        r"(?:his|her|their|your|cand'?s|the candidate'?s|the applicant'?s|applicants'?) "
        + _RELATIVE
        + r"(?:'s|s'|')?(?:,? (?:and|or|&|,) (?:\w+ )?"
        + _RELATIVE
        + r"(?:'s|s'|')?)*,? (?:medical|health) (?:history|histories|conditions?|problems?"
        r"|issues?|records?|background|status|information|info|details)\b"
        r"|(?:medical|health) (?:history|histories|conditions?|problems?|issues?|records?"
        r"|background|status|information|info|details) of (?:your|his|her|their|the"
        r" candidate'?s|the applicant'?s) (?:\w+ )?" + _RELATIVE + r"\b"
        r"|(?:illness(?:es)?|diseases?|conditions?|cancers?) (?:that )?(?:in|among|across) (?:your"
        r"|his|her|their) (?:immediate |close |wider |extended )?(?:family|relatives)\b",
        r"(?:his|her|their)? ?" + _RELATIVE + r"(?:'s)? (?:had|has|have|died of|died from|passed"
        r" (?:away )?from|was diagnosed|were diagnosed|is diagnosed|got|diagnosed|battled|is"
        r" battling|battling|suffered from|suffers from|fought|with|lost to) (?:\w+ ){0,3}?"
        + _MEDICAL,
        r"(?:his|her|their|your|cand'?s) " + _RELATIVE + r"'s (?:[\w']+ ){0,2}?(?:cancer|diagnosis"
        r"|illness|dementia|alzheimer'?s|condition|disease|stroke|heart attack|tumou?r"
        r"|diabetes|surgery|transplant|death|" + _MEDICAL[3:-1] + r")\b",
        _RELATIVE
        + r"(?:'s| is| was| has been) (?:also |both |now |recently )?(?:diabetic|asthmatic"
        r"|epileptic|alcoholic|schizophrenic|bipolar|(?:type [12] )?diabetic|in remission"
        r"|on dialysis|terminally ill|housebound with \w+)\b",
        r"the way we're built",
        r"(?:both (?:of )?(?:his|her|their) )?(?:parents|mom|mother|dad|father|sister|brother|si"
        r"blings)(?: are| is| was| were| both)(?: both)? (?:type (?:1|2|one|two|i|ii)\b|diabetic"
        r")",
        r"(?:the|your|his|her|their) family (?:health|medical) (?:concerns|issues|problems|condi"
        r"tions?)",
        r"(?:all (?:two|three|four|five|six) of|both of|both) (?:his|her|their) (?:brothers|sist"
        r"ers|siblings|parents|uncles|aunts|cousins) (?:had|have|got|needed|developed|died)\b",
        r"family (?:cardiac|heart|cancer|diabetes|kidney|mental health|psychiatric) history",
        r"(?:uncles|aunts|brothers|sisters|siblings|parents|cousins) all (?:had|have|got|needed|"
        r"developed)\b",
        r"(?:heart|diabetes|cancer|medical|health)(?:/\w+)? family (?:questions|history|hx)",
    ),
    anchors=(
        "genetic",
        "dna$",
        "brca",
        "carrier",
        "hereditary",
        "inherited",
        "predispos",
        "runs$",
        "run$",
        "ran$",
        "running",
        "genes$",
        "family",
        "mother",
        "mom$",
        "mum$",
        "father",
        "dad$",
        "parent",
        "brother",
        "sister",
        "sibling",
        "grandmother",
        "grandfather",
        "grandparent",
        "gran",
        "nan",
        "uncle",
        "aunt",
        "cousin",
        "relative",
        "twin",
    ),
    check=_medical_context,
    exemptions=frozenset({"professional"}),
    message="Records family medical history or other genetic information.",
    rationale=_HOOK,
    suggestion="Delete it entirely; GINA allows no job-related use of it.",
    bad=(
        "Heart disease runs in his family.",
        "Her mother had breast cancer, so she may need time off.",
        "Asked about family medical history.",
        "Mentioned a BRCA test result.",
        "We appreciate you sharing your family's health history with us.",
        "Joined nursing after her father's pancreatic cancer.",
        "Told us about her father's Parkinson's unprompted.",
        "Dad's diabetic and so was granddad, he said.",
        "Please fill out the family health questionnaire before the panel.",
        "We will need your parents' and siblings' medical conditions listed on the form.",
        "Any illnesses in your family we should know about?",
        "We ask every applicant about any family history of back trouble.",
        "Both parents are diabetic, so she may need a lot of time off later.",
        "Given the family health concerns you shared, we will not move forward.",
        "Both of her sisters had knee replacements before 50, and the job is on her feet.",
        "Based on the family cardiac history you described, we will not proceed.",
        "His uncles all had hip replacements by 55.",
    ),
    good=(
        "Tuned a genetic algorithm for warehouse routing.",
        "Worked at a genetic-testing lab building the results portal.",
        "Family history of entrepreneurship, she said; ran two small businesses.",
        "Flew cargo for a carrier for 6 years before moving into dispatch.",
        "We do not discriminate on the basis of genetic information or family medical history.",
        "Built the family health questionnaire module for the clinic's patient portal.",
        "Her parents' health insurance plan was the product she supported at the broker.",
        "Comes from a family history of teaching; both parents ran schools.",
    ),
)


GEN_002 = Rule(
    id="CND-GEN-002",
    category="genetic",
    severity="error",
    title="A relative's illness, a gene or an inherited risk mentioned",
    terms=(
        _RELATIVE_OR_FOLKS + r"\b[^.;!?\n]{0,40}?\b(?:had|has|have|died|passed|was diagnosed|were"
        r" diagnosed|got|battled|battling|suffered|suffers|fought|lost (?:her|his|their|the)"
        r" (?:fight|battle)|with|needed|needs|need|carr(?:y|ies|ied)|went through|underwent"
        r"|developed|ended up with|is|are|was|were)\b[^.;!?\n]{0,30}?\b" + _MEDICAL,
        _MEDICAL
        + r" (?:killed|took|claimed|affected|hit|got) (?:his|her|their|both)\b|"
        + _MEDICAL
        + r" (?:(?:runs? |ran |running |is |was )?(?:on both sides|on (?:his|her|their|the|your)"
        r" (?:mother'?s|father'?s|mom'?s"
        r"|dad'?s|mum'?s|maternal|paternal) side)|(?:runs?|ran|running) in|(?:in|among|across)"
        r" (?:the|his|her|their|your|one's) (?:immediate |close |wider |extended |direct"
        r" |biological |whole |own )?(?:family|families|relatives|bloodline|family tree"
        r"|family members|parents|siblings))|(?:both|either) sides of (?:the|his|her|their|your)"
        r" family",
        r"carr(?:y|ies|ied|ying) (?:the |a |an |any |that )?(?:[\w'-]+ ){0,3}?(?:gene|genes|mutation"
        r"|variant|marker|allele|trait)|(?:sickle[- ]cell|carrier|genetic) (?:trait|screening"
        r"|testing|status)|(?:screened|tested|screening|testing) for (?:the |a )?(?:\w+ )?(?:gene"
        r"|mutation|markers?|variants?|brca\w*|huntington'?s|carrier status)|(?:gene|genes|mutation|variant) for \w+|(?:is|was|(?:he|she|who)'s) (?:a )?carrier\b"
        r"|23andme|ancestry ?dna|genome (?:test|sequencing|results)|genetic(?:ally)?\b(?!"
        r" (?:algorithm|programming|operator|search|optimi[sz]ation|engineering|counsell?ing"
        r" (?:app|platform|software|service)|data|testing (?:lab|company|startup|product)))",
        r"(?:might|may|could|will|would) (?:get|develop|inherit|have) (?:it|that|the same)"
        r" (?:too|as well|also|one day|eventually)|(?:go|going|goes|went|end up|ending up)"
        r" (?:the same way|down the same (?:road|path|route))|(?:happen|happens|happening) to"
        r" (?:her|him|them)(?: too| as well| one day| eventually)?|carr(?:y|ies|ying) it (?:too"
        r"|as well)|same (?:thing|fate|problems?"
        r"|issues?|condition|genes) as (?:his|her|their) (?:mother|mom|mum|father|dad|parents?"
        r"|brother|sister|grand\w+|nan|gran|family)|(?:at|high|higher|increased) risk (?:of|for)"
        r" (?:developing|getting|inheriting)",
        # The family named first: "all the men in his family had heart attacks before 60".
        r"famil(?:y|ies)(?:'s)?(?: tree| line| side)?\b[^.;!?\n]{0,30}?\b(?:had|has|have|died"
        r"|passed|get|gets|got|were diagnosed|was diagnosed|battled|suffered|suffer|suffers"
        r"|developed|carr(?:y|ies|ied)|went through|ended up with|needed|full of|riddled with"
        r"|plagued by|blighted by)\b[^.;!?\n]{0,30}?\b" + _MEDICAL,
        r"(?:comes from|come from|came from) (?:a )?(?:long )?line of (?:[\w-]+ ){0,2}?(?:heart|cancer|diabet\w*"
        r"|stroke|dementia|alzheimer'?s|sick|ill)(?:[\w-]* (?:patients|sufferers|problems|trouble"
        r"|disease|attacks?|conditions?|cases|people|folk))?\b|(?:bad|dodgy|rubbish"
        r"|poor|weak|unlucky|faulty|good) genes\b",
    ),
    check=_medical_context,
    exemptions=frozenset({"professional"}),
    message="Records a relative's illness, a genetic test or an inherited risk.",
    rationale=GEN_001.rationale,
    suggestion=GEN_001.suggestion,
    bad=(
        "Her mom and sister both had breast cancer.",
        "Cancer on both sides of the family.",
        "Mentioned she carries the gene for cystic fibrosis.",
        "Did a 23andMe test last year.",
        "His dad and grandad both needed bypass surgery, so he expects the same.",
        "Her nan had new hips at 55; she thinks hers will go the same way.",
        "Find out whether her parents carry the thalassemia trait.",
        "Has been screened for the Lynch gene since his uncle's diagnosis.",
        "Sickle cell trait carrier, she said.",
        "They are both carriers for Tay-Sachs, she told us.",
        "Both her parents are diabetic, she mentioned.",
        "Cancer took her mum and her aunt, she told us.",
        "Her aunt's Huntington's diagnosis came up; he wondered if it would happen to her too.",
        "Please list any cases of cancer or stroke among your close relatives.",
        "Thyroid problems run in her family, she said, so she gets checked yearly.",
        "Is there any heart disease in your immediate family?",
        "Says he carries a high-risk marker for type 2 diabetes from one of those DNA kits.",
        "Everyone in her family has had thyroid problems, she said.",
        "Comes from a long line of heart patients, he joked.",
        "Bad genes, according to him: his dad's side all had strokes.",
        "Liver disease runs on his dad's side; flagging for the benefits team.",
    ),
    good=(
        "Used a genetic algorithm for route planning.",
        "Worked in genetic testing lab operations as a QA analyst.",
        "Her team built the oncology scheduling app.",
        "If the rollout goes the same way as last quarter's, we hit the target.",
        "Carries the team on incident calls; trait we value.",
        "Her mother is a nurse and her dad is in IT.",
        "Board-certified genetic counselor, as the variant-curation role requires.",
        "Ran the genetic counselling service for a regional cancer centre.",
        "Teaching runs in her family; she trained as a maths teacher first.",
        "Her family has run a pharmacy for three generations; she did the stock audits.",
        "Comes from a long line of teachers and ran the tutoring programme.",
        "Carries a high-risk caseload of 30 patients and keeps notes current.",
    ),
)

_GENE_NAMED = (
    r"(?:huntington'?s|brca ?[12]?|apoe ?(?:e|\u03b5)?4?|tay[- ]sachs|lynch(?: syndrome)?"
    r"|factor v leiden|marfan'?s?|ha?emochromatosis|cystic fibrosis|cf|hd|alzheimer'?s"
    r"|sickle[- ]cell|thalass(?:a)?emia|ha?emophilia|(?:breast|ovarian|colon|bowel|prostate)"
    r" cancer|cancer|heart disease|cardiomyopathy|parkinson'?s|als|mnd|muscular dystrophy"
    r"|fragile x|polycystic kidney)"
)


def _gene_status(hit: Hit) -> bool:
    if employer_statement(hit):
        return False
    if (
        rx.search(
            r"\b(?:editing|therapy|therapies|expression|sequencing|pipeline|panel app|assays?|lab"
            r"|laboratory|research|researchers?|study|studies|paper|thesis|dissertation|drug"
            r"|discovery|database|dataset|annotation|curation|trial|trials|model|mice|mouse|cells?"
            r"|patients)\b",
            hit.sentence,
        )
        and not hit.personal()
    ):
        return False  # "ran the BRCA sequencing pipeline": the candidate's work
    return not clinical_work(hit)


GEN_003 = Rule(
    id="CND-GEN-003",
    category="genetic",
    severity="error",
    title="A gene, mutation or genetic test result of the candidate",
    terms=(
        _GENE_NAMED + r"(?: gene| genes| mutation| mutations| variant| variants| allele| marker)\b",
        _GENE_NAMED + r"(?: gene| mutation| variant)?[- ](?:positive|carrier|carriers|negative)\b"
        r"|tested (?:positive|negative) for (?:the |a )?" + _GENE_NAMED + r"\b"
        r"|(?:gene|genetic|dna) (?:test|testing|screen|panel|report)s? (?:showed|shows|came back"
        r"|found|revealed|says|said|flagged)\b",
        r"(?:apoe ?(?:e|\u03b5)?4|brca ?[12]|lynch syndrome|factor v leiden)\b",
    ),
    check=_gene_status,
    exemptions=frozenset({"professional"}),
    message="Records a gene, mutation or genetic test result of the candidate.",
    rationale=_HOOK + " A disclosed gene or test result ('has the Huntington's gene', "
    "'BRCA positive') is genetic information whatever its source.",
    suggestion="Delete it entirely; GINA allows no job-related use of it.",
    bad=(
        "Has the Huntington's gene, he told us, so long-term planning is a risk.",
        "She's BRCA positive, she mentioned.",
        "Tested positive for the Lynch syndrome mutation last year.",
        "Carries the APOE4 variant, told us unprompted.",
        "His gene test came back flagged for heart disease.",
    ),
    good=(
        "Ran the BRCA sequencing pipeline at a clinical genomics lab.",
        "Wrote her thesis on the Huntington's gene in mouse models.",
        "Built the results portal for a Factor V Leiden testing service.",
        "Has the CF clinic rota down to a fine art as the nurse coordinator.",
    ),
)


RULES = (GEN_001, GEN_002, GEN_003)
