"""Colours come from the palette and read at WCAG contrast in light, dark and high contrast.

Contrast is the WCAG 2.1 formula (colours.contrast_ratio); every figure is computed from
the palette in use, and the focus frame is measured in the pixels Qt really paints.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPalette
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from anmc_desktop.records.enums import AgendaKind
from anmc_desktop.ui.appearance import (
    FocusFrameStyle,
    apply_appearance,
    dark_palette,
    focus_frame_colour,
    high_contrast_palette,
    light_palette,
    palette_for,
)
from anmc_desktop.ui.colours import Tone, contrast_ratio, text_backgrounds, tone_colour
from anmc_desktop.ui.forms.field_form import FieldForm
from anmc_desktop.ui.item_models.agenda import kind_tint

PALETTES: dict[str, Callable[[], QPalette]] = {
    "light": light_palette,
    "dark": dark_palette,
    "high-contrast": high_contrast_palette,
}
UI = Path(__file__).resolve().parents[2] / "anmc_desktop" / "ui"
Role = QPalette.ColorRole


@pytest.fixture(params=PALETTES)
def palette(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[QPalette]:
    """The application runs in this palette for the test."""
    before = qapp.palette()
    chosen = PALETTES[request.param]()
    qapp.setPalette(chosen)
    yield chosen
    qapp.setPalette(before)


def test_the_wcag_formula_gives_its_known_figures() -> None:
    assert contrast_ratio(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21.0)
    assert contrast_ratio(QColor("#777777"), QColor("#ffffff")) == pytest.approx(4.48, abs=0.01)
    assert contrast_ratio(QColor("#ffffff"), QColor("#ffffff")) == pytest.approx(1.0)


def test_every_tone_reads_at_4_5_to_1_on_every_background(palette: QPalette) -> None:
    for tone in Tone:
        colour = tone_colour(tone, palette)
        for ground in text_backgrounds(palette):
            assert contrast_ratio(colour, ground) >= 4.5, (tone, colour.name(), ground.name())


def test_a_tone_is_the_callers_own_colour_to_change(palette: QPalette) -> None:
    # Tones are made once per palette; what one caller does with its colour stays its own.
    mine = tone_colour(Tone.ERROR, palette)
    mine.setAlpha(0)
    assert tone_colour(Tone.ERROR, palette).alpha() == 255


def test_the_palette_text_reads_at_4_5_to_1(palette: QPalette) -> None:
    pairs = (
        (Role.WindowText, Role.Window), (Role.Text, Role.Base), (Role.Text, Role.AlternateBase),
        (Role.ButtonText, Role.Button), (Role.HighlightedText, Role.Highlight),
    )  # fmt: skip
    for text, ground in pairs:
        assert contrast_ratio(palette.color(text), palette.color(ground)) >= 4.5, (text, ground)


def test_agenda_kind_shades_keep_the_text_readable(palette: QPalette) -> None:
    for kind in AgendaKind:
        assert contrast_ratio(palette.color(Role.Text), kind_tint(kind)) >= 4.5, kind


def test_focus_frames_stand_out_at_3_to_1(palette: QPalette) -> None:
    frame = focus_frame_colour(palette, selected=False)
    for ground in (palette.color(Role.Window), palette.color(Role.Base)):
        assert contrast_ratio(frame, ground) >= 3.0
    on_selection = focus_frame_colour(palette, selected=True)
    assert contrast_ratio(on_selection, palette.color(Role.Highlight)) >= 3.0


def test_a_field_error_is_drawn_in_the_palette_error_colour(
    palette: QPalette, qtbot: QtBot
) -> None:
    form = FieldForm()
    qtbot.addWidget(form)
    form.add_field("name", "&Name", QLineEdit(), lambda: "give a name")
    form.is_valid()
    message = form.findChild(QWidget, "error_name")
    colour = message.palette().color(Role.WindowText)
    assert colour == tone_colour(Tone.ERROR)
    assert contrast_ratio(colour, palette.color(Role.Window)) >= 4.5


def test_an_error_shown_after_a_change_of_palette_takes_the_new_colour(
    qapp: QApplication, qtbot: QtBot
) -> None:
    before = qapp.palette()
    qapp.setPalette(light_palette())
    form = FieldForm()
    qtbot.addWidget(form)
    field = QLineEdit("Tomsk")
    form.add_field("name", "&Name", field, lambda: None if field.text() else "give a name")
    message = form.findChild(QWidget, "error_name")
    form.show()
    qtbot.waitExposed(form)
    light = message.palette().color(Role.WindowText)
    try:
        qapp.setPalette(dark_palette())
        field.clear()
        form.is_valid()
        assert message.isVisible()
        dark = message.palette().color(Role.WindowText)
    finally:
        qapp.setPalette(before)
    assert light != dark
    assert contrast_ratio(dark, dark_palette().color(Role.Window)) >= 4.5


def test_an_error_on_screen_follows_a_change_of_palette(qapp: QApplication, qtbot: QtBot) -> None:
    before = qapp.palette()
    qapp.setPalette(light_palette())
    form = FieldForm()
    qtbot.addWidget(form)
    form.add_field("name", "&Name", QLineEdit(), lambda: "give a name")
    form.show()
    qtbot.waitExposed(form)
    form.is_valid()
    message = form.findChild(QWidget, "error_name")
    assert message.isVisible()
    light = message.palette().color(Role.WindowText)
    try:
        qapp.setPalette(dark_palette())
        qapp.processEvents()  # the window passes the change on to its widgets
        dark = message.palette().color(Role.WindowText)
        expected = tone_colour(Tone.ERROR)
    finally:
        qapp.setPalette(before)
    assert light != dark
    assert dark == expected


def _focused_button_image(qtbot: QtBot, focused: bool) -> QImage:
    host = QWidget()
    host.setStyle(FocusFrameStyle())
    button = QPushButton("Save", host)
    other = QPushButton("Other", host)
    layout = QVBoxLayout(host)
    layout.addWidget(button)
    layout.addWidget(other)
    for widget in (button, other):
        widget.setStyle(host.style())
    qtbot.addWidget(host)
    host.show()
    qtbot.waitExposed(host)
    host.activateWindow()
    qtbot.waitUntil(host.isActiveWindow)
    (button if focused else other).setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: button.hasFocus() if focused else other.hasFocus())
    return button.grab().toImage()


def test_the_focused_button_is_framed_at_3_to_1_in_pixels(palette: QPalette, qtbot: QtBot) -> None:
    framed = _focused_button_image(qtbot, focused=True)
    plain = _focused_button_image(qtbot, focused=False)
    frame = focus_frame_colour(palette, selected=False)
    count = sum(
        1
        for x in range(framed.width())
        for y in (0, 1, framed.height() - 2, framed.height() - 1)
        if framed.pixelColor(x, y) != plain.pixelColor(x, y)
        and contrast_ratio(framed.pixelColor(x, y), palette.color(Role.Window)) >= 3.0
        and framed.pixelColor(x, y).rgb() == frame.rgb()
    )
    assert count > framed.width()  # the top and bottom edges, nearly whole


def test_the_app_follows_the_system_colour_scheme(qapp: QApplication) -> None:
    before, style = qapp.palette(), qapp.style().name()
    hints = QGuiApplication.styleHints()
    try:
        apply_appearance(qapp)
        hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
        assert qapp.palette().color(Role.Window) == dark_palette().color(Role.Window)
        hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)
        assert qapp.palette().color(Role.Window) == light_palette().color(Role.Window)
        hints.accessibility().contrastPreferenceChanged.emit(Qt.ContrastPreference.HighContrast)
        assert qapp.palette().color(Role.Window) == QColor("#000000")
    finally:
        qapp.setStyle(style)
        qapp.setPalette(before)
    assert palette_for(Qt.ColorScheme.Unknown, Qt.ContrastPreference.NoPreference) is None


def test_no_colour_is_written_into_the_window_code() -> None:
    """Colours come from the palette (colours.py derives the tones); the agenda kinds'
    hues are the one table of fixed colours, shown as swatches and shades."""
    allowed = {UI / "colours.py", UI / "appearance.py", UI / "item_models" / "agenda.py"}
    fixed = re.compile(r"#[0-9a-fA-F]{6}\b|QColor\(\"|color:\s*\w")
    offenders = [
        f"{path.relative_to(UI)}:{number}"
        for path in UI.rglob("*.py")
        if path not in allowed
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if fixed.search(line)
    ]
    assert offenders == []
