"""The records of a meeting file, built into a new meeting or brought into one that is
already here (an update), each checked by the rules of the forms.

An update matches what the file holds with what is here: delegations by city, persons by
their names within the delegation, agenda items by identity, declarations by title. It
changes and adds; records that are only here are kept. Cities are matched by English name,
else by another of their names or an alias (never by a similar spelling), or created. The
caller runs it in one transaction, so a record breaking a rule leaves everything as it was.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import Any, TypeVar, cast

from sqlalchemy import Table, insert, select
from sqlalchemy.orm import Session

from anmc_desktop.exchange.city_matching import CityMatcher, KnownCity, MatchedBy, name_key
from anmc_desktop.exchange.meeting_file import MeetingFileError
from anmc_desktop.exchange.meeting_file_reader import Reader
from anmc_desktop.models import (
    AgendaItem,
    City,
    Declaration,
    Delegation,
    Meeting,
    Signatory,
    agenda_speaker,
)
from anmc_desktop.models.base import new_identities
from anmc_desktop.records.agenda import AgendaItemDraft
from anmc_desktop.records.cities import CityDraft, draft_of
from anmc_desktop.records.declarations import DeclarationDraft
from anmc_desktop.records.enums import DelegationStatus
from anmc_desktop.records.meetings import MeetingDraft
from anmc_desktop.services.agenda import apply_agenda_draft, checked_agenda_values
from anmc_desktop.services.bulk import execute_many, insert_rows
from anmc_desktop.services.cities import apply_city_draft
from anmc_desktop.services.declaration_text import apply_declaration_draft
from anmc_desktop.services.import_journal import record_bulk_inserts
from anmc_desktop.services.mapping import city_record
from anmc_desktop.services.meeting_document import (
    AGENDA_FIELDS,
    CITY_FIELDS,
    DECLARATION_FIELDS,
    DELEGATION_FIELDS,
    MEETING_FIELDS,
    SIGNATORY_FIELDS,
)
from anmc_desktop.services.meeting_file_records import (
    checked,
    checked_text,
    declaration_texts,
    read_columns,
)
from anmc_desktop.services.meeting_import_persons import (
    PersonsWritten,
    delegation_persons,
    names_by_id,
)
from anmc_desktop.services.meetings import apply_meeting_draft
from anmc_desktop.storage import change_log
from anmc_desktop.text import search_key

T = TypeVar("T")
_AGENDA_ITEMS = cast(Table, AgendaItem.__table__)


def build_meeting(
    session: Session,
    document: Reader,
    delegation_readers: Iterable[Reader],
    meeting: Meeting,
    *,
    keep_identities: bool,
) -> list[str]:
    """Fill ``meeting`` (new or already here) from the file, its delegations read one at
    a time from ``delegation_readers`` and their persons written a few thousand at a time
    (so an import holds no more of them); ``keep_identities`` False (a copy) gives its
    agenda items identities of their own. Returns how the file's cities were found where
    not by their English names ("cities[2]: 'Tomsk Region' matched Tomsk by name")."""
    cities, city_notes = _cities(session, document.objects("cities"))

    def city(reader: Reader, key: str) -> City:
        return cities[search_key(reader.text(key))]  # every name was checked to be there

    meeting_reader = document.object("meeting")
    meeting_draft = MeetingDraft(
        host_city_id=city(meeting_reader, "host_city").id,
        **read_columns(meeting_reader, Meeting, MEETING_FIELDS),
    )
    checked(meeting_reader, apply_meeting_draft, session, meeting, meeting_draft)
    session.add(meeting)
    session.flush()
    here = {
        d.city_id: d
        for d in session.scalars(select(Delegation).where(Delegation.meeting_id == meeting.id))
    }
    persons = PersonsWritten()
    delegations: dict[str, Delegation] = {}
    proxies: list[tuple[Delegation, str]] = []
    for reader in delegation_readers:
        values = read_columns(reader, Delegation, DELEGATION_FIELDS)
        values["notes"] = checked_text(reader, "notes", values["notes"])
        the_city = city(reader, "city")
        delegation = here.get(the_city.id) or Delegation(meeting=meeting, city=the_city)
        delegation.notes = str(values["notes"])
        if proxy_to := reader.optional_text("proxy_to"):
            # A proxy needs its holder's id: set once every delegation has one.
            proxies.append((delegation, proxy_to))
            if delegation.id is None:
                delegation.status = DelegationStatus.INVITED
        else:
            delegation.status = values["status"]  # type: ignore[assignment]
            delegation.proxy_to_id = None
        # By the file's name of the city, which references in the file use.
        delegations[search_key(reader.text("city"))] = delegation
        session.add(delegation)
        persons.add(session, delegation, delegation_persons(delegation, reader.objects("persons")))
    persons.write(session)
    for delegation, proxy_to in proxies:
        delegation.status = DelegationStatus.PROXY
        delegation.proxy_to_id = delegations[search_key(proxy_to)].id
    # Read once the delegations are: a file read once holds the rest only then.
    _agenda(session, document.objects("agenda"), meeting, persons.ids, keep_identities)
    _declarations(session, document.objects("declarations"), meeting, delegations, persons.ids)
    session.flush()
    return city_notes


def _agenda(
    session: Session,
    readers: list[Reader],
    meeting: Meeting,
    persons: dict[int, int],
    keep_identities: bool,
) -> None:
    """The file's agenda items: those here (by identity) updated one by one, the new ones
    added with one statement for the items and one for their speakers."""
    # Read (so checked) even for a copy, which gives its items identities of their own.
    in_file = [(reader.identity("uuid"), reader.count("sequence")) for reader in readers]
    identities = [identity if keep_identities else None for identity, _ in in_file]
    wanted = [identity for identity in identities if identity]
    here = {
        item.uuid: item
        for item in session.scalars(select(AgendaItem).where(AgendaItem.uuid.in_(wanted)))
    }
    of_meeting = set(persons.values()).__contains__
    fresh_identities = iter(new_identities(len(readers)))
    new_items: list[dict[str, Any]] = []
    new_speakers: list[tuple[int, tuple[int, ...]]] = []
    for reader, identity, (_, sequence_in_file) in zip(readers, identities, in_file, strict=True):
        sequence = sequence_in_file if identity else 0
        item = here.get(identity or "")
        if item is not None and item.meeting_id != meeting.id:
            raise MeetingFileError(
                f"meeting file, {reader.where}.uuid: an agenda item of another meeting here "
                "has this identity; import the file as a copy."
            )
        moderator = reader.optional_integer("moderator")
        draft = AgendaItemDraft(
            **read_columns(reader, AgendaItem, AGENDA_FIELDS),
            moderator_id=persons[moderator] if moderator else None,
            speaker_ids=tuple(persons[number] for number in reader.integers("speakers")),
        )
        if item is not None:
            checked(reader, apply_agenda_draft, session, item, meeting, draft)
            # The sequence the file's calendars saw, unless this change has raised it further.
            item.sequence = max(item.sequence, sequence)
            continue
        values = checked(reader, checked_agenda_values, meeting, draft, of_meeting)
        new_items.append(
            values
            | {
                "meeting_id": meeting.id,
                "uuid": identity or next(fresh_identities),
                "sequence": sequence,
                "moderator_id": draft.moderator_id,
                "version": 1,
            }
        )
        new_speakers.append((len(new_items) - 1, tuple(dict.fromkeys(draft.speaker_ids))))
    _insert_new_items(session, new_items, new_speakers)


def _insert_new_items(
    session: Session,
    items: list[dict[str, Any]],
    speakers: list[tuple[int, tuple[int, ...]]],
) -> None:
    """Insert the agenda items and their speakers' rows, and log both (the speakers by
    name, as apply_agenda_draft logs them)."""
    connection = session.connection()
    insert_rows(connection, _AGENDA_ITEMS, items)
    record_bulk_inserts(session, _AGENDA_ITEMS, items)
    change_log.record_inserts(session, _AGENDA_ITEMS, items)
    rows = [
        {"agenda_item_id": items[index]["id"], "person_id": person_id, "position": position}
        for index, person_ids in speakers
        for position, person_id in enumerate(person_ids, start=1)
    ]
    if rows:
        execute_many(connection, insert(agenda_speaker), list(rows[0]), rows)
    names = names_by_id(session, {pid for _, ids in speakers for pid in ids})
    change_log.record_links(
        session,
        _AGENDA_ITEMS,
        "speakers",
        [
            (items[index]["id"], 1, ", ".join(names[pid] for pid in person_ids))
            for index, person_ids in speakers
            if person_ids
        ],
    )


def _declarations(
    session: Session,
    readers: list[Reader],
    meeting: Meeting,
    delegations: dict[str, Delegation],
    persons: dict[int, int],
) -> None:
    here = {
        search_key(d.title): d
        for d in session.scalars(select(Declaration).where(Declaration.meeting_id == meeting.id))
    }
    for reader in readers:
        values = read_columns(reader, Declaration, DECLARATION_FIELDS)
        status = values.pop("status")
        draft = DeclarationDraft(title="", **values).with_versions(declaration_texts(reader))
        declaration = here.get(search_key(draft.title)) or Declaration(meeting=meeting)
        checked(reader, apply_declaration_draft, session, declaration, draft)
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
                    person_id=persons[signatory_reader.integer("person")],
                    **read_columns(signatory_reader, Signatory, SIGNATORY_FIELDS),
                )
            )


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
            **read_columns(reader, City, CITY_FIELDS), aliases=tuple(reader.texts("aliases"))
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
            checked(reader, apply_city_draft, session, city, draft)
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
        checked(reader, apply_city_draft, session, city, draft)
