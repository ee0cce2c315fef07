"""Delegation lists as CSV: BOM, RFC 4180 quoting, choices, and no formula ever runs."""

from __future__ import annotations

import csv
import io

import pytest
from exchange_records import participant
from injection_corpus import PAYLOADS

from anmc_desktop.errors import UserFacingError
from anmc_desktop.exchange.csv_writer import write_csv
from anmc_desktop.exchange.delegation_list import ListOptions, Order, build_table
from anmc_desktop.exchange.formula_guard import TRIGGERS, unguard
from anmc_desktop.records.enums import DelegationStatus, PersonRole


def _cells(data: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def test_csv_starts_with_a_bom_and_quotes_commas_quotes_and_line_breaks():
    # GIVEN a person whose fields hold a comma, a quote and a line break
    people = [
        participant(given_name="Anna, Maria", family_name='O"Neil', notes="line 1\nline 2"),
    ]
    table = build_table("List", people, ListOptions(columns=("given_name", "family_name", "notes")))

    # WHEN it is written as CSV
    data = write_csv(table)

    # THEN the file has a UTF-8 BOM, CRLF records and RFC 4180 quoting
    assert data.startswith(b"\xef\xbb\xbf")
    text = data.decode("utf-8-sig")
    assert text == ('Given name,Family name,Notes\r\n"Anna, Maria","O""Neil","line 1\nline 2"\r\n')


def test_no_csv_cell_starts_with_a_trigger_and_every_payload_reads_back_unchanged():
    # GIVEN a participant per injection payload, in every text column
    people = [
        participant(
            person_id=index,
            given_name=payload,
            family_name=payload,
            position=payload,
            phone=payload,
            notes=payload,
        )
        for index, payload in enumerate(PAYLOADS)
    ]
    table = build_table(
        "List",
        people,
        ListOptions(
            columns=("given_name", "family_name", "position", "phone", "notes"), order=Order.NAME
        ),
    )
    assert len(PAYLOADS) >= 50

    # WHEN the list is written as CSV
    cells = _cells(write_csv(table))

    # THEN no cell starts with a character a spreadsheet would evaluate
    for row in cells:
        for cell in row:
            assert not cell or cell[0] not in TRIGGERS, repr(cell)
            assert not cell.lstrip(" ") or cell.lstrip(" ")[0] not in TRIGGERS, repr(cell)
    # AND removing the guard gives every payload back
    read_back = sorted(unguard(row[0]) for row in cells[1:])
    assert read_back == sorted(PAYLOADS)


def test_the_organizers_choices_pick_columns_delegations_statuses_roles_and_order():
    # GIVEN three delegations with persons in different roles
    people = [
        participant(
            "Tomsk", person_id=1, delegation_id=1, family_name="Zhvachkin", role=PersonRole.HEAD
        ),
        participant(
            "Tomsk", person_id=2, delegation_id=1, family_name="Abramov", role=PersonRole.STAFF
        ),
        participant(
            "Seoul", person_id=3, delegation_id=2, family_name="Park", role=PersonRole.HEAD
        ),
        participant(
            "Delhi",
            person_id=4,
            delegation_id=3,
            family_name="Dikshit",
            role=PersonRole.HEAD,
            status=DelegationStatus.ABSENT,
        ),
        participant(
            "Seoul", person_id=5, delegation_id=2, family_name="Kim", role=PersonRole.PRESS
        ),
    ]

    # WHEN heads and staff of attending delegations are exported by name
    table = build_table(
        "List",
        people,
        ListOptions(
            columns=("family_name", "city"),
            statuses=frozenset({DelegationStatus.ATTENDING}),
            roles=frozenset({PersonRole.HEAD, PersonRole.STAFF}),
            order=Order.NAME,
        ),
    )

    # THEN only those rows, in that order, with those columns
    assert table.headers == ("Family name", "City")
    assert table.rows == [("Abramov", "Tomsk"), ("Park", "Seoul"), ("Zhvachkin", "Tomsk")]

    # WHEN one delegation is chosen, in city order (the head first)
    by_city = build_table(
        "List", people, ListOptions(columns=("family_name",), delegation_ids=frozenset({1}))
    )
    # THEN its head leads
    assert by_city.rows == [("Zhvachkin",), ("Abramov",)]
    # AND by role, heads of every city come first, by city name
    by_role = build_table("List", people, ListOptions(columns=("family_name",), order=Order.ROLE))
    assert [row[0] for row in by_role.rows] == ["Dikshit", "Park", "Zhvachkin", "Abramov", "Kim"]


def test_unknown_columns_are_refused_with_the_list_of_choices():
    with pytest.raises(UserFacingError, match=r"Unknown column.*shoe_size.*Choose from: city"):
        ListOptions(columns=("city", "shoe_size"))


def test_a_list_of_thousands_reads_back_row_for_row_with_one_bom_and_every_guard():
    # GIVEN 2,501 persons (the writer takes a thousand rows at a time), whose phone
    # numbers start with "+" in every row but the first of each thousand, and whose
    # notes need a guard in the second thousand only (at its two ends)
    people = [
        participant(
            person_id=index,
            given_name=f"Person {index:04d}",
            phone="0383" if index % 1000 == 0 else f"+7 {index}",
            notes="=1+1" if index in (1000, 1999) else "",
        )
        for index in range(2501)
    ]
    table = build_table(
        "List", people, ListOptions(columns=("given_name", "phone", "notes"), order=Order.NAME)
    )

    # WHEN the list is written as CSV
    data = write_csv(table)

    # THEN the file has one BOM, a header and every person in order, each cell guarded
    # exactly where its value could be evaluated
    assert data.startswith(b"\xef\xbb\xbf") and data.count(b"\xef\xbb\xbf") == 1
    cells = _cells(data)
    assert cells[0] == ["Given name", "Phone", "Notes"]
    assert len(cells) == 2502
    for index, row in enumerate(cells[1:]):
        phone = "0383" if index % 1000 == 0 else f"'+7 {index}"
        notes = "'=1+1" if index in (1000, 1999) else ""
        assert row == [f"Person {index:04d}", phone, notes]
