"""Copy the fonts this machine prints every script with, and their licences, for a bundle.

Run with the Python the bundle is built from, after ``.ci/setup app`` installed Debian's
font packages: it asks the app's own font choice (``FontSet``) which file draws each
script, regular and bold, sans and serif, and copies each file with the ``copyright`` of
the Debian package it belongs to into ``FOLDER/<package>/``. The bundle's font discovery
reads that folder (``anmc_desktop.printing.fonts.bundled_fonts_dir``).

    python packaging/collect_fonts.py build/fonts
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from anmc_desktop.printing.fonts import FontFace, has_truetype_outlines
from anmc_desktop.printing.fontset import Face, FontSet
from anmc_desktop.printing.scripts import Script

DEBIAN_DOCS = Path("/usr/share/doc")


def chosen_faces() -> list[FontFace]:
    """The face of every script, style and weight; exits naming any script without one."""
    faces: dict[Path, FontFace] = {}
    lacking = []
    for face in Face:
        fonts = FontSet(face, ask_fontconfig=False)
        for script in Script:
            for bold in (False, True):
                chosen = fonts.font_for_script(script, bold)
                if chosen is None:
                    lacking.append(f"{script.label} ({face.value}{', bold' if bold else ''})")
                else:
                    faces.setdefault(chosen.path.resolve(), chosen)
    if lacking:
        sys.exit("no font installed for: " + "; ".join(lacking) + " (run `bash .ci/setup app`)")
    return list(faces.values())


def debian_package(path: Path) -> str:
    result = subprocess.run(["dpkg", "-S", str(path)], capture_output=True, text=True, check=False)
    if result.returncode != 0:
        sys.exit(f"{path} belongs to no Debian package: its licence cannot be bundled")
    return result.stdout.split(":", 1)[0]


def collect(folder: Path) -> list[Path]:
    shutil.rmtree(folder, ignore_errors=True)
    copied = []
    for face in chosen_faces():
        source = face.path.resolve()
        if not has_truetype_outlines(source, face.index):
            sys.exit(f"{source} has no TrueType outlines")
        package = debian_package(source)
        target = folder / package
        target.mkdir(parents=True, exist_ok=True)
        shutil.copy2(source, target / source.name)
        shutil.copy2(DEBIAN_DOCS / package / "copyright", target / "copyright")
        copied.append(target / source.name)
    return sorted(copied)


def main() -> int:
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    # The user's own fonts folder must not slip into the bundle: an empty home for the app.
    os.environ["ANMC_HOME"] = tempfile.mkdtemp(prefix="anmc-fonts-")
    for path in collect(Path(sys.argv[1])):
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
