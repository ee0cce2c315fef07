"""Python's cycle collector paused while a job makes tens of thousands of objects.

Jobs run on worker threads, and two may overlap (a page's reading while a document is
drawn): the collector stays paused until the last of them ends, and objects are frozen
(``freeze_alive_objects``) only when none runs, so that a drawing's garbage is never frozen
with the records a page keeps.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_guard = threading.RLock()  # re-entered if a finalizer run by a collection pauses too


class _Pauses:
    """The jobs running with the collector paused, and what to do when the last ends."""

    running = 0
    collector_was_enabled = False
    cycles_left = False
    freeze_asked = False


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
    with _guard:
        if _Pauses.running == 0:
            _Pauses.collector_was_enabled = gc.isenabled()
            gc.disable()
        _Pauses.running += 1
    try:
        yield
    finally:
        with _guard:
            _Pauses.cycles_left |= leaves_cycles
            _Pauses.running -= 1
            if _Pauses.running == 0:
                _resume()


def freeze_alive_objects() -> None:
    """Freeze every object alive now (gc.freeze), or, while a job has the collector
    paused, once the last such job has ended and its garbage is collected."""
    with _guard:
        if _Pauses.running:
            _Pauses.freeze_asked = True
        else:
            gc.freeze()


def _resume() -> None:
    if _Pauses.cycles_left:
        gc.collect(0)
    if _Pauses.freeze_asked:
        gc.freeze()
    elif _Pauses.collector_was_enabled and gc.get_freeze_count() == 0:
        gc.freeze()
        gc.unfreeze()
    if _Pauses.collector_was_enabled:
        gc.enable()
    _Pauses.cycles_left = _Pauses.freeze_asked = False
