"""Which font draws which character, and the check that every character can be drawn.

Each script has a list of preferred families (regular and bold, sans and serif, in
``font_families``); the first one the machine has draws it, and the fonts bundled with
the app only where the machine has none. A line of mixed scripts is cut into runs, one
per font, so that "Lê Hồng Sơn 임종석 東京" comes out in three fonts; spaces, digits and
punctuation stay with the text around them. Before a document is built, every character
of every field is checked against the font that will draw it (``FontSet.check``), so
nothing prints as a blank box.
"""

from __future__ import annotations

import enum
import itertools
import shutil
import subprocess
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from reportlab.pdfbase import pdfmetrics

from anmc_desktop import paths
from anmc_desktop.errors import UserFacingError
from anmc_desktop.printing.font_families import SCRIPT_FONTS
from anmc_desktop.printing.fonts import FontFace, has_truetype_outlines, installed_faces
from anmc_desktop.printing.glyphs import GlyphFont, face_characters, glyph_font
from anmc_desktop.printing.scripts import Script, is_drawn, script_of


class Face(enum.Enum):
    SANS = "sans"
    SERIF = "serif"


@dataclass(frozen=True)
class Run:
    """Consecutive characters drawn with one font (a name registered with ReportLab)."""

    font_name: str
    text: str


@dataclass(frozen=True)
class Missing:
    """A field with characters that no installed font draws."""

    label: str
    text: str
    script: Script
    characters: str


class MissingFontError(UserFacingError):
    def __init__(self, missing: Sequence[Missing]) -> None:
        self.missing = list(missing)
        super().__init__(describe_missing(self.missing))


def describe_missing(missing: Sequence[Missing]) -> str:
    by_script: dict[Script, list[Missing]] = {}
    for item in missing:
        by_script.setdefault(item.script, []).append(item)
    parts = []
    for script, items in by_script.items():
        shown = "; ".join(f"{item.label} ({item.text})" for item in items[:5])
        more = f" and {len(items) - 5} more" if len(items) > 5 else ""
        package = SCRIPT_FONTS[script].debian_package
        parts.append(
            f"no installed font draws the {script.label} script needed for {shown}{more}. "
            f"On Debian or Ubuntu install the package {package} "
            f"(sudo apt-get install {package}); elsewhere put a TrueType (.ttf) font "
            f"for {script.label} into {paths.fonts_dir()}"
        )
    return "Cannot print: " + " | ".join(parts) + "."


@dataclass
class _LoadedFont:
    name: str
    face: FontFace
    characters: frozenset[int]


@dataclass
class FontSet:
    """The fonts of one document style (sans or serif), loaded as they are needed."""

    face: Face = Face.SANS
    installed: Sequence[FontFace] | None = None
    ask_fontconfig: bool = True  # the last resort for characters no preferred family has
    _chosen: dict[tuple[Script, bool], list[_LoadedFont]] = field(default_factory=dict)
    _by_character: dict[tuple[int, bool, Script], _LoadedFont | None] = field(default_factory=dict)
    _runs: dict[tuple[str, bool], list[Run]] = field(default_factory=dict)
    _japanese: set[str] = field(default_factory=set)

    # -- choosing -------------------------------------------------------------------------

    def base_font(self, bold: bool = False) -> str:
        """The Latin font: the base of every paragraph style."""
        fonts = self._fonts(Script.LATIN, bold)
        if not fonts:
            raise MissingFontError([Missing("every text", "Latin letters", Script.LATIN, "A")])
        return _registered(fonts[0].name)

    def font_for_script(self, script: Script, bold: bool = False) -> FontFace | None:
        fonts = self._fonts(script, bold)
        return fonts[0].face if fonts else None

    def _fonts(self, script: Script, bold: bool) -> list[_LoadedFont]:
        key = (script, bold)
        if key not in self._chosen:
            self._chosen[key] = [self._load(face) for face in self._candidates(script, bold)[:1]]
        return self._chosen[key]

    def _candidates(self, script: Script, bold: bool) -> list[FontFace]:
        wanted = SCRIPT_FONTS[script]
        families = wanted.serif + wanted.sans if self.face is Face.SERIF else wanted.sans
        if self.installed is None:
            self.installed = installed_faces()
        faces = []
        for family in families:
            matches = [f for f in self.installed if f.family == family and f.regular_style]
            ranked = sorted(matches, key=lambda f: (f.bold != bold, _named_bold(f) != bold))
            faces.extend(f for f in ranked if has_truetype_outlines(f.path, f.index))
        faces.sort(key=lambda f: f.bundled)  # the machine's own fonts first, the bundle's else
        return faces

    def _more_fonts(self, script: Script, bold: bool) -> Iterable[_LoadedFont]:
        """Further fonts for a script, loaded one at a time when the first lacks a glyph."""
        loaded = self._fonts(script, bold)
        yield from loaded
        known = {font.face.key for font in loaded}
        for face in self._candidates(script, bold):
            if face.key not in known:
                font = self._load(face)
                loaded.append(font)
                known.add(face.key)
                yield font

    def _load(self, face: FontFace) -> _LoadedFont:
        return _LoadedFont(_font_name(face), face, face_characters(str(face.path), face.index))

    def font_for(self, character: str, script: Script, bold: bool) -> _LoadedFont | None:
        """The first font of the character's script that has it, else any font that has."""
        code = ord(character)
        key = (code, bold, script)
        if key in self._by_character:
            return self._by_character[key]
        found = next((f for f in self._more_fonts(script, bold) if code in f.characters), None)
        if found is None:
            found = self._any_font_with(code, bold)
        self._by_character[key] = found
        return found

    def _any_font_with(self, code: int, bold: bool) -> _LoadedFont | None:
        for fonts in self._chosen.values():
            for font in fonts:
                if code in font.characters:
                    return font
        for face in _fontconfig_faces_covering(code) if self.ask_fontconfig else []:
            font = self._load(face)
            if code in font.characters:
                self._chosen.setdefault((Script.COMMON, bold), []).append(font)
                return font
        return None

    def read_as_japanese(self, texts: Iterable[str]) -> None:
        """Print the Chinese characters of these texts in Japanese forms (names of
        Japanese cities, whose kanji carry no kana to tell)."""
        for text in texts:
            self._japanese.add(text)
            for bold in (False, True):
                self._runs.pop((text, bold), None)

    # -- cutting text into runs -----------------------------------------------------------

    def runs(self, text: str, bold: bool = False) -> list[Run]:
        """The text cut into runs of one font each, their fonts registered with ReportLab.
        Characters no font has are dropped here; ``check`` reports them before any
        document is built."""
        cut = self._cut_once(text, bold)
        for run in cut:
            _registered(run.font_name)
        return cut

    def _cut_once(self, text: str, bold: bool) -> list[Run]:
        key = (text, bold)
        cached = self._runs.get(key)
        if cached is None:
            cached = self._runs[key] = self._cut(text, bold)
        return cached

    def _cut(self, text: str, bold: bool) -> list[Run]:
        if not text:
            return []
        if text.isascii() and text.isprintable():
            base = self._fonts(Script.LATIN, bold)
            if base and all(ord(c) in base[0].characters for c in text):
                return [Run(base[0].name, text)]
        scripts = [script_of(character) for character in text]
        japanese = Script.KANA in scripts or text in self._japanese
        han_script = Script.KANA if japanese else Script.HAN
        assigned: list[tuple[str | None, str]] = []
        for character, script in zip(text, scripts, strict=True):
            if script is Script.HAN:
                script = han_script
            if script is Script.COMMON:
                assigned.append((None, character))
                continue
            font = self.font_for(character, script, bold)
            assigned.append((font.name if font else "", character))
        names = _attach_common_characters(assigned, self, bold)
        runs = []
        for name, group in itertools.groupby(zip(names, text, strict=True), key=lambda p: p[0]):
            if name:
                runs.append(Run(name, "".join(character for _, character in group)))
        return runs

    def check(self, fields: Iterable[tuple[str, str]], bold: bool = False) -> None:
        """Raise MissingFontError naming every field with characters no font draws."""
        missing = []
        for label, text in fields:
            runs = self._cut_once(text, bold)
            if sum(len(run.text) for run in runs) == len(text):
                continue  # runs keep only characters their font has
            drawn = {
                character
                for run in runs
                for character in run.text
                if self.draws(run.font_name, character)
            }
            lacking = [c for c in dict.fromkeys(text) if is_drawn(c) and c not in drawn]
            if lacking:
                scripts = [script_of(c) for c in lacking]
                script = next((s for s in scripts if s is not Script.COMMON), Script.COMMON)
                missing.append(Missing(label, text, script, "".join(lacking)))
        if missing:
            raise MissingFontError(missing)

    def draws(self, font_name: str, character: str) -> bool:
        face = _NAMED.get(font_name)
        if face is None:  # a font registered without a FontSet (e.g. by a test or a report)
            return ord(character) in glyph_font(font_name).characters
        return ord(character) in face_characters(str(face.path), face.index)

    def first_font_with(self, character: str, bold: bool) -> str | None:
        font = self.font_for(character, script_of(character), bold)
        return font.name if font else None


def _attach_common_characters(
    assigned: list[tuple[str | None, str]], fonts: FontSet, bold: bool
) -> list[str]:
    """Give spaces, digits and punctuation the font of the letters in the same word (so
    "(Tokyo)" is one font and shapes as one word), else of the text around them, when
    that font has them; otherwise the first font that does."""
    names: list[str] = []
    previous: str | None = None
    previous_in_word: str | None = None
    following = _next_named(assigned, within_word=False)
    following_in_word = _next_named(assigned, within_word=True)
    for index, (name, character) in enumerate(assigned):
        if character.isspace():
            previous_in_word = None
        if name is not None:
            names.append(name)
            previous = name or previous
            previous_in_word = name or previous_in_word
            continue
        neighbours = (previous_in_word, following_in_word[index], previous, following[index])
        chosen = next((n for n in neighbours if n and fonts.draws(n, character)), None)
        if chosen is None and not is_drawn(character):
            chosen = next((n for n in neighbours if n), None) or fonts.base_font(bold)
        names.append(chosen or fonts.first_font_with(character, bold) or "")
    return names


def _next_named(assigned: list[tuple[str | None, str]], within_word: bool) -> list[str | None]:
    result: list[str | None] = [None] * len(assigned)
    upcoming: str | None = None
    for index in range(len(assigned) - 1, -1, -1):
        result[index] = upcoming
        name, character = assigned[index]
        if name:
            upcoming = name
        elif within_word and character.isspace():
            upcoming = None
    return result


def _named_bold(face: FontFace) -> bool:
    """Some fonts' files say Bold while their OS/2 weight says regular (Noto Serif Myanmar
    2.x): between faces of the same weight, the file name tells."""
    return "bold" in face.path.stem.casefold()


_NAMES: dict[str, str] = {}  # FontFace.key -> its name
_NAMED: dict[str, FontFace] = {}
_REGISTERED: set[str] = set()


def _font_name(face: FontFace) -> str:
    """The face's name, one per process; registering it with ReportLab waits until a
    document needs it (``_registered``): checking which names print needs only the
    characters."""
    if face.key not in _NAMES:
        safe_family = "".join(c for c in face.family if c.isalnum())
        name = f"{safe_family}{'-Bold' if face.bold else ''}-{len(_NAMES)}"
        _NAMES[face.key] = name
        _NAMED[name] = face
    return _NAMES[face.key]


def _registered(name: str) -> str:
    """Register the named face with ReportLab once per process; the PDF embeds only the
    glyphs used."""
    if name not in _REGISTERED:
        face = _NAMED[name]
        pdfmetrics.registerFont(GlyphFont(name, str(face.path), face.index))
        _REGISTERED.add(name)
    return name


def _fontconfig_faces_covering(code: int) -> list[FontFace]:
    """As a last resort on Linux, ask fontconfig which TrueType faces have a character."""
    if sys.platform in ("win32", "darwin") or not shutil.which("fc-list"):
        return []
    result = subprocess.run(
        ["fc-list", "--format", "%{file}\t%{index}\t%{family[0]}\t%{fontformat}\n",
         f":charset={code:x}"],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    faces = []
    for line in sorted(result.stdout.splitlines())[:3]:
        file, index, family, fontformat = [*line.split("\t"), "", "", ""][:4]
        if fontformat == "TrueType" and index.isdigit():
            face = FontFace(Path(file), int(index), family, bold=False, regular_style=True)
            if has_truetype_outlines(face.path, face.index):
                faces.append(face)
    return faces
