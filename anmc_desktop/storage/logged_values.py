"""How values are written into the change log: as JSON holds them, personal ones hidden."""

from __future__ import annotations

import datetime as dt
import enum
import json
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

# What the log holds instead of a personal value (a column with info={"personal": True},
# such as a passport number): that it changed, never what it was or became.
PERSONAL_VALUE = "(personal data)"


def as_logged(values: Sequence[Any], personal: list[int], moments: list[int]) -> list[Any]:
    """The values with those at the ``personal`` indexes hidden and the dates and times at
    ``moments`` as plain() gives them (faster than the JSON encoder's call of plain() for
    each); only their own looked at: a bulk insert of 100,000 persons has 30 values each."""
    shown = list(values)
    for index in personal:
        shown[index] = hidden(shown[index])
    for index in moments:
        if (moment := shown[index]) is not None:
            shown[index] = moment.isoformat()
    return shown


NOTHING_TO_HIDE = (None, "")


def hidden(value: object) -> object:
    """A personal value as logged: only whether there is one."""
    return value if value in NOTHING_TO_HIDE else PERSONAL_VALUE


def plain(value: object) -> Any:
    """A value as JSON can hold it: dates as ISO text, enums as their value."""
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, enum.Enum):
        return plain(value.value)
    if isinstance(value, dt.date | dt.datetime | dt.time):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return repr(value)


def _plain_in_bulk(value: object) -> Any:
    """plain() of a value the JSON encoder cannot write itself: nearly always a date or
    time (two of each person of an import), so those are asked for first."""
    return value.isoformat() if isinstance(value, dt.date | dt.time) else plain(value)


# Values in bulk entries are encoded as plain() gives them (text and enums built on str or
# int as they are, others by plain()).
BULK_JSON = json.JSONEncoder(ensure_ascii=False, default=_plain_in_bulk)
