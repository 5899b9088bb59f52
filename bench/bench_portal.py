"""Web: the demo multiplied to N candidates; the request queue and the portal page.

Loads the demo into the configured database (``CANDOR_DATABASE_URL``, default
SQLite under ``CANDOR_DATA_DIR``; use an empty one), adds N candidates with
applications, decisions' worth of feedback requests (one in ten candidates
asks) with bulk inserts, then measures in-process with Django's test client:
query counts and latency of the queue and the portal page, against the
``/health/`` page as the baseline of the same run. It writes the portal URL to
``<data dir>/portal-url`` for a load test (see docs/performance.md, "Web").

    CANDOR_DATA_DIR=/tmp/bench .venv/bin/python bench/bench_portal.py [N]
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from datetime import timedelta
from importlib import resources
from pathlib import Path

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "candor_web.settings")
os.environ.setdefault("CANDOR_HTTPS", "false")
os.environ.setdefault("CANDOR_RATE_LIMIT_FAILURES", "0")
os.environ.setdefault("CANDOR_ALLOWED_HOSTS", "testserver,127.0.0.1,localhost")

import django

django.setup()

from django.conf import settings  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.utils import timezone  # noqa: E402

from candor_web.accounts.models import User  # noqa: E402
from candor_web.demo import demo_load  # noqa: E402
from candor_web.feedback.models import FeedbackRequest, State  # noqa: E402
from candor_web.feedback.services import portal_link  # noqa: E402
from candor_web.hiring.models import Application, Candidate, Position  # noqa: E402

BATCH = 5000


def multiply(n: int) -> None:
    position = Position.objects.select_related("current_plan", "organisation").get()
    org = position.organisation
    start = Candidate.objects.filter(organisation=org).count()
    if start >= n:
        return
    now = timezone.now()
    states = [State.RECEIVED, State.VERIFIED, State.DRAFTED, State.SENT, State.CLOSED]
    for lo in range(start, n, BATCH):
        hi = min(lo + BATCH, n)
        candidates = Candidate.objects.bulk_create(
            Candidate(
                organisation=org,
                ref=f"B{i:07d}",
                name=f"Candidate {i}",
                email=f"c{i}@example.net",
            )
            for i in range(lo, hi)
        )
        apps = Application.objects.bulk_create(
            Application(
                organisation=org,
                position=position,
                candidate=c,
                plan_version=position.current_plan,
            )
            for c in candidates
        )
        FeedbackRequest.objects.bulk_create(
            FeedbackRequest(
                organisation=org,
                application=a,
                state=states[k % len(states)],
                channel="form",
                received_at=now - timedelta(days=k % 20),
                due_date=(now + timedelta(days=(k % 30) - 10)).date(),
                portal_key=f"key{k}",
            )
            for k, a in enumerate(apps)
            if k % 10 == 0
        )


def timed(client: Client, url: str, repeat: int) -> tuple[int, float, float]:
    count = []

    def counter(execute, sql, params, many, context):  # type: ignore[no-untyped-def]
        count.append(sql)
        return execute(sql, params, many, context)

    with connection.execute_wrapper(counter):
        response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        client.get(url)
        times.append((time.perf_counter() - t) * 1000)
    times.sort()
    return len(count), statistics.median(times), times[int(0.95 * len(times)) - 1]


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    call_command("migrate", verbosity=0)
    demo_load(Path(str(resources.files("candor") / "data" / "demo")))
    t = time.perf_counter()
    multiply(n)
    print(f"{n:,} candidates in the database ({time.perf_counter() - t:.1f} s to add them)")
    print(f"{FeedbackRequest.objects.count():,} feedback requests")
    staff = Client()
    staff.force_login(User.objects.get(username="rpatel"))
    aisha = FeedbackRequest.objects.get(application__candidate__ref="C06", asked_by="candidate")
    portal = portal_link(aisha, base_url="http://127.0.0.1:8000")
    path = portal.removeprefix("http://127.0.0.1:8000")
    (settings.DATA_DIR / "portal-url").write_text(path + "\n", encoding="utf-8")
    rows = [
        ("/health/ (baseline)", Client(), "/health/"),
        ("request queue (200 shown)", staff, "/requests/"),
        ("portal page", Client(), path),
    ]
    print(f"{'page':28} {'queries':>7} {'median ms':>10} {'p95 ms':>8} {'x baseline':>10}")
    base = None
    for name, client, url in rows:
        q, median, p95 = timed(client, url, 40)
        base = base or median
        print(f"{name:28} {q:7d} {median:10.1f} {p95:8.1f} {median / base:10.1f}")


if __name__ == "__main__":
    main()
