"""What services that handle tens of thousands of records in one call (person imports,
delegation-list exports) share to stay fast: a paused cycle collector, and frozen records
made without their generated ``__init__``."""

from __future__ import annotations

import gc
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from typing import Any, TypeVar

RecordT = TypeVar("RecordT")


@contextmanager
def collector_paused() -> Iterator[None]:
    """Keep Python's cycle collector from running while thousands of records are made.

    Each of its runs walks every object alive, and 20,000 rows allocate enough to start
    dozens of them (a fifth of an import's time, more than an export's query). Reference
    counting still frees what is not in a cycle.

    Afterwards the objects alive join the oldest generation at once (freeze, then
    unfreeze), as long-lived objects end up: else the collector's first run would walk
    every one of them. Not when something is frozen already (the window freezes what it
    built at startup, see app.py): unfreezing would thaw that too.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            if gc.get_freeze_count() == 0:
                gc.freeze()
                gc.unfreeze()
            gc.enable()


def frozen_record(record_class: type[RecordT], values: Mapping[str, Any]) -> RecordT:
    """A frozen dataclass record of these values, one for each of its fields, made as copy
    and pickle make one: the generated ``__init__`` sets each field through
    ``object.__setattr__``, which took longer than reading the rows from the database.

    Only for dataclasses without ``__post_init__`` and ``__slots__``
    (tests/services/test_bulk.py checks those the services use).
    """
    record = object.__new__(record_class)
    record.__dict__.update(values)
    return record
