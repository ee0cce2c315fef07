"""A non-blocking dialog around a FieldForm: Save stays disabled until the form is valid.

Enter saves (Save is the default button), Esc cancels, and cancelling with changes asks
first. Dialogs are opened with ``open()`` (window-modal, not blocking), so tests drive them
with qtbot like any widget. ``saved`` is emitted with what ``save()`` returned. In a
read-only window a form opens for viewing only (``show_read_only``).
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence
from PySide6.QtWidgets import QDialogButtonBox, QFrame, QScrollArea, QVBoxLayout, QWidget

from anmc_desktop.errors import ConflictError, UserFacingError, ValidationError
from anmc_desktop.services.change_log import ChangeLogService
from anmc_desktop.ui import messages
from anmc_desktop.ui.accessibility import announce
from anmc_desktop.ui.dialog_size import fit_to_screen
from anmc_desktop.ui.dialogs.change_log import ChangeLogDialog
from anmc_desktop.ui.dialogs.database_conflict import ConflictChoice, ask_about_conflict
from anmc_desktop.ui.forms.field_form import FieldForm, error_label
from anmc_desktop.ui.reading_order import KeyboardReadyDialog
from anmc_desktop.ui.translation import translate


class _FormScroll(QScrollArea):
    """The fields at their natural size, scrolled only on a screen too low for them (the
    person form on a 768-pixel laptop screen)."""

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        widget = self.widget()
        return widget.sizeHint() + QSize(2, 2) if widget is not None else super().sizeHint()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        widget = self.widget()
        if widget is None:
            return super().minimumSizeHint()
        return QSize(widget.minimumSizeHint().width(), 120)


class FormDialog(KeyboardReadyDialog):
    saved = Signal(object)
    # Whether closing with changes asks first (not worth asking for mere options).
    confirm_discard = True

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = FieldForm(self)
        self.general_error = error_label("general_error")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setDefault(True)
        self.save_button.setShortcut(QKeySequence.StandardKey.Save)
        self.buttons.accepted.connect(self.try_save)
        self.buttons.rejected.connect(self.reject)
        scroll = _FormScroll(self)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.form)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self.form.changed.connect(self._on_changed)
        self._dirty = False
        self._read_only = False
        self._overwriting = False
        self._overwrite_version: int | None = None

    @property
    def read_only(self) -> bool:
        return self._read_only

    def show_read_only(self) -> None:
        """For a database open read-only: the record is shown, nothing can be changed, no
        Save; Change log... still shows who changed it. Call before ``open()``."""
        self._read_only = True
        self.form.set_read_only()
        self.save_button.setEnabled(False)
        self.save_button.hide()
        close = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        close.setText(translate("forms.form_dialog", "Close"))
        close.setDefault(True)
        self.setWindowTitle(
            translate("forms.form_dialog", "{value} (read-only)").format(value=self.windowTitle())
        )

    def fields_ready(self) -> None:
        """Call at the end of the subclass's constructor, once the fields hold their values."""
        self._dirty = False
        self.save_button.setEnabled(not self._read_only and self.form.is_valid())
        resized = self.testAttribute(Qt.WidgetAttribute.WA_Resized)
        fit_to_screen(self, type(self).__name__, self.size() if resized else self.sizeHint())
        first = self.form.first_widget()
        if first is not None:
            first.setFocus()

    def save(self) -> object:
        """Write through the services; raise ValidationError to keep the dialog open."""
        raise NotImplementedError

    def try_save(self) -> None:
        if self._read_only:
            return
        if not self.form.is_valid():
            self.save_button.setEnabled(False)
            self.form.focus_first_invalid()
            return
        try:
            result = self.save()
        except ValidationError as error:
            unplaced = self.form.show_validation_error(error)
            self._show_general("\n".join(unplaced))
            self.save_button.setEnabled(False)
            self.form.focus_first_invalid()
            return
        except ConflictError as conflict:
            self._resolve_conflict(conflict)
            return
        except UserFacingError as error:
            self._show_general(str(error))
            return
        self._dirty = False
        self._overwriting = False
        self.saved.emit(result)
        self.accept()

    def offer_change_log(
        self, change_log: ChangeLogService, table_name: str, record_id: int
    ) -> None:
        """A Change log... button that shows who changed the record, when, and what."""
        button = self.buttons.addButton(
            translate("forms.form_dialog", "Change log..."), QDialogButtonBox.ButtonRole.HelpRole
        )
        button.setObjectName("change_log")
        button.setAutoDefault(False)
        title = self.windowTitle()
        button.clicked.connect(
            lambda: messages.run_modal(
                ChangeLogDialog(title, change_log.for_record(table_name, record_id), self)
            )
        )

    def expected_version(self, loaded_version: int) -> int | None:
        """The version to hand to the service's update: the one the form loaded, or, after
        the user chose to overwrite another organizer's change, the one now stored."""
        return self._overwrite_version if self._overwriting else loaded_version

    def reload_record(self) -> None:
        """Show the record as it is now stored (another organizer changed it). Forms that
        can refill their fields override this; by default the form closes unsaved."""
        self._dirty = False
        self.reject()

    def _resolve_conflict(self, conflict: ConflictError) -> None:
        choice = ask_about_conflict(self, conflict)
        if choice is ConflictChoice.OVERWRITE:
            self._overwriting, self._overwrite_version = True, conflict.current_version
            self.try_save()
        elif choice is ConflictChoice.RELOAD:
            self._overwriting = False
            self.reload_record()
        else:
            self._show_general(
                translate(
                    "forms.form_dialog",
                    "Not saved: another organizer changed this record meanwhile. Save again to "
                    "decide, or reload their version.",
                )
            )

    def has_unsaved_changes(self) -> bool:
        return self._dirty and self.confirm_discard

    def reject(self) -> None:
        if self.has_unsaved_changes() and not messages.ask(
            self,
            translate("forms.form_dialog", "Discard changes?"),
            translate("forms.form_dialog", "You have changed this form. Close it without saving?"),
        ):
            return
        self._dirty = False
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self.has_unsaved_changes() and not messages.ask(
            self,
            translate("forms.form_dialog", "Discard changes?"),
            translate("forms.form_dialog", "You have changed this form. Close it without saving?"),
        ):
            event.ignore()
            return
        self._dirty = False
        super().closeEvent(event)

    def _on_changed(self) -> None:
        if self._read_only:
            return
        self._dirty = True
        self._show_general("")
        self.save_button.setEnabled(self.form.is_valid())

    def _show_general(self, text: str) -> None:
        self.general_error.setText(text)
        self.general_error.setVisible(bool(text))
        announce(self.general_error, text)
