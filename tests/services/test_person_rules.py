"""check_person applies the field rules of Checker.text to every text of a person, and the
person's own rules, whatever the text holds."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from anmc_desktop.errors import ValidationError
from anmc_desktop.records.enums import PersonRole
from anmc_desktop.records.persons import PersonDraft
from anmc_desktop.services.person_rules import check_person
from anmc_desktop.services.validation import Checker
from anmc_desktop.text import clean

LONG_FIELDS = ("position", "dietary_needs", "access_needs", "notes")
SHORT_FIELDS = ("given_name", "family_name", "native_name", "honorific", "phone")
TRICKY_TEXTS = (
    "",
    "  Anna  ",
    "e\u0301",  # e and a combining accent: NFC makes one letter
    "\u212b",  # the Angstrom sign: NFC makes it Å
    "Ａｎｎａ",  # full-width letters: NFC keeps them
    "tab\there",
    "two\nlines",
    "bell\x07",
    "\x1f",
    "delete\x7f",  # not one of the refused control characters
    "\u00a0no-break spaces\u00a0",
    "zero\u200bwidth",
    "line\u2028separator",
    " \x85next line ",
    "Томск 東京 😀",
    "x" * 200,
    "x" * 201,
    "я" * 4000,
    "я" * 4001,
    " " + "x" * 200 + " ",
)


def _outcome(draft: PersonDraft) -> PersonDraft | list[tuple[str, str]]:
    try:
        return check_person(draft, lambda: False)
    except ValidationError as error:
        return [(e.field, e.reason) for e in error.errors]


@pytest.mark.parametrize("text", TRICKY_TEXTS)
@pytest.mark.parametrize("field", SHORT_FIELDS + LONG_FIELDS)
def test_every_text_of_a_person_is_checked_as_the_forms_check_a_text(field: str, text: str) -> None:
    # GIVEN a person with a name and this text in one of the fields
    named = {"given_name": "Ivan"} if field == "family_name" else {"family_name": "Petrov"}
    draft = PersonDraft(**(named | {field: text}))
    # WHEN it is checked
    outcome = _outcome(draft)
    # THEN the text is cleaned or refused exactly as Checker.text cleans or refuses it
    checker = Checker()
    cleaned = checker.text(field, text, long=field in LONG_FIELDS)
    refused = [(e.field, e.reason) for e in checker.errors]
    if field in ("given_name", "family_name", "native_name") and not (
        cleaned or any(named.values())
    ):
        refused.append(("family_name", "give a name (Latin or native)."))
    if refused:
        assert outcome == refused
    else:
        assert isinstance(outcome, PersonDraft)
        assert getattr(outcome, field) == cleaned
        assert dataclasses.replace(outcome, **{field: text}) == draft


def test_every_problem_of_a_person_is_named_at_once() -> None:
    # GIVEN a head without a name, with a bad e-mail, leaving before arriving, a control
    # character in the phone number and a position too long, where someone else is head
    draft = PersonDraft(
        given_name=" ",
        email="nobody",
        phone="8\x00800",
        position="p" * 4001,
        role=PersonRole.HEAD,
        arrival=dt.datetime(2014, 9, 17, 12),
        departure=dt.datetime(2014, 9, 16, 12),
    )
    # WHEN it is checked
    with pytest.raises(ValidationError) as raised:
        check_person(draft, lambda: True)
    # THEN every problem is named, in the order of the form
    assert [(e.field, e.reason) for e in raised.value.errors] == [
        ("position", "is 4001 characters long; at most 4000 fit."),
        ("phone", "contains control characters."),
        ("family_name", "give a name (Latin or native)."),
        ("email", "is not an e-mail address."),
        ("departure", "must not be before arrival."),
        ("role", "this delegation has a head already."),
    ]


@pytest.mark.parametrize("role", [PersonRole.HEAD, "head"])
def test_a_second_head_is_refused_and_a_first_one_kept(role: PersonRole) -> None:
    # GIVEN a head of delegation, the role given as the enum or as its stored text
    draft = PersonDraft(family_name="Zhvachkin", role=role)  # type: ignore[arg-type]
    # WHEN it is checked where the delegation has a head, and where it has none
    with pytest.raises(ValidationError) as raised:
        check_person(draft, lambda: True)
    kept = check_person(draft, lambda: False)
    # THEN the first is refused for the role alone; the second keeps the head as the enum
    assert [(e.field, e.reason) for e in raised.value.errors] == [
        ("role", "this delegation has a head already.")
    ]
    assert kept.role is PersonRole.HEAD


def test_a_role_that_is_not_one_is_refused() -> None:
    # GIVEN a person whose role is no role
    draft = PersonDraft(family_name="Petrov", role="mayor")  # type: ignore[arg-type]
    # WHEN it is checked THEN the role is named
    assert _outcome(draft) == [("role", "'mayor' is not one of the allowed values.")]


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        (None, ""),
        ("  Anna\t\n", "Anna"),
        ("e\u0301", "\u00e9"),
        ("\u212b", "\u00c5"),
        ("Ａｎｎａ", "Ａｎｎａ"),
        ("\u00a0Томск\u00a0", "Томск"),
        (" \x85x ", "x"),
        ("a\u0301 b", "\u00e1 b"),
    ],
)
def test_typed_text_is_trimmed_and_composed(typed: str | None, kept: str) -> None:
    # GIVEN text as typed WHEN it is cleaned THEN it is trimmed and in composed form (NFC)
    assert clean(typed) == kept
