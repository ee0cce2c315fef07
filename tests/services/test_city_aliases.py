"""A city's aliases: kept per city, checked as the form checks them, and used by every
import that matches cities (issue 14): persons from a spreadsheet and meeting files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from anmc_desktop.db import open_database, sqlite_url
from anmc_desktop.errors import ValidationError
from anmc_desktop.exchange.draft_files import read_draft_bytes
from anmc_desktop.exchange.meeting_file import MeetingFileError
from anmc_desktop.records.cities import CityDraft, CityRecord, draft_of
from anmc_desktop.records.meeting_transfer import IfAlreadyThere
from anmc_desktop.records.person_import import RowStatus
from anmc_desktop.services import Services
from tests.exchange.import_helpers import import_file, persons_of

TOMSK_REGION_RU = "Томская область"  # no built-in rule reads it as Tomsk


def _city(services: Services, name: str) -> CityRecord:
    return next(c for c in services.cities.list_cities() if c.name_en == name)


def _with_aliases(services: Services, name: str, *aliases: str) -> CityRecord:
    city = _city(services, name)
    draft = draft_of(city)
    return services.cities.update(city.id, CityDraft(**{**vars(draft), "aliases": aliases}))


def test_aliases_are_kept_per_city_and_removed_again(
    services: Services, sample_meeting_id: int
) -> None:
    tomsk = _with_aliases(services, "Tomsk", TOMSK_REGION_RU, "Tomsk Oblast Administration")
    assert services.cities.get(tomsk.id).aliases == (TOMSK_REGION_RU, "Tomsk Oblast Administration")
    after = services.cities.change_aliases(tomsk.id, remove=["TOMSK oblast administration"])
    assert after.aliases == (TOMSK_REGION_RU,)
    assert services.cities.change_aliases(tomsk.id, add=["Tomsk-7"]).aliases == (
        TOMSK_REGION_RU,
        "Tomsk-7",
    )


@pytest.mark.parametrize(
    ("aliases", "reason"),
    [
        (("  ",), "empty"),
        (("Rangoon", "rangoon"), "listed twice"),
        (("Tokyo",), "already names Tokyo"),
        (("東京",), "already names Tokyo"),  # another city's local name
        (("Томск",), "the city's own name"),
    ],
)
def test_an_alias_that_would_name_no_city_or_two_is_refused(
    services: Services, sample_meeting_id: int, aliases: tuple[str, ...], reason: str
) -> None:
    with pytest.raises(ValidationError, match=reason) as refused:
        _with_aliases(services, "Tomsk", *aliases)
    assert refused.value.for_field("aliases")
    assert _city(services, "Tomsk").aliases == ()


def test_an_alias_of_one_city_is_refused_for_another_and_as_a_name(
    services: Services, sample_meeting_id: int
) -> None:
    _with_aliases(services, "Yangon", "Rangoon")
    with pytest.raises(ValidationError, match="already names Yangon"):
        _with_aliases(services, "Tomsk", "RANGOON")
    with pytest.raises(ValidationError, match="already an alias of Yangon") as refused:
        services.cities.create(CityDraft("Rangoon", time_zone="Asia/Yangon"))
    assert refused.value.for_field("name_en")


def test_removing_an_alias_the_city_does_not_have_is_refused(
    services: Services, sample_meeting_id: int
) -> None:
    with pytest.raises(ValidationError, match="not an alias of Tomsk"):
        services.cities.change_aliases(_city(services, "Tomsk").id, remove=["Tomsk-7"])


def test_a_person_import_matches_a_stored_alias_and_says_so(
    services: Services, sample_meeting_id: int, tmp_path: Path
) -> None:
    # GIVEN a list that writes Tomsk by its region's Russian name
    path = tmp_path / "regional list.csv"
    path.write_text(f"City,Family name,Given name\n{TOMSK_REGION_RU},Petrov,Ivan\n", "utf-8")
    # WHEN the alias is stored for Tomsk and the list imported
    _with_aliases(services, "Tomsk", TOMSK_REGION_RU)
    preview, result = import_file(services, sample_meeting_id, path)
    # THEN the row is Tomsk's, and the preview tells how its city was found
    (row,) = preview.rows
    assert row.status is RowStatus.NEW and row.city == "Tomsk"
    assert f"city {TOMSK_REGION_RU!r} matched by alias" in row.summary
    assert len(result.created) == 1
    assert "Petrov" in [p.family_name for p in persons_of(services, sample_meeting_id)["Tomsk"]]


def test_a_person_import_without_the_alias_refuses_the_row(
    services: Services, sample_meeting_id: int, tmp_path: Path
) -> None:
    path = tmp_path / "regional list.csv"
    path.write_text(f"City,Family name,Given name\n{TOMSK_REGION_RU},Petrov,Ivan\n", "utf-8")
    sheet, mapping = services.person_import.read(path)
    assert mapping is not None
    (row,) = services.person_import.preview(sample_meeting_id, sheet, mapping).rows
    assert row.status is RowStatus.ERROR


def _other_database(tmp_path: Path) -> Services:
    return Services.on(open_database(sqlite_url(tmp_path / "other laptop.db")))


def test_aliases_travel_in_the_meeting_file(
    services: Services, sample_meeting_id: int, tmp_path: Path
) -> None:
    _with_aliases(services, "Tomsk", TOMSK_REGION_RU)
    data = services.meeting_transfer.export_meeting(sample_meeting_id)
    cities = {c["name_en"]: c for c in json.loads(data)["cities"]}
    assert cities["Tomsk"]["aliases"] == [TOMSK_REGION_RU]
    other = _other_database(tmp_path)
    result = other.meeting_transfer.import_meeting(data, "plenary.json")
    assert result.unknown_keys == ()
    assert _city(other, "Tomsk").aliases == (TOMSK_REGION_RU,)
    other.database.dispose()


def test_a_meeting_file_without_aliases_still_imports(
    services: Services, sample_meeting_id: int, tmp_path: Path
) -> None:
    document = json.loads(services.meeting_transfer.export_meeting(sample_meeting_id))
    for city in document["cities"]:
        del city["aliases"]
    other = _other_database(tmp_path)
    result = other.meeting_transfer.import_meeting(json.dumps(document).encode(), "old.json")
    assert result.unknown_keys == ()
    assert _city(other, "Tomsk").aliases == ()
    other.database.dispose()


def test_a_meeting_file_s_city_is_found_by_its_alias_here(
    services: Services, sample_meeting_id: int, tmp_path: Path
) -> None:
    # GIVEN a file that names Tomsk by its administration's name, and a laptop where that
    # name is an alias of Tomsk
    text = services.meeting_transfer.export_meeting(sample_meeting_id).decode("utf-8")
    data = text.replace('"Tomsk"', '"Tomsk Oblast Administration"').encode("utf-8")
    other = _other_database(tmp_path)
    other.cities.create(
        CityDraft(
            "Tomsk", "Томск", "Russia", time_zone="Asia/Tomsk",
            aliases=("Tomsk Oblast Administration",),
        )
    )  # fmt: skip
    # WHEN it is imported, first as a dry run
    rehearsal = other.meeting_transfer.import_meeting(data, "m.json", dry_run=True)
    result = other.meeting_transfer.import_meeting(data, "m.json")
    # THEN the dry run and the import say how the city was found, and no city was added
    matched = "'Tomsk Oblast Administration' matched Tomsk by alias"
    assert any(matched in line for line in rehearsal.city_matches)
    assert any(matched in line for line in result.city_matches)
    names = [c.name_en for c in other.cities.list_cities()]
    assert "Tomsk Oblast Administration" not in names
    meeting = other.meetings.get(result.meeting_id)
    assert meeting.host_city_name == "Tomsk"
    other.database.dispose()


def test_a_meeting_file_alias_naming_another_city_here_is_refused(
    services: Services, sample_meeting_id: int, tmp_path: Path
) -> None:
    document = json.loads(services.meeting_transfer.export_meeting(sample_meeting_id))
    tomsk = next(c for c in document["cities"] if c["name_en"] == "Tomsk")
    tomsk["aliases"] = ["Tokyo"]
    with pytest.raises(MeetingFileError, match=r"cities\[\d+\]\.aliases: 'Tokyo' already names"):
        services.meeting_transfer.import_meeting(
            json.dumps(document).encode(), "m.json", IfAlreadyThere.UPDATE
        )
    assert _city(services, "Tomsk").aliases == ()


def test_a_declaration_draft_s_signature_block_finds_its_city_by_an_alias(
    services: Services, sample_meeting_id: int
) -> None:
    draft = (
        "Tomsk Declaration\n\nHereby we declare:\n1. We agree.\n\n"
        "For Томская область\nСергей Жвачкин\nGovernor\n"
    )
    lines = read_draft_bytes(draft.encode("utf-8"), "draft.txt")
    before = services.declaration_import.preview(sample_meeting_id, lines)
    assert before.signer_names == ()
    _with_aliases(services, "Tomsk", TOMSK_REGION_RU)
    after = services.declaration_import.preview(sample_meeting_id, lines)
    assert after.signer_names == (
        f"Tomsk: Sergey Zhvachkin (city {TOMSK_REGION_RU!r} matched by alias)",
    )
