"""What importing a meeting file may do with a meeting that is already here, and what it did."""

from __future__ import annotations

import enum
from dataclasses import dataclass

from anmc_desktop.errors import UserFacingError
from anmc_desktop.records.import_journal import ImportJournal


class IfAlreadyThere(enum.Enum):
    """What to do when the file's meeting (by its identity) is in the database already."""

    REFUSE = "refuse"
    COPY = "copy"  # a separate meeting, with identities of its own
    UPDATE = "update"  # bring the file's records into the meeting, in one transaction


@dataclass(frozen=True)
class MeetingImport:
    meeting_id: int
    updated: bool  # True if an existing meeting took the file's records
    changes: tuple[str, ...]  # what an update changed, one line each ("meeting.venue: ...")
    unknown_keys: tuple[str, ...]  # where the file holds keys this version does not know
    written: bool = True  # False for a dry run: ``changes`` is what the import would do
    # How the file's cities were found here where not by their English names, one line
    # each ("cities[2]: 'Tomsk Region' matched Tomsk by alias").
    city_matches: tuple[str, ...] = ()
    # What the import wrote, to undo it (MeetingTransferService.undo_import); None for a
    # dry run.
    journal: ImportJournal | None = None


class MeetingAlreadyThereError(UserFacingError):
    """The file's meeting is in the database already; the organizer must choose."""

    def __init__(self, source: str, meeting_id: int, title: str) -> None:
        self.meeting_id = meeting_id
        self.title = title
        super().__init__(
            f"{source} holds {title}, which is already here (meeting {meeting_id}); "
            "nothing was imported. Import it as a copy (a separate meeting, --as-copy) or "
            "update the meeting from the file (--update)."
        )
