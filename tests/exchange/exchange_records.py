"""Plain participant records for the exchange tests (no database needed)."""

from __future__ import annotations

from anmc_desktop.exchange.delegation_list import Participant
from anmc_desktop.records.enums import DelegationStatus, PersonRole


def participant(
    city: str = "Tomsk",
    *,
    person_id: int = 1,
    delegation_id: int = 1,
    status: DelegationStatus = DelegationStatus.ATTENDING,
    **person: object,
) -> Participant:
    fields: dict[str, object] = {"family_name": "Ivanov", "role": PersonRole.MEMBER}
    fields.update(person)
    return Participant(
        city_name=city,
        delegation_id=delegation_id,
        delegation_status=status,
        id=person_id,
        **fields,  # type: ignore[arg-type]
    )
