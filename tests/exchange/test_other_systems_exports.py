"""Lists exported by registration and assembly systems import as they are: their headers
(First Name, first_name, Affiliation, structure_level, Native script), their dates
("03 Sep 2014"), the official names of city governments; and a date such as 03/04/2014 is
asked, never guessed."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from anmc_desktop.exchange.person_fields import DateOrder, Field
from anmc_desktop.records.enums import PersonRole
from anmc_desktop.records.person_import import RowStatus
from anmc_desktop.services.person_import import PersonImportService
from tests.exchange.import_helpers import empty_meeting, import_file, persons_of, write_text


def test_a_registration_systems_export_imports(services, sample_meeting_id, tmp_path):
    meeting_id = empty_meeting(services, sample_meeting_id)
    path = write_text(
        tmp_path,
        "registrations.csv",
        "First Name,Last Name,Affiliation,Email Address,Native script,Arrival\n"
        "Olga,Popova,Tomsk Region,olga@example.org,Ольга Попова,03 Sep 2014\n"
        "Aree,Wong,Bangkok Metropolitan Administration,aree@example.org,อารี วงศ์,"
        "3-Sep-2014 14:30\n"
        'Minji,Kim,Seoul Metropolitan Government,minji@example.org,김민지,"Sep 4, 2014"\n',
        "utf-8",
    )

    preview, _ = import_file(services, meeting_id, path)

    assert preview.count(RowStatus.NEW) == 3, preview.lines()
    persons = persons_of(services, meeting_id)
    assert sorted(persons) == ["Bangkok", "Seoul", "Tomsk"]
    olga = persons["Tomsk"][0]
    assert (olga.given_name, olga.family_name, olga.email) == ("Olga", "Popova", "olga@example.org")
    assert olga.native_name == "Ольга Попова"
    assert olga.arrival == dt.datetime(2014, 9, 3)
    assert persons["Bangkok"][0].arrival == dt.datetime(2014, 9, 3, 14, 30)
    assert persons["Seoul"][0].arrival == dt.datetime(2014, 9, 4)


def test_a_participant_export_with_database_headers_imports(services, sample_meeting_id, tmp_path):
    meeting_id = empty_meeting(services, sample_meeting_id)
    path = write_text(
        tmp_path,
        "participants.csv",
        "first_name;last_name;city;structure_level\n"
        "Sergey;Zhvachkin;Tomsk;head of delegation\n"
        "Olga;Popova;Tomsk;interpreter\n",
        "utf-8",
    )
    importer = PersonImportService(services.database)
    _sheet, mapping = importer.read(path)

    assert mapping is not None
    assert mapping.fields == (Field.GIVEN_NAME, Field.FAMILY_NAME, Field.CITY, Field.ROLE)
    import_file(services, meeting_id, path)
    roles = {p.family_name: p.role for p in persons_of(services, meeting_id)["Tomsk"]}
    assert roles == {"Zhvachkin": PersonRole.HEAD, "Popova": PersonRole.INTERPRETER}


def test_a_date_that_reads_two_ways_is_asked_not_guessed(services, sample_meeting_id, tmp_path):
    meeting_id = empty_meeting(services, sample_meeting_id)
    path = write_text(
        tmp_path,
        "arrivals.csv",
        "City,Family name,Given name,Arrival\n"
        "Tomsk,Popova,Olga,03/04/2014\n"
        "Tomsk,Ivanov,Ivan,17/09/2014\n",
        "utf-8",
    )
    importer = PersonImportService(services.database)
    sheet, mapping = importer.read(path)
    assert mapping is not None

    # WHEN the user has not said how the file writes dates
    unsaid = importer.preview(meeting_id, sheet, mapping)
    # THEN 03/04/2014 is a question for the user; 17/09/2014 can only be one date
    first, second = unsaid.rows
    assert first.status is RowStatus.ERROR
    assert "'03/04/2014' is 3 April 2014 if the day comes first" in first.summary
    assert "April 3, 2014" not in first.summary and "March 4, 2014" in first.summary
    assert second.status is RowStatus.NEW

    # WHEN the user says the month comes first
    said = replace(mapping, date_order=DateOrder.MONTH_FIRST)
    assert importer.preview(meeting_id, sheet, said).rows[0].status is RowStatus.NEW
    importer.apply(meeting_id, sheet, said, skip_errors=True)
    # THEN it is read so, and the date that cannot be month-first is left out, not misread
    arrivals = {p.family_name: p.arrival for p in persons_of(services, meeting_id)["Tomsk"]}
    assert arrivals == {"Popova": dt.datetime(2014, 3, 4)}


def test_values_a_spreadsheet_program_damaged_are_flagged_not_updated(
    services, sample_meeting_id, tmp_path
):
    meeting_id = empty_meeting(services, sample_meeting_id)
    first = write_text(
        tmp_path,
        "list.csv",
        "City,Family name,Given name,Phone,Notes\n"
        "Tomsk,Popova,Olga,+7 3822 510 813,1/2\n"
        "Tomsk,Ivanov,Ivan,0123456,room 12\n"
        "Tomsk,Petrov,Pavel,+7 3822 000 000,late\n",
        "utf-8",
    )
    import_file(services, meeting_id, first)
    # GIVEN the list opened and saved again by a spreadsheet program, and one real change
    again = write_text(
        tmp_path,
        "list-saved-again.csv",
        "City,Family name,Given name,Phone,Notes\n"
        "Tomsk,Popova,Olga,73822510813,02-Jan\n"
        "Tomsk,Ivanov,Ivan,123456,room 12\n"
        "Tomsk,Petrov,Pavel,+7 3822 999 999,early\n",
        "utf-8",
    )
    importer = PersonImportService(services.database)
    sheet, mapping = importer.read(again)
    assert mapping is not None

    preview = importer.preview(meeting_id, sheet, mapping)

    # THEN the damaged values are flagged as suspicious, not offered as updates
    popova, ivanov, petrov = preview.rows
    assert popova.status is RowStatus.ERROR and ivanov.status is RowStatus.ERROR
    assert "'73822510813' looks like the stored '+7 3822 510 813' that lost its leading +" in (
        popova.summary
    )
    assert "'02-Jan' looks like the stored '1/2' that was turned into a date" in popova.summary
    assert "lost its leading zeros" in ivanov.summary
    # AND a real change is an ordinary update
    assert petrov.status is RowStatus.UPDATE and petrov.changed == ("phone", "notes")


def test_names_in_another_script_or_order_find_the_same_person(
    services, sample_meeting_id, tmp_path
):
    from anmc_desktop.records.persons import PersonDraft

    # GIVEN Tomsk's governor with his Cyrillic native name, and a Mongolian delegate
    # stored with her Latin name only
    meeting_id = empty_meeting(services, sample_meeting_id)
    cities = {c.name_en: c.id for c in services.cities.list_cities()}
    tomsk = services.delegations.create_delegation(meeting_id, cities["Tomsk"])
    governor = services.delegations.add_person(
        tomsk.id,
        PersonDraft("Sergey", "Zhvachkin", native_name="Сергей Жвачкин", role=PersonRole.HEAD),
    )
    ulaanbaatar = services.delegations.create_delegation(meeting_id, cities["Ulaanbaatar"])
    services.delegations.add_person(ulaanbaatar.id, PersonDraft("Oyun", "Batbayar"))
    # WHEN a Russian list names him in Cyrillic, family name first, with his position,
    # and a list writes her family name first, and her in Cyrillic
    path = write_text(
        tmp_path,
        "список.csv",
        "Город;Фамилия;Имя;Должность\n"
        "Томск;Жвачкин;Сергей;Губернатор Томской области\n"
        "Ulaanbaatar;Oyun;Batbayar;Adviser\n",
        "utf-8",
    )
    preview, _ = import_file(services, meeting_id, path)

    # THEN both rows update the persons who are there, and the preview says how they matched
    rows = preview.rows
    assert [row.status for row in rows] == [RowStatus.UPDATE, RowStatus.UPDATE], preview.lines()
    assert all("found by the name written the other way round" in row.summary for row in rows)
    persons = persons_of(services, meeting_id)
    assert [p.id for p in persons["Tomsk"]] == [governor.id]
    updated = persons["Tomsk"][0]
    # AND their stored names stay as they were; only what the list adds is taken
    assert (updated.given_name, updated.family_name) == ("Sergey", "Zhvachkin")
    assert updated.position == "Губернатор Томской области"
    assert [(p.given_name, p.position) for p in persons["Ulaanbaatar"]] == [("Oyun", "Adviser")]


def test_a_name_transliterated_from_another_script_finds_the_person(
    services, sample_meeting_id, tmp_path
):
    from anmc_desktop.records.persons import PersonDraft

    meeting_id = empty_meeting(services, sample_meeting_id)
    tomsk = services.cities.list_cities()
    city = next(c.id for c in tomsk if c.name_en == "Tomsk")
    delegation = services.delegations.create_delegation(meeting_id, city)
    services.delegations.add_person(delegation.id, PersonDraft("Olga", "Popova"))
    path = write_text(
        tmp_path, "список.csv", "Город;Фамилия;Имя;Роль\nТомск;Попова;Ольга;переводчик\n", "utf-8"
    )

    preview, _ = import_file(services, meeting_id, path)

    assert preview.rows[0].status is RowStatus.UPDATE
    assert [(p.given_name, p.role) for p in persons_of(services, meeting_id)["Tomsk"]] == [
        ("Olga", PersonRole.INTERPRETER)
    ]
