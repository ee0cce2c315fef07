"""A meeting file's record read as the columns are typed: the quick reading of plain values
gives what each value's typed reading gives, and any other value is left to that reading."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from anmc_desktop.exchange.meeting_file import MeetingFileError
from anmc_desktop.exchange.meeting_file_reader import Reader
from anmc_desktop.models import Person
from anmc_desktop.records.enums import PersonRole
from anmc_desktop.records.persons import PersonDraft
from anmc_desktop.services.meeting_document import PERSON_FIELDS
from anmc_desktop.services.meeting_file_records import read_columns

_PERSON: dict[str, Any] = {
    "given_name": "Ha-eun",
    "family_name": "Park",
    "family_name_first": True,
    "native_name": "박하은",
    "role": "interpreter",
    "arrival": "2014-09-03T22:15:00",
    "departure": None,
    "passport_expiry": "2030-01-31",
}


def _read(record: dict[str, Any]) -> dict[str, object]:
    return read_columns(Reader(record, "delegations[0].persons[0]"), Person, PERSON_FIELDS)


def test_plain_values_are_read_as_their_typed_reading_reads_them():
    values = _read(_PERSON)

    assert values["given_name"] == "Ha-eun"
    assert values["family_name_first"] is True
    assert values["role"] is PersonRole.INTERPRETER
    assert values["arrival"] == dt.datetime(2014, 9, 3, 22, 15)
    assert values["departure"] is None
    assert values["passport_expiry"] == dt.date(2030, 1, 31)
    # a text the file leaves out is empty, a flag false
    assert values["notes"] == "" and values["is_placeholder"] is False
    assert set(values) == set(PERSON_FIELDS)


def test_every_key_read_is_known_and_others_are_listed():
    reader = Reader(_PERSON | {"shoe_size": 44}, "persons[0]")

    read_columns(reader, Person, PERSON_FIELDS)

    assert reader.unknown_keys() == ("persons[0].shoe_size",)


@pytest.mark.parametrize(
    ("key", "value", "message"),
    [
        ("given_name", None, "given_name: expected str"),
        ("given_name", 5, "given_name: expected str"),
        ("role", 7, "role: expected str"),
        ("role", "chief", "role: 'chief' is not one of"),
        ("family_name_first", "yes", "family_name_first: expected bool"),
        ("family_name_first", None, "family_name_first: expected bool"),
        ("arrival", "soon", "arrival: 'soon' is not a valid date or time"),
        ("arrival", "2014-09-03T22:15:00+07:00", "carries a time zone"),
        ("arrival", 5, "arrival: expected str or NoneType"),
        ("passport_expiry", "31.01.2030", "passport_expiry: '31.01.2030' is not a valid date"),
    ],
)
def test_a_value_not_plainly_right_is_told_by_its_typed_reading(
    key: str, value: object, message: str
):
    with pytest.raises(MeetingFileError, match=message):
        _read(_PERSON | {key: value})


def test_a_persons_columns_are_the_fields_of_its_draft():
    # delegation_persons makes each draft from the columns read, without __init__
    # (bulk.frozen_record): a column the draft lacks, or a field no column fills, would
    # go unnoticed there
    assert set(PERSON_FIELDS) == set(PersonDraft.__dataclass_fields__)


def test_a_key_the_caller_reads_itself_is_left_out_and_counts_as_known():
    reader = Reader(_PERSON | {"number": 7}, "persons[0]")

    values = read_columns(reader, Person, PERSON_FIELDS, frozenset({"number"}))

    assert set(values) == set(PERSON_FIELDS)
    assert reader.integer("number") == 7
    assert reader.unknown_keys() == ()
