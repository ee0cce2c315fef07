"""Long work (printing, exporting, importing, backups, restores) off the window's thread,
with a progress dialog that names the step and can cancel; or, without a dialog, reading
that a page shows when it is ready (``start_in_background``; the page may stop it when it
is left, ``start_cancellable_in_background``), or work on files that the window waits for
only when it must (``start_off_thread``: automatic backups).

The job runs on a thread of Qt's pool with services on a database engine of its own
(``Services.on_own_connection``: no SQLite connection is used by two threads), or with no
database connection at all (``run_off_thread``: backups and restores copy files); only
records and bytes come back. The window keeps repainting while it runs; the dialog is
window-modal, so the data the job reads cannot be changed under it from this window.
"""

from __future__ import annotations

import threading
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
from PySide6.QtWidgets import QProgressBar, QProgressDialog, QPushButton, QWidget

from anmc_desktop.progress import JobCancelledError, Progress
from anmc_desktop.services import Services
from anmc_desktop.ui.locale_format import number
from anmc_desktop.ui.long_lived import keep_out_of_collections
from anmc_desktop.ui.translation import translate

T = TypeVar("T")
Job = Callable[[Services, Progress], T]
Work = Callable[[Progress], T]
SHOW_AFTER_MILLISECONDS = 400  # shorter jobs finish without a dialog flashing up
MINIMUM_WIDTH_IN_CHARACTERS = 50


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
        self.ended = threading.Event()

    def run(self) -> None:
        try:
            self.result = self._work(self.progress)
        except BaseException as error:  # handed to the window's thread, raised there
            self.error = error
        finally:
            self.ended.set()
            # The app may have quit meanwhile (a page's reading still running): then the
            # signals are gone with it and nobody waits for the result.
            with suppress(RuntimeError):
                self.signals.finished.emit()


class ProgressDialog(QProgressDialog):
    """Names the step ("Drawing the pages: 1,200 of 20,000"), and Cancel (or Escape).

    Once cancelled it stays up, saying so, until the job has stopped (at its next step,
    rolling back): the window is not usable again while the job still runs. It is wide
    enough for most steps' names, so that it does not change its width at each step."""

    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(title, translate("background", "Cancel"), 0, 0, parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.setMinimumDuration(SHOW_AFTER_MILLISECONDS)
        # Starts the clock of the minimum duration: else a job whose first step has a
        # count, and that is slow to report the next one, would never show the dialog.
        self.setValue(0)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * MINIMUM_WIDTH_IN_CHARACTERS)
        self._bar = self.findChild(QProgressBar)
        self._bar.setAccessibleName(title)
        self.canceled.connect(self._cancelling)

    def show_step(self, name: str, done: int, total: int) -> None:
        if self.wasCanceled():
            return  # the job stops at this step; "Cancelling" stays shown
        shown = translate("progress", name)
        self._show_label(
            translate("background", "{step}: {done} of {total}").format(
                step=shown, done=number(done), total=number(total)
            )
            if total
            else f"{shown}…"
        )
        self.setMaximum(total)
        self.setValue(done)

    def _cancelling(self) -> None:
        self._show_label(translate("background", "Cancelling…"))
        self.setMaximum(0)
        self.findChild(QPushButton).setEnabled(False)
        self.show()

    def _show_label(self, text: str) -> None:
        self.setLabelText(text)
        self._bar.setAccessibleDescription(text)


def run_in_background(
    parent: QWidget | None, title: str, services: Services, job: Job[T]
) -> T | None:
    """Run ``job`` on a worker thread, with the services on a connection of its own, while
    a progress dialog shows its steps (``run_off_thread``)."""
    try:
        return run_in_background_or_raise(parent, title, services, job)
    except JobCancelledError:
        return None


def run_in_background_or_raise(
    parent: QWidget | None, title: str, services: Services, job: Job[T]
) -> T:
    """``run_in_background``, but a cancel raises JobCancelledError: for an undo or redo,
    whose history must know that it changed nothing."""

    def on_own_connection(progress: Progress) -> T:
        with services.on_own_connection() as own:
            return job(own, progress)

    return _with_progress_dialog(parent, title, on_own_connection)


def run_off_thread(parent: QWidget | None, title: str, work: Work[T]) -> T | None:
    """Run ``work`` on a worker thread while a progress dialog shows its steps; return
    what it returns, or None if the user cancelled (the work then wrote nothing). An
    exception of the work is raised here, on the window's thread."""
    try:
        return _with_progress_dialog(parent, title, work)
    except JobCancelledError:
        return None


def _with_progress_dialog(parent: QWidget | None, title: str, work: Work[T]) -> T:
    worker: _Worker[T] = _Worker(work)
    _wait_with_dialog(worker, title, parent, start=True)
    if worker.error is not None:
        raise worker.error
    return cast(T, worker.result)  # set, since the work raised nothing


def _wait_with_dialog(
    worker: _Worker[T], title: str, parent: QWidget | None, *, start: bool = False
) -> None:
    """Wait for the worker to end (``start``: start it once the dialog hears of its
    steps), the window repainting, while a progress dialog shows its steps; its Cancel
    cancels the worker."""
    dialog = ProgressDialog(title, parent)
    worker.signals.stepped.connect(dialog.show_step)
    dialog.canceled.connect(worker.progress.cancel)
    loop = QEventLoop()
    worker.signals.finished.connect(loop.quit)
    if start:
        QThreadPool.globalInstance().start(worker)
    if not worker.ended.is_set():  # checked once connected: its end cannot slip by
        loop.exec()
    dialog.canceled.disconnect(worker.progress.cancel)
    dialog.close()
    dialog.deleteLater()


_running: set[_Worker] = set()


def jobs_running() -> bool:
    """Whether a job of ``start_in_background`` has not handed over its result yet."""
    return bool(_running)


class Task(Generic[T]):
    """Work running on a worker thread without a dialog (``start_off_thread``)."""

    def __init__(self, worker: _Worker[T]) -> None:
        self._worker = worker

    @property
    def running(self) -> bool:
        return not self._worker.ended.is_set()

    def cancel(self) -> None:
        """Its next ``Progress.step`` raises JobCancelledError."""
        self._worker.progress.cancel()

    def wait(self, title: str, parent: QWidget | None) -> None:
        """Wait until it ended, the window repainting; after a moment a progress dialog
        names its step, and its Cancel cancels the work."""
        if self.running:
            _wait_with_dialog(self._worker, title, parent)


def start_off_thread(
    work: Work[T],
    done: Callable[[T], None],
    failed: Callable[[BaseException], None] | None = None,
    still_wanted: Callable[[], bool] = lambda: True,
) -> Task[T]:
    """Run ``work`` on a worker thread and hand what it returns to ``done`` on the window's
    thread (or the exception it raised to ``failed``; without ``failed`` it is raised
    there), unless ``still_wanted`` says by then that no one waits for it any more."""
    worker: _Worker[T] = _Worker(work)
    _running.add(worker)

    def finished() -> None:
        _running.discard(worker)
        cancelled = isinstance(worker.error, JobCancelledError) and worker.progress.cancelled
        if cancelled or not still_wanted():
            return
        if worker.error is not None:
            if failed is None:
                raise worker.error
            failed(worker.error)
            return
        done(cast(T, worker.result))  # set, since the work raised nothing

    worker.signals.finished.connect(finished)
    QThreadPool.globalInstance().start(worker)
    return Task(worker)


def start_in_background(
    services: Services,
    job: Callable[[Services], T],
    done: Callable[[T], None],
    still_wanted: Callable[[], bool] = lambda: True,
) -> None:
    """Run ``job`` on a worker thread and hand what it returns to ``done`` on the window's
    thread; the window stays usable meanwhile. An exception of the job is raised there,
    unless ``still_wanted`` says by then that no one waits for the job any more (its
    records may have gone meanwhile, e.g. a meeting whose import was undone). What ``done``
    keeps lives until the page reads again: it is frozen (ui/long_lived.py)."""
    start_cancellable_in_background(services, lambda own, _progress: job(own), done, still_wanted)


def start_cancellable_in_background(
    services: Services,
    job: Callable[[Services, Progress], T],
    done: Callable[[T], None],
    still_wanted: Callable[[], bool] = lambda: True,
) -> Task[T]:
    """``start_in_background`` for a job that takes steps (``Progress``): the returned
    task's ``cancel`` stops it at its next step, and nothing reaches ``done``."""

    def on_own_connection(progress: Progress) -> T:
        with services.on_own_connection() as own:
            return job(own, progress)

    def kept(result: T) -> None:
        done(result)
        keep_out_of_collections()

    return start_off_thread(on_own_connection, kept, still_wanted=still_wanted)


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
    QT_TRANSLATE_NOOP("progress", "Checking the records have not changed"),
    QT_TRANSLATE_NOOP("progress", "Putting back what it changed"),
    QT_TRANSLATE_NOOP("progress", "Removing what the import added"),
    QT_TRANSLATE_NOOP("progress", "Putting back what it removed"),
)
