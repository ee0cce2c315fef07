"""The log helps find bugs without becoming a copy of the data: no SQL parameters, no
messages, files the owner's alone, and nothing kept longer than 30 days."""

from __future__ import annotations

import datetime as dt
import os
import stat

import pytest
from sqlalchemy import Column, Integer, MetaData, String, Table, create_engine, insert
from sqlalchemy.exc import IntegrityError

from anmc_desktop.logging_setup import (
    KEEP_DAYS,
    error_kind,
    log_file_path,
    log_unexpected_error,
    remove_old_logs,
)

PERSONAL = ("Lê Hồng Sơn", "son@hanoi.example", "+84 24 3825 3536")


def integrity_error_with_personal_data(tmp_path) -> IntegrityError:
    engine = create_engine(f"sqlite:///{tmp_path / 'other.db'}")
    metadata = MetaData()
    people = Table(
        "people",
        metadata,
        Column("id", Integer, primary_key=True),
        Column("name", String),
        Column("email", String, unique=True),
        Column("phone", String),
    )
    metadata.create_all(engine)
    row = dict(zip(("name", "email", "phone"), PERSONAL, strict=True))
    with engine.begin() as connection:
        connection.execute(insert(people), row)
    try:
        with engine.begin() as connection:
            connection.execute(insert(people), row)
    except IntegrityError as error:
        return error
    finally:
        engine.dispose()
    raise AssertionError("the second insert must fail")


def test_an_sql_error_is_logged_with_its_statement_but_without_its_parameters(tmp_path):
    # GIVEN an SQL error whose parameters are a person's name, e-mail address and phone
    error = integrity_error_with_personal_data(tmp_path)
    assert PERSONAL[1] in str(error)  # SQLAlchemy's own message quotes them
    # WHEN it is logged as an unexpected error
    log = log_unexpected_error(error).read_text(encoding="utf-8")
    # THEN the log tells where and what, and none of the data
    assert "IntegrityError" in log
    assert "INSERT INTO people" in log
    assert "integrity_error_with_personal_data" in log
    for value in PERSONAL:
        assert value not in log
    assert error_kind(error) == "IntegrityError"


def test_a_chained_error_logs_every_link_without_messages():
    try:
        try:
            raise KeyError(PERSONAL[0])
        except KeyError as inner:
            raise RuntimeError(f"could not save {PERSONAL[0]}") from inner
    except RuntimeError as error:
        log = log_unexpected_error(error).read_text(encoding="utf-8")
    assert "KeyError" in log and "RuntimeError" in log
    assert PERSONAL[0] not in log


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_the_log_is_readable_by_its_owner_only():
    path = log_unexpected_error(ZeroDivisionError("x"))
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700


def test_logs_older_than_30_days_are_removed_when_the_next_is_written():
    folder = log_file_path().parent
    today = dt.date.today()
    old = folder / f"anmc-desktop-{today - dt.timedelta(days=KEEP_DAYS + 1):%Y-%m-%d}.log"
    kept = folder / f"anmc-desktop-{today - dt.timedelta(days=KEEP_DAYS - 1):%Y-%m-%d}.log"
    foreign = folder / "anmc-desktop-notes.log"
    for path in (old, kept, foreign):
        path.write_text("x", encoding="utf-8")
    log_unexpected_error(ZeroDivisionError("x"))
    assert not old.exists()
    assert kept.exists() and foreign.exists()


def test_removing_old_logs_leaves_a_folder_without_logs_alone(tmp_path):
    remove_old_logs(tmp_path, today=dt.date.today())
    assert list(tmp_path.iterdir()) == []
