"""Shared steps of the meeting file tests: export a meeting (checked against the JSON Schema
that ships with the app) and import a document."""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

import jsonschema
import pytest

from anmc_desktop.exchange.meeting_file import MeetingFileError
from anmc_desktop.records.meeting_transfer import IfAlreadyThere, MeetingImport
from anmc_desktop.services import Services
from anmc_desktop.services.meeting_transfer import MeetingTransferService


def meeting_file_schema() -> dict[str, Any]:
    schema = resources.files("anmc_desktop.exchange").joinpath("meeting_file.schema.json")
    return json.loads(schema.read_text(encoding="utf-8"))


def check_against_schema(data: bytes) -> dict[str, Any]:
    """The exported file's document, after the shipped JSON Schema accepted it."""
    document = json.loads(data)
    jsonschema.validate(document, meeting_file_schema(), cls=jsonschema.Draft202012Validator)
    return document


def exported(transfer: MeetingTransferService, meeting_id: int) -> dict[str, Any]:
    """The meeting's file as a document; every export the tests make is checked."""
    return check_against_schema(transfer.export_meeting(meeting_id))


def imported(
    transfer: MeetingTransferService,
    document: dict[str, Any],
    name: str = "meeting.json",
    if_already_there: IfAlreadyThere = IfAlreadyThere.REFUSE,
) -> MeetingImport:
    data = json.dumps(document, ensure_ascii=False).encode("utf-8")
    return transfer.import_meeting(data, name, if_already_there)


def set_at(document: dict[str, Any], where: tuple[str | int, ...], value: object) -> None:
    """Put ``value`` at the place ``where`` (keys and list indexes) of the document."""
    record: Any = document
    for step in where[:-1]:
        record = record[step]
    record[where[-1]] = value


def refused(services: Services, document: dict[str, Any], name: str = "bad.json") -> str:
    """The message of the MeetingFileError that importing the document (as a copy, so that
    only its content can stop it) raises, after checking that nothing was written."""
    meetings_before = services.meetings.list_meetings()
    cities_before = services.cities.list_cities()
    with pytest.raises(MeetingFileError) as raised:
        imported(MeetingTransferService(services.database), document, name, IfAlreadyThere.COPY)
    assert services.meetings.list_meetings() == meetings_before
    assert services.cities.list_cities() == cities_before
    return str(raised.value)


def as_schema_2(document: dict[str, Any]) -> dict[str, Any]:
    """The document as schema 2 wrote it: each declaration holds its first text itself,
    its languages named in ``languages``, its signatories without credentials."""
    document["schema_version"] = 2
    for declaration in document["declarations"]:
        versions = declaration.pop("versions")
        first = versions[0]
        language = first.pop("language")
        declaration.update(first, languages={"en": "English", "ru": "Russian"}[language])
        for signatory in declaration["signatories"]:
            del signatory["credentials_received"], signatory["ad_referendum"]
    return document
