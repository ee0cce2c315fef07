"""The meeting's delegations with their persons, to find the person a row means."""

from __future__ import annotations

from dataclasses import dataclass, field

from anmc_desktop.errors import UserFacingError
from anmc_desktop.records.enums import PersonRole
from anmc_desktop.services.person_import.basis import Basis, StoredPerson
from anmc_desktop.services.person_import.names import RowName, name_key

_OTHER_FORM = "by the name written the other way round or in another script"


@dataclass
class DelegationState:
    id: int | None
    persons: list[StoredPerson] = field(default_factory=list)
    by_email: dict[str, StoredPerson] = field(default_factory=dict)
    file_rows: dict[tuple[str, str], str] = field(default_factory=dict)
    head_row: str | None = None
    _by_name: dict[str, list[StoredPerson]] | None = None  # built when first needed
    _by_form: dict[str, list[StoredPerson]] | None = None  # other orders and scripts, too

    def has_head_other_than(self, person: StoredPerson | None) -> bool:
        own = person.id if person is not None else None
        return any(p.role is PersonRole.HEAD and p.id != own for p in self.persons)

    def existing(self, email: str, name: RowName) -> tuple[StoredPerson | None, str]:
        """The person a row means, and how the name matched ("" when it is the same).

        The same e-mail decides; else the same name and no other e-mail; else, for one
        person only, the name written the other way round or in another script (the
        native name, or the Latin name transliterated).
        """
        if email and email in self.by_email:
            return self.by_email[email], ""
        if not self.persons:
            return None, ""
        if self._by_name is None:
            self._by_name = {}
            for person in self.persons:
                key = name_key(person.given_name, person.family_name, person.native_name)
                if key:
                    self._by_name.setdefault(key, []).append(person)
        for person in self._by_name.get(name.key, []):
            if not email or not person.email:
                return person, ""
        other = self._by_other_form(email, name)
        return (other, _OTHER_FORM) if other is not None else (None, "")

    def _by_other_form(self, email: str, name: RowName) -> StoredPerson | None:
        if self._by_form is None:
            self._by_form = {}
            for person in self.persons:
                stored = RowName(person.given_name, person.family_name, person.native_name)
                for form in {stored.key, *stored.other_forms}:
                    self._by_form.setdefault(form, []).append(person)
        found = {
            person.id: person
            for form in (name.key, *name.other_forms)
            for person in self._by_form.get(form, [])
            if not email or not person.email
        }
        return next(iter(found.values())) if len(found) == 1 else None


def delegation_states(basis: Basis) -> dict[int, DelegationState]:
    """By city id: each delegation of the meeting with its persons, keyed for matching."""
    states = {
        city_id: DelegationState(delegation_id)
        for delegation_id, _version, city_id in basis.delegations
    }
    by_delegation = {state.id: state for state in states.values()}
    for person in basis.persons:
        state = by_delegation.get(person.delegation_id)
        if state is None:  # a delegation added between two reads of a server's data
            raise UserFacingError(
                "Another organizer changed this meeting's delegations meanwhile; "
                "import again to check the rows against them."
            )
        state.persons.append(person)
        if person.email:
            state.by_email.setdefault(person.email.casefold(), person)
    return states
