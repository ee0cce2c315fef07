"""A full name column beside a family name column, without a given name column."""

from __future__ import annotations

from import_helpers import empty_meeting, import_file, persons_of, write_text

from anmc_desktop.records.person_import import RowStatus
from anmc_desktop.services.person_import import PersonImportService


def _names(services, meeting_id: int, city: str) -> list[tuple[str, str]]:
    return sorted((p.given_name, p.family_name) for p in persons_of(services, meeting_id)[city])


def test_the_given_name_is_the_full_name_without_the_family_name(
    services, sample_meeting_id, tmp_path
):
    meeting_id = empty_meeting(services, sample_meeting_id)
    path = write_text(
        tmp_path,
        "list.csv",
        "City;Full name;Surname\n"
        "Tomsk;Ivan Petrov;Petrov\n"
        "Tomsk;Иванов Иван Иванович;Иванов\n"
        "Tomsk;POPOVA, Olga;Popova\n"
        "Tomsk;Anna van der Berg;van der Berg\n",
        "utf-8",
    )

    preview, _ = import_file(services, meeting_id, path)

    assert preview.count(RowStatus.NEW) == 4
    assert _names(services, meeting_id, "Tomsk") == [
        ("Anna", "van der Berg"),
        ("Ivan", "Petrov"),
        ("Olga", "Popova"),
        ("Иван Иванович", "Иванов"),
    ]


def test_the_family_name_is_the_full_name_without_the_given_name(
    services, sample_meeting_id, tmp_path
):
    meeting_id = empty_meeting(services, sample_meeting_id)
    path = write_text(
        tmp_path, "list.csv", "City;Full name;First name\nTomsk;Olga Popova;Olga\n", "utf-8"
    )

    import_file(services, meeting_id, path)

    assert _names(services, meeting_id, "Tomsk") == [("Olga", "Popova")]


def test_a_patronymic_column_is_not_added_twice(services, sample_meeting_id, tmp_path):
    meeting_id = empty_meeting(services, sample_meeting_id)
    path = write_text(
        tmp_path,
        "list.csv",
        "Город;ФИО;Фамилия;Отчество\nТомск;Иванов Иван Иванович;Иванов;Иванович\n",
        "utf-8",
    )

    import_file(services, meeting_id, path)

    assert _names(services, meeting_id, "Tomsk") == [("Иван Иванович", "Иванов")]


def test_a_full_name_without_the_family_name_is_an_error_losing_nothing(
    services, sample_meeting_id, tmp_path
):
    meeting_id = empty_meeting(services, sample_meeting_id)
    path = write_text(
        tmp_path,
        "list.csv",
        "City;Full name;Surname\nTomsk;Иван Петров;Petrov\nTomsk;Olga Popova;Popova\n",
        "utf-8",
    )
    importer = PersonImportService(services.database, tmp_path / "choices.json")
    sheet, mapping = importer.read(path)
    assert mapping is not None

    preview = importer.preview(meeting_id, sheet, mapping)

    assert [row.status for row in preview.rows] == [RowStatus.ERROR, RowStatus.NEW]
    assert preview.rows[0].summary == (
        "Full name: 'Иван Петров' does not hold the family name 'Petrov' of column Surname; "
        "correct one of them, or give the given name a column of its own."
    )
