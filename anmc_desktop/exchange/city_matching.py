"""Find the member city a spreadsheet means, however its author spelled it.

Case, accents, spacing and punctuation are ignored; the local name works as well as the
English one; common older or alternative spellings are known ("Ulan Bator", "Rangoon");
a prefix such as "г." or a suffix such as "City" or "市" is dropped; the names in Chinese,
Japanese and Korean are known; the aliases the organizers keep for each city (the
``city_alias`` table) are known as well; and a close misspelling of exactly one city is
accepted. ``matched_by`` says which of these found the city, for the preview to show.
"""

from __future__ import annotations

import difflib
import enum
import re
from collections.abc import Iterable
from dataclasses import dataclass

from anmc_desktop.text import search_key

# Other spellings -> the English name the network uses.
ALIASES = {
    "ulan bator": "Ulaanbaatar",
    "ulan-bator": "Ulaanbaatar",
    "ulanbator": "Ulaanbaatar",
    "улан-батор": "Ulaanbaatar",
    "rangoon": "Yangon",
    "янгон": "Yangon",
    "new delhi": "Delhi",
    "нью-дели": "Delhi",
    "дели": "Delhi",
    "bombay": "Mumbai",
    "saigon": "Ho Chi Minh City",
    "ha noi": "Hanoi",
    "krung thep": "Bangkok",
    "krung thep maha nakhon": "Bangkok",
    "бангкок": "Bangkok",
    "токио": "Tokyo",
    "сеул": "Seoul",
    "тайбэй": "Taipei",
    "тайбей": "Taipei",
    "манила": "Manila",
    "джакарта": "Jakarta",
    "сингапур": "Singapore",
    "куала-лумпур": "Kuala Lumpur",
    "ханой": "Hanoi",
    "taipeh": "Taipei",
    "tokio": "Tokyo",
    "dki jakarta": "Jakarta",
    "seoul metropolitan government": "Seoul",
    "tokyo metropolitan government": "Tokyo",
    # The names in the other scripts of the network, where they differ from the local name.
    "东京": "Tokyo",
    "도쿄": "Tokyo",
    "台北": "Taipei",
    "타이베이": "Taipei",
    "首尔": "Seoul",
    "首爾": "Seoul",
    "ソウル": "Seoul",
    "河内": "Hanoi",
    "ハノイ": "Hanoi",
    "하노이": "Hanoi",
    "曼谷": "Bangkok",
    "バンコク": "Bangkok",
    "방콕": "Bangkok",
    "马尼拉": "Manila",
    "マニラ": "Manila",
    "마닐라": "Manila",
    "雅加达": "Jakarta",
    "ジャカルタ": "Jakarta",
    "자카르타": "Jakarta",
    "吉隆坡": "Kuala Lumpur",
    "クアラルンプール": "Kuala Lumpur",
    "쿠알라룸푸르": "Kuala Lumpur",
    "仰光": "Yangon",
    "ヤンゴン": "Yangon",
    "양곤": "Yangon",
    "乌兰巴托": "Ulaanbaatar",
    "ウランバートル": "Ulaanbaatar",
    "울란바토르": "Ulaanbaatar",
    "德里": "Delhi",
    "新德里": "Delhi",
    "デリー": "Delhi",
    "델리": "Delhi",
    "托木斯克": "Tomsk",
    "トムスク": "Tomsk",
    "톰스크": "Tomsk",
    "新加坡": "Singapore",
    "シンガポール": "Singapore",
    "싱가포르": "Singapore",
    "thanh pho ha noi": "Hanoi",
    "tp ha noi": "Hanoi",
}
_PREFIXES = (
    "г ",
    "город ",
    "city of ",
    "municipality of ",
    "metropolitan ",
    "special capital region of ",
    "government of ",
    "national capital territory of ",
)
_SUFFIXES = (
    " city",
    " metropolis",
    " metropolitan government",
    # Official names of the governments that send delegations: Tomsk Region, Bangkok
    # Metropolitan Administration, Special Capital Region of Jakarta, Delhi NCT.
    " metropolitan administration",
    " city government",
    " city hall",
    " region",
    " oblast",
    " national capital territory",
    " nct",
    " municipality",
    " shi",
    " si",
    # Written without a space in Chinese, Japanese and Korean: 臺北市, 東京都, 서울특별시.
    "特別市",
    "특별시",
    "광역시",
    "市",
    "都",
    "시",
)
CLOSE_ENOUGH = 0.85


def name_key(text: str) -> str:
    """The key two spellings of one name share: case, accents, spaces and punctuation
    aside ("Ulan-Bator", "ulan bator")."""
    return re.sub(r"[\W_]+", "", search_key(text))


def _bare(text: str) -> str:
    """The key of a name without "г." / "City" and the like."""
    key = " ".join(re.sub(r"[^\w]+", " ", search_key(text)).split())
    for prefix in _PREFIXES:
        if key.startswith(prefix):
            key = key[len(prefix) :]
    for suffix in _SUFFIXES:
        if key.endswith(suffix) and len(key) > len(suffix):
            key = key[: -len(suffix)]
    return key.replace(" ", "")


class MatchedBy(enum.StrEnum):
    """How a text found its city."""

    NAME = "name"
    ALIAS = "alias"  # one of the city's stored aliases, or a built-in one
    SIMILAR_SPELLING = "similar spelling"


@dataclass(frozen=True)
class KnownCity:
    id: int
    name_en: str
    name_local: str
    aliases: tuple[str, ...] = ()


class CityMatcher:
    def __init__(self, cities: Iterable[KnownCity]) -> None:
        self._by_key: dict[str, int] = {}
        self._stored: dict[str, int] = {}
        ambiguous: set[str] = set()
        for city in cities:
            self._stored.update((name_key(alias), city.id) for alias in city.aliases)
            for name in (city.name_en, city.name_local):
                for key in {name_key(name), _bare(name)}:
                    if not key:
                        continue
                    if self._by_key.get(key, city.id) != city.id:
                        ambiguous.add(key)
                    self._by_key[key] = city.id
        for key in ambiguous:
            del self._by_key[key]
        self._aliases = {name_key(alias): name_key(name) for alias, name in ALIASES.items()}
        self._matched: dict[str, tuple[int | None, MatchedBy | None]] = {}

    def match(self, text: str) -> int | None:
        return self.matched_by(text)[0]

    def matched_by(self, text: str) -> tuple[int | None, MatchedBy | None]:
        """The city's id and how the text found it; (None, None) if no city, or more than
        one, fits."""
        if text not in self._matched:
            self._matched[text] = self._match(text)
        return self._matched[text]

    def _match(self, text: str) -> tuple[int | None, MatchedBy | None]:
        if not text.strip():
            return None, None
        for key in (name_key(text), _bare(text)):
            if found := self._by_key.get(key):
                return found, MatchedBy.NAME
            found = self._stored.get(key) or self._by_key.get(self._aliases.get(key, ""))
            if found:
                return found, MatchedBy.ALIAS
        close = difflib.get_close_matches(_bare(text), self._by_key, n=2, cutoff=CLOSE_ENOUGH)
        matches = {self._by_key[key] for key in close}
        if len(matches) == 1:
            return matches.pop(), MatchedBy.SIMILAR_SPELLING
        return None, None
