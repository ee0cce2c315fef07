"""Finding the fonts installed on this machine.

fontconfig (``fc-list``) on Linux and other Unix systems; the system font folders on Windows
and macOS; always the user's own fonts folder (``paths.fonts_dir()``); and, in the
PyInstaller bundle, the fonts folder it carries (``bundled_fonts_dir()``), which the font
choice takes only where the machine has no font of its own for a script. ReportLab embeds
TrueType outlines only, so fonts with CFF outlines (most ``.otf`` files) are passed over.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from fontTools.ttLib import TTCollection, TTFont, TTLibError

from anmc_desktop import paths

FONT_SUFFIXES = (".ttf", ".ttc", ".otf", ".otc")
BUNDLED_FONTS_FOLDER = "fonts"  # inside the bundle's data folder (packaging/anmc-desktop.spec)
_BOLD_WEIGHT = 600  # OS/2 usWeightClass at and above which a face counts as bold


@dataclass(frozen=True)
class FontFace:
    """One face of an installed font file (a .ttc holds several, told apart by index)."""

    path: Path
    index: int
    family: str
    bold: bool
    regular_style: bool  # neither italic nor condensed nor of an unusual weight
    bundled: bool = False  # carried by the app's bundle, not installed on the machine

    @property
    def key(self) -> str:
        return f"{self.path}#{self.index}"


def installed_faces() -> list[FontFace]:
    """Every usable TrueType face: the user's fonts folder, the system's, the bundle's."""
    return [*_user_faces(), *_system_faces(), *_bundled_faces()]


def bundled_fonts_dir() -> Path | None:
    """The fonts folder of the PyInstaller bundle this runs from (None outside a bundle)."""
    bundle = getattr(sys, "_MEIPASS", None)
    return Path(bundle) / BUNDLED_FONTS_FOLDER if bundle else None


def clear_cache() -> None:
    """Forget what was found (after the user adds fonts)."""
    _system_faces.cache_clear()
    _bundled_faces.cache_clear()
    has_truetype_outlines.cache_clear()


def _user_faces() -> Iterator[FontFace]:
    return _faces_in_folders([paths.fonts_dir()])


@lru_cache(maxsize=1)
def _bundled_faces() -> tuple[FontFace, ...]:
    folder = bundled_fonts_dir()
    faces = _faces_in_folders([folder]) if folder else ()
    return tuple(replace(face, bundled=True) for face in faces)


@lru_cache(maxsize=1)
def _system_faces() -> tuple[FontFace, ...]:
    if sys.platform == "win32":
        windows = Path(os.environ.get("WINDIR", r"C:\Windows"))
        local = Path(os.environ.get("LOCALAPPDATA", "")) / "Microsoft" / "Windows" / "Fonts"
        return tuple(_faces_in_folders([windows / "Fonts", local]))
    if sys.platform == "darwin":
        folders = [Path("/System/Library/Fonts"), Path("/Library/Fonts")]
        folders.append(Path.home() / "Library" / "Fonts")
        return tuple(_faces_in_folders(folders))
    if shutil.which("fc-list"):
        return tuple(_fontconfig_faces())
    folders = [Path("/usr/share/fonts"), Path("/usr/local/share/fonts")]
    return tuple(_faces_in_folders([*folders, Path.home() / ".local" / "share" / "fonts"]))


_FC_FORMAT = "%{file}\t%{index}\t%{family[0]}\t%{weight}\t%{slant}\t%{width}\t%{fontformat}\n"
_FC_REGULAR, _FC_BOLD, _FC_ROMAN, _FC_NORMAL_WIDTH = 80, 200, 0, 100


def _fontconfig_faces() -> Iterator[FontFace]:
    result = subprocess.run(
        ["fc-list", "--format", _FC_FORMAT], capture_output=True, text=True, check=False
    )
    for line in sorted(result.stdout.splitlines()):
        fields = line.split("\t")
        if len(fields) != 7 or fields[6] != "TrueType":
            continue
        file, index, family, weight, slant, width, _ = fields
        if not file.lower().endswith(FONT_SUFFIXES):
            continue
        try:
            weight_value, slant_value = float(weight), int(slant)
            width_value, index_value = int(width), int(index)
        except ValueError:
            continue
        upright = slant_value == _FC_ROMAN and width_value == _FC_NORMAL_WIDTH
        yield FontFace(
            path=Path(file),
            index=index_value,
            family=family,
            bold=weight_value >= _FC_BOLD,
            regular_style=upright and weight_value in (_FC_REGULAR, _FC_BOLD),
        )


def _faces_in_folders(folders: Iterable[Path]) -> Iterator[FontFace]:
    for folder in folders:
        if not folder.is_dir():
            continue
        for path in sorted(folder.rglob("*")):
            if path.suffix.lower() in FONT_SUFFIXES and path.is_file():
                yield from _faces_in_file(path)


def _faces_in_file(path: Path) -> Iterator[FontFace]:
    try:
        if path.suffix.lower() in (".ttc", ".otc"):
            fonts = list(TTCollection(str(path), lazy=True).fonts)
        else:
            fonts = [TTFont(str(path), lazy=True)]
    except (TTLibError, OSError, AssertionError):
        return
    for index, font in enumerate(fonts):
        face = _face_of(path, index, font)
        if face is not None:
            yield face


def _face_of(path: Path, index: int, font: TTFont) -> FontFace | None:
    try:
        if "glyf" not in font or "name" not in font:
            return None
        names = font["name"]
        family = names.getBestFamilyName() or path.stem
        weight, italic, condensed = 400, False, False
        # The bold of a family's regular-and-bold pair says so in its style bits, whatever
        # its weight class (NanumGothic Bold is 600).
        styled_bold = "head" in font and bool(font["head"].macStyle & 0b1)
        if "OS/2" in font:
            os2 = font["OS/2"]
            weight = os2.usWeightClass
            italic = bool(os2.fsSelection & 0b1)
            styled_bold = styled_bold or bool(os2.fsSelection & 0b10_0000)
            condensed = os2.usWidthClass < 5  # 5 is "medium (normal)"
    except (TTLibError, KeyError, AttributeError, AssertionError):
        return None
    return FontFace(
        path=path,
        index=index,
        family=str(family),
        bold=weight >= _BOLD_WEIGHT or styled_bold,
        regular_style=not italic and not condensed and (weight in (400, 700) or styled_bold),
    )


@lru_cache(maxsize=256)
def has_truetype_outlines(path: Path, index: int = 0) -> bool:
    """True if ReportLab can embed the face: TrueType ('glyf') outlines, not CFF."""
    try:
        if path.suffix.lower() in (".ttc", ".otc"):
            font = TTCollection(str(path), lazy=True).fonts[index]
        else:
            font = TTFont(str(path), lazy=True)
        return "glyf" in font and "cmap" in font
    except (TTLibError, OSError, IndexError, AssertionError):
        return False
