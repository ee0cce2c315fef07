"""A row of buttons above a page's table."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget


class ButtonRow(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addStretch(1)

    def add(self, name: str, text: str, slot: Callable[[], object], tip: str = "") -> QPushButton:
        """A button named ``name`` (its object name, for tests) that calls ``slot``."""
        button = QPushButton(text)
        button.setObjectName(name)
        button.setToolTip(tip)
        button.clicked.connect(lambda: slot())
        self._layout.insertWidget(self._layout.count() - 1, button)
        return button
