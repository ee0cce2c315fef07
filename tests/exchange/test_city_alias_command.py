"""``anmc-desktop city aliases``: list, add and remove a city's aliases; an import then
finds the city by them."""

from __future__ import annotations

import io
from pathlib import Path

from anmc_desktop.cli import EXIT_USER_ERROR, main


def _run(database: Path, *arguments: str) -> tuple[int, str]:
    out = io.StringIO()
    code = main(["--database", str(database), *arguments], out=out)
    return code, out.getvalue()


def test_aliases_are_added_listed_and_removed(sample_file, tmp_path: Path, capsys):
    database, meeting_id = sample_file
    code, out = _run(database, "city", "aliases", "Tomsk", "--add", "Томская область",
                     "--add", "Tomsk Oblast Administration")  # fmt: skip
    assert code == 0
    assert out.splitlines() == ["Томская область", "Tomsk Oblast Administration"]
    # An alias naming another city is refused, naming it; nothing changes.
    code, _ = _run(database, "city", "aliases", "tomsk", "--add", "Tokyo")
    assert code == EXIT_USER_ERROR
    assert "'Tokyo' already names Tokyo" in capsys.readouterr().err
    # The import finds Tomsk by the alias, and says so.
    listing = tmp_path / "list.csv"
    listing.write_text("City,Family name,Given name\nТомская область,Petrov,Ivan\n", "utf-8")
    code, out = _run(database, "import", "persons", "--meeting", str(meeting_id), "--dry-run",
                     str(listing))  # fmt: skip
    assert code == 0
    assert "city 'Томская область' matched by alias" in out
    code, out = _run(database, "city", "aliases", "Томск", "--remove", "томская область")
    assert code == 0 and out.splitlines() == ["Tomsk Oblast Administration"]
    code, _ = _run(database, "city", "aliases", "Atlantis")
    assert code == EXIT_USER_ERROR
