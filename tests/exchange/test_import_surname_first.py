"""Whole names whose family name comes first: by a comma, or as the header says."""

from __future__ import annotations

from pathlib import Path

import pytest

from anmc_desktop.exchange.header_recognition import family_name_first
from anmc_desktop.services import Services
from tests.exchange.import_helpers import empty_meeting, import_file, persons_of, write_text


@pytest.mark.parametrize(
    ("header", "first"),
    [
        ("Last name, first name", True),
        ("Surname / Given name", True),
        ("First name Last name", False),
        ("Full name", False),
        ("ФИО", True),
        ("Фамилия, имя", True),
        ("Name (first, last)", False),
    ],
)
def test_a_header_tells_whether_the_family_name_comes_first(header: str, first: bool) -> None:
    assert family_name_first(header) is first


def test_names_after_a_comma_or_under_a_surname_first_header_are_not_swapped(
    services: Services, sample_meeting_id: int, tmp_path: Path
) -> None:
    # GIVEN a file whose one name column is headed "Last name, first name"
    meeting_id = empty_meeting(services, sample_meeting_id)
    path = write_text(
        tmp_path,
        "people.csv",
        "City;Last name, first name;E-mail\n"
        "Tomsk;Petrov Ivan;ivan@example.org\n"
        "Tomsk;Smith, John;john@example.org\n"
        "Tomsk;Van der Berg, Anna Maria;anna@example.org\n",
        "utf-8",
    )
    # WHEN it is imported
    import_file(services, meeting_id, path)
    # THEN every family name is the one written first, and no comma is left in a name
    names = sorted((p.family_name, p.given_name) for p in persons_of(services, meeting_id)["Tomsk"])
    assert names == [("Petrov", "Ivan"), ("Smith", "John"), ("Van der Berg", "Anna Maria")]
