"""Badges of chosen persons, and the QR code on each read back from the printed page."""

from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
from PySide6.QtGui import QImage
from PySide6.QtPdf import QPdfDocument

from anmc_desktop.cli import EXIT_USER_ERROR, main
from anmc_desktop.printing.badge_sheet import SINGLE_TRIM
from anmc_desktop.printing.badges import QR_SIZE, qr_origin
from anmc_desktop.printing.qr_code import QUIET_ZONE, qr_matrix
from anmc_desktop.records.seating import badge_payload, person_uuid_in
from anmc_desktop.services import Services
from tests.printing.conftest import page_texts

DPI = 300


def _person(services: Services, meeting_id: int, family_name: str):
    for delegation in services.delegations.details(meeting_id):
        for person in delegation.persons:
            if person.family_name == family_name:
                return person
    raise AssertionError(family_name)


def _badges(database_path: Path, meeting_id: int, output: Path, *persons: int) -> int:
    options = [arg for person_id in persons for arg in ("--person", str(person_id))]
    arguments = ["--database", str(database_path), "print", "badges", "--layout", "single"]
    arguments += ["--meeting", str(meeting_id), "-o", str(output), *options]
    return main(arguments, out=io.StringIO())


def _page_image(pdf: bytes, qapp: object) -> QImage:
    data = QByteArray(pdf)
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    points = document.pagePointSize(0)
    return document.render(
        0, QSize(round(points.width() * DPI / 72), round(points.height() * DPI / 72))
    )


def test_chosen_badges_reprint_with_the_persons_identity_in_the_qr_code(
    services: Services, database_path, sample_meeting_id, tmp_path, all_scripts_fonts, qapp
) -> None:
    # GIVEN two persons of the sample WHEN only their badges are printed, one per page
    knorr = _person(services, sample_meeting_id, "Knorr")
    masuzoe = _person(services, sample_meeting_id, "Masuzoe")
    output = tmp_path / "badges.pdf"
    assert _badges(database_path, sample_meeting_id, output, knorr.id, masuzoe.id) == 0
    pdf = output.read_bytes()
    # THEN there are two badges, theirs only
    pages = page_texts(pdf)
    assert len(pages) == 2
    assert "Yoichi Masuzoe" in pages[0] and "Andrey Knorr" in pages[1]
    # AND the first badge's QR code, as rendered, holds exactly segno's modules of the
    # payload naming Masuzoe by his UUID (and no passport or other personal data)
    payload = badge_payload(masuzoe.uuid)
    assert person_uuid_in(payload) == masuzoe.uuid
    image = _page_image(pdf, qapp)
    matrix = qr_matrix(payload)
    module = QR_SIZE / (len(matrix) + 2 * QUIET_ZONE) * DPI / 72
    x, y = qr_origin(SINGLE_TRIM)
    left = (SINGLE_TRIM.x + x) * DPI / 72
    top = image.height() - (SINGLE_TRIM.y + y + QR_SIZE) * DPI / 72
    for row, modules in enumerate(matrix):
        for column, dark in enumerate(modules):
            x = left + (QUIET_ZONE + column + 0.5) * module
            y = top + (QUIET_ZONE + row + 0.5) * module
            grey = QImage.pixelColor(image, round(x), round(y)).lightness()
            assert (grey < 128) == bool(dark), (row, column)


@pytest.mark.skipif(shutil.which("zbarimg") is None, reason="zbarimg (zbar-tools) not installed")
def test_a_barcode_reader_reads_each_badge_back(
    services: Services, database_path, sample_meeting_id, tmp_path, all_scripts_fonts, qapp
) -> None:
    output = tmp_path / "badges.pdf"
    assert _badges(database_path, sample_meeting_id, output) == 0
    image = _page_image(output.read_bytes(), qapp)
    picture = tmp_path / "badge.png"
    image.save(str(picture))
    read = subprocess.run(
        ["zbarimg", "--quiet", "--raw", str(picture)], capture_output=True, text=True, check=True
    ).stdout.split()
    assert len(read) == 1
    person_uuid = person_uuid_in(read[0])
    named = {p.uuid: p for d in services.delegations.details(sample_meeting_id) for p in d.persons}
    assert person_uuid in named
    assert named[person_uuid].name in page_texts(output.read_bytes())[0]


def test_a_person_not_in_the_meeting_is_refused(database_path, sample_meeting_id, tmp_path):
    output = tmp_path / "badges.pdf"
    assert _badges(database_path, sample_meeting_id, output, 99999) == EXIT_USER_ERROR
    assert not output.exists()
