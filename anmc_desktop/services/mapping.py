"""ORM rows to the plain records that leave the service layer.

The records (anmc_desktop/records/) know nothing of SQLAlchemy; this module is the one place
that reads a loaded row into its record, so every service maps a row the same way.
"""

from __future__ import annotations

from anmc_desktop.models import AgendaItem, City, Declaration, DeclarationVersion, Meeting, Person
from anmc_desktop.records.agenda import AgendaItemRecord
from anmc_desktop.records.cities import CityRecord
from anmc_desktop.records.copying import copy_fields
from anmc_desktop.records.declarations import DeclarationRecord
from anmc_desktop.records.declarations import DeclarationVersion as VersionText
from anmc_desktop.records.enums import ParagraphSection
from anmc_desktop.records.meetings import MeetingRecord
from anmc_desktop.records.persons import PersonRecord


def city_record(city: City) -> CityRecord:
    return copy_fields(CityRecord, city, aliases=tuple(a.alias for a in city.aliases))


def meeting_record(meeting: Meeting) -> MeetingRecord:
    return copy_fields(
        MeetingRecord,
        meeting,
        host_city_name=meeting.host_city.name_en,
        time_zone=meeting.host_city.time_zone,
    )


def person_record(person: Person) -> PersonRecord:
    return copy_fields(PersonRecord, person)


def agenda_item_record(item: AgendaItem) -> AgendaItemRecord:
    return copy_fields(
        AgendaItemRecord,
        item,
        moderator_name=person_record(item.moderator).name if item.moderator else None,
        speaker_ids=tuple(p.id for p in item.speakers),
        speaker_names=tuple(person_record(p).name for p in item.speakers),
    )


def declaration_record(declaration: Declaration) -> DeclarationRecord:
    texts = [_version_text(version) for version in declaration.versions]
    return DeclarationRecord(
        id=declaration.id,
        meeting_id=declaration.meeting_id,
        title="",
        signing_date=declaration.signing_date,
        originals_count=declaration.originals_count,
        signing_order_rule=declaration.signing_order_rule,
        status=declaration.status,
        version=declaration.version,
    ).with_versions(texts)


def _version_text(version: DeclarationVersion) -> VersionText:
    def texts(section: ParagraphSection) -> tuple[str, ...]:
        return tuple(p.text for p in version.paragraphs if p.section is section)

    return VersionText(
        language=version.language,
        title=version.title,
        opening=version.opening,
        preamble=texts(ParagraphSection.PREAMBLE),
        transition=version.transition,
        clauses=texts(ParagraphSection.CLAUSE),
        place=version.place,
        testimonium_override=version.testimonium_override,
    )
