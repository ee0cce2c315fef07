"""The command line's language: its progress bar names each step as the window does.

The language is the one the window would take (``anmc-desktop --language``, else the
preferences, else the system's locale from the environment) and the words are the
window's own translations of the step names (the "progress" context of
``anmc_desktop_<language>.ts``, read without Qt), so that a step is named alike in the
window's progress dialog and on the command line. The command line's other messages
(errors, reports, help) are English.
"""

from __future__ import annotations

import locale
import os
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from functools import cache

from babel.numbers import format_decimal

from anmc_desktop import languages, settings

# The window's contexts of the step names and of "{step}: {done} of {total}"
# (ui/background.py).
STEP_CONTEXT = "progress"
COUNT_CONTEXT = "background"
COUNT = "{step}: {done} of {total}"


def system_locale() -> str:
    """The locale the environment asks for messages in (POSIX order), else Python's."""
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        if value := os.environ.get(name):
            return value
    return locale.getlocale()[0] or ""


def command_language(chosen: str | None) -> str:
    """``chosen`` (the command line's --language), else the preferences', else the
    system's, as the window chooses."""
    return languages.language_for(chosen or settings.load().language, system_locale())


@cache
def _window_texts(code: str) -> dict[tuple[str, str], str]:
    """The finished translations of the step names and the count, by (context, source);
    none for English or a catalogue that is not there or cannot be read."""
    source = languages.window_catalogue(code)
    if code == languages.SOURCE_LANGUAGE or not source.is_file():
        return {}
    try:
        root = ET.parse(source).getroot()
    except ET.ParseError:
        return {}
    texts: dict[tuple[str, str], str] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        if name not in (STEP_CONTEXT, COUNT_CONTEXT):
            continue
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") is None and translation.text:
                texts[(name, message.findtext("source") or "")] = translation.text
    return texts


@dataclass(frozen=True)
class StepWords:
    """A progress step's name and count in one language."""

    language: str = languages.SOURCE_LANGUAGE
    _texts: dict[tuple[str, str], str] = field(default_factory=dict, repr=False)

    @classmethod
    def of(cls, code: str) -> StepWords:
        return cls(code, _window_texts(code))

    def step(self, name: str) -> str:
        return self._texts.get((STEP_CONTEXT, name), name)

    def count(self, step: str, done: int, total: int) -> str:
        """ "Drawing the pages [###...]: 6,000 of 20,000", in the language's word order."""
        return self._texts.get((COUNT_CONTEXT, COUNT), COUNT).format(
            step=step, done=self.number(done), total=self.number(total)
        )

    def number(self, value: int) -> str:
        return format_decimal(value, locale=self.language)
