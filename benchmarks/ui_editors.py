"""Time the programme, declaration and signatories editors on a large meeting.

Builds a meeting of 200 cities, 20,000 persons and 2,000 agenda items (``--size large``:
1,000, 100,000 and 10,000) with
``generate_meeting``, gives it a declaration of 30 clauses signed by all 200 delegations,
opens the main window offscreen and prints, per step, the median and the worst of
several runs (each step ends once the window has processed its events):

    python benchmarks/ui_editors.py [--size large] [--runs 5]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from anmc_desktop.db import open_database, sqlite_url
from anmc_desktop.records.declarations import DeclarationDraft, SignatoryChoice
from anmc_desktop.services import Services
from anmc_desktop.ui.forms.form_dialog import FormDialog
from anmc_desktop.ui.main_window import MainWindow
from anmc_desktop.ui.pages.agenda import AgendaPage
from anmc_desktop.ui.pages.declaration import DeclarationPage
from anmc_desktop.ui.pages.meetings import MeetingsPage
from anmc_desktop.ui.pages.signatories import SignatoriesPage
from anmc_desktop.ui.settings import AppSettings

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate_meeting import add_size_arguments, generate_meeting, sized


def timed(app: QApplication, step: Callable[[], object]) -> float:
    started = time.perf_counter()
    step()
    app.processEvents()
    return (time.perf_counter() - started) * 1000


def close_quietly(form: FormDialog | None) -> None:
    if form is not None:
        form.form.blockSignals(True)
        form.done(0)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    add_size_arguments(parser)
    arguments = sized(parser.parse_args(argv))
    runs = arguments.runs
    home = Path(tempfile.mkdtemp(prefix="anmc-bench-"))
    os.environ["ANMC_HOME"] = str(home)
    app = QApplication.instance() or QApplication([])
    database = open_database(sqlite_url(home / "big.db"))
    services = Services.on(database)
    meeting_id = generate_meeting(
        database, arguments.cities, arguments.persons, arguments.agenda_items
    )
    declaration = services.declarations.create(
        meeting_id,
        DeclarationDraft(title="Benchmark", clauses=tuple(f"Clause {n}." for n in range(30))),
    )
    delegations = services.delegations.list_delegations(meeting_id)
    services.declarations.set_signatories(
        declaration.id, [SignatoryChoice(d.id) for d in delegations]
    )
    window = MainWindow(services, AppSettings.open())
    window.set_current_meeting(meeting_id)
    window.show()
    app.processEvents()
    agenda = window.page(AgendaPage)
    declaration_page = window.page(DeclarationPage)
    signatories = window.page(SignatoriesPage)

    def away_then(page_type: type) -> Callable[[], object]:
        window.show_page(MeetingsPage)
        window.page(page_type).mark_stale()
        return lambda: window.show_page(page_type)

    def open_form() -> None:
        agenda.table.selectRow(0)
        agenda.edit_selected()

    def fresh_form() -> Callable[[], object]:
        close_quietly(agenda.form)
        return open_form

    def type_in_form() -> None:
        form = agenda.form
        assert form is not None
        form.title.insert("x")

    def move_signatory() -> None:
        signatories.table.selectRow(100)
        signatories.move_selected(-1)

    results: dict[str, list[float]] = {}

    def measure(name: str, prepare: Callable[[], Callable[[], object]]) -> None:
        results[name] = [timed(app, prepare()) for _ in range(runs)]

    measure("agenda page, first paint", lambda: away_then(AgendaPage))
    measure("agenda form, open", fresh_form)
    measure("agenda form, keystroke", lambda: type_in_form)
    close_quietly(agenda.form)
    measure("declaration page, first paint", lambda: away_then(DeclarationPage))
    measure("declaration, keystroke", lambda: lambda: declaration_page.form.title_edit.insert("x"))
    declaration_page.discard_changes()
    measure("signatories page, first paint", lambda: away_then(SignatoriesPage))
    measure("signatories, move one (edit + reload)", lambda: move_signatory)
    print(f"{'step':40} {'median ms':>10} {'worst ms':>10}")
    for name, times in results.items():
        print(f"{name:40} {statistics.median(times):10.0f} {max(times):10.0f}")
    window.undo_history.clear()
    window.close()
    database.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
