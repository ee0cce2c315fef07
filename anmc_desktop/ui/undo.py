"""Undo and redo of the session's edits, each done and undone through the services.

An edit is applied first (so a refused edit never reaches the stack), then pushed as an
``Edit`` whose first ``redo`` does nothing. Undoing or redoing can still be refused, e.g.
when another organizer changed the record meanwhile: the user is told, and the edit leaves
the stack instead of leaving the stack and the database out of step. An undo or redo the
user cancels (its progress dialog's Cancel: JobCancelledError) changed nothing, so the edit
steps back to where it was on the stack, without being applied again.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol, TypeVar

from PySide6.QtCore import QTimer
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QWidget

from anmc_desktop.errors import UserFacingError
from anmc_desktop.progress import JobCancelledError
from anmc_desktop.ui import messages
from anmc_desktop.ui.translation import translate


class Edit(QUndoCommand):
    def __init__(
        self,
        text: str,
        undo: Callable[[], object],
        redo: Callable[[], object],
        history: UndoHistory,
    ) -> None:
        super().__init__(text)
        self._undo = undo
        self._redo = redo
        self._history = history
        # The stack calls redo when the edit is pushed (it was applied already), and undo
        # or redo to put its index back after a cancelled one (that changed nothing).
        self._skip_next_call = True

    def redo(self) -> None:
        self._run(self._redo, translate("undo", "Cannot redo “{edit}”"), self._history.undo)

    def undo(self) -> None:
        self._run(self._undo, translate("undo", "Cannot undo “{edit}”"), self._history.redo)

    def _run(self, call: Callable[[], object], title: str, step_back: Callable[[], None]) -> None:
        if self._skip_next_call:
            self._skip_next_call = False
            return
        try:
            call()
        except JobCancelledError:
            # The stack moves its index once this returns; then move it back.
            self._skip_next_call = True
            QTimer.singleShot(0, step_back)
        except UserFacingError as error:
            self.setObsolete(True)
            messages.error(
                self._history.parent_widget,
                title.format(edit=self.text()),
                str(error),
            )


class Versioned(Protocol):
    id: int
    version: int


D = TypeVar("D")
R = TypeVar("R", bound=Versioned)


class UndoHistory(QUndoStack):
    """The window's undo history, the stack of its session's edits (not the database's change
    log of who changed what); ``record`` pushes an edit that was just applied."""

    def __init__(self, parent_widget: QWidget) -> None:
        super().__init__(parent_widget)
        self.parent_widget = parent_widget
        # The version each edited record got from this window's last save, undo or redo.
        self._versions: dict[tuple[type, int], int] = {}

    def record(self, text: str, undo: Callable[[], object], redo: Callable[[], object]) -> None:
        self.push(Edit(text, undo, redo, self))

    def record_guarded(
        self, text: str, save: Callable[[D, int | None], R], before: D, after: D, saved: R
    ) -> None:
        """Push an edit of one record saved through ``save(draft, expected_version)``.

        Its undo and redo expect the version this window's own last write of the record
        left: an undo after another organizer changed the record is refused
        (ConflictError) instead of overwriting their change, while several edits of one
        record undo one after the other.
        """
        key = (type(saved), saved.id)
        self._versions[key] = saved.version

        def apply(draft: D) -> R:
            record = save(draft, self._versions[key])
            self._versions[key] = record.version
            return record

        self.record(text, lambda: apply(before), lambda: apply(after))
