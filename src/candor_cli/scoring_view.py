"""Rendering of a scored pool for the terminal, JSON and CSV (shared by score and demo)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from rich import box
from rich.console import Group
from rich.table import Table
from rich.text import Text

from candor.candidates import Candidate
from candor.plans import Plan
from candor.scoring import ScoringResult
from candor.tables import rows_to_csv

_OUTCOME_STYLE = {
    "selected": "bold green",
    "not_selected": "",
    "tie_break_needed": "bold yellow",
    "incomplete": "yellow",
}


def _num(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f}"


def decision_table(
    plan: Plan, result: ScoringResult, candidates: Mapping[str, Candidate] | None = None
) -> Group:
    """The ranked table (one column per criterion, by ID) followed by each candidate's reasons."""
    candidates = candidates or {}
    table = Table(
        title=f"{plan.position.title} — decision table",
        box=box.SIMPLE_HEAVY,
    )
    table.add_column("Rank", justify="right")
    table.add_column("Candidate", no_wrap=True)
    table.add_column("Type")
    for c in plan.criteria:
        table.add_column(c.id, justify="right")
    table.add_column("Overall", justify="right")
    table.add_column("Outcome")
    for r in result.candidates:
        who = candidates.get(r.candidate)
        label = f"{who.display_name} ({r.candidate})" if who is not None else r.candidate
        kind = "" if who is None else ("internal" if who.internal else "external")
        cells: list[Text | str] = [str(r.rank) if r.rank is not None else "-", label, kind]
        for cr in r.criteria:
            text = Text(_num(cr.value))
            if cr.meets_minimum is False:
                text.stylize("red")
                text.append("✗", style="red")
            if cr.disagreement:
                text.append("↕", style="yellow")
            if cr.missing_raters:
                text.append("…", style="yellow")
            cells.append(text)
        overall = Text(_num(r.overall))
        if (
            plan.bar.overall is not None
            and r.overall is not None
            and r.overall < plan.bar.overall - 1e-9
        ):
            overall.stylize("red")
            overall.append("✗", style="red")
        cells.append(overall)
        cells.append(Text(r.outcome_label, style=_OUTCOME_STYLE[r.outcome]))
        table.add_row(*cells)

    key = Table.grid(padding=(0, 2))
    key.add_column(style="bold")
    key.add_column()
    for c in plan.criteria:
        bar = "" if c.minimum is None else f", bar {c.minimum:g}"
        key.add_row(c.id, f"{c.name} (weight {c.weight:g}{bar})")
    overall_bar = "" if plan.bar.overall is None else f", bar {plan.bar.overall:g}"
    key.add_row(
        "Overall",
        f"weighted sum of the panel's {plan.aggregation.method} per criterion{overall_bar}",
    )

    reasons = Table.grid(padding=(0, 1))
    reasons.add_column(style="bold", no_wrap=True)
    reasons.add_column()
    for r in result.candidates:
        who = candidates.get(r.candidate)
        label = who.display_name if who is not None else r.candidate
        lines = [x.text for x in r.reasons]
        lines += [f"[yellow]⚑ {f.text}[/]" for f in r.flags if f.code != "missing_ratings"]
        reasons.add_row(f"{label}:", "\n".join(f"• {line}" for line in lines))

    footer = Text(
        f"plan {plan.version} · aggregation {result.aggregation_method} · overall "
        f"{result.overall_method} · rule {result.rule_method}",
        style="dim",
    )
    return Group(
        table, key, Text(""), Text("Reasons", style="bold underline"), reasons, Text(""), footer
    )


LEGEND = (
    "✗ below the bar · ↕ raters differ by the plan's disagreement spread or more"
    " · … a panel rating is missing"
)


def result_json(
    plan: Plan, result: ScoringResult, candidates: Mapping[str, Candidate] | None = None
) -> dict[str, Any]:
    data = result.to_dict()
    data["position"] = {"id": plan.position.id, "title": plan.position.title}
    if candidates:
        for entry in data["candidates"]:
            who = candidates.get(entry["candidate"])
            if who is not None:
                entry["name"] = who.name
                entry["internal"] = who.internal
    return data


def result_csv(plan: Plan, result: ScoringResult) -> str:
    columns = [
        "rank",
        "candidate",
        *(f"{c.id}" for c in plan.criteria),
        "overall",
        "meets_bar",
        "outcome",
        "reasons",
        "flags",
    ]
    rows = []
    for r in result.candidates:
        rows.append(
            [
                r.rank,
                r.candidate,
                *(None if c.value is None else round(c.value, 4) for c in r.criteria),
                None if r.overall is None else round(r.overall, 4),
                "" if r.meets_bar is None else str(r.meets_bar).lower(),
                r.outcome,
                "; ".join(x.text for x in r.reasons),
                "; ".join(f.text for f in r.flags),
            ]
        )
    return rows_to_csv(columns, rows)
