"""Read the typed values of a row's cells: a role, yes or no, a date and time."""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import re
from collections.abc import Callable
from typing import TypeVar

from anmc_desktop.exchange.person_fields import DateOrder
from anmc_desktop.records.enums import PersonRole
from anmc_desktop.records.person_import import RowProblem
from anmc_desktop.text import search_key

_ValueT = TypeVar("_ValueT")
_ROLE_WORDS = {
    "head": PersonRole.HEAD,
    "head of delegation": PersonRole.HEAD,
    "глава": PersonRole.HEAD,
    "глава делегации": PersonRole.HEAD,
    "руководитель": PersonRole.HEAD,
    "руководитель делегации": PersonRole.HEAD,
    "member": PersonRole.MEMBER,
    "delegate": PersonRole.MEMBER,
    "член делегации": PersonRole.MEMBER,
    "член": PersonRole.MEMBER,
    "делегат": PersonRole.MEMBER,
    "adviser": PersonRole.ADVISER,
    "advisor": PersonRole.ADVISER,
    "советник": PersonRole.ADVISER,
    "interpreter": PersonRole.INTERPRETER,
    "translator": PersonRole.INTERPRETER,
    "переводчик": PersonRole.INTERPRETER,
    "staff": PersonRole.STAFF,
    "сотрудник": PersonRole.STAFF,
    "персонал": PersonRole.STAFF,
    "press": PersonRole.PRESS,
    "media": PersonRole.PRESS,
    "пресса": PersonRole.PRESS,
    "журналист": PersonRole.PRESS,
    "сми": PersonRole.PRESS,
}
_ROLES = (
    {role.value: role for role in PersonRole}
    | {search_key(role.label): role for role in PersonRole}
    | _ROLE_WORDS
)
_YES = {"yes", "y", "true", "1", "x", "да", "д", "+"}
_NO = {"no", "n", "false", "0", "нет", "н", "-", ""}
_MOMENT_FORMATS = (
    "%Y-%m-%d %H:%M",
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%dT%H:%M",
    "%Y-%m-%dT%H:%M:%S",
    "%d.%m.%Y %H:%M",
    "%d.%m.%Y %H:%M:%S",
    "%Y/%m/%d %H:%M",
    "%Y-%m-%d",
    "%d.%m.%Y",
    "%Y/%m/%d",
    # Month names, as registration systems and Excel write them: 03 Sep 2014, 3-Sep-2014.
    "%d %b %Y",
    "%d %B %Y",
    "%d %b %Y %H:%M",
    "%d %B %Y %H:%M",
    "%d-%b-%Y",
    "%d-%b-%Y %H:%M",
    "%b %d, %Y",
    "%B %d, %Y",
)
# 03/04/2014 is 3 April to a European and March 4 to an American: read only in the order
# the user names, unless one of the readings is impossible (17/09/2014, 09/17/2014).
_DAY_FIRST = ("%d/%m/%Y %H:%M", "%d/%m/%Y")
_MONTH_FIRST = ("%m/%d/%Y %H:%M", "%m/%d/%Y")


# The moments our export and most systems write (2014-09-03 10:00): read by the C parser,
# a tenth of strptime's time; anything else it refuses goes through the formats above.
_ISO_MOMENT = re.compile(r"\d{4}-\d\d-\d\d(?:[ T]\d\d:\d\d(?::\d\d)?)?")


# A number as Excel shows it in a column too narrow for its digits ("7.9E+10"; "7,91E+10"
# where the comma is the decimal mark): a CSV saved from it keeps only these digits.
SCIENTIFIC = re.compile(r"\+?\d+(?:[.,]\d+)?[eE]\+\d+")


def parse(
    text: str, parser: Callable[[str], _ValueT], column: str, problems: list[RowProblem]
) -> _ValueT | None:
    try:
        return parser(text)
    except ValueError as error:
        problems.append(RowProblem(column, str(error)))
        return None


@functools.lru_cache(maxsize=4096)
def read_role(text: str) -> PersonRole:
    role = _ROLES.get(search_key(text))
    if role is not None:
        return role
    choices = ", ".join(role.label for role in PersonRole)
    raise ValueError(f"{text!r} is not a role (one of: {choices}).")


@functools.lru_cache(maxsize=4096)
def read_flag(text: str) -> bool:
    key = search_key(text)
    if key in _YES:
        return True
    if key in _NO:
        return False
    raise ValueError(f"{text!r} is neither yes nor no.")


@functools.lru_cache(maxsize=4096)
def read_moment(text: str, order: DateOrder = DateOrder.UNKNOWN) -> dt.datetime:
    if _ISO_MOMENT.fullmatch(text):
        with contextlib.suppress(ValueError):  # 2014-02-30: strptime words the error
            return dt.datetime.fromisoformat(text)
    for pattern in _MOMENT_FORMATS:
        try:
            return dt.datetime.strptime(text, pattern)
        except ValueError:
            continue
    day_first = None if order is DateOrder.MONTH_FIRST else _first_reading(text, _DAY_FIRST)
    month_first = None if order is DateOrder.DAY_FIRST else _first_reading(text, _MONTH_FIRST)
    if day_first and month_first and day_first != month_first:
        raise ValueError(
            f"{text!r} is {day_first:%-d %B %Y} if the day comes first, {month_first:%B %-d, %Y} "
            "if the month does: say which the file writes (--date-order day-first or "
            "month-first; in the window, the date order), or write 2014-09-17."
        )
    found = day_first or month_first
    if found is None:
        raise ValueError(f"{text!r} is not a date and time (write 2014-09-17 14:30).")
    return found


class Moments:
    """``read_moment`` in the order the user named, remembering each moment read (a list of
    100,000 persons names far more moments than read_moment's cache holds, most of them
    many times): ``known`` is looked up first, without a call."""

    def __init__(self, order: DateOrder) -> None:
        self._order = order
        self.known: dict[str, dt.datetime] = {}

    def read(self, text: str) -> dt.datetime:
        moment = self.known[text] = read_moment(text, self._order)
        return moment


def _first_reading(text: str, patterns: tuple[str, ...]) -> dt.datetime | None:
    for pattern in patterns:
        try:
            return dt.datetime.strptime(text, pattern)
        except ValueError:
            continue
    return None
