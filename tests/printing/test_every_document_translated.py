"""Every document the command line prints, of the sample meeting (Tomsk 2014), in Russian
and in Japanese: its translated heading is there and none of its English fixed texts is
left (names and data aside).

A document's English fixed texts are found, not listed: the texts of the printing
catalogue (and, for letters, of the English letter templates) that its English print
shows once the sample's own data (names, titles, places, ...) is taken out of it. So a
text added to a document in English only fails here until it is translated. Data is taken
out line by line too (a line that is a piece of a data text: a position wrapped in its
cell), then wherever a whole data text stands.
"""

from __future__ import annotations

import dataclasses
import enum
import io
import re
import subprocess
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import docx
import pytest
from babel.messages.pofile import read_po

from anmc_desktop import languages
from anmc_desktop.cli import main
from anmc_desktop.db import open_database, sqlite_url
from anmc_desktop.printing.documents import DocumentKind, PrintRequest
from anmc_desktop.printing.letter_text import LetterKind, default_template
from anmc_desktop.services import Services

LANGUAGES = ("ru", "ja")
# What each document shows in its document language: its title, or (a card, a letter)
# what it prints of its own.
HEADINGS: dict[DocumentKind, dict[str, str]] = {
    DocumentKind.DECLARATION: {"ru": "ПРОЕКТ, распечатан", "ja": "草案（"},
    DocumentKind.SIGNATORIES: {"ru": "Подписанты: Tomsk Declaration", "ja": "署名者: Tomsk"},
    DocumentKind.DELEGATIONS: {"ru": "Список делегаций", "ja": "代表団名簿"},
    DocumentKind.PROGRAMME: {"ru": "Программа: 13th Plenary", "ja": "プログラム: 13th Plenary"},
    DocumentKind.BADGES: {"ru": "ГЛАВА ДЕЛЕГАЦИИ", "ja": "団長"},
    DocumentKind.PLACE_CARDS: {"ru": "Sergey Zhvachkin", "ja": "Sergey Zhvachkin"},
    DocumentKind.INVITATION_LETTERS: {
        "ru": "Глава делегации города Bangkok",
        "ja": "Bangkok代表団団長 様",
    },
    DocumentKind.VISA_LETTERS: {"ru": "ВИЗОВАЯ ПОДДЕРЖКА", "ja": "査証発給に関する依頼状"},
    DocumentKind.ARRIVALS: {"ru": "Прибытие и убытие", "ja": "到着・出発一覧"},
    DocumentKind.ROOMING: {"ru": "Список размещения", "ja": "宿泊者名簿"},
    DocumentKind.DIETARY: {
        "ru": "Питание и особые потребности",
        "ja": "食事制限・バリアフリー対応",
    },
    DocumentKind.TRANSPORT: {"ru": "Транспортное обслуживание", "ja": "配車表"},
    DocumentKind.SEATING: {"ru": "План рассадки: 13th", "ja": "座席表: 13th"},
    DocumentKind.MEETING_REPORT: {"ru": "Отчёт: 13th Plenary", "ja": "報告書: 13th Plenary"},
}
# The file's title (what a viewer's title bar and a screen reader name), by kind.
TITLES = {
    DocumentKind.PLACE_CARDS: {"ru": "Настольные карточки: ", "ja": "席札: "},
    DocumentKind.BADGES: {"ru": "Бейджи: ", "ja": "名札: "},
}


@dataclasses.dataclass(frozen=True)
class Sample:
    database: Path
    meeting_id: int
    data: tuple[str, ...]  # every text of the sample's records, longest first


def _texts_of(value: object) -> Iterator[str]:
    """Every string inside a record (dataclasses, tuples, lists), recursively; not the
    stored values of enums ("head"), which print as their labels."""
    if isinstance(value, enum.Enum):
        return
    if isinstance(value, str):
        yield value
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for item in dataclasses.fields(value):
            yield from _texts_of(getattr(value, item.name))
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _texts_of(item)


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Sample]:
    path = tmp_path_factory.mktemp("sample") / "tomsk.db"
    database = open_database(sqlite_url(path))
    try:
        services = Services.on(database)
        meeting_id = services.sample.load()
        documents = [
            services.print_data.for_request(PrintRequest(kind, meeting_id))
            for kind in (DocumentKind.DECLARATION, DocumentKind.DELEGATIONS,
                         DocumentKind.SEATING, DocumentKind.MEETING_REPORT)
        ]  # fmt: skip
        data = {_flat(text) for text in _texts_of(documents) if text.strip()}
    finally:
        database.dispose()
    yield Sample(path, meeting_id, tuple(sorted(data, key=len, reverse=True)))


def _flat(text: str) -> str:
    """Kangxi radicals and other compatibility forms read back as the letters typed."""
    return " ".join(unicodedata.normalize("NFKC", text).split())


def _print(sample: Sample, kind: DocumentKind, language: str, output: Path) -> Path:
    arguments = ["--database", str(sample.database), "print", kind.value, "--meeting",
                 str(sample.meeting_id), "-o", str(output), "--language", language]  # fmt: skip
    assert main(arguments, out=io.StringIO()) == 0
    return output


def _pdf_text(path: Path) -> str:
    """The text, each line as pdftotext reads it (lines kept: see ``_without_data``)."""
    shown = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, check=True)
    return "\n".join(_flat(line) for line in shown.stdout.decode().splitlines())


def _pdf_title(path: Path) -> str:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, check=True).stdout
    line = next(line for line in info.decode().splitlines() if line.startswith("Title:"))
    return line.removeprefix("Title:").strip()


def _without_data(text: str, sample: Sample) -> str:
    lines = [line for line in text.splitlines()
             if not any(re.sub(r"^\d+\. ", "", line) in data for data in sample.data)]  # fmt: skip
    text = " ".join(lines)
    for data in sample.data:
        text = re.sub(rf"(?<!\w){re.escape(data)}(?!\w)", " ", text)
    return text


def _fragments(text: str) -> set[str]:
    """The pieces of a fixed text between its fields, of three letters at least."""
    pieces = (piece.strip(' :,.;!()·+«»"') for piece in re.split(r"\$?\{[^}]*\}", text))
    return {piece for piece in pieces if len(re.findall(r"[A-Za-z]", piece)) >= 3}


def _catalogue_fragments() -> set[str]:
    with languages.printing_catalogue("ru").open("rb") as file:
        catalogue = read_po(file, locale="ru")
    fragments: set[str] = set()
    for message in catalogue:
        for text in message.id if isinstance(message.id, tuple) else (message.id,):
            fragments |= _fragments(text)
    return fragments


def _template_fragments(kind: DocumentKind) -> set[str]:
    letter = kind.letter
    if letter is None:
        return set()
    return {
        fragment
        for line in default_template(LetterKind(letter), "en").splitlines()
        for fragment in _fragments(line)
    }


def _shown(fragment: str, text: str) -> bool:
    """Whether ``text`` shows the fragment as words, in any case ("HEAD OF DELEGATION")."""
    found = re.search(rf"(?<![A-Za-z]){re.escape(fragment)}(?![A-Za-z])", text, re.IGNORECASE)
    return found is not None


@pytest.mark.parametrize("kind", list(DocumentKind), ids=lambda kind: kind.value)
def test_every_document_prints_in_russian_and_japanese(
    sample: Sample, kind: DocumentKind, tmp_path: Path, all_scripts_fonts: None
) -> None:
    english = _without_data(_pdf_text(_print(sample, kind, "en", tmp_path / "en.pdf")), sample)
    fixed = {f for f in _catalogue_fragments() | _template_fragments(kind) if _shown(f, english)}
    if kind is not DocumentKind.PLACE_CARDS:  # cards print names and cities only
        assert fixed, f"the English {kind.value} shows none of its fixed texts"
    for language in LANGUAGES:
        output = _print(sample, kind, language, tmp_path / f"{language}.pdf")
        text = _pdf_text(output)
        assert _flat(HEADINGS[kind][language]) in _flat(text)
        left = sorted(f for f in fixed if _shown(f, _without_data(text, sample)))
        assert not left, f"{kind.value} in {language} still prints {left}"
        title = _pdf_title(output)
        assert title.startswith(TITLES.get(kind, {}).get(language, "")), title
        assert not any(_shown(f, title) for f in fixed)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_word_report_reads_back_in_the_document_language(
    sample: Sample, language: str, tmp_path: Path
) -> None:
    def read_back(path: Path) -> tuple[str, docx.document.Document]:
        document = docx.Document(str(path))
        cells = [cell.text for table in document.tables for row in table.rows
                 for cell in row.cells]  # fmt: skip
        return _flat(" \n ".join([p.text for p in document.paragraphs] + cells)), document

    kind = DocumentKind.MEETING_REPORT
    english, _ = read_back(_print(sample, kind, "en", tmp_path / "en.docx"))
    fixed = {f for f in _catalogue_fragments() if _shown(f, _without_data(english, sample))}
    assert {"Statistics", "Participants by city", "Programme as held"} <= fixed
    text, document = read_back(_print(sample, kind, language, tmp_path / f"{language}.docx"))
    left = sorted(f for f in fixed if _shown(f, _without_data(text, sample)))
    assert not left, f"the .docx report in {language} still says {left}"
    expected = {"ru": ("Отчёт: 13th", "Статистика", "Фактическая программа", "Глава делегации"),
                "ja": ("報告書: 13th", "統計", "実施プログラム", "団長")}[language]  # fmt: skip
    assert all(_flat(words) in text for words in expected)
    assert document.core_properties.language == language
