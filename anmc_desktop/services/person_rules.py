"""The rules of a person, shared by the forms and every import.

The import checks thousands of rows with them, so the common case (every rule holds and
cleaning changes no text) takes a fast path that tests prove equivalent to the full check.
"""

from __future__ import annotations

import operator
from collections.abc import Callable

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from anmc_desktop.errors import FieldError, ValidationError
from anmc_desktop.models import Person
from anmc_desktop.records.enums import PersonRole
from anmc_desktop.records.persons import TRAVEL_TEXTS, PersonDraft
from anmc_desktop.services.validation import Checker, accepted_unchanged


def apply_person(session: Session, person: Person, draft: PersonDraft, delegation_id: int) -> None:
    """Check ``draft`` (raising ValidationError) and copy it onto ``person``."""

    def has_other_head() -> bool:
        return bool(
            session.scalar(
                select(func.count(Person.id)).where(
                    Person.delegation_id == delegation_id,
                    Person.role == PersonRole.HEAD,
                    Person.id != (person.id or -1),
                )
            )
        )

    checked = check_person(draft, has_other_head)
    for name in PERSON_FIELDS:
        setattr(person, name, getattr(checked, name))


PERSON_FIELDS = tuple(PersonDraft.__dataclass_fields__)


_TRAVEL_TEXTS = (*TRAVEL_TEXTS, "passport_number", "nationality")

# A person's texts, and which of them are long (as _check_person_fully checks them).
_TEXTS = operator.attrgetter(
    "given_name",
    "family_name",
    "native_name",
    "honorific",
    "email",
    "phone",
    *_TRAVEL_TEXTS,
    "position",
    "dietary_needs",
    "access_needs",
    "notes",
)


_LONG_TEXTS = (*(False,) * (6 + len(_TRAVEL_TEXTS)), True, True, True, True)


_HEAD_TAKEN = "this delegation has a head already."


_NOT_LOCAL = "give the local time at the meeting's place, without a time zone."


def _local_times(draft: PersonDraft) -> bool:
    """Arrival and departure as stored: local times of the meeting's place, without a time
    zone (one with a zone cannot even be compared with one without)."""
    arrival, departure = draft.arrival, draft.departure
    return (arrival is None or arrival.tzinfo is None) and (
        departure is None or departure.tzinfo is None
    )


def check_person(draft: PersonDraft, has_other_head: Callable[[], bool]) -> PersonDraft:
    """The draft as it is stored (texts cleaned), or ValidationError naming every problem.

    The rules of a person, shared by the forms (through ``apply_person``) and the import,
    which checks thousands of rows against what it read once. Pure except for
    ``has_other_head``, asked only for a head: whether someone else heads the delegation.
    """
    role = draft.role
    if (
        accepted_unchanged(_TEXTS(draft), _LONG_TEXTS)
        and (draft.given_name or draft.family_name or draft.native_name)
        and (not draft.email or _looks_like_email(draft.email))
        and _local_times(draft)
        and not (draft.arrival and draft.departure and draft.arrival > draft.departure)
        and passport_problem(draft) is None
        and type(role) is PersonRole
    ):
        # Every rule but the head's holds and cleaning changes no text (the common case):
        # the draft is stored as it is, without collecting problems.
        if role is PersonRole.HEAD and has_other_head():
            raise ValidationError([FieldError("role", _HEAD_TAKEN)])
        return draft
    return _check_person_fully(draft, has_other_head)


def _check_person_fully(draft: PersonDraft, has_other_head: Callable[[], bool]) -> PersonDraft:
    """check_person, collecting every problem of the draft."""
    check = Checker()
    values = {
        "given_name": check.text("given_name", draft.given_name),
        "family_name": check.text("family_name", draft.family_name),
        "native_name": check.text("native_name", draft.native_name),
        "honorific": check.text("honorific", draft.honorific),
        "position": check.text("position", draft.position, long=True),
        "email": check.text("email", draft.email),
        "phone": check.text("phone", draft.phone),
        **{name: check.text(name, getattr(draft, name)) for name in _TRAVEL_TEXTS},
        "dietary_needs": check.text("dietary_needs", draft.dietary_needs, long=True),
        "access_needs": check.text("access_needs", draft.access_needs, long=True),
        "notes": check.text("notes", draft.notes, long=True),
    }
    check.check(
        "family_name",
        any(values[name] for name in ("given_name", "family_name", "native_name")),
        "give a name (Latin or native).",
    )
    if values["email"]:
        check.check("email", _looks_like_email(values["email"]), "is not an e-mail address.")
    for field in ("arrival", "departure"):
        moment = getattr(draft, field)
        check.check(field, moment is None or moment.tzinfo is None, _NOT_LOCAL)
    if draft.arrival and draft.departure and _local_times(draft):
        check.check("departure", draft.arrival <= draft.departure, "must not be before arrival.")
    problem = passport_problem(draft)
    if problem is not None:
        check.fail(*problem)
    role = check.enum("role", draft.role, PersonRole)
    if role is PersonRole.HEAD:
        check.check("role", not has_other_head(), _HEAD_TAKEN)
    check.raise_if_any()
    assert role is not None
    return _stored(draft, values, role)


def _stored(draft: PersonDraft, texts: dict[str, str], role: PersonRole) -> PersonDraft:
    """The draft as stored: its cleaned texts, with the checked role."""
    return PersonDraft(
        **texts,
        family_name_first=draft.family_name_first,
        role=role,
        arrival=draft.arrival,
        departure=draft.departure,
        is_placeholder=draft.is_placeholder,
        passport_expiry=draft.passport_expiry,
    )


def passport_problem(draft: PersonDraft) -> tuple[str, str] | None:
    """What is wrong with the passport data, as (field, reason); shared with the form."""
    number = draft.passport_number.strip() if isinstance(draft.passport_number, str) else ""
    if number and not all(c.isascii() and (c.isalnum() or c in " -") for c in number):
        return "passport_number", "may hold only Latin letters, digits, spaces and hyphens."
    leaves = draft.departure or draft.arrival
    if draft.passport_expiry and leaves and draft.passport_expiry < leaves.date():
        return "passport_expiry", "is before the person's departure."
    return None


def _looks_like_email(text: str) -> bool:
    local, at, domain = text.partition("@")
    return bool(local and at and "." in domain and " " not in text)
