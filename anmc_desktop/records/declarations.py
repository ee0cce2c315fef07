"""The declaration and its signatories, as read and as edited."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import asdict, dataclass, replace

from anmc_desktop.records.enums import DeclarationStatus, SignatoryStatus, SigningOrderRule
from anmc_desktop.records.testimonium import build_testimonium

DEFAULT_TRANSITION = "Hereby we declare:"
DEFAULT_LANGUAGE = "en"


@dataclass(frozen=True)
class DeclarationVersion:
    """One authentic text of the declaration, in one language (an ISO 639-1 code)."""

    language: str = DEFAULT_LANGUAGE
    title: str = ""
    opening: str = ""
    preamble: tuple[str, ...] = ()
    transition: str = DEFAULT_TRANSITION
    clauses: tuple[str, ...] = ()
    # The place as this language writes it where the testimonium names it ("Томске").
    place: str = ""
    testimonium_override: str = ""  # empty: built from the place, date and languages


@dataclass(frozen=True)
class DeclarationDraft:
    """The declaration's first text (usually the one negotiated: ``language``) is held in
    the draft's own fields; its parallel authentic texts are ``other_versions``."""

    title: str
    opening: str = ""
    preamble: tuple[str, ...] = ()
    transition: str = DEFAULT_TRANSITION
    clauses: tuple[str, ...] = ()
    place: str = ""
    signing_date: dt.date | None = None
    originals_count: int = 1
    testimonium_override: str = ""
    signing_order_rule: SigningOrderRule = SigningOrderRule.VISITORS_ALPHABETICAL_HOST_LAST
    language: str = DEFAULT_LANGUAGE
    other_versions: tuple[DeclarationVersion, ...] = ()

    @property
    def first_version(self) -> DeclarationVersion:
        return DeclarationVersion(
            **{name: getattr(self, name) for name in DeclarationVersion.__dataclass_fields__}
        )

    @property
    def versions(self) -> tuple[DeclarationVersion, ...]:
        return (self.first_version, *self.other_versions)

    @property
    def languages(self) -> tuple[str, ...]:
        return tuple(version.language for version in self.versions)

    def with_versions(self, versions: Sequence[DeclarationVersion]) -> DeclarationDraft:
        """The same declaration holding these texts, the first of them first."""
        first, *others = versions
        return replace(self, **asdict(first), other_versions=tuple(others))

    def testimonium_of(self, version: DeclarationVersion) -> str:
        """The version's testimonium, in its language ("" where none can be built)."""
        return version.testimonium_override or build_testimonium(
            version.language,
            version.place,
            self.signing_date,
            self.languages,
            self.originals_count,
        )

    @property
    def testimonium(self) -> str:
        return self.testimonium_of(self.first_version)


@dataclass(frozen=True)
class DeclarationRecord(DeclarationDraft):
    id: int = 0
    meeting_id: int = 0
    status: DeclarationStatus = DeclarationStatus.DRAFT
    version: int = 0

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
