"""What an update from a meeting file changed: the meeting's document before and after,
compared record by record.

Records are named as organizers know them (a delegation by its city, a person by name, an
agenda item and a declaration by title) and matched by what identifies them in the file
(an agenda item by its identity), never by database ids or the file's person numbers.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from anmc_desktop.text import display_name

# Bookkeeping of the file, not what the organizer changed.
_NOT_COMPARED = frozenset({"number", "uuid", "sequence", "persons", "paragraphs", "versions"})
_TOO_LONG_TO_SHOW = frozenset({"texts"})
_Records = dict[tuple[str, str], tuple[str, dict[str, object]]]


def person_label(person: Mapping[str, Any]) -> str:
    given, family = str(person.get("given_name", "")), str(person.get("family_name", ""))
    name = display_name(given, family, bool(person.get("family_name_first")))
    return name or str(person.get("native_name", "")) or f"person {person.get('number')}"


def changes(before: Mapping[str, Any], after: Mapping[str, Any]) -> list[str]:
    """One line per added record, changed value, and record kept although not in the file."""
    old, new = _records(before), _records(after)
    lines = []
    for key, (label, values) in new.items():
        if key not in old:
            lines.append(f"{label}: added")
            continue
        previous = old[key][1]
        lines.extend(
            f"{label}.{field}: changed"
            if field in _TOO_LONG_TO_SHOW
            else f"{label}.{field}: {previous.get(field)!r} -> {value!r}"
            for field, value in values.items()
            if previous.get(field) != value
        )
    lines.extend(
        f"{label}: kept (not in the file)" for key, (label, _) in old.items() if key not in new
    )
    return lines


def _records(document: Mapping[str, Any]) -> _Records:
    """Each record of the meeting by (kind, identity): its label and compared values."""
    names = {
        person["number"]: person_label(person)
        for delegation in document["delegations"]
        for person in delegation["persons"]
    }
    records: _Records = {("meeting", ""): ("meeting", _compared(document["meeting"]))}
    for delegation in document["delegations"]:
        city = delegation["city"]
        label = f"delegations[{city}]"
        records[("delegation", city)] = (label, _compared(delegation))
        for person in delegation["persons"]:
            name = person_label(person)
            records[("person", f"{city}/{name}")] = (
                f"{label}.persons[{name}]",
                _compared(person),
            )
    for item in document["agenda"]:
        values = _compared(item)
        values["moderator"] = names.get(item["moderator"])
        values["speakers"] = [names[number] for number in item["speakers"]]
        records[("agenda", item["uuid"])] = (f"agenda[{item['title']}]", values)
    for declaration in document["declarations"]:
        values = _compared(declaration)
        values["texts"] = [_text(version) for version in declaration["versions"]]
        values["signatories"] = [
            f"{s['position']}. {s['city']}: {names[s['person']]} ({s['status']})"
            for s in sorted(declaration["signatories"], key=lambda s: s["position"])
        ]
        versions = declaration["versions"]
        title = versions[0]["title"] if versions else ""
        records[("declaration", title)] = (f"declarations[{title}]", values)
    return records


def _text(version: Mapping[str, Any]) -> dict[str, object]:
    """One text of a declaration as compared: its fields and its paragraphs (sorted: in the
    session of an update, new rows are listed in the order added)."""
    return _compared(version) | {
        "paragraphs": sorted(
            (p["section"], p["position"], p["text"]) for p in version["paragraphs"]
        )
    }


def _compared(record: Mapping[str, Any]) -> dict[str, object]:
    return {key: value for key, value in record.items() if key not in _NOT_COMPARED}
