"""Long work (printing, exporting, importing, backups, restores) off the window's thread,
with a progress dialog that names the step and can cancel; or, without a dialog, reading
that a page shows when it is ready (``start_in_background``).

The job runs on a thread of Qt's pool with services on a database engine of its own
(``Services.on_own_connection``: no SQLite connection is used by two threads), or with no
database connection at all (``run_off_thread``: backups and restores copy files); only
records and bytes come back. The window keeps repainting while it runs; the dialog is
window-modal, so the data the job reads cannot be changed under it from this window.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import suppress
from typing import Generic, TypeVar, cast

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QEventLoop,
    QObject,
    QRunnable,
    Qt,
    QThreadPool,
    Signal,
)
from PySide6.QtWidgets import QProgressDialog, QWidget

from anmc_desktop.progress import JobCancelledError, Progress
from anmc_desktop.services import Services
from anmc_desktop.ui.locale_format import number
from anmc_desktop.ui.translation import translate

T = TypeVar("T")
Job = Callable[[Services, Progress], T]
Work = Callable[[Progress], T]
SHOW_AFTER_MILLISECONDS = 400  # shorter jobs finish without a dialog flashing up


class _Signals(QObject):
    """Lives in the window's thread: a signal emitted on the worker's thread reaches
    its slots there, queued."""

    stepped = Signal(str, int, int)
    finished = Signal()


class _Worker(QRunnable, Generic[T]):
    def __init__(self, work: Work[T]) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.signals = _Signals()
        self.progress = Progress(self.signals.stepped.emit)
        self._work = work
        self.result: T | None = None
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            self.result = self._work(self.progress)
        except BaseException as error:  # handed to the window's thread, raised there
            self.error = error
        finally:
            # The app may have quit meanwhile (a page's reading still running): then the
            # signals are gone with it and nobody waits for the result.
            with suppress(RuntimeError):
                self.signals.finished.emit()


class ProgressDialog(QProgressDialog):
    """Names the step ("Drawing the pages: 1,200 of 20,000"), and Cancel."""

    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(title, translate("background", "Cancel"), 0, 0, parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumDuration(SHOW_AFTER_MILLISECONDS)
        self.setAutoClose(False)
        self.setAutoReset(False)

    def show_step(self, name: str, done: int, total: int) -> None:
        shown = translate("progress", name)
        self.setLabelText(
            translate("background", "{step}: {done} of {total}").format(
                step=shown, done=number(done), total=number(total)
            )
            if total
            else f"{shown}…"
        )
        self.setMaximum(total)
        self.setValue(done)


def run_in_background(
    parent: QWidget | None, title: str, services: Services, job: Job[T]
) -> T | None:
    """Run ``job`` on a worker thread, with the services on a connection of its own, while
    a progress dialog shows its steps (``run_off_thread``)."""

    def on_own_connection(progress: Progress) -> T:
        with services.on_own_connection() as own:
            return job(own, progress)

    return run_off_thread(parent, title, on_own_connection)


def run_off_thread(parent: QWidget | None, title: str, work: Work[T]) -> T | None:
    """Run ``work`` on a worker thread while a progress dialog shows its steps; return
    what it returns, or None if the user cancelled (the work then wrote nothing). An
    exception of the work is raised here, on the window's thread."""
    dialog = ProgressDialog(title, parent)
    worker: _Worker[T] = _Worker(work)
    worker.signals.stepped.connect(dialog.show_step)
    dialog.canceled.connect(worker.progress.cancel)
    loop = QEventLoop()
    worker.signals.finished.connect(loop.quit)
    QThreadPool.globalInstance().start(worker)
    loop.exec()
    dialog.canceled.disconnect(worker.progress.cancel)
    dialog.close()
    dialog.deleteLater()
    if isinstance(worker.error, JobCancelledError):
        return None
    if worker.error is not None:
        raise worker.error
    return worker.result


_running: set[_Worker] = set()


def jobs_running() -> bool:
    """Whether a job of ``start_in_background`` has not handed over its result yet."""
    return bool(_running)


def start_in_background(
    services: Services,
    job: Callable[[Services], T],
    done: Callable[[T], None],
    still_wanted: Callable[[], bool] = lambda: True,
) -> None:
    """Run ``job`` on a worker thread and hand what it returns to ``done`` on the window's
    thread; the window stays usable meanwhile. An exception of the job is raised there,
    unless ``still_wanted`` says by then that no one waits for the job any more (its
    records may have gone meanwhile, e.g. a meeting whose import was undone)."""

    def on_own_connection(_progress: Progress) -> T:
        with services.on_own_connection() as own:
            return job(own)

    worker: _Worker[T] = _Worker(on_own_connection)
    _running.add(worker)

    def finished() -> None:
        _running.discard(worker)
        if not still_wanted():
            return
        if worker.error is not None:
            raise worker.error
        done(cast(T, worker.result))  # set, since the job raised nothing

    worker.signals.finished.connect(finished)
    QThreadPool.globalInstance().start(worker)


# The steps of long jobs that the progress dialog names, wherever they are taken (printing,
# commands and services name them in English; the dialog shows them translated).
STEP_NAMES = (
    QT_TRANSLATE_NOOP("progress", "Drawing the pages"),
    QT_TRANSLATE_NOOP("progress", "Gathering the records"),
    QT_TRANSLATE_NOOP("progress", "Writing the file"),
    QT_TRANSLATE_NOOP("progress", "Reading the file"),
    QT_TRANSLATE_NOOP("progress", "Building the list"),
    QT_TRANSLATE_NOOP("progress", "Exporting the agenda"),
    QT_TRANSLATE_NOOP("progress", "Exporting the meeting file"),
    QT_TRANSLATE_NOOP("progress", "Exporting the declaration"),
    QT_TRANSLATE_NOOP("progress", "Importing the meeting"),
    QT_TRANSLATE_NOOP("progress", "Checking the rows"),
    QT_TRANSLATE_NOOP("progress", "Writing the persons"),
    QT_TRANSLATE_NOOP("progress", "Copying the pages"),
    QT_TRANSLATE_NOOP("progress", "Checking the copy"),
    QT_TRANSLATE_NOOP("progress", "Checking the backup"),
    QT_TRANSLATE_NOOP("progress", "Migrating the backup"),
    QT_TRANSLATE_NOOP("progress", "Replacing the database"),
)
