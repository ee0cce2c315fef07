"""The fitting rule of a fixed box: shrink, then wrap, then cut with an ellipsis."""

from __future__ import annotations

import pytest

from anmc_desktop.printing.fitting import ELLIPSIS, Box, Fit, FitNote, FitNotes, fit
from anmc_desktop.printing.fontset import Face, FontSet
from anmc_desktop.printing.typesetting import Typesetter


@pytest.fixture(scope="module")
def setter() -> Typesetter:
    return Typesetter(FontSet(Face.SANS))


def test_a_text_that_fits_keeps_its_size(setter):
    fitted = fit(setter, "Tomsk", Box(200, 2, 20, 10))
    assert fitted == fitted.__class__(("Tomsk",), 20, Fit.WHOLE)


def test_a_text_a_little_too_wide_is_shrunk_onto_one_line(setter):
    text = "Sergey Zhvachkin"
    width = setter.width(text, 20) * 0.8
    fitted = fit(setter, text, Box(width, 2, 20, 10))
    assert fitted.fit is Fit.SHRUNK and fitted.lines == (text,)
    assert 10 <= fitted.size < 20
    assert setter.width(text, fitted.size) <= width


def test_a_longer_text_wraps_at_the_smallest_size(setter):
    text = "Head of the International Cooperation Department"
    width = setter.width(text, 10) * 0.6
    fitted = fit(setter, text, Box(width, 3, 20, 10))
    assert fitted.fit is Fit.SHRUNK and fitted.size == 10
    assert " ".join(fitted.lines) == text and len(fitted.lines) == 2
    assert all(setter.width(line, 10) <= width for line in fitted.lines)


def test_a_text_too_long_for_the_box_is_cut_with_an_ellipsis(setter):
    text = "International Cooperation " * 40
    fitted = fit(setter, text, Box(150, 2, 12, 8))
    assert fitted.fit is Fit.CUT and len(fitted.lines) == 2
    assert fitted.lines[-1].endswith(ELLIPSIS)
    assert all(setter.width(line, 8) <= 150 for line in fitted.lines)


def test_the_notes_name_each_field_once(setter):
    notes = FitNotes()
    for _ in range(2):  # a flowable may be measured more than once
        notes.fitted(setter, "Tomsk: Sergey: position", "word " * 200, Box(100, 1, 9, 9))
    notes.fitted(setter, "Tomsk: Sergey: city", "Tomsk", Box(100, 1, 9, 9))
    assert notes == [FitNote("Tomsk: Sergey: position", Fit.CUT)]
    assert str(notes[0]) == "Tomsk: Sergey: position: cut short to fit"
