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


def _not_expectation(hit: Hit) -> bool:
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
        r"(?:what|how much) (?:is |was |are |were |does |did |do )?(?:you|he|she|they|the candidate)"
        r"(?:'re|'s| are| is| was| were)? (?:currently |now )?(?:making|earning|earn|make|paid"
        r"|getting paid|on|take home)",
        r"(?:he|she|they|candidate|cand)(?:'s| is| are| was| were)? (?:currently |now )?"
        r"(?:making|earning|earns|makes|made|paid|on|at) (?:about |around |roughly |approx\.? |~"
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
        r"(?:salary|pay|compensation|comp|earnings)",
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
    ),
)

RULES = (SAL_001,)
