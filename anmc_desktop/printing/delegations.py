"""The delegation list: every city's delegation, the head first, then members by role,
native names beside Latin ones; counts per city and in all; optional columns of contacts
and of arrival and departure for hotels and transport."""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass

from anmc_desktop.collector import collector_paused
from anmc_desktop.printing.fontset import Face, FontSet
from anmc_desktop.printing.language import japanese_texts_of_delegations
from anmc_desktop.printing.page import (
    Paper,
    build_pdf,
    document_heading,
    standard_footer,
)
from anmc_desktop.printing.tables import Column, Line, Row, RowsTable, translated
from anmc_desktop.printing.typesetting import Typesetter, plain
from anmc_desktop.printing.wording import ENGLISH, N_, Wording
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


def _columns(options: DelegationListOptions, wording: Wording) -> list[Column]:
    columns = [Column(N_("Name"), 2.4), Column(N_("Role"), 1.4), Column(N_("Position"), 2.6)]
    if options.contacts:
        columns.append(Column(N_("Contacts"), 2.0))
    if options.travel:
        columns += [Column(N_("Arrival"), 1.0), Column(N_("Departure"), 1.0)]
    return translated(columns, wording)


def _person_row(person: PersonRecord, options: DelegationListOptions, wording: Wording) -> Row:
    latin_name = wording.name(person.latin_name, person.is_placeholder)
    name = [Line(plain(f"{person.honorific} {latin_name}"), bold=True)]
    if person.native_name and person.native_name != person.latin_name:
        name.append(Line(person.native_name, grey=True))
    cells = [name, [Line(wording.label(person.role))], [Line(person.position)]]
    if options.contacts:
        cells.append([Line(person.email, 8), Line(person.phone, 8)])
    if options.travel:
        cells += [
            [Line(wording.moment(moment) if moment else "", 8)]
            for moment in (person.arrival, person.departure)
        ]
    return Row(cells)


def _heading(delegation: DelegationDetail, wording: Wording) -> Row:
    summary = delegation.summary
    count = len(delegation.persons)
    local = other_name(summary.city_name, summary.city_local_name)
    city = f"{summary.city_name} ({local})" if local else summary.city_name
    status = wording.label(summary.status)
    if summary.proxy_to_city:
        status = wording.gettext("{status} to {city}").format(
            status=status, city=summary.proxy_to_city
        )
    persons = wording.ngettext("{count} person", "{count} persons", count).format(count=count)
    return Row(
        [[Line(f"{city}  ·  {persons}  ·  {status}", 10, bold=True)]], heading=True, bookmark=city
    )


def _check_fonts(
    fonts: FontSet, meeting: MeetingRecord, delegations: Sequence[DelegationDetail]
) -> None:
    """Every text checked against its fonts; the labelled fields (five for each of 100,000
    persons) are let go before the pages are laid out."""
    fonts.read_as_japanese(japanese_texts_of_delegations(delegations))
    regular, bold = person_fields(delegations)
    fonts.check([*regular, ("Meeting: title", meeting.title)])
    fonts.check(bold, bold=True)


@collector_paused(leaves_cycles=True)
def render_delegation_list(
    meeting: MeetingRecord,
    delegations: Sequence[DelegationDetail],
    options: DelegationListOptions = DelegationListOptions(),
    fonts: FontSet | None = None,
    wording: Wording = ENGLISH,
) -> bytes:
    fonts = fonts or FontSet(Face.SANS)
    _check_fonts(fonts, meeting, delegations)
    setter = Typesetter(fonts)
    rows: list[Row] = []
    listed = ordered(delegations, meeting.host_city_id, options.order)
    for delegation in listed:
        rows.append(_heading(delegation, wording))
        rows += [_person_row(person, options, wording) for person in delegation.persons]
    total = sum(len(d.persons) for d in listed)
    title = wording.gettext("List of delegations")
    delegations_count = wording.ngettext(
        "{count} delegation", "{count} delegations", len(listed)
    ).format(count=len(listed))
    persons_count = wording.ngettext("{count} person", "{count} persons", total).format(count=total)
    story = [
        *document_heading(
            setter,
            title,
            f"{meeting.title}, {wording.meeting_dates(meeting.first_day, meeting.last_day)}",
            wording.gettext("{delegations}, {persons} in all").format(
                delegations=delegations_count, persons=persons_count
            ),
        ),
        RowsTable(setter, _columns(options, wording), rows),
    ]
    summary = setter.style("total", 10, bold=True, spaceBefore=8)
    in_all = wording.gettext("In all: {delegations}, {persons}").format(
        delegations=delegations_count, persons=persons_count
    )
    story.append(setter.paragraph(in_all, summary, bold=True))
    return build_pdf(
        story,
        options.paper,
        standard_footer(setter, f"{title}: {meeting.title}", wording),
        title=f"{title}: {meeting.title}",
        base_font=fonts.base_font(),
        subject=wording.gettext("The delegations of {title} and their members").format(
            title=meeting.title
        ),
        landscape=options.contacts or options.travel,
    )
