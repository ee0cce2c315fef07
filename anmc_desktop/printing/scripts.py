"""Which writing system a character belongs to, and what to install when no font draws it."""

from __future__ import annotations

import bisect
import enum
import functools
import unicodedata


class Script(enum.Enum):
    """The scripts we choose fonts for; COMMON characters (spaces, digits, punctuation,
    combining marks) take the font of the text around them."""

    LATIN = "Latin"
    GREEK = "Greek"
    CYRILLIC = "Cyrillic"
    DEVANAGARI = "Devanagari"
    THAI = "Thai"
    MYANMAR = "Myanmar"
    MONGOLIAN = "Mongolian"
    HANGUL = "Hangul"
    KANA = "Japanese kana"
    HAN = "Han (Chinese characters)"
    COMMON = "symbols and punctuation"

    @property
    def label(self) -> str:
        return self.value


_RANGES: tuple[tuple[int, int, Script], ...] = (
    (0x0041, 0x005A, Script.LATIN),
    (0x0061, 0x007A, Script.LATIN),
    (0x00AA, 0x00AA, Script.LATIN),
    (0x00BA, 0x00BA, Script.LATIN),
    (0x00C0, 0x00D6, Script.LATIN),
    (0x00D8, 0x00F6, Script.LATIN),
    (0x00F8, 0x02AF, Script.LATIN),
    (0x0370, 0x03FF, Script.GREEK),
    (0x0400, 0x052F, Script.CYRILLIC),
    (0x0900, 0x097F, Script.DEVANAGARI),
    (0x0E00, 0x0E7F, Script.THAI),
    (0x1000, 0x109F, Script.MYANMAR),
    (0x1100, 0x11FF, Script.HANGUL),
    (0x1800, 0x18AF, Script.MONGOLIAN),
    (0x1C80, 0x1C8F, Script.CYRILLIC),
    (0x1E00, 0x1EFF, Script.LATIN),
    (0x1F00, 0x1FFF, Script.GREEK),
    (0x2C60, 0x2C7F, Script.LATIN),
    (0x2DE0, 0x2DFF, Script.CYRILLIC),
    (0x2E80, 0x2FDF, Script.HAN),
    (0x3005, 0x3007, Script.HAN),
    (0x3021, 0x3029, Script.HAN),
    (0x3038, 0x303B, Script.HAN),
    (0x3041, 0x309F, Script.KANA),
    (0x30A0, 0x30FF, Script.KANA),
    (0x3130, 0x318F, Script.HANGUL),
    (0x31F0, 0x31FF, Script.KANA),
    (0x3400, 0x4DBF, Script.HAN),
    (0x4E00, 0x9FFF, Script.HAN),
    (0xA640, 0xA69F, Script.CYRILLIC),
    (0xA720, 0xA7FF, Script.LATIN),
    (0xA8E0, 0xA8FF, Script.DEVANAGARI),
    (0xA960, 0xA97F, Script.HANGUL),
    (0xA9E0, 0xA9FF, Script.MYANMAR),
    (0xAA60, 0xAA7F, Script.MYANMAR),
    (0xAB30, 0xAB6F, Script.LATIN),
    (0xAC00, 0xD7FF, Script.HANGUL),
    (0xF900, 0xFAFF, Script.HAN),
    (0xFB00, 0xFB06, Script.LATIN),
    (0xFF21, 0xFF3A, Script.LATIN),
    (0xFF41, 0xFF5A, Script.LATIN),
    (0xFF66, 0xFF9F, Script.KANA),
    (0xFFA0, 0xFFDC, Script.HANGUL),
    (0x20000, 0x3134F, Script.HAN),
)
_STARTS = [start for start, _, _ in _RANGES]


@functools.cache
def script_of(character: str) -> Script:
    """The script of one character; marks, digits, spaces and punctuation are COMMON."""
    code = ord(character)
    index = bisect.bisect_right(_STARTS, code) - 1
    if index >= 0:
        start, end, script = _RANGES[index]
        if start <= code <= end and not unicodedata.combining(character):
            return script
    return Script.COMMON


def scripts_in(text: str) -> list[Script]:
    """The scripts of a text in the order they first appear, COMMON left out."""
    seen = dict.fromkeys(script_of(character) for character in text)
    seen.pop(Script.COMMON, None)
    return list(seen)


def is_drawn(character: str) -> bool:
    """False for characters that take no ink and need no glyph (controls, joiners)."""
    return unicodedata.category(character) not in {"Cc", "Cf", "Zl", "Zp"}
