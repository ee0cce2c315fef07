"""The delegation list: every city's delegation, the head first, then members by role,
native names beside Latin ones; counts per city and in all; optional columns of contacts
and of arrival and departure for hotels and transport."""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Sequence
from dataclasses import dataclass

from anmc_desktop.printing.fontset import Face, FontSet
from anmc_desktop.printing.language import japanese_texts_of_delegations
from anmc_desktop.printing.page import (
    Paper,
    build_pdf,
    document_heading,
    meeting_dates,
    standard_footer,
)
from anmc_desktop.printing.tables import Column, Line, Row, RowsTable
from anmc_desktop.printing.typesetting import Typesetter, plain
from anmc_desktop.records.meetings import MeetingRecord
from anmc_desktop.records.persons import DelegationDetail, PersonRecord
from anmc_desktop.text import other_name


class CityOrder(enum.StrEnum):
    ALPHABETICAL = "alphabetical"
    HOST_FIRST = "host-first"
    HOST_LAST = "host-last"


@dataclass(frozen=True)
class DelegationListOptions:
    paper: Paper = Paper.A4
    order: CityOrder = CityOrder.ALPHABETICAL
    contacts: bool = False  # e-mail and phone
    travel: bool = False  # arrival and departure


def ordered(
    delegations: Sequence[DelegationDetail], host_city_id: int, order: CityOrder
) -> list[DelegationDetail]:
    by_name = sorted(delegations, key=lambda d: d.summary.city_name.casefold())
    if order is CityOrder.ALPHABETICAL:
        return by_name
    host = [d for d in by_name if d.summary.city_id == host_city_id]
    others = [d for d in by_name if d.summary.city_id != host_city_id]
    return host + others if order is CityOrder.HOST_FIRST else others + host


Fields = list[tuple[str, str]]


def person_fields(delegations: Sequence[DelegationDetail]) -> tuple[Fields, Fields]:
    """Every text the list prints, labelled for the coverage check: (regular, bold)."""
    regular: Fields = []
    bold: Fields = []
    for delegation in delegations:
        city = delegation.summary.city_name
        bold += [
            (f"{city}: city", city),
            (f"{city}: local name", delegation.summary.city_local_name),
        ]
        for person in delegation.persons:
            who = f"{city}: {person.name}"
            bold.append((f"{who}: name", f"{person.honorific} {person.latin_name}"))
            regular += [
                (f"{who}: native name", person.native_name),
                (f"{who}: position", person.position),
                (f"{who}: e-mail", person.email),
                (f"{who}: phone", person.phone),
            ]
    return regular, bold


def _when(moment: dt.datetime | None) -> str:
    return f"{moment:%d %b %H:%M}" if moment else ""


def _columns(options: DelegationListOptions) -> list[Column]:
    columns = [Column("Name", 2.4), Column("Role", 1.4), Column("Position", 2.6)]
    if options.contacts:
        columns.append(Column("Contacts", 2.0))
    if options.travel:
        columns += [Column("Arrival", 1.0), Column("Departure", 1.0)]
    return columns


def _person_row(person: PersonRecord, options: DelegationListOptions) -> Row:
    name = [Line(plain(f"{person.honorific} {person.latin_name}"), bold=True)]
    if person.native_name and person.native_name != person.latin_name:
        name.append(Line(person.native_name, grey=True))
    cells = [name, [Line(person.role.label)], [Line(person.position)]]
    if options.contacts:
        cells.append([Line(person.email, 8), Line(person.phone, 8)])
    if options.travel:
        cells += [[Line(_when(person.arrival), 8)], [Line(_when(person.departure), 8)]]
    return Row(cells)


def _heading(delegation: DelegationDetail) -> Row:
    summary = delegation.summary
    count = len(delegation.persons)
    local = other_name(summary.city_name, summary.city_local_name)
    city = f"{summary.city_name} ({local})" if local else summary.city_name
    status = summary.status.label
    if summary.proxy_to_city:
        status += f" to {summary.proxy_to_city}"
    persons = "1 person" if count == 1 else f"{count} persons"
    return Row(
        [[Line(f"{city}  ·  {persons}  ·  {status}", 10, bold=True)]], heading=True, bookmark=city
    )


def render_delegation_list(
    meeting: MeetingRecord,
    delegations: Sequence[DelegationDetail],
    options: DelegationListOptions = DelegationListOptions(),
    fonts: FontSet | None = None,
) -> bytes:
    fonts = fonts or FontSet(Face.SANS)
    fonts.read_as_japanese(japanese_texts_of_delegations(delegations))
    regular, bold = person_fields(delegations)
    fonts.check([*regular, ("Meeting: title", meeting.title)])
    fonts.check(bold, bold=True)
    setter = Typesetter(fonts)
    rows: list[Row] = []
    listed = ordered(delegations, meeting.host_city_id, options.order)
    for delegation in listed:
        rows.append(_heading(delegation))
        rows += [_person_row(person, options) for person in delegation.persons]
    total = sum(len(d.persons) for d in listed)
    title = "List of delegations"
    story = [
        *document_heading(
            setter,
            title,
            f"{meeting.title}, {meeting_dates(meeting.first_day, meeting.last_day)}",
            f"{len(listed)} delegations, {total} persons in all",
        ),
        RowsTable(setter, _columns(options), rows),
    ]
    summary = setter.style("total", 10, bold=True, spaceBefore=8)
    story.append(setter.paragraph(f"In all: {len(listed)} delegations, {total} persons", summary,
                                  bold=True))  # fmt: skip
    return build_pdf(
        story,
        options.paper,
        standard_footer(setter, f"{title}: {meeting.title}"),
        title=f"{title}: {meeting.title}",
        base_font=fonts.base_font(),
        subject=f"The delegations of {meeting.title} and their members",
        landscape=options.contacts or options.travel,
    )
