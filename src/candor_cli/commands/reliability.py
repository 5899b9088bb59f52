"""``candor reliability RATINGS.csv``: rater reliability (ICC, alpha) and rater severity."""

from __future__ import annotations

import argparse
import math
from collections.abc import Hashable, Sequence
from typing import TYPE_CHECKING, Any

from candor.errors import InputError, Problem
from candor.tables import Row, Table, normalise_header, read_table
from candor_cli.output import print_json, stdout

if TYPE_CHECKING:
    from candor.stats import AlphaResult, ICCResult, SeverityResult

LEGEND = (
    "ICC bands (Koo & Li 2016; judge them from the 95% CI): below .5 poor, .5-.75 moderate, "
    ".75-.9 good, above .9 excellent. Severity: positive = lenient, negative = severe, in "
    "score points, from an additive candidate + rater model. Adjusted scores are estimates, "
    "shown beside the raw scores, never instead of them."
)


def register(sub: Any) -> None:
    parser = sub.add_parser(
        "reliability",
        help="rater reliability (ICC, Krippendorff's alpha) and rater severity",
        description="Intraclass correlations (Shrout & Fleiss forms with McGraw & Wong names, "
        "F tests, 95% confidence intervals), Krippendorff's alpha at four levels and each "
        "rater's severity from a ratings file with columns candidate, rater, score (and "
        "optionally criterion, for results per criterion). A blank score is a missing rating.",
    )
    parser.add_argument("ratings", metavar="RATINGS.csv")
    parser.add_argument("--format", choices=("table", "json"), default="table")
    parser.add_argument("--candidate", default="candidate", metavar="COLUMN")
    parser.add_argument("--rater", default="rater", metavar="COLUMN")
    parser.add_argument("--score", default="score", metavar="COLUMN")
    parser.add_argument(
        "--criterion",
        default=None,
        metavar="COLUMN",
        help="column naming the criterion (default: 'criterion' when the file has it)",
    )
    parser.add_argument(
        "--adjusted",
        action="store_true",
        help="also print each candidate's severity-adjusted score (labelled as adjusted)",
    )
    parser.add_argument(
        "--threshold",
        type=float,
        default=0.5,
        metavar="POINTS",
        help="rater effect, in score points, that counts as systematic (default 0.5)",
    )
    parser.add_argument(
        "--min-ratings",
        type=int,
        default=5,
        metavar="N",
        help="ratings a rater needs before being flagged for disagreement (default 5)",
    )
    parser.set_defaults(handler=_reliability)


# --- reading -----------------------------------------------------------------------

Key = tuple[str, str, str]


def _read(args: argparse.Namespace) -> tuple[Table, str | None, list[tuple[Key, float, Row]]]:
    table = read_table(args.ratings)
    cand, rater, score = (normalise_header(c) for c in (args.candidate, args.rater, args.score))
    criterion = normalise_header(args.criterion) if args.criterion else None
    if criterion is None and "criterion" in table.columns:
        criterion = "criterion"
    table.require(cand, rater, score, *([criterion] if criterion else []))
    problems: list[Problem] = []
    seen: dict[Key, int] = {}
    out: list[tuple[Key, float, Row]] = []
    for row in table.rows:
        c, r, text = row.get(cand), row.get(rater), row.get(score)
        crit = row.get(criterion) if criterion else ""
        if not c:
            problems.append(table.problem(row, cand, "the candidate is empty"))
        if not r:
            problems.append(table.problem(row, rater, "the rater is empty"))
        if criterion and not crit:
            problems.append(table.problem(row, criterion, "the criterion is empty"))
        if not text:
            continue  # a missing rating
        try:
            value = float(text.replace(",", ".") if text.count(",") == 1 else text)
        except ValueError:
            problems.append(table.problem(row, score, f"the score {text!r} is not a number"))
            continue
        if not math.isfinite(value):
            problems.append(table.problem(row, score, f"the score {text!r} is not a number"))
            continue
        if not c or not r or (criterion and not crit):
            continue
        key = (crit, c, r)
        if key in seen:
            what = f" on {crit!r}" if criterion else ""
            problems.append(
                table.problem(
                    row,
                    rater,
                    f"rater {r!r} already rated candidate {c!r}{what} on line {seen[key]}",
                )
            )
            continue
        seen[key] = row.line
        out.append((key, value, row))
    InputError.raise_if(problems)
    if not out:
        raise InputError(
            Problem("the file has no scores (every score cell is blank)", source=table.source)
        )
    return table, criterion, out


# --- computing -----------------------------------------------------------------------


def _analyse(
    keys: Sequence[tuple[str, str]], values: Sequence[float], args: argparse.Namespace
) -> tuple[ICCResult, dict[str, AlphaResult], SeverityResult]:
    from candor.stats import Ratings, icc, krippendorff_alpha, rater_severity

    ratings = Ratings.from_long([k[0] for k in keys], [k[1] for k in keys], list(values))
    return (
        icc(ratings),
        {str(k): v for k, v in krippendorff_alpha(ratings).items()},
        rater_severity(ratings, threshold=args.threshold, min_ratings=args.min_ratings),
    )


def _section(
    keys: Sequence[tuple[str, str]], values: Sequence[float], args: argparse.Namespace
) -> dict[str, Any]:
    icc_res, alpha, sev = _analyse(keys, values, args)
    out: dict[str, Any] = {
        "design": {
            "candidates": icc_res.n_candidates,
            "raters": icc_res.n_raters,
            "ratings": icc_res.n_ratings,
            "complete": icc_res.complete,
            "k": icc_res.k,
        },
        "icc": [_icc_json(f) for f in icc_res.forms],
        "alpha": {level: a.value for level, a in alpha.items()},
        "alpha_reasons": {level: a.reason for level, a in alpha.items() if a.value is None},
        "alpha_detail": {
            level: {
                "value": a.value,
                "reason": a.reason,
                "observed_disagreement": a.observed,
                "expected_disagreement": a.expected,
                "pairable_values": a.pairable_values,
                "units": a.units,
            }
            for level, a in alpha.items()
        },
        "raters": [
            {
                "rater": _plain(r.rater),
                "candidates": r.candidates,
                "compared": r.compared,
                "mean": r.mean,
                "sd": r.sd,
                "naive_deviation": r.naive,
                "mean_deviation": r.mean_deviation,
                "severity": r.severity,
                "se": r.se,
                "component": r.component,
                "flags": list(r.flags),
            }
            for r in sev.raters
        ],
        "severity": {
            "components": sev.components,
            "residual_sd": sev.residual_sd,
            "threshold": sev.threshold,
            "min_ratings": sev.min_ratings,
        },
        "method_ids": {
            "icc": icc_res.method_id,
            "alpha": next(iter(alpha.values())).method_id,
            "severity": sev.method_id,
        },
    }
    if args.adjusted:
        out["adjusted"] = [
            {
                "candidate": _plain(c.candidate),
                "ratings": c.ratings,
                "raw_mean": c.raw_mean,
                "adjusted": c.adjusted,
                "label": "severity-adjusted estimate",
                "component": c.component,
            }
            for c in sev.candidates
        ]
    out["_objects"] = (icc_res, alpha, sev)
    return out


def _icc_json(f: Any) -> dict[str, Any]:
    return {
        "form": f.form,
        "mcgraw_wong": f.mcgraw_wong,
        "model": f.model,
        "type": f.type,
        "unit": f.unit,
        "value": f.value,
        "ci95": list(f.ci) if f.ci is not None else None,
        "f": f.f,
        "df1": f.df1,
        "df2": f.df2,
        "p": f.p,
        "estimator": f.estimator,
        "raw": f.raw,
        "reason": f.reason,
        "reasons": dict(f.reasons),
    }


def _plain(label: Hashable) -> Any:
    return label if isinstance(label, str | int | float) else str(label)


def _reliability(args: argparse.Namespace) -> int:
    table, criterion, data = _read(args)
    # Overall: with criteria, each rater's unweighted mean over the criteria they rated.
    sums: dict[tuple[str, str], list[float]] = {}
    for (_crit, c, r), value, _row in data:
        sums.setdefault((c, r), []).append(value)
    keys = list(sums)
    overall = _section(keys, [sum(v) / len(v) for v in sums.values()], args)
    result: dict[str, Any] = {
        "file": table.source,
        "criterion": None,
        "overall": "unweighted mean of each rater's criterion scores" if criterion else None,
        **overall,
    }
    sections: list[tuple[str, dict[str, Any]]] = []
    if criterion:
        names = sorted({k[0] for k, _, _ in data})
        for name in names:
            part = [(k[1:], v) for k, v, _ in data if k[0] == name]
            sections.append((name, _section([p[0] for p in part], [p[1] for p in part], args)))
        result["criteria"] = [{"criterion": n, **s} for n, s in sections]
    if args.format == "json":
        print_json(_strip(result))
        return 0
    _print_section("All ratings" if not criterion else "Overall (mean over criteria)", overall)
    for name, sec in sections:
        _print_section(f"Criterion: {name}", sec)
    stdout.print(f"[dim]{LEGEND}[/]")
    return 0


def _strip(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _strip(v) for k, v in value.items() if k != "_objects"}
    if isinstance(value, list):
        return [_strip(v) for v in value]
    return value


# --- table output --------------------------------------------------------------------


def _num(x: float | None, digits: int = 3) -> str:
    return "—" if x is None else f"{x:.{digits}f}"


def _print_section(title: str, sec: dict[str, Any]) -> None:
    from rich.table import Table as RichTable

    icc_res, alpha, sev = sec["_objects"]
    d = sec["design"]
    design = "complete" if d["complete"] else "incomplete"
    stdout.print(
        f"[bold]{title}[/]: {d['candidates']} candidates, {d['raters']} raters, "
        f"{d['ratings']} ratings ({design} design)"
    )
    t = RichTable(title="Intraclass correlation", title_justify="left")
    for col in ("Form", "McGraw & Wong", "ICC", "95% CI", "F", "df", "p", "Note"):
        t.add_column(col, justify="right" if col in ("ICC", "F", "p") else "left")
    for f in icc_res.forms:
        ci = f"[{f.ci[0]:.2f}, {f.ci[1]:.2f}]" if f.ci else "—"
        df = f"{f.df1:g}, {f.df2:.4g}" if f.df1 is not None and f.df2 is not None else "—"
        p = "—" if f.p is None else ("<.001" if f.p < 0.001 else f"{f.p:.3f}")
        t.add_row(f.form, f.mcgraw_wong, _num(f.value), ci, _num(f.f, 2), df, p, f.reason or "")
    stdout.print(t)
    if not icc_res.complete and icc_res.forms[0].value is not None:
        stdout.print(f"[dim]{icc_res.forms[0].estimator}[/]")
    a = RichTable(title="Krippendorff's alpha", title_justify="left")
    for col in ("Level", "Alpha", "Pairable values", "Note"):
        a.add_column(col)
    for level, res in alpha.items():
        a.add_row(level, _num(res.value), str(res.pairable_values), res.reason or "")
    stdout.print(a)
    r = RichTable(title="Raters", title_justify="left")
    for col in ("Rater", "Candidates", "Mean", "SD", "Dev. from others", "Severity", "SE", "Flags"):
        r.add_column(col)
    for rs in sev.raters:
        r.add_row(
            str(rs.rater),
            str(rs.candidates),
            _num(rs.mean, 2),
            _num(rs.sd, 2),
            _num(rs.mean_deviation, 2),
            _num(rs.severity, 2),
            _num(rs.se, 2),
            ", ".join(rs.flags),
        )
    stdout.print(r)
    if sev.components > 1:
        stdout.print(
            f"[yellow]The raters fall into {sev.components} groups that share no candidate; "
            "severities compare only within a group.[/]"
        )
    if "adjusted" in sec:
        c = RichTable(title="Severity-adjusted scores (estimates)", title_justify="left")
        for col in ("Candidate", "Ratings", "Raw mean", "Adjusted"):
            c.add_column(col)
        for row in sec["adjusted"]:
            c.add_row(
                str(row["candidate"]),
                str(row["ratings"]),
                _num(row["raw_mean"], 2),
                _num(row["adjusted"], 2),
            )
        stdout.print(c)
