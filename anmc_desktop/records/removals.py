"""What a removal took along, so that an undo can put it back."""

from __future__ import annotations

from dataclasses import dataclass

from anmc_desktop.records.enums import DelegationStatus, SignatoryStatus
from anmc_desktop.records.persons import PersonRecord


@dataclass(frozen=True)
class SignatorySnapshot:
    declaration_id: int
    position: int
    status: SignatoryStatus


@dataclass(frozen=True)
class RemovedPerson:
    """A person as they were, with every link that their removal cut."""

    person: PersonRecord
    speaker_at: tuple[tuple[int, int], ...]  # (agenda item id, position among its speakers)
    moderator_of: tuple[int, ...]
    signatory: tuple[SignatorySnapshot, ...]

    def consequences(self) -> list[str]:
        """What goes with the person, in words for the confirmation question."""
        lines = []
        if self.signatory:
            lines.append("their place among the signatories of the declaration")
        if self.speaker_at:
            lines.append(f"their place as speaker in {len(self.speaker_at)} agenda item(s)")
        if self.moderator_of:
            lines.append(f"their role as moderator of {len(self.moderator_of)} agenda item(s)")
        return lines


@dataclass(frozen=True)
class RemovedDelegation:
    id: int
    meeting_id: int
    city_id: int
    status: DelegationStatus
    proxy_to_id: int | None
    notes: str
    persons: tuple[RemovedPerson, ...]
    proxies_held_for: tuple[int, ...]  # delegations that had given this one their proxy
