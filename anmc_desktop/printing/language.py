"""Which names are Japanese, so that their Chinese characters print in Japanese forms; in
which language a city's letters are written.

A name written in kanji alone (舛添要一) has no kana to tell it from Chinese, yet its
characters have Japanese glyph forms. The city's country tells: names and local city
names of cities in Japan are read as Japanese.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from anmc_desktop.records.declarations import SignatoryRecord
from anmc_desktop.records.persons import DelegationDetail

# Countries whose cities get the Russian letter templates (printing/letter_text.py).
RUSSIAN_SPEAKING = frozenset(
    {"russia", "russian federation", "россия", "belarus", "беларусь", "kazakhstan",
     "казахстан", "kyrgyzstan", "кыргызстан"}
)  # fmt: skip
JAPAN = frozenset({"japan", "日本", "nippon", "nihon", "japon", "япония"})


def own_letter_language(country: str) -> str | None:
    """The language of a city of ``country`` that the letters have templates in: "ru",
    "ja", or None (no template in the city's language)."""
    if country.strip().casefold() in RUSSIAN_SPEAKING:
        return "ru"
    return "ja" if in_japan(country) else None


def letter_language(country: str, document_language: str = "en") -> str:
    """The language of the letters to a city of ``country``: its own where there are
    templates in it, else the document language chosen for the letters."""
    return own_letter_language(country) or document_language


def in_japan(country: str) -> bool:
    return country.strip().casefold() in JAPAN


def japanese_texts_of_signatories(signatories: Sequence[SignatoryRecord]) -> set[str]:
    return _texts(
        (s.city_country, (s.native_name, s.city_local_name, s.latin_name)) for s in signatories
    )


def japanese_texts_of_delegations(delegations: Sequence[DelegationDetail]) -> set[str]:
    return _texts(
        (
            d.summary.city_country,
            (d.summary.city_local_name, *(p.native_name for p in d.persons)),
        )
        for d in delegations
    )


def _texts(pairs: Iterable[tuple[str, Iterable[str]]]) -> set[str]:
    return {text for country, texts in pairs if in_japan(country) for text in texts if text}
