"""The texts of a declaration as the services write them from a draft, checked field by
field: one version per language, each with its preamble and clauses."""

from __future__ import annotations

from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from anmc_desktop.models import Declaration, DeclarationParagraph, DeclarationVersion
from anmc_desktop.records.declarations import DeclarationDraft
from anmc_desktop.records.declarations import DeclarationVersion as VersionText
from anmc_desktop.records.enums import ParagraphSection, SigningOrderRule
from anmc_desktop.records.languages import LANGUAGES, language_name
from anmc_desktop.services.validation import Checker


def _checked_version(check: Checker, text: VersionText, first: bool) -> VersionText:
    """The version cleaned; its errors name the field (the first version's) or the
    language (another version's, under ``other_versions``)."""

    def field(name: str) -> str:
        return name if first else "other_versions"

    def cleaned(name: str, value: str, required: bool = False, long: bool = False) -> str:
        inner = Checker()
        result = inner.text(name, value, required=required, long=long)
        prefix = "" if first else f"{language_name(text.language)}: {name.replace('_', ' ')} "
        for error in inner.errors:
            check.fail(field(name), f"{prefix}{error.reason}")
        return result

    return VersionText(
        language=text.language,
        title=cleaned("title", text.title, required=True, long=True),
        opening=cleaned("opening", text.opening, long=True),
        preamble=tuple(cleaned("preamble", t, required=True, long=True) for t in text.preamble),
        transition=cleaned("transition", text.transition),
        clauses=tuple(cleaned("clauses", t, required=True, long=True) for t in text.clauses),
        place=cleaned("place", text.place),
        testimonium_override=cleaned("testimonium_override", text.testimonium_override, long=True),
    )


def apply_declaration_draft(
    session: Session, declaration: Declaration, draft: DeclarationDraft
) -> None:
    check = Checker()
    versions = [
        _checked_version(check, version, index == 0) for index, version in enumerate(draft.versions)
    ]
    languages = [version.language for version in versions]
    unknown = [code for code in languages if code not in LANGUAGES]
    check.check("language", not unknown, f"unknown language {', '.join(unknown)}.")
    twice = sorted({language_name(c) for c in languages if languages.count(c) > 1})
    check.check("language", not twice, f"two versions in {', '.join(twice)}.")
    check.check("originals_count", draft.originals_count >= 1, "must be at least one.")
    rule = check.enum("signing_order_rule", draft.signing_order_rule, SigningOrderRule)
    check.raise_if_any()
    declaration.signing_date = draft.signing_date
    declaration.originals_count = draft.originals_count
    declaration.signing_order_rule = rule  # type: ignore[assignment]
    # The texts are rows of their own: mark the declaration itself changed, so that its
    # version moves (and a colleague's stale save is caught) when only they change.
    flag_modified(declaration, "originals_count")
    _write_versions(session, declaration, versions)


def _write_versions(
    session: Session, declaration: Declaration, versions: list[VersionText]
) -> None:
    """Versions are updated in place by language (a language is unique per declaration:
    deleting and inserting the same one in one flush would clash)."""
    existing = {version.language: version for version in declaration.versions}
    kept = []
    for position, text in enumerate(versions, start=1):
        row = existing.get(text.language) or DeclarationVersion(language=text.language)
        row.position = position
        row.title = text.title
        row.opening = text.opening
        row.transition = text.transition
        row.place = text.place
        row.testimonium_override = text.testimonium_override
        row.paragraphs = [
            DeclarationParagraph(section=section, position=index, text=paragraph)
            for section, paragraphs in (
                (ParagraphSection.PREAMBLE, text.preamble),
                (ParagraphSection.CLAUSE, text.clauses),
            )
            for index, paragraph in enumerate(paragraphs, start=1)
        ]
        kept.append(row)
    declaration.versions = kept
