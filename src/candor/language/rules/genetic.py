"""Genetic information, including family medical history (GINA)."""

from __future__ import annotations

import re

from candor.language.context import Hit
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
    r"|ra|als)"
)
_RELATIVE = (
    r"(?:mother|mom|mum|father|dad|parents?|brother|sister|siblings?|grandmother|grandfather"
    r"|grandparents?|uncle|aunt|cousin|relatives?|family members?|twin)"
)


def _medical_context(hit: Hit) -> bool:
    m = hit.matched
    if not m.startswith("family") or "medical" in m or "health" in m:
        return True
    return re.search(r"\b" + _MEDICAL + r"\b", hit.sentence) is not None


GEN_001 = Rule(
    id="CND-GEN-001",
    category="genetic",
    severity="error",
    title="Family medical history or genetic information",
    terms=(
        r"genetic(?:s|ally)? (?:tests?|testing|screening|predispositions?|conditions?|disorders?"
        r"|diseases?|markers?|risks?|information|info|history|makeup|profile|results)",
        r"dna (?:tests?|testing|results)|brca\d?|carrier (?:status|of|for)|hereditary"
        r"|inherited (?:conditions?|diseases?|disorders?|illness|risk|heart)|predispos\w+"
        r"|runs in (?:his|her|their|the) (?:family|genes|blood)|in (?:his|her|their) genes",
        r"family (?:medical |health )?history|family (?:medical|health) (?:issues|problems"
        r"|conditions|background)",
        r"(?:his|her|their)? ?" + _RELATIVE + r"(?:'s)? (?:had|has|have|died of|died from|passed"
        r" (?:away )?from|was diagnosed|were diagnosed|is diagnosed|got|diagnosed|battled|is"
        r" battling|battling|suffered from|suffers from|fought|with|lost to) (?:\w+ ){0,3}?"
        + _MEDICAL,
        r"(?:his|her|their) " + _RELATIVE + r"'s (?:cancer|diagnosis|illness|dementia"
        r"|alzheimer'?s|condition|disease|stroke|heart attack)",
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
    ),
    good=(
        "Tuned a genetic algorithm for warehouse routing.",
        "Worked at a genetic-testing lab building the results portal.",
        "Family history of entrepreneurship, she said; ran two small businesses.",
    ),
)


_RELATIVE = (
    r"(?:mother|mom|mum|father|dad|parents?|brother|sister|siblings?|grandmother|grandfather"
    r"|grandparents?|grandma|grandpa|uncle|aunt|cousin|relatives?|family members?|twin)"
)

GEN_002 = Rule(
    id="CND-GEN-002",
    category="genetic",
    severity="error",
    title="A relative's illness, a gene or an inherited risk mentioned",
    terms=(
        _RELATIVE + r"\b[^.;!?\n]{0,40}?\b(?:had|has|have|died|passed|was diagnosed|were"
        r" diagnosed|got|battled|battling|suffered|suffers|fought|lost (?:her|his|their|the)"
        r" (?:fight|battle)|with)\b[^.;!?\n]{0,30}?\b" + _MEDICAL,
        _MEDICAL + r" (?:on both sides|on (?:his|her|their|the) (?:mother'?s|father'?s|mom'?s"
        r"|dad'?s|mum'?s|maternal|paternal) side|(?:runs|ran|running) in|in (?:the|his|her"
        r"|their) family)|(?:both|either) sides of (?:the|his|her|their) family",
        r"carr(?:y|ies|ied|ying) (?:the|a) (?:\w+ )?(?:gene|genes|mutation|variant|marker"
        r"|allele)|(?:gene|genes|mutation|variant) for \w+|(?:is|was|'s) (?:a )?carrier\b"
        r"|23andme|ancestry ?dna|genome (?:test|sequencing|results)|genetic(?:ally)?\b(?!"
        r" (?:algorithm|programming|operator|search|optimi[sz]ation|engineering|counsell?ing"
        r" (?:app|platform|software|service)|data|testing (?:lab|company|startup|product)))",
        r"(?:might|may|could|will|would) (?:get|develop|inherit|have) (?:it|that|the same)"
        r" (?:too|as well|also|one day|eventually)|(?:at|high|higher|increased) risk (?:of|for)"
        r" (?:developing|getting|inheriting)",
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
    ),
    good=(
        "Used a genetic algorithm for route planning.",
        "Worked in genetic testing lab operations as a QA analyst.",
        "Her team built the oncology scheduling app.",
    ),
)

RULES = (GEN_001, GEN_002)
