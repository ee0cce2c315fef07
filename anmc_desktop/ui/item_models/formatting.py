"""How dates and times appear in tables: ISO days, 24-hour times, independent of locale."""

from __future__ import annotations

import datetime as dt

from anmc_desktop.text import moment_text


def day_text(day: dt.date | None) -> str:
    return day.isoformat() if day else ""


def time_range_text(starts_at: dt.datetime, ends_at: dt.datetime) -> str:
    """ "10:00–12:00"; an item that ends on a later day shows both days, like
    "4 Sep 10:00 – 6 Sep 18:00"."""
    if ends_at.date() == starts_at.date():
        return f"{starts_at:%H:%M}–{ends_at:%H:%M}"
    return f"{moment_text(starts_at)} – {moment_text(ends_at)}"


def long_day_text(day: dt.date) -> str:
    """Like "Thursday 4 September 2014"."""
    return f"{day:%A} {day.day} {day:%B %Y}"
