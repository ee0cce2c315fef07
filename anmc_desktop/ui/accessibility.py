"""What a screen reader hears: names, error descriptions, announcements and headings.

Qt reads a widget's accessible name from ``setAccessibleName``, else from a label whose
buddy it is (only when the label shares the widget's parent), else from its own text. Forms
and pages here name their fields explicitly, so a field reads out its label wherever it
sits in the layout. An error beside a field becomes the field's accessible description and
is announced, so that a user who cannot see the message hears it.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import (
    QAccessible,
    QAccessibleAnnouncementEvent,
    QAccessibleEvent,
    QAccessibleInterface,
)
from PySide6.QtWidgets import QAccessibleWidget, QLabel, QWidget

HEADING_PROPERTY = "anmcHeading"


def strip_mnemonic(text: str) -> str:
    """ "Sort &by:" reads "Sort by" ("&&" is a literal ampersand); no trailing colon."""
    placeholder = "\0"
    plain = text.replace("&&", placeholder).replace("&", "").replace(placeholder, "&")
    return plain.strip().rstrip(":").rstrip()


def accessible_name(widget: QWidget) -> str:
    """The name a screen reader reads for the widget (Qt's accessibility interface)."""
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name) if interface is not None else ""


def give_name(widget: QWidget, text: str) -> None:
    """Give the widget a name unless it already has one of its own."""
    if not widget.accessibleName():
        widget.setAccessibleName(strip_mnemonic(text))


def describe_error(widget: QWidget, reason: str) -> None:
    """Make ``reason`` the widget's description and have assistive technology say it
    ("" clears it, silently)."""
    if widget.accessibleDescription() == reason:
        return
    widget.setAccessibleDescription(reason)
    QAccessible.updateAccessibility(QAccessibleEvent(widget, QAccessible.Event.DescriptionChanged))
    announce(widget, reason)


def announce(widget: QWidget, message: str) -> None:
    """Have assistive technology say the message now (nothing for "")."""
    if message:
        announcement = QAccessibleAnnouncementEvent(widget, message)
        announcement.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive)
        QAccessible.updateAccessibility(announcement)


class _HeadingInterface(QAccessibleWidget):
    """A label read as a heading (the role Qt offers for it) with the label's text."""

    def __init__(self, label: QLabel) -> None:
        super().__init__(label, QAccessible.Role.Heading)
        self._label = label

    def text(self, kind: QAccessible.Text) -> str:
        if kind == QAccessible.Text.Name:
            return self._label.accessibleName() or self._label.text()
        return super().text(kind)


def _heading_factory(class_name: str, target: QObject) -> QAccessibleInterface | None:
    if class_name == "QLabel" and isinstance(target, QLabel) and target.property(HEADING_PROPERTY):
        return _HeadingInterface(target)
    return None


_factory_installed = False


def mark_heading(label: QLabel) -> None:
    """Expose the label as a heading to assistive technology (role Heading)."""
    global _factory_installed
    if not _factory_installed:
        QAccessible.installFactory(_heading_factory)
        _factory_installed = True
    label.setProperty(HEADING_PROPERTY, True)
