"""The records of a meeting file, built into a new meeting or brought into one that is
already here (an update), each checked by the rules of the forms.

An update matches what the file holds with what is here: delegations by city, persons by
their names within the delegation, agenda items by identity, declarations by title. It
changes and adds; records that are only here are kept. Cities are matched by English name,
else by another of their names or an alias (never by a similar spelling), or created. The
caller runs it in one transaction, so a record breaking a rule leaves everything as it was.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable, Iterable
from dataclasses import replace
from functools import partial
from typing import Any, TypeVar

from sqlalchemy import inspect, select
from sqlalchemy.orm import Session

from anmc_desktop.errors import ValidationError
from anmc_desktop.exchange.city_matching import CityMatcher, KnownCity, MatchedBy, name_key
from anmc_desktop.exchange.meeting_file import MeetingFileError
from anmc_desktop.exchange.meeting_file_reader import Reader
from anmc_desktop.models import (
    AgendaItem,
    City,
    Declaration,
    DeclarationParagraph,
    DeclarationVersion,
    Delegation,
    Meeting,
    Person,
    Signatory,
)
from anmc_desktop.models.base import Base, new_identity
from anmc_desktop.records.agenda import AgendaItemDraft
from anmc_desktop.records.cities import CityDraft, draft_of
from anmc_desktop.records.declarations import DeclarationDraft
from anmc_desktop.records.declarations import DeclarationVersion as DeclarationText
from anmc_desktop.records.enums import DelegationStatus, ParagraphSection, PersonRole
from anmc_desktop.records.languages import language_code
from anmc_desktop.records.meetings import MeetingDraft
from anmc_desktop.records.persons import PERSONAL_FIELDS, PersonDraft
from anmc_desktop.services.agenda import apply_agenda_draft
from anmc_desktop.services.cities import apply_city_draft
from anmc_desktop.services.declaration_text import apply_declaration_draft
from anmc_desktop.services.mapping import city_record
from anmc_desktop.services.meeting_document import (
    AGENDA_FIELDS,
    CITY_FIELDS,
    DECLARATION_FIELDS,
    DELEGATION_FIELDS,
    MEETING_FIELDS,
    PARAGRAPH_FIELDS,
    PERSON_FIELDS,
    SIGNATORY_FIELDS,
    VERSION_FIELDS,
)
from anmc_desktop.services.meetings import apply_meeting_draft
from anmc_desktop.services.person_rules import check_person
from anmc_desktop.services.validation import Checker
from anmc_desktop.text import search_key

T = TypeVar("T")
_NameKey = tuple[str, str, str]


def build_meeting(
    session: Session, document: Reader, meeting: Meeting, *, keep_identities: bool
) -> list[str]:
    """Fill ``meeting`` (new or already here) from the file; ``keep_identities`` False (a
    copy) gives its agenda items identities of their own. Returns how the file's cities
    were found where not by their English names ("cities[2]: 'Tomsk Region' matched Tomsk
    by name")."""
    cities, city_notes = _cities(session, document.objects("cities"))

    def city(reader: Reader, key: str) -> City:
        return cities[search_key(reader.text(key))]  # every name was checked to be there

    meeting_reader = document.object("meeting")
    meeting_draft = MeetingDraft(
        host_city_id=city(meeting_reader, "host_city").id,
        **_read(meeting_reader, Meeting, MEETING_FIELDS),
    )
    _checked(meeting_reader, apply_meeting_draft, session, meeting, meeting_draft)
    session.add(meeting)
    session.flush()
    here = {
        d.city_id: d
        for d in session.scalars(select(Delegation).where(Delegation.meeting_id == meeting.id))
    }
    delegations: dict[str, Delegation] = {}
    persons: dict[int, Person] = {}
    proxies: list[tuple[Delegation, Reader]] = []
    for reader in document.objects("delegations"):
        values = _read(reader, Delegation, DELEGATION_FIELDS)
        values["notes"] = _checked_text(reader, "notes", values["notes"])
        the_city = city(reader, "city")
        delegation = here.get(the_city.id) or Delegation(meeting=meeting, city=the_city)
        delegation.notes = str(values["notes"])
        if reader.optional_text("proxy_to"):
            # A proxy needs its holder's id: set once every delegation has one.
            proxies.append((delegation, reader))
            if delegation.id is None:
                delegation.status = DelegationStatus.INVITED
        else:
            delegation.status = values["status"]  # type: ignore[assignment]
            delegation.proxy_to_id = None
        # By the file's name of the city, which references in the file use.
        delegations[search_key(reader.text("city"))] = delegation
        persons |= _persons(delegation, reader.objects("persons"))
        session.add(delegation)
    session.flush()
    for delegation, reader in proxies:
        delegation.status = DelegationStatus.PROXY
        delegation.proxy_to_id = delegations[search_key(reader.text("proxy_to"))].id
    _agenda(session, document.objects("agenda"), meeting, persons, keep_identities)
    _declarations(session, document.objects("declarations"), meeting, delegations, persons)
    session.flush()
    return city_notes


def _name_key(person: Person | PersonDraft) -> _NameKey:
    return (
        search_key(person.given_name),
        search_key(person.family_name),
        search_key(person.native_name),
    )


def _persons(delegation: Delegation, readers: list[Reader]) -> dict[int, Person]:
    """The file's persons of the delegation by number: those here (by name) updated, the
    others added; each checked by the rules of the person form."""
    drafts = [PersonDraft(**_read(reader, Person, PERSON_FIELDS)) for reader in readers]
    here: dict[_NameKey, Person] = {_name_key(p): p for p in delegation.persons}
    matched = [here.pop(_name_key(draft), None) for draft in drafts]
    heads = sum(p.role is PersonRole.HEAD for p in here.values())  # kept, not in the file
    found: dict[int, Person] = {}
    for reader, draft, person in zip(readers, drafts, matched, strict=True):
        if person is not None:
            # A file written without passport data leaves the data here as it is.
            kept = {n: getattr(person, n) for n in PERSONAL_FIELDS if not reader.has(n)}
            draft = replace(draft, **kept)
        checked = _checked(reader, check_person, draft, partial(bool, heads))
        heads += checked.role is PersonRole.HEAD
        target = person or Person()
        for name in PERSON_FIELDS:
            setattr(target, name, getattr(checked, name))
        if person is None:
            delegation.persons.append(target)
        found[reader.integer("number")] = target
    return found


def _agenda(
    session: Session,
    readers: list[Reader],
    meeting: Meeting,
    persons: dict[int, Person],
    keep_identities: bool,
) -> None:
    # Read (so checked) even for a copy, which gives its items identities of their own.
    in_file = [(reader.identity("uuid"), reader.count("sequence")) for reader in readers]
    identities = [identity if keep_identities else None for identity, _ in in_file]
    wanted = [identity for identity in identities if identity]
    here = {
        item.uuid: item
        for item in session.scalars(select(AgendaItem).where(AgendaItem.uuid.in_(wanted)))
    }
    for reader, identity, (_, sequence_in_file) in zip(readers, identities, in_file, strict=True):
        sequence = sequence_in_file if identity else 0
        item = here.get(identity or "") or AgendaItem(
            meeting=meeting, uuid=identity or new_identity()
        )
        if item.meeting_id not in (None, meeting.id):
            raise MeetingFileError(
                f"meeting file, {reader.where}.uuid: an agenda item of another meeting here "
                "has this identity; import the file as a copy."
            )
        moderator = reader.optional_integer("moderator")
        draft = AgendaItemDraft(
            **_read(reader, AgendaItem, AGENDA_FIELDS),
            moderator_id=persons[moderator].id if moderator else None,
            speaker_ids=tuple(persons[number].id for number in reader.integers("speakers")),
        )
        _checked(reader, apply_agenda_draft, session, item, meeting, draft)
        # The sequence the file's calendars saw, unless this change has raised it further.
        item.sequence = max(item.sequence, sequence)


def _declarations(
    session: Session,
    readers: list[Reader],
    meeting: Meeting,
    delegations: dict[str, Delegation],
    persons: dict[int, Person],
) -> None:
    here = {
        search_key(d.title): d
        for d in session.scalars(select(Declaration).where(Declaration.meeting_id == meeting.id))
    }
    for reader in readers:
        values = _read(reader, Declaration, DECLARATION_FIELDS)
        status = values.pop("status")
        draft = DeclarationDraft(title="", **values).with_versions(_texts(reader))
        declaration = here.get(search_key(draft.title)) or Declaration(meeting=meeting)
        _checked(reader, apply_declaration_draft, session, declaration, draft)
        declaration.status = status  # type: ignore[assignment]
        session.add(declaration)
        declaration.signatories.clear()
        session.flush()
        for signatory_reader in reader.objects("signatories"):
            delegation = delegations[search_key(signatory_reader.text("city"))]
            session.add(
                Signatory(
                    declaration=declaration,
                    delegation_id=delegation.id,
                    person_id=persons[signatory_reader.integer("person")].id,
                    **_read(signatory_reader, Signatory, SIGNATORY_FIELDS),
                )
            )


def _read(reader: Reader, model: type[Base], names: Iterable[str]) -> dict[str, object]:
    """The named columns of ``model`` from the file, typed as the columns are."""
    columns = inspect(model).columns
    values: dict[str, object] = {}
    for name in names:
        column = columns[name]
        kind = column.type.python_type
        optional = column.nullable
        if isinstance(kind, type) and issubclass(kind, enum.Enum):
            values[name] = reader.choice(name, kind)
        elif kind is bool:
            values[name] = reader.flag(name)
        elif kind is int:
            values[name] = reader.optional_integer(name) if optional else reader.integer(name)
        elif kind is dt.datetime:
            values[name] = reader.optional_moment(name) if optional else reader.moment(name)
        elif kind is dt.date:
            values[name] = reader.optional_day(name) if optional else reader.day(name)
        else:
            values[name] = reader.optional_text(name) if optional else reader.text(name, "")
    return values


def _texts(reader: Reader) -> list[DeclarationText]:
    """The declaration's texts, in their order. A file of schema 1 or 2 holds one text in
    the declaration itself, in the first language its ``languages`` named (else English)."""
    if not reader.objects("versions"):
        language = language_code(reader.text("languages", "").split(",")[0]) or "en"
        return [_text(reader, language)]
    return [_text(version, version.text("language")) for version in reader.objects("versions")]


def _text(reader: Reader, language: str) -> DeclarationText:
    """One text: its fields and its preamble and clauses, each in the order of positions."""
    values = _read(reader, DeclarationVersion, [f for f in VERSION_FIELDS if f != "language"])
    paragraphs = sorted(
        (_read(p, DeclarationParagraph, PARAGRAPH_FIELDS) for p in reader.objects("paragraphs")),
        key=lambda p: (str(p["section"]), int(str(p["position"]))),
    )

    def texts(section: ParagraphSection) -> tuple[str, ...]:
        return tuple(str(p["text"]) for p in paragraphs if p["section"] is section)

    return DeclarationText(
        language=language,
        **values,  # type: ignore[arg-type]
        preamble=texts(ParagraphSection.PREAMBLE),
        clauses=texts(ParagraphSection.CLAUSE),
    )


# Fields whose name in the services differs from their key in the file.
_FILE_KEYS = {
    "host_city_id": "host_city",
    "moderator_id": "moderator",
    "speaker_ids": "speakers",
    "preamble": "paragraphs",
    "clauses": "paragraphs",
    "other_versions": "versions",
}


def _checked(reader: Reader, apply: Callable[..., T], *arguments: Any) -> T:
    """``apply(*arguments)``, a ValidationError told as a MeetingFileError naming the record."""
    try:
        return apply(*arguments)
    except ValidationError as error:
        problems = "; ".join(
            f"{reader.where}.{_FILE_KEYS.get(e.field, e.field)}: {e.reason}" for e in error.errors
        )
        raise MeetingFileError(f"meeting file, {problems}") from error


def _checked_text(reader: Reader, field: str, text: object) -> str:
    check = Checker()
    cleaned = check.text(field, str(text), long=True)
    _checked(reader, check.raise_if_any)
    return cleaned


def _cities(session: Session, readers: list[Reader]) -> tuple[dict[str, City], list[str]]:
    """The file's cities by folded English name: existing ones reused (by English name,
    else by another name or an alias, which the second value tells), others created; the
    file's aliases a city lacks are added to it."""
    here = list(session.scalars(select(City)))
    existing = {search_key(c.name_en): c for c in here}
    matcher = CityMatcher(
        KnownCity(c.id, c.name_en, c.name_local, tuple(a.alias for a in c.aliases)) for c in here
    )
    by_id = {c.id: c for c in here}
    found: dict[str, City] = {}
    notes: list[str] = []
    for reader in readers:
        draft = CityDraft(
            **_read(reader, City, CITY_FIELDS), aliases=tuple(reader.texts("aliases"))
        )
        key = search_key(draft.name_en)
        if not key:
            raise MeetingFileError(f"meeting file, {reader.where}.name_en: empty.")
        city = existing.get(key)
        if city is None:
            city_id, matched_by = matcher.matched_by(draft.name_en)
            if city_id is not None and matched_by is not MatchedBy.SIMILAR_SPELLING:
                city = by_id[city_id]
                notes.append(
                    f"{reader.where}: {draft.name_en!r} matched {city.name_en} by {matched_by}"
                )
        if city is None:
            city = City()
            _checked(reader, apply_city_draft, session, city, draft)
            session.add(city)
            existing[key] = city
        else:
            _add_aliases(session, reader, city, draft.aliases)
        if any(city is other for other in found.values()):
            raise MeetingFileError(
                f"meeting file, {reader.where}.name_en: {draft.name_en!r} names "
                f"{city.name_en}, as another city of the file does."
            )
        found[key] = city
    session.flush()
    return found, notes


def _add_aliases(session: Session, reader: Reader, city: City, aliases: tuple[str, ...]) -> None:
    """Add the file's aliases that the city here lacks (and that are not its names)."""
    known = {name_key(n) for n in (city.name_en, city.name_local)}
    known |= {a.alias_key for a in city.aliases}
    new = [alias for alias in aliases if name_key(alias) not in known]
    if new:
        kept = tuple(a.alias for a in city.aliases)
        draft = replace(draft_of(city_record(city)), aliases=(*kept, *new))
        _checked(reader, apply_city_draft, session, city, draft)
