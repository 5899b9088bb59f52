"""``candor demo``: the main job on the bundled example.

A manufacturing employer (Northfield Components) fills a Production Supervisor
opening with internal and external candidates and a three-person panel.
"""

from __future__ import annotations

import argparse
from importlib import resources
from pathlib import Path
from typing import Any

from candor.candidates import read_candidates
from candor.plans import load_plan
from candor.scoring import read_ratings, score
from candor_cli.output import stdout
from candor_cli.scoring_view import LEGEND, decision_table


def demo_dir() -> Path:
    """The folder holding the bundled demo files (plan, ratings, candidates, ...)."""
    return Path(str(resources.files("candor") / "data" / "demo"))


def register(sub: Any) -> None:
    parser = sub.add_parser("demo", help="run the bundled demo", description=__doc__)
    parser.add_argument(
        "--no-serve",
        action="store_true",
        help="stop after loading and printing; do not start the web app",
    )
    parser.set_defaults(handler=_demo)


def _demo(args: argparse.Namespace) -> int:
    folder = demo_dir()
    plan = load_plan(folder / "plan.yaml")
    candidates = read_candidates(folder / "candidates.csv")
    result = score(plan, read_ratings(folder / "ratings.csv", plan))
    stdout.print(
        f"[bold]{plan.position.organisation}[/] is filling one opening: "
        f"[bold]{plan.position.title}[/]. {len(candidates)} candidates, "
        f"a panel of {len(plan.panel)}, {len(plan.criteria)} weighted criteria."
    )
    stdout.print(decision_table(plan, result, candidates))
    stdout.print(f"[dim]{LEGEND}[/]")
    stdout.print(f"Demo files: {folder}")
    return 0
