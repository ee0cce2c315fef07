"""Undo and redo of the session's edits, each done and undone through the services.

An edit is applied first (so a refused edit never reaches the stack), then pushed as an
``Edit`` whose first ``redo`` does nothing. Undoing or redoing can still be refused, e.g.
when another organizer changed the record meanwhile: the user is told, and the edit leaves
the stack instead of leaving the stack and the database out of step.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol, TypeVar

from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QWidget

from anmc_desktop.errors import UserFacingError
from anmc_desktop.ui import messages


class Edit(QUndoCommand):
    def __init__(
        self,
        text: str,
        undo: Callable[[], object],
        redo: Callable[[], object],
        parent_widget: QWidget | None = None,
    ) -> None:
        super().__init__(text)
        self._undo = undo
        self._redo = redo
        self._parent_widget = parent_widget
        self._applied_already = True

    def redo(self) -> None:
        if self._applied_already:
            self._applied_already = False
            return
        self._run(self._redo, "redo")

    def undo(self) -> None:
        self._run(self._undo, "undo")

    def _run(self, call: Callable[[], object], verb: str) -> None:
        try:
            call()
        except UserFacingError as error:
            self.setObsolete(True)
            messages.error(
                self._parent_widget, f"Cannot {verb} \u201c{self.text()}\u201d", str(error)
            )


class Versioned(Protocol):
    version: int


D = TypeVar("D")
R = TypeVar("R", bound=Versioned)


def guarded_pair(
    save: Callable[[D, int | None], R], before: D, after: D, saved: R
) -> tuple[Callable[[], R], Callable[[], R]]:
    """Undo and redo of an edit saved through ``save(draft, expected_version)``.

    Each says which version of the record it expects, so an undo after another organizer
    changed the record is refused (ConflictError) instead of overwriting their change.
    """
    state = {"version": saved.version}

    def apply(draft: D) -> R:
        record = save(draft, state["version"])
        state["version"] = record.version
        return record

    return (lambda: apply(before)), (lambda: apply(after))


class EditHistory(QUndoStack):
    """The window's undo stack; ``record`` pushes an edit that was just applied."""

    def __init__(self, parent_widget: QWidget) -> None:
        super().__init__(parent_widget)
        self._parent_widget = parent_widget

    def record(self, text: str, undo: Callable[[], object], redo: Callable[[], object]) -> None:
        self.push(Edit(text, undo, redo, self._parent_widget))
