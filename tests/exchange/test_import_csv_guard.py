"""The apostrophe our CSV export puts before formula-like text comes off when the file
is read back, in whichever columns and rows it stands, and only there."""

from __future__ import annotations

from anmc_desktop.exchange.csv_reader import read_csv


def test_guards_come_off_in_every_column_and_short_row() -> None:
    # GIVEN guarded cells in two columns, a row shorter than the others, a quoted guarded
    # cell, an apostrophe that guards nothing and one inside a name
    text = (
        "City,Phone,Notes\n"
        "Tomsk,'+7 3822 000,'=SUM(A1)\n"
        "Kazan,'-5\n"
        'Perm,"\'@home","\'plain"\n'
        "Omsk,O'Brien,'''=x\n"
    )
    # WHEN the file is read
    rows, _ = read_csv(text.encode(), "list.csv")
    # THEN each guard is off, and nothing else changed
    assert rows == [
        ["City", "Phone", "Notes"],
        ["Tomsk", "+7 3822 000", "=SUM(A1)"],
        ["Kazan", "-5"],
        ["Perm", "@home", "'plain"],
        ["Omsk", "O'Brien", "''=x"],
    ]


def test_guard_in_the_last_column_found_after_a_sep_line() -> None:
    text = "sep=;\nCity;Phone;Notes\nTomsk;;\nKazan;;'+1\n"
    rows, _ = read_csv(text.encode(), "list.csv")
    assert rows == [[], ["City", "Phone", "Notes"], ["Tomsk", "", ""], ["Kazan", "", "+1"]]


def test_a_column_first_guarded_far_down_the_file_is_unguarded_too() -> None:
    # GIVEN phones guarded from the first row, and notes whose first guard comes after
    # the rows that choose which columns are searched first
    lines = ["City,Phone,Notes"]
    lines += [f"Tomsk,'+7 {n},plain" for n in range(300)]
    lines += ["Kazan,'+7 1,'=SUM(A1)"]
    # WHEN the file is read
    rows, _ = read_csv("\n".join(lines).encode(), "list.csv")
    # THEN both columns' guards are off
    assert rows[1] == ["Tomsk", "+7 0", "plain"]
    assert rows[-1] == ["Kazan", "+7 1", "=SUM(A1)"]
