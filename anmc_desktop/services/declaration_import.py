"""A declaration's draft from a file: previewed, then written in one unit of work.

Without a language the draft becomes a new declaration of the meeting, its signature
blocks matched to the meeting's persons by city and by name in any script; with one it
becomes (or replaces) that language's text of the meeting's declaration. Signature blocks
that match no delegation or person are listed as not placed, never guessed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from anmc_desktop.db import Database
from anmc_desktop.errors import ValidationError
from anmc_desktop.exchange.city_matching import CityMatcher, KnownCity, MatchedBy
from anmc_desktop.exchange.declaration_draft import parse_draft
from anmc_desktop.models import City, Declaration, Delegation, Meeting
from anmc_desktop.records.declarations import (
    DeclarationDraft,
    DeclarationRecord,
    DraftImport,
    SignatoryChoice,
    SourceLine,
    UnplacedLine,
    declaration_draft_of,
)
from anmc_desktop.records.enums import DeclarationStatus
from anmc_desktop.records.languages import LANGUAGES
from anmc_desktop.records.persons import PersonRecord
from anmc_desktop.services.declaration_text import apply_declaration_draft
from anmc_desktop.services.lookup import get_or_raise
from anmc_desktop.services.mapping import declaration_record, person_record
from anmc_desktop.services.signatory_placement import place_signatories
from anmc_desktop.text import search_key

_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LATIN = re.compile(r"[A-Za-z]")


class DeclarationImportService:
    def __init__(self, database: Database) -> None:
        self._database = database

    def preview(
        self, meeting_id: int, lines: Sequence[SourceLine], language: str | None = None
    ) -> DraftImport:
        """What the import would do; nothing is written."""
        with self._database.reading() as session:
            get_or_raise(session, Meeting, meeting_id, "Meeting")
            if language is None:
                return self._new(session, meeting_id, lines)
            return self._added(session, meeting_id, lines, language)

    def apply(self, preview: DraftImport) -> DeclarationRecord:
        """Write what ``preview`` showed, in one transaction; ValidationError if it had
        problems (or the declaration can no longer take it)."""
        if preview.problems:
            raise ValidationError.single("file", "; ".join(preview.problems))
        with self._database.writing() as session:
            if preview.declaration_id is None:
                meeting = get_or_raise(session, Meeting, preview.meeting_id, "Meeting")
                declaration = Declaration(meeting=meeting)
                draft = DeclarationDraft(title="").with_versions([preview.parsed.text])
                apply_declaration_draft(session, declaration, draft)
                session.add(declaration)
                session.flush()
                place_signatories(session, declaration, preview.signers)
            else:
                declaration = get_or_raise(
                    session, Declaration, preview.declaration_id, "Declaration"
                )
                if declaration.status is DeclarationStatus.FINAL:
                    raise ValidationError.single("status", "the declaration is final: reopen it.")
                draft = declaration_draft_of(declaration_record(declaration))
                apply_declaration_draft(session, declaration, _with_text(draft, preview))
            session.flush()
            return declaration_record(declaration)

    def _new(self, session: Session, meeting_id: int, lines: Sequence[SourceLine]) -> DraftImport:
        parsed = parse_draft(lines, _guessed_language(lines))
        delegations = session.scalars(
            select(Delegation)
            .where(Delegation.meeting_id == meeting_id)
            .options(
                selectinload(Delegation.persons),
                selectinload(Delegation.city).selectinload(City.aliases),
            )
        ).all()
        signers: list[SignatoryChoice] = []
        names: list[str] = []
        unplaced = list(parsed.unplaced)
        for block in parsed.blocks:
            delegation, city_matched = _delegation_of(block.city, delegations)
            if delegation is None:
                reason = "signature block of a city without a delegation at this meeting"
                unplaced.append(UnplacedLine(block.line, f"For {block.city}", reason))
                continue
            person = _person_named(block.name, delegation)
            if person is None:
                reason = f"no one of that name in the delegation of {delegation.city.name_en}"
                unplaced.append(UnplacedLine(block.line, block.name, reason))
                continue
            signers.append(SignatoryChoice(delegation.id, person.id))
            names.append(f"{delegation.city.name_en}: {person.name}{city_matched}")
        return DraftImport(
            meeting_id,
            parsed,
            signers=tuple(signers),
            signer_names=tuple(names),
            unplaced=tuple(unplaced),
            problems=parsed.problems,
        )

    def _added(
        self, session: Session, meeting_id: int, lines: Sequence[SourceLine], language: str
    ) -> DraftImport:
        parsed = parse_draft(lines, language)
        problems = list(parsed.problems)
        declaration = session.scalar(
            select(Declaration)
            .where(Declaration.meeting_id == meeting_id)
            .order_by(Declaration.id)
            .limit(1)
        )
        replaces = False
        if language not in LANGUAGES:
            problems.append(f"unknown language {language!r}; use one of {', '.join(LANGUAGES)}.")
        if declaration is None:
            problems.append(
                "the meeting has no declaration to add a text to: import without --language "
                "to make one."
            )
        else:
            record = declaration_record(declaration)
            replaces = language in record.languages
            if record.is_final:
                problems.append("the declaration is final: reopen it to add a text.")
        unplaced = list(parsed.unplaced)
        unplaced += [
            UnplacedLine(b.line, f"For {b.city}", "the signatories are the declaration's own")
            for b in parsed.blocks
        ]
        return DraftImport(
            meeting_id,
            parsed,
            declaration_id=declaration.id if declaration else None,
            replaces=replaces,
            unplaced=tuple(unplaced),
            problems=tuple(problems),
        )


def _with_text(draft: DeclarationDraft, preview: DraftImport) -> DeclarationDraft:
    """The declaration with the imported text in place of, or after, its language's."""
    text = preview.parsed.text
    versions = list(draft.versions)
    languages = [version.language for version in versions]
    if text.language in languages:
        kept = versions[languages.index(text.language)]
        versions[languages.index(text.language)] = replace(
            text, place=kept.place, testimonium_override=kept.testimonium_override
        )
    else:
        versions.append(text)
    return draft.with_versions(versions)


def _guessed_language(lines: Sequence[SourceLine]) -> str:
    """Russian for a draft mostly in Cyrillic, else English."""
    text = " ".join(line.text for line in lines)
    return "ru" if len(_CYRILLIC.findall(text)) > len(_LATIN.findall(text)) else "en"


def _delegation_of(city: str, delegations: Sequence[Delegation]) -> tuple[Delegation | None, str]:
    """The delegation of "Hanoi", "Hanoi (Hà Nội)" or "Hà Nội", else of a city one of
    whose aliases (stored or built-in) the block writes; with how it was found if so."""
    parts = [part.strip() for part in re.split(r"[()]", city) if part.strip()]
    names = set(map(search_key, parts))
    for delegation in delegations:
        if {search_key(delegation.city.name_en), search_key(delegation.city.name_local)} & names:
            return delegation, ""
    by_city = {delegation.city_id: delegation for delegation in delegations}
    matcher = CityMatcher(
        KnownCity(
            d.city.id, d.city.name_en, d.city.name_local, tuple(a.alias for a in d.city.aliases)
        )
        for d in delegations
    )
    for part in parts:
        city_id, matched_by = matcher.matched_by(part)
        if city_id is not None and matched_by in (MatchedBy.NAME, MatchedBy.ALIAS):
            return by_city[city_id], f" (city {part!r} matched by {matched_by})"
    return None, ""


def _person_named(name: str, delegation: Delegation) -> PersonRecord | None:
    """The delegation's person whose Latin or native name (in either order) is ``name``."""
    wanted = _name_key(name)
    for person in delegation.persons:
        record = person_record(person)
        keys = {_name_key(record.latin_name), _name_key(record.native_name)}
        if wanted and wanted in keys:
            return record
    return None


def _name_key(name: str) -> frozenset[str]:
    """A name's words, folded: "Le Hong Son", "Son Hong Le" and "LÊ HỒNG SƠN" agree."""
    return frozenset(search_key(name).split())
