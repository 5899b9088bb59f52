"""``candor score PLAN.yaml RATINGS.csv``: aggregate a panel's ratings and decide."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from candor.candidates import read_candidates
from candor.plans import load_plan
from candor.scoring import read_ratings, score
from candor_cli.output import print_json, stderr, stdout
from candor_cli.scoring_view import LEGEND, decision_table, result_csv, result_json

# Above this size the table takes a moment to read; show a status line on stderr.
_BIG_FILE = 2_000_000


def register(sub: Any) -> None:
    parser = sub.add_parser(
        "score",
        help="score ratings under a plan and print the decision table",
        description="Aggregate each candidate's ratings per criterion, compute the weighted "
        "overall, check the bar and apply the plan's decision rule, with reasons tied to "
        "criteria. RATINGS columns: candidate, rater, criterion, rating, evidence (optional); "
        "a blank rating records a panel member who has not rated.",
    )
    parser.add_argument("plan", metavar="PLAN.yaml")
    parser.add_argument("ratings", metavar="RATINGS.csv")
    parser.add_argument(
        "--candidates", metavar="CANDIDATES.csv", help="names and internal/external status"
    )
    parser.add_argument("--format", choices=("table", "json", "csv"), default="table")
    parser.set_defaults(handler=_score)


def _score(args: argparse.Namespace) -> int:
    plan = load_plan(args.plan)
    big = (
        args.ratings != "-"
        and Path(args.ratings).is_file()
        and Path(args.ratings).stat().st_size > _BIG_FILE
    )
    if big:
        with stderr.status(f"Reading and scoring {args.ratings} …"):
            ratings = read_ratings(args.ratings, plan)
            result = score(plan, ratings)
    else:
        ratings = read_ratings(args.ratings, plan)
        result = score(plan, ratings)
    candidates = read_candidates(args.candidates) if args.candidates else None
    if args.format == "json":
        print_json(result_json(plan, result, candidates))
    elif args.format == "csv":
        sys.stdout.write(result_csv(plan, result))
    else:
        stdout.print(decision_table(plan, result, candidates))
        stdout.print(f"[dim]{LEGEND}[/]")
    return 0
