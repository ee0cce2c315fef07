"""The seating page (drag a place onto another to swap them) and the check-in page (a
scanner types a badge's payload and Enter)."""

from __future__ import annotations

import docx
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QDialog, QFileDialog
from pytestqt.qtbot import QtBot

from anmc_desktop.printing.documents import DocumentKind
from anmc_desktop.records.seating import badge_payload
from anmc_desktop.ui import messages
from anmc_desktop.ui.main_window import MainWindow
from anmc_desktop.ui.pages.check_in import CheckInPage
from anmc_desktop.ui.pages.persons import PersonsPage
from anmc_desktop.ui.pages.seating import SeatingPage
from anmc_desktop.ui.print_menu import open_print_options
from anmc_desktop.ui.print_preview import PrintPreviewDialog


def _cities(window: MainWindow) -> list[str]:
    assert window.meeting is not None
    return [p.city_name for p in window.services.seating.plan(window.meeting.id).places]


def test_dragging_a_place_onto_another_swaps_them_and_undo_swaps_back(
    qtbot: QtBot, window: MainWindow
) -> None:
    # GIVEN the seating page of the sample, in protocol order
    page = window.show_page(SeatingPage)
    before = _cities(window)
    assert before[1:3] == ["Bangkok", "Delhi"]
    view = page.view
    # WHEN the user drags Bangkok's place onto Delhi's and lets go
    start, end = view.centre_of(1).toPoint(), view.centre_of(2).toPoint()
    qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(view.viewport(), end)
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=end)
    # THEN the two places swap, in the database too, and the page says so
    assert _cities(window)[1:3] == ["Delhi", "Bangkok"]
    assert page.plan is not None and page.plan.arranged_by_hand
    assert "arranged by hand" in page.status.text()
    assert view.items_by_position[1].place.city_name == "Delhi"
    # AND Edit > Undo puts them back
    window.undo_history.undo()
    assert _cities(window) == before


def test_dropping_a_place_on_empty_floor_changes_nothing(qtbot: QtBot, window: MainWindow) -> None:
    page = window.show_page(SeatingPage)
    before = _cities(window)
    view = page.view
    start = view.centre_of(3).toPoint()
    qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=start)
    assert _cities(window) == before
    assert page.plan is not None and not page.plan.arranged_by_hand


def test_a_scanned_badge_marks_the_person_attending_and_updates_the_counts(
    qtbot: QtBot, window: MainWindow
) -> None:
    # GIVEN the check-in page with no one checked in
    page = window.show_page(CheckInPage)
    assert page.total.text() == "0 of 9 checked in"
    assert window.meeting is not None
    knorr = next(
        p
        for d in window.services.delegations.details(window.meeting.id)
        for p in d.persons
        if p.family_name == "Knorr"
    )
    # WHEN a scanner types Andrey Knorr's badge payload and Enter
    qtbot.keyClicks(page.scan, badge_payload(knorr.uuid))
    qtbot.keyClick(page.scan, Qt.Key.Key_Return)
    # THEN he is checked in, the field is ready for the next scan, and the counts update
    assert page.result.text().startswith("Checked in: Andrey Knorr (Tomsk)")
    assert page.scan.text() == ""
    assert page.total.text() == "1 of 9 checked in"
    tomsk = next(
        r for r in range(page.counts.rowCount()) if page.counts.item(r, 0).text() == "Tomsk"
    )
    assert page.counts.item(tomsk, 1).text() == "1"
    # WHEN the check-in was a mistake and is undone
    qtbot.mouseClick(page.undo_button, Qt.MouseButton.LeftButton)
    # THEN he is no longer attending
    assert page.total.text() == "0 of 9 checked in"
    assert window.services.check_in.checked_in_at(knorr.id) is None
    # AND Edit > Redo checks him in again
    window.undo_history.redo()
    assert window.services.check_in.checked_in_at(knorr.id) is not None


def test_a_typed_name_that_fits_several_lists_them_to_choose(
    qtbot: QtBot, window: MainWindow
) -> None:
    page = window.show_page(CheckInPage)
    qtbot.keyClicks(page.scan, "Tomsk")
    qtbot.keyClick(page.scan, Qt.Key.Key_Return)
    assert page.candidates.isVisible() and page.candidates.count() >= 2
    assert page.total.text() == "0 of 9 checked in"
    page.candidates.setCurrentRow(0)
    page.candidates.itemActivated.emit(page.candidates.item(0))
    assert page.result.text().startswith("Checked in:")
    assert page.total.text() == "1 of 9 checked in"


def test_badges_of_the_persons_selected_in_the_list_are_reprinted(
    qtbot: QtBot, window: MainWindow, dialogs: object
) -> None:
    # GIVEN the persons of Tomsk in the list WHEN two are selected and Print badges pressed
    page = window.show_page(PersonsPage)
    qtbot.keyClicks(page.query, "Tomsk")
    page.table.selectRow(0)
    page.table.selectionModel().select(
        page.model.index(1, 0),
        QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
    )
    chosen = page.selected_person_ids()
    assert len(chosen) == 2
    qtbot.mouseClick(page.badges_button, Qt.MouseButton.LeftButton)
    # THEN the preview holds one sheet with exactly their two badges
    preview = next(d for d in dialogs.shown if isinstance(d, PrintPreviewDialog))  # type: ignore[attr-defined]
    assert preview.document.pageCount() == 1
    names = {page.model.index(row, 2).data() for row in (0, 1)}
    text = preview.document.getAllText(0).text()
    assert all(name.split()[-1] in text for name in names if name)


def test_the_meeting_report_preview_also_saves_a_docx(
    qtbot: QtBot, window: MainWindow, dialogs: object, tmp_path, monkeypatch
) -> None:
    # GIVEN the preview of the meeting report from File > Print
    options = open_print_options(window, DocumentKind.MEETING_REPORT)
    assert options is not None
    options.save_button.click()
    preview = next(d for d in dialogs.shown if isinstance(d, PrintPreviewDialog))  # type: ignore[attr-defined]
    assert not preview.docx_button.isHidden()
    # WHEN the user saves it as .docx under a name without the suffix
    target = tmp_path / "report"

    def choose_file(dialog: QDialog) -> int:
        assert isinstance(dialog, QFileDialog)
        dialog.selectFile(str(target))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(messages, "run_modal", choose_file)
    qtbot.mouseClick(preview.docx_button, Qt.MouseButton.LeftButton)
    # THEN a Word document with the report is written
    document = docx.Document(str(tmp_path / "report.docx"))
    assert document.paragraphs[0].text == "Report: 13th Plenary Meeting of the ANMC21"
