"""The text of a declaration as the services write it from a draft, checked field by field."""

from __future__ import annotations

from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from anmc_desktop.models import Declaration, DeclarationParagraph
from anmc_desktop.records.declarations import DeclarationDraft
from anmc_desktop.records.enums import ParagraphSection, SigningOrderRule
from anmc_desktop.services.validation import Checker


def apply_declaration_draft(
    session: Session, declaration: Declaration, draft: DeclarationDraft
) -> None:
    check = Checker()
    title = check.text("title", draft.title, required=True, long=True)
    opening = check.text("opening", draft.opening, long=True)
    transition = check.text("transition", draft.transition)
    place = check.text("place", draft.place)
    languages = check.text("languages", draft.languages)
    testimonium = check.text("testimonium_override", draft.testimonium_override, long=True)
    preamble = [check.text("preamble", text, required=True, long=True) for text in draft.preamble]
    clauses = [check.text("clauses", text, required=True, long=True) for text in draft.clauses]
    check.check("originals_count", draft.originals_count >= 1, "must be at least one.")
    rule = check.enum("signing_order_rule", draft.signing_order_rule, SigningOrderRule)
    check.raise_if_any()
    declaration.title = title
    declaration.opening = opening
    declaration.transition = transition
    declaration.place = place
    declaration.signing_date = draft.signing_date
    declaration.languages = languages
    declaration.originals_count = draft.originals_count
    declaration.testimonium_override = testimonium
    declaration.signing_order_rule = rule  # type: ignore[assignment]
    # Paragraphs are rows of their own: mark the declaration itself changed, so that its
    # version moves (and a colleague's stale save is caught) when only they change.
    flag_modified(declaration, "title")
    declaration.paragraphs = [
        DeclarationParagraph(section=section, position=index, text=text)
        for section, texts in (
            (ParagraphSection.PREAMBLE, preamble),
            (ParagraphSection.CLAUSE, clauses),
        )
        for index, text in enumerate(texts, start=1)
    ]
