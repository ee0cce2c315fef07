"""The meeting's declaration and its signatories."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload, selectinload
from sqlalchemy.orm.attributes import flag_modified

from anmc_desktop.db import Database
from anmc_desktop.errors import ConflictError, ValidationError
from anmc_desktop.models import (
    Declaration,
    DeclarationParagraph,
    Delegation,
    Meeting,
    Signatory,
)
from anmc_desktop.records.declaration_check import refuse_unless_ready
from anmc_desktop.records.declarations import (
    DeclarationDraft,
    DeclarationRecord,
    SignatoryChoice,
    SignatoryRecord,
    SignatoryVersion,
)
from anmc_desktop.records.enums import (
    DeclarationStatus,
    ParagraphSection,
    PersonRole,
    SignatoryStatus,
    SigningOrderRule,
)
from anmc_desktop.services.concurrency import check_version
from anmc_desktop.services.lookup import get_or_raise
from anmc_desktop.services.mapping import declaration_record, person_record
from anmc_desktop.services.signatory_changes import signatory_changes
from anmc_desktop.services.signing_order import SigningCity, signing_order
from anmc_desktop.services.validation import Checker


class DeclarationService:
    def __init__(self, database: Database) -> None:
        self._database = database

    def get_for_meeting(self, meeting_id: int) -> DeclarationRecord | None:
        """The meeting's declaration (the first, if a meeting drafted several)."""
        with self._database.reading() as session:
            declaration = session.scalar(
                select(Declaration)
                .where(Declaration.meeting_id == meeting_id)
                .options(selectinload(Declaration.paragraphs))
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
            _check_signatories(session, declaration, expected_version)
            place_signatories(session, declaration, choices)
            session.flush()
            return self._records(declaration)

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
            _reorder(session, declaration)
            return self._records(declaration)

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
                _reorder(session, declaration)
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
                declaration_record(declaration), self._records(declaration), "marked final"
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
            _renumber(session, ordered)
            return self._records(declaration)

    def set_signatory_status(self, signatory_id: int, status: SignatoryStatus) -> SignatoryRecord:
        """The status changes on the day itself, so it is allowed on a final declaration."""
        with self._database.writing() as session:
            signatory = get_or_raise(session, Signatory, signatory_id, "Signatory")
            signatory.status = SignatoryStatus(status)
            session.flush()
            return _signatory_record(signatory, signatory.declaration.meeting.host_city_id)

    def _set_status(self, declaration_id: int, status: DeclarationStatus) -> DeclarationRecord:
        with self._database.writing() as session:
            declaration = get_or_raise(session, Declaration, declaration_id, "Declaration")
            declaration.status = status
            session.flush()
            return declaration_record(declaration)

    @staticmethod
    def _records(declaration: Declaration) -> list[SignatoryRecord]:
        host_city_id = declaration.meeting.host_city_id
        return [
            _signatory_record(s, host_city_id)
            for s in sorted(declaration.signatories, key=lambda s: s.position)
        ]

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
            return [_signatory_record(s, host_city_id) for s in signatories]


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


def place_signatories(
    session: Session, declaration: Declaration, choices: Sequence[SignatoryChoice]
) -> None:
    check = Checker()
    check.check(
        "status", declaration.status is DeclarationStatus.DRAFT, "reopen the declaration first."
    )
    delegations: dict[int, Delegation] = {}
    for choice in choices:
        delegation = session.get(Delegation, choice.delegation_id)
        if delegation is None or delegation.meeting_id != declaration.meeting_id:
            check.fail(
                "delegation_id", f"delegation {choice.delegation_id} is not of this meeting."
            )
        elif choice.delegation_id in delegations:
            check.fail("delegation_id", f"{delegation.city.name_en} is chosen twice.")
        else:
            delegations[delegation.id] = delegation
    check.raise_if_any()
    signers: dict[int, int] = {}
    for choice in choices:
        delegation = delegations[choice.delegation_id]
        members = {p.id: p for p in delegation.persons}
        head = next((p.id for p in delegation.persons if p.role is PersonRole.HEAD), None)
        person_id = choice.person_id if choice.person_id is not None else head
        if person_id is None:
            check.fail("person_id", f"{delegation.city.name_en} has no head: choose who signs.")
        elif person_id not in members:
            check.fail("person_id", f"the signatory must be a member of {delegation.city.name_en}.")
        else:
            signers[delegation.id] = person_id
    check.raise_if_any()
    host_city_id = declaration.meeting.host_city_id
    order = signing_order(
        [
            SigningCity(
                delegation_id=choice.delegation_id,
                city_name=delegations[choice.delegation_id].city.name_en,
                is_host=delegations[choice.delegation_id].city_id == host_city_id,
                manual_position=index,
            )
            for index, choice in enumerate(choices)
        ],
        declaration.signing_order_rule,
    )
    statuses = {choice.delegation_id: choice.status for choice in choices}
    declaration.signatories.clear()
    session.flush()
    declaration.signatories.extend(
        Signatory(
            delegation_id=delegation_id,
            person_id=signers[delegation_id],
            position=position,
            status=statuses[delegation_id],
        )
        for position, delegation_id in enumerate(order, start=1)
    )


def _check_signatories(
    session: Session, declaration: Declaration, expected: Sequence[SignatoryVersion] | None
) -> None:
    """Raise ConflictError if the signatories are no longer those of ``expected``."""
    if expected is None:
        return
    shown = dict(expected)
    if {s.id: s.version for s in declaration.signatories} != shown:
        changes = signatory_changes(session, declaration, shown)
        raise ConflictError(
            "Signatories of declaration",
            declaration.id,
            changes,
            label=f"who signs \u201c{declaration.title}\u201d",
        )


def _editable(session: Session, declaration_id: int) -> Declaration:
    declaration = get_or_raise(session, Declaration, declaration_id, "Declaration")
    if declaration.status is DeclarationStatus.FINAL:
        raise ValidationError.single("status", "the declaration is final: reopen it to edit.")
    return declaration


def _reorder(session: Session, declaration: Declaration) -> None:
    """Apply the declaration's rule to its current signatories."""
    current = sorted(declaration.signatories, key=lambda s: s.position)
    host_city_id = declaration.meeting.host_city_id
    order = signing_order(
        [
            SigningCity(
                delegation_id=s.delegation_id,
                city_name=s.delegation.city.name_en,
                is_host=s.delegation.city_id == host_city_id,
                manual_position=s.position,
            )
            for s in current
        ],
        declaration.signing_order_rule,
    )
    by_delegation = {s.delegation_id: s for s in current}
    _renumber(session, [by_delegation[delegation_id] for delegation_id in order])


def _renumber(session: Session, ordered: list[Signatory]) -> None:
    """Give the signatories positions 1..n in this order (in two steps: no clash on the way)."""
    for offset, signatory in enumerate(ordered, start=1):
        signatory.position = len(ordered) + offset
    session.flush()
    for position, signatory in enumerate(ordered, start=1):
        signatory.position = position
    session.flush()


def _signatory_record(signatory: Signatory, host_city_id: int) -> SignatoryRecord:
    person = person_record(signatory.person)
    city = signatory.delegation.city
    return SignatoryRecord(
        id=signatory.id,
        declaration_id=signatory.declaration_id,
        position=signatory.position,
        delegation_id=signatory.delegation_id,
        city_name=city.name_en,
        city_local_name=city.name_local,
        city_country=city.country,
        is_host=city.id == host_city_id,
        person_id=person.id,
        honorific=person.honorific,
        latin_name=person.latin_name,
        native_name=person.native_name,
        title=person.position,
        status=signatory.status,
        version=signatory.version,
        is_placeholder=person.is_placeholder,
    )
