"""Remembered column choices are written whole, never leaving half a file behind."""

from __future__ import annotations

from pathlib import Path

import pytest

from anmc_desktop.exchange.column_memory import load_choices, save_choices
from anmc_desktop.exchange.person_fields import Field


def test_remembered_choices_are_added_and_written_whole(tmp_path: Path):
    folder = tmp_path / "memory"
    path = folder / "columns.json"

    save_choices(path, {"Фамилия": Field.FAMILY_NAME})
    save_choices(path, {"Имя": Field.GIVEN_NAME})

    assert set(load_choices(path).values()) == {Field.FAMILY_NAME, Field.GIVEN_NAME}
    assert [p.name for p in folder.iterdir()] == ["columns.json"]


def test_a_failed_write_leaves_no_temporary_file_behind(tmp_path: Path):
    # GIVEN a folder where the choices file should be
    folder = tmp_path / "memory"
    (folder / "columns.json").mkdir(parents=True)

    # WHEN choices are saved
    with pytest.raises(OSError):
        save_choices(folder / "columns.json", {"Фамилия": Field.FAMILY_NAME})

    # THEN no temporary file is left beside it
    assert [p.name for p in folder.iterdir()] == ["columns.json"]
