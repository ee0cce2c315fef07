"""The declaration and its signatories, as read and as edited."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from anmc_desktop.records.enums import DeclarationStatus, SignatoryStatus, SigningOrderRule
from anmc_desktop.records.testimonium import build_testimonium

DEFAULT_TRANSITION = "Hereby we declare:"


@dataclass(frozen=True)
class DeclarationDraft:
    title: str
    opening: str = ""
    preamble: tuple[str, ...] = ()
    transition: str = DEFAULT_TRANSITION
    clauses: tuple[str, ...] = ()
    place: str = ""
    signing_date: dt.date | None = None
    languages: str = "English"
    originals_count: int = 1
    testimonium_override: str = ""
    signing_order_rule: SigningOrderRule = SigningOrderRule.VISITORS_ALPHABETICAL_HOST_LAST


@dataclass(frozen=True)
class DeclarationRecord(DeclarationDraft):
    id: int = 0
    meeting_id: int = 0
    status: DeclarationStatus = DeclarationStatus.DRAFT
    version: int = 0

    @property
    def testimonium(self) -> str:
        return self.testimonium_override or build_testimonium(
            self.place, self.signing_date, self.languages, self.originals_count
        )

    @property
    def is_final(self) -> bool:
        return self.status is DeclarationStatus.FINAL


@dataclass(frozen=True)
class SignatoryRecord:
    id: int
    declaration_id: int
    position: int
    delegation_id: int
    city_name: str
    city_local_name: str
    is_host: bool
    person_id: int
    honorific: str
    latin_name: str
    native_name: str
    title: str
    status: SignatoryStatus
    # The city's country: printing reads names of Japanese cities with a Japanese font.
    city_country: str = ""
    version: int = 0
    # A stand-in for a person not named yet ("to be confirmed"): no final print with one.
    is_placeholder: bool = False
    credentials_received: bool = False  # the full powers or credentials letter arrived
    ad_referendum: bool = False  # signs subject to confirmation by the city


# A signatory as a page showed it: (its id, its version).
SignatoryVersion = tuple[int, int]


@dataclass(frozen=True)
class SignatoryChoice:
    """Who signs for a delegation; ``person_id`` None means its head."""

    delegation_id: int
    person_id: int | None = None
    status: SignatoryStatus = SignatoryStatus.PLANNED
    credentials_received: bool = False
    ad_referendum: bool = False


def declaration_draft_of(record: DeclarationRecord) -> DeclarationDraft:
    """The editable part of a declaration, e.g. to save it back with one field changed."""
    return DeclarationDraft(
        **{name: getattr(record, name) for name in DeclarationDraft.__dataclass_fields__}
    )


def signatory_versions(signatories: Sequence[SignatoryRecord]) -> tuple[SignatoryVersion, ...]:
    """The signatories as shown, for ``set_signatories``' ``expected_version``."""
    return tuple((s.id, s.version) for s in signatories)


def choices_of(signatories: Sequence[SignatoryRecord]) -> list[SignatoryChoice]:
    """Who signs, as choices in the given order (to restore them later)."""
    return [
        SignatoryChoice(
            s.delegation_id, s.person_id, s.status, s.credentials_received, s.ad_referendum
        )
        for s in signatories
    ]
