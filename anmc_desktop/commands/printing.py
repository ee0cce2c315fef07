"""``print KIND`` and ``fonts``."""

from __future__ import annotations

import argparse

from anmc_desktop import paths
from anmc_desktop.commands.context import CommandContext
from anmc_desktop.printing.font_report import script_fonts
from anmc_desktop.printing.fonts import FontFace
from anmc_desktop.printing.fontset import Face, FontSet


def register(subcommands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    fonts = subcommands.add_parser(
        "fonts", help="list each script and the installed font that will print it"
    )
    fonts.add_argument(
        "--face", choices=[face.value for face in Face], default=Face.SANS.value,
        help="the sans-serif fonts (lists, badges) or the serif ones (the declaration)",
    )  # fmt: skip
    fonts.set_defaults(run=_list_fonts)


def _face_text(face: FontFace | None) -> str:
    if face is None:
        return "-"
    index = f" #{face.index}" if face.index else ""
    return f"{face.family} ({face.path}{index})"


def _list_fonts(context: CommandContext) -> int:
    rows = script_fonts(FontSet(Face(context.arguments.face)))
    print("script\tfont\tbold font", file=context.out)
    for row in rows:
        if row.regular is None or not row.draws_specimen:
            font = f"MISSING: install the Debian package {row.debian_package}"
        else:
            font = _face_text(row.regular)
        print(f"{row.script.label}\t{font}\t{_face_text(row.bold)}", file=context.out)
    print(f"Extra TrueType fonts are read from {paths.fonts_dir()}", file=context.out)
    return 0
