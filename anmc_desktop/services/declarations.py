"""The meeting's declaration and its signatories."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload, selectinload

from anmc_desktop.db import Database
from anmc_desktop.errors import ValidationError
from anmc_desktop.models import (
    Declaration,
    DeclarationVersion,
    Delegation,
    Meeting,
    Signatory,
)
from anmc_desktop.records.declaration_check import (
    PrePrintCheck,
    pre_print_check,
    refuse_unless_ready,
)
from anmc_desktop.records.declarations import (
    DeclarationDraft,
    DeclarationRecord,
    SignatoryChoice,
    SignatoryRecord,
    SignatoryVersion,
)
from anmc_desktop.records.enums import (
    DeclarationStatus,
    SignatoryStatus,
    SigningOrderRule,
)
from anmc_desktop.services.concurrency import check_version
from anmc_desktop.services.declaration_text import apply_declaration_draft
from anmc_desktop.services.lookup import get_or_raise
from anmc_desktop.services.mapping import declaration_record
from anmc_desktop.services.signatory_placement import (
    check_signatories,
    place_signatories,
    renumber,
    reorder,
    signatory_record,
    signatory_records,
)


class DeclarationService:
    def __init__(self, database: Database) -> None:
        self._database = database

    def get_for_meeting(self, meeting_id: int) -> DeclarationRecord | None:
        """The meeting's declaration (the first, if a meeting drafted several)."""
        with self._database.reading() as session:
            declaration = session.scalar(
                select(Declaration)
                .where(Declaration.meeting_id == meeting_id)
                .options(
                    selectinload(Declaration.versions).selectinload(DeclarationVersion.paragraphs)
                )
                .order_by(Declaration.id)
                .limit(1)
            )
            return declaration_record(declaration) if declaration else None

    def create(
        self, meeting_id: int, draft: DeclarationDraft, declaration_id: int | None = None
    ) -> DeclarationRecord:
        """A new draft declaration; ``declaration_id`` brings back a deleted one (redo)."""
        with self._database.writing() as session:
            meeting = get_or_raise(session, Meeting, meeting_id, "Meeting")
            declaration = Declaration(id=declaration_id, meeting=meeting)
            apply_declaration_draft(session, declaration, draft)
            session.add(declaration)
            session.flush()
            return declaration_record(declaration)

    def set_signatories(
        self,
        declaration_id: int,
        choices: Sequence[SignatoryChoice],
        expected_version: Sequence[SignatoryVersion] | None = None,
    ) -> list[SignatoryRecord]:
        """Replace who signs; the order follows the declaration's rule (by hand: as given).

        ``expected_version``: the signatories as the page showed them, as (id, version)
        pairs (``signatory_versions``); if the declaration's signatories are no longer
        exactly these, another organizer changed who signs, their status or their order,
        and ConflictError says what. The signatories' own versions are the guard, not the
        declaration's: a signatory change does not bump the declaration's version (so it
        would miss them), and an edit of the declaration's text does (so it would refuse
        this for nothing). Replacing the signatories gives them new ids, so a colleague's
        replacement is caught even when it left every version at 1. None (undo, the
        command line) replaces them whatever they are.
        """
        with self._database.writing() as session:
            declaration = get_or_raise(session, Declaration, declaration_id, "Declaration")
            check_signatories(session, declaration, expected_version)
            place_signatories(session, declaration, choices)
            session.flush()
            return signatory_records(declaration)

    def restore_signing(
        self,
        declaration_id: int,
        rule: SigningOrderRule,
        choices: Sequence[SignatoryChoice],
    ) -> list[SignatoryRecord]:
        """Put back a signing order exactly as it was (for undo), in one unit of work.

        The choices are placed in the order given, then the rule is applied to them, so
        an order set by hand comes back as it was and a rule-made order is made again.
        """
        with self._database.writing() as session:
            declaration = _editable(session, declaration_id)
            declaration.signing_order_rule = SigningOrderRule.MANUAL
            place_signatories(session, declaration, choices)
            session.flush()
            declaration.signing_order_rule = SigningOrderRule(rule)
            reorder(session, declaration)
            return signatory_records(declaration)

    def update(
        self, declaration_id: int, draft: DeclarationDraft, expected_version: int | None = None
    ) -> DeclarationRecord:
        """Save the text and its settings; a final declaration must be reopened first.

        A changed signing-order rule re-orders the signatories at once. ``expected_version``:
        the version the editor loaded (see services/concurrency.py).
        """
        with self._database.writing() as session:
            declaration = _editable(session, declaration_id)
            check_version(session, declaration, expected_version, "Declaration")
            rule_changed = draft.signing_order_rule is not declaration.signing_order_rule
            apply_declaration_draft(session, declaration, draft)
            session.flush()
            if rule_changed:
                reorder(session, declaration)
            return declaration_record(declaration)

    def delete(self, declaration_id: int) -> DeclarationRecord:
        """Delete a draft declaration that nobody signs yet (undoing its creation)."""
        with self._database.writing() as session:
            declaration = _editable(session, declaration_id)
            if declaration.signatories:
                raise ValidationError.single(
                    "signatories", "the declaration has signatories: remove them first."
                )
            record = declaration_record(declaration)
            session.delete(declaration)
            return record

    def mark_final(self, declaration_id: int) -> DeclarationRecord:
        """FinalPrintRefusedError, with every reason, while the pre-print check finds
        problems (a placeholder signatory, an empty clause, ...)."""
        with self._database.writing() as session:
            declaration = get_or_raise(session, Declaration, declaration_id, "Declaration")
            refuse_unless_ready(
                declaration_record(declaration), signatory_records(declaration), "marked final"
            )
            declaration.status = DeclarationStatus.FINAL
            session.flush()
            return declaration_record(declaration)

    def reopen(self, declaration_id: int) -> DeclarationRecord:
        return self._set_status(declaration_id, DeclarationStatus.DRAFT)

    def move_signatory(self, signatory_id: int, new_position: int) -> list[SignatoryRecord]:
        """Move one signatory to a place in the order; the rule becomes "set by hand"."""
        with self._database.writing() as session:
            moved = get_or_raise(session, Signatory, signatory_id, "Signatory")
            declaration = _editable(session, moved.declaration_id)
            ordered = sorted(declaration.signatories, key=lambda s: s.position)
            ordered.remove(moved)
            ordered.insert(max(0, min(new_position - 1, len(ordered))), moved)
            declaration.signing_order_rule = SigningOrderRule.MANUAL
            renumber(session, ordered)
            return signatory_records(declaration)

    def set_signatory_status(self, signatory_id: int, status: SignatoryStatus) -> SignatoryRecord:
        """The status changes on the day itself, so it is allowed on a final declaration."""
        with self._database.writing() as session:
            signatory = get_or_raise(session, Signatory, signatory_id, "Signatory")
            signatory.status = SignatoryStatus(status)
            session.flush()
            return signatory_record(signatory, signatory.declaration.meeting.host_city_id)

    def set_signatory_credentials(
        self, signatory_id: int, credentials_received: bool, ad_referendum: bool
    ) -> SignatoryRecord:
        """Whether the full powers have arrived and whether the signature is ad referendum;
        like the status, allowed on a final declaration (they arrive on the day)."""
        with self._database.writing() as session:
            signatory = get_or_raise(session, Signatory, signatory_id, "Signatory")
            signatory.credentials_received = credentials_received
            signatory.ad_referendum = ad_referendum
            session.flush()
            return signatory_record(signatory, signatory.declaration.meeting.host_city_id)

    def pre_print_check(self, meeting_id: int) -> PrePrintCheck | None:
        """What the meeting's declaration still lacks before its final print (None: no
        declaration)."""
        with self._database.reading() as session:
            declaration = session.scalar(
                select(Declaration)
                .where(Declaration.meeting_id == meeting_id)
                .order_by(Declaration.id)
                .limit(1)
            )
            if declaration is None:
                return None
            return pre_print_check(declaration_record(declaration), signatory_records(declaration))

    def _set_status(self, declaration_id: int, status: DeclarationStatus) -> DeclarationRecord:
        with self._database.writing() as session:
            declaration = get_or_raise(session, Declaration, declaration_id, "Declaration")
            declaration.status = status
            session.flush()
            return declaration_record(declaration)

    def list_signatories(self, declaration_id: int) -> list[SignatoryRecord]:
        """In signing order."""
        with self._database.reading() as session:
            declaration = get_or_raise(session, Declaration, declaration_id, "Declaration")
            signatories = session.scalars(
                select(Signatory)
                .where(Signatory.declaration_id == declaration_id)
                .options(
                    joinedload(Signatory.delegation).joinedload(Delegation.city),
                    joinedload(Signatory.person),
                )
                .order_by(Signatory.position)
            )
            host_city_id = declaration.meeting.host_city_id
            return [signatory_record(s, host_city_id) for s in signatories]


def _editable(session: Session, declaration_id: int) -> Declaration:
    declaration = get_or_raise(session, Declaration, declaration_id, "Declaration")
    if declaration.status is DeclarationStatus.FINAL:
        raise ValidationError.single("status", "the declaration is final: reopen it to edit.")
    return declaration
