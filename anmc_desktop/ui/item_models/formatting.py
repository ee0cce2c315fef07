"""How dates and times appear in tables: ISO days, and the window's locale for times and
long days (ui/locale_format.py)."""

from __future__ import annotations

import datetime as dt

from anmc_desktop.ui import locale_format


def day_text(day: dt.date | None) -> str:
    return day.isoformat() if day else ""


def time_range_text(starts_at: dt.datetime, ends_at: dt.datetime) -> str:
    """ "10:00–12:00"; an item that ends on a later day shows both days with their times."""
    if ends_at.date() == starts_at.date():
        return f"{locale_format.time_of_day(starts_at)}–{locale_format.time_of_day(ends_at)}"
    return f"{locale_format.moment(starts_at)} – {locale_format.moment(ends_at)}"


def long_day_text(day: dt.date) -> str:
    """Like "Thursday, 4 September 2014", in the window's language."""
    return locale_format.long_day(day)
