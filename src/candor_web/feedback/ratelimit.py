"""A small database-backed rate limiter for the public endpoints.

Counters live in the database, so every app process and server shares them
(Django's local-memory cache is per process). Windows are fixed (the hour, or
``window`` seconds); a bucket is ``(key, window start)``.
"""

from __future__ import annotations

import datetime as dt

from django.db import IntegrityError, transaction
from django.db.models import F
from django.http import HttpRequest
from django.utils import timezone

from candor_web.feedback.models import RateBucket


def client_of(request: HttpRequest) -> str:
    """The client's address as the server saw it (behind a proxy, configure the proxy to
    set REMOTE_ADDR; X-Forwarded-For is not trusted here)."""
    return str(request.META.get("REMOTE_ADDR", "") or "unknown")


def _window(window: int) -> dt.datetime:
    now = timezone.now().timestamp()
    return dt.datetime.fromtimestamp(now - now % window, tz=dt.UTC)


def rate_hit(*, key: str, limit: int, window: int = 3600) -> bool:
    """Count one hit of ``key``; ``False`` when it is over ``limit`` in this window.

    ``limit`` 0 disables the limit.
    """
    if limit <= 0:
        return True
    start = _window(window)
    with transaction.atomic():
        updated = RateBucket.objects.filter(key=key[:200], window_start=start).update(
            count=F("count") + 1
        )
        if not updated:
            try:
                with transaction.atomic():
                    RateBucket.objects.create(key=key[:200], window_start=start, count=1)
            except IntegrityError:
                RateBucket.objects.filter(key=key[:200], window_start=start).update(
                    count=F("count") + 1
                )
        count = (
            RateBucket.objects.filter(key=key[:200], window_start=start)
            .values_list("count", flat=True)
            .first()
        )
    return (count or 0) <= limit


def rate_exceeded(*, key: str, limit: int, window: int = 3600) -> bool:
    """Whether ``key`` is already over ``limit`` in this window (a read; counts nothing)."""
    if limit <= 0:
        return False
    count = (
        RateBucket.objects.filter(key=key[:200], window_start=_window(window))
        .values_list("count", flat=True)
        .first()
    )
    return (count or 0) >= limit


def rate_prune(*, older_than: dt.timedelta = dt.timedelta(days=2)) -> int:
    deleted, _ = RateBucket.objects.filter(window_start__lt=timezone.now() - older_than).delete()
    return deleted
