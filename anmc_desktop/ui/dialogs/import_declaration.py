"""File > Import > Declaration draft: a .txt or .docx draft, previewed before anything is
written: a new declaration, or one language's text of the meeting's declaration."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from anmc_desktop.errors import UserFacingError
from anmc_desktop.records.declarations import DeclarationRecord, DraftImport, SourceLine
from anmc_desktop.records.languages import LANGUAGES
from anmc_desktop.services.declaration_import import DeclarationImportService
from anmc_desktop.ui import messages
from anmc_desktop.ui.labels import language_label
from anmc_desktop.ui.translation import translate

DRAFT_FILES = QT_TRANSLATE_NOOP(
    "dialogs.import_declaration", "Drafts (*.docx *.txt);;All files (*)"
)
NEW_DECLARATION = QT_TRANSLATE_NOOP(
    "dialogs.import_declaration", "A new declaration (with its signature blocks)"
)


class ImportDeclarationDialog(QDialog):
    """``result`` holds the declaration written, once Import is pressed."""

    def __init__(
        self,
        importer: DeclarationImportService,
        meeting_id: int,
        source: Path,
        lines: list[SourceLine],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            translate("dialogs.import_declaration", "Import {name}").format(name=source.name)
        )
        self.resize(760, 560)
        self._importer = importer
        self._meeting_id = meeting_id
        self._lines = lines
        self.preview: DraftImport | None = None
        self.result: DeclarationRecord | None = None
        self.target = QComboBox()
        self.target.addItem(translate("dialogs.import_declaration", NEW_DECLARATION), None)
        for code in LANGUAGES:
            self.target.addItem(
                translate(
                    "dialogs.import_declaration", "The {language} text of the meeting's declaration"
                ).format(language=language_label(code)),
                code,
            )
        self.target.currentIndexChanged.connect(self.refresh)
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setObjectName("declarationImportPreview")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.import_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.import_button.setText(translate("dialogs.import_declaration", "&Import"))
        self.buttons.accepted.connect(self.import_draft)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(translate("dialogs.import_declaration", "Import as"), self.target)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.text, stretch=1)
        layout.addWidget(self.buttons)
        self.refresh()

    def refresh(self) -> None:
        """The preview for the chosen target; Import only without problems."""
        language = self.target.currentData()
        self.preview = self._importer.preview(self._meeting_id, self._lines, language)
        self.text.setPlainText("\n".join(self.preview.lines()))
        self.import_button.setEnabled(not self.preview.problems)

    def import_draft(self) -> None:
        if self.preview is None or self.preview.problems:
            return
        try:
            self.result = self._importer.apply(self.preview)
        except UserFacingError as error:
            messages.error(
                self,
                translate("dialogs.import_declaration", "The draft was not imported"),
                str(error),
            )
            return
        self.accept()
