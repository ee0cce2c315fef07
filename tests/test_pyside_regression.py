"""PySide6 6.12.0 on CPython 3.11 aborts ("Fatal Python error: none_dealloc") after a few
thousand QStandardItemModel.appendRow calls; pyproject pins 6.11.x. This test would crash
the whole test run on an affected version."""

from __future__ import annotations

import PySide6
from PySide6.QtGui import QStandardItem, QStandardItemModel


def test_the_installed_pyside6_is_the_pinned_series():
    assert PySide6.__version__.startswith("6.11.")


def test_appending_fifty_thousand_rows_to_a_standard_item_model(qapp):
    model = QStandardItemModel()
    # Both overloads: one item, and a list of items (one per column).
    for number in range(0, 50_000, 2):
        model.appendRow(QStandardItem(str(number)))
        model.appendRow([QStandardItem(str(number + 1)), QStandardItem(f"row {number + 1}")])
    assert model.rowCount() == 50_000
    assert model.item(49_998, 0).text() == "49998"
    assert model.item(49_999, 1).text() == "row 49999"
