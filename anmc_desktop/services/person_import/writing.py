"""Write the planned rows of an import: inserts of the new persons, a chunk at a time, and
one update for each set of changed columns, and their change-log entries through the
change log's bulk API (the ORM's flush events do not see Core statements)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from sqlalchemy import bindparam, insert, update
from sqlalchemy.orm import Session

from anmc_desktop.errors import ConflictError
from anmc_desktop.models import Delegation
from anmc_desktop.models.base import new_identities
from anmc_desktop.progress import Progress
from anmc_desktop.records.enums import DelegationStatus
from anmc_desktop.records.person_import import ImportResult, RowStatus, UpdatedPerson
from anmc_desktop.services.bulk import execute_many, insert_with_next_ids
from anmc_desktop.services.person_import.basis import PERSONS
from anmc_desktop.services.person_import.plan import Plan
from anmc_desktop.storage import change_log
from anmc_desktop.text import PERSON_SEARCH_FIELDS, person_search_text

ROWS_PER_WRITE = 10_000  # new persons inserted (and logged) at a time
# What tells apart the persons one import adds (see _insert_persons).
_INSERT_KEY = ("delegation_id", "email", "given_name", "family_name", "native_name")


def write_plans(
    session: Session,
    meeting_id: int,
    source: str,
    plans: Iterable[Plan],
    progress: Progress | None = None,
) -> ImportResult:
    """Write the planned rows with inserts of the new persons, ``ROWS_PER_WRITE`` at a
    time, and one update for each set of changed columns, and their change-log entries
    (the new delegations go through the ORM, whose flush event logs them).

    The new persons' values are made a chunk at a time, so that those of 100,000 rows are
    never all held at once. ``progress`` hears of the rows written; a cancel raises
    inside the caller's transaction, which then writes nothing."""
    progress = progress or Progress()
    new_delegations: dict[int, Delegation] = {}
    plans = [p for p in plans if p.outcome.status in {RowStatus.NEW, RowStatus.UPDATE}]
    for plan in plans:
        if plan.delegation_id is None and plan.city_id not in new_delegations:
            new_delegations[plan.city_id] = Delegation(
                meeting_id=meeting_id, city_id=plan.city_id, status=DelegationStatus.INVITED
            )
    session.add_all(new_delegations.values())
    session.flush()
    delegation_of_city = {city_id: d.id for city_id, d in new_delegations.items()}
    new = [plan for plan in plans if plan.person is None]
    total = len(plans)

    def written(done: int) -> None:
        progress.step("Writing the persons", done, total)

    written(0)
    created: list[tuple[int, int]] = []
    for start in range(0, len(new), ROWS_PER_WRITE):
        chunk = new[start : start + ROWS_PER_WRITE]
        inserts = [
            _new_values(plan, delegation_of_city, identity)
            for plan, identity in zip(chunk, new_identities(len(chunk)), strict=True)
        ]
        _insert_persons(session, inserts, lambda done, before=start: written(before + done))
        created += ((values["id"], values["version"]) for values in inserts)
    updates = [_changed_values(plan) for plan in plans if plan.person is not None]
    _update_persons(session, updates, lambda done: written(len(new) + done))
    written(total)
    return ImportResult(
        meeting_id=meeting_id,
        source=source,
        created=tuple(created),
        updated=tuple(
            UpdatedPerson(values["id"], before, values["version"]) for before, values in updates
        ),
        created_delegations=tuple((d.id, d.version) for d in new_delegations.values()),
    )


def _new_values(plan: Plan, delegation_of_city: dict[int, int], identity: str) -> dict[str, Any]:
    """The columns of a new person, ``identity`` its uuid (the statement is compiled for
    these keys only: no column default fills it)."""
    checked = plan.checked
    assert checked is not None
    return {
        **vars(checked),
        "search_text": person_search_text(checked),
        "delegation_id": plan.delegation_id
        if plan.delegation_id is not None
        else delegation_of_city[plan.city_id],
        "version": 1,
        "uuid": identity,
    }


def _changed_values(plan: Plan) -> tuple[dict[str, Any], dict[str, Any]]:
    """A changed person's fields before, and their new values with the person's id and
    the version it gets."""
    checked, person = plan.checked, plan.person
    assert checked is not None and person is not None
    changed = plan.outcome.changed
    values = {name: getattr(checked, name) for name in changed}
    if not set(PERSON_SEARCH_FIELDS).isdisjoint(changed):
        values["search_text"] = person_search_text(checked)
    values["id"] = person.id
    values["version"] = person.version + 1
    return {name: getattr(person, name) for name in changed}, values


def _insert_persons(
    session: Session, inserts: list[dict[str, Any]], written: Callable[[int], None]
) -> None:
    """Insert the persons, give each of the dicts its new id, and log them.

    SQLite gets the ids AUTOINCREMENT would give (see bulk.insert_with_next_ids). A server
    returns them by RETURNING in batches of many rows, matched to the rows by delegation,
    e-mail and names: the plan refuses two rows that share those (the same person twice).
    """
    if not inserts:
        return
    connection = session.connection()
    if connection.dialect.name == "sqlite":
        insert_with_next_ids(connection, PERSONS, inserts, written)
    else:
        key_columns = [PERSONS.c[name] for name in _INSERT_KEY]
        statement = insert(PERSONS).returning(PERSONS.c.id, *key_columns)
        ids = {tuple(row[1:]): row[0] for row in connection.execute(statement, inserts)}
        if len(ids) != len(inserts):
            raise RuntimeError("two imported persons share their delegation, e-mail and names")
        for values in inserts:
            values["id"] = ids[tuple(values[name] for name in _INSERT_KEY)]
        written(len(inserts))
    change_log.record_inserts(session, PERSONS, inserts)


def _update_persons(
    session: Session,
    updates: list[tuple[dict[str, Any], dict[str, Any]]],
    written: Callable[[int], None],
) -> None:
    """Update each person if it still has the version that was checked, and log it.

    ``updates`` holds, for each person, the changed fields' values before, and the new
    values with the person's id and the version it gets. One statement for each set of
    changed columns (an import usually changes the same few in every row), setting only
    those.
    """
    if not updates:
        return
    statement = update(PERSONS).where(
        PERSONS.c.id == bindparam("checked_id"),
        PERSONS.c.version == bindparam("checked_version"),
    )
    groups: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    for _, values in updates:
        row = {**values, "checked_id": values["id"], "checked_version": values["version"] - 1}
        del row["id"]  # not set: the key of the row to update
        groups.setdefault(tuple(values), []).append(row)
    connection = session.connection()
    matched = 0
    for columns, rows in groups.items():
        set_columns = [name for name in columns if name != "id"]
        matched += execute_many(
            connection,
            statement,
            set_columns,
            rows,
            lambda done, before=matched: written(before + done),
        )
    if connection.dialect.supports_sane_multi_rowcount and matched != len(updates):
        raise ConflictError("Person", None)
    change_log.record_updates(session, PERSONS, updates)
