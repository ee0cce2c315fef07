"""Tricky cell values through the import give exactly what the full check of a person's
rules gives (the forms' rules): the same problems, or the same stored values."""

from __future__ import annotations

import datetime as dt
import unicodedata
from dataclasses import fields, replace

from import_helpers import empty_meeting, persons_of

from anmc_desktop.errors import ValidationError
from anmc_desktop.exchange.header_recognition import locate_header
from anmc_desktop.exchange.sheet_rows import SheetRows
from anmc_desktop.records.enums import PersonRole
from anmc_desktop.records.limits import LONG_TEXT, SHORT_TEXT
from anmc_desktop.records.person_import import RowStatus
from anmc_desktop.records.persons import PersonDraft
from anmc_desktop.services import Services
from anmc_desktop.services.person_import import PersonImportService
from anmc_desktop.services.person_rules import _check_person_fully

HEADERS = {
    "city": "City",
    "role": "Role",
    "honorific": "Honorific",
    "given_name": "Given name",
    "family_name": "Family name",
    "native_name": "Name in native script",
    "position": "Position",
    "email": "E-mail",
    "phone": "Phone",
    "arrival": "Arrival",
    "departure": "Departure",
    "dietary_needs": "Dietary needs",
    "access_needs": "Access needs",
    "notes": "Notes",
}
TEXT_FIELDS = [f.name for f in fields(PersonDraft) if f.type == "str" and f.name in HEADERS]
VIETNAMESE = "Nguyễn Thị Thu Hà"
HANGUL = "김영삼"
TRICKY_TEXTS = [
    VIETNAMESE,
    unicodedata.normalize("NFD", VIETNAMESE),
    unicodedata.normalize("NFD", HANGUL),  # jamo
    "\u0301Mark",  # starts with a combining mark
    "Bell\x07",
    "Esc\x1bape",
    "line\nbreak",
    "\u00a0No-break\u3000",
    "   ",
    "a" * SHORT_TEXT,
    "b" * (SHORT_TEXT + 1),
    "c" * (LONG_TEXT + 1),
    "ю" * (SHORT_TEXT + 1),
    "no-at.example.org",
    "two@words example.org",
]
ARRIVAL = dt.datetime(2014, 9, 17, 14, 30)


def _cells(values: dict[str, str]) -> list[str]:
    return [values.get(name, "") for name in HEADERS]


def _moment(moment: dt.datetime | None) -> str:
    return moment.strftime("%Y-%m-%d %H:%M") if moment else ""


def _expected(draft: PersonDraft, other_head: bool = False) -> object:
    """What the full check makes of the draft: its problems by column, or what is stored."""
    try:
        return vars(_check_person_fully(draft, lambda: other_head))
    except ValidationError as error:
        return [(HEADERS[e.field], e.reason) for e in error.errors]


def _over(base: PersonDraft, cells: dict[str, str]) -> PersonDraft:
    """The draft the import means by a row: each non-empty cell over the base's value."""
    texts = {name: cells[name].strip() for name in TEXT_FIELDS if cells.get(name, "").strip()}
    moments = {
        name: dt.datetime.strptime(cells[name], "%Y-%m-%d %H:%M")
        for name in ("arrival", "departure")
        if cells.get(name)
    }
    roles = {"role": PersonRole(cells["role"])} if cells.get("role") else {}
    return replace(base, **texts, **moments, **roles)


def _import(services: Services, meeting_id: int, rows: list[dict[str, str]]):
    importer = PersonImportService(services.database)
    sheet = SheetRows("tricky.csv", [list(HEADERS.values()), *map(_cells, rows)])
    mapping = locate_header(sheet.rows)
    assert mapping is not None
    return importer, sheet, mapping, importer.preview(meeting_id, sheet, mapping)


def _outcome(row) -> object:
    return [(p.column, p.reason) for p in row.problems] if row.status is RowStatus.ERROR else None


def _stored(services: Services, person_id: int) -> dict[str, object]:
    record = services.delegations.get_person(person_id)
    return {f.name: getattr(record, f.name) for f in fields(PersonDraft)}


def test_new_persons_with_tricky_values_get_what_the_full_check_gives(
    services: Services, sample_meeting_id
):
    # GIVEN rows for a new delegation, each with one tricky value in one field
    meeting_id = empty_meeting(services, sample_meeting_id)
    rows = []
    for name in TEXT_FIELDS:
        for text in TRICKY_TEXTS:
            n = len(rows)
            rows.append(
                {"given_name": "Olga", "family_name": f"Popova {n}", "email": f"p{n}@example.org"}
                | {"city": "Tomsk", "role": "member", name: text}
            )
    rows += [
        {"city": "Tomsk", "role": "member", "given_name": "   ", "email": "nameless@example.org"},
        {
            "city": "Tomsk",
            "given_name": "Late",
            "arrival": _moment(ARRIVAL),
            "departure": _moment(ARRIVAL - dt.timedelta(minutes=1)),
        },
        {"city": "Tomsk", "given_name": "On time", "arrival": _moment(ARRIVAL)},
        {"city": "Tomsk", "given_name": "Head", "role": "head", "phone": "+7\x7f"},
    ]
    expected = [_expected(_over(PersonDraft(), row)) for row in rows]

    # WHEN they are previewed
    *_, preview = _import(services, meeting_id, rows)

    # THEN each row has the full check's problems, or none
    assert [_outcome(row) for row in preview.rows] == [
        values if isinstance(values, list) else None for values in expected
    ]
    assert RowStatus.NEW in {row.status for row in preview.rows}

    # WHEN the rows without problems are imported
    fine = [
        (row, values)
        for row, values in zip(rows, expected, strict=True)
        if isinstance(values, dict)
    ]
    importer, sheet, mapping, _ = _import(services, meeting_id, [row for row, _ in fine])
    result = importer.apply(meeting_id, sheet, mapping)

    # THEN each person holds what the full check stores
    stored = [_stored(services, person_id) for person_id, _ in result.created]
    assert stored == [values for _, values in fine]
    assert any(values["given_name"] == VIETNAMESE for values in stored)  # composed (NFC)


def test_updates_and_a_placeholder_head_with_tricky_values_get_what_the_full_check_gives(
    services: Services, sample_meeting_id
):
    tomsk = persons_of(services, sample_meeting_id)["Tomsk"]
    head = next(p for p in tomsk if p.role is PersonRole.HEAD)
    current = PersonDraft(**{f.name: getattr(head, f.name) for f in fields(PersonDraft)})
    placeholder = next(
        s for s in services.delegations.list_delegations(sample_meeting_id) if s.head_is_placeholder
    )
    stand_in = next(
        p for p in services.delegations.get_delegation(placeholder.id).persons if p.is_placeholder
    )
    stand_in_draft = PersonDraft(
        **{f.name: getattr(stand_in, f.name) for f in fields(PersonDraft)}
        | {"given_name": "", "family_name": "", "native_name": "", "is_placeholder": False}
    )
    cases = [
        (
            current,
            {"city": "Tomsk", "given_name": head.given_name, "family_name": head.family_name}
            | {name: text},
            head.id,
        )
        for name in ("honorific", "position", "phone", "dietary_needs", "notes")
        for text in TRICKY_TEXTS
    ]
    cases += [
        (
            current,
            {"city": "Tomsk", "given_name": head.given_name, "family_name": head.family_name}
            | {"arrival": _moment(ARRIVAL), "departure": _moment(ARRIVAL - dt.timedelta(hours=1))},
            head.id,
        ),
        (
            stand_in_draft,
            {"city": placeholder.city_name, "family_name": "Rahman", "role": "head"}
            | {"position": unicodedata.normalize("NFD", VIETNAMESE)},
            stand_in.id,
        ),
        (
            stand_in_draft,
            {"city": placeholder.city_name, "given_name": "Aziz", "role": "head"}
            | {"notes": "Bell\x07"},
            stand_in.id,
        ),
    ]
    for base, row, person_id in cases:
        expected = _expected(_over(base, row))
        before = _stored(services, person_id)

        # WHEN a row names an existing person (the placeholder head: a real one) with it
        importer, sheet, mapping, preview = _import(services, sample_meeting_id, [row])

        # THEN the row has the full check's problems, or none and the fields it changes
        (outcome,) = preview.rows
        if isinstance(expected, list):
            assert _outcome(outcome) == expected, row
            continue
        changed = tuple(name for name in before if before[name] != expected[name])
        status = RowStatus.UPDATE if changed else RowStatus.UNCHANGED
        assert (outcome.status, outcome.changed) == (status, changed), row
        if not changed:
            continue

        # AND once imported the person holds what the full check stores, until undone
        result = importer.apply(sample_meeting_id, sheet, mapping)
        assert [u.person_id for u in result.updated] == [person_id]
        assert _stored(services, person_id) == expected, row
        importer.undo(result)
        assert _stored(services, person_id) == before
