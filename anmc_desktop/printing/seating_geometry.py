"""Where each table place of a seating plan stands, in metres, for every layout: the
printed plan and the window's plan draw the same hall.

Position 0 is the head of the table (the chair's place). Around a round table the places
follow clockwise from the head; at a U-shape and at a head table they alternate to the
chair's right and left, as protocol orders precedence; in rows they fill the front row
first, from the middle outwards. Each spot has the direction "behind", where the rest of
the delegation and its interpreters sit.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from anmc_desktop.records.seating import SeatingLayout

PLACE_WIDTH = 1.6  # metres of table per delegation
SEAT_DEPTH = 0.8  # from one row of seats to the one behind it
ROWS_BEHIND = 2  # rows of seats drawn behind each place (the table seat not counted)
HEAD_TABLE_PLACES = 5
SEATS_PER_ROW = 2
# The drawn boxes, in metres: a place (its city and head) and a seat behind it.
PLACE_BOX = (PLACE_WIDTH * 0.94, SEAT_DEPTH * 1.1)
SEAT_BOX = (PLACE_WIDTH * 0.46, SEAT_DEPTH * 0.8)
_GAP = 0.05


@dataclass(frozen=True)
class Spot:
    x: float
    y: float  # upwards; the head of the table is at the top of the hall
    behind_x: float  # unit vector away from the table
    behind_y: float

    def behind(self, rows: float) -> tuple[float, float]:
        """The point ``rows`` seat depths behind the table seat."""
        depth = rows * SEAT_DEPTH
        return self.x + self.behind_x * depth, self.y + self.behind_y * depth


def spots(layout: SeatingLayout, count: int) -> list[Spot]:
    if count == 0:
        return []
    if layout is SeatingLayout.ROUND:
        return _round(count)
    if layout is SeatingLayout.U_SHAPE:
        return _u_shape(count)
    if layout is SeatingLayout.THEATRE:
        return [Spot(0, 0, 0, 1), *_rows(count - 1, top=-2 * SEAT_DEPTH)]
    head = min(count, HEAD_TABLE_PLACES)
    table = [Spot(x * PLACE_WIDTH, 0, 0, 1) for x in _outwards(head)]
    return table + _rows(count - head, top=-3 * SEAT_DEPTH)


def _round(count: int) -> list[Spot]:
    # Room around the circle for each place's box and a gap: boxes never overlap.
    radius = max(3.0, count * PLACE_WIDTH * 1.3 / (2 * math.pi))
    result = []
    for index in range(count):
        angle = math.pi / 2 - 2 * math.pi * index / count
        dx, dy = math.cos(angle), math.sin(angle)
        result.append(Spot(radius * dx, radius * dy, dx, dy))
    return result


def _outwards(count: int) -> list[int]:
    """0, then to the chair's right and left in turn: 0, -1, 1, -2, 2, ... (the chair
    faces the hall, so the chair's right is the plan's left)."""
    return [0] + [(-1 if n % 2 else 1) * ((n + 1) // 2) for n in range(1, count)]


def _u_shape(count: int) -> list[Spot]:
    base = min(count, 3)
    result = [Spot(x * PLACE_WIDTH, 0, 0, 1) for x in _outwards(base)]
    arm_x = 2 * PLACE_WIDTH
    for n in range(count - base):
        side = -1 if n % 2 == 0 else 1
        row = n // 2 + 1
        result.append(Spot(side * arm_x, -row * PLACE_WIDTH, side, 0))
    return result


def _rows(count: int, top: float) -> list[Spot]:
    """Rows facing the head, the front row first, each filled from the middle outwards;
    each row deep enough for the seats behind its places."""
    if count <= 0:
        return []
    per_row = max(1, math.ceil(math.sqrt(count * 2)))
    pitch = (ROWS_BEHIND + 1.5) * SEAT_DEPTH
    result = []
    for index in range(count):
        row, within = divmod(index, per_row)
        in_this_row = min(per_row, count - row * per_row)
        offset = _outwards(in_this_row)[within]
        result.append(Spot(offset * PLACE_WIDTH, top - row * pitch, 0, -1))
    return result


def seat_behind(spot: Spot, index: int) -> tuple[float, float]:
    """Where the ``index``-th seat behind a place stands, two to a row.

    The boxes stand upright whatever the direction of the place, so beside a round table
    (behind pointing sideways) the first row stands further back than above or below it,
    far enough that its seats clear the place's box.
    """
    row, column = divmod(index, SEATS_PER_ROW)
    return _seat(spot, first_row(spot) + row, column)


def first_row(spot: Spot) -> float:
    """Seat depths behind the table seat where the first row of seats stands clear."""
    rows = 1.1
    while rows < 4 and not all(_clear(spot, _seat(spot, rows, c)) for c in range(SEATS_PER_ROW)):
        rows += 0.05
    return rows


def _seat(spot: Spot, rows: float, column: int) -> tuple[float, float]:
    side = (column - 0.5) * PLACE_WIDTH * 0.5
    bx, by = spot.behind(rows)
    return bx - spot.behind_y * side, by + spot.behind_x * side


def _clear(spot: Spot, seat: tuple[float, float]) -> bool:
    """Whether a seat's box standing at ``seat`` and the place's box do not overlap."""
    apart_x = abs(seat[0] - spot.x) - (PLACE_BOX[0] + SEAT_BOX[0]) / 2
    apart_y = abs(seat[1] - spot.y) - (PLACE_BOX[1] + SEAT_BOX[1]) / 2
    return max(apart_x, apart_y) >= _GAP
