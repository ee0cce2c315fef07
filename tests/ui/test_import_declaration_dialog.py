"""File > Import > A declaration draft: the preview before anything is written, then the
import, and its undo."""

from __future__ import annotations

import docx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from pytestqt.qtbot import QtBot

from anmc_desktop.services import Services
from anmc_desktop.ui import messages
from anmc_desktop.ui.dialogs.import_declaration import ImportDeclarationDialog
from anmc_desktop.ui.main_window import MainWindow
from tests.exchange.test_declaration_drafts import DRAFT, RUSSIAN


def _open(window: MainWindow, monkeypatch: pytest.MonkeyPatch, path) -> ImportDeclarationDialog:
    monkeypatch.setattr(messages, "open_file", lambda *_a: path)
    action = next(a for a in window.import_actions if "declaration" in a.text())
    action.trigger()
    dialog = window.findChild(ImportDeclarationDialog)
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_a_draft_is_previewed_then_imported_as_a_new_declaration_and_undone(
    window: MainWindow, qtbot: QtBot, services: Services, sample_meeting_id: int,
    tmp_path, monkeypatch,
):  # fmt: skip
    draft = tmp_path / "draft.txt"
    draft.write_text(DRAFT, encoding="utf-8")
    dialog = _open(window, monkeypatch, draft)
    # THEN the preview names the parts, the signatories and what it cannot place
    preview = dialog.text.toPlainText()
    assert "new declaration “Tomsk Declaration” in English" in preview
    assert "signatories: Hanoi: Le Hong Son; Seoul: Im Jong-seok" in preview
    assert "'Page 2 of 3': a page number" in preview
    # AND nothing is written before Import
    assert services.declarations.list_signatories(
        services.declarations.get_for_meeting(sample_meeting_id).id
    )
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.result is not None
    imported = dialog.result.id
    assert [s.city_name for s in services.declarations.list_signatories(imported)] == [
        "Hanoi", "Seoul", "Tomsk",
    ]  # fmt: skip
    # WHEN the user undoes the import THEN the new declaration is gone
    window.undo_history.undo()
    with pytest.raises(Exception, match="does not exist"):
        services.declarations.list_signatories(imported)


def test_a_russian_text_is_previewed_as_an_added_text(
    window: MainWindow, qtbot: QtBot, services: Services, sample_meeting_id: int,
    tmp_path, monkeypatch,
):  # fmt: skip
    draft = tmp_path / "ru.txt"
    draft.write_text(RUSSIAN, encoding="utf-8")
    dialog = _open(window, monkeypatch, draft)
    # WHEN the user imports it as the Russian text of the declaration
    dialog.target.setCurrentIndex(dialog.target.findData("ru"))
    assert "adds the Russian text “Томская декларация”" in dialog.text.toPlainText()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert services.declarations.get_for_meeting(sample_meeting_id).languages == ("en", "ru")
    # AND undo takes it out again
    window.undo_history.undo()
    assert services.declarations.get_for_meeting(sample_meeting_id).languages == ("en",)


def test_the_declaration_is_exported_as_a_word_file_from_the_file_menu(
    window: MainWindow, tmp_path, monkeypatch
) -> None:
    target = tmp_path / "tomsk.docx"
    monkeypatch.setattr(messages, "save_file", lambda *_a, **_k: target)
    action = next(a for a in window.findChildren(QAction) if "eclaration draft as Word" in a.text())
    action.trigger()
    paragraphs = [p.text for p in docx.Document(str(target)).paragraphs]
    assert paragraphs[0] == "Tomsk Declaration"
    assert any(p.startswith("6. We will review") for p in paragraphs)
