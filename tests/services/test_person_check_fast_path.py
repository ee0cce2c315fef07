"""check_person's shortcut for drafts that cleaning leaves as they are gives exactly what
the full check of every rule gives: the same stored draft, or the same problems."""

from __future__ import annotations

import datetime as dt
import unicodedata
from dataclasses import fields, replace
from typing import Any

import pytest

from anmc_desktop.errors import ValidationError
from anmc_desktop.records.enums import PersonRole
from anmc_desktop.records.limits import LONG_TEXT, SHORT_TEXT
from anmc_desktop.records.persons import PersonDraft
from anmc_desktop.services.person_rules import _check_person_fully, check_person

TEXT_FIELDS = [f.name for f in fields(PersonDraft) if f.type == "str"]
VIETNAMESE = "Nguyễn Thị Thu Hà"
HANGUL = "김영삼"
# Texts each way cleaning or a rule can treat them; every one goes into every text field.
TRICKY_TEXTS = [
    "",
    "Anna",
    VIETNAMESE,
    unicodedata.normalize("NFD", VIETNAMESE),  # not NFC: cleaning composes it
    HANGUL,
    unicodedata.normalize("NFD", HANGUL),  # Hangul jamo: composed into syllables
    "\u0301Anna",  # starts with a combining mark (NFC as it is)
    "e",  # next to a field starting with a combining mark
    "Ann\x07a",  # bell: a control character
    "Anna\x1b",
    "line\nbreak\tand tab",  # allowed
    "Ann\u200ba",  # a zero-width space: taken out
    "\ufeffAnna\u2060",  # a byte order mark and a word joiner at the ends
    "\u202eanna",  # a right-to-left override: refused
    "Anna\u2066x\u2069",  # an isolate: refused
    "क्\u200dष",  # a zero-width joiner that Devanagari needs: kept
    " Anna ",  # trimmed
    "\u00a0Anna\u3000",  # no-break and ideographic spaces, trimmed too
    "   ",  # whitespace only: empty once trimmed
    "a" * SHORT_TEXT,
    "a" * (SHORT_TEXT + 1),
    " " + "a" * SHORT_TEXT + " ",  # fits once trimmed
    "a" * LONG_TEXT,
    "a" * (LONG_TEXT + 1),
    "ю" * (SHORT_TEXT + 1),
    "anna@example.org",
    "anna@example",  # not an e-mail address
    "@example.org",
    "an na@example.org",
    None,  # not a string: the forms never send one, the check still copes
]
BASE = PersonDraft(given_name="Olga", family_name="Popova", email="olga@example.org")


def _outcome(check: Any, draft: PersonDraft, other_head: bool) -> object:
    try:
        return ("stored", vars(check(draft, lambda: other_head)))
    except ValidationError as error:
        return ("refused", [(e.field, e.reason) for e in error.errors])


def _drafts() -> list[PersonDraft]:
    drafts = [replace(BASE, **{name: text}) for name in TEXT_FIELDS for text in TRICKY_TEXTS]
    # No name at all, a name only in the native script, a mark next to another field.
    drafts += [
        PersonDraft(),
        PersonDraft(native_name=HANGUL),
        PersonDraft(given_name="   ", family_name="\x00"),
        PersonDraft(given_name="e", family_name="\u0301"),
    ]
    arrival = dt.datetime(2014, 9, 17, 14, 30)
    drafts += [
        replace(BASE, arrival=arrival, departure=arrival - dt.timedelta(minutes=1)),
        replace(BASE, arrival=arrival, departure=arrival),
        replace(BASE, arrival=arrival),
        replace(BASE, departure=arrival),
    ]
    drafts += [replace(BASE, role=role) for role in PersonRole]
    drafts += [
        replace(BASE, role="head"),  # a role's value, not the role
        replace(BASE, role="chief"),  # no such role
        replace(BASE, is_placeholder=True, role=PersonRole.HEAD),
        replace(BASE, family_name_first=True, given_name=" Ivan", phone="+7\x7f"),
    ]
    return drafts


@pytest.mark.parametrize("other_head", [False, True])
def test_every_tricky_draft_gets_what_the_full_check_gives(other_head: bool) -> None:
    drafts = _drafts()
    outcomes = [_outcome(check_person, draft, other_head) for draft in drafts]
    expected = [_outcome(_check_person_fully, draft, other_head) for draft in drafts]

    assert outcomes == expected
    # The corpus reaches both the stored and the refused outcomes, with and without cleaning.
    assert {kind for kind, _ in outcomes} == {"stored", "refused"}
    assert any(
        kind == "stored" and values != vars(d)
        for d, (kind, values) in zip(drafts, outcomes, strict=True)
    )
