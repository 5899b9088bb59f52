"""`candor demo` loads the web app's demo organisation idempotently and serves it.

Runs the real command in a subprocess with its own data directory (Django
settings are read once per process), always on SQLite.
"""

from __future__ import annotations

import os
import socket
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow


def _run(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("CANDOR_")}
    env["COLUMNS"] = "160"
    return subprocess.run(
        [sys.executable, "-m", "candor_cli", "demo", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )


def test_demo_loads_once_prints_logins_and_reports_a_busy_port(tmp_path: Path) -> None:
    first = _run(tmp_path, "--no-serve")
    assert first.returncode == 0, first.stderr
    assert "demo organisation Northfield Components loaded" in first.stdout
    for login in ("admin", "rpatel", "dwhitaker", "lchen", "mrossi", "sortiz", "candor-demo"):
        assert login in first.stdout
    db = tmp_path / ".candor-data" / "candor.sqlite3"
    assert db.exists()

    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        second = _run(tmp_path, "--port", str(port))
    assert second.returncode == 1
    assert "already loaded" in second.stdout
    assert f"port {port} on 127.0.0.1 is already in use" in second.stderr

    with sqlite3.connect(db) as con:
        (orgs,) = con.execute("select count(*) from organisations_organisation").fetchone()
        (cards,) = con.execute("select count(*) from scorecards_scorecard").fetchone()
        (decisions,) = con.execute("select count(*) from decisions_decision").fetchone()
    # 7 candidates x 3 interviewers, one still waiting; one decision recorded.
    assert (orgs, cards, decisions) == (1, 20, 2)  # C04 and C06
