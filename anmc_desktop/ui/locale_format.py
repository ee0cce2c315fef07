"""Dates, times and numbers as the window's language writes them (``QLocale()``, the
default locale that ``ui/translation_loader.py`` sets with the language): no month names
of our own."""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

from babel import Locale, UnknownLocaleError
from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

from anmc_desktop.ui.translation import translate


def _date(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _time(moment: dt.datetime | dt.time) -> QTime:
    return QTime(moment.hour, moment.minute)


def long_day(day: dt.date) -> str:
    """The locale's long date, like "Thursday, 4 September 2014" or "2014年9月4日木曜日"."""
    return QLocale().toString(_date(day), QLocale.FormatType.LongFormat)


def day_month(day: dt.date, *, with_year: bool = False) -> str:
    """Like "04 Sep" or "04 сент." (with the year: "04 Sep 2014"): the month's name is the
    locale's."""
    return QLocale().toString(_date(day), "dd MMM yyyy" if with_year else "dd MMM")


def time_of_day(moment: dt.datetime | dt.time) -> str:
    """Like "10:00"."""
    return QLocale().toString(_time(moment), QLocale.FormatType.ShortFormat)


def moment(when: dt.datetime) -> str:
    """A day and a time, like "Sep 4 10:00", "4 сент. 10:00" or "9月4日 10:00": the day and
    month in the order and words of the locale's CLDR pattern (Babel's)."""
    pattern = f"{_day_and_month_pattern(QLocale().name())} HH:mm"
    return QLocale().toString(QDateTime(_date(when), _time(when)), pattern)


@lru_cache(maxsize=8)
def _day_and_month_pattern(locale_name: str) -> str:
    """CLDR's pattern of a day with its month's short name ("MMM d", "d MMM", "M月d日"),
    which Qt's date formats read alike."""
    try:
        return str(Locale.parse(locale_name).datetime_skeletons["MMMd"].pattern)
    except (ValueError, KeyError, UnknownLocaleError):
        return "d MMM"


def number(value: int) -> str:
    """An integer with the locale's digit grouping."""
    return QLocale().toString(value)


def duration(minutes: int) -> str:
    """Like "1 h 30 min" in the window's language."""
    return translate("locale_format", "{hours} h {minutes} min").format(
        hours=minutes // 60, minutes=f"{minutes % 60:02d}"
    )
