"""Every write records who (the organizer's name from the settings) and when."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from sqlalchemy import select

from anmc_desktop import settings
from anmc_desktop.cli import main
from anmc_desktop.db import open_database
from anmc_desktop.models import City
from anmc_desktop.records.cities import CityDraft
from anmc_desktop.services import Services

TOMSK = CityDraft(name_en="Tomsk", country="Russia", time_zone="Asia/Tomsk")


def test_a_records_change_log_says_who_changed_what_and_when(database_url: str) -> None:
    # GIVEN the organizer set her name in the settings
    settings.save(settings.load().with_organizer("Olga Ivanova"))
    database = open_database(database_url, actor=settings.load().organizer_name)
    services = Services.on(database)
    before = dt.datetime.now(dt.UTC)
    # WHEN she creates a city and corrects it
    city = services.cities.create(TOMSK)
    services.cities.update(city.id, replace(TOMSK, country="Russian Federation"))
    after = dt.datetime.now(dt.UTC)
    # THEN the city's change log has both changes, by her, with their time and fields
    changes = services.change_log.for_record("city", city.id)
    assert [(h.action, h.changed_by, h.record_version) for h in changes] == [
        ("insert", "Olga Ivanova", 1),
        ("update", "Olga Ivanova", 2),
    ]
    assert changes[0].changes["name_en"] == (None, "Tomsk")
    assert changes[1].changes == {"country": ("Russia", "Russian Federation")}
    assert all(before <= h.changed_at <= after for h in changes)
    database.dispose()


def test_a_deletion_is_recorded_with_the_last_values(database_url: str) -> None:
    database = open_database(database_url)
    database.actor = "Ivan"
    city_id = Services.on(database).cities.create(TOMSK).id
    with database.writing() as session:
        session.delete(session.get(City, city_id))
    last = Services.on(database).change_log.for_record("city", city_id)[-1]
    assert (last.action, last.changed_by, last.changes["name_en"]) == (
        "delete",
        "Ivan",
        ("Tomsk", None),
    )
    database.dispose()


def test_a_failed_unit_of_work_leaves_nothing_in_the_change_log(database_url: str) -> None:
    database = open_database(database_url)
    with pytest.raises(RuntimeError), database.writing() as session:
        session.add(City(name_en="Tomsk", time_zone="Asia/Tomsk"))
        session.flush()
        raise RuntimeError("the import found a problem after writing")
    with database.reading() as session:
        assert session.scalars(select(City)).all() == []
    assert Services.on(database).change_log.for_record("city", 1) == []
    database.dispose()


def test_the_organizer_name_defaults_to_the_os_user_and_survives_a_broken_file() -> None:
    assert settings.load().organizer_name == settings.default_organizer_name()
    settings.settings_path().write_text("{not json", encoding="utf-8")
    assert settings.load().organizer_name == settings.default_organizer_name()
    settings.save(settings.load().with_organizer("  Olga  "))
    assert settings.load().organizer_name == "Olga"


def test_the_command_line_sets_the_name_the_change_log_records(
    database_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    # GIVEN the organizer sets her name on the command line
    assert main(["organizer", "Olga Ivanova"]) == 0
    assert main(["organizer"]) == 0
    assert capsys.readouterr().out == "Olga Ivanova\nOlga Ivanova\n"
    # WHEN a command changes the database THEN her name is in the change log
    assert main(["--database-url", database_url, "load-sample"]) == 0
    database = open_database(database_url)
    assert {h.changed_by for h in Services.on(database).change_log.for_record("meeting", 1)} == {
        "Olga Ivanova"
    }
    database.dispose()


def test_signatories_cleared_from_a_declaration_are_logged_as_deleted(database_url: str) -> None:
    # GIVEN the sample declaration with its five signatories
    database = open_database(database_url)
    services = Services.on(database)
    meeting_id = services.sample.load()
    declaration = services.declarations.get_for_meeting(meeting_id)
    assert declaration is not None
    signatories = services.declarations.list_signatories(declaration.id)
    # WHEN who signs is replaced by nobody (the signatories go as orphans of the list)
    services.declarations.set_signatories(declaration.id, [])
    # THEN each removed signatory's change log ends with its deletion
    for signatory in signatories:
        *_, last = services.change_log.for_record("signatory", signatory.id)
        assert last.action == "delete"
    database.dispose()
