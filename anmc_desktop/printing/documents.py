"""Every printable document by kind, built from a meeting's records: one entry point for
the command line and the preview dialog."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field, replace

from anmc_desktop.collector import collector_paused
from anmc_desktop.printing.badge_sheet import BadgeLayout
from anmc_desktop.printing.badges import render_badges, render_place_cards
from anmc_desktop.printing.declaration import DeclarationOptions, render_declaration
from anmc_desktop.printing.delegations import DelegationListOptions, render_delegation_list
from anmc_desktop.printing.fitting import FitNotes
from anmc_desktop.printing.letter_text import LetterKind
from anmc_desktop.printing.letters import LetterOptions, render_letters
from anmc_desktop.printing.logistics import render_logistics_list
from anmc_desktop.printing.meeting_report import render_meeting_report
from anmc_desktop.printing.meeting_report_content import ReportContent, report_content
from anmc_desktop.printing.meeting_report_docx import render_meeting_report_docx
from anmc_desktop.printing.page import DRAWING, Paper
from anmc_desktop.printing.programme import render_programme
from anmc_desktop.printing.seating_plan import PlanPaper, render_seating_plan, seated_attendees
from anmc_desktop.printing.signatories import render_signatory_sheet
from anmc_desktop.printing.wording import wording
from anmc_desktop.progress import Progress
from anmc_desktop.records.agenda import AgendaItemRecord
from anmc_desktop.records.declarations import DeclarationRecord, SignatoryRecord
from anmc_desktop.records.logistics import LogisticsKind, logistics_table
from anmc_desktop.records.meetings import MeetingRecord
from anmc_desktop.records.persons import DelegationDetail
from anmc_desktop.records.seating import SeatingPlanRecord


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


@dataclass(frozen=True)
class SeatingDocument:
    meeting: MeetingRecord
    plan: SeatingPlanRecord


@dataclass(frozen=True)
class MeetingReportDocument:
    meeting: MeetingRecord
    delegations: list[DelegationDetail]
    items: list[AgendaItemRecord]
    declaration: DeclarationRecord | None
    signatories: list[SignatoryRecord]
    # The document language its .docx too is written in (PrintDataService.for_request
    # takes it from the request), as that file is written later from the document alone.
    language: str = "en"


Document = (
    DeclarationDocument
    | DelegationsDocument
    | ProgrammeDocument
    | SeatingDocument
    | MeetingReportDocument
)


class PlaceCardOrder(enum.StrEnum):
    CITY = "city"  # by city name, heads first
    SEATING = "seating"  # place by place, as the seating plan seats them


class DocumentKind(enum.StrEnum):
    DECLARATION = "declaration"
    SIGNATORIES = "signatories"
    DELEGATIONS = "delegations"
    PROGRAMME = "programme"
    BADGES = "badges"
    PLACE_CARDS = "place-cards"
    INVITATION_LETTERS = "invitation-letters"
    VISA_LETTERS = "visa-letters"
    ARRIVALS = "arrivals"
    ROOMING = "rooming"
    DIETARY = "dietary"
    TRANSPORT = "transport"
    SEATING = "seating"
    MEETING_REPORT = "meeting-report"

    @property
    def label(self) -> str:
        return {
            DocumentKind.DECLARATION: "Declaration with signing pages",
            DocumentKind.SIGNATORIES: "Signatory sheet",
            DocumentKind.DELEGATIONS: "List of delegations",
            DocumentKind.PROGRAMME: "Programme",
            DocumentKind.BADGES: "Badges",
            DocumentKind.PLACE_CARDS: "Place cards",
            DocumentKind.INVITATION_LETTERS: "Invitation letters",
            DocumentKind.VISA_LETTERS: "Visa support letters",
            DocumentKind.ARRIVALS: LogisticsKind.ARRIVALS.label,
            DocumentKind.ROOMING: LogisticsKind.ROOMING.label,
            DocumentKind.DIETARY: LogisticsKind.DIETARY.label,
            DocumentKind.TRANSPORT: LogisticsKind.TRANSPORT.label,
            DocumentKind.SEATING: "Seating plan",
            DocumentKind.MEETING_REPORT: "Meeting report",
        }[self]

    @property
    def logistics(self) -> LogisticsKind | None:
        """The logistics list this kind prints, if it is one."""
        return LOGISTICS_KINDS.get(self)

    @property
    def letter(self) -> LetterKind | None:
        """The letters this kind prints, if it prints letters."""
        return LETTER_KINDS.get(self)


LOGISTICS_KINDS = {
    DocumentKind.ARRIVALS: LogisticsKind.ARRIVALS,
    DocumentKind.ROOMING: LogisticsKind.ROOMING,
    DocumentKind.DIETARY: LogisticsKind.DIETARY,
    DocumentKind.TRANSPORT: LogisticsKind.TRANSPORT,
}
LETTER_KINDS = {
    DocumentKind.INVITATION_LETTERS: LetterKind.INVITATION,
    DocumentKind.VISA_LETTERS: LetterKind.VISA,
}


@dataclass(frozen=True)
class PrintRequest:
    kind: DocumentKind
    meeting_id: int
    paper: Paper = Paper.A4
    declaration: DeclarationOptions = field(default_factory=DeclarationOptions)
    delegations: DelegationListOptions = field(default_factory=DelegationListOptions)
    badge_layout: BadgeLayout = BadgeLayout.SHEET
    letters: LetterOptions = field(default_factory=LetterOptions)
    person_ids: tuple[int, ...] = ()  # badges of these persons only; () is everyone
    place_card_order: PlaceCardOrder = PlaceCardOrder.CITY
    plan_paper: PlanPaper = PlanPaper.A3  # the seating plan's sheet
    # The document language of the headings, column titles, roles, statuses and dates
    # (printing/wording.py) of the programme, delegation list, badges and signatory
    # sheet; names and the declaration's text print as they are.
    language: str = "en"


@collector_paused(leaves_cycles=True)
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
    words = wording(request.language)
    progress = progress or Progress()
    progress.step(DRAWING)
    if isinstance(document, DeclarationDocument):
        if kind is DocumentKind.SIGNATORIES:
            return render_signatory_sheet(
                document.meeting, document.declaration, document.signatories, paper,
                wording=words,
            )  # fmt: skip
        options = replace(request.declaration, paper=paper)
        return render_declaration(
            document.declaration, document.signatories, options, notes=notes, wording=words
        )
    if isinstance(document, ProgrammeDocument):
        return render_programme(document.meeting, document.items, paper, wording=words)
    if kind.logistics is not None:
        table = logistics_table(kind.logistics, document.delegations, words)
        return render_logistics_list(document.meeting, table, paper, wording=words)
    if kind.letter is not None:
        return render_letters(
            kind.letter, document.meeting, document.delegations, request.letters, paper,
            language=words.language,
        )  # fmt: skip
    if isinstance(document, SeatingDocument):
        if kind is DocumentKind.PLACE_CARDS:
            people = seated_attendees(document.plan)
            return render_place_cards(
                document.meeting, [], paper, notes=notes, people=people, wording=words
            )
        return render_seating_plan(
            document.meeting, document.plan, request.plan_paper, notes=notes, wording=words
        )
    if isinstance(document, MeetingReportDocument):
        content = _content(replace(document, language=words.language))
        return render_meeting_report(content, document.delegations, paper)
    if kind is DocumentKind.DELEGATIONS:
        list_options = replace(request.delegations, paper=paper)
        return render_delegation_list(
            document.meeting, document.delegations, list_options, wording=words
        )
    if kind is DocumentKind.BADGES:
        return render_badges(
            document.meeting,
            document.delegations,
            request.badge_layout,
            paper,
            notes=notes,
            person_ids=frozenset(request.person_ids),
            progress=progress,
            wording=words,
        )  # fmt: skip
    return render_place_cards(
        document.meeting, document.delegations, paper, notes=notes, progress=progress,
        wording=words,
    )  # fmt: skip


@collector_paused(leaves_cycles=True)
def render_docx(document: MeetingReportDocument) -> bytes:
    """The meeting report as a .docx, to edit before it circulates, in its document
    language."""
    return render_meeting_report_docx(_content(document))


def _content(document: MeetingReportDocument) -> ReportContent:
    return report_content(
        document.meeting, document.delegations, document.items,
        document.declaration, document.signatories, wording(document.language),
    )  # fmt: skip
