"""The signatories of a declaration, in signing order."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from anmc_desktop.records.declarations import SignatoryRecord
from anmc_desktop.ui.item_models.record_table import Column, RecordTableModel
from anmc_desktop.ui.labels import label
from anmc_desktop.ui.translation import translate


def signer_name(signatory: SignatoryRecord) -> str:
    return " ".join(part for part in (signatory.honorific, signatory.latin_name) if part)


def city_text(signatory: SignatoryRecord) -> str:
    return (
        translate("item_models.signatories", "{city_name} (host)").format(
            city_name=signatory.city_name
        )
        if signatory.is_host
        else signatory.city_name
    )


def credentials_text(signatory: SignatoryRecord) -> str:
    if signatory.credentials_received:
        return translate("item_models.signatories", "received")
    return translate("item_models.signatories", "missing")


class SignatoryTableModel(RecordTableModel[SignatoryRecord]):
    columns = (
        Column(QT_TRANSLATE_NOOP("columns", "Order"), lambda s: str(s.position), align_right=True),
        Column(QT_TRANSLATE_NOOP("columns", "City"), city_text),
        Column(QT_TRANSLATE_NOOP("columns", "Name"), signer_name),
        Column(QT_TRANSLATE_NOOP("columns", "Native name"), lambda s: s.native_name),
        Column(QT_TRANSLATE_NOOP("columns", "Official title"), lambda s: s.title),
        Column(QT_TRANSLATE_NOOP("columns", "Status"), lambda s: label(s.status)),
        Column(QT_TRANSLATE_NOOP("columns", "Full powers"), credentials_text),
        Column(
            QT_TRANSLATE_NOOP("columns", "Ad referendum"),
            lambda s: translate("item_models.signatories", "yes") if s.ad_referendum else "",
        ),
    )
