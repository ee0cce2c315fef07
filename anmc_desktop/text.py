"""Text helpers shared by every layer: search keys and display names."""

from __future__ import annotations

import unicodedata

# Letters that carry no combining mark in Unicode and so survive NFKD untouched.
_FOLD_EXTRA = str.maketrans({"đ": "d", "ð": "d", "ø": "o", "ł": "l", "ß": "ss", "æ": "ae"})


def search_key(text: str) -> str:
    """Fold text for case- and accent-insensitive matching ("Lê Hồng Sơn" -> "le hong son")."""
    if text.isascii():  # no accents to strip: the common case, kept fast for imports
        return " ".join(text.lower().split())
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    folded = stripped.translate(_FOLD_EXTRA)
    # Re-compose so that scripts whose syllables decompose (Hangul) match typed input.
    return " ".join(unicodedata.normalize("NFC", folded).split())


def clean(text: str | None) -> str:
    """Trim and NFC-normalize user input; None becomes the empty string."""
    if text is None:
        return ""
    if text.isascii():  # NFC leaves ASCII as it is
        return text.strip()
    return unicodedata.normalize("NFC", text).strip()


def display_name(given_name: str, family_name: str, family_name_first: bool) -> str:
    """A person's Latin-script name in the order they use ("Le Hong Son", "Yoichi Masuzoe")."""
    first, second = (family_name, given_name) if family_name_first else (given_name, family_name)
    return f"{first} {second}" if first and second else first or second
