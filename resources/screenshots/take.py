"""Take the README's screenshots and check that no form is cut, on a real X server.

    xvfb-run -s "-screen 0 1366x768x24" .venv/bin/python resources/screenshots/take.py
    QT_SCALE_FACTOR=2 xvfb-run -s "-screen 0 2732x1536x24" \\
        .venv/bin/python resources/screenshots/take.py --out resources/screenshots/200 \\
        --dialogs /tmp/dialogs-200
    for language in ru ja; do xvfb-run -s "-screen 0 1366x768x24" .venv/bin/python \\
        resources/screenshots/take.py --language $language \\
        --out resources/screenshots/languages; done

The window is maximized on the screen (1366 x 768 logical pixels both times) on a fresh
database holding the sample meeting; each page, then each form and dialog, is grabbed as a
PNG. A widget shown smaller than its minimum size hint (cut text or controls) or a dialog
larger than the screen is listed, and the exit status is 1 if there is any. With
``--language``, the window speaks that language, the sample is added as the window offers
it (its stand-ins named in that language), and every main page is saved as
``<page>-<language>.png``.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

from PySide6.QtWidgets import (  # noqa: E402
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QWidget,
)

from anmc_desktop.db import open_database, sqlite_url  # noqa: E402
from anmc_desktop.printing.documents import DocumentKind  # noqa: E402
from anmc_desktop.services import Services  # noqa: E402
from anmc_desktop.ui.background import ProgressDialog  # noqa: E402
from anmc_desktop.ui.dialogs.export_delegations import ExportDelegationsDialog  # noqa: E402
from anmc_desktop.ui.dialogs.import_persons import ImportPersonsDialog  # noqa: E402
from anmc_desktop.ui.forms.agenda_item import AgendaItemForm  # noqa: E402
from anmc_desktop.ui.forms.city_form import CityForm  # noqa: E402
from anmc_desktop.ui.forms.meeting_form import MeetingForm  # noqa: E402
from anmc_desktop.ui.forms.organizer_form import OrganizerDialog  # noqa: E402
from anmc_desktop.ui.forms.person_form import PersonForm  # noqa: E402
from anmc_desktop.ui.forms.print_options_form import PrintOptionsDialog  # noqa: E402
from anmc_desktop.ui.help_menu import GuideDialog, ShortcutsDialog, window_shortcuts  # noqa: E402
from anmc_desktop.ui.main_window import MainWindow  # noqa: E402
from anmc_desktop.ui.pages.agenda import AgendaPage  # noqa: E402
from anmc_desktop.ui.pages.check_in import CheckInPage  # noqa: E402
from anmc_desktop.ui.pages.declaration import DeclarationPage  # noqa: E402
from anmc_desktop.ui.pages.delegations import DelegationsPage  # noqa: E402
from anmc_desktop.ui.pages.overview import OverviewPage  # noqa: E402
from anmc_desktop.ui.pages.persons import PersonsPage  # noqa: E402
from anmc_desktop.ui.pages.seating import SeatingPage  # noqa: E402
from anmc_desktop.ui.pages.signatories import SignatoriesPage  # noqa: E402
from anmc_desktop.ui.settings import AppSettings  # noqa: E402
from anmc_desktop.ui.translation import translate  # noqa: E402
from anmc_desktop.ui.translation_loader import install_language  # noqa: E402
from anmc_desktop.ui.window_messages import load_sample  # noqa: E402

README_PAGES: dict[type[QWidget], str] = {
    OverviewPage: "overview",
    DelegationsPage: "delegations",
    PersonsPage: "persons",
    AgendaPage: "agenda",
    DeclarationPage: "declaration",
    SignatoriesPage: "signatories",
}
# The pages shown in each language of the README.
LANGUAGE_PAGES = {**README_PAGES, SeatingPage: "seating", CheckInPage: "check-in"}


def settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def _scrolls_or_is_part(widget: QWidget) -> bool:
    """Widgets that scroll their content (a cut is a scroll bar there), and the parts Qt
    builds inside a combo box, spin box or line edit (the box is checked)."""
    parent = widget.parentWidget()
    return (
        isinstance(widget, QAbstractScrollArea | QHeaderView)
        or widget.objectName().startswith("qt_")
        or isinstance(parent, QComboBox | QAbstractSpinBox | QLineEdit)
    )


def cut_widgets(top: QWidget) -> Iterator[str]:
    """Visible widgets shown smaller than they need to show their content."""
    for widget in [top, *top.findChildren(QWidget)]:
        if not widget.isVisible() or widget.width() == 0 or _scrolls_or_is_part(widget):
            continue
        needed = widget.minimumSizeHint()
        size = widget.size()
        if needed.isValid() and (size.width() < needed.width() or size.height() < needed.height()):
            name = widget.objectName() or type(widget).__name__
            yield (
                f"{name}: {size.width()}x{size.height()} < needed "
                f"{needed.width()}x{needed.height()}"
            )


def show_something(page: QWidget) -> None:
    """What the README shows of a page: a search as typed, a full day of the agenda."""
    if isinstance(page, PersonsPage):
        page.query.setText("tomsk")
    elif isinstance(page, AgendaPage):
        page.day_tabs.setCurrentIndex(1)


def dialogs_of(window: MainWindow, services: Services) -> Iterator[tuple[str, QDialog]]:
    meeting = window.meeting
    assert meeting is not None
    delegation = services.delegations.list_delegations(meeting.id)[0]
    person = services.delegations.get_delegation(delegation.id).persons[0]
    items = services.agenda.list_items(meeting.id)
    agenda = window.page(AgendaPage)
    persons = agenda.persons()
    yield "form-meeting", MeetingForm(services, meeting, window)
    yield "form-city", CityForm(services, services.cities.list_cities()[0], window)
    yield "form-person", PersonForm(services, delegation.id, person, parent=window)
    yield (
        "form-agenda-item",
        AgendaItemForm(services, meeting, persons, agenda.items_on, items[0], parent=window),
    )
    for kind in DocumentKind:
        yield f"print-{kind.value}", PrintOptionsDialog(kind, meeting.id, window)
    yield "export-delegations", ExportDelegationsDialog(services, meeting.id, window)
    yield "import-persons", ImportPersonsDialog(services, meeting.id, window)
    yield "organizer", OrganizerDialog(services.database, window)
    yield "guide", GuideDialog(window)
    yield "shortcuts", ShortcutsDialog(window_shortcuts(window), window)


def progress_dialogs(window: MainWindow) -> Iterator[tuple[str, ProgressDialog]]:
    """The progress dialog of each long job, at one of its steps, as the job names it
    (the longest step of each, so that a cut or a resizing label shows)."""
    cards = translate("print_preview", "Printing: {document}").format(document="Place cards")
    jobs = (
        ("person-import", ("dialogs.import_persons", "Import persons"), "Writing the persons"),
        ("backup", ("backup_actions", "Back up the database"), "Copying the pages"),
        ("restore", ("dialogs.restore_backup", "Restore a backup"), "Migrating the backup"),
        ("undo", ("undo", "Undo the import"), "Checking the records have not changed"),
        ("redo", ("undo", "Redo the import"), "Importing the meeting"),
        ("print", None, "Drawing the pages"),
        ("export", ("dialogs.export_delegations", "Export delegations"), "Writing the file"),
    )
    for name, title, step in jobs:
        for suffix, done, total in (("", 12_345, 100_000), ("-unknown-length", 0, 0)):
            dialog = ProgressDialog(translate(*title) if title else cards, window)
            dialog.show_step(step, done, total)
            yield f"progress-{name}{suffix}", dialog
    dialog = ProgressDialog(translate("undo", "Undo the import"), window)
    dialog.show_step("Checking the records have not changed", 12_345, 100_000)
    dialog.findChild(QPushButton).click()
    yield "progress-cancelling", dialog


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=HERE, help="the pages' PNGs")
    parser.add_argument("--dialogs", type=Path, help="the forms' and dialogs' PNGs too")
    parser.add_argument("--language", help="the window's language (ru, ja), else English")
    parser.add_argument(
        "--progress", action="store_true", help="the long jobs' progress dialogs too (--dialogs)"
    )
    arguments = parser.parse_args()
    arguments.out.mkdir(parents=True, exist_ok=True)
    if arguments.dialogs:
        arguments.dialogs.mkdir(parents=True, exist_ok=True)
    home = Path(tempfile.mkdtemp(prefix="anmc-screenshots-"))
    os.environ["ANMC_HOME"] = str(home)
    app = QApplication(sys.argv[:1])
    database = open_database(sqlite_url(home / "sample.db"))
    services = Services.on(database)
    pages, suffix = README_PAGES, ""
    if arguments.language:
        install_language(arguments.language)
        pages, suffix = LANGUAGE_PAGES, f"-{arguments.language}"
    load_sample(services)
    window = MainWindow(services, AppSettings.open())
    window.show()
    screen = window.screen().availableGeometry()
    window.setGeometry(screen)  # Xvfb has no window manager to maximize it
    settle(app)
    problems: list[str] = []
    print(f"screen {screen.width()}x{screen.height()} (logical), scale {window.devicePixelRatio()}")
    for row in range(window.navigation.count()):
        title = window.navigation.item(row).text()
        window.navigation.setCurrentRow(row)
        show_something(window.current_page())
        settle(app)
        problems += [f"page {title}: {cut}" for cut in cut_widgets(window)]
        name = pages.get(type(window.current_page()))
        if name:
            window.grab().save(str(arguments.out / f"{name}{suffix}.png"))
        elif arguments.dialogs:
            window.grab().save(str(arguments.dialogs / f"page-{title.lower()}.png"))
    shown: Iterator[tuple[str, QDialog]] = dialogs_of(window, services)
    if arguments.progress:
        shown = progress_dialogs(window)
    for name, dialog in shown:
        dialog.show()
        settle(app)
        frame = dialog.frameGeometry()
        if frame.width() > screen.width() or frame.height() > screen.height():
            problems.append(f"{name}: {frame.width()}x{frame.height()} larger than the screen")
        problems += [f"{name}: {cut}" for cut in cut_widgets(dialog)]
        if arguments.dialogs:
            dialog.grab().save(str(arguments.dialogs / f"{name}.png"))
        dialog.done(QDialog.DialogCode.Rejected)
        dialog.deleteLater()
        settle(app)
    for problem in problems:
        print(problem)
    print(f"{len(problems)} cut widget(s) or oversized dialog(s)")
    window.close()
    database.dispose()
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
