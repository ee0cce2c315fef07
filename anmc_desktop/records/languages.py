"""The languages a declaration's authentic texts are written in, by ISO 639-1 code."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Language:
    code: str
    name: str  # in English, as the testimonium names it: "Russian"
    own_name: str  # as its speakers write it: "Русский"


LANGUAGES: dict[str, Language] = {
    language.code: language
    for language in (
        Language("en", "English", "English"),
        Language("ru", "Russian", "Русский"),
        Language("ja", "Japanese", "日本語"),
        Language("ko", "Korean", "한국어"),
        Language("zh", "Chinese", "中文"),
        Language("vi", "Vietnamese", "Tiếng Việt"),
        Language("th", "Thai", "ไทย"),
        Language("my", "Burmese", "မြန်မာ"),
        Language("id", "Indonesian", "Bahasa Indonesia"),
        Language("ms", "Malay", "Bahasa Melayu"),
        Language("mn", "Mongolian", "Монгол"),
        Language("hi", "Hindi", "हिन्दी"),
        Language("fr", "French", "Français"),
        Language("de", "German", "Deutsch"),
        Language("es", "Spanish", "Español"),
    )
}


def language_name(code: str) -> str:
    """ "Russian" for "ru"; an unknown code as it is."""
    known = LANGUAGES.get(code)
    return known.name if known else code


def language_code(text: str) -> str | None:
    """The code of a language named by its code or its English or own name."""
    key = text.strip().casefold()
    for language in LANGUAGES.values():
        if key in (language.code, language.name.casefold(), language.own_name.casefold()):
            return language.code
    return None
