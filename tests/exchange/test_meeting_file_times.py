"""Times in a meeting file are wall-clock times in the host city's zone, never offsets."""

from __future__ import annotations

import pytest
from meeting_files import exported, refused, set_at

from anmc_desktop.services import Services
from anmc_desktop.services.meeting_transfer import MeetingTransferService


@pytest.mark.parametrize(
    ("where", "moment"),
    [
        (("agenda", 0, "starts_at"), "2014-09-04T09:00:00+07:00"),
        (("agenda", 0, "ends_at"), "2014-09-04T23:00:00Z"),
        (("delegations", 0, "persons", 0, "arrival"), "2014-09-03T22:15:00-05:00"),
    ],
)
def test_a_time_with_an_offset_is_refused_and_nothing_is_written(
    services: Services, sample_meeting_id: int, where: tuple, moment: str
):
    # GIVEN an exported meeting where one time carries a time-zone offset
    document = exported(MeetingTransferService(services.database), sample_meeting_id)
    set_at(document, where, moment)

    # WHEN it is imported THEN nothing is written (refused() checks), and the error names
    # the field and says why
    message = refused(services, document, "offset.json")
    assert f".{where[-1]}: {moment!r} carries a time zone" in message
    assert "wall-clock time" in message
