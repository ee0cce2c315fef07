"""Choose how a document prints (paper, originals, columns, ...), then preview it."""

from __future__ import annotations

import enum
from dataclasses import replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale, Qt
from PySide6.QtWidgets import QBoxLayout, QCheckBox, QComboBox, QLabel, QWidget

from anmc_desktop import languages
from anmc_desktop.printing.badge_sheet import BadgeLayout
from anmc_desktop.printing.declaration import DeclarationOptions, Originals, TextLayout
from anmc_desktop.printing.delegations import CityOrder, DelegationListOptions
from anmc_desktop.printing.documents import DocumentKind, PlaceCardOrder, PrintRequest
from anmc_desktop.printing.page import Paper
from anmc_desktop.printing.seating_plan import PlanPaper
from anmc_desktop.records.declaration_check import PrePrintCheck
from anmc_desktop.ui.check_texts import check_text
from anmc_desktop.ui.forms.choices import select_data
from anmc_desktop.ui.forms.form_dialog import FormDialog
from anmc_desktop.ui.forms.letter_options import LetterFields
from anmc_desktop.ui.labels import label
from anmc_desktop.ui.translation import translate

# Each choice's label. Keyed by the choice's type and value: choices of two kinds share
# values ("a4", "single"), and a StrEnum member equals (and hashes as) its value, so
# keyed by the members the labels of one kind overwrote the other's.
_LABELS: tuple[tuple[enum.Enum, str], ...] = (
    (Paper.A4, QT_TRANSLATE_NOOP("forms.print_options_form", "A4")),
    (Paper.LETTER, QT_TRANSLATE_NOOP("forms.print_options_form", "US Letter")),
    (Originals.SINGLE, QT_TRANSLATE_NOOP("forms.print_options_form", "One original")),
    (
        Originals.PER_CITY,
        QT_TRANSLATE_NOOP("forms.print_options_form", "One original per signing city"),
    ),
    (
        TextLayout.ONE_AFTER_ANOTHER,
        QT_TRANSLATE_NOOP("forms.print_options_form", "One after another"),
    ),
    (
        TextLayout.SIDE_BY_SIDE,
        QT_TRANSLATE_NOOP("forms.print_options_form", "Two side by side, clause against clause"),
    ),
    (
        CityOrder.ALPHABETICAL,
        QT_TRANSLATE_NOOP("forms.print_options_form", "Cities alphabetically"),
    ),
    (CityOrder.HOST_FIRST, QT_TRANSLATE_NOOP("forms.print_options_form", "Host city first")),
    (CityOrder.HOST_LAST, QT_TRANSLATE_NOOP("forms.print_options_form", "Host city last")),
    (
        BadgeLayout.SHEET,
        QT_TRANSLATE_NOOP(
            "forms.print_options_form", "Several to a sheet, with bleed and crop marks"
        ),
    ),
    (
        BadgeLayout.SINGLE,
        QT_TRANSLATE_NOOP(
            "forms.print_options_form", "One per badge-sized page with bleed, for a print shop"
        ),
    ),
    (PlanPaper.A3, QT_TRANSLATE_NOOP("forms.print_options_form", "A3 landscape")),
    (PlanPaper.A4, QT_TRANSLATE_NOOP("forms.print_options_form", "A4 landscape")),
    (PlaceCardOrder.CITY, QT_TRANSLATE_NOOP("forms.print_options_form", "By city, heads first")),
    (
        PlaceCardOrder.SEATING,
        QT_TRANSLATE_NOOP("forms.print_options_form", "As the seating plan seats them"),
    ),
)
CHOICE_LABELS = {(type(choice), choice.value): text for choice, text in _LABELS}


def choice_box(choices: list[enum.Enum]) -> QComboBox:
    """Items carry the choice's value (Qt hands enum members back as plain strings)."""
    box = QComboBox()
    for choice in choices:
        box.addItem(
            translate("forms.print_options_form", CHOICE_LABELS[type(choice), choice.value]),
            choice.value,
        )
    return box


class PrintOptionsDialog(FormDialog):
    """``saved`` carries the PrintRequest to preview."""

    confirm_discard = False

    def __init__(
        self,
        kind: DocumentKind,
        meeting_id: int,
        parent: QWidget | None = None,
        check: PrePrintCheck | None = None,
    ) -> None:
        """``check``: the declaration's pre-print check, shown above the options."""
        super().__init__(
            translate("forms.print_options_form", "Print: {label}").format(label=label(kind)),
            parent,
        )
        self.kind = kind
        self.meeting_id = meeting_id
        self.save_button.setText(translate("forms.print_options_form", "Preview"))
        self.check_label = QLabel(
            translate("forms.print_options_form", "Before the final print:\n{check}").format(
                check=check_text(check)
            )
        )
        self.check_label.setTextFormat(Qt.TextFormat.PlainText)  # names are user text
        self.check_label.setWordWrap(True)
        if check is not None:
            layout = self.layout()
            assert isinstance(layout, QBoxLayout)
            layout.insertWidget(0, self.check_label)
        self.paper = choice_box(list(PlanPaper) if kind is DocumentKind.SEATING else list(Paper))
        self.form.add_field("paper", translate("forms.print_options_form", "Paper"), self.paper)
        # The document language of headings, titles, roles and dates; the window's at first.
        self.language = QComboBox()
        for code in languages.LANGUAGES:
            self.language.addItem(languages.LANGUAGE_NAMES[code], code)
        select_data(self.language, languages.supported(QLocale().name()))
        self.form.add_field(
            "language", translate("forms.print_options_form", "Document language"), self.language
        )
        if kind is DocumentKind.DECLARATION:
            self.originals = choice_box(list(Originals))
            self.alternat = QCheckBox(
                translate(
                    "forms.print_options_form",
                    "Each city's original puts its own signature block first",
                )
            )
            self.originals.currentIndexChanged.connect(self._originals_chosen)
            self.columns = QComboBox()
            self.columns.addItem(translate("forms.print_options_form", "Two columns"), 2)
            self.columns.addItem(translate("forms.print_options_form", "One column"), 1)
            self.texts = choice_box(list(TextLayout))
            self.initials = QCheckBox(
                translate(
                    "forms.print_options_form", "A box for initials at the foot of every page"
                )
            )
            self.form.add_field(
                "originals", translate("forms.print_options_form", "Originals"), self.originals
            )
            self.form.add_field(
                "alternat", translate("forms.print_options_form", "Alternat"), self.alternat
            )
            self.form.add_field(
                "columns", translate("forms.print_options_form", "Signature blocks"), self.columns
            )
            self.form.add_field(
                "texts",
                translate("forms.print_options_form", "Texts in several languages"),
                self.texts,
            )
            self.form.add_field(
                "initials_box", translate("forms.print_options_form", "Initials"), self.initials
            )
        elif kind is DocumentKind.DELEGATIONS:
            self.order = choice_box(list(CityOrder))
            self.contacts = QCheckBox(translate("forms.print_options_form", "E-mail and phone"))
            self.travel = QCheckBox(translate("forms.print_options_form", "Arrival and departure"))
            self.form.add_field("order", translate("forms.print_options_form", "Order"), self.order)
            self.form.add_field(
                "contacts", translate("forms.print_options_form", "Contacts"), self.contacts
            )
            self.form.add_field(
                "travel", translate("forms.print_options_form", "Travel"), self.travel
            )
        elif kind is DocumentKind.BADGES:
            self.layout_choice = choice_box(list(BadgeLayout))
            self.form.add_field(
                "badge_layout", translate("forms.print_options_form", "Layout"), self.layout_choice
            )
        elif kind.letter is not None:
            self.letters = LetterFields(self.form)
        elif kind is DocumentKind.PLACE_CARDS:
            self.card_order = choice_box(list(PlaceCardOrder))
            self.form.add_field(
                "place_card_order", translate("forms.print_options_form", "Order"), self.card_order
            )
        self.fields_ready()
        if kind is DocumentKind.DECLARATION:
            self._originals_chosen()

    def _originals_chosen(self) -> None:
        """The alternat orders the blocks of each city's own original: none without them."""
        per_city = self.originals.currentData() == Originals.PER_CITY.value
        self.alternat.setEnabled(per_city)
        if not per_city:
            self.alternat.setChecked(False)

    def save(self) -> PrintRequest:
        if self.kind is DocumentKind.SEATING:
            plan = PlanPaper(self.paper.currentData())
            language = self.language.currentData()
            return PrintRequest(self.kind, self.meeting_id, plan_paper=plan, language=language)
        paper = Paper(self.paper.currentData())
        request = PrintRequest(
            self.kind, self.meeting_id, paper=paper, language=self.language.currentData()
        )
        if self.kind is DocumentKind.DECLARATION:
            options = DeclarationOptions(
                paper=paper,
                columns=self.columns.currentData(),
                originals=Originals(self.originals.currentData()),
                alternat=self.alternat.isChecked(),
                initials_box=self.initials.isChecked(),
                texts=TextLayout(self.texts.currentData()),
            )
            return replace(request, declaration=options)
        if self.kind is DocumentKind.DELEGATIONS:
            options = DelegationListOptions(
                paper=paper,
                order=CityOrder(self.order.currentData()),
                contacts=self.contacts.isChecked(),
                travel=self.travel.isChecked(),
            )
            return replace(request, delegations=options)
        if self.kind is DocumentKind.BADGES:
            return replace(request, badge_layout=BadgeLayout(self.layout_choice.currentData()))
        if self.kind.letter is not None:
            return replace(request, letters=self.letters.options())
        if self.kind is DocumentKind.PLACE_CARDS:
            order = PlaceCardOrder(self.card_order.currentData())
            return replace(request, place_card_order=order)
        return request
