"""The checks and editors of the declaration page's fields."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

from anmc_desktop.ui.forms.field_form import Check
from anmc_desktop.ui.forms.ordered_list import ParagraphList
from anmc_desktop.ui.translation import translate


def multi_line(lines: int) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(edit.fontMetrics().height() * lines + 12)
    return edit


def required(edit: QLineEdit) -> Check:
    return lambda: None if edit.text().strip() else translate("pages.declaration", "is required.")


def no_empty(paragraphs: ParagraphList) -> Check:
    def check() -> str | None:
        empty = [n for n, text in enumerate(paragraphs.values(), start=1) if not text.strip()]
        if not empty:
            return None
        return translate("pages.declaration", "paragraph {value} has no text.").format(
            value=", ".join(map(str, empty))
        )

    return check
