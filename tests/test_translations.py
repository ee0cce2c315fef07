"""Every text of the window and of the printed documents is translated into every language,
and the catalogues hold exactly the texts the code has (packaging/translations/update)."""

from __future__ import annotations

import ast
import importlib.util
import re
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from anmc_desktop import languages

ROOT = Path(__file__).resolve().parents[1]
PLACEHOLDER = re.compile(r"\{[a-z_0-9]*\}")


def _catalogues_module():
    spec = importlib.util.spec_from_file_location(
        "catalogues", ROOT / "packaging" / "translations" / "catalogues.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


catalogues = _catalogues_module()


def _literal_calls(folder: Path) -> tuple[set[tuple[str, str]], list[str]]:
    """The (context, text) of every translate / QT_TRANSLATE_NOOP call written with
    literals, and the calls whose count lupdate cannot read (it drops those texts)."""
    found, unreadable = set(), []
    for path in folder.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "attr", getattr(node.func, "id", ""))
            if name not in {"translate", "QT_TRANSLATE_NOOP"} or len(node.args) < 2:
                continue
            if all(isinstance(a, ast.Constant) for a in node.args[:2]):
                found.add((node.args[0].value, node.args[1].value))
                if len(node.args) == 4 and not isinstance(node.args[3], ast.Name):
                    unreadable.append(f"{path.name}:{node.lineno}")
    return found, unreadable


@pytest.mark.parametrize("language", languages.TRANSLATED_LANGUAGES)
def test_every_window_text_is_translated(language: str):
    messages = catalogues.read_ts(languages.window_catalogue(language))
    unfinished = [source for (_, source), text in messages.items() if text is None]
    assert unfinished == []
    empty = [source for (_, source), forms in messages.items() if not all(forms)]
    assert empty == []


@pytest.mark.parametrize("language", languages.TRANSLATED_LANGUAGES)
def test_translations_keep_the_placeholders_and_plural_count(language: str):
    for (context, source), forms in catalogues.read_ts(
        languages.window_catalogue(language)
    ).items():
        for text in forms or []:
            assert set(PLACEHOLDER.findall(text)) == set(PLACEHOLDER.findall(source)), (
                context,
                source,
                text,
            )
            assert ("%n" in text) == ("%n" in source), (context, source, text)


def test_the_catalogues_hold_exactly_the_texts_lupdate_finds_in_the_code():
    # lupdate runs over the code into a fresh file, as packaging/translations/update does
    extracted = set(catalogues.extract_window_texts())
    for language in languages.TRANSLATED_LANGUAGES:
        assert set(catalogues.read_ts(languages.window_catalogue(language))) == extracted


def test_lupdate_sees_every_text_written_for_translation():
    written, unreadable = _literal_calls(ROOT / "anmc_desktop" / "ui")
    # a count lupdate cannot read (len(x), a - 1) makes it skip the text: name it first
    assert unreadable == []
    assert written - set(catalogues.extract_window_texts()) == set()


@pytest.mark.parametrize("language", languages.TRANSLATED_LANGUAGES)
def test_every_printed_text_is_translated(language: str):
    assert catalogues.untranslated_printing_texts(language) == []


@pytest.mark.parametrize("language", languages.TRANSLATED_LANGUAGES)
def test_the_printing_catalogue_holds_exactly_the_printed_texts(language: str):
    with languages.printing_catalogue(language).open("rb") as file:
        catalogue = read_po(file, locale=language)
    ids = {m.id if isinstance(m.id, str) else m.id[0] for m in catalogue if m.id}
    template = catalogues.printing_template()
    assert ids == {m.id if isinstance(m.id, str) else m.id[0] for m in template if m.id}
