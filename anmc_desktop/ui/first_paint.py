"""Work that waits until a window has painted for the first time.

What starts as the window opens (the overview and the person search's index read on
workers) shows nothing in the window's first paint, yet it slowed that paint down: its
workers, running Python, held the interpreter's lock, which the window's thread then
waited for (up to 5 ms each time) at every call into Python while it laid out and
painted. It now starts right after the paint, in the same turn of the event loop. (The
backup on opening runs in SQLite, which lets go of the lock: it starts with the window.)

Qt paints a window as it handles an update request of the widget, or the platform's
expose event of its native window; either is handled here first, and the work starts
when that painted the window. A window that the platform does not expose (shown
minimized, on some systems) starts the work after ``LATEST_MILLISECONDS`` all the same.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QWidget

LATEST_MILLISECONDS = 1000
_NAME = "anmc_first_paint"
_PAINTING = (QEvent.Type.UpdateRequest, QEvent.Type.Expose)


def after_first_paint(widget: QWidget, work: Callable[[], None]) -> None:
    """Run ``work`` once the window of ``widget`` has painted for the first time; at once
    if it has already."""
    window = widget.window()
    waiting = window.findChild(
        _FirstPaint, _NAME, Qt.FindChildOption.FindDirectChildrenOnly
    ) or _FirstPaint(window)
    waiting.add(work)


class _FirstPaint(QObject):
    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName(_NAME)
        self._window = window
        self._waiting: list[Callable[[], None]] | None = []
        self._painted = False
        window.installEventFilter(self)
        if window.isVisible():
            self._shown()

    def add(self, work: Callable[[], None]) -> None:
        if self._waiting is None:
            work()
        else:
            self._waiting.append(work)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if self._waiting is None:
            return False
        kind = event.type()
        if kind == QEvent.Type.Paint and watched is self._window:
            self._painted = True
        elif kind == QEvent.Type.Show and watched is self._window:
            self._shown()
        elif kind in _PAINTING:
            watched.event(event)  # handled now, so that the work starts after the paint
            if self._painted:
                self._start()
            return True
        return False

    def _shown(self) -> None:
        """The native window exists once the window is shown: its expose events paint."""
        handle = self._window.windowHandle()
        if handle is not None:
            handle.installEventFilter(self)
        QTimer.singleShot(LATEST_MILLISECONDS, self, self._start)

    def _start(self) -> None:
        if self._waiting is None:
            return
        waiting, self._waiting = self._waiting, None
        self._window.removeEventFilter(self)
        handle = self._window.windowHandle()
        if handle is not None:
            handle.removeEventFilter(self)
        for work in waiting:
            work()
