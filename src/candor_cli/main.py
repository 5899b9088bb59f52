"""Entry point of the ``candor`` command (argparse; subcommands in ``commands/``)."""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from candor import __version__
from candor.errors import InputError
from candor_cli.output import report_input_error

# Modules under candor_cli.commands, in the order shown by --help. Each imports
# its heavy dependencies (scipy, Django, WeasyPrint) inside the handler so that
# `candor --help` and `candor lint` stay fast.
COMMANDS: tuple[str, ...] = (
    "plan",
    "score",
    "demo",
    "web",
    "reliability",
    "impact",
    "letter",
    "lint",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="candor",
        description="Structured selection and defensible candidate feedback.",
    )
    parser.add_argument("--version", action="version", version=f"candor {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        module = importlib.import_module(f"candor_cli.commands.{name}")
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "handler", None):
        parser.print_help()
        return 2
    try:
        code: int = args.handler(args)
    except InputError as exc:
        return report_input_error(exc)
    except BrokenPipeError:  # `candor ... | head`
        sys.stderr.close()
        return 0
    except KeyboardInterrupt:
        return 130
    return code
