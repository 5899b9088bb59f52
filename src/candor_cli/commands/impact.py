"""``candor impact``: selection or scoring rates by group, impact ratios and tests."""

from __future__ import annotations

import argparse
import math
from decimal import ROUND_HALF_UP, Decimal
from typing import TYPE_CHECKING, Any

from candor.errors import InputError, Problem
from candor.tables import Table, normalise_header, read_table
from candor_cli.output import print_json, stdout

if TYPE_CHECKING:
    from candor.stats import ImpactTable

LEGEND = (
    "Impact ratios are screening evidence, not findings of discrimination. Flag: ratio below "
    "4/5, decided on exact counts. Z: pooled two-proportion test (positive = group selected "
    "less). Fisher p: two-sided exact test against the reference group. Shortfall: expected "
    "selections at the overall rate minus actual. Rates are rounded half up for display."
)

#: Group values read as "unknown" (compared after lower-casing and trimming).
UNKNOWN_VALUES = frozenset(
    {
        "",
        "unknown",
        "n/a",
        "not known",
        "not disclosed",
        "undisclosed",
        "prefer not to say",
        "declined",
        "declined to state",
        "decline to state",
        "decline to answer",
    }
)
_TRUE = frozenset({"1", "true", "yes"})
_FALSE = frozenset({"0", "false", "no"})


def register(sub: Any) -> None:
    parser = sub.add_parser(
        "impact",
        help="adverse impact: selection rates, impact ratios, four-fifths flags and tests",
        description="Selection rate per group, impact ratio against the group with the highest "
        "rate, four-fifths flag, two-proportion Z, Fisher's exact test, shortfall and the "
        "one-person swap test. Give either group counts (--counts, columns group, applicants, "
        "selected) or per-applicant rows with --by and --selected (0/1/true/false/yes/no) or "
        "--score (NYC Local Law 144 scoring rate: share scoring above the median).",
    )
    parser.add_argument("rows", nargs="?", metavar="ROWS.csv", help="one row per applicant")
    parser.add_argument("--counts", metavar="COUNTS.csv", help="one row per group")
    parser.add_argument(
        "--by",
        action="append",
        default=[],
        metavar="COLUMN",
        help="group column (repeat for several; an intersection table is added)",
    )
    outcome = parser.add_mutually_exclusive_group()
    outcome.add_argument("--selected", metavar="COLUMN", help="selected column: 0/1, yes/no")
    outcome.add_argument("--score", metavar="COLUMN", help="score column: LL144 scoring rate")
    parser.add_argument(
        "--exclude-below",
        type=float,
        default=None,
        metavar="SHARE",
        help="leave groups with less than SHARE of the applicants (e.g. 0.02, LL144 "
        "§ 5-301(d)) out of the impact ratios; their counts and rates are still shown",
    )
    parser.add_argument(
        "--unknown",
        action="append",
        default=[],
        metavar="VALUE",
        help="another group value to treat as unknown (besides blank, 'unknown', "
        "'prefer not to say', ...)",
    )
    parser.add_argument("--format", choices=("table", "json"), default="table")
    parser.set_defaults(handler=_impact)


def _usage(message: str) -> InputError:
    return InputError(Problem(message))


def _impact(args: argparse.Namespace) -> int:
    if args.exclude_below is not None and not 0 < args.exclude_below < 1:
        raise _usage(f"--exclude-below must be between 0 and 1, got {args.exclude_below}")
    if args.counts:
        if args.rows or args.by or args.selected or args.score:
            raise _usage("--counts takes no ROWS file, --by, --selected or --score")
        tables = [_from_counts(args)]
    else:
        if not args.rows:
            raise _usage("give ROWS.csv with --by and --selected/--score, or --counts COUNTS.csv")
        if not args.by:
            raise _usage("give at least one --by COLUMN")
        if not (args.selected or args.score):
            raise _usage("give --selected COLUMN or --score COLUMN")
        tables = list(_from_rows(args))
    if args.format == "json":
        print_json({"tables": [_table_json(t) for t in tables]})
        return 0
    for t in tables:
        _print_table(t)
    stdout.print(f"[dim]{LEGEND}[/]")
    return 0


# --- reading -----------------------------------------------------------------------


def _int_cell(table: Table, row: Any, column: str, problems: list[Problem]) -> int | None:
    text = row.get(column)
    try:
        value = int(text)
    except ValueError:
        problems.append(table.problem(row, column, f"{text!r} is not a whole number"))
        return None
    if value < 0:
        problems.append(table.problem(row, column, f"{value} is negative"))
        return None
    return value


def _from_counts(args: argparse.Namespace) -> ImpactTable:
    from candor.stats import impact_ratios

    table = read_table(args.counts)
    table.require("group", "applicants", "selected")
    problems: list[Problem] = []
    names: list[str] = []
    applicants: list[int] = []
    selected: list[int] = []
    seen: dict[str, int] = {}
    for row in table.rows:
        group = row.get("group")
        n = _int_cell(table, row, "applicants", problems)
        s = _int_cell(table, row, "selected", problems)
        if not group:
            problems.append(table.problem(row, "group", "the group name is empty"))
            continue
        if group in seen:
            problems.append(
                table.problem(row, "group", f"group {group!r} already given on line {seen[group]}")
            )
            continue
        seen[group] = row.line
        if n is None or s is None:
            continue
        if n == 0:
            problems.append(table.problem(row, "applicants", f"group {group!r} has no applicants"))
            continue
        if s > n:
            problems.append(table.problem(row, "selected", f"{s} selected but only {n} applicants"))
            continue
        names.append(group)
        applicants.append(n)
        selected.append(s)
    InputError.raise_if(problems)
    if len(names) < 2:
        raise InputError(
            Problem(
                f"needs at least two groups to compare; the file has {len(names)}",
                source=table.source,
                field="group",
            )
        )
    return impact_ratios(names, applicants, selected, by=("group",), min_share=args.exclude_below)


def _from_rows(args: argparse.Namespace) -> tuple[ImpactTable, ...]:
    from candor.stats import impact_from_rows

    table = read_table(args.rows)
    by = [normalise_header(c) for c in args.by]
    if len(set(by)) != len(by):
        raise _usage("a --by column is given twice")
    outcome_col = normalise_header(args.selected or args.score)
    table.require(*by, outcome_col)
    unknown = UNKNOWN_VALUES | {u.strip().lower() for u in args.unknown}
    problems: list[Problem] = []
    groups: dict[str, list[str | None]] = {c: [] for c in by}
    outcomes: list[Any] = []
    for row in table.rows:
        text = row.get(outcome_col)
        value: bool | float
        if args.selected:
            low = text.strip().lower()
            if low in _TRUE:
                value = True
            elif low in _FALSE:
                value = False
            else:
                problems.append(
                    table.problem(
                        row,
                        outcome_col,
                        f"{text!r} is not a selection value (use 0/1, true/false or yes/no)",
                    )
                )
                continue
        else:
            try:
                value = float(text)
            except ValueError:
                value = math.nan
            if not math.isfinite(value):
                problems.append(
                    table.problem(row, outcome_col, f"the score {text!r} is not a number")
                )
                continue
        outcomes.append(value)
        for c in by:
            cell = row.get(c)
            groups[c].append(None if cell.strip().lower() in unknown else cell.strip())
    InputError.raise_if(problems)
    for c in by:
        known = {v for v in groups[c] if v is not None}
        if len(known) < 2:
            raise InputError(
                Problem(
                    f"needs at least two groups to compare; the column has {len(known)} "
                    "known value" + ("" if len(known) == 1 else "s"),
                    source=table.source,
                    field=c,
                )
            )
    if args.selected:
        return impact_from_rows(groups, selected=outcomes, min_share=args.exclude_below)
    return impact_from_rows(groups, scores=outcomes, min_share=args.exclude_below)


# --- output --------------------------------------------------------------------------


def _table_json(t: ImpactTable) -> dict[str, Any]:
    return {
        "by": list(t.by),
        "rate": t.rate,
        "median": t.median,
        "reference_group": t.reference_group,
        "unknown": t.unknown,
        "applicants": t.applicants,
        "selected": t.selected,
        "overall_rate": t.overall_rate,
        "min_share": t.min_share,
        "reason": t.reason,
        "warnings": list(t.warnings),
        "method_id": t.method_id,
        "test_method_ids": list(t.test_method_ids),
        "groups": [
            {
                "group": g.group,
                "applicants": g.applicants,
                "selected": g.selected,
                "rate": g.rate,
                "share": g.share,
                "impact_ratio": g.impact_ratio,
                "adverse_impact": g.adverse_impact,
                "z": g.z,
                "z_p": g.z_p,
                "fisher_p": g.fisher_p,
                "fisher_p_less": g.fisher_p_less,
                "shortfall": g.shortfall,
                "selections_needed": g.selections_needed,
                "swap_reverses": g.swap_reverses,
                "reference": g.is_reference,
                "excluded": g.excluded,
                "warnings": list(g.warnings),
                "reasons": dict(g.reasons),
            }
            for g in t.groups
        ],
    }


def _half_up(x: float, places: int) -> str:
    q = Decimal(1).scaleb(-places)
    return str(Decimal(repr(x)).quantize(q, rounding=ROUND_HALF_UP))


def _print_table(t: ImpactTable) -> None:
    from rich.table import Table as RichTable

    what = "Scoring rate (share above the median)" if t.rate == "scoring" else "Selection rate"
    title = f"{what} by {' × '.join(t.by)}"
    if t.median is not None:
        title += f" — median of the full sample: {t.median:g}"
    rt = RichTable(title=title, title_justify="left")
    count_label = "Above median" if t.rate == "scoring" else "Selected"
    cols = (
        "Group",
        "Applicants",
        count_label,
        "Rate",
        "Impact ratio",
        "4/5 flag",
        "Z",
        "Fisher p",
        "Shortfall",
        "Needed",
        "Notes",
    )
    for col in cols:
        rt.add_column(col, justify="left" if col in ("Group", "Notes", "4/5 flag") else "right")
    for g in t.groups:
        flag = "—" if g.adverse_impact is None else ("below 4/5" if g.adverse_impact else "")
        notes = []
        if g.is_reference:
            notes.append("reference")
        notes.extend(w.replace("_", " ") for w in g.warnings)
        rt.add_row(
            g.group,
            str(g.applicants),
            str(g.selected),
            _half_up(100 * g.rate, 1) + "%",
            "—" if g.impact_ratio is None else _half_up(g.impact_ratio, 3),
            flag,
            "—" if g.z is None else f"{g.z:.2f}",
            "—" if g.fisher_p is None else f"{g.fisher_p:.3g}",
            f"{g.shortfall:.1f}",
            "—" if g.selections_needed is None else str(g.selections_needed),
            "; ".join(notes),
        )
    stdout.print(rt)
    facts = [f"unknown group: {t.unknown}"]
    if t.reason:
        facts.append(t.reason)
    facts.extend(w.replace("_", " ") for w in t.warnings)
    stdout.print("[dim]" + "; ".join(facts) + "[/]")
