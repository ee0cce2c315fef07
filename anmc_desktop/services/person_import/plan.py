"""What to do with each row of the sheet: a pure function of the rows, the column mapping
and what was read from the database (the basis)."""

from __future__ import annotations

import itertools
import operator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Row

from anmc_desktop.errors import UserFacingError, ValidationError
from anmc_desktop.exchange.city_matching import CityMatcher, KnownCity, MatchedBy
from anmc_desktop.exchange.person_fields import ColumnMapping, Field
from anmc_desktop.exchange.sheet_rows import SheetRows
from anmc_desktop.exchange.spreadsheet_damage import damage
from anmc_desktop.progress import Progress
from anmc_desktop.records.enums import PersonRole
from anmc_desktop.records.person_import import DRAFT_FIELDS, RowOutcome, RowProblem, RowStatus
from anmc_desktop.records.persons import PERSONAL_FIELDS, TRAVEL_TEXTS, PersonDraft
from anmc_desktop.services.bulk import frozen_record
from anmc_desktop.services.person_import.basis import Basis, StoredPerson
from anmc_desktop.services.person_import.cells import (
    SCIENTIFIC,
    Moments,
    parse,
    read_flag,
    read_role,
)
from anmc_desktop.services.person_import.columns import RowColumns, check_mapping
from anmc_desktop.services.person_import.matching import DelegationState, delegation_states
from anmc_desktop.services.person_import.names import RowName, holds_words, names_from_full
from anmc_desktop.services.person_rules import check_person
from anmc_desktop.text import display_name

_DRAFT_VALUES = operator.attrgetter(*DRAFT_FIELDS)
_NOT_A_PLACEHOLDER = {
    "family_name": "",
    "given_name": "",
    "native_name": "",
    "is_placeholder": False,
}
_BLANK = PersonDraft()
# A person's fields that no column of an import sets: kept as they are.
_NOT_IMPORTED = (*TRAVEL_TEXTS, *PERSONAL_FIELDS)
_not_imported = operator.attrgetter(*_NOT_IMPORTED)
_BLANK_KEPT = dict(zip(_NOT_IMPORTED, _not_imported(_BLANK), strict=True))  # a new person's


@dataclass(slots=True)
class Plan:
    outcome: RowOutcome
    city_id: int = 0
    delegation_id: int | None = None
    person: StoredPerson | None = None  # the existing person to update
    checked: PersonDraft | None = None  # the validated values to write


ROWS_PER_STEP = 500  # rows checked between two reports (and looks at Cancel)


def plan_rows(
    basis: Basis, sheet: SheetRows, mapping: ColumnMapping, progress: Progress | None = None
) -> list[Plan]:
    """What to do with each row: a pure function of the rows, the mapping and the basis;
    ``progress`` hears of every ``ROWS_PER_STEP`` rows checked."""
    progress = progress or Progress()
    check_mapping(sheet, mapping)
    cities = {city.id: city for city in basis.cities}
    aliases = basis.aliases_by_city()
    matcher = CityMatcher(
        KnownCity(c.id, c.name_en, c.name_local, aliases.get(c.id, ())) for c in basis.cities
    )
    states = delegation_states(basis)
    columns = RowColumns(mapping)
    moments = Moments(mapping.date_order)
    may_hold_errors = sheet.may_hold_excel_errors
    labels = sheet.labels
    plans: list[Plan] = []
    first, end = mapping.header_row + 1, len(sheet.rows)
    for index in range(first, end):
        if (index - first) % ROWS_PER_STEP == 0:
            progress.step("Checking the rows", index - first, end - first)
        cells = list(map(str.strip, sheet.rows[index]))
        if not any(cells):
            continue
        row = index + 1
        where = labels[index] if labels else str(row)  # sheet.label's, without a call
        if may_hold_errors and (errors := columns.excel_errors(sheet.rows[index], cells)):
            for column, _ in errors:
                cells[column] = ""  # checked as empty; the error cell is the problem
            plan = _plan_row(row, where, cells, columns, moments, matcher, cities, states)
            plans.append(
                _with_excel_errors(plan, [(mapping.headers[c], text) for c, text in errors])
            )
        else:
            plans.append(_plan_row(row, where, cells, columns, moments, matcher, cities, states))
    if not plans:
        raise UserFacingError(f"{sheet.name} has no rows below its header row.")
    return plans


def _with_excel_errors(plan: Plan, errors: list[tuple[str, str]]) -> Plan:
    """The row's plan made an error for its cells holding Excel's errors (by header), with
    the row's other problems except those of the same columns (read as empty)."""
    headers = {header for header, _ in errors}
    problems = [
        RowProblem(header, f"the cell holds Excel's error {text}; correct it in the file.")
        for header, text in errors
    ]
    problems += [p for p in plan.outcome.problems if p.column not in headers]
    outcome = plan.outcome
    return Plan(
        RowOutcome(
            outcome.row,
            RowStatus.ERROR,
            outcome.city,
            outcome.name,
            problems=tuple(problems),
            where=outcome.where,
        )
    )


def _plan_row(
    row: int,
    where: str,
    cells: list[str],
    columns: RowColumns,
    moments: Moments,
    matcher: CityMatcher,
    cities: dict[int, Row[Any]],
    states: dict[int, DelegationState],
) -> Plan:
    (
        city_en,
        city_local,
        full,
        given,
        patronymic,
        family,
        family_first_text,
        native,
        honorific,
        position,
        role_text,
        email_text,
        phone,
        arrival_text,
        departure_text,
        dietary_needs,
        access_needs,
        notes,
    ) = columns.values(cells)
    header = columns.headers
    problems: list[RowProblem] = []
    city_text = city_en or city_local or ""
    city_id, matched_by = matcher.matched_by(city_text) if city_text else (None, None)
    if city_id is None:
        reason = f"no member city matches {city_text!r}." if city_text else "is empty."
        problems.append(RowProblem(header[Field.CITY], reason))

    if full and not (given and family):
        given, family = names_from_full(full, given or "", family or "", header, problems)
    if patronymic and not (full and holds_words(given or "", patronymic)):
        given = f"{given or ''} {patronymic}".strip()
    if phone and ("E+" in phone or "e+" in phone) and SCIENTIFIC.fullmatch(phone):
        problems.append(
            RowProblem(
                header[Field.PHONE],
                f"{phone!r} is a number Excel shortened when it saved the file, and its "
                "digits are lost; import the .xlsx workbook instead, or format the column "
                "as Text in Excel and save the file again.",
            )
        )

    role = family_first = arrival = departure = None
    if role_text:
        role = parse(role_text, read_role, header[Field.ROLE], problems)
    if family_first_text:
        family_first = parse(
            family_first_text, read_flag, header[Field.FAMILY_NAME_FIRST], problems
        )
    if arrival_text:
        arrival = moments.known.get(arrival_text) or parse(
            arrival_text, moments.read, header[Field.ARRIVAL], problems
        )
    if departure_text:
        departure = moments.known.get(departure_text) or parse(
            departure_text, moments.read, header[Field.DEPARTURE], problems
        )

    city = cities[city_id] if city_id else None
    state = states.get(city_id) if city_id else None
    if city_id and state is None:
        state = states[city_id] = DelegationState(None)
    shown_name = display_name(given or "", family or "", bool(family_first)) or native or ""
    email = (email_text or "").casefold()
    existing, matched = None, ""
    if state is not None:
        row_name = RowName(given or "", family or "", native or "")
        existing, matched = state.existing(email, row_name)
        if existing is not None and matched:
            # The file writes the name in another order or script: the stored names stay.
            given = family = ""
        if existing is None and role is PersonRole.HEAD:
            existing = next(
                (p for p in state.persons if p.is_placeholder and p.role is PersonRole.HEAD), None
            )
        # Two rows are one person if they share an e-mail, or a stored person or a name
        # when neither has one.
        key: tuple[str, object] = (
            ("email", email)
            if email
            else ("person", existing.id)
            if existing is not None
            else ("name", row_name.key)
        )
        earlier = state.file_rows.get(key)
        if earlier is not None:
            problems.append(
                RowProblem(header[Field.FAMILY_NAME], f"the same person as row {earlier}.")
            )
        state.file_rows.setdefault(key, where)
        if role is PersonRole.HEAD:
            if state.head_row is not None:
                problems.append(
                    RowProblem(
                        header[Field.ROLE], f"row {state.head_row} names this delegation's head."
                    )
                )
            state.head_row = where

    # The row's values over the person's (the defaults for a new one); an empty cell
    # keeps the value.
    base: PersonDraft | StoredPerson = _BLANK if existing is None else existing
    if existing is not None and existing.is_placeholder:
        # A real person replaces the stand-in: drop its placeholder name.
        base = existing._replace(**_NOT_A_PLACEHOLDER)
    draft = frozen_record(
        PersonDraft,
        {
            "given_name": given or base.given_name,
            "family_name": family or base.family_name,
            "family_name_first": base.family_name_first if family_first is None else family_first,
            "native_name": native or base.native_name,
            "honorific": honorific or base.honorific,
            "position": position or base.position,
            "role": base.role if role is None else role,
            "email": email_text or base.email,
            "phone": phone or base.phone,
            "arrival": base.arrival if arrival is None else arrival,
            "departure": base.departure if departure is None else departure,
            "dietary_needs": dietary_needs or base.dietary_needs,
            "access_needs": access_needs or base.access_needs,
            "notes": notes or base.notes,
            "is_placeholder": base.is_placeholder,
            **(
                _BLANK_KEPT
                if base is _BLANK
                else dict(zip(_NOT_IMPORTED, _not_imported(base), strict=True))
            ),
        },
    )

    checked = None
    try:
        checked = check_person(
            draft, lambda: state is not None and state.has_head_other_than(existing)
        )
    except ValidationError as error:
        problems.extend(
            RowProblem(columns.of_draft_field.get(e.field, e.field), e.reason) for e in error.errors
        )

    city_name = city.name_en if city else city_text
    changed: tuple[str, ...] = ()
    if existing is not None and checked is not None:
        changed = tuple(
            itertools.compress(DRAFT_FIELDS, map(operator.ne, _DRAFT_VALUES(checked), existing[3:]))
        )
        problems += _damaged(existing, checked, changed, columns)
    if problems:
        return Plan(
            RowOutcome(
                row, RowStatus.ERROR, city_name, shown_name, problems=tuple(problems), where=where
            )
        )
    assert city_id is not None and checked is not None and state is not None
    if existing is None:
        status = RowStatus.NEW
    else:
        status = RowStatus.UPDATE if changed else RowStatus.UNCHANGED
    city_matched = (
        f"city {city_text!r} matched by {matched_by}"
        if matched_by in (MatchedBy.ALIAS, MatchedBy.SIMILAR_SPELLING)
        else ""
    )
    outcome = RowOutcome(
        row,
        status,
        city_name,
        shown_name,
        changed,
        (),
        state.id is None,
        where,
        matched,
        city_matched,
    )
    return Plan(outcome, city_id, state.id, existing, checked)


def _damaged(
    existing: StoredPerson, checked: PersonDraft, changed: tuple[str, ...], columns: RowColumns
) -> list[RowProblem]:
    """A problem for each changed value that looks like the stored one after a spreadsheet
    program damaged it (exchange/spreadsheet_damage.py)."""
    problems = []
    for name in changed:
        stored, incoming = getattr(existing, name), getattr(checked, name)
        if isinstance(stored, str) and isinstance(incoming, str):
            how = damage(stored, incoming)
            if how:
                problems.append(
                    RowProblem(
                        columns.of_draft_field.get(name, name),
                        f"suspicious: {incoming!r} looks like the stored {stored!r} that "
                        f"{how} in a spreadsheet program; correct the file (format the "
                        "column as Text), or change the value in the form.",
                    )
                )
    return problems
