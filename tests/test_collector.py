"""The cycle collector paused by bulk jobs and printing, and left as it was."""

from __future__ import annotations

import gc
import weakref

import pytest

from anmc_desktop.collector import collector_paused


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
