"""The longest texts the services accept, written into the sample meeting: every document
must print them (shrunk, wrapped, split or cut) without overflowing a box."""

from __future__ import annotations

import itertools
from dataclasses import replace

from anmc_desktop.records.cities import draft_of as city_draft_of
from anmc_desktop.records.limits import LONG_TEXT, SHORT_TEXT
from anmc_desktop.records.meetings import draft_of as meeting_draft_of
from anmc_desktop.services import Services
from anmc_desktop.services.agenda import draft_of as agenda_draft_of

WORDS = ("Deputy", "Governor", "Administration", "International", "Cooperation",
         "Metropolitan", "Committee", "Département", "Ремесленный", "Ассоциации")  # fmt: skip


def words_of(length: int, start: int = 0) -> str:
    """Words separated by spaces, exactly ``length`` characters long."""
    text = ""
    for word in itertools.islice(itertools.cycle(WORDS), start, None):
        if len(text) + len(word) + 1 > length:
            break
        text = f"{text} {word}" if text else word
    return text + "x" * (length - len(text))


def unbroken(length: int) -> str:
    return "Mmmmmmmmmm" * (length // 10)


def lengthen(services: Services, meeting_id: int) -> str:
    """The first head who is not a placeholder gets a name, a native name and a position
    of the longest lengths, the city a name of the longest length, the first agenda item,
    the meeting and the declaration the longest titles (and the item the longest
    description). Returns the head's given name."""
    details = [
        services.delegations.get_delegation(summary.id)
        for summary in services.delegations.list_delegations(meeting_id)
    ]
    delegation, head = next(
        (detail.summary, person)
        for detail in details
        for person in detail.persons
        if person.role.value == "head" and not person.is_placeholder
    )
    given = words_of(SHORT_TEXT)
    services.delegations.update_person(
        head.id,
        replace(
            head,
            given_name=given,
            family_name=unbroken(SHORT_TEXT),
            native_name=words_of(SHORT_TEXT, 3),
            position=words_of(LONG_TEXT, 5),
        ),
    )
    city = services.cities.get(delegation.city_id)
    services.cities.update(
        city.id,
        replace(city_draft_of(city), name_en=words_of(SHORT_TEXT, 1),
                name_local=words_of(SHORT_TEXT, 7)),
    )  # fmt: skip
    meeting = services.meetings.get(meeting_id)
    services.meetings.update(
        meeting_id, replace(meeting_draft_of(meeting), title=words_of(SHORT_TEXT, 6))
    )
    declaration = services.declarations.get_for_meeting(meeting_id)
    assert declaration is not None
    services.declarations.update(declaration.id, replace(declaration, title=words_of(LONG_TEXT, 8)))
    item = services.agenda.list_items(meeting_id)[0]
    services.agenda.update(
        item.id,
        replace(agenda_draft_of(item), title=words_of(LONG_TEXT, 2),
                description=words_of(LONG_TEXT, 4)),
    )  # fmt: skip
    return given
