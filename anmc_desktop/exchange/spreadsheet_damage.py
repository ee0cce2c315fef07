"""Values a spreadsheet program is known to change when a list is opened and saved again:
a number's leading zeros or plus sign dropped, "1/2" or "3-4" turned into a date, a whole
number written as a decimal. An import that would overwrite a stored value with such a
damaged copy of it flags the row instead of offering it as an ordinary update."""

from __future__ import annotations

import re

_SHORT_FRACTION = re.compile(r"\d{1,2}\s*[/-]\s*\d{1,2}")
_DATE_TEXT = re.compile(
    r"\d{4}-\d{1,2}-\d{1,2}([ T]\d{1,2}:\d{2}(:\d{2})?)?"
    r"|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}"
    r"|\d{1,2}[- ][A-Za-z]{3,9}([- ]\d{2,4})?"
    r"|[A-Za-z]{3,9}[- ]\d{1,2}"
)


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def damage(stored: str, incoming: str) -> str | None:
    """How ``incoming`` looks like ``stored`` after a spreadsheet program changed it, or
    None when it looks like a real change."""
    stored, incoming = stored.strip(), incoming.strip()
    if not stored or not incoming or stored == incoming:
        return None
    digits = _digits(stored)
    if digits and digits[0] == "0" and incoming == digits.lstrip("0"):
        return "lost its leading zeros"
    if stored.startswith("+") and not incoming.startswith("+") and _digits(incoming) == digits:
        return "lost its leading +"
    if stored.isdigit() and incoming in {f"{stored}.0", f"{stored},0"}:
        return "became a decimal number"
    if _SHORT_FRACTION.fullmatch(stored) and _DATE_TEXT.fullmatch(incoming):
        return "was turned into a date"
    return None
