"""Django management entry point used by ``candor web ...``."""

from __future__ import annotations

import os
import secrets
from collections.abc import Sequence
from pathlib import Path


def setup() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "candor_web.settings")
    import django

    django.setup()


def run_management(argv: Sequence[str]) -> None:
    """Run a Django management command, e.g. ``["migrate", "--noinput"]``."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "candor_web.settings")
    from django.core.management import execute_from_command_line

    execute_from_command_line(["candor web", *argv])


def init_data_dir(data_dir: Path) -> Path:
    """Create the data directory and a persistent secret key (once); return the key file."""
    data_dir.mkdir(parents=True, exist_ok=True)
    key_file = data_dir / "secret_key"
    if not key_file.exists():
        key_file.write_text(secrets.token_urlsafe(50) + "\n", encoding="utf-8")
        key_file.chmod(0o600)
    return key_file
