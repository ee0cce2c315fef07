"""A CSV saved by a Russian Excel: Windows-1251, semicolons, Russian headers."""

from __future__ import annotations

from import_helpers import empty_meeting, import_file, persons_of, write_text

from anmc_desktop.records.enums import PersonRole
from anmc_desktop.services import Services

TEXT = (
    "Список участников делегации\n"
    ";;;;\n"
    "Фамилия;Имя;Отчество;Должность;Город;Роль\n"
    "Кузнецова;Наталья;Сергеевна;Начальник отдела;г. Томск;советник\n"
    "Смирнов;Дмитрий;;Переводчик;Томск;переводчик\n"
)


def test_windows_1251_with_a_title_row_and_russian_headers(
    services: Services, sample_meeting_id, tmp_path
):
    # GIVEN a Windows-1251 file with a title row above the Russian header
    meeting_id = empty_meeting(services, sample_meeting_id)
    path = write_text(tmp_path, "участники.csv", TEXT, "cp1251")

    # WHEN it is imported
    preview, _ = import_file(services, meeting_id, path)

    # THEN the header was found in row 3 and the Cyrillic text decoded
    assert preview.header_row == 3
    persons = {p.family_name: p for p in persons_of(services, meeting_id)["Tomsk"]}
    assert persons["Кузнецова"].given_name == "Наталья Сергеевна"
    assert persons["Кузнецова"].position == "Начальник отдела"
    assert persons["Кузнецова"].role is PersonRole.ADVISER
    assert persons["Смирнов"].role is PersonRole.INTERPRETER
