"""Every printable document by kind, built from a meeting's records: one entry point for
the command line and the preview dialog."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field, replace

from anmc_desktop.printing.badges import BadgeLayout, render_badges, render_place_cards
from anmc_desktop.printing.declaration import DeclarationOptions, render_declaration
from anmc_desktop.printing.delegations import DelegationListOptions, render_delegation_list
from anmc_desktop.printing.fitting import FitNotes
from anmc_desktop.printing.page import DRAWING, Paper
from anmc_desktop.printing.programme import render_programme
from anmc_desktop.printing.signatories import render_signatory_sheet
from anmc_desktop.progress import Progress
from anmc_desktop.records.agenda import AgendaItemRecord
from anmc_desktop.records.declarations import DeclarationRecord, SignatoryRecord
from anmc_desktop.records.meetings import MeetingRecord
from anmc_desktop.records.persons import DelegationDetail


@dataclass(frozen=True)
class DeclarationDocument:
    meeting: MeetingRecord
    declaration: DeclarationRecord
    signatories: list[SignatoryRecord]


@dataclass(frozen=True)
class DelegationsDocument:
    meeting: MeetingRecord
    delegations: list[DelegationDetail]  # by city name; heads first, then by role


@dataclass(frozen=True)
class ProgrammeDocument:
    meeting: MeetingRecord
    items: list[AgendaItemRecord]  # in time order


Document = DeclarationDocument | DelegationsDocument | ProgrammeDocument


class DocumentKind(enum.StrEnum):
    DECLARATION = "declaration"
    SIGNATORIES = "signatories"
    DELEGATIONS = "delegations"
    PROGRAMME = "programme"
    BADGES = "badges"
    PLACE_CARDS = "place-cards"

    @property
    def label(self) -> str:
        return {
            DocumentKind.DECLARATION: "Declaration with signing pages",
            DocumentKind.SIGNATORIES: "Signatory sheet",
            DocumentKind.DELEGATIONS: "List of delegations",
            DocumentKind.PROGRAMME: "Programme",
            DocumentKind.BADGES: "Badges",
            DocumentKind.PLACE_CARDS: "Place cards",
        }[self]


@dataclass(frozen=True)
class PrintRequest:
    kind: DocumentKind
    meeting_id: int
    paper: Paper = Paper.A4
    declaration: DeclarationOptions = field(default_factory=DeclarationOptions)
    delegations: DelegationListOptions = field(default_factory=DelegationListOptions)
    badge_layout: BadgeLayout = BadgeLayout.FOUR_PER_SHEET


def render(
    request: PrintRequest,
    document: Document,
    notes: FitNotes | None = None,
    progress: Progress | None = None,
) -> bytes:
    """The PDF bytes of one document from its data (``PrintDataService.for_request``);
    MissingFontError if some text has no font. ``notes`` collects the fields of badges,
    place cards and signature blocks that had to be shrunk or cut to fit; ``progress``
    hears how far the drawing is (each sheet of badges and place cards) and may cancel."""
    kind, paper = request.kind, request.paper
    progress = progress or Progress()
    progress.step(DRAWING)
    if isinstance(document, DeclarationDocument):
        if kind is DocumentKind.SIGNATORIES:
            return render_signatory_sheet(
                document.meeting, document.declaration, document.signatories, paper
            )
        options = replace(request.declaration, paper=paper)
        return render_declaration(document.declaration, document.signatories, options, notes=notes)
    if isinstance(document, ProgrammeDocument):
        return render_programme(document.meeting, document.items, paper)
    if kind is DocumentKind.DELEGATIONS:
        list_options = replace(request.delegations, paper=paper)
        return render_delegation_list(document.meeting, document.delegations, list_options)
    if kind is DocumentKind.BADGES:
        return render_badges(
            document.meeting,
            document.delegations,
            request.badge_layout,
            paper,
            notes=notes,
            progress=progress,
        )
    return render_place_cards(
        document.meeting, document.delegations, paper, notes=notes, progress=progress
    )
