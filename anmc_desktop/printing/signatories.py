"""The signatory sheet for the signing ceremony: who signs, in which order, whose full
powers or credentials letter is still missing, who signs ad referendum, with a box to tick
and room for remarks."""

from __future__ import annotations

from collections.abc import Sequence

from anmc_desktop.collector import collector_paused
from anmc_desktop.printing.fontset import Face, FontSet
from anmc_desktop.printing.language import japanese_texts_of_signatories
from anmc_desktop.printing.page import (
    Paper,
    build_pdf,
    document_heading,
    standard_footer,
)
from anmc_desktop.printing.tables import Column, Line, Row, RowsTable, translated
from anmc_desktop.printing.typesetting import Typesetter, plain
from anmc_desktop.printing.wording import ENGLISH, N_, Wording
from anmc_desktop.records.declarations import DeclarationRecord, SignatoryRecord
from anmc_desktop.records.meetings import MeetingRecord
from anmc_desktop.text import other_name

COLUMNS = (
    Column(N_("No."), 0.45),
    Column(N_("City"), 1.6),
    Column(N_("Signatory"), 2.2),
    Column(N_("Title"), 2.2),
    Column(N_("Status"), 1.1),
    Column(N_("Full powers"), 1.0),
    Column(N_("Signed"), 0.7, tick_box=True),
    Column(N_("Remarks"), 2.0),
)


def credentials_text(signatory: SignatoryRecord, wording: Wording = ENGLISH) -> str:
    if signatory.credentials_received:
        return wording.gettext("received")
    return wording.gettext("MISSING")


def status_lines(signatory: SignatoryRecord, wording: Wording = ENGLISH) -> list[Line]:
    lines = [Line(wording.label(signatory.status))]
    if signatory.ad_referendum:
        lines.append(Line(wording.gettext("ad referendum"), bold=True))
    return lines


def signatory_fields(signatories: Sequence[SignatoryRecord]) -> list[tuple[str, str]]:
    fields = []
    for s in signatories:
        who = f"Signatory {s.position} ({s.city_name})"
        fields += [
            (f"{who}: city", s.city_name),
            (f"{who}: local city name", s.city_local_name),
            (f"{who}: name", f"{s.honorific} {s.latin_name}"),
            (f"{who}: native name", s.native_name),
            (f"{who}: title", s.title),
        ]
    return fields


@collector_paused(leaves_cycles=True)
def render_signatory_sheet(
    meeting: MeetingRecord,
    declaration: DeclarationRecord,
    signatories: Sequence[SignatoryRecord],
    paper: Paper = Paper.A4,
    fonts: FontSet | None = None,
    wording: Wording = ENGLISH,
) -> bytes:
    fonts = fonts or FontSet(Face.SANS)
    fonts.read_as_japanese(japanese_texts_of_signatories(signatories))
    fields = signatory_fields(signatories)
    fonts.check([*fields, ("Meeting: title", meeting.title), ("Declaration", declaration.title)])
    fonts.check(
        fields[:0] + [(label, text) for label, text in fields if "name" in label], bold=True
    )
    setter = Typesetter(fonts)
    rows = [
        Row(
            [
                [Line(str(s.position), 10, bold=True)],
                [Line(s.city_name, bold=True),
                 Line(other_name(s.city_name, s.city_local_name), grey=True)]
                + ([Line(wording.gettext("Host"), 7.5, grey=True)] if s.is_host else []),
                [Line(plain(f"{s.honorific} {wording.name(s.latin_name, s.is_placeholder)}"),
                      bold=True),
                 Line(s.native_name, grey=True)],
                [Line(s.title)],
                status_lines(s, wording),
                [Line(credentials_text(s, wording), bold=not s.credentials_received)],
                [],
                [],
            ],
            min_height=34,
        )
        for s in sorted(signatories, key=lambda s: s.position)
    ]  # fmt: skip
    title = wording.gettext("Signatories: {title}").format(title=plain(declaration.title))
    rule = wording.label(declaration.signing_order_rule).lower()
    # Counted, not named: each city's row says it, and a city's name prints once.
    missing = sum(not s.credentials_received for s in signatories)
    story = [
        *document_heading(
            setter,
            title,
            f"{meeting.title}, {wording.meeting_dates(meeting.first_day, meeting.last_day)}",
            wording.ngettext(
                "{count} signatory in signing order ({rule})",
                "{count} signatories in signing order ({rule})",
                len(signatories),
            ).format(count=len(signatories), rule=rule),
            wording.gettext(
                "Full powers or credentials letter missing for {missing} of {count}"
            ).format(missing=missing, count=len(signatories))
            if missing
            else wording.gettext("Every full powers or credentials letter has arrived"),
        ),
        RowsTable(setter, translated(COLUMNS, wording), rows),
    ]
    return build_pdf(
        story,
        paper,
        standard_footer(setter, title, wording),
        title=title,
        base_font=fonts.base_font(),
        subject=wording.gettext("The signatories of {title} in signing order").format(
            title=meeting.title
        ),
        landscape=True,
    )
