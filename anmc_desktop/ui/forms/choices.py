"""Combo boxes over the closed vocabularies (enums) and over records."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Generic, TypeVar

from PySide6.QtWidgets import QComboBox, QWidget

from anmc_desktop.records.enums import LabelledEnum
from anmc_desktop.ui.labels import label

E = TypeVar("E", bound=LabelledEnum)


class EnumCombo(QComboBox, Generic[E]):
    """Each member shown by its label; ``value()`` is the chosen member.

    (Qt hands a string enum back as a plain ``str``; ``value()`` makes it a member again.)
    """

    def __init__(
        self, enum_class: type[E], choices: Iterable[E], current: E, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._enum_class = enum_class
        for member in choices:
            self.addItem(label(member), member.value)
        select_data(self, current.value)

    def value(self) -> E:
        return self._enum_class(self.currentData())

    def set_value(self, member: E) -> None:
        select_data(self, member.value)


def enum_combo(enum_class: type[E], current: E) -> EnumCombo[E]:
    """A combo over every member of ``enum_class``."""
    return EnumCombo(enum_class, enum_class, current)


def select_data(combo: QComboBox, value: str | int | None) -> None:
    index = combo.findData(value)
    if index >= 0:
        combo.setCurrentIndex(index)
