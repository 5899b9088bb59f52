"""``candor plan check PLAN.yaml``: validate a selection plan and summarise it."""

from __future__ import annotations

import argparse
from typing import Any

from rich import box
from rich.table import Table

from candor.plans import Plan, load_plan
from candor_cli.output import print_json, stdout


def register(sub: Any) -> None:
    parser = sub.add_parser("plan", help="work with selection plans", description=__doc__)
    plan_sub = parser.add_subparsers(dest="plan_command", metavar="ACTION", required=True)
    check = plan_sub.add_parser(
        "check",
        help="validate a plan and print its summary",
        description="Validate a selection plan (YAML). Every problem is reported with its "
        "line and path; the exit status is 2 when the plan is not valid.",
    )
    check.add_argument("plan", metavar="PLAN.yaml")
    check.add_argument("--format", choices=("table", "json"), default="table")
    check.set_defaults(handler=_check)


def plan_summary(plan: Plan) -> dict[str, Any]:
    return {
        "valid": True,
        "version": plan.version,
        "position": {"id": plan.position.id, "title": plan.position.title},
        "scale": [plan.scale.min, plan.scale.max],
        "criteria": [
            {
                "id": c.id,
                "name": c.name,
                "weight": c.weight,
                "minimum": c.minimum,
                "questions": [q.id for q in plan.questions_for(c.id)],
            }
            for c in plan.criteria
        ],
        "bar": {"overall": plan.bar.overall},
        "decision": {
            "rule": plan.decision.method_id,
            "n": plan.decision.n,
            "band_width": plan.decision.band_width,
            "text": plan.decision.text,
        },
        "aggregation": plan.aggregation.method_id,
        "panel": list(plan.panel),
        "requirements": list(plan.requirements),
    }


def _check(args: argparse.Namespace) -> int:
    plan = load_plan(args.plan)
    if args.format == "json":
        print_json(plan_summary(plan))
        return 0
    table = Table(box=box.SIMPLE, title=f"{plan.position.title} ({plan.position.id})")
    table.add_column("Criterion")
    table.add_column("Weight", justify="right")
    table.add_column("Bar", justify="right")
    table.add_column("Anchors", justify="right")
    table.add_column("Questions")
    for c in plan.criteria:
        table.add_row(
            f"{c.name} [dim]({c.id})[/]",
            f"{c.weight:g}",
            "-" if c.minimum is None else f"{c.minimum:g}",
            f"{len(c.anchors)}/{len(plan.scale.levels)}",
            ", ".join(q.id for q in plan.questions_for(c.id)) or "-",
        )
    stdout.print(table)
    bar = "none" if plan.bar.overall is None else f"{plan.bar.overall:g}"
    stdout.print(
        f"Scale {plan.scale.min}-{plan.scale.max}; overall bar {bar}; "
        f"rule {plan.decision.method_id}; aggregation {plan.aggregation.method_id}"
    )
    stdout.print(f"Decision rule: {plan.decision.text}")
    stdout.print(f"[green]OK[/]: {args.plan} is a valid plan, version {plan.version}")
    return 0
