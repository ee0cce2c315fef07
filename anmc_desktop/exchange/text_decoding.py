"""Turn the bytes of a text file into text, whatever encoding its author's program used.

Byte order marks first, then UTF-16 without a mark (every other byte zero), then strict
UTF-8, then charset-normalizer limited to the encodings member cities' spreadsheets use.
"""

from __future__ import annotations

import codecs
import re
import unicodedata

from charset_normalizer import from_bytes

from anmc_desktop.errors import UserFacingError

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Legacy encodings of the network's regions: Cyrillic, Japanese, Korean, Chinese, Thai,
# Vietnamese and Western European spreadsheets.
CANDIDATES = (
    "cp1251",
    "koi8_r",
    "cp932",
    "euc_jp",
    "cp949",
    "gb18030",
    "big5",
    "cp874",
    "cp1258",
    "cp1252",
)
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
DETECTION_SAMPLE_BYTES = 256 * 1024
MAX_CONTROL_SHARE = 0.01


def decode_text(data: bytes, name: str) -> str:
    """The text of ``data``; a clear error if it is not text at all."""
    text = _decode(data, name)
    if text.startswith("\ufeff"):
        text = text[1:]
    controls = len(_CONTROLS.findall(text, 0, 100_000))
    if "\x00" in text or controls > MAX_CONTROL_SHARE * min(len(text), 100_000):
        raise _not_text(name)
    return text


def _decode(data: bytes, name: str) -> str:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _strict(data, encoding, name)
    # Before UTF-8: ASCII in UTF-16 is valid UTF-8 too, with a zero after every letter.
    utf16 = _utf16_without_bom(data)
    if utf16:
        return _strict(data, utf16, name)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    sample = data[:DETECTION_SAMPLE_BYTES]
    matches = list(from_bytes(sample, cp_isolation=list(CANDIDATES)))
    if not matches:
        raise _not_text(name)
    # A few words fit several encodings equally well ("Попова;Томск" in KOI8-R reads as
    # Thai too): then the encoding the network's cities use most, the first candidate.
    best = min(
        matches,
        key=lambda match: (
            match.chaos,
            -match.coherence,
            CANDIDATES.index(match.encoding) if match.encoding in CANDIDATES else len(CANDIDATES),
        ),
    )
    text = _strict(data, best.encoding, name)
    # Windows' Vietnamese code page writes tones as combining marks after the letter.
    return unicodedata.normalize("NFC", text) if best.encoding == "cp1258" else text


def _utf16_without_bom(data: bytes) -> str | None:
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even_zeros = sample[0::2].count(0)
    odd_zeros = sample[1::2].count(0)
    half = len(sample) // 2
    if odd_zeros > 0.4 * half and even_zeros < 0.05 * half:
        return "utf-16-le"
    if even_zeros > 0.4 * half and odd_zeros < 0.05 * half:
        return "utf-16-be"
    return None


def _strict(data: bytes, encoding: str, name: str) -> str:
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError) as error:
        raise UserFacingError(
            f"{name} could not be read as {encoding} text. Save it as CSV UTF-8 and try again."
        ) from error


def _not_text(name: str) -> UserFacingError:
    return UserFacingError(
        f"{name} is not a text CSV file (it holds binary data). "
        "Choose a .csv or .xlsx file saved by a spreadsheet program."
    )
