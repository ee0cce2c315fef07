"""The text of invitation and visa support letters: a template filled for each recipient.

Templates are plain text with ``${placeholder}`` fields (Python's ``string.Template``):
paragraphs are separated by blank lines, and the lines of a paragraph (an address) stay
lines. A line whose placeholders are all empty for a recipient is left out, so that
"Passport number: ${passport_number}" disappears for someone without passport data. The
default templates (``letter_templates/<kind>.<language>.txt``) are in English, Russian
and Japanese; a delegation gets the template of its language where there is one, else the
template of the document language chosen for the letters (printing/language.py). Dates
are written by Babel in the letter's language (printing/wording.py).
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from string import Template

from anmc_desktop.errors import UserFacingError
from anmc_desktop.printing.language import letter_language, own_letter_language
from anmc_desktop.printing.wording import Wording, wording
from anmc_desktop.records.enums import PersonRole
from anmc_desktop.records.meetings import MeetingRecord
from anmc_desktop.records.persons import DelegationDetail, PersonRecord, person_sort_key

DEFAULT_LANGUAGE = "en"
PLACEHOLDERS = (
    "full_name", "honorific", "name", "given_name", "family_name", "native_name", "position",
    "city", "country", "meeting_title", "meeting_dates", "venue", "host_city", "theme",
    "today", "arrival", "departure", "passport_number", "passport_expiry", "nationality",
)  # fmt: skip


class LetterKind(enum.StrEnum):
    INVITATION = "invitation"
    VISA = "visa"


@dataclass(frozen=True)
class Letter:
    city: str  # the delegation's city, in English: one file per delegation is named by it
    recipient: str
    language: str
    paragraphs: tuple[tuple[str, ...], ...]  # each paragraph's lines


def default_template(kind: LetterKind, language: str) -> str:
    """The shipped template of ``kind`` in ``language``, or in English if there is none."""
    folder = resources.files("anmc_desktop.printing").joinpath("letter_templates")
    for code in (language, DEFAULT_LANGUAGE):
        source = folder.joinpath(f"{kind.value}.{code}.txt")
        if source.is_file():
            return source.read_text(encoding="utf-8")
    raise FileNotFoundError(f"no {kind.value} letter template")


def check_template(text: str) -> None:
    """UserFacingError naming what in a template is not a known placeholder."""
    template = Template(text)
    if not template.is_valid():
        raise UserFacingError(
            "The letter template has a $ that is no placeholder: write $$ for a dollar sign "
            "and ${name} for a placeholder."
        )
    unknown = sorted(set(template.get_identifiers()) - set(PLACEHOLDERS))
    if unknown:
        raise UserFacingError(
            f"The letter template names unknown placeholders: {', '.join(unknown)}. "
            f"Known: {', '.join(PLACEHOLDERS)}."
        )


def _date(day: dt.date | None, words: Wording) -> str:
    return words.date(day) if day else ""


def _moment(moment: dt.datetime | None, words: Wording) -> str:
    return f"{words.date(moment.date())} {moment:%H:%M}" if moment else ""


def placeholder_values(
    meeting: MeetingRecord,
    delegation: DelegationDetail,
    person: PersonRecord | None,
    language: str,
    today: dt.date,
) -> dict[str, str]:
    """Every placeholder's text for one recipient (``None``: the head not named yet);
    names and the city in their own script in a letter in the city's own language."""
    summary = delegation.summary
    words = wording(language)
    native = language == own_letter_language(summary.city_country)
    city = (summary.city_local_name if native else "") or summary.city_name
    named = person is not None and not person.is_placeholder
    if named and person is not None:
        name = (person.native_name if native else "") or person.name
        full_name = " ".join(filter(None, (person.honorific, name)))
    else:
        head = words.gettext("Head of the Delegation of {city}")
        name = full_name = head.format(city=city)
    dates = words.meeting_dates(meeting.first_day, meeting.last_day)
    values = {
        "full_name": full_name, "name": name, "city": city, "country": summary.city_country,
        "meeting_title": meeting.title, "meeting_dates": dates,
        "venue": meeting.venue, "host_city": meeting.host_city_name, "theme": meeting.theme,
        "today": _date(today, words),
    }  # fmt: skip
    if named and person is not None:
        values |= {
            "honorific": person.honorific, "given_name": person.given_name,
            "family_name": person.family_name, "native_name": person.native_name,
            "position": person.position, "arrival": _moment(person.arrival, words),
            "departure": _moment(person.departure, words),
            "passport_number": person.passport_number,
            "passport_expiry": _date(person.passport_expiry, words),
            "nationality": person.nationality,
        }  # fmt: skip
    return {key: values.get(key, "") for key in PLACEHOLDERS}


def fill(template: str, values: Mapping[str, str]) -> tuple[tuple[str, ...], ...]:
    """The template's paragraphs for one recipient, lines with only empty fields left out."""
    paragraphs: list[tuple[str, ...]] = []
    for block in template.replace("\r\n", "\n").split("\n\n"):
        lines = []
        for line in block.split("\n"):
            names = Template(line).get_identifiers()
            if names and not any(values[name].strip() for name in names):
                continue
            lines.append(Template(line).substitute(values))
        paragraphs.append(tuple(lines))
    return tuple(paragraphs)


def _head(delegation: DelegationDetail) -> PersonRecord | None:
    return next((p for p in delegation.persons if p.role is PersonRole.HEAD), None)


def letters(
    kind: LetterKind,
    meeting: MeetingRecord,
    delegations: Sequence[DelegationDetail],
    template: str | None = None,
    today: dt.date | None = None,
    document_language: str = DEFAULT_LANGUAGE,
) -> list[Letter]:
    """The letters of the visiting delegations (the host invites no one of its own), cities
    alphabetically: an invitation to each delegation's head, a visa support letter for each
    named person. ``template`` replaces the defaults of every language; it is filled in
    ``document_language``, as are the default letters to cities of no template's language."""
    if template is not None:
        check_template(template)
    today = today or dt.date.today()
    found: list[Letter] = []
    visiting = [d for d in delegations if d.summary.city_id != meeting.host_city_id]
    for delegation in sorted(visiting, key=lambda d: d.summary.city_name.casefold()):
        # A template of the organizer's own is written in the document language.
        language = document_language
        if template is None:
            language = letter_language(delegation.summary.city_country, document_language)
        text = template if template is not None else default_template(kind, language)
        if kind is LetterKind.INVITATION:
            recipients = [_head(delegation)]
        else:
            persons = sorted(delegation.persons, key=person_sort_key)
            recipients = [p for p in persons if not p.is_placeholder]
        for person in recipients:
            values = placeholder_values(meeting, delegation, person, language, today)
            paragraphs = fill(text, values)
            found.append(
                Letter(delegation.summary.city_name, values["full_name"], language, paragraphs)
            )
    return found
