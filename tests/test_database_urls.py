"""A password in a database URL is never shown, however the URL is written; a bare
``postgres://`` URL is a PostgreSQL URL; the password may come from ~/.pgpass instead."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy.engine import URL, make_url

from anmc_desktop.cli import main
from anmc_desktop.database_urls import masked_url, parse_database_url
from anmc_desktop.db import open_database
from anmc_desktop.errors import DatabaseOpenError
from anmc_desktop.services import Services

SECRET = "S3cr3t-pass"


@pytest.mark.parametrize(
    "url",
    [
        f"postgresql://anmc:{SECRET}@db.example/anmc",
        f"postgres://anmc:{SECRET}@db.example/anmc",
        f"anmc:{SECRET}@db.example",
        f"postgresql://anmc@db.example/anmc?password={SECRET}",
        f"host=db.example user=anmc password={SECRET}",
        f"nonsense://anmc:{SECRET}@db.example:notaport/anmc",
        # Found by the fuzzer (tests/fuzzing/): a space in the password, in a URL that
        # does not parse, showed the password in clear.
        f"\x02ï://0:{SECRET}% +/@localhost:1/anmc?\ud800",
        f"\udcff://anmc_test:{SECRET}X$=X= 1@host:~",
        # ... and a user name with a slash, which makes the password part of the path.
        f"postgresql+nothing://0/0:{SECRET}(_)?@-1/",
        # ... and "://" later in a URL without a scheme, taken for the scheme's end.
        f'N\x8b:{SECRET}_X%~a:0+@&@-1:%s%n/=HYPERLINK("http://x")',
    ],
)
def test_a_password_is_masked_however_the_url_is_written(url: str) -> None:
    shown = masked_url(url)
    assert SECRET not in shown
    assert "***" in shown


@pytest.mark.parametrize(
    "url",
    [
        f"postgres://anmc:{SECRET}@127.0.0.1:1/anmc",
        f"anmc:{SECRET}@db.example",
        f"nonsense://anmc:{SECRET}@db.example/anmc",
        f"postgresql://anmc:{SECRET}@db.example:notaport/anmc",
    ],
)
def test_the_command_line_never_prints_the_password(
    url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["--database-url", url, "meetings"])
    captured = capsys.readouterr()
    assert code == 1, captured.err
    assert SECRET not in captured.out + captured.err
    assert "***" in captured.err


def test_a_bare_postgres_url_uses_the_shipped_driver() -> None:
    assert parse_database_url("postgres://anmc@db.example/anmc").drivername == (
        "postgresql+psycopg"
    )


def test_a_postgres_url_opens_the_team_server(postgres_url: str) -> None:
    bare = make_url(postgres_url).set(drivername="postgres").render_as_string(False)
    database = open_database(bare)
    try:
        assert Services.on(database).cities.list_cities() == []
    finally:
        database.dispose()


def test_the_password_may_come_from_a_pgpass_file(
    postgres_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # GIVEN the team's URL without its password, and the password in a .pgpass file
    full = make_url(postgres_url)
    assert full.password
    without_password = _without_password(postgres_url)
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "missing"))
    with pytest.raises(DatabaseOpenError, match=r"PGPASSWORD or in ~/\.pgpass"):
        open_database(without_password)
    pgpass = tmp_path / "pgpass"
    pgpass.write_text(f"{full.host}:{full.port}:*:{full.username}:{full.password}\n")
    pgpass.chmod(0o600)
    monkeypatch.setenv("PGPASSFILE", str(pgpass))
    # WHEN the app opens it THEN libpq finds the password itself
    database = open_database(without_password)
    try:
        assert Services.on(database).cities.list_cities() == []
        assert database.display_name == without_password
    finally:
        database.dispose()


def test_the_password_may_come_from_pgpassword(
    postgres_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    full = make_url(postgres_url)
    without_password = _without_password(postgres_url)
    monkeypatch.setenv("PGPASSWORD", str(full.password))
    database = open_database(without_password)
    try:
        assert Services.on(database).cities.list_cities() == []
    finally:
        database.dispose()


def _without_password(url: str) -> str:
    full = make_url(url)
    bare = URL.create(full.drivername, full.username, None, full.host, full.port, full.database)
    return bare.render_as_string(hide_password=False)
