"""Keep spreadsheet programs from evaluating exported text as a formula (CSV injection).

A CSV value that begins with a trigger character gets a leading apostrophe, which Excel,
LibreOffice and Google Sheets show as text; an import takes that apostrophe off again.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# ASCII triggers, plus the full-width forms that Japanese Excel also evaluates.
TRIGGERS = frozenset("=+-@\t\r\n＝＋－＠")
GUARD = "'"
# Characters a spreadsheet may pass over before a trigger, so that they hide one: spaces,
# and the invisible ones (zero-width space, joiners, word joiner, byte order mark,
# direction marks, embeddings, overrides and isolates).
_SKIPPED = (
    " \u00a0\u061c\u200b\u200c\u200d\u200e\u200f"
    "\u202a\u202b\u202c\u202d\u202e\u2060\u2066\u2067\u2068\u2069\ufeff"
)


def needs_guard(value: str) -> bool:
    """True for text a spreadsheet could evaluate, also after leading spaces, invisible
    characters or a guard."""
    stripped = value.lstrip(_SKIPPED)
    if not stripped:
        return False
    if stripped[0] in TRIGGERS:
        return True
    # "'=1" must survive a round trip: guard it too, so that import removes only ours.
    return stripped[0] == GUARD and needs_guard(stripped[1:])


_MAY_NEED_GUARD = TRIGGERS | set(_SKIPPED) | {GUARD}


def guard(value: str) -> str:
    if not value or value[0] not in _MAY_NEED_GUARD:  # the common case, checked fast
        return value
    if value[0] in TRIGGERS:  # needs_guard's answer, sooner (a phone number's "+")
        return GUARD + value
    return GUARD + value if needs_guard(value) else value


# A value that may need a guard, in values joined with NUL before each: every value's
# first character follows a NUL. A NUL inside a value can only add a false alarm.
_ANY_MAY_NEED_GUARD = re.compile(
    "\0[" + "".join(re.escape(character) for character in sorted(_MAY_NEED_GUARD)) + "]"
)


def guard_all(values: Sequence[str]) -> Sequence[str]:
    """``guard`` of each value; the values themselves when none could need it.

    One regular-expression search over the joined values (C speed) clears most columns
    of a list at once; a column where it finds a candidate is guarded value by value.
    """
    if _ANY_MAY_NEED_GUARD.search("\0" + "\0".join(values)) is None:
        return values
    return [
        GUARD + value  # guard's answer for a trigger at the start, without a call
        if (first := value[:1]) in TRIGGERS
        else guard(value)
        if first in _MAY_NEED_GUARD
        else value
        for value in values
    ]


def unguard(value: str) -> str:
    """The inverse of ``guard`` for text read back from a CSV file."""
    if value.startswith(GUARD) and needs_guard(value[1:]):
        return value[1:]
    return value
