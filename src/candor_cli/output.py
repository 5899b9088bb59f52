"""Shared output helpers for CLI commands: rich console, strict JSON, errors."""

from __future__ import annotations

import json
import math
import sys
from typing import Any

from rich.console import Console

from candor.errors import InputError

# Piped or redirected output gets a wide page instead of rich's default 80 columns,
# so that decision tables stay readable in files and CI logs.
stdout = Console(soft_wrap=False, highlight=False)
if not stdout.is_terminal:
    stdout = Console(soft_wrap=False, highlight=False, width=120)
stderr = Console(stderr=True, soft_wrap=True, highlight=False)


def _strict(value: Any) -> Any:
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, dict):
        return {k: _strict(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_strict(v) for v in value]
    return value


def dump_json(data: Any) -> str:
    """Serialise ``data`` as strict JSON (non-finite floats become ``null``)."""
    return json.dumps(_strict(data), indent=2, ensure_ascii=False, allow_nan=False)


def print_json(data: Any) -> None:
    sys.stdout.write(dump_json(data) + "\n")


def report_input_error(exc: InputError) -> int:
    """Print one line per problem to stderr and return the exit code for bad input."""
    for problem in exc.problems:
        sys.stderr.write(f"candor: error: {problem}\n")
    n = len(exc.problems)
    if n > 1:
        sys.stderr.write(f"candor: {n} problems found; nothing was written\n")
    return 2
