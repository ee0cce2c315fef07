"""The schema revisions this version of the app knows, read from the text of its migration
scripts without running them.

Opening a database compares its revision with the newest one. Alembic's ScriptDirectory
imports every script to learn their order (a third of a second, on every start-up); the
scripts state ``revision`` and ``down_revision`` on lines of their own, so reading those
lines gives the same answer in a millisecond. Alembic still runs the scripts when a
database needs an upgrade; ``tests/storage/test_upgrades.py`` checks that both agree.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

_ASSIGNMENT = re.compile(
    r"^(?P<name>revision|down_revision)\s*(?::[^=]+)?=\s*(?P<value>None|['\"][^'\"]+['\"])\s*$",
    re.MULTILINE,
)


@dataclass(frozen=True)
class Revisions:
    known: frozenset[str]
    head: str


@cache
def revisions() -> Revisions:
    """Every revision of the migration scripts, and the one no other revises (the head)."""
    versions = resources.files("anmc_desktop.migrations").joinpath("versions")
    known: set[str] = set()
    revised: set[str] = set()
    for script in versions.iterdir():
        if not script.name.endswith(".py") or script.name.startswith("__"):
            continue
        found = {m["name"]: m["value"] for m in _ASSIGNMENT.finditer(script.read_text("utf-8"))}
        if "revision" not in found:
            continue
        known.add(found["revision"].strip("'\""))
        if found.get("down_revision", "None") != "None":
            revised.add(found["down_revision"].strip("'\""))
    heads = known - revised
    if len(heads) != 1:
        raise RuntimeError(f"the migration scripts have {len(heads)} heads: {sorted(heads)}")
    return Revisions(frozenset(known), heads.pop())
