"""`.ci/setup app` installs a font package for every script printing chooses fonts for."""

from __future__ import annotations

import re
from pathlib import Path

from anmc_desktop.printing.font_families import SCRIPT_FONTS

SETUP = Path(__file__).resolve().parent.parent / ".ci" / "setup"


def _bash_array(name: str) -> set[str]:
    found = re.search(rf"^{name}=\(([^)]*)\)", SETUP.read_text(encoding="utf-8"), re.MULTILINE)
    assert found, f"{name} not found in .ci/setup"
    return set(found.group(1).split())


def test_the_app_set_up_installs_the_font_package_of_every_script():
    needed = {fonts.debian_package for fonts in SCRIPT_FONTS.values()}
    assert needed <= _bash_array("font_packages")


def test_the_font_packages_are_installed_for_the_app_not_only_for_the_tests():
    text = SETUP.read_text(encoding="utf-8")
    assert 'packages=("${qt_packages[@]}" "${font_packages[@]}")' in text
    assert not _bash_array("font_packages") & _bash_array("test_packages")
