"""Time the window on a large meeting: first paint of the lists, each search keystroke, forms.

Builds (or reuses) a meeting of 200 cities, 20,000 persons and 2,000 agenda items (or, with
``--size large``, 1,000, 100,000 and 10,000) with
``generate_meeting``, opens the main window offscreen and prints, per step, the median and
the worst of several runs against the targets of the issue:

    first paint of the delegations list and of the person search  < 150 ms
    each search keystroke (typed, searched, repainted)              < 100 ms
    opening a form (built, shown, painted)                          < 100 ms
    first paint of the agenda page                                  < 300 ms

    python benchmarks/ui.py [--size large] [--database big.db] [--runs 5] [--without-overview]
"""

from __future__ import annotations

import argparse
import gc
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from anmc_desktop.db import open_database, sqlite_url
from anmc_desktop.services import Services
from anmc_desktop.ui.forms.form_dialog import FormDialog
from anmc_desktop.ui.main_window import MainWindow
from anmc_desktop.ui.pages.agenda import AgendaPage
from anmc_desktop.ui.pages.cities import CitiesPage
from anmc_desktop.ui.pages.delegations import DelegationsPage
from anmc_desktop.ui.pages.meetings import MeetingsPage
from anmc_desktop.ui.pages.persons import PersonsPage
from anmc_desktop.ui.settings import AppSettings

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate_meeting import add_size_arguments, generate_meeting, sized

FIRST_PAINT_MS = 150.0
KEYSTROKE_MS = 100.0
FORM_MS = 100.0
AGENDA_MS = 300.0
QUERIES = ("kuznetsova", "Кузнецова", "nguyen van", "tomsk")


@dataclass
class Step:
    name: str
    target_ms: float
    times_ms: list[float] = field(default_factory=list)

    def row(self) -> str:
        median = statistics.median(self.times_ms)
        worst = max(self.times_ms)
        verdict = "ok" if worst < self.target_ms else "SLOW"
        return (
            f"{self.name:<44}{len(self.times_ms):>5}{median:>10.1f}{worst:>10.1f}"
            f"{self.target_ms:>9.0f}  {verdict}"
        )


def settle() -> None:
    QApplication.processEvents()


def timed(call: Callable[[], object], painted: Callable[[], QWidget]) -> float:
    """Milliseconds for ``call`` plus the events it posted plus painting the widget."""
    started = time.perf_counter()
    call()
    settle()
    painted().repaint()
    return (time.perf_counter() - started) * 1000


def type_key(widget: QWidget, character: str) -> None:
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, character)
        QApplication.sendEvent(widget, event)


def first_paint(window: MainWindow, page_type: type, step: Step) -> None:
    """Leave the page, let the data change behind it, come back: reload and paint."""
    window.show_page(MeetingsPage)
    window.reload_all()
    settle()
    step.times_ms.append(timed(lambda: window.show_page(page_type), lambda: window))


def first_search(window: MainWindow, painted: Step, listed: Step) -> None:
    """The person search shown first in the session, when its index may still be read on
    a worker: painted (perhaps saying "Searching…"), then until the persons are listed."""
    window.show_page(MeetingsPage)
    settle()
    page = window.page(PersonsPage)
    started = time.perf_counter()
    window.show_page(PersonsPage)
    settle()
    window.repaint()
    painted.times_ms.append((time.perf_counter() - started) * 1000)
    while page.model.rowCount() == 0:
        settle()
        time.sleep(0.002)
    page.table.viewport().repaint()
    listed.times_ms.append((time.perf_counter() - started) * 1000)


def keystrokes(page: PersonsPage, steps: dict[str, Step]) -> None:
    """Type each query key by key; one step per prefix, e.g. "kuz" -> 'keystroke: "kuz"'."""
    for query in QUERIES:
        page.query.clear()
        settle()
        for length, character in enumerate(query, start=1):
            name = f'  keystroke: "{query[:length]}"'
            step = steps.setdefault(name, Step(name, KEYSTROKE_MS))
            step.times_ms.append(
                timed(lambda c=character: type_key(page.query, c), lambda: page.table.viewport())
            )


def form_opening(open_form: Callable[[], FormDialog | None], step: Step) -> None:
    dialogs: list[FormDialog] = []

    def opened() -> QWidget:
        dialog = open_form()
        assert dialog is not None
        dialogs.append(dialog)
        return dialog

    started = time.perf_counter()
    settle()
    opened().repaint()
    step.times_ms.append((time.perf_counter() - started) * 1000)
    for dialog in dialogs:
        dialog.done(0)
        dialog.deleteLater()
    settle()


def other_forms(window: MainWindow, steps: dict[str, Step]) -> None:
    """The forms of the Delegations, Meetings and Agenda pages, and the agenda page."""
    delegations = window.show_page(DelegationsPage)
    settle()
    delegations.delegation_table.selectRow(len(delegations.delegations.rows()) // 2)
    delegations.member_table.selectRow(0)
    for name, open_it in (
        ("status form", delegations.change_status),
        ("add delegation form", delegations.add_delegation),
        ("move form", delegations.move_person),
    ):
        form_opening(lambda open_it=open_it: open_it() or delegations.dialog, steps[name])
    meetings = window.show_page(MeetingsPage)
    settle()
    assert window.meeting is not None
    meetings.select_meeting(window.meeting.id)
    form_opening(meetings.edit_meeting, steps["meeting form"])
    first_paint(window, AgendaPage, steps["agenda"])
    agenda = window.page(AgendaPage)
    agenda.table.selectRow(0)

    def open_agenda_form() -> FormDialog | None:
        agenda.edit_selected()
        return agenda.form

    form_opening(open_agenda_form, steps["agenda form"])


def run(database_path: Path, runs: int, overview: bool = True) -> list[Step]:
    """``overview=False`` shows the Meetings page first, so that the overview (read on a
    worker thread that holds the GIL while it runs) never starts during the steps."""
    database = open_database(sqlite_url(database_path))
    services = Services.on(database)
    meetings = services.meetings.list_meetings()
    meeting_id = meetings[0].id
    window = MainWindow(services, AppSettings.open())
    window.set_current_meeting(meeting_id)
    if not overview:
        window.show_page(MeetingsPage)
    window.show()
    settle()
    gc.freeze()  # as the app does once its window is built (anmc_desktop/app.py)
    delegations = window.page(DelegationsPage)
    persons = window.page(PersonsPage)
    cities = window.page(CitiesPage)
    steps = {
        "delegations": Step("first paint: delegations list (+ members)", FIRST_PAINT_MS),
        "cold": Step("first paint: person search, first of session", FIRST_PAINT_MS),
        "cold listed": Step("  ... until its persons are listed", FIRST_PAINT_MS),
        "persons": Step("first paint: person search (all persons)", FIRST_PAINT_MS),
        "person form": Step("open person form (from search result)", FORM_MS),
        "member form": Step("open person form (from members panel)", FORM_MS),
        "city form": Step("open city form (time-zone completer)", FORM_MS),
        "status form": Step("open delegation status form", FORM_MS),
        "add delegation form": Step("open add delegation form", FORM_MS),
        "move form": Step("open move person form", FORM_MS),
        "meeting form": Step("open meeting form (host city chooser)", FORM_MS),
        "agenda": Step("first paint: agenda page", AGENDA_MS),
        "agenda form": Step("open agenda item form", FORM_MS),
    }
    keys: dict[str, Step] = {}
    # The first search of a session sorts the meeting's persons; later ones reuse that order.
    first_search(window, steps["cold"], steps["cold listed"])
    for _ in range(runs):
        first_paint(window, DelegationsPage, steps["delegations"])
        first_paint(window, PersonsPage, steps["persons"])
        window.show_page(PersonsPage)
        keystrokes(persons, keys)
        persons.query.clear()
        settle()
        persons.table.selectRow(persons.model.rowCount() // 2)

        def open_from_search() -> FormDialog | None:
            persons.open_selected()
            return persons.dialog

        form_opening(open_from_search, steps["person form"])
        window.show_page(DelegationsPage)
        settle()
        delegations.delegation_table.selectRow(len(delegations.delegations.rows()) // 2)
        delegations.member_table.selectRow(0)

        def open_from_members() -> FormDialog | None:
            delegations.edit_person()
            return delegations.dialog

        form_opening(open_from_members, steps["member form"])
        window.show_page(CitiesPage)
        settle()
        cities.table.selectRow(0)

        def open_city() -> FormDialog | None:
            cities.edit_city()
            return cities.dialog

        form_opening(open_city, steps["city form"])
        other_forms(window, steps)
    window.close()
    database.dispose()
    every_key = Step("search keystroke (all of them)", KEYSTROKE_MS)
    every_key.times_ms = [t for step in keys.values() for t in step.times_ms]
    return [*steps.values(), every_key, *keys.values()]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", type=Path, help="reuse (or create) this SQLite file")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument(
        "--without-overview",
        action="store_true",
        help="open on the Meetings page: no overview worker competes with the steps",
    )
    add_size_arguments(parser)
    arguments = sized(parser.parse_args(argv))
    home = Path(tempfile.mkdtemp(prefix="anmc-ui-bench-"))
    os.environ["ANMC_HOME"] = str(home)
    database_path = (arguments.database or home / "big.db").resolve()
    QApplication.instance() or QApplication([])
    if not database_path.exists():
        started = time.perf_counter()
        database = open_database(sqlite_url(database_path))
        generate_meeting(database, arguments.cities, arguments.persons, arguments.agenda_items)
        database.dispose()
        print(f"generated {database_path} in {time.perf_counter() - started:.1f} s")
    steps = run(database_path, arguments.runs, overview=not arguments.without_overview)
    print(f"{'step':<44}{'runs':>5}{'median':>10}{'worst':>10}{'target':>9}")
    for step in steps:
        print(step.row())
    return 0 if all(max(s.times_ms) < s.target_ms for s in steps) else 1


if __name__ == "__main__":
    sys.exit(main())
