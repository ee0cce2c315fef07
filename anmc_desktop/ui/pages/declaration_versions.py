"""The bar above the declaration's fields that chooses which authentic text they edit,
adds a text in another language, removes one, and picks the text the preview sets beside
the edited one, clause against clause."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSignalBlocker, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QWidget

from anmc_desktop.records.languages import LANGUAGES
from anmc_desktop.ui.labels import language_label
from anmc_desktop.ui.translation import translate


class VersionBar(QWidget):
    chosen = Signal(int)  # the index of the text the fields are to edit
    add_requested = Signal(str)  # the language of a new text
    remove_requested = Signal()  # remove the text being edited
    compare_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text_choice = QComboBox()
        self.text_choice.setObjectName("declarationText")
        self.text_choice.currentIndexChanged.connect(self._chosen)
        self.new_language = QComboBox()
        self.add_button = QPushButton(translate("pages.declaration_versions", "&Add a text in"))
        self.add_button.setToolTip(
            translate(
                "pages.declaration_versions",
                "Another authentic text of the declaration, in this language",
            )
        )
        self.add_button.clicked.connect(self._add)
        self.remove_button = QPushButton(
            translate("pages.declaration_versions", "Remove this text")
        )
        self.remove_button.clicked.connect(self.remove_requested)
        self.compare = QComboBox()
        self.compare.setToolTip(
            translate(
                "pages.declaration_versions",
                "The text the preview shows beside this one, clause by clause",
            )
        )
        self.compare.currentIndexChanged.connect(lambda _: self.compare_changed.emit())
        label = QLabel(translate("pages.declaration_versions", "Te&xt:"))
        label.setBuddy(self.text_choice)
        compare_label = QLabel(translate("pages.declaration_versions", "Compare &with:"))
        compare_label.setBuddy(self.compare)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (
            label, self.text_choice, self.remove_button, self.add_button, self.new_language,
            compare_label, self.compare,
        ):  # fmt: skip
            layout.addWidget(widget)
        layout.addStretch(1)

    def show_versions(self, languages: Sequence[str], current: int) -> None:
        """The texts there are (by language, in their order), the one edited selected."""
        compared = self.compared()
        with QSignalBlocker(self.text_choice), QSignalBlocker(self.compare):
            self.text_choice.clear()
            for code in languages:
                self.text_choice.addItem(language_label(code), code)
            self.text_choice.setCurrentIndex(current)
            self.new_language.clear()
            for code, language in LANGUAGES.items():
                if code not in languages:
                    self.new_language.addItem(f"{language_label(code)} ({language.own_name})", code)
            self.compare.clear()
            self.compare.addItem(translate("pages.declaration_versions", "(nothing)"), None)
            for code in languages:
                if code != languages[current]:
                    self.compare.addItem(language_label(code), code)
            found = self.compare.findData(compared)
            self.compare.setCurrentIndex(max(found, 0) if compared else min(1, len(languages) - 1))

    def compared(self) -> str | None:
        """The language of the text the preview sets beside the edited one, if any."""
        value = self.compare.currentData()
        return str(value) if value else None

    def _chosen(self, index: int) -> None:
        if index >= 0:
            self.chosen.emit(index)

    def _add(self) -> None:
        code = self.new_language.currentData()
        if code:
            self.add_requested.emit(str(code))
