"""The plenary hall drawn in the window: one box per table place where the printed plan
puts it (``printing.seating_geometry``); dropping a place onto another swaps them."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QFont, QMouseEvent, QPainter, QPen
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QWidget,
)

from anmc_desktop.printing.seating_geometry import PLACE_WIDTH, SEAT_DEPTH, spots
from anmc_desktop.records.seating import SeatingPlanRecord, TablePlace
from anmc_desktop.text import other_name
from anmc_desktop.ui.translation import translate

PIXELS_PER_METRE = 70.0


class PlaceItem(QGraphicsRectItem):
    def __init__(self, place: TablePlace, centre: QPointF) -> None:
        width, height = PLACE_WIDTH * 0.94 * PIXELS_PER_METRE, SEAT_DEPTH * 1.2 * PIXELS_PER_METRE
        super().__init__(QRectF(-width / 2, -height / 2, width, height))
        self.place = place
        self.home = centre
        self.setPos(centre)
        # Colours from the palette (light, dark or high contrast): the chair's place in
        # the highlight's shade, the others as fields, the text as text.
        palette = QApplication.palette()
        self.setBrush(
            QBrush(palette.alternateBase().color() if place.is_chair else palette.base().color())
        )
        self.setPen(QPen(palette.highlight().color() if place.is_chair else palette.mid().color()))
        lines = [place.city_name, other_name(place.city_name, place.city_local_name)]
        lines.append(place.head.name if place.head else "")
        if place.behind or place.interpreters:
            behind = len(place.behind) + len(place.interpreters)
            lines.append(translate("pages.seating", "+{count} behind").format(count=behind))
        text = QGraphicsSimpleTextItem("\n".join(line for line in lines if line), self)
        text.setBrush(palette.text())
        font = QFont()
        font.setPointSizeF(7)
        text.setFont(font)
        bounds = text.boundingRect()
        text.setPos(-bounds.width() / 2, -bounds.height() / 2)
        self.setToolTip(
            translate("pages.seating", "Place {number}: {city}").format(
                number=place.position + 1, city=place.city_name
            )
        )


class SeatingView(QGraphicsView):
    """``swap_requested(first, second)``: a place was dropped on another (their positions)."""

    swap_requested = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setObjectName("seating_view")
        self.items_by_position: dict[int, PlaceItem] = {}
        self._dragged: PlaceItem | None = None
        self._grab = QPointF()

    def show_plan(self, plan: SeatingPlanRecord) -> None:
        scene = self.scene()
        scene.clear()
        self.items_by_position = {}
        where = spots(plan.layout, len(plan.places))
        for place, spot in zip(plan.places, where, strict=True):
            # The plan's y runs upwards, the scene's downwards.
            centre = QPointF(spot.x * PIXELS_PER_METRE, -spot.y * PIXELS_PER_METRE)
            item = PlaceItem(place, centre)
            scene.addItem(item)
            self.items_by_position[place.position] = item
        scene.setSceneRect(scene.itemsBoundingRect().adjusted(-40, -40, 40, 40))

    def centre_of(self, position: int) -> QPointF:
        """Where a place shows in the view's viewport (for a drag, or a test's)."""
        return QPointF(self.mapFromScene(self.items_by_position[position].home))

    def place_at(
        self, viewport_point: QPointF, other_than: PlaceItem | None = None
    ) -> PlaceItem | None:
        for item in self.items(viewport_point.toPoint()):
            while item is not None and not isinstance(item, PlaceItem):
                item = item.parentItem()
            if item is not None and item is not other_than:
                return item
        return None

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton:
            self._dragged = self.place_at(event.position())
            if self._dragged is not None:
                self._grab = self.mapToScene(event.position().toPoint()) - self._dragged.pos()
                self._dragged.setZValue(1)
                return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._dragged is not None:
            self._dragged.setPos(self.mapToScene(event.position().toPoint()) - self._grab)
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        dragged, self._dragged = self._dragged, None
        if dragged is None:
            super().mouseReleaseEvent(event)
            return
        dragged.setZValue(0)
        dragged.setPos(dragged.home)
        target = self.place_at(event.position(), other_than=dragged)
        if target is not None:
            self.swap_requested.emit(dragged.place.position, target.place.position)
