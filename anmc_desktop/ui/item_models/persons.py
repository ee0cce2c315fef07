"""The members of one delegation."""

from __future__ import annotations

from anmc_desktop.records.persons import PersonRecord
from anmc_desktop.ui.item_models.record_table import Column, RecordTableModel


def role_text(person: PersonRecord) -> str:
    return f"{person.role.label} (placeholder)" if person.is_placeholder else person.role.label


class PersonTableModel(RecordTableModel[PersonRecord]):
    columns = (
        Column("Honorific", lambda p: p.honorific),
        Column("Latin name", lambda p: p.latin_name),
        Column("Native name", lambda p: p.native_name),
        Column("Position", lambda p: p.position),
        Column("Role", role_text),
    )

    def is_placeholder(self, record: PersonRecord, column: int) -> bool:
        return record.is_placeholder
