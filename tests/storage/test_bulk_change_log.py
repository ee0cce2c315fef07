"""Rows written by bulk Core statements are logged with the same change-log rows as edits."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any, cast

import pytest
from sqlalchemy import Table, insert, select, update

from anmc_desktop.db import open_database
from anmc_desktop.models import City, Person
from anmc_desktop.models.change_log import ChangeLogEntry
from anmc_desktop.records.cities import CityDraft
from anmc_desktop.records.enums import PersonRole
from anmc_desktop.records.person_import import ImportResult
from anmc_desktop.records.persons import TRAVEL_TEXTS
from anmc_desktop.services import Services
from anmc_desktop.services.person_import import PersonImportService
from anmc_desktop.storage import change_log

CITIES = cast(Table, City.__table__)
PERSONS = cast(Table, Person.__table__)
TOMSK = CityDraft(name_en="Tomsk", country="Russia", time_zone="Asia/Tomsk")


def _city_values(name: str) -> dict[str, Any]:
    """What the ORM would insert for a city named ``name``, as plain column values."""
    return {
        "name_en": name,
        "name_local": "",
        "country": "Russia",
        "time_zone": "Asia/Tomsk",
        "notes": "",
        "version": 1,
        "search_text": name.casefold(),
    }


def test_bulk_inserts_are_logged_like_an_edit_by_the_same_organizer(database_url: str) -> None:
    database = open_database(database_url)
    database.actor = "Olga Ivanova"
    services = Services.on(database)
    # GIVEN a city added through a form (the flush event logs it)
    edited = services.cities.create(TOMSK)
    # WHEN two cities are inserted with one Core statement and logged with the bulk API
    with database.writing() as session:
        records = [_city_values("Kemerovo"), _city_values("Novosibirsk")]
        ids = session.execute(insert(CITIES).returning(CITIES.c.id, CITIES.c.name_en), records)
        by_name = {name: city_id for city_id, name in ids}
        for record in records:
            record["id"] = by_name[record["name_en"]]
        change_log.record_inserts(session, CITIES, records)
    # THEN each has one insert entry: who, its version, and every field as the event logs it
    logged_by_event = services.change_log.for_record("city", edited.id)[0]
    for record in records:
        (entry,) = services.change_log.for_record("city", record["id"])
        assert (entry.action, entry.changed_by, entry.record_version) == (
            "insert",
            "Olga Ivanova",
            1,
        )
        assert entry.changes.keys() == logged_by_event.changes.keys()
        assert entry.changes["name_en"] == (None, record["name_en"])
        assert entry.changed_at >= logged_by_event.changed_at
    database.dispose()


def test_bulk_updates_log_only_what_changed(database_url: str) -> None:
    database = open_database(database_url)
    services = Services.on(database)
    tomsk = services.cities.create(TOMSK)
    kemerovo = services.cities.create(CityDraft(name_en="Kemerovo", time_zone="Asia/Novokuznetsk"))
    with database.writing() as session:
        before = {
            row.id: row._mapping
            for row in session.execute(
                select(CITIES).where(CITIES.c.id.in_([tomsk.id, kemerovo.id]))
            )
        }
        # WHEN Tomsk's country changes and Kemerovo is written with the values it had
        after = [
            dict(before[tomsk.id]) | {"country": "Russian Federation", "version": 2},
            dict(before[kemerovo.id]) | {"version": 2},
        ]
        session.execute(update(CITIES).where(CITIES.c.id == tomsk.id).values(after[0]))
        change_log.record_updates(
            session, CITIES, [(before[tomsk.id], after[0]), (before[kemerovo.id], after[1])]
        )
    # THEN Tomsk's change log shows the new country; Kemerovo's holds its insert only
    last = services.change_log.for_record("city", tomsk.id)[-1]
    assert (last.action, last.record_version, last.changes) == (
        "update",
        2,
        {"country": ("Russia", "Russian Federation")},
    )
    assert [h.action for h in services.change_log.for_record("city", kemerovo.id)] == ["insert"]
    database.dispose()


def test_the_bulk_api_refuses_a_session_that_does_not_record(database_url: str) -> None:
    database = open_database(database_url)
    with database.reading() as session, pytest.raises(RuntimeError, match="does not record"):
        change_log.record_inserts(session, CITIES, [_city_values("Tomsk") | {"id": 1}])
    database.dispose()


def test_a_person_import_is_written_and_logged_on_either_database(
    database_url: str, tmp_path: Path
) -> None:
    # GIVEN the sample meeting and a file that updates Tomsk's governor and adds a person
    database = open_database(database_url)
    database.actor = "Olga Ivanova"
    services = Services.on(database)
    meeting_id = services.sample.load()
    path = tmp_path / "people.csv"
    path.write_text(
        "City,Family name,Given name,Position,Role\n"
        "Tomsk,Zhvachkin,Sergey,Governor of Tomsk Oblast,head\n"
        "Tomsk,Popova,Olga,Interpreter,interpreter\n",
        encoding="utf-8",
    )
    importer = PersonImportService(database, choices_file=tmp_path / "choices.json")
    sheet, mapping = importer.read(path)
    assert mapping is not None
    importer.preview(meeting_id, sheet, mapping)
    # WHEN it is applied
    result = importer.apply(meeting_id, sheet, mapping)
    # THEN both persons are written and in the change log, by her
    ((added_id, _),) = result.created
    (updated,) = result.updated
    assert services.delegations.get_person(added_id).family_name == "Popova"
    assert services.delegations.get_person(updated.person_id).version == updated.version
    logged = [
        services.change_log.for_record("person", added_id)[-1],
        services.change_log.for_record("person", updated.person_id)[-1],
    ]
    assert [(h.action, h.changed_by) for h in logged] == [
        ("insert", "Olga Ivanova"),
        ("update", "Olga Ivanova"),
    ]
    # AND undo gives the governor his old position back
    importer.undo(result)
    assert services.delegations.get_person(updated.person_id).position == "Governor"
    database.dispose()


def test_imported_persons_get_ids_that_hold_their_own_rows(
    database_url: str, tmp_path: Path
) -> None:
    # GIVEN the sample meeting and an import of three persons that was undone, so that
    # the largest ids the person table ever gave are no longer in it
    database = open_database(database_url)
    database.actor = "Olga Ivanova"
    services = Services.on(database)
    meeting_id = services.sample.load()
    importer = PersonImportService(database, choices_file=tmp_path / "choices.json")

    def import_rows(name: str, rows: list[str]) -> ImportResult:
        path = tmp_path / name
        path.write_text(
            "City,Family name,Given name,E-mail,Role,Arrival,Family name first\n"
            + "".join(f"{row}\n" for row in rows),
            encoding="utf-8",
        )
        sheet, mapping = importer.read(path)
        assert mapping is not None
        importer.preview(meeting_id, sheet, mapping)
        return importer.apply(meeting_id, sheet, mapping)

    removed = import_rows("first.csv", [f"Tomsk,Gone {n},Anna,,member,,no" for n in range(3)])
    importer.undo(removed)
    # WHEN forty persons of two delegations are imported, each with values of its own
    wanted = [
        (
            f"Фамилия {n}" if n % 3 == 0 else f"Family {n}",
            f"Given {n}",
            f"person{n}@example.org" if n % 2 else "",
            PersonRole.ADVISER if n % 4 == 0 else PersonRole.STAFF,
            dt.datetime(2014, 9, 16, n % 24, 30) if n % 5 else None,
            n % 2 == 0,
        )
        for n in range(40)
    ]
    result = import_rows(
        "second.csv",
        [
            f"{'Tomsk' if n % 2 else 'Ulaanbaatar'},{family},{given},{email},{role.value},"
            f"{arrival.strftime('%Y-%m-%d %H:%M') if arrival else ''},{'yes' if first else 'no'}"
            for n, (family, given, email, role, arrival, first) in enumerate(wanted)
        ],
    )
    # THEN each new id holds the person of its own row, and none of the removed ids is reused
    created = [person_id for person_id, _ in result.created]
    assert min(created) > max(person_id for person_id, _ in removed.created)
    stored = [services.delegations.get_person(person_id) for person_id in created]
    assert [
        (p.family_name, p.given_name, p.email, p.role, p.arrival, p.family_name_first)
        for p in stored
    ] == wanted
    # AND each id's insert in the change log names that same person
    for person in stored:
        (logged,) = services.change_log.for_record("person", person.id)
        assert logged.action == "insert"
        assert logged.changes["family_name"] == (None, person.family_name)
        assert logged.changes["email"] == (None, person.email)
    database.dispose()


def test_bulk_inserts_show_in_each_change_log_as_an_edit_would(database_url: str) -> None:
    # GIVEN persons' worth of values of every kind a column holds: text with quotes,
    # control characters and other scripts, None, booleans, an enum and a moment
    database = open_database(database_url)
    database.actor = "Ольга «Olga» Ivanova"
    services = Services.on(database)
    meeting_id = services.sample.load()
    delegation_id = services.delegations.list_delegations(meeting_id)[0].id
    odd_texts = ['"quoted" \\ back', "tab\tnew\nline \x01\x1f", "Томск 東京 😀 %s %(x)s", ""]
    records = [
        {
            "delegation_id": delegation_id,
            "given_name": text,
            "family_name": f"Bulk {number}",
            "family_name_first": number % 2 == 0,
            "native_name": "",
            "honorific": "",
            "position": text,
            "role": PersonRole.INTERPRETER,
            "email": "",
            "phone": "",
            "arrival": dt.datetime(2014, 9, 17, 14, 30, 5, 123456) if number else None,
            "departure": None,
            **dict.fromkeys(TRAVEL_TEXTS, ""),
            "dietary_needs": "",
            "access_needs": "",
            "notes": text,
            "is_placeholder": False,
            "passport_number": text if number else "",  # logged only as changed
            "passport_expiry": None,
            "nationality": "",
            "search_text": "",
            "version": 1,
        }
        for number, text in enumerate(odd_texts)
    ]
    # WHEN they are inserted with a Core statement and logged with the bulk API
    with database.writing() as session:
        for record in records:
            record["id"] = session.execute(
                insert(PERSONS).returning(PERSONS.c.id), record
            ).scalar_one()
        change_log.record_inserts(session, PERSONS, records)
    # AND the same values once more through the ORM, whose flush event logs them
    with database.writing() as session:
        copies = [Person(**{k: v for k, v in r.items() if k != "id"}) for r in records]
        session.add_all(copies)
        session.flush()
        copy_ids = [person.id for person in copies]
    # THEN the bulk write is one entry
    with database.reading() as session:
        bulk_ids = [record["id"] for record in records]
        entries = session.scalars(
            select(ChangeLogEntry).where(
                ChangeLogEntry.table_name == "person",
                ChangeLogEntry.last_record_id.is_not(None),
            )
        ).all()
        assert [(e.record_id, e.last_record_id) for e in entries] == [
            (min(bulk_ids), max(bulk_ids))
        ]
    # AND each record's change log is what the flush event logs for the same values
    for bulk_id, copy_id in zip(bulk_ids, copy_ids, strict=True):
        (bulk,) = services.change_log.for_record("person", bulk_id)
        (copy,) = services.change_log.for_record("person", copy_id)
        assert (bulk.action, bulk.changed_by, bulk.record_version, bulk.changes) == (
            copy.action,
            copy.changed_by,
            copy.record_version,
            copy.changes,
        )
    database.dispose()


def test_a_bulk_update_is_in_the_change_log_of_its_records_only(database_url: str) -> None:
    # GIVEN three cities, and a bulk update of the first and the last
    database = open_database(database_url)
    services = Services.on(database)
    first, middle, last = (
        services.cities.create(CityDraft(name_en=name, time_zone="Asia/Tomsk"))
        for name in ("Tomsk", "Seversk", "Kemerovo")
    )
    with database.writing() as session:
        before = {
            row.id: dict(row._mapping)
            for row in session.execute(select(CITIES).where(CITIES.c.id.in_([first.id, last.id])))
        }
        after = [
            before[city.id] | {"country": f"Country {city.id}", "version": 2}
            for city in (first, last)
        ]
        for values in after:
            session.execute(update(CITIES).where(CITIES.c.id == values["id"]).values(values))
        change_log.record_updates(session, CITIES, [(before[a["id"]], a) for a in after])
    # WHEN their change logs are read
    change_logs = {
        c.id: services.change_log.for_record("city", c.id) for c in (first, middle, last)
    }
    # THEN the middle city, inside the entry's range of ids, has only its insert
    assert [h.action for h in change_logs[middle.id]] == ["insert"]
    for city in (first, last):
        *_, updated = change_logs[city.id]
        assert (updated.action, updated.record_version, updated.changes) == (
            "update",
            2,
            {"country": ("", f"Country {city.id}")},
        )
    database.dispose()
