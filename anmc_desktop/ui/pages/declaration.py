"""The current meeting's declaration: edited in place, with a preview of the whole text.

Fields are saved together (Save, Enter in a one-line field, Ctrl+S) as one undoable edit;
they edit one authentic text at a time (the bar above chooses, adds or removes one) and the
preview sets another beside it. Esc or Revert goes back to what is saved. A final
declaration, or any in a read-only window, is read-only; leaving with unsaved changes asks.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTextBrowser,
    QWidget,
)

from anmc_desktop.errors import ConflictError, UserFacingError, ValidationError
from anmc_desktop.records.declarations import (
    DeclarationDraft,
    DeclarationRecord,
    DeclarationVersion,
    declaration_draft_of,
)
from anmc_desktop.records.testimonium import build_testimonium
from anmc_desktop.services import Services
from anmc_desktop.ui import messages
from anmc_desktop.ui.accessibility import announce
from anmc_desktop.ui.colours import Tone, tone_colour
from anmc_desktop.ui.dialogs.database_conflict import ConflictChoice, ask_about_conflict
from anmc_desktop.ui.forms.field_form import error_label
from anmc_desktop.ui.pages.base import Page
from anmc_desktop.ui.pages.declaration_fields import DeclarationFields, draft_fields
from anmc_desktop.ui.pages.declaration_preview import declaration_html
from anmc_desktop.ui.pages.declaration_versions import VersionBar
from anmc_desktop.ui.translation import translate


class DeclarationPage(Page):
    title = QT_TRANSLATE_NOOP("pages", "Declaration")
    commands = (("save", "save_button"),)
    print_document = "declaration"

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        self.record: DeclarationRecord | None = None
        # Every authentic text as edited; the fields show the one at ``_current``.
        self._texts: list[DeclarationVersion] = []
        self._current = 0
        self._showing = False
        self._base_version = 0
        self._overwriting = False
        self._overwrite_version: int | None = None
        self.status_label = QLabel()
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)  # user text, never markup
        self.status_label.setObjectName("declarationStatus")
        self.save_button = QPushButton(translate("pages.declaration", "&Save"))
        self.save_button.setToolTip(
            translate(
                "pages.declaration", "Save the declaration (Ctrl+S, or Enter in a one-line field)"
            )
        )
        self.revert_button = QPushButton(translate("pages.declaration", "Re&vert"))
        self.revert_button.setToolTip(
            translate("pages.declaration", "Go back to what is saved (Esc)")
        )
        self.final_button = QPushButton(translate("pages.declaration", "Mar&k final"))
        self.final_button.setToolTip(
            translate(
                "pages.declaration", "Make the declaration read-only; save your changes first"
            )
        )
        self.reopen_button = QPushButton(translate("pages.declaration", "Re&open"))
        self.create_button = QPushButton(translate("pages.declaration", "&Start the declaration"))
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.revert)
        self.final_button.clicked.connect(self.mark_final)
        self.reopen_button.clicked.connect(self.reopen)
        self.create_button.clicked.connect(self.create)
        self.general_error = error_label("general_error")
        bar = QHBoxLayout()
        bar.addWidget(self.status_label)
        bar.addStretch(1)
        for button in (
            self.create_button, self.save_button, self.revert_button,
            self.final_button, self.reopen_button,
        ):  # fmt: skip
            bar.addWidget(button)
        self.form = DeclarationFields()
        self.form.changed.connect(self._edited)
        for line in self.form.one_line_fields:
            line.returnPressed.connect(self.save)
        self.versions = VersionBar()
        self.versions.chosen.connect(self.choose_text)
        self.versions.add_requested.connect(self.add_text)
        self.versions.remove_requested.connect(self.remove_text)
        self.versions.compare_changed.connect(self._update_state)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.form)
        self.text = QTextBrowser(self)
        self.text.setOpenLinks(False)
        self.text.setObjectName("declarationPreview")
        preview = QWidget()
        preview_layout = QHBoxLayout(preview)
        preview_layout.setContentsMargins(0, 0, 0, 0)
        preview_layout.addWidget(self.text)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(scroll)
        splitter.addWidget(preview)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([620, 380])
        self.layout_.addLayout(bar)
        self.layout_.addWidget(self.general_error)
        self.layout_.addWidget(self.versions)
        self.layout_.addWidget(splitter, stretch=1)
        # Ctrl+S is the window's File > Save, which presses this page's Save button.
        revert = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        revert.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        revert.activated.connect(self.revert)
        if self.read_only:
            self.form.set_read_only()
        self._update_state()

    def load(self) -> None:
        """Reload; unsaved changes to the same declaration are kept (the saved state behind
        them is refreshed), e.g. when an edit on another page reloads every page."""
        self.heading.setText(self.meeting_heading())
        edited = self.record if self.has_unsaved_changes() else None
        self.record = (
            self.services.declarations.get_for_meeting(self.meeting.id) if self.meeting else None
        )
        keep_edits = edited is not None and self.record is not None and edited.id == self.record.id
        if self.record is not None and not keep_edits:
            self._show(self.record)
        self._update_state()

    def draft(self) -> DeclarationDraft:
        """What the fields hold (the signing order rule is the Signatories page's)."""
        texts = list(self._texts) or [DeclarationVersion()]
        texts[self._current] = self._edited_text()
        return DeclarationDraft(
            title="",
            signing_date=self.form.signing_date.value(),
            originals_count=self.form.originals_count.value(),
            signing_order_rule=(
                self.record.signing_order_rule
                if self.record
                else DeclarationDraft.signing_order_rule
            ),
        ).with_versions(texts)

    def _edited_text(self) -> DeclarationVersion:
        """The text the fields edit, as they hold it."""
        return self.form.text(self._texts[self._current].language if self._texts else "en")

    def choose_text(self, index: int) -> None:
        """Edit another of the texts (what the fields hold is kept)."""
        self._texts = list(self.draft().versions)
        self._current = max(0, min(index, len(self._texts) - 1))
        self._show_text()

    def add_text(self, language: str) -> None:
        """A new, empty authentic text in ``language``, to be typed."""
        if self.record is None or self.record.is_final:
            return
        self._texts = [*self.draft().versions, DeclarationVersion(language, transition="")]
        self.choose_text(len(self._texts) - 1)

    def remove_text(self) -> None:
        """Remove the text being edited (saved with the next save)."""
        if len(self._texts) > 1 and self.record is not None and not self.record.is_final:
            del self._texts[self._current]  # the other texts' edits are kept in _texts
            self._current = 0
            self._show_text()

    def _show_text(self) -> None:
        self._showing = True
        self.form.show_text(self._texts[self._current])
        self._showing = False
        self.versions.show_versions([t.language for t in self._texts], self._current)
        self.form.is_valid()
        self._update_state()

    def has_unsaved_changes(self) -> bool:
        return (
            self.record is not None
            and not self.record.is_final
            and self.draft() != declaration_draft_of(self.record)
        )

    def discard_changes(self) -> None:
        if self.record is not None:
            self._show(self.record)
        self._update_state()

    def save(self) -> None:
        record = self.record
        if record is None or record.is_final or not self.has_unsaved_changes():
            return
        if not self.form.is_valid():
            self._update_state()
            self.form.focus_first_invalid()
            return
        before, after = declaration_draft_of(record), self.draft()
        expected = self._overwrite_version if self._overwriting else self._base_version
        try:
            saved = self.services.declarations.update(record.id, after, expected)
        except ConflictError as conflict:
            self._resolve_conflict(conflict)
            return
        except ValidationError as error:
            self._show_general("\n".join(self.form.show_validation_error(error)))
            self.save_button.setEnabled(False)
            self.form.focus_first_invalid()
            return
        except UserFacingError as error:
            self._show_general(str(error))
            return
        self.record = saved
        self._show(saved)
        self.record_guarded_edit(
            translate("pages.declaration", "Save the declaration"),
            lambda draft, version: self.services.declarations.update(record.id, draft, version),
            before,
            after,
            saved,
        )

    def _resolve_conflict(self, conflict: ConflictError) -> None:
        choice = ask_about_conflict(self, conflict)
        if choice is ConflictChoice.OVERWRITE:
            self._overwriting, self._overwrite_version = True, conflict.current_version
            self.save()
        elif choice is ConflictChoice.RELOAD and self.meeting is not None:
            self.record = self.services.declarations.get_for_meeting(self.meeting.id)
            if self.record is not None:
                self._show(self.record)
            self._update_state()
        else:
            self._show_general(
                translate(
                    "pages.declaration",
                    "Not saved: another organizer saved the declaration meanwhile. Save again "
                    "to decide, or reload their version.",
                )
            )

    def revert(self) -> None:
        """Back to what is saved (asks first, since typing would be lost)."""
        if not self.has_unsaved_changes():
            return
        if messages.ask(
            self,
            translate("pages.declaration", "Revert the declaration?"),
            translate("pages.declaration", "Forget the changes made since the last save?"),
        ):
            self.discard_changes()

    def mark_final(self) -> None:
        record = self.record
        if record is None or self.has_unsaved_changes():
            return
        if self._apply(lambda: self.services.declarations.mark_final(record.id)):
            self.record_edit(
                translate("pages.declaration", "Mark the declaration final"),
                undo=lambda: self.services.declarations.reopen(record.id),
                redo=lambda: self.services.declarations.mark_final(record.id),
            )

    def reopen(self) -> None:
        record = self.record
        if record is None:
            return
        if self._apply(lambda: self.services.declarations.reopen(record.id)):
            self.record_edit(
                translate("pages.declaration", "Reopen the declaration"),
                undo=lambda: self.services.declarations.mark_final(record.id),
                redo=lambda: self.services.declarations.reopen(record.id),
            )

    def create(self) -> None:
        """Start a declaration for a meeting that has none, dated its last day."""
        meeting = self.meeting
        if meeting is None or self.record is not None:
            return
        draft = DeclarationDraft(
            title=f"{meeting.host_city_name} Declaration",
            place=meeting.host_city_name,
            signing_date=meeting.last_day,
        )
        created = self._apply(lambda: self.services.declarations.create(meeting.id, draft))
        if isinstance(created, DeclarationRecord):
            self.record_edit(
                translate("pages.declaration", "Start the declaration"),
                undo=lambda: self.services.declarations.delete(created.id),
                redo=lambda: self.services.declarations.create(meeting.id, draft, created.id),
            )

    def _apply(self, call: Callable[[], object]) -> object:
        try:
            return call()
        except UserFacingError as error:
            title = translate("pages.declaration", "The declaration was not changed")
            messages.error(self, title, messages.error_text(error))
            return None

    def _show(self, record: DeclarationRecord) -> None:
        # The version the shown text was loaded at: a save says it edited that version, so
        # a colleague's save in between is caught even after a reload kept our typing.
        self._base_version = record.version
        self._overwriting = False
        shown = self._texts[self._current].language if self._texts else None
        self._texts = list(record.versions)
        languages = [text.language for text in self._texts]
        self._current = languages.index(shown) if shown in languages else 0
        self._showing = True
        self.form.signing_date.set_value(record.signing_date)
        self.form.originals_count.setValue(record.originals_count)
        self._showing = False
        self._show_text()
        self._show_general("")

    def _edited(self) -> None:
        if not self._showing:
            self._show_general("")
            self._update_state()

    def _update_state(self) -> None:
        record = self.record
        self.create_button.setVisible(self.meeting is not None and record is None)
        self.enable_edit(True, self.create_button)
        self.form.setVisible(record is not None)
        self.versions.setVisible(record is not None)
        for button in (self.save_button, self.revert_button, self.final_button):
            button.setVisible(record is not None and not record.is_final)
        self.reopen_button.setVisible(record is not None and record.is_final)
        if record is None:
            self.status_label.setText("")
            self.text.setPlainText(
                translate("pages.declaration", "This meeting has no declaration yet.")
                if self.meeting
                else ""
            )
            return
        self.form.setEnabled(not record.is_final)
        dirty = self.has_unsaved_changes()
        valid = self.form.is_valid()
        self.enable_edit(dirty and valid, self.save_button)
        self.enable_edit(dirty, self.revert_button)
        self.enable_edit(not dirty, self.final_button, self.reopen_button)
        self.enable_edit(not record.is_final, self.versions.add_button, self.versions.new_language)
        self.enable_edit(not record.is_final and len(self._texts) > 1, self.versions.remove_button)
        state = (
            translate("pages.declaration", "Final: read-only until reopened")
            if record.is_final
            else translate("pages.declaration", "Draft")
        )
        self.status_label.setText(
            state + (translate("pages.declaration", " — unsaved changes") if dirty else "")
        )
        self.form.testimonium_override.setPlaceholderText(
            translate("pages.declaration", "Leave empty to use: {built}").format(
                built=self._built_testimonium()
            )
        )
        shown = replace(record, **draft_fields(self.draft())) if dirty else record
        scroll = self.text.verticalScrollBar().value()
        language = self._texts[self._current].language if self._texts else None
        self.text.setHtml(
            declaration_html(
                shown, tone_colour(Tone.MUTED).name(), language, self.versions.compared()
            )
        )
        self.text.verticalScrollBar().setValue(scroll)

    def _built_testimonium(self) -> str:
        draft, text = self.draft(), self._edited_text()
        built = build_testimonium(
            text.language, text.place, draft.signing_date, draft.languages, draft.originals_count
        )
        return built or translate(
            "pages.declaration", "nothing: no formula is known for this language, type it here"
        )

    def _show_general(self, text: str) -> None:
        self.general_error.setText(text)
        self.general_error.setVisible(bool(text))
        announce(self.general_error, text)
