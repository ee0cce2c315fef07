"""How the window looks: the system's colour scheme, high contrast, and a focus frame.

The app follows the system: a dark colour scheme gets a dark palette, a request for more
contrast gets a high contrast palette (``QStyleHints.colorScheme`` and
``QAccessibilityHints.contrastPreference``, followed while the app runs). When the system
says nothing, the style's own palette stays. Every focusable widget shows a focus frame
2 pixels wide in a colour with at least 3:1 contrast against what is around it
(``FocusFrameStyle``), table cells included.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QRect, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QApplication,
    QProxyStyle,
    QStyle,
    QStyleFactory,
    QStyleOption,
    QStyleOptionComplex,
    QWidget,
)

from anmc_desktop.ui.colours import FOCUS_CONTRAST, readable

Role = QPalette.ColorRole
FOCUS_WIDTH = 2


def _palette(colours: dict[QPalette.ColorRole, str], disabled_text: str) -> QPalette:
    palette = QPalette()
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    for role in (Role.WindowText, Role.Text, Role.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(disabled_text))
    return palette


def light_palette() -> QPalette:
    """Fusion's light palette, its highlight darkened until white text reads on it."""
    palette = QStyleFactory.create("Fusion").standardPalette()
    text = palette.color(Role.HighlightedText)
    palette.setColor(Role.Highlight, readable(palette.color(Role.Highlight), [text], 4.5))
    return palette


# The dark and the high contrast palette, role by role: (dark, high contrast).
_DARK_AND_HIGH_CONTRAST = {
    Role.Window: ("#2b2b2b", "#000000"),
    Role.WindowText: ("#f0f0f0", "#ffffff"),
    Role.Base: ("#1e1e1e", "#000000"),
    Role.AlternateBase: ("#2a2a2a", "#101010"),
    Role.Text: ("#f0f0f0", "#ffffff"),
    Role.Button: ("#3a3a3a", "#000000"),
    Role.ButtonText: ("#f0f0f0", "#ffffff"),
    Role.Highlight: ("#3d8ee6", "#ffff00"),
    Role.HighlightedText: ("#000000", "#000000"),
    Role.ToolTipBase: ("#3a3a3a", "#000000"),
    Role.ToolTipText: ("#f0f0f0", "#ffffff"),
    Role.PlaceholderText: ("#a8a8a8", "#c0c0c0"),
    Role.Link: ("#8cc4ff", "#00ffff"),
    Role.Light: ("#505050", "#ffffff"),
    Role.Midlight: ("#404040", "#c0c0c0"),
    Role.Mid: ("#303030", "#808080"),
    Role.Dark: ("#202020", "#ffffff"),
    Role.Shadow: ("#000000", "#ffffff"),
}


def dark_palette() -> QPalette:
    colours = {role: pair[0] for role, pair in _DARK_AND_HIGH_CONTRAST.items()}
    return _palette(colours, disabled_text="#8a8a8a")


def high_contrast_palette() -> QPalette:
    colours = {role: pair[1] for role, pair in _DARK_AND_HIGH_CONTRAST.items()}
    return _palette(colours, disabled_text="#a0a0a0")


def palette_for(scheme: Qt.ColorScheme, contrast: Qt.ContrastPreference) -> QPalette | None:
    """The palette for what the system asks for, or None when it asks for nothing."""
    if contrast == Qt.ContrastPreference.HighContrast:
        return high_contrast_palette()
    if scheme == Qt.ColorScheme.Dark:
        return dark_palette()
    if scheme == Qt.ColorScheme.Light:
        return light_palette()
    return None


class _SystemFollower(QObject):
    """Sets the application's palette whenever the system's scheme or contrast changes."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._app = app
        hints = QGuiApplication.styleHints()
        self._scheme = hints.colorScheme()
        self._contrast = hints.accessibility().contrastPreference()
        hints.colorSchemeChanged.connect(self.scheme_changed)
        hints.accessibility().contrastPreferenceChanged.connect(self.contrast_changed)
        self._apply()

    def scheme_changed(self, scheme: Qt.ColorScheme) -> None:
        self._scheme = scheme
        self._apply()

    def contrast_changed(self, contrast: Qt.ContrastPreference) -> None:
        self._contrast = contrast
        self._apply()

    def _apply(self) -> None:
        palette = palette_for(self._scheme, self._contrast)
        if palette is not None:
            self._app.setPalette(palette)


def apply_appearance(app: QApplication) -> None:
    """Fusion with focus frames, in the palette the system asks for, kept up to date."""
    app.setStyle(FocusFrameStyle(QStyleFactory.create("Fusion")))
    _SystemFollower(app)


def focus_frame_colour(palette: QPalette, selected: bool) -> QColor:
    """On a selected row the frame is drawn on the highlight, elsewhere on the window or
    a field's base: at least 3:1 against each."""
    if selected:
        grounds = [palette.color(Role.Highlight)]
        start = palette.color(Role.HighlightedText)
    else:
        grounds = [palette.color(Role.Window), palette.color(Role.Base)]
        start = palette.color(Role.Highlight)
    return readable(start, grounds, FOCUS_CONTRAST)


class FocusFrameStyle(QProxyStyle):
    """Draws a solid frame around whatever has the keyboard focus."""

    def drawPrimitive(  # noqa: N802
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        if element == QStyle.PrimitiveElement.PE_FrameFocusRect:
            _draw_frame(option, painter)
            return
        super().drawPrimitive(element, option, painter, widget)
        if element == QStyle.PrimitiveElement.PE_PanelLineEdit and _has_focus(option):
            _draw_frame(option, painter)

    def drawComplexControl(  # noqa: N802
        self,
        control: QStyle.ComplexControl,
        option: QStyleOptionComplex,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawComplexControl(control, option, painter, widget)
        framed = (QStyle.ComplexControl.CC_ComboBox, QStyle.ComplexControl.CC_SpinBox)
        if control in framed and _has_focus(option):
            _draw_frame(option, painter)

    def drawControl(  # noqa: N802
        self,
        element: QStyle.ControlElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawControl(element, option, painter, widget)
        framed = (QStyle.ControlElement.CE_ShapedFrame, QStyle.ControlElement.CE_PushButton)
        if element in framed and _has_focus(option):
            _draw_frame(option, painter)


def _has_focus(option: QStyleOption) -> bool:
    return bool(option.state & QStyle.StateFlag.State_HasFocus)


def _draw_frame(option: QStyleOption, painter: QPainter) -> None:
    selected = bool(option.state & QStyle.StateFlag.State_Selected)
    colour = focus_frame_colour(option.palette, selected)
    painter.save()
    pen = QPen(colour, FOCUS_WIDTH)
    pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    inset = FOCUS_WIDTH // 2
    rect: QRect = option.rect.adjusted(inset, inset, -inset, -inset)
    painter.drawRect(rect)
    painter.restore()
