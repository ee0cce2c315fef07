"""Export a delegation list, import it into an empty meeting, and get the same persons."""

from __future__ import annotations

import datetime as dt
from dataclasses import fields
from pathlib import Path

import pytest
from import_helpers import empty_meeting, import_file, persons_of
from injection_corpus import PAYLOADS

from anmc_desktop.exchange.csv_writer import write_csv
from anmc_desktop.exchange.delegation_list import ROUND_TRIP_COLUMNS, ListOptions, build_table
from anmc_desktop.exchange.xlsx_writer import write_xlsx
from anmc_desktop.records.enums import PersonRole
from anmc_desktop.records.persons import PERSONAL_FIELDS, TRAVEL_TEXTS, PersonDraft
from anmc_desktop.services import Services
from anmc_desktop.services.export_data import ExportDataService
from anmc_desktop.text import clean

# (city, given, family, family first, native name) in every script the network writes.
PEOPLE = (
    ("Manila", "Maria", "Santos", False, ""),
    ("Hanoi", "Thị Lan", "Nguyễn", True, "Nguyễn Thị Lan"),
    ("Tomsk", "Olga", "Petrova", False, "Ольга Петрова"),
    ("Seoul", "Seo-yeon", "Kim", True, "김서연"),
    ("Tokyo", "Sakura", "Sato", True, "佐藤さくら"),
    ("Singapore", "Mei Ling", "Chen", True, "陳美玲"),
    ("Bangkok", "Suda", "Srisai", False, "สุดา ศรีสาย"),
    ("Yangon", "Thida", "Oo", False, "သီတာ ဦး"),
    ("Delhi", "Priya", "Sharma", False, "प्रिया शर्मा"),
    ("Ulaanbaatar", "", "", False, "Батын Эрдэнэ"),
)
STORABLE = [p for p in PAYLOADS if clean(p) == p and "\r" not in p]


def _fill_meeting(services: Services, meeting_id: int) -> None:
    delegations = {d.city_name: d.id for d in services.delegations.list_delegations(meeting_id)}
    for index, (city, given, family, first, native) in enumerate(PEOPLE):
        payload = STORABLE[index % len(STORABLE)]
        services.delegations.add_person(
            delegations[city],
            PersonDraft(
                given_name=given,
                family_name=family,
                family_name_first=first,
                native_name=native,
                honorific="Dr.",
                position=f"Adviser {payload}",
                role=PersonRole.ADVISER,
                email=f"person{index}@example.org",
                phone=payload,
                arrival=dt.datetime(2014, 9, 16, 10 + index % 10, 30),
                departure=dt.datetime(2014, 9, 19, 18, 0),
                dietary_needs="vegetarian\nno nuts",
                access_needs="wheelchair" if index % 2 else "",
                notes=STORABLE[(index * 7) % len(STORABLE)],
            ),
        )


def _comparable(persons: dict[str, list]) -> dict[str, list[tuple]]:
    # Travel, stay and passport data are no columns of the delegation list (issue 18).
    left_out = {"is_placeholder", *TRAVEL_TEXTS, *PERSONAL_FIELDS}
    names = [f.name for f in fields(PersonDraft) if f.name not in left_out]
    return {
        city: sorted(tuple(getattr(p, n) for n in names) for p in people if not p.is_placeholder)
        for city, people in persons.items()
        if any(not p.is_placeholder for p in people)
    }


def _sheet_per_city(table: object) -> bytes:
    return write_xlsx(table, sheet_per_city=True)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("suffix", "write"),
    [(".csv", write_csv), (".xlsx", write_xlsx), (".xlsx", _sheet_per_city)],
    ids=["csv", "xlsx", "xlsx-sheet-per-city"],
)
def test_export_then_import_into_an_empty_meeting_gives_the_same_persons(
    services: Services, sample_meeting_id, tmp_path: Path, suffix, write
):
    # GIVEN the sample meeting with a person in every script, every field set
    _fill_meeting(services, sample_meeting_id)
    data = ExportDataService(services.database).participants(sample_meeting_id)
    table = build_table("Delegations", data.participants, ListOptions(columns=ROUND_TRIP_COLUMNS))
    path = tmp_path / f"delegations{suffix}"

    # WHEN the list is exported and imported into a meeting without delegations
    path.write_bytes(write(table))
    target = empty_meeting(services, sample_meeting_id)
    preview, _ = import_file(services, target, path)

    # THEN every row was new, and every person is there with every field the same
    assert {row.status.value for row in preview.rows} == {"new"}
    if write is _sheet_per_city:  # rows are named by sheet and row
        assert preview.rows[0].where == "Bangkok!2"
    assert _comparable(persons_of(services, target)) == _comparable(
        persons_of(services, sample_meeting_id)
    )
