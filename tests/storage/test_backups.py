"""Backups: online, verified, private, rotated, listed with what they hold, restorable."""

from __future__ import annotations

import datetime as dt
import sqlite3
import stat
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import text

from anmc_desktop import paths
from anmc_desktop.cli import main
from anmc_desktop.db import Database, open_database, sqlite_url
from anmc_desktop.errors import DatabaseOpenError
from anmc_desktop.records.cities import CityDraft
from anmc_desktop.services import Services
from anmc_desktop.storage.automatic_backups import AutomaticBackups
from anmc_desktop.storage.backups import (
    BackupError,
    backups_to_keep,
    create_backup,
    integrity_problems,
    list_backups,
    restore,
    rotate,
)

posix_only = pytest.mark.skipif(not hasattr(stat, "S_IMODE"), reason="POSIX permissions")
START = dt.datetime(2026, 3, 1, 9, 0, tzinfo=dt.UTC)


def _cities(path: Path) -> list[str]:
    with closing(sqlite3.connect(path)) as connection:
        return [row[0] for row in connection.execute("SELECT name_en FROM city ORDER BY name_en")]


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_backup_is_a_verified_private_copy_of_what_was_committed(
    services: Services, sample_meeting_id: int, database_path: Path
) -> None:
    # GIVEN a database with the sample meeting
    # WHEN it is backed up
    info = create_backup(database_path)
    # THEN the copy is in the backups folder, healthy, self-contained, and says what it holds
    assert info.path.parent.parent == paths.backups_dir()
    assert integrity_problems(info.path) == []
    with closing(sqlite3.connect(info.path)) as connection:
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert _cities(info.path) == _cities(database_path)
    persons = sum(d.person_count for d in services.delegations.list_delegations(sample_meeting_id))
    assert (info.meetings, info.persons) == (1, persons)
    assert info.summary == f"1 meeting(s), {persons} person(s)"


def test_a_backup_taken_during_a_write_holds_only_committed_work(
    database: Database, database_path: Path
) -> None:
    # GIVEN a unit of work that has written a city but not committed
    with database.writing() as session:
        session.execute(
            text(
                "INSERT INTO city (name_en, name_local, country, status, time_zone, "
                "search_text, version) VALUES ('Tomsk', '', '', 'member', 'UTC', '', 1)"
            )
        )
        # WHEN a backup is taken meanwhile
        info = create_backup(database_path)
    # THEN it does not hold the uncommitted city, while the database now does
    assert _cities(info.path) == []
    assert _cities(database_path) == ["Tomsk"]


@posix_only
def test_the_database_and_its_backups_are_readable_by_their_owner_only(
    services: Services, database_path: Path
) -> None:
    # GIVEN a database that has been written to
    services.cities.create(CityDraft(name_en="Tomsk", time_zone="Asia/Tomsk"))
    # WHEN it is backed up
    info = create_backup(database_path)
    # THEN the database, its WAL files, the backup and the folders are private
    wal = database_path.with_name(database_path.name + "-wal")
    shm = database_path.with_name(database_path.name + "-shm")
    assert [_mode(p) for p in (database_path, wal, shm, info.path)] == [0o600] * 4
    assert [_mode(info.path.parent), _mode(paths.backups_dir())] == [0o700, 0o700]


@posix_only
def test_an_existing_database_with_loose_permissions_is_made_private_on_opening(
    tmp_path: Path,
) -> None:
    path = tmp_path / "loose.db"
    open_database(sqlite_url(path)).dispose()
    path.chmod(0o644)
    open_database(sqlite_url(path)).dispose()
    assert _mode(path) == 0o600


def test_rotation_keeps_the_last_24_and_one_a_day_for_30_days() -> None:
    # GIVEN a backup every hour for 40 days
    hourly = [START + dt.timedelta(hours=hour) for hour in range(40 * 24)]
    now = hourly[-1]
    # WHEN the rotation decides
    kept = backups_to_keep(hourly, now, keep_recent=24, keep_days=30)
    # THEN it keeps the newest 24 (today's and yesterday's last hours) and the newest of
    # each of the 30 days, and nothing older
    assert set(hourly[-24:]) <= kept
    days = {moment.date() for moment in kept}
    assert len(days) == 30
    assert min(days) == (now - dt.timedelta(days=29)).date()
    assert len(kept) == 24 + 28  # the newest of today and of yesterday are among the 24
    for day in days - {now.date()}:
        assert max(m for m in hourly if m.date() == day) in kept


def test_rotation_deletes_the_files_it_does_not_keep(
    database: Database, database_path: Path
) -> None:
    # GIVEN six backups over five days
    moments = [START + dt.timedelta(days=day, hours=hour) for day, hour in
               ((0, 0), (1, 0), (1, 5), (2, 0), (3, 0), (4, 0))]  # fmt: skip
    for moment in moments:
        create_backup(database_path, now=moment, reason="automatic")
    # WHEN the rotation keeps the last two and one a day for three days
    deleted = rotate(database_path, now=moments[-1], keep_recent=2, keep_days=3)
    # THEN the first two days are gone, and of day 1 only its newest survived anyway
    left = [info.taken_at for info in list_backups(database_path)]
    assert left == [moments[5], moments[4], moments[3]]
    assert len(deleted) == 3
    assert all(not path.exists() for path in deleted)


def test_rotation_never_deletes_manual_backups_nor_those_taken_before_a_restore_or_upgrade(
    database: Database, database_path: Path
) -> None:
    # GIVEN, 40 days ago, a manual backup and those taken before a restore and an upgrade,
    # followed by an automatic backup every hour for two days
    old = START - dt.timedelta(days=40)
    for minutes, reason in enumerate(("manual", "before-restore", "before-upgrade")):
        create_backup(database_path, now=old + dt.timedelta(minutes=minutes), reason=reason)
    for hour in range(48):
        moment = START + dt.timedelta(hours=hour)
        create_backup(database_path, now=moment, reason="automatic")
    # WHEN the rotation runs (it did after each backup) once more
    rotate(database_path, now=START + dt.timedelta(hours=47), keep_recent=4, keep_days=2)
    # THEN the old automatic ones went, but the three kept ones are all still there
    reasons = [info.reason for info in list_backups(database_path)]
    assert reasons.count("automatic") == 4 + 1
    assert reasons[-3:] == ["before-upgrade", "before-restore", "manual"]


def test_backups_are_listed_newest_first_with_their_date_and_contents(
    services: Services, database_path: Path
) -> None:
    create_backup(database_path, now=START)
    services.sample.load()
    create_backup(database_path, now=START + dt.timedelta(hours=1), reason="automatic")
    listed = list_backups(database_path)
    assert [(b.taken_at, b.reason, b.meetings) for b in listed] == [
        (START + dt.timedelta(hours=1), "automatic", 1),
        (START, "manual", 0),
    ]


def test_a_restore_backs_up_the_current_database_first(
    database: Database, database_path: Path
) -> None:
    # GIVEN a backup with one city, and a database that has since gained a second
    services = Services.on(database)
    services.cities.create(CityDraft(name_en="Tomsk", time_zone="Asia/Tomsk"))
    backup = create_backup(database_path, now=START)
    services.cities.create(CityDraft(name_en="Busan", time_zone="Asia/Seoul"))
    # WHEN the database is closed and the backup restored
    database.dispose()
    previous = restore(backup.path, database_path)
    # THEN the database holds the backup's state, and the replaced state was kept
    assert _cities(database_path) == ["Tomsk"]
    assert previous is not None
    assert _cities(previous.path) == ["Busan", "Tomsk"]
    assert previous.reason == "before-restore"
    # AND the app opens the restored file normally
    reopened = open_database(sqlite_url(database_path))
    assert [c.name_en for c in Services.on(reopened).cities.list_cities()] == ["Tomsk"]
    reopened.dispose()


def test_a_restore_into_an_open_database_is_refused(
    database: Database, database_path: Path
) -> None:
    backup = create_backup(database_path)
    with pytest.raises(DatabaseOpenError, match="Close"):
        restore(backup.path, database_path)


def test_a_damaged_backup_is_not_restored(database: Database, database_path: Path) -> None:
    backup = create_backup(database_path)
    backup.path.write_bytes(b"not a database at all" * 100)
    database.dispose()
    before = database_path.read_bytes()
    with pytest.raises(BackupError, match="cannot be restored"):
        restore(backup.path, database_path)
    assert database_path.read_bytes() == before


def test_automatic_backups_on_opening_then_at_most_every_30_minutes_while_changes_happen(
    services: Services, database_path: Path
) -> None:
    clock = [START]
    automatic = AutomaticBackups(database_path, clock=lambda: clock[0])
    # WHEN the database is opened THEN it is backed up
    assert automatic.on_open().reason == "on-open"
    # WHEN changes happen within 30 minutes THEN no backup yet
    services.cities.create(CityDraft(name_en="Tomsk", time_zone="Asia/Tomsk"))
    clock[0] = START + dt.timedelta(minutes=29)
    assert automatic.tick() is None
    # WHEN 30 minutes have passed since the last backup THEN the changes are backed up
    clock[0] = START + dt.timedelta(minutes=31)
    taken = automatic.tick()
    assert taken is not None
    assert _cities(taken.path) == ["Tomsk"]
    # WHEN nothing changes THEN no further backup, however long it stays open
    clock[0] = START + dt.timedelta(hours=5)
    assert automatic.tick() is None
    assert len(list_backups(database_path)) == 2


def test_the_command_line_backs_up_lists_and_restores(
    database: Database, database_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    Services.on(database).cities.create(CityDraft(name_en="Tomsk", time_zone="Asia/Tomsk"))
    target = tmp_path / "copy.db"
    # WHEN `backup -o FILE` runs beside the open database
    assert main(["--database", str(database_path), "backup", "-o", str(target)]) == 0
    assert "0 meeting(s)" in capsys.readouterr().out
    assert _cities(target) == ["Tomsk"]
    Services.on(database).cities.create(CityDraft(name_en="Busan", time_zone="Asia/Seoul"))
    database.dispose()
    # WHEN `restore FILE` runs
    assert main(["--database", str(database_path), "restore", str(target)]) == 0
    out = capsys.readouterr().out
    # THEN the database is the copy, and the replaced one is in the backups
    assert _cities(database_path) == ["Tomsk"]
    assert "backed up to" in out
    assert main(["--database", str(database_path), "backups"]) == 0
    assert "before-restore" in capsys.readouterr().out


def test_the_command_line_refuses_to_overwrite_a_file(
    database: Database, database_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "taken.db"
    target.write_text("keep me", encoding="utf-8")
    assert main(["--database", str(database_path), "backup", "-o", str(target)]) == 1
    assert "already exists" in capsys.readouterr().err
    assert target.read_text(encoding="utf-8") == "keep me"
