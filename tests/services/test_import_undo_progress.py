"""The undo of an import names its steps as it goes, and a cancel at any of them changes
nothing (issue 16, point 7): the undo is one transaction, rolled back."""

from __future__ import annotations

from pathlib import Path

import pytest

from anmc_desktop.progress import JobCancelledError, Progress
from anmc_desktop.records.meeting_transfer import IfAlreadyThere
from anmc_desktop.services import Services
from tests.exchange.import_helpers import two_guests_of_tomsk
from tests.exchange.meeting_files import exported, imported

MEETING_STEPS = [
    "Checking the records have not changed",
    "Putting back what it changed",
    "Removing what the import added",
    "Putting back what it removed",
]
PERSON_STEPS = [
    "Checking the records have not changed",
    "Removing what the import added",
    "Putting back what it changed",
]


class CancelAt:
    """A progress whose user presses Cancel once it names ``step``; notes every step."""

    def __init__(self, step: str | None = None) -> None:
        self.steps: list[str] = []
        self._step = step
        self.progress = Progress(self._heard)

    def _heard(self, name: str, _done: int, _total: int) -> None:
        if not self.steps or self.steps[-1] != name:
            self.steps.append(name)
        if name == self._step:
            self.progress.cancel()


def _persons(services: Services, meeting_id: int) -> int:
    return sum(d.person_count for d in services.delegations.list_delegations(meeting_id))


def _meeting_titles(services: Services) -> list[str]:
    return sorted(meeting.title for meeting in services.meetings.list_meetings())


@pytest.mark.parametrize("step", MEETING_STEPS)
def test_a_cancelled_meeting_import_undo_changes_nothing(
    services: Services, sample_meeting_id: int, step: str
) -> None:
    # GIVEN the sample meeting imported again, as an updated copy
    document = exported(services.meeting_transfer, sample_meeting_id)
    document["meeting"]["title"] = "A copy"
    result = imported(services.meeting_transfer, document, "copy.json", IfAlreadyThere.COPY)
    assert result.journal is not None
    titles = _meeting_titles(services)
    # WHEN its undo is cancelled at the step
    cancel = CancelAt(step)
    with pytest.raises(JobCancelledError):
        services.meeting_transfer.undo_import(result.journal, cancel.progress)
    # THEN the copy is still there, and the undo can still be done, naming every step
    assert _meeting_titles(services) == titles
    done = CancelAt()
    services.meeting_transfer.undo_import(result.journal, done.progress)
    assert done.steps == MEETING_STEPS
    assert _meeting_titles(services) == [t for t in titles if t != "A copy"]


@pytest.mark.parametrize("step", PERSON_STEPS)
def test_a_cancelled_person_import_undo_changes_nothing(
    services: Services, sample_meeting_id: int, tmp_path: Path, step: str
) -> None:
    # GIVEN two new persons of Tomsk imported
    importer, sheet, mapping = two_guests_of_tomsk(services, tmp_path)
    result = importer.apply(sample_meeting_id, sheet, mapping)
    count = _persons(services, sample_meeting_id)
    # WHEN its undo is cancelled at the step
    cancel = CancelAt(step)
    with pytest.raises(JobCancelledError):
        importer.undo(result, cancel.progress)
    # THEN both persons are still there, and the undo can still be done, naming every step
    assert _persons(services, sample_meeting_id) == count
    done = CancelAt()
    importer.undo(result, done.progress)
    assert done.steps == PERSON_STEPS
    assert _persons(services, sample_meeting_id) == count - 2
