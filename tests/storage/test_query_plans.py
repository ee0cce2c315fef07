"""The reads of every person of a meeting (a printout's data, the meeting file) walk the
indexes in the order asked for: SQLite never sorts a meeting's persons before it gives
the first (at 100,000 persons that sort was a sixth of reading a printout's data)."""

from __future__ import annotations

import io
import re
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import event

from anmc_desktop.services import Services
from anmc_desktop.services.meeting_transfer import MeetingTransferService

# A statement whose rows are ordered by a column of the persons' table.
_ORDERED_BY_PERSONS = re.compile(r"ORDER BY [^()]*\bperson\.")


def _plans_of_person_orders(
    services: Services, database_path: Path, call: Callable[[], object]
) -> dict[str, str]:
    """Each statement of ``call`` that orders persons, with SQLite's plan for it."""
    seen: list[tuple[str, Any]] = []

    def record(
        _connection: object, _cursor: object, statement: str, parameters: Any, *_: object
    ) -> None:
        if _ORDERED_BY_PERSONS.search(statement):
            seen.append((statement, parameters))

    engine = services.database.engine
    event.listen(engine, "before_cursor_execute", record)
    try:
        call()
    finally:
        event.remove(engine, "before_cursor_execute", record)
    with sqlite3.connect(database_path) as connection:
        plans = {
            statement: "\n".join(
                str(row[-1])
                for row in connection.execute(f"EXPLAIN QUERY PLAN {statement}", parameters)
            )
            for statement, parameters in seen
        }
    connection.close()
    return plans


def test_a_printouts_persons_are_read_without_a_sort(
    services: Services, database_path: Path, sample_meeting_id: int
) -> None:
    plans = _plans_of_person_orders(
        services, database_path, lambda: services.print_data.delegations(sample_meeting_id)
    )
    assert plans  # the meeting's persons were read, in an order
    for statement, plan in plans.items():
        assert "TEMP B-TREE" not in plan, (statement, plan)


def test_the_meeting_files_persons_are_read_without_a_sort(
    services: Services, database_path: Path, sample_meeting_id: int
) -> None:
    transfer = MeetingTransferService(services.database)
    plans = _plans_of_person_orders(
        services, database_path, lambda: transfer.write_meeting(sample_meeting_id, io.BytesIO())
    )
    assert len(plans) >= 2  # the persons' numbers, then their records
    for statement, plan in plans.items():
        assert "TEMP B-TREE" not in plan, (statement, plan)
