"""The font families that draw each script, in order of preference, on each system.

Debian's packages come first (``.ci/setup app`` installs them, and the bundle carries the
same files), then the fonts Windows and macOS ship for the script. A family a machine has
with CFF outlines only is passed over (ReportLab embeds TrueType outlines only), and the
next one is taken; the fonts bundled with the app come last of all (``FontSet``).
"""

from __future__ import annotations

from dataclasses import dataclass

from anmc_desktop.printing.scripts import Script


@dataclass(frozen=True)
class ScriptFonts:
    """Families that draw a script, in order of preference, and where to get one."""

    sans: tuple[str, ...]
    serif: tuple[str, ...]
    debian_package: str


# Each system's own fonts for the scripts of the network (sans-serif unless named serif).
WINDOWS_FAMILIES: dict[Script, tuple[str, ...]] = {
    Script.LATIN: ("Arial", "Segoe UI", "Verdana"),
    Script.DEVANAGARI: ("Nirmala UI", "Mangal"),
    Script.THAI: ("Leelawadee UI", "Tahoma"),
    Script.MYANMAR: ("Myanmar Text",),
    Script.MONGOLIAN: ("Mongolian Baiti",),
    Script.HANGUL: ("Malgun Gothic",),
    Script.KANA: ("Yu Gothic", "Meiryo", "MS Gothic"),
    Script.HAN: ("Microsoft YaHei", "Microsoft JhengHei", "SimHei", "SimSun", "MingLiU"),
}
MACOS_FAMILIES: dict[Script, tuple[str, ...]] = {
    Script.LATIN: ("Helvetica", "Arial"),
    Script.DEVANAGARI: ("Kohinoor Devanagari", "Devanagari Sangam MN"),
    Script.THAI: ("Thonburi",),
    Script.MYANMAR: ("Myanmar Sangam MN", "Myanmar MN"),
    Script.MONGOLIAN: ("Noto Sans Mongolian",),
    Script.HANGUL: ("Apple SD Gothic Neo", "AppleGothic"),
    Script.KANA: ("Hiragino Sans", "Hiragino Kaku Gothic ProN", "Osaka"),
    Script.HAN: ("PingFang SC", "Heiti SC", "STHeiti", "Hiragino Sans GB"),
}


def _then_windows_and_macos(script: Script, *debian: str) -> tuple[str, ...]:
    families = (*debian, *WINDOWS_FAMILIES[script], *MACOS_FAMILIES[script])
    return tuple(dict.fromkeys(families))


_LATIN_SANS = _then_windows_and_macos(Script.LATIN, "Noto Sans", "DejaVu Sans", "Liberation Sans")
_LATIN_SERIF = (
    "Noto Serif", "DejaVu Serif", "Liberation Serif", "Times New Roman", "Georgia", "Times"
)  # fmt: skip
_KANA = _then_windows_and_macos(Script.KANA, "IPAexGothic", "IPAGothic", "TakaoGothic", "VL Gothic")
# Japanese Gothic fonts draw Chinese characters too, and so does Arial Unicode MS.
_HAN = (
    *_then_windows_and_macos(Script.HAN, "WenQuanYi Micro Hei", "WenQuanYi Zen Hei"),
    *("IPAexGothic", "IPAGothic", "Arial Unicode MS"),
)

SCRIPT_FONTS: dict[Script, ScriptFonts] = {
    Script.LATIN: ScriptFonts(_LATIN_SANS, _LATIN_SERIF, "fonts-noto-core"),
    Script.GREEK: ScriptFonts(_LATIN_SANS, _LATIN_SERIF, "fonts-noto-core"),
    Script.CYRILLIC: ScriptFonts(_LATIN_SANS, _LATIN_SERIF, "fonts-noto-core"),
    Script.DEVANAGARI: ScriptFonts(
        _then_windows_and_macos(Script.DEVANAGARI, "Noto Sans Devanagari", "Lohit Devanagari"),
        ("Noto Serif Devanagari", "Devanagari MT"),
        "fonts-noto-core",
    ),
    Script.THAI: ScriptFonts(
        _then_windows_and_macos(
            Script.THAI, "Noto Sans Thai", "Noto Sans Thai Looped", "Noto Looped Thai"
        ),
        ("Noto Serif Thai",),
        "fonts-noto-core",
    ),
    Script.MYANMAR: ScriptFonts(
        _then_windows_and_macos(Script.MYANMAR, "Noto Sans Myanmar", "Padauk"),
        ("Noto Serif Myanmar",),
        "fonts-noto-core",
    ),
    Script.MONGOLIAN: ScriptFonts(
        _then_windows_and_macos(Script.MONGOLIAN, "Noto Sans Mongolian"), (), "fonts-noto-core"
    ),
    Script.HANGUL: ScriptFonts(
        _then_windows_and_macos(Script.HANGUL, "NanumGothic", "NanumBarunGothic", "UnDotum"),
        ("NanumMyeongjo", "Batang", "AppleMyungjo"),
        "fonts-nanum",
    ),
    Script.KANA: ScriptFonts(
        _KANA,
        ("IPAexMincho", "IPAMincho", "Yu Mincho", "Hiragino Mincho ProN"),
        "fonts-ipaexfont-gothic",
    ),
    Script.HAN: ScriptFonts(_HAN, (), "fonts-wqy-microhei"),
    Script.COMMON: ScriptFonts(_LATIN_SANS, _LATIN_SERIF, "fonts-noto-core"),
}
