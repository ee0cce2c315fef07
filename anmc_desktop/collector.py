"""Python's cycle collector paused while a job makes tens of thousands of objects."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused(*, leaves_cycles: bool = False) -> Iterator[None]:
    """Keep Python's cycle collector from running while thousands of records are made
    (imports, exports, meeting files) or drawn (printed documents); also a decorator.

    Each of its runs walks every object alive, and 20,000 rows allocate enough to start
    dozens of them (a fifth of an import's time, more than an export's query, a third
    of drawing the delegation list). Reference counting still frees what is not in a
    cycle.

    Afterwards the objects alive join the oldest generation at once (freeze, then
    unfreeze), as long-lived objects end up: else the collector's first run would walk
    every one of them. Not when something is frozen already (the window freezes what it
    built at startup, see app.py): unfreezing would thaw that too.

    ``leaves_cycles``: what the job made is garbage in cycles once it ends (ReportLab's
    document, canvas and pages refer to each other; at 100,000 persons, half a gigabyte).
    It is collected then, in one run over the objects made while paused (the youngest
    generation), rather than kept until the collector walks the oldest one.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            if leaves_cycles:
                gc.collect(0)
            elif gc.get_freeze_count() == 0:
                gc.freeze()
                gc.unfreeze()
            gc.enable()
