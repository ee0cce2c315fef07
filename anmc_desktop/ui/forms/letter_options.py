"""The letters' options in the print dialog: a letterhead image and a template of one's
own, each a file path with Browse..., checked with the reason beside the field; a zip of
one file per delegation, and .docx (both saved to a file chosen, not previewed)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLineEdit, QPushButton, QWidget

from anmc_desktop.errors import UserFacingError
from anmc_desktop.printing.letter_text import check_template
from anmc_desktop.printing.letters import LetterOptions, check_letterhead
from anmc_desktop.ui import messages
from anmc_desktop.ui.forms.field_form import FieldForm
from anmc_desktop.ui.translation import translate


class FilePathField(QWidget):
    """A path typed or chosen with Browse...; empty means none."""

    changed = Signal()

    def __init__(self, caption: str, name_filter: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = QLineEdit()
        self.path.setPlaceholderText(translate("forms.letter_options", "none"))
        self.path.textChanged.connect(self.changed)
        browse = QPushButton(translate("forms.letter_options", "Browse..."))
        browse.setAutoDefault(False)  # Enter previews, as in every form
        browse.clicked.connect(lambda: self._browse(caption, name_filter))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.path, 1)
        layout.addWidget(browse)
        self.setFocusProxy(self.path)

    def _browse(self, caption: str, name_filter: str) -> None:
        chosen = messages.open_file(
            self,
            translate("forms.letter_options", caption),
            translate("forms.letter_options", name_filter),
        )
        if chosen is not None:
            self.path.setText(str(chosen))

    def value(self) -> Path | None:
        text = self.path.text().strip()
        return Path(text).expanduser() if text else None


class LetterFields:
    def __init__(self, form: FieldForm) -> None:
        self.letterhead = FilePathField(
            QT_TRANSLATE_NOOP("forms.letter_options", "Letterhead image"),
            QT_TRANSLATE_NOOP("forms.letter_options", "Images (*.png *.jpg *.jpeg)"),
        )
        self.template = FilePathField(
            QT_TRANSLATE_NOOP("forms.letter_options", "Letter template"),
            QT_TRANSLATE_NOOP("forms.letter_options", "Text files (*.txt)"),
        )
        form.add_field(
            "letterhead",
            translate("forms.letter_options", "Letterhead"),
            self.letterhead,
            self._check_letterhead,
        )
        form.add_field(
            "template",
            translate("forms.letter_options", "Template"),
            self.template,
            self._check_template,
        )
        self.per_delegation = QCheckBox(
            translate(
                "forms.letter_options", "One file per delegation, in a zip (saved, no preview)"
            )
        )
        self.docx = QCheckBox(
            translate(
                "forms.letter_options", ".docx to edit in a word processor (saved, no preview)"
            )
        )
        form.add_field(
            "per_delegation", translate("forms.letter_options", "Files"), self.per_delegation
        )
        form.add_field("docx", translate("forms.letter_options", "Format"), self.docx)

    def _read(self, field: FilePathField) -> bytes | None:
        path = field.value()
        return None if path is None else path.read_bytes()

    def _check_letterhead(self) -> str | None:
        try:
            image = self._read(self.letterhead)
            if image is not None:
                check_letterhead(image)
        except OSError:
            return translate("forms.letter_options", "cannot be read.")
        except UserFacingError as error:
            return str(error)
        return None

    def _check_template(self) -> str | None:
        try:
            data = self._read(self.template)
            if data is not None:
                check_template(data.decode("utf-8-sig"))
        except (OSError, UnicodeDecodeError):
            return translate("forms.letter_options", "cannot be read as UTF-8 text.")
        except UserFacingError as error:
            return str(error)
        return None

    def options(self) -> LetterOptions:
        template = self._read(self.template)
        return LetterOptions(
            template=template.decode("utf-8-sig") if template is not None else None,
            letterhead=self._read(self.letterhead),
            per_delegation=self.per_delegation.isChecked(),
            docx=self.docx.isChecked(),
        )
