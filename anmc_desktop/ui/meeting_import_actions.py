"""File > Import > A meeting file: the import, what to do with a meeting that is here
already, what was done, and its undo."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from anmc_desktop.errors import UserFacingError
from anmc_desktop.exchange.meeting_file import read_meeting_file
from anmc_desktop.progress import JobCancelledError, Progress
from anmc_desktop.records.meeting_transfer import (
    IfAlreadyThere,
    MeetingAlreadyThereError,
    MeetingImport,
)
from anmc_desktop.services import Services
from anmc_desktop.ui import messages
from anmc_desktop.ui.background import run_in_background_or_raise
from anmc_desktop.ui.menu_host import MenuHost
from anmc_desktop.ui.translation import translate

MEETING_FILES = QT_TRANSLATE_NOOP("exchange_menu", "ANMC meeting files (*.json)")


def import_meeting(window: MenuHost) -> int | None:
    """Import a meeting file; a meeting that is here already is updated or copied only
    as the organizer chooses. Returns the meeting's id, None if nothing was imported."""
    source = messages.open_file(
        window,
        translate("exchange_menu", "Import a meeting"),
        translate("exchange_menu", MEETING_FILES),
    )
    if source is None:
        return None
    choice = IfAlreadyThere.REFUSE
    try:
        data = read_meeting_file(source)
        try:
            result = _import_in_background(window, data, source.name)
        except MeetingAlreadyThereError as already_there:
            choice = _what_to_do(window, already_there)
            if choice is None:
                return None
            if choice is IfAlreadyThere.UPDATE and not _changes_accepted(
                window,
                window.services.meeting_transfer.import_meeting(
                    data, source.name, choice, dry_run=True
                ),
            ):
                return None
            result = _import_in_background(window, data, source.name, choice)
    except (UserFacingError, OSError) as error:
        messages.error(
            window, translate("exchange_menu", "The meeting was not imported"), str(error)
        )
        return None
    if result is None:
        return None  # cancelled before anything was written
    _record_undo(window, data, source.name, choice, result)
    window.reload_all()
    window.set_current_meeting(result.meeting_id)
    _tell_what_was_done(window, source.name, result)
    return result.meeting_id


def _record_undo(
    window: MenuHost, data: bytes, source: str, choice: IfAlreadyThere, result: MeetingImport
) -> None:
    """Edit > Undo takes the import back (a new meeting and all it brought, or what an
    update changed); Redo imports the file again, as the organizer chose."""
    meeting_before = window.meeting.id if window.meeting else None
    applied = {"result": result}

    def undo() -> None:
        journal = applied["result"].journal
        if journal is not None:

            def take_back(own: Services, progress: Progress) -> None:
                own.meeting_transfer.undo_import(journal, progress)

            run_in_background_or_raise(
                window, translate("undo", "Undo the import"), window.services, take_back
            )
        # The meeting first: pages reloading must not look for a meeting that is gone.
        window.set_current_meeting(
            applied["result"].meeting_id if applied["result"].updated else meeting_before
        )
        window.reload_all()

    def redo() -> None:
        applied["result"] = _import_off_thread(
            window, translate("undo", "Redo the import"), data, source, choice
        )
        window.set_current_meeting(applied["result"].meeting_id)
        window.reload_all()

    window.undo_history.record(
        translate("exchange_menu", "Import {source}").format(source=source), undo, redo
    )


def _import_in_background(
    window: MenuHost,
    data: bytes,
    source: str,
    choice: IfAlreadyThere = IfAlreadyThere.REFUSE,
) -> MeetingImport | None:
    """The import on a worker thread; a meeting already here raises as it would here.
    None if the organizer cancelled."""
    try:
        return _import_off_thread(
            window, translate("exchange_menu", "Import a meeting"), data, source, choice
        )
    except JobCancelledError:
        return None


def _import_off_thread(
    window: MenuHost, title: str, data: bytes, source: str, choice: IfAlreadyThere
) -> MeetingImport:
    """The import on a worker thread; a cancel raises JobCancelledError."""

    def run(own: Services, progress: Progress) -> MeetingImport:
        progress.step("Importing the meeting")
        return own.meeting_transfer.import_meeting(data, source, choice, progress=progress)

    return run_in_background_or_raise(window, title, window.services, run)


def _what_to_do(window: MenuHost, already_there: MeetingAlreadyThereError) -> IfAlreadyThere | None:
    update = messages.choose(
        window,
        translate("exchange_menu", "The meeting is already here"),
        translate(
            "exchange_menu",
            "{title} is already here. Update it from the file, or import "
            "the file as a separate copy?",
        ).format(title=already_there.title),
        yes=translate("exchange_menu", "Update it from the file"),
        no=translate("exchange_menu", "Import a separate copy"),
        details=translate(
            "exchange_menu",
            "An update changes and adds what the file holds, and keeps what it does not.",
        ),
    )
    if update is None:
        return None
    return IfAlreadyThere.UPDATE if update else IfAlreadyThere.COPY


def _changes_accepted(window: MenuHost, rehearsal: MeetingImport) -> bool:
    """Show what an update would change before anything is written."""
    count = len(rehearsal.changes)
    if not count:
        messages.inform(
            window,
            translate("exchange_menu", "Nothing to update"),
            translate("exchange_menu", "The file holds no changes to the meeting."),
        )
        return False
    return messages.ask(
        window,
        translate("exchange_menu", "Update the meeting?"),
        translate(
            "exchange_menu",
            "The file changes %n thing(s) in the meeting (see the details). Apply the changes?",
            None,
            count,
        ),
        details=_first_lines((*rehearsal.changes, *rehearsal.city_matches)),
        yes_default=True,
    )


def _first_lines(lines: tuple[str, ...], shown: int = 25) -> str:
    more = len(lines) - shown
    and_more = translate("exchange_menu", "\n... and {more} more").format(more=more)
    return "\n".join(lines[:shown]) + (and_more if more > 0 else "")


def _tell_what_was_done(window: MenuHost, source: str, result: MeetingImport) -> None:
    details = []
    if result.updated:
        details.append(
            translate("exchange_menu", "Changes:\n")
            + ("\n".join(result.changes) or translate("exchange_menu", "none"))
        )
    if result.city_matches:
        details.append(
            translate("exchange_menu", "Cities found by another name:\n")
            + "\n".join(result.city_matches)
        )
    if result.unknown_keys:
        details.append(
            translate("exchange_menu", "Unknown keys, ignored:\n") + "\n".join(result.unknown_keys)
        )
    title, text = (
        (
            translate("exchange_menu", "Meeting updated"),
            translate("exchange_menu", "{source} was imported into the meeting.").format(
                source=source
            ),
        )
        if result.updated
        else (
            translate("exchange_menu", "Meeting imported"),
            translate("exchange_menu", "{source} was imported as a new meeting.").format(
                source=source
            ),
        )
    )
    messages.inform(window, title, text, "\n\n".join(details))
