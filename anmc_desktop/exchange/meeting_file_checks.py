"""What a meeting file's records say about each other, checked before anything is written.

The forms never let a city have two delegations, a proxy go to a delegation that gave its
own (so never round in a circle), or a signatory sign for another city; references in a
file (cities by English name, persons by number) must each name exactly one record. Every
contradiction is collected, each naming its place in the file. Values of the wrong kind
are left to the typed reading (exchange/meeting_file_reader.py), which names them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from anmc_desktop.exchange.meeting_file import MeetingFileError
from anmc_desktop.records.enums import DelegationStatus
from anmc_desktop.text import search_key


@dataclass(frozen=True)
class _Delegation:
    where: str
    city: str
    status: object
    proxy_to: str | None


def refuse_contradictions(document: Mapping[str, Any], name: str) -> None:
    """Raise MeetingFileError naming every contradiction among the document's records."""
    problems = contradictions(document)
    if len(problems) == 1:
        raise MeetingFileError(f"{name} was not imported: {problems[0]}.")
    if problems:
        listed = "\n".join(f"- {problem}." for problem in problems)
        raise MeetingFileError(f"{name} was not imported: {len(problems)} problems.\n{listed}")


def contradictions(document: Mapping[str, Any]) -> list[str]:
    """Every contradiction among the document's records, as "place: what is wrong"."""
    problems: list[str] = []
    cities = _first_of_each(_items(document, "cities"), "name_en", "cities", problems)
    meeting = document.get("meeting")
    host = meeting.get("host_city") if isinstance(meeting, dict) else None
    if isinstance(host, str) and search_key(host) not in cities:
        problems.append(f"meeting.host_city: {host!r} is not among the file's cities")
    delegations = _delegations(document, cities, problems)
    persons = _persons(document, problems)
    problems.extend(_proxy_problems(delegations))
    for index, item in enumerate(_items(document, "agenda")):
        where = f"agenda[{index}]"
        moderator = item.get("moderator")
        if _is_number(moderator) and moderator not in persons:
            problems.append(f"{where}.moderator: no person {moderator} in the file")
        speakers = item.get("speakers")
        for position, speaker in enumerate(speakers if isinstance(speakers, list) else []):
            if _is_number(speaker) and speaker not in persons:
                problems.append(f"{where}.speakers[{position}]: no person {speaker} in the file")
    _first_of_each(
        _items(document, "agenda"),
        "uuid",
        "agenda",
        problems,
        "{where}.uuid: also the identity of {first}",
    )
    for index, declaration in enumerate(_items(document, "declarations")):
        _signatory_problems(f"declarations[{index}]", declaration, delegations, persons, problems)
    return problems


def _items(record: Mapping[str, Any], key: str) -> list[dict[str, Any]]:
    """The objects of a list (others are the typed reading's to name)."""
    value = record.get(key)
    return [item for item in value if isinstance(item, dict)] if isinstance(value, list) else []


def _is_number(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _first_of_each(
    records: list[dict[str, Any]],
    key: str,
    section: str,
    problems: list[str],
    twice: str = "{where}: {value} is listed twice (also {first})",
) -> dict[str, int]:
    """Each folded value of ``key`` and the index of its first record; a later record with
    the same value is a problem."""
    first: dict[str, int] = {}
    for index, record in enumerate(records):
        value = record.get(key)
        if not isinstance(value, str):
            continue
        folded = search_key(value)
        if folded in first:
            where, also = f"{section}[{index}]", f"{section}[{first[folded]}]"
            problems.append(twice.format(where=where, value=value, first=also))
        else:
            first[folded] = index
    return first


def _delegations(
    document: Mapping[str, Any], cities: dict[str, int], problems: list[str]
) -> dict[str, _Delegation]:
    records = _items(document, "delegations")
    first = _first_of_each(records, "city", "delegations", problems)
    found = {}
    for folded, index in first.items():
        record = records[index]
        where = f"delegations[{index}]"
        if folded not in cities:
            problems.append(f"{where}.city: {record['city']!r} is not among the file's cities")
        proxy_to = record.get("proxy_to")
        found[folded] = _Delegation(where, record["city"], record.get("status"), proxy_to or None)
    return found


def _persons(document: Mapping[str, Any], problems: list[str]) -> dict[int, str]:
    """Each person's number and their delegation's folded city; a number used twice is a
    problem (references by number would go to the wrong person)."""
    places: dict[int, str] = {}
    cities: dict[int, str] = {}
    for index, delegation in enumerate(_items(document, "delegations")):
        city = delegation.get("city")
        for position, person in enumerate(_items(delegation, "persons")):
            number = person.get("number")
            if not _is_number(number):
                continue
            where = f"delegations[{index}].persons[{position}]"
            if number in places:
                problems.append(f"{where}.number: {number} is also the number of {places[number]}")
                continue
            places[number] = where
            cities[number] = search_key(city) if isinstance(city, str) else ""
    return cities


def _proxy_problems(delegations: dict[str, _Delegation]) -> list[str]:
    problems = []
    holders: dict[str, str] = {}
    for folded, delegation in delegations.items():
        proxy_to = delegation.proxy_to
        gives = delegation.status == DelegationStatus.PROXY.value
        if not isinstance(proxy_to, str):
            if gives:
                problems.append(f"{delegation.where}.proxy_to: name who holds the proxy")
            continue
        if not gives:
            problems.append(
                f"{delegation.where}.proxy_to: only a delegation whose status is "
                f"'{DelegationStatus.PROXY.value}' gives its proxy"
            )
        elif search_key(proxy_to) == folded:
            problems.append(
                f"{delegation.where}.proxy_to: {delegation.city} cannot give its proxy to itself"
            )
        elif search_key(proxy_to) not in delegations:
            problems.append(
                f"{delegation.where}.proxy_to: no delegation of {proxy_to!r} in the file"
            )
        else:
            holders[folded] = search_key(proxy_to)
    in_circles = _circles(holders, delegations, problems)
    for giver, holder in holders.items():
        status = delegations[holder].status
        if giver in in_circles or status not in (
            DelegationStatus.PROXY.value,
            DelegationStatus.ABSENT.value,
        ):
            continue
        problems.append(
            f"{delegations[giver].where}.proxy_to: {delegations[holder].city} cannot hold a "
            f"proxy: it is {DelegationStatus(status).label.lower()} itself"
        )
    return problems


def _circles(
    holders: dict[str, str], delegations: dict[str, _Delegation], problems: list[str]
) -> set[str]:
    """Delegations whose proxies go round in a circle, each circle named once, from its
    first delegation in the file."""
    in_circles: set[str] = set()
    for start in holders:
        path = [start]
        while path[-1] in holders and holders[path[-1]] not in path:
            path.append(holders[path[-1]])
        if path[-1] not in holders or holders[path[-1]] != start or start in in_circles:
            continue
        in_circles.update(path)
        route = " -> ".join(delegations[city].city for city in [*path, start])
        problems.append(f"{delegations[start].where}.proxy_to: the proxies go round: {route}")
    return in_circles


def _signatory_problems(
    where: str,
    declaration: dict[str, Any],
    delegations: dict[str, _Delegation],
    persons: dict[int, str],
    problems: list[str],
) -> None:
    signatories = _items(declaration, "signatories")
    _first_of_each(
        signatories,
        "city",
        f"{where}.signatories",
        problems,
        "{where}.city: {value} signs twice (also {first})",
    )
    for index, signatory in enumerate(signatories):
        place = f"{where}.signatories[{index}]"
        city = signatory.get("city")
        folded = search_key(city) if isinstance(city, str) else None
        if folded is not None and folded not in delegations:
            problems.append(f"{place}.city: no delegation of {city!r} in the file")
        number = signatory.get("person")
        if not _is_number(number):
            continue
        if number not in persons:
            problems.append(f"{place}.person: no person {number} in the file")
        elif folded in delegations and persons[number] != folded:
            of = delegations.get(persons[number])
            problems.append(
                f"{place}.person: person {number} is of {of.city if of else 'another city'}, "
                f"not of {delegations[folded].city}"
            )
