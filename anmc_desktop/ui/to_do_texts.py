"""The overview's things to do and the programme's clashes, worded in the window's
language (the services give them as kinds and names; ``ToDo.text`` is the command line's
English)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from anmc_desktop.records.agenda import Clash
from anmc_desktop.records.overview import ToDo, ToDoKind
from anmc_desktop.ui.locale_format import moment, time_of_day
from anmc_desktop.ui.translation import translate

# {city} is a city's name, {name} a person's, {item} an agenda item's title.
WORDING = {
    ToDoKind.NO_DECLARATION: QT_TRANSLATE_NOOP("to_do", "No declaration yet"),
    ToDoKind.DECLARATION_DRAFT: QT_TRANSLATE_NOOP("to_do", "The declaration is still a draft"),
    ToDoKind.DELEGATION_NOT_CONFIRMED: QT_TRANSLATE_NOOP("to_do", "{city}: not confirmed"),
    ToDoKind.NO_HEAD: QT_TRANSLATE_NOOP("to_do", "{city}: no head of delegation"),
    ToDoKind.HEAD_NOT_NAMED: QT_TRANSLATE_NOOP("to_do", "{city}: head of delegation not named yet"),
    ToDoKind.NO_ARRIVAL: QT_TRANSLATE_NOOP("to_do", "{city}: {name} has no arrival"),
    ToDoKind.NO_DEPARTURE: QT_TRANSLATE_NOOP("to_do", "{city}: {name} has no departure"),
    ToDoKind.NO_ARRIVAL_OR_DEPARTURE: QT_TRANSLATE_NOOP(
        "to_do", "{city}: {name} has no arrival or departure"
    ),
    ToDoKind.NAME_UNPRINTABLE: QT_TRANSLATE_NOOP(
        "to_do", "{city}: {name}: no installed font prints the name"
    ),
    ToDoKind.NATIVE_NAME_UNPRINTABLE: QT_TRANSLATE_NOOP(
        "to_do", "{city}: {name}: no installed font prints the native name"
    ),
    ToDoKind.NAMES_UNPRINTABLE: QT_TRANSLATE_NOOP(
        "to_do", "{city}: {name}: no installed font prints the name and native name"
    ),
    ToDoKind.SIGNATORY_NOT_CONFIRMED: QT_TRANSLATE_NOOP(
        "to_do", "{city}: signatory {name} not confirmed"
    ),
    ToDoKind.FULL_POWERS_MISSING: QT_TRANSLATE_NOOP(
        "to_do", "{city}: full powers of {name} not received"
    ),
    ToDoKind.NO_ROOM: QT_TRANSLATE_NOOP("to_do", "{item} ({when}): no room"),
    ToDoKind.NO_SPEAKER: QT_TRANSLATE_NOOP("to_do", "{item} ({when}): no speaker"),
    ToDoKind.CLASH: QT_TRANSLATE_NOOP("to_do", "{item} ({when}): {clash}"),
}


def to_do_text(entry: ToDo) -> str:
    name = entry.name or translate("to_do", "unnamed person")
    return translate("to_do", WORDING[entry.kind]).format(
        city=entry.city_name,
        name=name,
        item=entry.name,
        when=moment(entry.starts_at) if entry.starts_at else "",
        clash=clash_text(entry.clash) if entry.clash else "",
    )


def clash_text(clash: Clash) -> str:
    """Like 'Plenary Hall is also booked for "Opening" (5 Sep 10:00-12:00).'"""
    when = f"{moment(clash.starts_at)}-{time_of_day(clash.ends_at)}"
    if clash.room:
        text = translate("to_do", '{room} is also booked for "{other}" ({when}).')
    else:
        text = translate("to_do", '{name} is also on "{other}" ({when}).')
    return text.format(room=clash.room, name=clash.person_name, other=clash.other_title, when=when)
