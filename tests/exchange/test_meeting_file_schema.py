"""The JSON Schema shipped with the app describes exactly what the app writes."""

from __future__ import annotations

from typing import Any

import pytest
from meeting_files import check_against_schema, meeting_file_schema

from anmc_desktop.records import enums
from anmc_desktop.records.languages import LANGUAGES
from anmc_desktop.services import Services
from anmc_desktop.services.meeting_transfer import MeetingTransferService


def _objects(schema: dict[str, Any], document: dict[str, Any], where: str = ""):
    """(place, the schema of an object, the exported object) for every object described."""
    yield where or "top level", schema, document
    for key, described in schema.get("properties", {}).items():
        value = document.get(key)
        if described.get("type") == "object":
            yield from _objects(described, value, f"{where}.{key}")
        elif described.get("type") == "array" and described["items"].get("type") == "object":
            yield from _objects(described["items"], value[0], f"{where}.{key}[0]")


def test_the_schema_describes_every_key_the_app_writes_and_no_other(
    services: Services, sample_meeting_id: int
):
    # Every key: the passport data too, written when the organizer asks for it.
    transfer = MeetingTransferService(services.database)
    document = check_against_schema(
        transfer.export_meeting(sample_meeting_id, include_personal_data=True)
    )
    schema = meeting_file_schema()

    for where, described, written in _objects(schema, document):
        assert set(described["properties"]) == set(written), where


@pytest.mark.parametrize(
    ("path", "vocabulary"),
    [
        (("cities", "status"), enums.CityStatus),
        (("delegations", "status"), enums.DelegationStatus),
        (("delegations", "persons", "role"), enums.PersonRole),
        (("agenda", "kind"), enums.AgendaKind),
        (("declarations", "status"), enums.DeclarationStatus),
        (("declarations", "signing_order_rule"), enums.SigningOrderRule),
        (("declarations", "versions", "paragraphs", "section"), enums.ParagraphSection),
        (("declarations", "signatories", "status"), enums.SignatoryStatus),
    ],
)
def test_the_schemas_choices_are_the_apps(path: tuple[str, ...], vocabulary: type):
    described = meeting_file_schema()
    for key in path:
        described = described["properties"][key]
        described = described.get("items", described)
    assert described["enum"] == [member.value for member in vocabulary]


def test_the_schemas_languages_are_the_apps():
    described = meeting_file_schema()["properties"]["declarations"]["items"]
    language = described["properties"]["versions"]["items"]["properties"]["language"]
    assert language["enum"] == list(LANGUAGES)
