"""Typing any script: QTest.keyClicks only knows ASCII, so send key events with their text."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget


def type_text(widget: QWidget, text: str) -> None:
    """Press and release a key for each character, as a keyboard layout would."""
    for character in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, character)
            QApplication.sendEvent(widget, event)
        QApplication.processEvents()


def press(qtbot: object, window: QWidget, key: Qt.Key, modifiers: Qt.KeyboardModifier) -> None:
    """A window shortcut: the window must be active again (a dialog may just have closed)."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # type: ignore[attr-defined]
    qtbot.keyClick(window, key, modifiers)  # type: ignore[attr-defined]


def undo(qtbot: object, window: QWidget) -> None:
    press(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)


def redo(qtbot: object, window: QWidget) -> None:
    shift_ctrl = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    press(qtbot, window, Qt.Key.Key_Z, shift_ctrl)
