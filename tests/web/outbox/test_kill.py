"""Killing the worker mid-send loses nothing and, after de-duplication on Message-ID,
duplicates nothing.

The worker runs as a real process (``candor web worker --batch``) against the
database the suite runs on (a SQLite file in the SQLite run; the PostgreSQL test
database, committed to by a transactional test, in the PostgreSQL run) and a real
SMTP server that hangs in DATA on one message. The test
kills the worker with SIGKILL while it waits there, lets the server finish the
session (either refusing the half-sent message, or accepting it: the worst
case, where the server has the message but the worker never recorded it),
starts a new worker after the lease has run out, and checks the sink and the
database.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

import pytest
from django.db import connection

from tests.web.smtp_sink import Sink, smtp_sink

__all__ = ["smtp_sink"]

SEED = """
from candor_web.manage import setup
setup()
from candor_web.organisations.services import organisation_create
from candor_web.outbox.services import outbox_enqueue
org = organisation_create(name="Kill Test", slug="kill")
for i in range(3):
    outbox_enqueue(organisation=org, key=f"kill:{i}", kind="test", to=f"p{i}@example.net",
                   subject=f"Message {i}", body_text=f"Hello {i}")
"""


@dataclass(frozen=True)
class Database:
    """Where the worker processes and the test meet: ``url`` for the processes,
    ``query`` for the test (it reads what they committed)."""

    url: str
    sqlite_path: Path | None = None

    def query(self, sql: str) -> list[tuple[Any, ...]]:
        if self.sqlite_path is not None:
            with closing(sqlite3.connect(self.sqlite_path)) as db:
                return list(db.execute(sql))
        with connection.cursor() as cursor:
            cursor.execute(sql)
            return list(cursor.fetchall())


def _postgresql_url(settings: dict[str, Any]) -> str:
    user = quote(settings["USER"] or "", safe="")
    password = quote(settings["PASSWORD"] or "", safe="")
    auth = f"{user}:{password}@" if password else (f"{user}@" if user else "")
    port = f":{settings['PORT']}" if settings["PORT"] else ""
    options = settings.get("OPTIONS") or {}
    query = f"?{urlencode(options)}" if options else ""
    name = quote(settings["NAME"], safe="")
    return f"postgresql://{auth}{settings['HOST'] or ''}{port}/{name}{query}"


@pytest.fixture
def database(transactional_db: None, tmp_path: Path) -> Database:
    """The suite's database. On PostgreSQL, the test database itself: the test is
    transactional (no wrapping transaction), so the worker processes' commits are what
    it reads, and the tables are flushed afterwards. On SQLite the test database lives
    in memory, out of the processes' reach, so they share a file instead."""
    assert not connection.in_atomic_block  # transactional: nothing held back from them
    if connection.vendor == "postgresql":
        assert connection.settings_dict["NAME"].startswith("test_")  # never the real one
        return Database(url=_postgresql_url(connection.settings_dict))
    path = tmp_path / "candor.sqlite3"
    return Database(url=f"sqlite:///{path}", sqlite_path=path)


def _env(data: Path, database: Database, port: int) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("CANDOR_", "DJANGO_"))}
    env.update(
        CANDOR_DATA_DIR=str(data),
        CANDOR_DATABASE_URL=database.url,
        CANDOR_SECRET_KEY="k" * 40,
        CANDOR_EMAIL_BACKEND="smtp",
        CANDOR_SMTP_HOST="127.0.0.1",
        CANDOR_SMTP_PORT=str(port),
        CANDOR_SMTP_TIMEOUT="30",
        CANDOR_EMAIL_FROM="careers@example.com",
    )
    return env


CANDOR = [sys.executable, "-c", "from candor_cli.main import main; raise SystemExit(main())"]


def _rows(database: Database) -> list[tuple[str, str, int]]:
    return [
        (str(mid), str(status), int(attempts))
        for mid, status, attempts in database.query(
            "SELECT message_id, status, attempts FROM outbox_outboxmessage ORDER BY id"
        )
    ]


def _sent_events(database: Database) -> int:
    ((n,),) = database.query(
        "SELECT count(*) FROM audit_auditevent WHERE action = 'candor.outbox.sent'"
    )
    return int(n)


@pytest.mark.slow
@pytest.mark.parametrize("server_kept_it", [False, True], ids=["refused", "accepted"])
def test_sigkill_mid_send(
    tmp_path: Path, database: Database, smtp_sink: Sink, server_kept_it: bool
) -> None:
    env = _env(tmp_path, database, smtp_sink.port)
    subprocess.run([*CANDOR, "web", "migrate"], env=env, check=True, capture_output=True)
    subprocess.run([sys.executable, "-c", SEED], env=env, check=True)
    smtp_sink.stall_on = "Message 1"
    smtp_sink.record_stalled = server_kept_it
    lease = 2
    worker = subprocess.Popen(
        [*CANDOR, "web", "worker", "--batch", "--lease", str(lease)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        assert smtp_sink.stalled.wait(30), "the worker never reached the stalled message"
        worker.send_signal(signal.SIGKILL)
        worker.wait(10)
    finally:
        if worker.poll() is None:
            worker.kill()
    assert worker.returncode == -signal.SIGKILL
    smtp_sink.release.set()  # the server finishes the dead session
    statuses = {mid: status for mid, status, _ in _rows(database)}
    assert "sending" in statuses.values()  # the message in flight is leased, not lost

    time.sleep(lease + 0.5)  # the lease runs out
    subprocess.run(
        [*CANDOR, "web", "worker", "--batch", "--lease", str(lease)],
        env=env,
        check=True,
        capture_output=True,
        timeout=60,
    )
    rows = _rows(database)
    assert [status for _, status, _ in rows] == ["sent", "sent", "sent"]
    assert _sent_events(database) == 3  # one recorded send per message
    received = Counter(smtp_sink.message_ids())
    assert set(received) == {mid for mid, _, _ in rows}  # nothing lost
    stalled_id = rows[1][0]
    assert received[rows[0][0]] == received[rows[2][0]] == 1
    # Refused mid-send: delivered once. Accepted before the kill: the retry carries the
    # same Message-ID, so de-duplicating on it leaves one message.
    assert received[stalled_id] == (2 if server_kept_it else 1)
