"""Salary history (state and local salary-history bans)."""

from __future__ import annotations

import re

from candor.language.context import Hit
from candor.language.model import Rule

_HOOK = (
    "Asking for, recording or relying on current or prior pay is banned in many states and "
    "cities (California, New York, Massachusetts, Oregon, NYC and others); many bans also "
    "forbid penalising a refusal to disclose. Asking about pay expectations is generally "
    "allowed."
)
_SUGGEST = (
    "Delete the pay history. Ask for expectations and share the posted range: 'Expectation "
    "$120k; posted range $110k-$130k.'"
)


#: The employer shares its own posted range, or the candidate is the one asking.
_SHARED_RANGE = re.compile(
    r"\b(?:shared|gave|give|told|explained|provided|sent|quoted|stated|confirmed|walked "
    r"(?:him|her|them) through)\b[^.;!?\n]{0,30}?\b(?:posted|advertised|listed|published"
    r"|our|the role's|the)\b[^.;!?\n]{0,20}?\b(?:band|range|salary range|pay range)s?\b"
)
_CANDIDATE_ASKED = re.compile(
    r"\b(?:cand|candidate|applicant|interviewee|he|she|they)\s+(?:also |only |then )?$"
)


def _not_expectation(hit: Hit) -> bool:
    matched = hit.matched
    if re.search(r"\bexpect\w*|\bdesired\b|\btarget\b|\bexpectations?\b", matched):
        return False  # "asked only about expected comp"
    if matched.startswith(("asked", "ask ")) and (
        _CANDIDATE_ASKED.search(hit.before(20)) or hit.in_sentence(_SHARED_RANGE)
    ):
        return False  # the candidate asked about pay; the employer shared its band
    around = hit.before(30) + " " + hit.after(30)
    if re.search(
        r"\bexpect\w*|\bposted range|\bpay range|\bsalary range|\bdesired|\btarget (?:salary|comp|pay|range)"
        r"|\basking\b|\bask is\b",
        around,
    ) and not re.search(r"\bat target\b", around):
        return False
    if re.match(
        r"^\s*(?:bands?|ranges?|structure|budget|scale|grid|table|survey|data"
        r"|benchmark|bracket|expectations?)",
        hit.after(20),
    ):
        return False
    return not re.search(
        r"\b(?:our|the role's|this role's|the team's|the company's)\s*$", hit.before(20)
    )


SAL_001 = Rule(
    id="CND-SAL-001",
    category="salary_history",
    severity="error",
    title="Current or prior pay",
    terms=(
        r"(?:current|currently|present|previous|prior|past|last|former|old|existing|today's|curr"
        r"|prev|recent)\.? (?:base |annual |total |gross |hourly |yearly |monthly )?(?:salary"
        r"|salaries|pay|compensation|comp|wages?|earnings|income|package|bonus|bonuses|base"
        r"|tc|total comp|ote|rate|day rate|hourly rate|equity|rsus?|sal|remuneration|paycheck)",
        r"(?:salary|pay|compensation|comp|wage|earnings|income) (?:history|at (?:his|her|their"
        r"|your) (?:current|last|previous|old) (?:job|role|employer|company))",
        r"(?:what|how much)(?:'s|s)? (?:is |was |are |were |does |did |do )?(?:you|he|she|they|the candidate)"
        r"(?:'re|'s| are| is| was| were)? (?:currently |now )?(?:making|earning|earn|make|paid"
        r"|getting paid|on|take home|makes|made|earns|earned|gets paid|got paid|pulls in"
        r"|takes home|took home|was paid|were paid|is paid|are paid)(?! about)",
        r"(?:he|she|they|candidate|cand)(?:'s| is| are| was| were)? (?:currently |now )?"
        r"(?:making|earning|earns|makes|made|paid|on|at|gets|got|takes home|took home|pulls in"
        r"|clears) (?:about |around |roughly |approx\.? |~"
        r"|only |just |over |under )?(?:\$|£|€|usd |gbp |eur )?\d[\d,.]*\s?(?:k|m|grand"
        r"|an hour|/hr|per hour|/h|/yr|per year|a year|usd|gbp|eur)?",
        r"(?:makes|made|earns|earned|earning|making|currently on|currently at|currently gets"
        r"|currently paid|paid) (?:about |around |roughly |~|only |just )?(?:\$|£|€)\s?\d[\d,.]*"
        r"\s?(?:k|m|grand|an hour|/hr|/h|per hour|/yr|per year|a year|/year)?",
        r"currently (?:on|at|making|earning|paid|gets|getting|makes|earns) (?:about |around |~"
        r"|only |just )?(?:\$|£|€)?\s?\d[\d,.]*\s?(?:k|m|grand|an hour|/hr|/h|per hour|/yr"
        r"|per year|a year|/year)?",
        r"w-?2s?|pay ?stubs?|payslips?|pay slips?|p60|tax returns?",
        r"(?:verify|verified|check|checked|confirm|confirmed|call(?:ed)?|asked) (?:\w+ ){0,3}?"
        r"(?:salary|pay|compensation|comp|earnings|paid|earning|making|earned)",
        r"(?:match|beat|top|exceed) (?:his|her|their|the candidate's) (?:current |existing )?"
        r"(?:salary|pay|comp|package|wage|offer)",
        r"(?:refused|declined|wouldn't|would not|did not|didn't|unwilling|reluctant) (?:to )?"
        r"(?:share|disclose|say|tell|give|reveal|provide) (?:us )?(?:his|her|their|the)? ?"
        r"(?:current |previous |prior |past )?(?:salary|pay|comp|compensation|earnings|numbers"
        r"|income)",
    ),
    anchors=(
        "make",
        "made",
        "current",
        "present",
        "previous",
        "prior",
        "past$",
        "last$",
        "former",
        "old$",
        "existing",
        "today's",
        "curr",
        "prev",
        "recent",
        "salary",
        "pay$",
        "compensation",
        "comp$",
        "wage",
        "earnings",
        "income",
        "making",
        "earning",
        "earn",
        "earns",
        "makes",
        "paid",
        "w2",
        "w-2",
        "w2s",
        "paystub",
        "pay stub",
        "payslip",
        "pay slip",
        "p60",
        "tax",
        "verify",
        "verified",
        "check",
        "confirm",
        "call",
        "asked",
        "match",
        "beat",
        "top$",
        "exceed",
        "refused",
        "declined",
        "wouldn't",
        "would not",
        "did not",
        "unwilling",
        "reluctant",
        "currently",
        "how much",
    ),
    check=_not_expectation,
    exemptions=frozenset({"professional"}),
    message="Asks for, records or relies on the candidate's current or prior pay.",
    rationale=_HOOK,
    suggestion=_SUGGEST,
    bad=(
        "Current salary is $95k.",
        "Asked what she's making now.",
        "Currently on 140k base plus bonus; we should match her current comp.",
        "Refused to share his salary history.",
        "Asked for a W-2 to verify pay.",
    ),
    good=(
        "Salary expectation $120k; posted range $110k-$130k.",
        "Our current salary band for this role is $90k-$110k.",
        "Built a payroll system for 4,000 employees.",
        "She asked about pay, so I shared the advertised band of $80k-$95k.",
        "Asked only about expected compensation, per the state rules.",
    ),
)


_PAY = (
    r"(?:salary|salaries|pay|base|base pay|base salary|bonus(?:es)?|rsus?|equity|stock"
    r"|stock options|options|shares|hourly rate|day rate|daily rate|rate|wages?|comp"
    r"|compensation|package|tc|total comp|ote|earnings|income|take-?home|pay ?cheque|paycheck"
    r"|commission|overtime pay|pension)"
)
#: Pay words specific enough to follow with a named employer and an amount.
_PAY_STRICT = (
    r"(?:salary|salaries|pay|base|base pay|base salary|bonus(?:es)?|rsus?|equity|stock options"
    r"|hourly rate|day rate|daily rate|wages?|comp|compensation|package|tc|total comp|ote"
    r"|take-?home|pay ?cheque|paycheck|commission)"
)
_WORKPLACE = (
    r"(?:co|company|job|role|employer|firm|place|gig|shop|work|workplace|position|agency|org"
    r"|organi[sz]ation|store|site|warehouse|startup|practice|school|hospital|bank|client)"
)
_AMOUNT = (
    r"(?:~|\$|£|€)?\s?\d[\d,.]*\s?(?:k|m|grand|an hour|/hr|/h|per hour|/yr|per year|a year|/year)?"
)


def _prior_pay(hit: Hit) -> bool:
    """Pay at the candidate's employer, not the employer's own band or a neutral amount."""
    m = hit.matched
    if re.match(r"(?:base|rate|stock|options|shares|income|package|equity|pension)\b", m) and (
        re.search(
            r"\b(?:customer|user|code|install|installed|data|knowledge|fan|client|subscriber"
            r"|revenue|tax|asset|cost|success|error|churn|conversion|growth|interest|exchange"
            r"|tech|software|npm|python|vendor|retirement|state|public)[\s-]*$",
            hit.before(20),
        )
    ):
        return False  # "customer base at Acme", "success rate at Google"
    at = re.search(r" (?:at|with|from) (?:the )?(\S+)", m)
    if at and re.search(r"(?:was|is|were|are|came|comes|looked|looks)$", m):
        # "comp at Meta was mostly stock": a named employer, capitalised as written
        word = hit.text[hit.start + at.start(1) : hit.start + at.end(1)]
        if not word[:1].isupper() or re.match(
            r"(?:level|band|grade|step|tier|l\d|our|this|year|stage|entry|senior|junior)",
            word.lower(),
        ):
            return False
    if re.search(r"\b(?:our|this|the role's|this role's|we|us)\b", m):
        return False
    if re.search(
        r"\b(?:women|men|people|staff|workers|employees|nurses|teachers|teams?|everyone|many|most"
        r"|workforce|department|colleagues|reports|reportees"
        r"|all|sector|industry|roles|jobs)\b[^.;!?]{0,25}$",
        hit.before(40),
    ):
        return False  # "nurses are underpaid": a remark about a group, not the candidate
    if re.search(
        r"\b(?:year|years|level|role|position|target|band|grade|stage|offer|probation|plan"
        r"|policy|scheme|tier|l\d+|senior|junior|entry|the first|month|months)\b",
        m,
    ) and not re.search(r"\b(?:current|last|previous|prior|old|former|his|her|their)\b", m):
        return False  # "bonus in year one is 10%": the employer's own terms
    if re.search(
        r"\b(?:our|we|this role|for the role|the posted|no one|nobody|avoid|ensure"
        r"|never|don't want)\b",
        hit.before(30),
    ):
        return False
    return not re.match(
        r"^\s*(?:band|range|scale|structure|policy|polic(?:y|ies)|survey"
        r"|data|benchmark)",
        hit.after(15),
    )


SAL_002 = Rule(
    id="CND-SAL-002",
    category="salary_history",
    severity="error",
    title="Pay at a past or current employer, raises or pay level",
    terms=(
        # "RSUs at current co", "bonus at his last job", "package at her old place"
        _PAY + r" (?:at|with|from|in) (?:his|her|their|the|your|my)? ?(?:current|last|previous"
        r"|prior|old|former|present|existing|day|most recent|recent) " + _WORKPLACE + r"s?\b",
        # "hourly rate at the Amazon warehouse was $19.50", "base at Google is 180k"
        _PAY_STRICT
        + r" (?:at|with|from|in) (?:the |his |her |their )?(?:[\w&.'-]+ ){1,3}?(?:was|is"
        r"|were|are|of|worth|came to|comes to|totals?|totalled|totaled|hit|sits at|sat at"
        r"|around|about|roughly|topped out at|maxed out at)\s(?:about |around |roughly |only "
        r"|just |over |under |nearly |almost )?" + _AMOUNT,
        # raises and pay rises: "last raise took him to 120k", "got bumped to 95k"
        r"(?:last|latest|most recent|recent|previous|prior|annual|his|her|their|a|the) (?:pay "
        r")?(?:raise|rise|pay rise|payrise|pay bump|bump|increase|merit increase|uplift"
        r"|promotion|increment) (?:took|put|brought|moved|got|pushed|bumped|lifted|has taken"
        r"|has put) (?:him|her|them)? ?(?:up )?to " + _AMOUNT,
        r"(?:got|received|given|had|was given|just got) a (?:pay )?(?:raise|rise|bump|increase"
        r"|uplift) to " + _AMOUNT + r"|(?:bumped|raised|promoted|increased) (?:up )?to "
        r"(?:~|\$|£|€)\s?\d[\d,.]*\s?(?:k|m|grand)?",
        # judgements of the candidate's pay level where they work(ed)
        r"(?:under|over)-?paid(?: (?:at|in|where|there|now|currently|right now|for years"
        r"|compared))?|paid (?:peanuts|buttons|a pittance|next to nothing|pennies|a fortune"
        r"|handsomely|top dollar|very (?:well|little|badly|poorly)|(?:really |so |quite )?"
        r"(?:well|badly|poorly|little)|below market|above market|under market|over market)"
        r"(?! (?:attention|heed|mind|notice|regard|lip|respect|tribute|dividends|close|off))"
        r"(?: (?:at|in|by|there|now|currently))?|(?:poorly|badly|lowly|well|over|under)[- ]paid"
        r" (?:at|in|job|role|gig|position|sector|industry)|on (?:peanuts|a pittance"
        r"|buttons|minimum wage|min wage) (?:at|in|there|now|currently)",
        r"(?:took|taking|take|takes|accepted|accepting|had|got|swallowed) a (?:\w+ )?(?:pay"
        r"|salary|comp) (?:cut|drop|decrease|reduction|hit|freeze|downgrade)|(?:pay|salary)"
        r" (?:cut|drop|decrease|reduction|freeze) (?:at|in|when|from|to join|to move)",
        r"(?:current|last|previous|prior|old|former|present) (?:employer|company|job|boss|firm"
        r"|role|workplace|client)s? (?:pays?|paid|paying|gives?|gave|offers?|offered|gets|got)"
        r" (?:you|him|her|them)\b",
        r"(?:what's|what is|what was|what are|how much is|how much's) (?:your|his|her|their) (?:current |base"
        r" |total |annual )?(?:salary|pay|comp|compensation|package|base|tc|wage|rate|day rate"
        r"|bonus|take-?home)\b(?! (?:expectations?|range|ask|requirements?|target|needs?|goal"
        r"|for (?:this|the) (?:role|job|position)|going to be|be|here|with us))",
        r"(?:earning|earns|earned|making|makes|made|on|paid|pulling in|pulls in|pulled in|taking"
        r" home|takes home|took home|clearing|clears) (?:a |an )?(?:low |mid |high |solid |comfortable"
        r" |good )?(?:five|six|seven|5|6|7)[- ]figures?|(?:pulling|pulls|pulled|raking|rakes"
        r"|raked) in (?:~|\$|£|€)?\s?\d[\d,.]*\s?(?:k|m|grand)?",
        r"(?:currently|presently|right now|at the moment|was|were|he's|she's|they're|he is"
        r"|she is|they are|cand is|candidate is) (?:currently |now )?(?:on|at|earning|making"
        r"|paid|getting) (?:a |an )?(?:day |daily |hourly |annual |base |basic |gross )?(?:rate"
        r"|salary|base|package|wage|day rate) of",
        r"on (?:~|\$|£|€)?\s?\d[\d,.]*\s?(?:k|grand|m) (?:tc|base|total comp|total|ote|a year"
        r"|per year|p\.?a\.?|salary|plus (?:bonus|equity|car|benefits|commission|stock|rsus))\b",
        r"p45s?|p11ds?|1099s?|salary slips?",
        r"(?:from|on|over|above|than|beat|match|matching|top) (?:his|her|their|your) (?:current"
        r"|present|existing|last|previous|old) (?:~|\$|£|€)?\s?\d[\d,.]*\s?(?:k|grand)?\b",
        r"(?:how much|what) (?:does|did|do) (?:the |his |her |their )?[a-z][\w&.'-]* pay (?:you|him"
        r"|her|them)\b",
        r"(?:previously|formerly|before that|last year|until recently) (?:on|at|earning|making"
        r"|paid|getting|took home|pulled in) (?:about |around |roughly |~|only |just )?(?:\$|£"
        r"|€)?\s?\d[\d,.]*\s?(?:k|grand|an hour|/hr|per hour|a year|per year)?",
        r"(?:what|which) (?:salary|pay|rate|package|comp|base|wage|day rate|hourly rate|bonus"
        r") (?:did|do|does|were|are|was|is) (?:you|he|she|they)(?: currently)? (?:leave"
        r" on|leaving on|have|get|earn|make|receive|take home|on|paid)\b",
        _PAY_STRICT
        + r" (?:at|with|from) (?:the )?[a-z][\w&.'-]*(?: [a-z][\w&.'-]*)? (?:was|is|were"
        r"|are|came|comes|looked|looks)\b",
        r"(?:last|this) year's (?:bonus|raise|pay|salary|comp|package|rsus?|equity grant"
        r"|payout|commission)",
    ),
    anchors=(
        "salar",
        "pay",
        "base",
        "bonus",
        "rsu",
        "equity",
        "stock",
        "options",
        "shares",
        "hourly",
        "day rate",
        "daily",
        "rate",
        "wage",
        "comp",
        "package",
        "tc$",
        "from his",
        "from her",
        "from their",
        "from your",
        "on his",
        "on her",
        "over his",
        "over her",
        "above his",
        "above her",
        "than his",
        "than her",
        "beat",
        "match",
        "matching",
        "top$",
        "pay you",
        "pay him",
        "pay her",
        "pay them",
        "total",
        "ote$",
        "earnings",
        "income",
        "take",
        "paycheck",
        "commission",
        "overtime",
        "pension",
        "raise",
        "rise",
        "payrise",
        "bump",
        "increase",
        "merit",
        "uplift",
        "promotion",
        "increment",
        "bumped",
        "raised",
        "promoted",
        "increased",
        "underpaid",
        "overpaid",
        "under-paid",
        "over-paid",
        "paid",
        "poorly",
        "badly",
        "lowly",
        "peanuts",
        "pittance",
        "minimum",
        "min wage",
        "year's",
        "took",
        "taking",
        "takes",
        "accepted",
        "accepting",
        "swallowed",
        "employer",
        "company",
        "job$",
        "boss",
        "firm",
        "role",
        "workplace",
        "client",
        "what's",
        "what is",
        "what was",
        "what are",
        "how much",
        "earning",
        "earns",
        "earned",
        "making",
        "makes",
        "made",
        "pulling",
        "pulls",
        "pulled",
        "clearing",
        "clears",
        "raking",
        "rakes",
        "raked",
        "previously",
        "formerly",
        "before that",
        "last year",
        "until recently",
        "figure",
        "five",
        "six",
        "seven",
        "a year",
        "per year",
        "p.a",
        "pa$",
        "plus",
        "p45",
        "p11d",
        "1099",
        "salary slip",
    ),
    check=_prior_pay,
    exemptions=frozenset({"professional"}),
    message="Records or relies on the candidate's pay at a current or former employer.",
    rationale=_HOOK,
    suggestion=_SUGGEST,
    bad=(
        "Stock at her current company vests at about 30k a year.",
        "Day rate at the agency was £450.",
        "Latest pay rise put her to 88k.",
        "She's badly underpaid where she is, so a modest offer will land.",
        "Paid a pittance at the charity, so she won't negotiate hard.",
        "Bonus at his old firm came to 25k.",
        "Last year's bonus was 15%.",
        "Took a big salary cut to join the startup, so she's cheap right now.",
        "What does your current employer pay you?",
        "She's pulling in six figures at the consultancy.",
        "What's your base at the moment?",
        "Left the agency on 68k base.",
        "She's currently on a day rate of £450.",
        "Ask for his P45 before the offer.",
        "Previously on $70k at a logistics firm.",
        "What's she on now?",
        "Wants a decent bump from her current 85k.",
        "How much does Deloitte pay you?",
        "What salary did you leave on?",
        "Her compensation at Meta was mostly stock.",
    ),
    good=(
        "Our salary range for this role is $90k-$110k.",
        "Bonus at this level is 10% of base, per our policy.",
        "Expects around 95k; within the posted range.",
        "We never want anyone underpaid relative to the market.",
        "Care workers are badly underpaid in this sector.",
        "His old team was underpaid, so as HR lead he rebuilt the pay bands.",
        "Paid little attention to test coverage in the exercise.",
        "What's your salary expectation for this role?",
        "Bonus in year one is 10% of base.",
        "The role is on a salary of 45k plus benefits.",
        "Salary at Level 3 is 40k under the grading scheme.",
        "Pay at the store level is set by the regional team.",
        "Customer base at Shopify was 2M merchants when she joined.",
        "Stock at the Leeds warehouse was counted weekly.",
        "Our current employer-paid benefits include dental.",
    ),
)


def _pay_relative(hit: Hit) -> bool:
    """The candidate's own current pay sets the offer, not an expectation or the band alone."""
    if re.search(
        r"\b(?:expect\w*|desired|asking|ask|target|wants?|wanted|hoping)\b", hit.before(40)
    ):
        return False  # "expects 10% above current": the candidate's expectation is allowed
    m = hit.matched
    if re.search(r"(?:\+|plus) ?\d+$", m) and not re.search(
        r"\b(?:offer\w*|pay|paid|salary|comp|compensation|base|package|band|range|raise"
        r"|bump|max|cap|no higher|don't go above)\b",
        hit.sentence,
    ):
        return False  # "last +2 commits", "current +5 volts"
    return not re.search(
        r"\b(?:role|position|job|we|our|this|posting|market|peers|interns?|juniors?|staff"
        r"|employees|everyone|others)\s+(?:\w+\s+)?$",
        hit.before(25),
    )


SAL_003 = Rule(
    id="CND-SAL-003",
    category="salary_history",
    severity="error",
    title="Offer pegged to current pay",
    terms=(
        # "offer current +10%", "current plus 15", "a 10% uplift on current"
        r"(?:current|existing) ?(?:(?:base|salary|pay|comp|package|tc) ?)?(?:\+|plus) ?\d+"
        r" ?(?:%|percent|k)?(?!\w)",
        r"(?:uplift|bump|premium|markup|mark-up) (?:on|over|above) (?:(?:his|her|their|the"
        r" candidate's) )?(?:current|existing|present|what (?:he|she|they) (?:makes|earns|gets"
        r"|is on|'s on|are on|currently|now))",
        # "earns less than our band floor", "paid well below the posted range"
        r"(?:earns|earning|earned|makes|paid|currently on|currently at) (?:well |much |a lot"
        r" |way |far |slightly |a bit |a little |just )?(?:less than|more than|below|above"
        r"|under|over|lower than|higher than|beneath|within) (?:our|the|this role's|the role's"
        r"|the posted|the advertised)(?: \w+)? (?:band|range|floor|midpoint|mid-point|ceiling"
        r"|cap|bottom|top|minimum|min|max|maximum|grade|scale)\b",
    ),
    anchors=(
        "current",
        "existing",
        "uplift",
        "bump",
        "premium",
        "markup",
        "mark-up",
        "earns",
        "earning",
        "earned",
        "makes",
        "paid",
        "currently",
    ),
    check=_pay_relative,
    message="Sets or limits the offer by the candidate's current pay.",
    rationale=_HOOK
    + " Pegging an offer to current pay (current plus a percentage, 'below our floor so "
    "offer the bottom') relies on pay history, which the bans forbid.",
    suggestion=(
        "Set the offer from the posted range, the role's level and the rubric: 'Level 3; "
        "offer at the range midpoint per the comp guide.'"
    ),
    bad=(
        "Offer current +10%, don't go above.",
        "Go to current plus 15 and no higher.",
        "Give her a 12% uplift on what she makes now.",
        "Earns less than our band floor today, so bottom of range is fine.",
        "He's paid well below the posted range, so lowball him.",
    ),
    good=(
        "Expects 10% above current; posted range shared.",
        "The role pays less than the market midpoint, so we raised the band.",
        "Offer at the midpoint of the posted range for level 3.",
        "Interns earn less than the band floor by design.",
        "Last +2 commits broke the build.",
    ),
)

RULES = (SAL_001, SAL_002, SAL_003)
