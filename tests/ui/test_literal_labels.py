"""Text the user typed appears in labels as typed: never read as markup."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt

from anmc_desktop.records.meetings import draft_of
from anmc_desktop.services import Services
from anmc_desktop.ui.main_window import MainWindow
from anmc_desktop.ui.pages.delegations import DelegationsPage


def test_a_meeting_title_with_markup_is_shown_literally(
    window: MainWindow, services: Services, sample_meeting_id: int
) -> None:
    meeting = services.meetings.get(sample_meeting_id)
    services.meetings.update(
        sample_meeting_id,
        dataclasses.replace(draft_of(meeting), title='<b>13th</b> <img src="x.png">'),
    )
    window.set_current_meeting(sample_meeting_id)
    page = window.show_page(DelegationsPage)
    assert page.heading.textFormat() == Qt.TextFormat.PlainText
    assert page.heading.text() == 'Delegations: <b>13th</b> <img src="x.png">'
    assert page.members_heading.textFormat() == Qt.TextFormat.PlainText
