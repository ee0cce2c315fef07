"""Keeping the records the window holds out of the cycle collector's way.

CPython's full collections walk every tracked object that is not frozen. With a meeting of
100,000 persons, the records the pages keep (the person search's index, the overview's
to-do list with its agenda clashes) made each such collection take 50-150 ms, and now and
then one fell on a search keystroke. The app freezes what it built at start-up (app.py);
what a page takes from a worker arrives later, so it is frozen as it arrives. Frozen
objects are still freed by reference counting when a page lets them go; only cycles among
them wait until the window's session closes, which hands everything back to the collector.
"""

from __future__ import annotations

import gc

from anmc_desktop.collector import freeze_alive_objects


def keep_out_of_collections() -> None:
    """Freeze every object alive now (gc.freeze): the records just handed to a page. While
    a job on a worker has the collector paused (a document being drawn), once it ends."""
    freeze_alive_objects()


def hand_back_to_collections() -> None:
    """Let the collector look at every frozen object again (the window is closing)."""
    gc.unfreeze()
