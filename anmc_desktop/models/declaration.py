"""The meeting's declaration, its paragraphs, and who signs it."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from sqlalchemy import (
    CheckConstraint,
    ForeignKey,
    ForeignKeyConstraint,
    String,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from anmc_desktop.models.base import Base, VersionedMixin, enum_column_type
from anmc_desktop.records.declarations import DEFAULT_TRANSITION
from anmc_desktop.records.enums import (
    DeclarationStatus,
    ParagraphSection,
    SignatoryStatus,
    SigningOrderRule,
)
from anmc_desktop.records.limits import LONG_TEXT

LANGUAGE_CODE = 16

if TYPE_CHECKING:
    from anmc_desktop.models.delegation import Delegation, Person
    from anmc_desktop.models.meeting import Meeting


class Declaration(VersionedMixin, Base):
    """What the texts share: date, originals, status, signing order; the texts themselves
    are its versions, one per language, the first (``position`` 1) first."""

    __tablename__ = "declaration"
    __table_args__ = (
        CheckConstraint("originals_count >= 1", name="at_least_one_original"),
        {"sqlite_autoincrement": True},
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), index=True
    )
    signing_date: Mapped[dt.date | None]
    originals_count: Mapped[int] = mapped_column(default=1)
    status: Mapped[DeclarationStatus] = mapped_column(
        enum_column_type(DeclarationStatus, "declaration_status"),
        default=DeclarationStatus.DRAFT,
    )
    signing_order_rule: Mapped[SigningOrderRule] = mapped_column(
        enum_column_type(SigningOrderRule, "signing_order_rule"),
        default=SigningOrderRule.VISITORS_ALPHABETICAL_HOST_LAST,
    )

    meeting: Mapped[Meeting] = relationship()
    versions: Mapped[list[DeclarationVersion]] = relationship(
        back_populates="declaration",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="DeclarationVersion.position",
    )
    signatories: Mapped[list[Signatory]] = relationship(
        back_populates="declaration",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="Signatory.position",
    )

    @property
    def title(self) -> str:
        """The first text's title (how messages name the declaration)."""
        return self.versions[0].title if self.versions else ""


class DeclarationVersion(Base):
    """One authentic text of the declaration, in one language (an ISO 639-1 code)."""

    __tablename__ = "declaration_version"
    __table_args__ = (
        UniqueConstraint("declaration_id", "language"),
        CheckConstraint("position >= 1", name="position_positive"),
        {"sqlite_autoincrement": True},
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    declaration_id: Mapped[int] = mapped_column(
        ForeignKey("declaration.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int]
    language: Mapped[str] = mapped_column(String(LANGUAGE_CODE))
    title: Mapped[str] = mapped_column(String(LONG_TEXT))
    opening: Mapped[str] = mapped_column(String(LONG_TEXT), default="")
    transition: Mapped[str] = mapped_column(default=DEFAULT_TRANSITION)
    place: Mapped[str] = mapped_column(default="")
    # Empty: the testimonium is built from place, date, languages and originals.
    testimonium_override: Mapped[str] = mapped_column(String(LONG_TEXT), default="")

    declaration: Mapped[Declaration] = relationship(back_populates="versions")
    paragraphs: Mapped[list[DeclarationParagraph]] = relationship(
        back_populates="version",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="(DeclarationParagraph.section, DeclarationParagraph.position)",
    )


class DeclarationParagraph(Base):
    """A preamble paragraph or a numbered clause of one version; numbers follow
    ``position``."""

    __tablename__ = "declaration_paragraph"
    __table_args__ = (
        # The paragraph belongs to its declaration's version in its language.
        ForeignKeyConstraint(
            ["declaration_id", "language"],
            ["declaration_version.declaration_id", "declaration_version.language"],
            name="fk_declaration_paragraph_version",
            ondelete="CASCADE",
        ),
        {"sqlite_autoincrement": True},
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    declaration_id: Mapped[int] = mapped_column(
        ForeignKey("declaration.id", ondelete="CASCADE"), index=True
    )
    language: Mapped[str] = mapped_column(String(LANGUAGE_CODE))
    section: Mapped[ParagraphSection] = mapped_column(
        enum_column_type(ParagraphSection, "paragraph_section")
    )
    position: Mapped[int]
    text: Mapped[str] = mapped_column(String(LONG_TEXT))

    version: Mapped[DeclarationVersion] = relationship(back_populates="paragraphs")


class Signatory(VersionedMixin, Base):
    __tablename__ = "signatory"
    __table_args__ = (
        UniqueConstraint("declaration_id", "delegation_id"),
        # The person must belong to the delegation they sign for.
        ForeignKeyConstraint(
            ["delegation_id", "person_id"],
            ["person.delegation_id", "person.id"],
            name="fk_signatory_person_in_delegation",
            ondelete="CASCADE",
        ),
        CheckConstraint("position >= 1", name="position_positive"),
        {"sqlite_autoincrement": True},
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    declaration_id: Mapped[int] = mapped_column(
        ForeignKey("declaration.id", ondelete="CASCADE"), index=True
    )
    delegation_id: Mapped[int] = mapped_column(ForeignKey("delegation.id", ondelete="CASCADE"))
    person_id: Mapped[int] = mapped_column(index=True)
    position: Mapped[int]
    status: Mapped[SignatoryStatus] = mapped_column(
        enum_column_type(SignatoryStatus, "signatory_status"),
        default=SignatoryStatus.PLANNED,
    )
    # The full powers or the credentials letter has arrived.
    credentials_received: Mapped[bool] = mapped_column(default=False, server_default=false())
    # The signature is given subject to confirmation by the city.
    ad_referendum: Mapped[bool] = mapped_column(default=False, server_default=false())

    declaration: Mapped[Declaration] = relationship(back_populates="signatories")
    delegation: Mapped[Delegation] = relationship()
    person: Mapped[Person] = relationship(
        foreign_keys=[delegation_id, person_id],
        primaryjoin="and_(Signatory.person_id == Person.id, "
        "Signatory.delegation_id == Person.delegation_id)",
        viewonly=True,
    )
