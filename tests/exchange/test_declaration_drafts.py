"""Declaration drafts in and out as .txt and .docx files, driven from the command line and
checked in the database: what cannot be placed is listed, never stored; bad files are
refused with a message and nothing written."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import docx
import pytest
from sqlalchemy import select

from anmc_desktop.cli import main
from anmc_desktop.db import open_database, sqlite_url
from anmc_desktop.models import Declaration, DeclarationParagraph
from anmc_desktop.services import Services

T = TypeVar("T")

DRAFT = """\
Tomsk Declaration

We, the representatives of Hanoi, Seoul and Tomsk, gathered in
Tomsk for the 13th Plenary Meeting of the Asian Network of Major Cities 21,

being aware that the well-being of a city depends on every generation,

agreeing that the young and the old alike bring strength to our communities,
~~~ ..
- 2 -
Hereby we declare:
1. We will discuss the problems that matter most to our residents
   and look for solutions together.
2) We will involve young people in the life of our cities.
• We will support initiatives that bring generations together.
Page 2 of 3
Done at Tomsk on 6 September 2014 in three originals.

For Hanoi (Hà Nội)
____________________
Lê Hồng Sơn
Vice Chairman of People's Committee
For Seoul
____________________
임종석
Mayor Vice of Political Affairs
For Tomsk
Сергей Жвачкин
Governor
For Atlantis
Nobody Known
King
"""

RUSSIAN = """\
Томская декларация

Мы, представители городов, собравшиеся в Томске,

Заявляем следующее:
1. Обсуждать проблемы, важные для жителей.
2. Вовлекать молодежь в жизнь городов.
3. Поддерживать инициативы, объединяющие поколения.
4. Совершенствовать политику и обмениваться опытом.
5. Осуществлять совместные проекты.
6. Рассмотреть, каким должно быть сообщество.
"""


def _run(database_path, *arguments, out=None):
    return main(["--database", str(database_path), *arguments], out=out or io.StringIO())


def _with_services(path: Path, read: Callable[[Services], T]) -> T:
    """What ``read`` finds in the database file (opened, then closed again)."""
    database = open_database(sqlite_url(path))
    try:
        return read(Services.on(database))
    finally:
        database.dispose()


def _declarations(path: Path, meeting_id: int) -> list[tuple[int, tuple[str, ...], str]]:
    """(id, languages, title) of every declaration of the meeting."""

    def read(services: Services) -> list[tuple[int, tuple[str, ...], str]]:
        with services.database.reading() as session:
            rows = session.scalars(select(Declaration).where(Declaration.meeting_id == meeting_id))
            return [(d.id, tuple(v.language for v in d.versions), d.title) for d in rows]

    return _with_services(path, read)


def test_a_dry_run_lists_the_parts_and_the_lines_it_cannot_place_and_writes_nothing(
    sample_file, tmp_path
):
    database_path, sample_meeting_id = sample_file
    draft = tmp_path / "draft.txt"
    draft.write_text(DRAFT, encoding="utf-8")
    before = _declarations(database_path, sample_meeting_id)
    out = io.StringIO()
    code = _run(
        database_path, "import", "declaration", "--meeting", str(sample_meeting_id),
        "--dry-run", str(draft), out=out,
    )  # fmt: skip
    printed = out.getvalue()
    assert code == 0
    assert "new declaration “Tomsk Declaration” in English" in printed
    assert "2 preamble paragraph(s), transition “Hereby we declare:”, 3 clause(s)" in printed
    assert "  1. We will discuss the problems that matter most to our residents and look" in (
        printed
    )
    assert "signatories: Hanoi: Le Hong Son; Seoul: Im Jong-seok; Tomsk: Sergey Zhvachkin" in (
        printed
    )
    for unplaced in ("'~~~ ..'", "'- 2 -': a page number", "'Page 2 of 3': a page number",
                     "'For Atlantis'"):  # fmt: skip
        assert unplaced in printed
    assert _declarations(database_path, sample_meeting_id) == before


def test_the_import_makes_a_declaration_with_signatories_matched_in_any_script(
    sample_file, tmp_path
):
    database_path, sample_meeting_id = sample_file
    draft = tmp_path / "draft.txt"
    draft.write_text(DRAFT, encoding="utf-8")
    assert _run(database_path, "import", "declaration", "--meeting", str(sample_meeting_id),
                str(draft)) == 0  # fmt: skip
    first, new = _declarations(database_path, sample_meeting_id)
    assert new[1:] == (("en",), "Tomsk Declaration")
    assert first[2] == "Tomsk Declaration" and first[0] != new[0]

    def signatories(services: Services) -> list[tuple[str, str]]:
        return [(s.city_name, s.latin_name) for s in services.declarations.list_signatories(new[0])]

    assert _with_services(database_path, signatories) == [
        ("Hanoi", "Le Hong Son"), ("Seoul", "Im Jong-seok"), ("Tomsk", "Sergey Zhvachkin"),
    ]  # fmt: skip

    # AND nothing it could not place was stored
    def texts(services: Services) -> list[str]:
        with services.database.reading() as session:
            return list(
                session.scalars(
                    select(DeclarationParagraph.text).where(
                        DeclarationParagraph.declaration_id == new[0]
                    )
                )
            )

    stored = _with_services(database_path, texts)
    assert len(stored) == 5
    assert not any("~~~" in t or "Page 2" in t or "- 2 -" in t for t in stored)


def test_a_russian_text_is_added_to_the_meetings_declaration(sample_file, tmp_path):
    database_path, sample_meeting_id = sample_file
    draft = tmp_path / "ru.txt"
    draft.write_text(RUSSIAN, encoding="utf-8")
    argv = ["import", "declaration", "--meeting", str(sample_meeting_id), "--language", "ru"]
    assert _run(database_path, *argv, str(draft)) == 0
    record = _with_services(
        database_path, lambda services: services.declarations.get_for_meeting(sample_meeting_id)
    )
    assert record.languages == ("en", "ru")
    russian = record.other_versions[0]
    assert (russian.title, russian.transition) == ("Томская декларация", "Заявляем следующее:")
    assert len(russian.clauses) == 6
    assert len(_declarations(database_path, sample_meeting_id)) == 1


def test_the_export_is_a_word_file_that_reads_back_the_same(sample_file, tmp_path):
    database_path, sample_meeting_id = sample_file
    output = tmp_path / "tomsk.docx"
    argv = ["export", "declaration", "--meeting", str(sample_meeting_id), "-o", str(output)]
    assert _run(database_path, *argv) == 0
    paragraphs = [p.text for p in docx.Document(str(output)).paragraphs]
    record = _with_services(
        database_path, lambda services: services.declarations.get_for_meeting(sample_meeting_id)
    )
    assert paragraphs[0] == "Tomsk Declaration"
    for number, clause in enumerate(record.clauses, start=1):
        assert f"{number}. {clause}" in paragraphs
    assert "For Hanoi (Hà Nội)" in paragraphs
    # WHEN it is imported back as a dry run THEN the same text and signatories come out
    out = io.StringIO()
    argv = ["import", "declaration", "--meeting", str(sample_meeting_id), "--dry-run"]
    assert _run(database_path, *argv, str(output), out=out) == 0
    printed = out.getvalue()
    assert "4 preamble paragraph(s), transition “Hereby we declare:”, 6 clause(s)" in printed
    assert "not placed" not in printed
    assert "Tomsk: Sergey Zhvachkin" in printed


def _zip_bomb(path: Path) -> None:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", b"<w:document>" + b" " * (80 * 1024 * 1024))


def _no_paragraphs(path: Path) -> None:
    docx.Document().save(str(path))


BAD_FILES = {
    "empty.txt": (lambda p: p.write_bytes(b""), "is empty"),
    "binary.txt": (lambda p: p.write_bytes(bytes(range(256)) * 64), "not a text file"),
    "huge.txt": (lambda p: p.write_bytes(b"We will.\n" * (50 * 1024 * 1024 // 9)), "MB"),
    "bomb.docx": (_zip_bomb, "zip bomb"),
    "blank.docx": (_no_paragraphs, "holds no paragraph"),
    "twice.txt": (
        lambda p: p.write_text("Title\n\nHereby:\n1. One.\n2. Two.\n2. Again.\n", "utf-8"),
        "clause number 2 appears twice (lines 5 and 6)",
    ),
    "fake.docx": (lambda p: p.write_bytes(b"not a zip at all"), "not a Word document"),
}


@pytest.mark.parametrize("name", list(BAD_FILES))
def test_bad_files_are_refused_with_a_message_and_nothing_is_written(
    sample_file, tmp_path, capsys, name
):
    database_path, sample_meeting_id = sample_file
    make, message = BAD_FILES[name]
    path = tmp_path / name
    make(path)
    before = _declarations(database_path, sample_meeting_id)
    out = io.StringIO()
    argv = ["import", "declaration", "--meeting", str(sample_meeting_id), str(path)]
    code = _run(database_path, *argv, out=out)
    assert code != 0
    assert message in capsys.readouterr().err + out.getvalue()
    assert _declarations(database_path, sample_meeting_id) == before
