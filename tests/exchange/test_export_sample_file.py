"""The sample meeting's delegation list as CSV, byte for byte the file it has always been
(BOM, quoting, guarded cells, times to the minute, labels, order): a faster way of reading
or writing the list must not change a byte of it."""

from __future__ import annotations

from pathlib import Path

import pytest

from anmc_desktop.exchange.delegation_list import COLUMNS, DEFAULT_COLUMNS, ListOptions, Order
from anmc_desktop.records.enums import PersonRole
from anmc_desktop.services import Services
from anmc_desktop.services.export_data import ExportFormat

EXPECTED = Path(__file__).parent / "expected"


@pytest.mark.parametrize(
    ("file_name", "options"),
    [
        (
            "sample_every_column.csv",
            ListOptions(columns=tuple(COLUMNS), include_placeholders=True),
        ),
        (
            "sample_by_role_no_heads.csv",
            ListOptions(
                columns=DEFAULT_COLUMNS,
                order=Order.ROLE,
                roles=frozenset(set(PersonRole) - {PersonRole.HEAD}),
            ),
        ),
    ],
)
def test_the_sample_meetings_list_is_the_file_it_has_always_been(
    services: Services, sample_meeting_id: int, file_name: str, options: ListOptions
):
    # GIVEN the sample meeting
    # WHEN its delegation list is exported as CSV with these choices
    data = services.delegation_list.render(sample_meeting_id, ExportFormat.CSV, options)

    # THEN the file is the one the export has always written
    assert data == (EXPECTED / file_name).read_bytes()
