"""The words of a printed document in its document language: headings, column titles,
roles, statuses, day names and dates.

Printing imports no Qt, so its texts are not in the window's Qt catalogue: they are
gettext messages (``wording.gettext("Programme")``; ``N_`` marks a text translated later),
kept in resources/translations/anmc_printing_<language>.po and compiled in memory by Babel
for Python's ``gettext`` the first time a language is used. Dates are written by Babel
from the CLDR data of the language. The labels of the closed vocabularies are translated
by their English ``label`` (packaging/translations/catalogues.py adds them to the
catalogues). The names and texts of the records (the declaration's text too) print as
they are.
"""

from __future__ import annotations

import datetime as dt
import enum
import gettext
import io
from dataclasses import dataclass
from functools import cache

from babel.dates import format_date, format_datetime, format_interval
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

from anmc_desktop import languages

_SOURCE = languages.SOURCE_LANGUAGE


def N_(text: str) -> str:  # noqa: N802 - gettext's name for "translated where shown"
    """Mark a text for the catalogue where it is defined; it is translated where printed."""
    return text


@dataclass(frozen=True)
class Wording:
    language: str
    catalogue: gettext.NullTranslations

    def gettext(self, text: str) -> str:
        return self.catalogue.gettext(text)

    def ngettext(self, singular: str, plural: str, count: int) -> str:
        return self.catalogue.ngettext(singular, plural, count)

    def label(self, member: enum.Enum) -> str:
        """A member of a closed vocabulary (a role, a status) by its label."""
        return self.catalogue.gettext(member.label)  # type: ignore[attr-defined]

    def long_day(self, day: dt.date) -> str:
        """A programme day: "Thursday 4 September 2014", "четверг, 4 сентября 2014 г."."""
        return format_date(day, "EEEE d MMMM y" if self.language == _SOURCE else "full",
                           locale=self.language)  # fmt: skip

    def moment(self, when: dt.datetime) -> str:
        """A day and a time: "4 Sep 10:00", "4 сент. 10:00", "9月4日 10:00"."""
        pattern = "M月d日 HH:mm" if self.language == "ja" else "d MMM HH:mm"
        return format_datetime(when, pattern, locale=self.language)

    def meeting_dates(self, first_day: dt.date, last_day: dt.date) -> str:
        """ "4-6 September 2014", "4–6 сентября 2014 г.", "2014年9月4日～6日"."""
        if self.language != _SOURCE:
            if first_day == last_day:
                return format_date(first_day, "long", locale=self.language)
            return format_interval(first_day, last_day, "yMMMMd", locale=self.language)
        month_year = "MMMM y"
        if first_day == last_day:
            return f"{first_day.day} {format_date(first_day, month_year, locale=_SOURCE)}"
        last = format_date(last_day, month_year, locale=_SOURCE)
        if (first_day.year, first_day.month) == (last_day.year, last_day.month):
            return f"{first_day.day}-{last_day.day} {last}"
        return f"{first_day.day} {format_date(first_day, month_year, locale=_SOURCE)} - " \
               f"{last_day.day} {last}"  # fmt: skip


@cache
def wording(language: str = _SOURCE) -> Wording:
    """The wording of ``language`` (English, the texts as written, for a language the app
    does not speak)."""
    code = languages.supported(language) or _SOURCE
    if code == _SOURCE:
        return Wording(_SOURCE, gettext.NullTranslations())
    with languages.printing_catalogue(code).open("rb") as source:
        catalogue = read_po(source, locale=code)
    compiled = io.BytesIO()
    write_mo(compiled, catalogue)
    compiled.seek(0)
    return Wording(code, gettext.GNUTranslations(compiled))


ENGLISH = wording()
