"""What one unit of work (an import of a meeting file) adds, changes and removes, recorded
from its flushes; and its undo, which puts back exactly that in one transaction.

The recording watches the session's flushes as the change log does: every record the ORM
inserts, the columns it updates as they were, every record it deletes whole. The rows an
import inserts in bulk with Core (new persons and agenda items), which no flush shows, it
is told of (``record_bulk_inserts``). The agenda's speaker rows, written with Core
statements, are compared before and after instead. An undo
is refused, with nothing changed, when any of those records was changed or removed since
(its version differs), or when a record added since refers to one the import added.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any, cast

from sqlalchemy import Table, and_, delete, event, insert, inspect, or_, select
from sqlalchemy.orm import InstanceState, Session, UOWTransaction

from anmc_desktop.errors import UserFacingError
from anmc_desktop.models import AgendaItem, Base, agenda_speaker
from anmc_desktop.progress import Progress
from anmc_desktop.records.import_journal import (
    AddedRecord,
    ChangedRecord,
    ImportJournal,
    RemovedRecord,
    SpeakerRow,
)
from anmc_desktop.storage.logged_values import plain

_Key = tuple[str, int]
# Bookkeeping an undo does not put back: the version moves on, and an agenda item's
# calendar sequence rises with the undo (calendars must see the times change back).
_NOT_RESTORED = frozenset({"version", "sequence"})
_CHUNK = 500
# Where a session being recorded keeps its recorder (for record_bulk_inserts).
_RECORDER = "import_journal_recorder"
# The steps of an undo, as its progress dialog names them.
CHECKING = "Checking the records have not changed"
PUTTING_BACK_CHANGED = "Putting back what it changed"
REMOVING_ADDED = "Removing what the import added"
PUTTING_BACK_REMOVED = "Putting back what it removed"


class JournalRecorder:
    """While ``recording``, each flush of the session adds to the journal."""

    def __init__(self) -> None:
        self._added: dict[_Key, object] = {}
        # Rows inserted with Core: their versions as inserted (nothing changes them after).
        self._bulk_added: dict[_Key, int | None] = {}
        self._changed: dict[_Key, tuple[object, dict[str, Any]]] = {}
        self._removed: dict[_Key, dict[str, Any]] = {}
        # Each record's stored values before the import first changed it: read from the
        # database, as an attribute set without being loaded has no history of its value.
        self._stored: dict[_Key, dict[str, Any]] = {}

    @contextmanager
    def recording(self, session: Session) -> Iterator[JournalRecorder]:
        event.listen(session, "before_flush", self._before_flush)
        event.listen(session, "after_flush", self._after_flush)
        session.info[_RECORDER] = self
        try:
            yield self
        finally:
            del session.info[_RECORDER]
            event.remove(session, "after_flush", self._after_flush)
            event.remove(session, "before_flush", self._before_flush)

    def journal(
        self,
        source: str,
        meeting_id: int,
        speakers_before: Iterable[SpeakerRow],
        speakers_after: Iterable[SpeakerRow],
    ) -> ImportJournal:
        """The journal of what was recorded, with the versions the records have now."""
        return ImportJournal(
            source=source,
            meeting_id=meeting_id,
            added=(
                *(AddedRecord(t, i, _version_of(o)) for (t, i), o in self._added.items()),
                *(AddedRecord(t, i, v) for (t, i), v in self._bulk_added.items()),
            ),
            changed=tuple(
                ChangedRecord(t, i, _version_of(o), before)
                for (t, i), (o, before) in self._changed.items()
            ),
            removed=tuple(RemovedRecord(t, values) for (t, _), values in self._removed.items()),
            speakers_before=tuple(sorted(speakers_before)),
            speakers_after=tuple(sorted(speakers_after)),
        )

    def bulk_added(self, table: Table, rows: Iterable[dict[str, Any]]) -> None:
        for row in rows:
            self._bulk_added[table.name, row["id"]] = row.get("version")

    def _before_flush(self, session: Session, _context: UOWTransaction, _instances: object) -> None:
        for instance in (*session.dirty, *session.deleted):
            state = inspect(instance)
            key = _key(state)
            if key is None or key in self._added or key in self._stored or not state.persistent:
                continue
            mapper = state.mapper
            table = mapper.local_table
            row = (
                session.connection()
                .execute(select(table).where(table.primary_key.columns[0] == key[1]))
                .one_or_none()
            )
            if row is not None:
                self._stored[key] = {
                    prop.key: plain(getattr(row, prop.columns[0].key))
                    for prop in mapper.column_attrs
                }

    def _after_flush(self, session: Session, context: UOWTransaction) -> None:
        # The flush's own list of deletes: session.deleted misses orphans deleted by cascade.
        deleted = [
            state
            for state, (is_delete, list_only) in context.states.items()
            if is_delete and not list_only
        ]
        gone = set(deleted)
        for instance in session.new:
            if (key := _key(inspect(instance))) is not None:
                self._added[key] = instance
        for state in map(inspect, session.dirty):
            key = _key(state)
            if state in gone or key is None or key in self._added:
                continue
            stored = self._stored.get(key, {})
            before = {
                name: value
                for name, value in stored.items()
                if plain(state.dict.get(name)) != value and name not in _NOT_RESTORED
            }
            if before:
                known = self._changed.setdefault(key, (state.obj(), {}))[1]
                for name, value in before.items():
                    known.setdefault(name, value)
        for state in deleted:
            key = _key(state)
            if key is None or self._added.pop(key, None) is not None:
                continue
            values = self._stored.get(key) or {
                p.key: plain(state.dict.get(p.key)) for p in state.mapper.column_attrs
            }
            self._changed.pop(key, None)
            self._removed[key] = values


def record_bulk_inserts(session: Session, table: Table, rows: Iterable[dict[str, Any]]) -> None:
    """Tell the journal being recorded for ``session``, if any, of rows a Core insert added
    to ``table`` (each with its ``id``), which no flush shows it."""
    recorder = session.info.get(_RECORDER)
    if isinstance(recorder, JournalRecorder):
        recorder.bulk_added(table, rows)


def speaker_rows(session: Session, meeting_id: int) -> list[SpeakerRow]:
    rows = session.execute(
        select(
            agenda_speaker.c.agenda_item_id, agenda_speaker.c.person_id, agenda_speaker.c.position
        )
        .join(AgendaItem, AgendaItem.id == agenda_speaker.c.agenda_item_id)
        .where(AgendaItem.meeting_id == meeting_id)
    )
    return [(item, person, position) for item, person, position in rows]


def undo_journal(session: Session, journal: ImportJournal, progress: Progress) -> None:
    """Put back what the journal's import wrote, in the session's transaction; raise
    UserFacingError, changing nothing, if that is no longer possible. ``progress`` hears of
    each step, and its cancel raises JobCancelledError (the caller rolls back)."""
    models = {mapper.local_table.name: mapper.class_ for mapper in Base.registry.mappers}
    tables = {r.table for r in (*journal.added, *journal.changed, *journal.removed)}
    if not tables <= set(models):
        raise UserFacingError(
            f"This is not a record of a meeting import (no table {sorted(tables - set(models))})."
        )
    try:
        _undo(session, journal, models, progress)
    except (ValueError, TypeError, KeyError, AttributeError) as error:
        # Values a record made by hand (or damaged) gives that no column can hold.
        raise UserFacingError(f"This is not a record of a meeting import ({error!r}).") from error


def _undo(
    session: Session, journal: ImportJournal, models: dict[str, type], progress: Progress
) -> None:
    cannot = f"The import of {journal.source} cannot be undone"
    stale = _stale(session, journal, models, progress)
    if stale:
        raise UserFacingError(f"{cannot}: {stale} of its records were changed or removed since.")
    added_ids: dict[str, set[int]] = {}
    for record in journal.added:
        added_ids.setdefault(record.table, set()).add(record.id)
    referring = _referring_since(session, added_ids)
    if referring:
        raise UserFacingError(
            f"{cannot}: records added since refer to what it added ({referring})."
        )
    progress.step(PUTTING_BACK_CHANGED)
    _remove_speakers(session, set(journal.speakers_after) - set(journal.speakers_before))
    for record in journal.changed:
        model = models[record.table]
        target = session.get(model, record.id)
        for name, value in record.before.items():
            if name not in _NOT_RESTORED:
                setattr(target, name, _typed(model, name, value))
        if isinstance(target, AgendaItem):
            target.sequence += 1
    session.flush()
    progress.step(REMOVING_ADDED)
    _delete_added(session, journal, models, added_ids)
    progress.step(PUTTING_BACK_REMOVED, 0, 1)
    for removed in journal.removed:
        model = models[removed.table]
        values = {
            name: _typed(model, name, value)
            for name, value in removed.values.items()
            if name != "version"
        }
        session.add(model(**values))
    session.flush()
    restored = set(journal.speakers_before) - set(journal.speakers_after)
    if restored:
        session.execute(
            insert(agenda_speaker),
            [{"agenda_item_id": i, "person_id": p, "position": n} for i, p, n in restored],
        )
    progress.step(PUTTING_BACK_REMOVED, 1, 1)  # a cancel meanwhile still rolls back


def _stale(
    session: Session, journal: ImportJournal, models: dict[str, type], progress: Progress
) -> int:
    """How many of the journal's records are not as the import left them."""
    stale = 0
    records = (*journal.added, *journal.changed)
    for done, record in enumerate(records):
        if done % _CHUNK == 0:
            progress.step(CHECKING, done, len(records))
        found = session.get(models[record.table], record.id)
        if found is None or (record.version is not None and _version_of(found) != record.version):
            stale += 1
    for removed in journal.removed:
        model = models[removed.table]
        key = inspect(model).primary_key[0].key
        stale += session.get(model, _typed(model, key, removed.values[key])) is not None
    items = {row[0] for row in (*journal.speakers_before, *journal.speakers_after)}
    now = set()
    for chunk in _chunks(sorted(items)):
        now |= set(
            map(
                tuple,
                session.execute(
                    select(
                        agenda_speaker.c.agenda_item_id,
                        agenda_speaker.c.person_id,
                        agenda_speaker.c.position,
                    ).where(agenda_speaker.c.agenda_item_id.in_(chunk))
                ),
            )
        )
    stale += now != set(journal.speakers_after)
    progress.step(CHECKING, len(records), len(records))
    return stale


def _referring_since(session: Session, added_ids: dict[str, set[int]]) -> str:
    """The tables of records that refer to a record the import added but were not added by
    it (so were added since), e.g. "check_in, person"; "" if none."""
    found = set()
    for table in cast(Iterable[Table], Base.metadata.tables.values()):
        if table is agenda_speaker:
            continue  # compared row by row with the journal's
        own = added_ids.get(table.name, set())
        primary = list(table.primary_key.columns)
        for foreign_key in table.foreign_keys:
            referred = foreign_key.column
            ids = added_ids.get(referred.table.name)
            if not ids or list(referred.table.primary_key.columns) != [referred]:
                continue
            for chunk in _chunks(sorted(ids)):
                rows = session.execute(select(*primary).where(foreign_key.parent.in_(chunk)))
                if any(len(primary) != 1 or row[0] not in own for row in rows):
                    found.add(table.name)
    return ", ".join(sorted(found))


def _delete_added(
    session: Session,
    journal: ImportJournal,
    models: dict[str, type],
    added_ids: dict[str, set[int]],
) -> None:
    """Delete what the import added: first the records that point at another added
    record of their own table (a proxy given to another new delegation), then the rest."""
    records = [session.get(models[r.table], r.id) for r in journal.added]
    first = [record for record in records if _points_within(record, added_ids)]
    for batch in (first, [r for r in records if r not in first]):
        for record in batch:
            session.delete(record)
        session.flush()


def _points_within(record: object, added_ids: dict[str, set[int]]) -> bool:
    table = inspect(record).mapper.local_table
    own = added_ids.get(table.name, set())
    return any(
        foreign_key.column.table is table and getattr(record, foreign_key.parent.key) in own
        for foreign_key in table.foreign_keys
    )


def _remove_speakers(session: Session, rows: set[SpeakerRow]) -> None:
    pairs = [
        and_(agenda_speaker.c.agenda_item_id == item, agenda_speaker.c.person_id == person)
        for item, person, _ in rows
    ]
    for start in range(0, len(pairs), _CHUNK):
        session.execute(delete(agenda_speaker).where(or_(*pairs[start : start + _CHUNK])))


def _typed(model: type, name: str, value: object) -> object:
    """A plain JSON value typed again as the model's column ``name`` holds it."""
    if value is None:
        return None
    kind = inspect(model).columns[name].type.python_type
    if isinstance(kind, type) and issubclass(kind, enum.Enum):
        return kind(value)
    if kind is dt.datetime:
        return dt.datetime.fromisoformat(str(value))
    if kind is dt.date:
        return dt.date.fromisoformat(str(value))
    return kind(value) if kind in (bool, int, str) else value


def _key(state: InstanceState[Any]) -> _Key | None:
    identity = state.identity or state.mapper.primary_key_from_instance(state.obj())
    if identity and len(identity) == 1 and isinstance(identity[0], int):
        return state.mapper.local_table.name, identity[0]
    return None


def _version_of(record: object) -> int | None:
    mapper = inspect(record).mapper
    column = mapper.version_id_col
    if column is None:
        return None
    value = getattr(record, mapper.get_property_by_column(column).key)
    return value if isinstance(value, int) else None


def _chunks(values: list[int]) -> Iterator[list[int]]:
    for start in range(0, len(values), _CHUNK):
        yield values[start : start + _CHUNK]
