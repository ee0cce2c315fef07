"""The members of one delegation."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from anmc_desktop.records.persons import PersonRecord
from anmc_desktop.ui.item_models.record_table import Column, RecordTableModel
from anmc_desktop.ui.labels import label
from anmc_desktop.ui.translation import translate


def role_text(person: PersonRecord) -> str:
    role = label(person.role)
    if person.is_placeholder:
        return translate("item_models.persons", "{role} (placeholder)").format(role=role)
    return role


class PersonTableModel(RecordTableModel[PersonRecord]):
    columns = (
        Column(QT_TRANSLATE_NOOP("columns", "Honorific"), lambda p: p.honorific),
        Column(QT_TRANSLATE_NOOP("columns", "Latin name"), lambda p: p.latin_name),
        Column(QT_TRANSLATE_NOOP("columns", "Native name"), lambda p: p.native_name),
        Column(QT_TRANSLATE_NOOP("columns", "Position"), lambda p: p.position),
        Column(QT_TRANSLATE_NOOP("columns", "Role"), role_text),
    )

    def is_placeholder(self, record: PersonRecord, column: int) -> bool:
        return record.is_placeholder
