"""The row under the signing order that acts on the selected signatory: move it up or
down, its status, whether its full powers have arrived and whether it signs ad referendum."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QPushButton

from anmc_desktop.records.enums import SignatoryStatus
from anmc_desktop.ui.labels import label
from anmc_desktop.ui.translation import translate


@dataclass
class SignatoryControls:
    move_up_button: QPushButton
    move_down_button: QPushButton
    status_label: QLabel
    status: QComboBox
    credentials: QCheckBox
    ad_referendum: QCheckBox

    def row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        for widget in (
            self.move_up_button, self.move_down_button, self.status_label, self.status,
            self.credentials, self.ad_referendum,
        ):  # fmt: skip
            row.addWidget(widget)
        row.addStretch(1)
        return row


def signatory_controls() -> SignatoryControls:
    """The controls, not yet connected (the page connects them)."""
    move_up = QPushButton(translate("pages.signatories", "Move &up"))
    move_down = QPushButton(translate("pages.signatories", "Move do&wn"))
    move_up.setToolTip(
        translate("pages.signatories", "Sign earlier (Alt+Up); the order becomes set by hand")
    )
    move_down.setToolTip(
        translate("pages.signatories", "Sign later (Alt+Down); the order becomes set by hand")
    )
    status = QComboBox()
    status.setObjectName("signatory_status")
    for member in SignatoryStatus:
        status.addItem(label(member), member)
    status_label = QLabel(translate("pages.signatories", "&Status of the selected signatory:"))
    status_label.setBuddy(status)
    credentials = QCheckBox(translate("pages.signatories", "&Full powers received"))
    credentials.setToolTip(
        translate("pages.signatories", "The full powers or the credentials letter has arrived")
    )
    ad_referendum = QCheckBox(translate("pages.signatories", "Signs ad &referendum"))
    ad_referendum.setToolTip(
        translate("pages.signatories", "The signature is subject to confirmation by the city")
    )
    return SignatoryControls(move_up, move_down, status_label, status, credentials, ad_referendum)
