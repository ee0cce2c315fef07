"""The helpers of bulk services: records made without __init__, the collector paused."""

from __future__ import annotations

import dataclasses
import gc

import pytest

from anmc_desktop.records.enums import PersonRole
from anmc_desktop.records.persons import PersonDraft, PersonRecord
from anmc_desktop.services.bulk import collector_paused, frozen_record


@pytest.mark.parametrize("record_class", [PersonDraft, PersonRecord])
def test_the_records_made_in_bulk_have_nothing_their_init_would_skip(
    record_class: type[object],
) -> None:
    assert dataclasses.is_dataclass(record_class)
    assert not hasattr(record_class, "__post_init__")
    assert "__slots__" not in vars(record_class)


def test_a_record_made_in_bulk_equals_one_made_by_its_init() -> None:
    values = {f.name: f.default for f in dataclasses.fields(PersonDraft)}
    values |= {"given_name": "Olga", "family_name": "Popova", "role": PersonRole.INTERPRETER}
    made = frozen_record(PersonDraft, values)
    assert made == PersonDraft(**values)
    assert hash(made) == hash(PersonDraft(**values))
    with pytest.raises(dataclasses.FrozenInstanceError):
        made.given_name = "Anna"  # type: ignore[misc]


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
