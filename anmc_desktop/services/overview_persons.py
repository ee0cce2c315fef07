"""The overview's checks of a meeting's persons: counts by role, missing travel dates and
names no installed font prints.

A meeting may have 100,000 persons: loading each as a record took half a minute of
Python, during which the window's thread waited for the interpreter. Here the database
counts, only the persons with a gap are read, as plain columns, and their entries are made
when they are read (``MadeOnDemand``). Fonts are checked once per distinct character; only
the names holding a character no font draws are checked whole, as printing checks them.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from sqlalchemy import Connection, Row, Select, String, func, or_, select, type_coerce, union

from anmc_desktop.models import Delegation, Person
from anmc_desktop.printing.fontset import Face, FontSet, MissingFontError
from anmc_desktop.records.enums import DelegationStatus, PersonRole
from anmc_desktop.records.overview import FixPlace, MadeOnDemand, ToDo, ToDoKind
from anmc_desktop.records.persons import ROLE_ORDER, DelegationSummary
from anmc_desktop.text import display_name

# Delegations that are not coming need no head, travel dates or signatory.
NOT_COMING = frozenset({DelegationStatus.ABSENT, DelegationStatus.PROXY})
# What a person's entry is made of: their delegation, who they are, their name's parts.
# The role is read as its text: turning 100,000 of them into enum members took a second.
_PERSON_COLUMNS = (
    Person.delegation_id,
    Person.id,
    type_coerce(Person.role, String),
    Person.given_name,
    Person.family_name,
    Person.family_name_first,
    Person.native_name,
)
_NAME_COLUMNS = (Person.given_name, Person.family_name, Person.native_name)
ROLE_RANK = {role.value: rank for rank, role in enumerate(ROLE_ORDER)}
# Up to this many distinct names with a character no font draws, only their persons are
# read (a name in a list of parameters each); more (a script without a font), all are.
FEW_TEXTS = 1_000
TRAVEL_GAPS = {
    (True, True): ToDoKind.NO_ARRIVAL_OR_DEPARTURE,
    (True, False): ToDoKind.NO_ARRIVAL,
    (False, True): ToDoKind.NO_DEPARTURE,
}
# Which names no installed font prints: the name in Latin letters, the native name.
UNPRINTABLE = {
    frozenset({"name"}): ToDoKind.NAME_UNPRINTABLE,
    frozenset({"native name"}): ToDoKind.NATIVE_NAME_UNPRINTABLE,
    frozenset({"name", "native name"}): ToDoKind.NAMES_UNPRINTABLE,
}


def _of_meeting(statement: Select, meeting_id: int) -> Select:
    return statement.join(Delegation, Person.delegation_id == Delegation.id).where(
        Delegation.meeting_id == meeting_id
    )


def persons_by_role(connection: Connection, meeting_id: int) -> dict[PersonRole, int]:
    """How many persons of each role, placeholders included."""
    counted = connection.execute(
        _of_meeting(select(Person.role, func.count(Person.id)), meeting_id).group_by(Person.role)
    )
    return dict(counted.all())


def travel_gaps(
    connection: Connection, meeting_id: int, delegations: Sequence[DelegationSummary]
) -> dict[int, Sequence[ToDo]]:
    """By delegation id: the named persons of the delegations coming without an arrival
    or a departure, in the delegation's order (``person_sort_key``)."""
    rows = connection.execute(
        _of_meeting(
            select(*_PERSON_COLUMNS, Person.arrival.is_(None), Person.departure.is_(None)),
            meeting_id,
        ).where(
            Delegation.status.not_in(NOT_COMING),
            Person.is_placeholder.is_(False),
            or_(Person.arrival.is_(None), Person.departure.is_(None)),
        )
    ).all()
    by_delegation: dict[int, list[Row]] = defaultdict(list)
    for row in rows:
        by_delegation[row[0]].append(row)
    cities = {summary.id: summary.city_name for summary in delegations}

    def entry(row: Row) -> ToDo:
        return _person_entry(TRAVEL_GAPS[(row[7], row[8])], cities[row[0]], row)

    return {
        delegation_id: MadeOnDemand(sorted(found, key=_person_order), entry)
        for delegation_id, found in by_delegation.items()
    }


def unprintable_names(
    connection: Connection, meeting_id: int, delegations: Sequence[DelegationSummary]
) -> list[ToDo]:
    """The persons (placeholders and those not coming included) with a name no installed
    font prints whole, in the order of ``delegations`` and of each one's persons."""
    texts = connection.scalars(
        union(*(_of_meeting(select(column), meeting_id) for column in _NAME_COLUMNS))
    ).all()
    fonts = FontSet(Face.SANS)
    # The space joins a Latin name's parts (display_name).
    characters = set(" ".join(texts))
    lacking = _unprintable(fonts, [(character, character) for character in characters])
    if not lacking:
        return []
    suspect_texts = {text for text in texts if not lacking.isdisjoint(text)}
    persons = _of_meeting(select(*_PERSON_COLUMNS), meeting_id)
    if len(suspect_texts) <= FEW_TEXTS:
        persons = persons.where(or_(*(column.in_(suspect_texts) for column in _NAME_COLUMNS)))
    rows = connection.execute(persons).all()
    order = {summary.id: index for index, summary in enumerate(delegations)}
    suspects = sorted(
        (row for row in rows if not suspect_texts.isdisjoint((row[3], row[4], row[6]))),
        key=lambda row: (order[row[0]], *_person_order(row)),
    )
    fields = [
        (f"{index}\t{label}", text)
        for index, row in enumerate(suspects)
        for label, text in (("name", _latin_name(row)), ("native name", row[6]))
    ]
    unprinted: dict[int, set[str]] = defaultdict(set)
    for field in _unprintable(fonts, fields):
        index, _, label = field.partition("\t")
        unprinted[int(index)].add(label)
    cities = {summary.id: summary.city_name for summary in delegations}
    return [
        _person_entry(UNPRINTABLE[frozenset(labels)], cities[suspects[index][0]], suspects[index])
        for index, labels in sorted(unprinted.items())
    ]


def _unprintable(fonts: FontSet, fields: list[tuple[str, str]]) -> set[str]:
    """The labels of the fields with characters no installed font draws, checked as
    printing checks them, in one call (each error it raises words its message, which
    took a third of a millisecond: a thousand unprintable names took a third of a
    second)."""
    try:
        fonts.check(fields)
    except MissingFontError as error:
        return {missing.label for missing in error.missing}
    return set()


def _person_order(row: Row) -> tuple[int, str, int]:
    """As ``person_sort_key``, and by id where that ties (the order persons are read in)."""
    return (ROLE_RANK[row[2]], row[4].casefold(), row[1])


def _latin_name(row: Row) -> str:
    return display_name(row[3], row[4], row[5])


def _person_entry(kind: ToDoKind, city: str, row: Row) -> ToDo:
    name = _latin_name(row) or row[6]
    return ToDo(kind, FixPlace.DELEGATIONS, city_name=city, person_id=row[1], name=name)
