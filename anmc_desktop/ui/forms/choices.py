"""Combo boxes over the closed vocabularies (enums) and over records."""

from __future__ import annotations

from collections.abc import Iterable
from enum import Enum
from typing import TypeVar

from PySide6.QtWidgets import QComboBox

from anmc_desktop.models.enums import LabelledEnum

E = TypeVar("E", bound=LabelledEnum)


def enum_combo(choices: Iterable[E], current: E) -> QComboBox:
    """Each member shown by its label; ``currentData()`` is the member."""
    combo = QComboBox()
    for member in choices:
        combo.addItem(member.label, member)
    select_data(combo, current)
    return combo


def select_data(combo: QComboBox, value: Enum | int | None) -> None:
    index = combo.findData(value)
    if index >= 0:
        combo.setCurrentIndex(index)
