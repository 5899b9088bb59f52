"""Business-day deadlines for answering feedback requests."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from functools import lru_cache

__all__ = ["add_business_days", "business_days_between", "us_federal_holidays"]


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date:
    first = dt.date(year, month, 1)
    offset = (weekday - first.weekday()) % 7
    return first + dt.timedelta(days=offset + 7 * (n - 1))


def _last_weekday(year: int, month: int, weekday: int) -> dt.date:
    nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
    last = nxt - dt.timedelta(days=1)
    return last - dt.timedelta(days=(last.weekday() - weekday) % 7)


def _observed(day: dt.date) -> dt.date:
    # A Saturday holiday is observed on Friday, a Sunday one on Monday (5 U.S.C. 6103(b)).
    if day.weekday() == 5:
        return day - dt.timedelta(days=1)
    if day.weekday() == 6:
        return day + dt.timedelta(days=1)
    return day


@lru_cache(maxsize=64)
def us_federal_holidays(year: int) -> frozenset[dt.date]:
    """The observed US federal holidays of ``year`` (5 U.S.C. 6103)."""
    mon, thu = 0, 3
    days = {
        _observed(dt.date(year, 1, 1)),
        _nth_weekday(year, 1, mon, 3),  # Birthday of Martin Luther King, Jr.
        _nth_weekday(year, 2, mon, 3),  # Washington's Birthday
        _last_weekday(year, 5, mon),  # Memorial Day
        _observed(dt.date(year, 6, 19)),  # Juneteenth
        _observed(dt.date(year, 7, 4)),
        _nth_weekday(year, 9, mon, 1),  # Labor Day
        _nth_weekday(year, 10, mon, 2),  # Columbus Day
        _observed(dt.date(year, 11, 11)),
        _nth_weekday(year, 11, thu, 4),  # Thanksgiving
        _observed(dt.date(year, 12, 25)),
    }
    return frozenset(days)


def _is_business_day(day: dt.date, holidays: frozenset[dt.date] | None) -> bool:
    if day.weekday() >= 5:
        return False
    if holidays is None:
        return day not in us_federal_holidays(day.year)
    return day not in holidays


def add_business_days(
    start: dt.date, days: int, *, holidays: Iterable[dt.date] | None = None
) -> dt.date:
    """The date ``days`` business days after ``start`` (start itself not counted).

    Weekends are skipped, and so are ``holidays`` (default: US federal holidays).
    A request received on a Friday with a 5-day deadline is due the next Friday.
    """
    if days < 0:
        raise ValueError("days must be zero or more")
    fixed = None if holidays is None else frozenset(holidays)
    day = start
    left = days
    while left:
        day += dt.timedelta(days=1)
        if _is_business_day(day, fixed):
            left -= 1
    return day


def business_days_between(
    start: dt.date, end: dt.date, *, holidays: Iterable[dt.date] | None = None
) -> int:
    """Business days after ``start`` up to and including ``end`` (negative if end < start)."""
    fixed = None if holidays is None else frozenset(holidays)
    sign = 1
    if end < start:
        start, end, sign = end, start, -1
    count = 0
    day = start
    while day < end:
        day += dt.timedelta(days=1)
        if _is_business_day(day, fixed):
            count += 1
    return sign * count
