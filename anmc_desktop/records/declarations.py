"""The declaration and its signatories, as read and as edited."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import asdict, dataclass, replace

from anmc_desktop.records.enums import DeclarationStatus, SignatoryStatus, SigningOrderRule
from anmc_desktop.records.languages import language_name
from anmc_desktop.records.testimonium import build_testimonium
from anmc_desktop.text import other_name

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


def city_line(signatory: SignatoryRecord) -> str:
    """The first line of a signature block: "For Hanoi (Hà Nội)"."""
    local = other_name(signatory.city_name, signatory.city_local_name)
    if local:
        return f"For {signatory.city_name} ({local})"
    return f"For {signatory.city_name}"


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


@dataclass(frozen=True)
class SourceLine:
    """A paragraph of an imported draft, with the line (or Word paragraph) it starts on."""

    number: int
    text: str
    numbered: bool = False  # a Word list item: its number is the list's, not in the text


@dataclass(frozen=True)
class SignatureBlockText:
    """A signature block as a draft prints it: city, name, position."""

    line: int
    city: str
    name: str = ""
    position: str = ""


@dataclass(frozen=True)
class UnplacedLine:
    """A line of a draft that belongs to no part of the declaration; never stored."""

    line: int
    text: str
    reason: str


@dataclass(frozen=True)
class ParsedDeclaration:
    """A draft read from a file: its text, its signature blocks, what could not be placed,
    and the problems that stop it from being imported."""

    text: DeclarationVersion
    testimonium: str = ""
    blocks: tuple[SignatureBlockText, ...] = ()
    unplaced: tuple[UnplacedLine, ...] = ()
    problems: tuple[str, ...] = ()


@dataclass(frozen=True)
class DraftImport:
    """What importing a draft would do: a new declaration (``declaration_id`` None) or its
    text added to a declaration (replacing the text in that language if ``replaces``)."""

    meeting_id: int
    parsed: ParsedDeclaration
    declaration_id: int | None = None
    replaces: bool = False
    signers: tuple[SignatoryChoice, ...] = ()
    signer_names: tuple[str, ...] = ()  # "Hanoi: Le Hong Son", for each of ``signers``
    unplaced: tuple[UnplacedLine, ...] = ()
    problems: tuple[str, ...] = ()

    def lines(self) -> list[str]:
        """The preview, as the command line prints it and the import dialog shows it."""
        text = self.parsed.text
        language = language_name(text.language)
        if self.declaration_id is None:
            action = f"new declaration \u201c{text.title}\u201d in {language}"
        else:
            verb = "replaces" if self.replaces else "adds"
            action = f"{verb} the {language} text \u201c{text.title}\u201d of the declaration"
        parts = [
            "opening" if text.opening else "no opening",
            f"{len(text.preamble)} preamble paragraph(s)",
            f"transition \u201c{text.transition}\u201d" if text.transition else "no transition",
            f"{len(text.clauses)} clause(s)",
        ]
        lines = [f"{action}: {', '.join(parts)}"]
        lines += [f"  {number}. {clause}" for number, clause in enumerate(text.clauses, 1)]
        if self.signer_names:
            lines.append("signatories: " + "; ".join(self.signer_names))
        if self.parsed.testimonium:
            lines.append(
                "testimonium (built by the app from the texts there are; not stored): "
                + self.parsed.testimonium
            )
        if self.unplaced:
            lines.append("not placed (never stored):")
            lines += [f"  line {u.line}: {u.text!r}: {u.reason}" for u in self.unplaced]
        if self.problems:
            lines.append("problems (nothing is imported):")
            lines += [f"  {problem}" for problem in self.problems]
        return lines
