"""Salary history (state and local salary-history bans)."""

from __future__ import annotations

from candor.language import rx
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
_SHARED_RANGE = rx.compile(
    r"\b(?:shared|gave|give|told|explained|provided|sent|quoted|stated|confirmed|walked "
    r"(?:him|her|them) through)\b[^.;!?\n]{0,30}?\b(?:posted|advertised|listed|published"
    r"|our|the role's|the)\b[^.;!?\n]{0,20}?\b(?:band|range|salary range|pay range)s?\b"
)
_CANDIDATE_ASKED = rx.compile(
    r"\b(?:cand|candidate|applicant|interviewee|he|she|they)\s+(?:also |only |then )?$"
)


#: The employer saying it does not ask for pay history: the compliant practice, which a
#: letter or note may state ("we don't collect information about current or past pay").
#: The negated verb governs the match: no clause break or "but" in between.
_NOT_ASKED_BEFORE = rx.compile(
    r"\b(?:do not|don't|does not|doesn't|never|won't|will not|cannot|can't|may not|must not"
    r"|not)\s+(?:[\w']+\s+){0,3}?(?:ask|asks|asking|request|requesting|consider|considering"
    r"|use|using|include|including|require|requiring|seek|collect|collecting|inquire|rely on"
    r"|base \w+ on)\b(?:(?!\bbut\b|\bhowever\b|\bthough\b)[^,;.!?]){0,45}$"
)
#: Nobody asked, or the question is gone: nothing was recorded.
_NOT_ASKED_AT_ALL = rx.compile(
    r"\bneither was asked|(?:were|was|is) not asked|(?:weren't|wasn't) asked|question (?:was"
    r" |has been )?removed|no longer (?:ask|collect)|(?:we|i) (?:didn't|did not|never|don't|do not) ask\b"
    r"|(?:no|not) (?:prior|current|previous|past) (?:pay|salary|comp) (?:was )?discussed"
    r"|no (?:discussion|mention|questions?) (?:of|about|on) (?:prior|current|previous|past) (?:pay"
    r"|salary|comp)"
    r"|(?:pay|salary|comp) (?:was )?not discussed"
)
#: The candidate declined and it was left there ("which is fine under our policy"); a
#: refusal held against them ("red flag", "moving on") stays a finding.
_DECLINED = rx.compile(
    r"\b(?:declined|chose not|preferred not|didn't want|did not want|would rather not|'d rather"
    r" not)(?: to)? (?:share|discuss|disclose|give|say)"
)
_NEUTRAL = rx.compile(
    r"\b(?:(?:which|that)(?:'s| is) fine|that's ok|no problem|fine under|per (?:our )?policy"
    r"|(?:we|i) (?:don't|do not|didn't|did not) ask|gave (?:the|our) (?:posted )?(?:range|band)"
    r"|shared the (?:posted )?(?:\$[\d,k–-]+ )?(?:range|band))"
)
_NOT_ASKED_AFTER = rx.compile(
    r"^[\s;:,.\u2014\u2013-]{0,4}(?:we|i|our policy|the company|the firm)\s+(?:do not|don't"
    r"|does not|doesn't|never|did not|didn't)\s+(?:ask|request|collect|consider|use)\b"
)


def _not_expectation(hit: Hit) -> bool:
    matched = hit.matched
    # The next clause may be past the sentence window's ";" ("...salary; we don't ask").
    after = hit.low[hit.end : hit.end + 40]
    if _NOT_ASKED_BEFORE.search(hit.before(80)) or _NOT_ASKED_AFTER.match(after):
        return False  # "we do not ask about or consider salary history": compliant
    if _NOT_ASKED_AT_ALL.search(hit.sentence) or (
        _DECLINED.search(hit.sentence) and _NEUTRAL.search(hit.low, hit.s_start, hit.s_end + 80)
    ):
        return False  # "declined to share prior pay - fine, we don't ask"; "question removed"
    if rx.search(r"\bexpect\w*|\bdesired\b|\btarget\b|\bexpectations?\b", matched):
        return False  # "asked only about expected comp"
    if matched.startswith(("asked", "ask ")) and (
        _CANDIDATE_ASKED.search(hit.before(20)) or hit.in_sentence(_SHARED_RANGE)
    ):
        return False  # the candidate asked about pay; the employer shared its band
    around = hit.before(30) + " " + hit.after(30)
    if rx.search(
        r"\bexpect\w*|\bposted range|\bpay range|\bsalary range|\bdesired|\btarget (?:salary|comp|pay|range)"
        r"|\basking\b|\bask is\b|\blooking for\b|\bhoping for\b",
        around,
    ) and not rx.search(r"\bat target\b", around):
        return False
    if rx.match(
        r"^\s*(?:bands?|ranges?|structure|budget|scale|grid|table|survey|data"
        r"|benchmark|bracket|expectations?)",
        hit.after(20),
    ):
        return False
    return not rx.search(
        r"\b(?:our|the role's|this role's|the team's|the company's)\s*$", hit.before(20)
    )


#: A count of things after a number ("made 12 hires", "makes 40 calls a day"), not pay.
_NOT_COUNT = (
    r"(?!\s+(?:[\w-]+\s+)?(?:certifications?|certs?|hires?|sales|calls|deals"
    r"|deliveries|visits|trips|orders|units|tickets|cases|patients|students|reports|people"
    r"|staff|stores|sites|branches|locations|points?|goals?|awards?|promotions?|languages?"
    r"|percent|of|out|mistakes|errors|changes|commits|prs"
    r"|features|projects|clients|customers|accounts|beds|wards|shifts|trucks|routes|stops"
    r"|pallets|picks|lines|items|kids|children|reps|engineers|nurses|products|apps)\b)"
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
        r"|takes home|took home|was paid|were paid|is paid|are paid|pulling(?: down| in)?"
        r"|pull(?: down| in)|bringing (?:in|home)|bring (?:in|home)|grossing|netting)(?! about"
        r"| at (?:this|the) (?:role|job))",
        r"(?:what|how much)(?:'s|s)? (?:is |was |are |were )?(?:you|he|she|they|the candidate)"
        r"(?:'re|'s| are| is| was| were)? (?:currently |now )?(?:getting|clearing|netting"
        r"|grossing) (?:paid|at (?!the moment|this|the end)[a-z]+|(?:right )?now|currently|there"
        r"|these days|rn|an hour|a year|per (?:hour|year|annum|month))",
        r"(?:he|she|they|you|candidate|cand)(?:'s| is| are| was| were|'re)? (?:currently |now )?"
        r"(?:making|earning|earns|earned|makes|made|paid|on|at|gets|got|takes home|took home"
        r"|pulls in|clears|gets paid|got paid|getting paid|is paid|was paid) (?:about |around"
        r" |roughly |approx\.? |~"
        r"|only |just |over |under )?(?:\$|£|€|usd |gbp |eur )?\d[\d,.]*(?![.,]?\d)\s?(?:k|m"
        r"|grand|an hour|/hr|per hour|/h|/yr|per year|a year|usd|gbp|eur)?" + _NOT_COUNT,
        r"(?:makes|made|earns|earned|earning|making|currently on|currently at|currently gets"
        r"|currently paid|paid) (?:about |around |roughly |~|only |just )?(?:\$|£|€)\s?\d[\d,.]*"
        r"\s?(?:k|m|grand|an hour|/hr|/h|per hour|/yr|per year|a year|/year)?",
        r"currently (?:on|at|making|earning|paid|gets|getting|makes|earns) (?:about |around |~"
        r"|only |just )?(?:\$|£|€)?\s?\d[\d,.]*\s?(?:k|m|grand|an hour|/hr|/h|per hour|/yr"
        r"|per year|a year|/year)?",
        r"w-?2s?|pay ?stubs?|payslips?|pay slips?|p60|tax returns?",
        r"(?:verify|verified|check|checked|confirm|confirmed|call(?:ed)?|asked) (?:\w+ ){0,3}?"
        r"(?:salary|pay|compensation|comp|earnings|paid|earning|making|earned)",
        # "her base is 68 plus 10% bonus"
        r"(?:his|her|their|your) (?:base|base salary|salary|pay|wage|hourly rate|day rate|rate"
        r"|package|comp|tc|ote|hourly|total comp|earnings|income) (?:is|was|'s|are|were|sits at"
        r"|comes to|came to|of) (?:about |around |roughly |~|only |just |over |under )?(?:\$|£"
        r"|€)?\s?\d[\d,.]*(?![\d%])(?! ?(?:percent|per cent|%|out of|/\d|tickets|units|calls"
        r"|picks|items|cases|orders))",
        # "please fill in the earnings section for your last three jobs"
        r"(?:salary|earnings|pay|compensation|wage|income) (?:section|field|box|column|details"
        r"|information|info|figures?) (?:for|of|from|at) (?:your|his|her|their|the candidate's)"
        r" (?:last|previous|prior|past|former|current|present)\b",
        # "the salary you disclosed during the interview"
        r"(?:salary|pay|compensation|comp|earnings|income|wages?|rate|package) (?:that )?(?:you"
        r"|he|she|they) (?:disclosed|declared|reported|listed|provided|earned|earn|were on|are on"
        r"|left on|currently (?:earn|receive|get|make)|made|received)\b",
        # "what did your last job pay?"
        r"(?:what|how much) (?:did|does|do|would) (?:your|his|her|their) (?:last|previous|prior"
        r"|old|former|current|present) (?:job|role|employer|company|firm|place|position|gig"
        r"|boss|school|hospital|agency) (?:pay|offer|give)\b",
        r"used to (?:earn|be paid|take home|pull in|gross|(?:make|be on|clear|net|get)"
        r" (?:about |around |roughly |~|over |under )?(?:(?:\$|£|€)\s?\d[\d,.]*\s?(?:k|m|grand)?"
        r"|\d[\d,.]*\s?(?:k|grand|an hour|/hr|/h|per hour|a year|per year|/yr|a week|per"
        r" week)))",
        r"(?:match|beat|top|exceed) (?:his|her|their|the candidate's) (?:current |existing )?"
        r"(?:salary|pay|comp|package|wage|offer)",
        r"(?:refused|declined|wouldn't|would not|did not|didn't|unwilling|reluctant) (?:to )?"
        r"(?:share|disclose|say|tell|give|reveal|provide) (?:us )?(?:his|her|their|your|the)? ?"
        r"(?:current |previous |prior |past )?(?:salary|pay|comp|compensation|earnings|numbers"
        r"|income)",
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
        "Used to make $31 an hour driving for the council.",
        "Said his salary is 62 plus overtime.",
        "Please complete the pay details for your previous three employers.",
        "What did his old agency pay?",
        "He earned 70k last year with commission.",
        "Since you were on 50k, we'll offer 52k.",
        "Your offer reflects the pay you disclosed on the application form.",
        "As you declined to disclose your compensation, we cannot proceed.",
        "We don't ask about salary history but he told us he makes 60k.",
        "Not sure why, but she refused to share her current salary.",
        "She used to earn more before the restructure.",
        "What's he bringing home over at the agency?",
        "What's she getting at Tesco right now?",
        "How much is she pulling down at the bank these days?",
        "Asked for a W-2 to verify pay.",
    ),
    good=(
        "Salary expectation $120k; posted range $110k-$130k.",
        "Our current salary band for this role is $90k-$110k.",
        "Built a payroll system for 4,000 employees.",
        "She asked about pay, so I shared the advertised band of $80k-$95k.",
        "Asked only about expected compensation, per the state rules.",
        "What is she getting at the moment in terms of notice period?",
        "How much are they clearing in the pipeline each sprint?",
        "What's he getting out of the move, career-wise?",
        "Used to make 300 deliveries a day at peak.",
        "She used to be on the night rota at the depot.",
        "Her rate is 98% on the picking accuracy test.",
        "Her pay expectation is 60k, inside the range.",
        "What would your current team say about your estimates?",
        "She made 14 hires last quarter as the recruiting lead.",
        "He's at 3 stores now as area manager.",
        "You were making 50 calls a day in your last role, you said.",
        "The salary you requested is within our posted range.",
        "We do not ask about or consider salary history; please share your expectations.",
        "Please do not include current or past salary information in your application.",
        "Declined to share current salary; we don't ask, so no impact.",
        "Asked what salary she's looking for: $24/hr.",
        "No discussion of prior pay; expectation $70k against a posted range of $65-75k.",
    ),
)


_PAY = (
    r"(?:salary|salaries|pay|base|base pay|base salary|bonus(?:es)?|rsus?|equity|stock|hourly"
    r"|hourly pay|hourly wage|pay rate|rate of pay|tips"
    r"|stock options|options|shares|hourly rate|day rate|daily rate|rate|wages?|comp"
    r"|compensation|package|tc|total comp|ote|earnings|income|take-?home|pay ?cheque|paycheck"
    r"|commission|overtime pay|pension)"
)
#: Pay words specific enough to follow with a named employer and an amount.
_PAY_STRICT = (
    r"(?:salary|salaries|pay|base|base pay|base salary|bonus(?:es)?|rsus?|equity|stock options"
    r"|hourly|hourly pay|hourly wage|pay rate|rate of pay"
    r"|hourly rate|day rate|daily rate|wages?|comp|compensation|package|tc|total comp|ote"
    r"|take-?home|pay ?cheque|paycheck|commission)"
)
_WORKPLACE = (
    r"(?:co|company|job|role|employer|firm|place|gig|shop|work|workplace|position|agency|org"
    r"|organi[sz]ation|store|site|warehouse|startup|practice|school|hospital|bank|client"
    r"|restaurant|bar|cafe|caf\u00e9|hotel|depot|plant|factory|mill|salon|clinic|district"
    r"|trust|council|branch|centre|center|kitchen|yard|dealership|garage|franchise|chain"
    r"|studio|lab|office|department|dept|venue|pub|unit|ward|facility|university|college"
    r"|nursery|academy|charity|contractor|gym|farm|board|authority|county|station|home"
    r"|care home|distribution cent(?:re|er)|call cent(?:re|er)|plant|team|outfit|place of work)"
)
_AMOUNT = (
    r"(?:~|\$|£|€)?\s?\d[\d,.]*\s?(?:k|m|grand|an hour|/hr|/h|per hour|/yr|per year|a year|/year)?"
)


def _prior_pay(hit: Hit) -> bool:
    """Pay at the candidate's employer, not the employer's own band or a neutral amount."""
    m = hit.matched
    if rx.match(r"(?:base|rate|stock|options|shares|income|package|equity|pension)\b", m) and (
        rx.search(
            r"\b(?:customer|user|code|install|installed|data|knowledge|fan|client|subscriber"
            r"|revenue|tax|asset|cost|success|error|churn|conversion|growth|interest|exchange"
            r"|renewal|retention|win|close|fill|attrition|turnover|response|pass|completion"
            r"|occupancy|collection|defect|scrap|yield|utili[sz]ation|recovery"
            r"|tech|software|npm|python|vendor|retirement|state|public)[\s-]*$",
            hit.before(20),
        )
    ):
        return False  # "customer base at Acme", "success rate at Google"
    at = rx.search(r" (?:at|with|from) (?:the )?(\S+)", m)
    if at and rx.search(r"(?:was|is|were|are|came|comes|looked|looks)$", m):
        # "comp at Meta was mostly stock": a named employer, capitalised as written
        word = hit.text[hit.start + at.start(1) : hit.start + at.end(1)]
        if not word[:1].isupper() or rx.match(
            r"(?:level|band|grade|step|tier|l\d|our|this|year|stage|entry|senior|junior)",
            word.lower(),
        ):
            return False
    if rx.search(r"\b(?:our|this|the role's|this role's|we|us)\b", m):
        return False
    if rx.search(
        r"\b(?:women|men|people|staff|workers|employees|nurses|teachers|teams?|everyone|many|most"
        r"|workforce|department|colleagues|reports|reportees"
        r"|all|sector|industry|roles|jobs)\b[^.;!?]{0,25}$",
        hit.before(40),
    ):
        return False  # "nurses are underpaid": a remark about a group, not the candidate
    if rx.search(
        r"\b(?:year|years|level|role|position|target|band|grade|stage|offer|probation|plan"
        r"|policy|scheme|tier|l\d+|senior|junior|entry|the first|month|months)\b",
        m,
    ) and not rx.search(r"\b(?:current|last|previous|prior|old|former|his|her|their)\b", m):
        return False  # "bonus in year one is 10%": the employer's own terms
    if rx.search(
        r"\b(?:our|we|this role|for the role|the posted|no one|nobody|avoid|ensure"
        r"|never|don't want)\b",
        hit.before(30),
    ):
        return False
    return not rx.match(
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
    if rx.search(
        r"\b(?:expect\w*|desired|asking|ask|target|wants?|wanted|hoping)\b", hit.before(40)
    ):
        return False  # "expects 10% above current": the candidate's expectation is allowed
    m = hit.matched
    if rx.search(r"(?:\+|plus) ?\d+$", m) and not rx.search(
        r"\b(?:offer\w*|pay|paid|salary|comp|compensation|base|package|band|range|raise"
        r"|bump|max|cap|no higher|don't go above)\b",
        hit.sentence,
    ):
        return False  # "last +2 commits", "current +5 volts"
    return not rx.search(
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
        # "offer 5k more than she's on now"
        r"(?:(?:more|less|higher|lower) than|(?:above|below|under|over|on top of) what)"
        r" (?:what )?(?:she's|he's|they're|she is|he is|they are|she was|he was|they were|she|he|they"
        r"|the candidate is|cand is) (?:currently |now )?(?:on|making|earning|getting|paid"
        r"|taking home|pulling in|clearing)\b(?! (?:the|a|an|her|his|their) (?:project|team"
        r"|case|call|rota|shift|ward|course|job board))",
        # "earns less than our band floor", "paid well below the posted range"
        r"(?:earns|earning|earned|makes|paid|currently on|currently at) (?:well |much |a lot"
        r" |way |far |slightly |a bit |a little |just )?(?:less than|more than|below|above"
        r"|under|over|lower than|higher than|beneath|within) (?:our|the|this role's|the role's"
        r"|the posted|the advertised)(?: \w+)? (?:band|range|floor|midpoint|mid-point|ceiling"
        r"|cap|bottom|top|minimum|min|max|maximum|grade|scale)\b",
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
        "Go 8% above what he's making now and stop there.",
        "Offer her a bit more than she's currently getting.",
    ),
    good=(
        "Expects 10% above current; posted range shared.",
        "The role pays less than the market midpoint, so we raised the band.",
        "Offer at the midpoint of the posted range for level 3.",
        "Interns earn less than the band floor by design.",
        "Last +2 commits broke the build.",
        "She wants more than she's getting from her current team in terms of mentoring.",
        "Spends more than he's on the project for, per the timesheets.",
    ),
)


#: A person, or "was", just before "on $24/hr": the candidate's own rate.
_RATE_SUBJECT = rx.compile(
    r"(?:\b(?:was|were|been|is|currently|still|now|previously|formerly|already|left|leaving"
    r"|cand|candidate|applicant|he|she|they|i'm|i was|he's|she's|they're|hes|shes)|'s|'re)"
    r"\s+(?:(?:only|just|still|currently|now|about|around|roughly|on|getting|earning|making"
    r"|paid)\s+){0,2}$"
)
#: Not the candidate's pay: the role's rate, a budget, a deal, savings.
_RATE_THING = rx.compile(
    r"\b(?:role|job|position|offer|post|vacancy|shift|band|range|rate|we|our|this|it|starting"
    r"|contract|ad|advert|listing|budget|project|account|deal|quota|target|spend|saved|save"
    r"|savings|sign-?on|allowance|bid|quote|invoice|price|prices|priced|cost|costs|ticket"
    r"|order|loan|rent|mortgage)\b[^.;!?]{0,15}$"
)
_RATE_AFTER_THING = rx.compile(
    r"^\s*(?:of|in|arr|mrr|m|mn|million|bn|billion|b|revenue|budget|spend|sales|deals?"
    r"|contracts?|accounts?|worth"
    r"|projects?|quota|target|book|pipeline|invoices?|orders?|claims?|fees?|funding|grants?"
    r"|savings|loans?|for (?:the|this|our) (?:role|job|position))\b"
)
_EXPECTS = rx.compile(
    r"\b(?:expect\w*|asking|ask|wants?|wanted|target|would take|looking for|hoping|desired"
    r"|happy with|settle for|needs?|offer(?:ed|ing)?|we(?:'ll| will| can| could)? pay|pays)\b"
)
#: A previous or current employer, or the candidate placed somewhere by it.
_PRIOR_CUE = rx.compile(
    r"\b(?:last|previous|prior|former|old|current|present|existing) (?:school|district|trust"
    r"|employer|job|hospital|firm|company|role|place|org|agency|board|authority|council"
    r"|practice|store|site|academy|college|university|county|unit|ward|post|contract|position"
    r"|boss|restaurant|depot|warehouse|shop|branch|clinic|home|nursery|job)s?\b"
    r"|\b(?:had|has|have|kept|put|placed|paid|pays) (?:him|her|them) (?:at|on)\b"
    r"|\b(?:was|were|is|currently|been|still) (?:on|at) (?:step|spine|pay|scale|salary|band"
    r"|grade|point)\b|\b(?:at|from|in|with) (?:his|her|their) (?:last|previous|prior|former"
    r"|old|current)\b"
)
_AT_WORKPLACE = rx.compile(
    r"^\s*(?:at|with|from|in) (?:the |his |her |their |my )?(?:[\w&'-]+ ){0,2}?"
    + _WORKPLACE
    + r"s?\b"
)
_PLACEMENT = rx.compile(
    r"\b(?:place|placed|placing|start (?:him|her|them)|starting (?:him|her|them)|match"
    r"|matching|pay|paid|salary|wage|same|so we'?ll|keep (?:him|her|them))\b"
)


def _employer_name(word: str) -> bool:
    """A capitalised employer name, not our level, band or a generic word."""
    w = word.strip(".,;:!?()'\"")
    return bool(w[:1].isupper()) and not rx.match(
        r"(?:level|band|grade|step|tier|l\d|our|this|year|stage|entry|senior|junior|the|a|an"
        r"|start|starting|offer|target|market|midpoint|max|min)\b",
        w.lower(),
    )


def _prior_rate(hit: Hit) -> bool:
    """The candidate's own pay rate or pay step at a previous or current employer."""
    m = hit.matched
    before = hit.before(40)
    if rx.match(r"(?:on|getting|got|gets|taking|took|takes|clearing|cleared|pulling|pulled)\b", m):
        if _RATE_THING.search(before) or _RATE_AFTER_THING.match(hit.after(25)):
            return False
        if _EXPECTS.search(before):
            return False  # "wants to be on $30/hr": an expectation is allowed
        return (
            bool(_RATE_SUBJECT.search(before))
            or hit.in_sentence(_PRIOR_CUE)
            or _AT_WORKPLACE.match(hit.after(40)) is not None
            or rx.match(r"\s+(?:at|with) [A-Z]", hit.text[hit.end : hit.end + 10]) is not None
        )
    if rx.match(r"(?:left|leaving|leaves|quit|exited) ", m):
        return not _RATE_THING.search(before) and not _EXPECTS.search(before)
    if rx.match(r"(?:salary|base|pay|comp|package|tc|hourly|rate|day rate|bonus) ", m):
        # "Salary at Barclays: £55k": a named employer, capitalised as written
        emp = rx.search(r" (?:at|with|from) (?:the )?(\S+)", hit.text[hit.start : hit.end])
        return emp is not None and _employer_name(emp.group(1))
    if rx.match(r"(?:pays|paid|paying|is paying|was paying) ", m) and rx.match(
        r"\s*(?:about |around |roughly |~)?(?:\$|£|€)?\s?\d", hit.after(15)
    ):
        # "they were paying her 40k at the charity"
        return not rx.search(
            r"\b(?:we|we're|we'll|our|us|i|i'm|i'll|this role|the role|the job|the position|the"
            r" company|band|market|scale|range|offer)\b",
            before[-30:],
        )
    if rx.match(r"(?:pays|paid|paying|is paying|was paying) ", m):
        # "match what Amazon pays her", "more than her agency is paying him"
        seg = rx.search(
            r"\b(?:what|how much|match|matching|beat|top|exceed|more than|less than|above|below"
            r"|over|whatever)\s+((?:[\w&'.-]+\s+){0,3}?)$",
            before,
        )
        if seg is None or rx.search(
            r"\b(?:we|our|i|you|this role|the role|the job|the position|they'll|we'll|market"
            r"|industry|sector|competitors?|others|peers|everyone|band|range|scale|law|minimum)\b",
            seg.group(1),
        ):
            return False
        return bool(seg.group(1).strip()) and not rx.search(r"\bexpect\w*|\bask\w*", before)
    if rx.search(
        r"\b(?:our|this|the role's|posted|advertised|listed|the role is|role at)\s+$",
        hit.before(20),
    ):
        return False
    if not hit.in_sentence(_PRIOR_CUE):
        return False
    if rx.match(r"(?:band|grade|point|level)\b", m) or m.startswith(
        ("same", "equivalent", "matching")
    ):
        return hit.in_sentence(_PLACEMENT)
    return True


SAL_004 = Rule(
    id="CND-SAL-004",
    category="salary_history",
    severity="error",
    title="Pay rate or pay step at a previous or current employer",
    terms=(
        # "Was on $24/hr at the depot"
        r"on (?:\$|£|€|~\$|~£|~€|(?:about|around|roughly|only|just|over|under|nearly|almost)"
        r" (?:\$|£|€))\s?\d[\d,.]*(?![.,]?\d)\s?(?:k|grand|/hr|/h|ph|p/h|an hour|per hour|hourly|/yr|a year"
        r"|per year|/year|pa|p\.a\.|base|salary|tc|ote)?",
        r"(?:getting|got|gets|taking home|took home|takes home|clearing|cleared|pulling|pulled)"
        r" (?:about |around |roughly |~|only |just |over |under |nearly |almost )?(?:\$|£|€)?"
        r"\s?\d[\d,.]*\s?(?:k|grand|/hr|/h|ph|p/h|an hour|per hour|/yr|a year|per year|/year)",
        # "Her last school had her at step 4"
        r"(?:step|spine point|pay point|scale point|pay grade|salary grade|pay band|salary band"
        r"|pay step|salary step|salary point|pay scale point|increment|pay level|salary level"
        r"|band|grade|point|level) \d{1,2}[a-z]?\b",
        # "match what Amazon pays her", "they were paying her 40k"
        r"(?:pays|paid|paying|is paying|was paying) (?:him|her|them|you)\b",
        # "he left Sysco at $24/hr"
        r"(?:left|leaving|leaves|quit|exited) (?:[\w&'.-]+ ){1,3}?(?:at|on) (?:about |around"
        r" |roughly |~)?(?:\$|£|€)\s?\d[\d,.]*(?![.,]?\d)",
        # "Salary at Barclays: £55k"
        r"(?:salary|base|pay|comp|package|tc|hourly|rate|day rate|bonus) (?:at|with|from) (?:the )?"
        r"[a-z][\w&.'-]*(?: [a-z][\w&.'-]*)?\s?[:=~-]\s?(?:\$|£|€)?\s?\d[\d,.]*\s?(?:k|m"
        r"|grand|/hr|/h|an hour|per hour|a year|per year|/yr)?",
        r"(?:same|equivalent|matching) (?:step|spine point|pay point|scale point|pay grade"
        r"|salary grade|pay band|salary band|band|grade|pay level|salary level|level|point)"
        r" (?:as|she|he|they)\b",
    ),
    check=_prior_rate,
    exemptions=frozenset({"professional"}),
    message="Records or relies on the candidate's pay rate or pay step at another employer.",
    rationale=_HOOK
    + " A pay step, band or hourly rate at a previous employer is pay history; carrying it "
    "over sets the offer from it.",
    suggestion=(
        "Place the candidate from the posted scale and job-related criteria (verified years "
        "of relevant experience, licences), not from the previous employer's pay: 'Step 4 per "
        "the district schedule for 6 years' teaching.'"
    ),
    bad=(
        "She's on $31 an hour at the clinic now, so offer 32.",
        "Previously on \u00a328k at the call centre.",
        "Getting $19/hr at the warehouse, per his own account.",
        "Her old trust kept her on spine point 24; match it.",
        "Start him on the same band as he had at his previous hospital.",
        "Was at step 7 at his last district, so we'll start him there.",
        "Let's beat whatever the agency is paying her.",
        "Need to know how much Tesco pays him before we go in.",
        "The council was paying him 38k, he said.",
        "Quit Aldi at \u00a312.40 an hour last spring.",
        "Base at Accenture: $96k.",
        "What are they paying you over there?",
    ),
    good=(
        "The role is on $25/hr plus overtime.",
        "Expects to be on $30 an hour; within our range.",
        "Worked on $400k accounts at her last firm.",
        "Placed at step 4 per the district schedule for six verified years of teaching.",
        "Level 3 engineer at her last company; led two launches.",
        "Saved the client $2M on a $40k budget.",
        "On $5 million ARR at her last startup she ran growth.",
        "Was on $1.2M quota and hit 110%.",
        "We'll match what the market pays them for this level, per the comp survey.",
        "Asked what the role pays her if she relocates; shared the band.",
        "We're paying her 40k in year one per the band.",
        "Salary at Level 3: $70k per our grid.",
        "Left the meeting at 3 with clear actions.",
    ),
)


#: An amount of pay: a currency sign, a decimal rate, a unit, or a bare figure that ends
#: the clause ("paid 28/hr", "paid 19.50", "was 1,900 USD/month", "paid 72").
_PAY_AMOUNT = rx.compile(
    r"^\s*(?:about |around |roughly |~|only |just |over |under |nearly |almost |like )?(?:"
    r"(?:\$|£|€|usd|gbp|eur)\s?\d"
    r"|\d[\d,]*\.\d\d\b"
    r"|\d[\d,.]*\s?(?:k\b|grand\b|/hr\b|/h\b|/hour|ph\b|p/h|an hour|per hour|hourly|/yr\b|a year"
    r"|per year|/year|/month|a month|per month|/mo\b|/wk\b|a week|per week|/day|a day|per day"
    r"|usd|dollars|bucks|pounds|euros)"
    r"|\d[\d,]*(?:\s*$|[,;:)\u2014\u2013]|\s[-\u2014\u2013]\s|\.\s|\.$|\s(?:w/|with|plus|base"
    r"|before|gross|net|all in|\+)))"
)


#: Where a candidate is paid: the workplaces above and a few more.
_PAY_PLACE = _WORKPLACE[:-1] + "|ship|vessel|boat|rig|mine|fleet|library|church|route)"
_PAST_PLACE = rx.compile(
    r"\b(?:last|previous|prior|former|old|current|present) (?:[\w&'.-]+ ){0,2}?"
    + _PAY_PLACE
    + r"s?\b"
)


def _named_past_pay(hit: Hit) -> bool:
    """Pay at the candidate's past or current job, with the amount or the record of it."""
    m = hit.matched
    if rx.search(r"(?:stubs?|slips?|w-?2s?|letter|p60|return)\b", m.split(" from ")[0]):
        return True  # a pay stub or offer letter from the current job is the pay itself
    if rx.match(r"(?:confirm|verify|check|call(?:ed)? to confirm|ask(?:ed)? about)", m):
        return hit.in_sentence(_PRIOR_CUE) or hit.in_sentence(_PAST_PLACE)
    return _PAY_AMOUNT.match(hit.after(30)) is not None


def _pay_words(hit: Hit) -> bool:
    """Pay of the candidate's jobs, not the employer's own rates or an expectation."""
    m = hit.matched
    if rx.match(r"what (?:the )?(?:role|job|position|posting|post|shift|contract|we|this)\b", m):
        return False  # the pay of this job
    if rx.search(r"\b(?:expect\w*|looking for|asking for|want(?:s|ed)?|hope\w*|target)\b", m):
        return False
    return not (
        m.startswith("making") and not rx.search(r"\b(?:rate|\$|\d|k\b|fees?|scale|pay)", m)
    )


SAL_005 = Rule(
    id="CND-SAL-005",
    category="salary_history",
    severity="error",
    title="What the candidate's past or current job paid",
    terms=(
        # "her last library position paid 19.50", "current employer pays him 60k"
        r"(?:last|previous|prior|current|old|former|present|other) (?:[\w&'.-]+ ){0,2}?"
        + _PAY_PLACE
        + r"s? (?:paid|pays|was paying|is paying|were paying|are paying)(?: (?:him|her|them))?",
        # "pay on his last ship was 1,900 USD/month"
        r"(?:pay|salary|wages?|rate|hourly|hourly rate|day rate|bonus|base|comp|package)"
        r" (?:on|at|in|from|with) (?:his|her|their|the candidate'?s|the applicant'?s|cand'?s)"
        r" (?:last|previous|prior|current|old|former|present) (?:[\w&'.-]+ ){0,2}?"
        + _PAY_PLACE
        + r"s? (?:was|is|were|came to|of)",
        # "Stub from her current job attached"
        r"(?:pay ?stubs?|stubs?|pay ?slips?|w-?2s?|offer letter|p60|tax returns?) (?:from|for|at)"
        r" (?:his|her|their|the candidate'?s|the applicant'?s|cand'?s) (?:last|previous|prior"
        r"|current|old|former|present) " + _PAY_PLACE,
        # "called his last yard to confirm his rate"
        r"(?:confirm|verify|check|ask(?:ed)? about) (?:his|her|their|the candidate'?s"
        r"|the applicant'?s) (?:current |last |previous |prior |old )?(?:hourly |day |base )?"
        r"(?:rate|pay|salary|wages?|earnings|comp|compensation)\b",
    ),
    check=_named_past_pay,
    exemptions=frozenset({"professional"}),
    message="Records what the candidate's past or current job pays or paid them.",
    rationale=_HOOK
    + " What a past or current job paid, in figures or on a pay stub, is pay history "
    "however it was obtained.",
    suggestion=(
        "Delete the figure and set the offer from the posted range and job-related criteria; "
        "ask only for the candidate's expectations: 'Expects 70-75k; within the posted range.'"
    ),
    bad=(
        "Her last library position paid 19.50, no need to go to the top of our band.",
        "bill rate calc: last job paid 28/hr, mark up 35%",
        "His current employer pays him 64k plus overtime.",
        "Deckhand pay on his last ship was 1,900 USD/month, we start at 2,000.",
        "Stub from her current job attached per our request.",
        "Called his last yard to confirm his rate.",
    ),
    good=(
        "Her last job paid off: she shipped three products in a year.",
        "Her current employer pays for 2 certifications a year; she has both.",
        "The previous role paid for her CPA exam.",
        "Confirmed his rate of travel for the field role: 60% as posted.",
        "Pay on our night shift is $2 more per hour, as posted.",
        "Confirm her start date with HR.",
    ),
)

SAL_006 = Rule(
    id="CND-SAL-006",
    category="salary_history",
    severity="error",
    title="Asks what past jobs paid, or records it in other words",
    terms=(
        # "what did Symphony Silicon Valley pay her?", "what the Guggenheim paid her"
        r"what (?:did|does|do) (?:[\w&'.-]+ ){1,4}?pay (?:him|her|them|you)\b",
        r"what (?:the )?(?:[\w&'.-]+ ){1,4}?(?:paid|pays|was paying|is paying) (?:him|her|them"
        r"|you)\b",
        # "please list your salary for each of your last three positions"
        r"(?:list|provide|state|give|include|enter|report|tell us|share|disclose) (?:your|the|his"
        r"|her|their) (?:annual |current |base |gross |starting |ending |final |hourly )?"
        r"(?:salary|salaries|pay|wages?|compensation|earnings|rates?) (?:for|at|from|in) (?:each of "
        r"|all of |each |all |every )?(?:(?:your|the|his|her|their) )?(?:last|previous|past|prior"
        r"|former|recent|most recent|\d|two|three|four|five)",
        # "takes home 72 at the credit union today"
        r"takes? home (?:about |around |roughly |~|only |just )?\$?\d[\d,.]*k?",
        # "last 3 jobs all under 50k"
        r"(?:last|previous|past|prior) (?:\d|two|three|four|five|few|couple of) (?:jobs|roles"
        r"|positions|employers|gigs) (?:all |were |paid |each |have been |both )*(?:under|over"
        r"|below|above|around|about|at|paid|in the) \$?\d[\d,.]*k?",
        # "she's been at the same rate for 4 years"
        r"(?:same|flat|frozen|unchanged) (?:hourly |day |base )?(?:rate|salary|pay|wage|wages)"
        r" (?:for|in|since) (?:\d+|two|three|four|five|six|several|many|years)",
        # "her per-unit adjunct rate at the other district"
        r"(?:rate|pay|salary|wages?|hourly|day rate|scale) (?:at|from|with) the other (?:district"
        r"|employer|school|hospital|company|agency|firm|studio|shop|station|site|clinic|store"
        r"|restaurant|practice|college|university|county|city|job)",
        # "her current orchestra pays $1,150/week"
        r"(?:current|last|previous|prior|former|old|present) (?:[\w&'.-]+ ){1,3}?(?:pays|paid"
        r"|is paying|was paying)(?: (?:him|her|them))? (?:about |around |roughly |~|only |just )?"
        r"(?:\$|usd |eur |gbp |£|€)?\d[\d,.]*k?",
        # "he's making crew rate plus kit fees on his current show"
        r"(?:making|earning|earns|makes|paid|getting paid) (?:[\w&'$.,+-]+ ){0,5}?(?:on|at|in"
        r"|with) (?:his|her|their) (?:current|present|last|previous|old|former) (?:show|job|gig"
        r"|role|contract|employer|company|position|post|production|agency|station|district)",
        r"what (?:she|he|they) (?:was|were|is|are) (?:really |actually )?on\b",
        r"(?:asked|ask) (?:him|her|them) (?:for )?(?:his|her|their) (?:exact )?number\b",
    ),
    check=_pay_words,
    message="Asks for or records what the candidate's past or current jobs paid.",
    rationale=_HOOK
    + " Asking for the pay of past jobs, or recording it in any words, is pay history.",
    suggestion=(
        "Delete it, and ask only for the candidate's expectations against the posted range: "
        "'What pay are you looking for? The posted range is $70-85k.'"
    ),
    bad=(
        "what did Symphony Silicon Valley pay her? find out",
        "ask what the Guggenheim paid her for the fellowship",
        "Please list your salary for each of your last three positions.",
        "Solid on the underwriting case. Takes home 72 at the credit union today.",
        "last 3 jobs all under 50k, she's not used to bigger money, start low",
        "she's been at the same rate for 4 years, so anything we offer is a raise",
        "Asked about her per-unit adjunct rate at the other district to set her step.",
        "he's making crew rate plus kit fees on his current show, get the exact number",
        "Her current ensemble pays $1,150/week, per her.",
        "Applicants must list their salary for each prior position on the form.",
        "Asked him his exact number at the old job: 112.",
    ),
    good=(
        "What does the role pay? She asked; told her the posted range, $70-85k.",
        "Please list your pay expectations for this role.",
        "Takes home the trophy for the cleanest weld on the test plate.",
        "Same rate for all new hires: $24.50, as posted.",
        "Making progress on his current project, a 40-unit rehab.",
        "Please list your duties for each of your last three positions.",
        "She asked what the role pays them for overtime; explained the posted policy.",
        "Her last project paid off: 40% fewer tickets.",
    ),
)


SAL_007 = Rule(
    id="CND-SAL-007",
    category="salary_history",
    severity="error",
    title="Current or past pay written down as figures",
    terms=(
        r"current(?:ly)?:? \$?\d[\d,.]*k? (?:base|salary|plus|\+|/hr|an hour|per hour|hourly)",
        r"(?:previous|last|old|current|former) (?:employer|job|company|boss|place|firm|shop)"
        r" (?:had|has|paid|pays|was paying|is paying|started) (?:him|her|them) (?:at|on) \$?\d+(?:[.,]\d+)?k?",
        r"(?:confirm|confirmed|verify|verified|check|checked) (?:her|his|their|the candidate's)"
        r" (?:\w+ )?(?:salary|pay|wage|comp|compensation|earnings|gs step|step)\b|gs-?\d{1,2},? step \d",
        r"match (?:whatever|what) (?:he's|she's|they're|you're|he is|she is|they are) (?:making"
        r"|earning|paid|on|getting)|(?:made|makes|making|earned|earns|earning) \$?\d+(?:[.,]\d+)?"
        r"(?:k|,000)? (?:at|with|in) (?:the|his|her|their|a|an)\b",
        r"previous employer's (?:salary|pay|compensation|wage)",
        r"(?:was|were|got|he got|she got|they got) paid (?:\$ ?)?\d[\d,.]*(?: ?k| ?grand| an hou"
        r"r|/hr|/h| per hour| a year|/yr)\b",
        r"(?:his|her|their) (?:old|previous|prior|last|current) (?:hourly|rate|wage|salary|pay)(?: w"
        r"as| is|:)? \$?\d+(?:[.,]\d+)*k?",
    ),
    exemptions=frozenset({"professional"}),
    message="Records the candidate's current or past pay.",
    rationale=_HOOK,
    suggestion=_SUGGEST,
    bad=(
        "Current: 112k base + 10% bonus + rsus, she's open to a move.",
        "Previous employer had him at 17.50, offer 18 max.",
        "Called her old park district to confirm her GS step and salary.",
        "Old boss confirmed she was paid 52k; offer to match.",
        "His old hourly was 21.40 per the reference.",
    ),
    good=(
        "Current role: 12 direct reports, 3 sites.",
        "Posted range is $18-21/hr; offer at 19 per the band.",
    ),
)

RULES = (SAL_001, SAL_002, SAL_003, SAL_004, SAL_005, SAL_006, SAL_007)
