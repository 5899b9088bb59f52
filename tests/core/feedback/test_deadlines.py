"""Business-day deadlines. Holiday dates checked against the US Office of Personnel
Management's published federal holiday calendars (opm.gov, 2025 and 2026)."""

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from candor.feedback import add_business_days, business_days_between, us_federal_holidays

D = dt.date


def test_opm_2026_calendar() -> None:
    assert us_federal_holidays(2026) == {
        D(2026, 1, 1),
        D(2026, 1, 19),
        D(2026, 2, 16),
        D(2026, 5, 25),
        D(2026, 6, 19),
        D(2026, 7, 3),  # July 4 is a Saturday: observed Friday July 3
        D(2026, 9, 7),
        D(2026, 10, 12),
        D(2026, 11, 11),
        D(2026, 11, 26),
        D(2026, 12, 25),
    }


def test_opm_2025_calendar_sample() -> None:
    days = us_federal_holidays(2025)
    assert D(2025, 1, 20) in days and D(2025, 5, 26) in days and D(2025, 11, 27) in days
    assert len(days) == 11


def test_friday_plus_five_is_next_friday() -> None:
    assert add_business_days(D(2026, 10, 30), 5) == D(2026, 11, 6)
    # ... unless a holiday falls in the week (Veterans Day, Wed 2026-11-11).
    assert add_business_days(D(2026, 11, 6), 5) == D(2026, 11, 16)


def test_thanksgiving_week_skips_the_holiday() -> None:
    # Wed 2026-11-25 + 2 business days: Thu 26 is Thanksgiving -> Fri 27, Mon 30.
    assert add_business_days(D(2026, 11, 25), 2) == D(2026, 11, 30)
    assert add_business_days(D(2026, 11, 25), 2, holidays=()) == D(2026, 11, 27)


def test_zero_days_is_the_same_day() -> None:
    assert add_business_days(D(2026, 11, 28), 0) == D(2026, 11, 28)


@given(
    st.dates(min_value=D(2000, 1, 1), max_value=D(2090, 12, 31)),
    st.integers(min_value=0, max_value=40),
)
def test_between_inverts_add(start: dt.date, days: int) -> None:
    due = add_business_days(start, days)
    assert business_days_between(start, due) == days
    assert business_days_between(due, start) == -days
    assert due.weekday() < 5 or days == 0
