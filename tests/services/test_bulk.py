"""The helpers of bulk services: records made without __init__."""

from __future__ import annotations

import dataclasses

import pytest

from anmc_desktop.records.enums import PersonRole
from anmc_desktop.records.persons import PersonDraft, PersonRecord
from anmc_desktop.services.bulk import frozen_record


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
