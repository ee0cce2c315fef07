"""The cycle collector paused by bulk jobs and printing, and left as it was."""

from __future__ import annotations

import gc
import threading
import weakref

import pytest

from anmc_desktop.collector import collector_paused, freeze_alive_objects


@pytest.mark.parametrize("enabled", [True, False])
def test_the_collector_is_left_as_it_was(enabled: bool) -> None:
    was = gc.isenabled()
    try:
        (gc.enable if enabled else gc.disable)()
        with collector_paused():
            assert not gc.isenabled()
        assert gc.isenabled() is enabled
        with pytest.raises(RuntimeError), collector_paused():
            raise RuntimeError
        assert gc.isenabled() is enabled
    finally:
        (gc.enable if was else gc.disable)()


def test_what_the_window_froze_at_startup_stays_frozen() -> None:
    # GIVEN objects frozen as the window freezes what it built at startup
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        assert frozen > 0
        # WHEN a bulk job runs with the collector paused
        with collector_paused():
            pass
        # THEN they are still frozen
        assert gc.get_freeze_count() == frozen
    finally:
        gc.unfreeze()


def test_as_a_decorator_it_pauses_every_call_and_enables_again() -> None:
    assert gc.isenabled()
    seen: list[bool] = []

    @collector_paused()
    def drawn(fail: bool) -> None:
        seen.append(gc.isenabled())
        if fail:
            raise RuntimeError

    drawn(False)
    with pytest.raises(RuntimeError):
        drawn(True)
    drawn(False)
    assert seen == [False, False, False]
    assert gc.isenabled()


class _Node:
    """An object that can refer to itself: only the cycle collector frees it."""

    itself: _Node | None = None


@pytest.mark.parametrize("leaves_cycles", [True, False])
def test_what_a_job_leaves_in_cycles_is_freed_as_it_ends_if_it_says_so(
    leaves_cycles: bool,
) -> None:
    gc.collect()
    with collector_paused(leaves_cycles=leaves_cycles):
        node = _Node()
        node.itself = node
        left = weakref.ref(node)
        del node
        assert left() is not None  # nothing collects it while the job runs
    assert (left() is None) is leaves_cycles
    gc.collect()
    assert left() is None


def test_jobs_on_two_threads_keep_it_paused_until_the_last_ends() -> None:
    assert gc.isenabled()
    inside, leave = threading.Event(), threading.Event()

    def first_job() -> None:
        with collector_paused():
            inside.set()
            leave.wait(10)

    worker = threading.Thread(target=first_job)
    worker.start()
    assert inside.wait(10)
    try:
        with collector_paused(leaves_cycles=True):
            # WHEN the job that paused it first ends while a drawing still runs
            leave.set()
            worker.join(10)
            # THEN the collector stays paused for the drawing
            assert not gc.isenabled()
    finally:
        leave.set()
        worker.join(10)
    # AND comes back once the last job has ended
    assert gc.isenabled()


def test_what_a_page_keeps_is_frozen_after_a_drawing_not_with_its_garbage() -> None:
    gc.collect()
    assert gc.get_freeze_count() == 0
    try:
        with collector_paused(leaves_cycles=True):
            node = _Node()
            node.itself = node
            left = weakref.ref(node)
            del node
            # WHEN a page's records arrive while the drawing runs
            freeze_alive_objects()
            # THEN nothing is frozen yet (the drawing's objects would be frozen with them)
            assert gc.get_freeze_count() == 0
        # AND as the drawing ends its garbage is freed, then what is alive is frozen
        assert left() is None
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()
