"""A dialog whose buttons each stand for one choice; ``choice`` says which was pressed."""

from __future__ import annotations

import enum

from PySide6.QtWidgets import QDialogButtonBox, QPushButton, QVBoxLayout, QWidget

from anmc_desktop.ui.reading_order import KeyboardReadyDialog


class ChoiceDialog(KeyboardReadyDialog):
    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(520)
        self._layout = QVBoxLayout(self)
        self.buttons = QDialogButtonBox(self)

    def _add_choice(
        self, text: str, choice: enum.Enum, role: QDialogButtonBox.ButtonRole
    ) -> QPushButton:
        button = self.buttons.addButton(text, role)
        assert isinstance(button, QPushButton)
        button.setObjectName(f"choice_{choice.value}")
        button.clicked.connect(lambda: self._choose(choice))
        return button

    def _choose(self, choice: enum.Enum) -> None:
        self.choice = choice
        self.accept()
