"""The export service reads every participant of a meeting with their city and status."""

from __future__ import annotations

from anmc_desktop.exchange.csv_writer import write_csv
from anmc_desktop.exchange.delegation_list import ListOptions, build_table
from anmc_desktop.records.enums import PersonRole
from anmc_desktop.services import Services
from anmc_desktop.services.export_data import ExportDataService


def test_participants_of_the_sample_meeting_become_a_csv_list(
    services: Services, sample_meeting_id: int
):
    # GIVEN the sample meeting
    expected = sum(d.person_count for d in services.delegations.list_delegations(sample_meeting_id))

    # WHEN its participants are read and written as CSV (placeholders included)
    data = ExportDataService(services.database).participants(sample_meeting_id)
    table = build_table(
        data.meeting.title, data.participants, ListOptions(include_placeholders=True)
    )
    text = write_csv(table).decode("utf-8-sig")

    # THEN every person is there, with their city, and the names in native script
    assert len(data.participants) == expected
    assert len(table.rows) == expected
    assert "Tomsk" in text and "Attending" in text
    assert {p.role for p in data.participants} >= {PersonRole.HEAD}
    assert data.meeting.id == sample_meeting_id
