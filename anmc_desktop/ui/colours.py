"""Colours that say something (an error, a warning, a draft, a focus frame), from the palette.

Nothing here is a fixed colour on screen: each tone starts from a hue and is made darker
or lighter until it reads against the palette's background at the contrast WCAG 2.1 asks
for (4.5:1 for text, 3:1 for a focus frame), so the same code serves the light, the dark
and a high contrast palette. Labels shown in a tone follow a change of the palette.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable

from PySide6.QtCore import QEvent
from PySide6.QtGui import QColor, QGuiApplication, QPalette, QShowEvent
from PySide6.QtWidgets import QLabel, QWidget

TEXT_CONTRAST = 4.5
FOCUS_CONTRAST = 3.0


class Tone(enum.Enum):
    """What a coloured text means; the value is the hue it starts from."""

    ERROR = "#b00020"
    WARNING = "#9a5b00"
    SUCCESS = "#2e7d32"
    INFO = "#1565c0"
    MUTED = ""  # halfway between the text and its background, then made readable


def relative_luminance(colour: QColor) -> float:
    """WCAG 2.1's relative luminance of an sRGB colour (0 black, 1 white)."""

    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * linear(colour.redF())
        + 0.7152 * linear(colour.greenF())
        + 0.0722 * linear(colour.blueF())
    )


def contrast_ratio(first: QColor, second: QColor) -> float:
    """WCAG 2.1's contrast ratio, from 1 (same) to 21 (black on white)."""
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def readable(colour: QColor, backgrounds: Iterable[QColor], minimum: float) -> QColor:
    """The colour, made darker on light backgrounds (lighter on dark ones) until it has
    at least ``minimum`` contrast against every one of them; its hue is kept."""
    grounds = list(backgrounds)
    dark_ground = max(relative_luminance(ground) for ground in grounds) < 0.18
    hue, saturation, lightness, _alpha = colour.getHslF()
    hue = max(hue, 0.0)  # -1 for greys
    candidate = QColor(colour)
    while min(contrast_ratio(candidate, ground) for ground in grounds) < minimum:
        if (dark_ground and lightness >= 1.0) or (not dark_ground and lightness <= 0.0):
            break
        lightness = min(1.0, lightness + 0.02) if dark_ground else max(0.0, lightness - 0.02)
        candidate = QColor.fromHslF(hue, saturation, lightness)
    return candidate


def text_backgrounds(palette: QPalette) -> tuple[QColor, ...]:
    """Where text of a tone may stand: on the window, in a field or a table's rows."""
    roles = (QPalette.ColorRole.Window, QPalette.ColorRole.Base, QPalette.ColorRole.AlternateBase)
    return tuple(palette.color(role) for role in roles)


_tones_made: dict[tuple[object, ...], QColor] = {}
"""Each tone made readable once per palette: a form's every error label asks for it."""


def tone_colour(tone: Tone, palette: QPalette | None = None) -> QColor:
    """The tone's colour for text on any background of the palette (the application's
    palette unless given)."""
    palette = palette or QGuiApplication.palette()
    grounds = text_backgrounds(palette)
    text = palette.color(QPalette.ColorRole.WindowText)
    key = (tone, text.rgba(), *(ground.rgba() for ground in grounds))
    made = _tones_made.get(key)
    if made is None:
        made = _tones_made[key] = _readable_tone(tone, text, grounds)
    return QColor(made)


def _readable_tone(tone: Tone, text: QColor, grounds: tuple[QColor, ...]) -> QColor:
    if tone is Tone.MUTED:
        ground = grounds[0]
        start = QColor(
            (text.red() + ground.red()) // 2,
            (text.green() + ground.green()) // 2,
            (text.blue() + ground.blue()) // 2,
        )
    else:
        start = QColor(tone.value)
    return readable(start, grounds, TEXT_CONTRAST)


def tint(colour: QColor, share: float, palette: QPalette | None = None) -> QColor:
    """A shade of ``colour`` laid over the palette's base (``share`` of it at most),
    light enough that the palette's text stays readable on it."""
    palette = palette or QGuiApplication.palette()
    base, text = palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.Text)
    while True:
        mixed = QColor.fromRgbF(
            *(
                share * tinted + (1 - share) * under
                for tinted, under in zip(
                    (colour.redF(), colour.greenF(), colour.blueF()),
                    (base.redF(), base.greenF(), base.blueF()),
                    strict=True,
                )
            )
        )
        if share <= 0 or contrast_ratio(mixed, text) >= TEXT_CONTRAST:
            return mixed
        share = max(0.0, share - 0.02)


def focus_colour(palette: QPalette, background: QColor) -> QColor:
    """The colour of a focus frame drawn on ``background``: the palette's highlight if it
    stands out enough, else whichever of the highlight's text or the window text does."""
    candidates = (
        palette.color(QPalette.ColorRole.Highlight),
        palette.color(QPalette.ColorRole.HighlightedText),
        palette.color(QPalette.ColorRole.WindowText),
    )
    for candidate in candidates:
        if contrast_ratio(candidate, background) >= FOCUS_CONTRAST:
            return candidate
    return max(candidates, key=lambda candidate: contrast_ratio(candidate, background))


class TonedLabel(QLabel):
    """A label whose text is drawn in a tone, readable in whatever palette is in use, also
    after the palette changes (dark mode turned on).

    The tone follows the palette through the label's own event handlers, not an event
    filter: a form has an error label per field, nearly all of them hidden, and a filter
    took every event of each of them through Python (a tenth of opening the person form).
    """

    def __init__(self, tone: Tone, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tone = tone
        self._apply()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        # A hidden label (no error yet) may miss a change: it is checked again when shown.
        self._apply()
        super().showEvent(event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.PaletteChange:
            self._apply()
        super().changeEvent(event)

    def _apply(self) -> None:
        palette = _tone_palette(self._tone)
        role = QPalette.ColorRole.WindowText
        if self.palette().color(role) != palette.color(role):  # else also ends the
            self.setPalette(palette)  # PaletteChange that setting it sends


_tone_palettes: dict[tuple[Tone, int], QPalette] = {}


def _tone_palette(tone: Tone) -> QPalette:
    """What a label in the tone is given: only the text roles set, the rest follows the
    application. Made once for each application palette (a form has a label per field)."""
    key = (tone, QGuiApplication.palette().cacheKey())
    palette = _tone_palettes.get(key)
    if palette is None:
        colour = tone_colour(tone)
        palette = _tone_palettes[key] = QPalette()
        for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text):
            palette.setColor(role, colour)
    return palette
