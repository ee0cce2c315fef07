"""Extract the texts to translate and merge them into the translation sources.

The window's texts are found by ``pyside6-lupdate`` (every ``translate(...)`` and
``QT_TRANSLATE_NOOP(...)`` under anmc_desktop/ui) and kept in Qt Linguist files,
resources/translations/anmc_desktop_<language>.ts. The printed documents' texts are found by
Babel's extractor (``gettext(...)`` / ``ngettext(...)`` / ``N_(...)`` under
anmc_desktop/printing and in records/logistics.py, whose lists print) together with the labels
of the closed vocabularies (records/enums.py, records/seating.py) they print, and kept in gettext
files, resources/translations/anmc_printing_<language>.po.

lupdate marks a text as a plural (``%n``) only when its count is a number literal, and
forgets the plural forms of a text it does not see as one: the merge below keeps the
translations itself and makes every text with ``%n`` a plural. Used by ``update`` beside
this file and by tests/test_translations.py.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract, extract_from_dir
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parents[2]
FOLDER = ROOT / "resources" / "translations"
LANGUAGES = {"ru": "ru_RU", "ja": "ja_JP"}
PLURAL_FORMS = {"ru": 3, "ja": 1}
WINDOW_SOURCES = ROOT / "anmc_desktop" / "ui"
PRINTING_SOURCES = ROOT / "anmc_desktop" / "printing"
# Records whose fixed texts print (marked N_): the logistics lists, shared with their files.
PRINTED_RECORDS = (ROOT / "anmc_desktop" / "records" / "logistics.py",)

Key = tuple[str, str]  # (context, source text)
Translation = list[str]  # one text, or the plural forms


def lupdate() -> Path:
    import PySide6

    return Path(PySide6.__file__).parent / ("lupdate.exe" if sys.platform == "win32" else "lupdate")


def extract_window_texts(sources: Path = WINDOW_SOURCES) -> list[Key]:
    """Every (context, text) lupdate finds in the window's code, in its order."""
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "extracted.ts"
        command = [str(lupdate()), "-silent", "-extensions", "py", "-locations", "none"]
        subprocess.run([*command, str(sources), "-ts", str(target)], check=True)
        return list(read_ts(target))


def read_ts(path: Path) -> dict[Key, Translation | None]:
    """The messages of a .ts file: their translation, None where it is unfinished."""
    messages: dict[Key, Translation | None] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = translation.findall("numerusform") if translation is not None else []
            texts = [form.text or "" for form in forms] or [
                translation.text or "" if translation is not None else ""
            ]
            finished = translation is not None and translation.get("type") is None
            messages[(name, message.findtext("source") or "")] = texts if finished else None
    return messages


def write_ts(
    path: Path, language: str, keys: Iterable[Key], known: dict[Key, Translation | None]
) -> int:
    """Write the .ts of ``language`` with ``keys`` in this order and the ``known``
    translations; returns how many are unfinished."""
    root = ET.Element("TS", version="2.1", language=LANGUAGES[language], sourcelanguage="en")
    contexts: dict[str, ET.Element] = {}
    unfinished = 0
    for name, source in keys:
        if name not in contexts:
            contexts[name] = ET.SubElement(root, "context")
            ET.SubElement(contexts[name], "name").text = name
        message = ET.SubElement(contexts[name], "message")
        ET.SubElement(message, "source").text = source
        translation = ET.SubElement(message, "translation")
        texts = known.get((name, source))
        if texts is None:
            unfinished += 1
            translation.set("type", "unfinished")
        if "%n" in source:
            message.set("numerus", "yes")
            forms = (texts or []) + [""] * PLURAL_FORMS[language]
            for text in forms[: PLURAL_FORMS[language]]:
                ET.SubElement(translation, "numerusform").text = text
        else:
            translation.text = texts[0] if texts else ""
    ET.indent(root)
    body = ET.tostring(root, encoding="unicode")
    path.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', "utf-8")
    return unfinished


def printed_labels() -> list[str]:
    """The labels of the closed vocabularies that the printed documents show."""
    sys.path.insert(0, str(ROOT))
    from anmc_desktop.records import enums, seating

    vocabularies = (
        enums.DelegationStatus,
        enums.PersonRole,
        enums.AgendaKind,
        enums.SignatoryStatus,
        enums.SigningOrderRule,
        seating.SeatingLayout,
        seating.HostPlace,
    )
    return [member.label for vocabulary in vocabularies for member in vocabulary]


def printing_template() -> Catalog:
    """Every text of the printed documents, as a gettext template."""
    template = Catalog()
    keywords = {"gettext": None, "ngettext": (1, 2), "pgettext": ((1, "c"), 2), "N_": None}
    for file_name, line, message, _comments, context in extract_from_dir(
        str(PRINTING_SOURCES), keywords=keywords, comment_tags=()
    ):
        template.add(message, locations=[(f"printing/{file_name}", line)], context=context)
    for source in PRINTED_RECORDS:
        with source.open("rb") as file:
            for line, message, _comments, context in extract("python", file, keywords):
                template.add(message, locations=[(f"records/{source.name}", line)], context=context)
    for label in printed_labels():
        template.add(label, auto_comments=["a label of records/enums.py"])
    return template


def update_po(language: str, template: Catalog) -> int:
    """Merge the template into the .po of ``language``; returns how many are unfinished."""
    path = FOLDER / f"anmc_printing_{language}.po"
    if path.is_file():
        with path.open("rb") as file:
            catalogue = read_po(file, locale=language)
    else:
        catalogue = Catalog(locale=language, project="ANMC Desktop")
    catalogue.update(template, no_fuzzy_matching=True)
    catalogue.obsolete.clear()
    with path.open("wb") as file:
        write_po(file, catalogue, omit_header=False, no_location=True, width=100)
    return sum(1 for message in catalogue if message.id and not message.string)


def untranslated_printing_texts(language: str) -> list[str]:
    with (FOLDER / f"anmc_printing_{language}.po").open("rb") as file:
        catalogue = read_po(file, locale=language)
    missing = [m.id for m in catalogue if m.id and (not m.string or m.fuzzy)]
    return [m if isinstance(m, str) else m[0] for m in missing]


def update_all() -> dict[str, tuple[int, int]]:
    """Refresh every catalogue; per language, how many window and printing texts are
    unfinished."""
    keys = extract_window_texts()
    template = printing_template()
    counts = {}
    for language in LANGUAGES:
        ts = FOLDER / f"anmc_desktop_{language}.ts"
        known = read_ts(ts) if ts.is_file() else {}
        counts[language] = (write_ts(ts, language, keys, known), update_po(language, template))
    return counts
