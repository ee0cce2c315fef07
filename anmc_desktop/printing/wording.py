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

from babel import Locale
from babel.dates import format_date, format_datetime, format_interval
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.numbers import format_decimal

from anmc_desktop import languages
from anmc_desktop.languages import N_ as N_

_SOURCE = languages.SOURCE_LANGUAGE


TO_BE_CONFIRMED = N_("(to be confirmed)")
"""What a placeholder person (not named yet) is called where a name prints."""


@dataclass(frozen=True)
class Wording:
    language: str
    catalogue: gettext.NullTranslations

    def gettext(self, text: str) -> str:
        return self.catalogue.gettext(text)

    def pgettext(self, context: str, text: str) -> str:
        """A text whose translation depends on where it stands ("Room" of a hotel)."""
        return self.catalogue.pgettext(context, text)

    def ngettext(self, singular: str, plural: str, count: int) -> str:
        return self.catalogue.ngettext(singular, plural, count)

    def label(self, member: enum.Enum) -> str:
        """A member of a closed vocabulary (a role, a status) by its label."""
        return self.catalogue.gettext(member.label)  # type: ignore[attr-defined]

    def name(self, name: str, is_placeholder: bool = False) -> str:
        """A person's name as printed: a placeholder still called by the stand-in the app
        gives it ("(to be confirmed)", or nothing) prints that stand-in in this language;
        a name typed for it prints as typed."""
        stand_in = not name.strip() or name.strip().casefold() == TO_BE_CONFIRMED
        return self.gettext(TO_BE_CONFIRMED) if is_placeholder and stand_in else name

    def number(self, count: int) -> str:
        """ "1,200", "1 200", "1,200": grouped as the language writes numbers."""
        return format_decimal(count, locale=self.language)

    def date(self, day: dt.date) -> str:
        """A date in a sentence: "4 September 2014", "4 сентября 2014 г.", "2014年9月4日"."""
        return format_date(day, "d MMMM y" if self.language == _SOURCE else "long",
                           locale=self.language)  # fmt: skip

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
            if self._interval_abbreviates_months():
                return self._days_before_long_date(first_day, last_day)
            return format_interval(first_day, last_day, "yMMMMd", locale=self.language)
        month_year = "MMMM y"
        if first_day == last_day:
            return f"{first_day.day} {format_date(first_day, month_year, locale=_SOURCE)}"
        last = format_date(last_day, month_year, locale=_SOURCE)
        if (first_day.year, first_day.month) == (last_day.year, last_day.month):
            return f"{first_day.day}-{last_day.day} {last}"
        return f"{first_day.day} {format_date(first_day, month_year, locale=_SOURCE)} - " \
               f"{last_day.day} {last}"  # fmt: skip

    def _interval_abbreviates_months(self) -> bool:
        """Whether Babel, lacking an interval with full month names in this language's
        CLDR data, would write the meeting's dates with abbreviated ones ("сент.")."""
        locale = Locale.parse(self.language)
        return (
            "yMMMMd" not in locale.interval_formats
            and locale.months["format"]["abbreviated"] != locale.months["format"]["wide"]
        )

    def _days_before_long_date(self, first_day: dt.date, last_day: dt.date) -> str:
        """ "4–6 сентября 2014 г.", "30 сентября – 2 октября 2014 г.": for a language whose
        CLDR data has no interval with full month names (Babel would fall back to "сент."),
        the first day, with its month where it differs, before the last day's long date."""
        last = format_date(last_day, "long", locale=self.language)
        if (first_day.year, first_day.month) == (last_day.year, last_day.month):
            return f"{first_day.day}–{last}"
        pattern = "d MMMM" if first_day.year == last_day.year else "long"
        return f"{format_date(first_day, pattern, locale=self.language)} – {last}"


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
