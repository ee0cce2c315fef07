"""The user's own column choices (header -> field), kept in a small JSON file."""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path

from anmc_desktop.exchange.known_headers import header_key
from anmc_desktop.exchange.person_fields import Field
from anmc_desktop.files import write_atomically


def load_choices(path: Path) -> dict[str, Field]:
    """The remembered choices by header key; a missing or damaged file means none, a
    header written in the file by hand ("Guest Surname") is folded as headers are."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(raw, dict):
        return {}
    valid = {item.value for item in Field}
    return {
        header_key(str(key)): Field(value)
        for key, value in raw.items()
        if isinstance(value, str) and value in valid and header_key(str(key))
    }


def save_choices(path: Path, choices: Mapping[str, Field]) -> None:
    """Add ``choices`` (header text -> field) to the remembered ones."""
    merged = load_choices(path)
    merged.update({header_key(header): chosen for header, chosen in choices.items()})
    path.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps({k: v.value for k, v in sorted(merged.items())}, ensure_ascii=False, indent=1)
    write_atomically(path, text.encode("utf-8"))
