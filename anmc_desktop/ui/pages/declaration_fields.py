"""The declaration's fields on its page: one authentic text's title, opening, preamble,
transition, clauses, place and testimonium, and the date and originals all texts share."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QSpinBox, QWidget

from anmc_desktop.records.declarations import DeclarationDraft, DeclarationVersion
from anmc_desktop.ui.forms.field_form import Check, FieldForm
from anmc_desktop.ui.forms.optional_fields import OptionalDateEdit
from anmc_desktop.ui.forms.ordered_list import ParagraphList
from anmc_desktop.ui.translation import translate

MAX_ORIGINALS = 99


def _multi_line(lines: int) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(edit.fontMetrics().height() * lines + 12)
    return edit


def _required(edit: QLineEdit) -> Check:
    return lambda: None if edit.text().strip() else translate("pages.declaration", "is required.")


def _no_empty(paragraphs: ParagraphList) -> Check:
    def check() -> str | None:
        empty = [n for n, text in enumerate(paragraphs.values(), start=1) if not text.strip()]
        if not empty:
            return None
        return translate("pages.declaration", "paragraph {numbers} has no text.").format(
            numbers=", ".join(map(str, empty))
        )

    return check


def draft_fields(draft: DeclarationDraft) -> dict[str, object]:
    """The draft's fields by name, to ``replace`` a record's with."""
    return {name: getattr(draft, name) for name in DeclarationDraft.__dataclass_fields__}


class DeclarationFields(FieldForm):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title_edit = QLineEdit()
        self.opening = _multi_line(3)
        self.preamble = ParagraphList(translate("pages.declaration", "preamble paragraph"))
        self.transition = QLineEdit()
        self.clauses = ParagraphList(translate("pages.declaration", "clause"))
        self.place = QLineEdit()
        self.place.setToolTip(
            translate(
                "pages.declaration",
                "As this text's testimonium names it (after \u201cв\u201d in Russian: Томске)",
            )
        )
        self.signing_date = OptionalDateEdit(default=dt.date.today())
        self.signing_date.enabled.setToolTip(
            translate("pages.declaration", "Tick to date the declaration")
        )
        self.originals_count = QSpinBox()
        self.originals_count.setRange(1, MAX_ORIGINALS)
        self.testimonium_override = _multi_line(2)
        self.add_field(
            "title",
            translate("pages.declaration", "&Title"),
            self.title_edit,
            _required(self.title_edit),
        )
        self.add_field(
            "opening", translate("pages.declaration", "Opening &paragraph"), self.opening
        )
        self.add_field(
            "preamble",
            translate("pages.declaration", "P&reamble"),
            self.preamble,
            _no_empty(self.preamble),
        )
        self.add_field(
            "transition", translate("pages.declaration", "Transition for&mula"), self.transition
        )
        self.add_field(
            "clauses",
            translate("pages.declaration", "&Clauses"),
            self.clauses,
            _no_empty(self.clauses),
        )
        self.add_field("place", translate("pages.declaration", "P&lace"), self.place)
        self.add_field("signing_date", translate("pages.declaration", "&Date"), self.signing_date)
        self.add_field(
            "originals_count",
            translate("pages.declaration", "&Number of originals"),
            self.originals_count,
        )
        self.add_field(
            "testimonium_override",
            translate("pages.declaration", "Testimon&ium (override)"),
            self.testimonium_override,
        )

    @property
    def one_line_fields(self) -> tuple[QLineEdit, ...]:
        """Where Enter saves."""
        return self.title_edit, self.transition, self.place

    def text(self, language: str) -> DeclarationVersion:
        """The text the fields hold, as the ``language`` version."""
        return DeclarationVersion(
            language=language,
            title=self.title_edit.text(),
            opening=self.opening.toPlainText(),
            preamble=self.preamble.values(),
            transition=self.transition.text(),
            clauses=self.clauses.values(),
            place=self.place.text(),
            testimonium_override=self.testimonium_override.toPlainText(),
        )

    def show_text(self, text: DeclarationVersion) -> None:
        self.title_edit.setText(text.title)
        self.opening.setPlainText(text.opening)
        self.preamble.set_values(text.preamble)
        self.transition.setText(text.transition)
        self.clauses.set_values(text.clauses)
        self.place.setText(text.place)
        self.testimonium_override.setPlainText(text.testimonium_override)
