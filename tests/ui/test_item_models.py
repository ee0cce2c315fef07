"""Every table model of the window passes Qt's model tester and fetches rows in batches."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from anmc_desktop.services import Services
from anmc_desktop.ui.item_models.agenda import AgendaTableModel
from anmc_desktop.ui.item_models.cities import CityTableModel
from anmc_desktop.ui.item_models.delegations import DelegationTableModel
from anmc_desktop.ui.item_models.meetings import MeetingTableModel
from anmc_desktop.ui.item_models.persons import PersonTableModel
from anmc_desktop.ui.item_models.record_table import RECORD_ROLE, Column, RecordTableModel
from anmc_desktop.ui.item_models.signatories import SignatoryTableModel


def sample_rows(services: Services, meeting_id: int) -> dict[type[RecordTableModel], list]:
    declaration = services.declarations.get_for_meeting(meeting_id)
    assert declaration is not None
    tomsk = next(
        d for d in services.delegations.list_delegations(meeting_id) if d.city_name == "Tomsk"
    )
    return {
        MeetingTableModel: services.meetings.list_meetings(),
        CityTableModel: services.cities.list_cities(),
        DelegationTableModel: services.delegations.list_delegations(meeting_id),
        PersonTableModel: services.delegations.get_delegation(tomsk.id).persons,
        AgendaTableModel: services.agenda.list_items(meeting_id),
        SignatoryTableModel: services.declarations.list_signatories(declaration.id),
    }


MODEL_TYPES = [
    MeetingTableModel,
    CityTableModel,
    DelegationTableModel,
    PersonTableModel,
    AgendaTableModel,
    SignatoryTableModel,
]


@pytest.mark.parametrize("model_type", MODEL_TYPES, ids=lambda t: t.__name__)
def test_model_passes_the_qt_model_tester_empty_and_on_the_sample(
    model_type, qtmodeltester, services: Services, sample_meeting_id: int
):
    model = model_type()
    qtmodeltester.check(model)
    rows = sample_rows(services, sample_meeting_id)[model_type]
    model.set_rows(rows)
    qtmodeltester.check(model)
    assert model.rowCount() == len(rows) > 0
    assert model.index(0, 0).data(RECORD_ROLE) == rows[0]
    model.set_rows([])
    assert model.rowCount() == 0


class NumberModel(RecordTableModel[int]):
    columns = (Column("Number", str, align_right=True), Column("Square", lambda n: str(n * n)))


def test_a_long_list_is_exposed_in_batches_as_the_view_scrolls(qtbot: QtBot, qtmodeltester):
    # GIVEN 100,000 rows handed to a model
    model = NumberModel()
    model.set_rows(range(100_000))
    # THEN only the first batch is exposed, and more can be fetched
    assert model.rowCount() == NumberModel.batch_size
    assert model.canFetchMore(QModelIndex())
    # WHEN a view scrolls to the bottom
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.show()
    view.scrollToBottom()
    # THEN another batch arrives, and fetching to the end exposes every row
    assert model.rowCount() > NumberModel.batch_size
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == 100_000
    qtmodeltester.check(model)
    assert model.index(99_999, 1).data() == str(99_999 * 99_999)
