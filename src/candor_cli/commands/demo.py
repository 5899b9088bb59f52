"""``candor demo``: the main job on the bundled example.

A manufacturing employer (Northfield Components) fills a Production Supervisor
opening with internal and external candidates and a three-person panel.
"""

from __future__ import annotations

import argparse
import os
import sys
from importlib import resources
from pathlib import Path
from typing import Any

from rich.table import Table

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
    parser.add_argument(
        "--out",
        metavar="DIR",
        default=None,
        help="folder for the demo's feedback letters (default: demo-letters in the data directory)",
    )
    parser.add_argument(
        "--port", type=int, default=8000, help="port to serve the web app on (default 8000)"
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
    from candor_cli.commands.letter import write_demo_letters
    from candor_web.conf import parse_data_dir

    out = Path(args.out) if args.out else parse_data_dir(os.environ, Path.cwd()) / "demo-letters"
    letters = write_demo_letters(folder, out)
    stdout.print(f"Feedback letters ({len(letters.files)} files): {letters.folder.resolve()}")
    return _web_demo(args, folder)


def _web_demo(args: argparse.Namespace, folder: Path) -> int:
    """Load the demo into the web app's database, print the logins, then serve."""
    # The demo serves plain HTTP on 127.0.0.1, where secure-only cookies would make
    # sign-in impossible. Set for this process only; production keeps its default.
    os.environ["CANDOR_HTTPS"] = "false"
    from candor_cli.commands.web import port_problem, serve
    from candor_web.conf import parse_data_dir
    from candor_web.manage import init_data_dir, setup

    data_dir = parse_data_dir(os.environ, Path.cwd())
    init_data_dir(data_dir)
    setup()
    from django.core.management import call_command

    from candor_web.demo import DEMO_PASSWORD, demo_load

    call_command("migrate", interactive=False, verbosity=0)
    loaded = demo_load(folder)
    url = f"http://127.0.0.1:{args.port}/"
    state = "loaded" if loaded.created else "already loaded (kept as it is)"
    stdout.print(f"\nWeb app: demo organisation [bold]{loaded.organisation.name}[/] {state}.")
    stdout.print(f"Data directory: {data_dir}")
    logins = Table(title=f"Demo logins (password for all: {DEMO_PASSWORD})", title_justify="left")
    for column in ("username", "name", "role", "can"):
        logins.add_column(column)
    for login in loaded.logins:
        logins.add_row(login.username, login.name, login.role, login.what)
    stdout.print(logins)
    if args.no_serve:
        stdout.print(f"Start the app with `candor demo` and open {url}")
        return 0
    problem = port_problem("127.0.0.1", args.port)
    if problem:
        print(f"candor demo: {problem}", file=sys.stderr)
        return 1
    stdout.print(f"Open [bold]{url}[/] and sign in. Ctrl+C stops the server.")
    return serve(host="127.0.0.1", port=args.port, workers=2, announce=False)
