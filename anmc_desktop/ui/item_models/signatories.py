"""The signatories of a declaration, in signing order."""

from __future__ import annotations

from anmc_desktop.records.declarations import SignatoryRecord
from anmc_desktop.ui.item_models.record_table import Column, RecordTableModel


def signer_name(signatory: SignatoryRecord) -> str:
    return " ".join(part for part in (signatory.honorific, signatory.latin_name) if part)


def city_text(signatory: SignatoryRecord) -> str:
    return f"{signatory.city_name} (host)" if signatory.is_host else signatory.city_name


class SignatoryTableModel(RecordTableModel[SignatoryRecord]):
    columns = (
        Column("Order", lambda s: str(s.position), align_right=True),
        Column("City", city_text),
        Column("Name", signer_name),
        Column("Native name", lambda s: s.native_name),
        Column("Title", lambda s: s.title),
        Column("Status", lambda s: s.status.label),
        Column("Full powers", lambda s: "received" if s.credentials_received else "missing"),
        Column("Ad referendum", lambda s: "yes" if s.ad_referendum else ""),
    )
