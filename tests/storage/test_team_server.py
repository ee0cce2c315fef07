"""A team's PostgreSQL server: the app's own URL form, the command line, read-only windows."""

from __future__ import annotations

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from anmc_desktop.cli import main
from anmc_desktop.db import ReadOnlyDatabaseError, open_database
from anmc_desktop.records.cities import CityDraft
from anmc_desktop.sample import tomsk_2014 as facts
from anmc_desktop.services import Services


def test_a_team_points_the_command_line_at_its_server_with_a_plain_postgresql_url(
    postgres_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    # GIVEN the URL as a team writes it, without a driver name
    plain = make_url(postgres_url).set(drivername="postgresql").render_as_string(False)
    assert plain.startswith("postgresql://")
    # WHEN two organizers' commands work on it
    assert main(["--database-url", plain, "load-sample"]) == 0
    assert main(["--database-url", plain, "meetings"]) == 0
    # THEN the second sees what the first wrote
    assert capsys.readouterr().out.splitlines()[1].split("\t")[1:] == [
        facts.MEETING_TITLE,
        facts.FIRST_DAY.isoformat(),
        facts.LAST_DAY.isoformat(),
    ]


def test_a_read_only_connection_refuses_writes_below_the_services(database_url: str) -> None:
    # GIVEN a database with a city, opened read-only
    writer = open_database(database_url)
    Services.on(writer).cities.create(CityDraft(name_en="Tomsk", time_zone="Asia/Tomsk"))
    reader = open_database(database_url, read_only=True)
    # THEN it reads, refuses writes through the services, and the server or file refuses
    # a write that bypasses them
    services = Services.on(reader)
    assert [city.name_en for city in services.cities.list_cities()] == ["Tomsk"]
    with pytest.raises(ReadOnlyDatabaseError):
        services.cities.create(CityDraft(name_en="Busan", time_zone="Asia/Seoul"))
    with pytest.raises(DBAPIError), reader.reading() as session:
        session.execute(text("DELETE FROM city"))
    assert [city.name_en for city in Services.on(writer).cities.list_cities()] == ["Tomsk"]
    reader.dispose()
    writer.dispose()


def test_the_server_password_is_never_shown(postgres_url: str) -> None:
    database = open_database(postgres_url)
    assert "anmc_test:anmc_test@" in postgres_url
    assert database.display_name == postgres_url.replace(":anmc_test@", ":***@")
    database.dispose()
