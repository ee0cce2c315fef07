"""Every constraint of the schema is enforced by the database itself."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from anmc_desktop.db import Database
from anmc_desktop.errors import BrokenRuleError
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
from anmc_desktop.records.enums import DelegationStatus, ParagraphSection, PersonRole


@pytest.fixture
def meeting_ids(database: Database) -> dict[str, int]:
    """GIVEN a meeting hosted by Tomsk with delegations of Tomsk and Hanoi, each with a head."""
    with database.writing() as session:
        tomsk = City(name_en="Tomsk", name_local="Томск", time_zone="Asia/Tomsk")
        hanoi = City(name_en="Hanoi", name_local="Hà Nội")
        meeting = Meeting(
            title="13th", host_city=tomsk, first_day=dt.date(2014, 9, 4),
            last_day=dt.date(2014, 9, 6),
        )  # fmt: skip
        host = Delegation(meeting=meeting, city=tomsk)
        guest = Delegation(meeting=meeting, city=hanoi)
        host_head = Person(delegation=host, family_name="Zhvachkin", role=PersonRole.HEAD)
        guest_head = Person(delegation=guest, family_name="Le", role=PersonRole.HEAD)
        declaration = Declaration(meeting=meeting)
        declaration.versions.append(
            DeclarationVersion(position=1, language="en", title="Tomsk Declaration")
        )
        session.add_all([meeting, host, guest, host_head, guest_head, declaration])
        session.flush()
        return {
            "meeting": meeting.id, "tomsk": tomsk.id, "hanoi": hanoi.id, "host": host.id,
            "guest": guest.id, "host_head": host_head.id, "guest_head": guest_head.id,
            "declaration": declaration.id,
        }  # fmt: skip


@contextmanager
def broken_rule() -> Iterator[None]:
    """The database itself refuses the write (an IntegrityError), which the app reports as
    a user error naming the broken rule."""
    with pytest.raises(BrokenRuleError) as caught:
        yield
    assert isinstance(caught.value.__cause__, IntegrityError)


def _violates(database: Database, *objects: object) -> None:
    with broken_rule(), database.writing() as session:
        session.add_all(objects)
        session.flush()


def test_city_english_name_is_unique(database: Database, meeting_ids: dict[str, int]) -> None:
    _violates(database, City(name_en="Tomsk"))


def test_city_status_outside_the_vocabulary_is_refused(database: Database) -> None:
    with broken_rule(), database.writing() as session:
        session.execute(
            text(
                "INSERT INTO city (name_en, name_local, country, status, time_zone, "
                "search_text, version) VALUES ('X', '', '', 'bogus', 'UTC', '', 1)"
            )
        )


def test_meeting_days_must_be_in_order(database: Database, meeting_ids: dict[str, int]) -> None:
    _violates(
        database,
        Meeting(
            title="Backwards", host_city_id=meeting_ids["tomsk"],
            first_day=dt.date(2014, 9, 6), last_day=dt.date(2014, 9, 4),
        ),
    )  # fmt: skip


def test_meeting_host_must_exist(database: Database) -> None:
    _violates(
        database,
        Meeting(title="Nowhere", host_city_id=999, first_day=dt.date(2014, 1, 1),
                last_day=dt.date(2014, 1, 1)),
    )  # fmt: skip


def test_one_delegation_per_city_per_meeting(
    database: Database, meeting_ids: dict[str, int]
) -> None:
    _violates(database, Delegation(meeting_id=meeting_ids["meeting"], city_id=meeting_ids["hanoi"]))


def test_proxy_status_needs_a_holder(database: Database, meeting_ids: dict[str, int]) -> None:
    with broken_rule(), database.writing() as session:
        guest = session.get(Delegation, meeting_ids["guest"])
        assert guest is not None
        guest.status = DelegationStatus.PROXY


def test_a_holder_without_proxy_status_is_refused(
    database: Database, meeting_ids: dict[str, int]
) -> None:
    with broken_rule(), database.writing() as session:
        guest = session.get(Delegation, meeting_ids["guest"])
        assert guest is not None
        guest.proxy_to_id = meeting_ids["host"]


def test_at_most_one_head_per_delegation(database: Database, meeting_ids: dict[str, int]) -> None:
    _violates(
        database,
        Person(delegation_id=meeting_ids["host"], family_name="Knyazev", role=PersonRole.HEAD),
    )


def test_heads_of_different_delegations_coexist(
    database: Database, meeting_ids: dict[str, int]
) -> None:
    with database.reading() as session:
        heads = session.scalars(text("SELECT id FROM person WHERE role = 'head'")).all()
    assert len(heads) == 2


def test_a_person_needs_a_name(database: Database, meeting_ids: dict[str, int]) -> None:
    _violates(database, Person(delegation_id=meeting_ids["host"], given_name="", family_name=""))


def test_arrival_not_after_departure(database: Database, meeting_ids: dict[str, int]) -> None:
    _violates(
        database,
        Person(
            delegation_id=meeting_ids["host"], family_name="Late",
            arrival=dt.datetime(2014, 9, 6), departure=dt.datetime(2014, 9, 4),
        ),
    )  # fmt: skip


def test_agenda_item_ends_after_it_starts(database: Database, meeting_ids: dict[str, int]) -> None:
    _violates(
        database,
        AgendaItem(
            meeting_id=meeting_ids["meeting"], title="Backwards",
            starts_at=dt.datetime(2014, 9, 5, 12), ends_at=dt.datetime(2014, 9, 5, 10),
        ),
    )  # fmt: skip


def test_declaration_has_at_least_one_original(
    database: Database, meeting_ids: dict[str, int]
) -> None:
    _violates(database, Declaration(meeting_id=meeting_ids["meeting"], originals_count=0))


def test_one_text_per_language(database: Database, meeting_ids: dict[str, int]) -> None:
    _violates(
        database,
        DeclarationVersion(
            declaration_id=meeting_ids["declaration"], position=2, language="en", title="Again"
        ),
    )


def test_a_paragraph_belongs_to_a_text_of_its_declaration(
    database: Database, meeting_ids: dict[str, int]
) -> None:
    # GIVEN a declaration whose only text is English: no Russian paragraph without its text
    _violates(
        database,
        DeclarationParagraph(
            declaration_id=meeting_ids["declaration"], language="ru",
            section=ParagraphSection.CLAUSE, position=1, text="Пункт 1.",
        ),
    )  # fmt: skip


def test_signatory_must_belong_to_the_delegation(
    database: Database, meeting_ids: dict[str, int]
) -> None:
    _violates(
        database,
        Signatory(
            declaration_id=meeting_ids["declaration"], delegation_id=meeting_ids["guest"],
            person_id=meeting_ids["host_head"], position=1,
        ),
    )  # fmt: skip


def test_one_signatory_per_delegation(database: Database, meeting_ids: dict[str, int]) -> None:
    first = Signatory(
        declaration_id=meeting_ids["declaration"], delegation_id=meeting_ids["guest"],
        person_id=meeting_ids["guest_head"], position=1,
    )  # fmt: skip
    second = Signatory(
        declaration_id=meeting_ids["declaration"], delegation_id=meeting_ids["guest"],
        person_id=meeting_ids["guest_head"], position=2,
    )  # fmt: skip
    _violates(database, first, second)


def test_signing_position_is_positive(database: Database, meeting_ids: dict[str, int]) -> None:
    _violates(
        database,
        Signatory(
            declaration_id=meeting_ids["declaration"], delegation_id=meeting_ids["guest"],
            person_id=meeting_ids["guest_head"], position=0,
        ),
    )  # fmt: skip


def test_deleting_a_meeting_takes_its_records_along(
    database: Database, meeting_ids: dict[str, int]
) -> None:
    with database.writing() as session:
        session.execute(text("DELETE FROM meeting"))
    with database.reading() as session:
        counts = [
            session.scalar(text(f"SELECT count(*) FROM {table}"))
            for table in ("delegation", "person", "declaration")
        ]
    assert counts == [0, 0, 0]


def test_a_city_with_delegations_cannot_be_deleted(
    database: Database, meeting_ids: dict[str, int]
) -> None:
    with broken_rule(), database.writing() as session:
        session.execute(text("DELETE FROM city WHERE name_en = 'Hanoi'"))


def test_every_update_bumps_the_version(database: Database, meeting_ids: dict[str, int]) -> None:
    with database.writing() as session:
        city = session.get(City, meeting_ids["hanoi"])
        assert city is not None
        assert city.version == 1
        city.country = "Viet Nam"
    with database.reading() as session:
        city = session.get(City, meeting_ids["hanoi"])
        assert city is not None
        assert city.version == 2
        assert city.search_text == "hanoi ha noi viet nam"
