"""The window's labels of the closed vocabularies, in the window's language.

A stored value (``"signed_ad_referendum"``) is never shown: each member has its English
label in this table (the same text as the member's ``label``, which the printed documents
translate through their own catalogue), marked for ``pyside6-lupdate`` and translated when
shown. tests/ui/test_labels.py fails when a member has no entry here.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QT_TRANSLATE_NOOP

from anmc_desktop.exchange.person_fields import Field
from anmc_desktop.printing.documents import DocumentKind
from anmc_desktop.records.enums import (
    AgendaKind,
    CityStatus,
    DeclarationStatus,
    DelegationStatus,
    ParagraphSection,
    PersonRole,
    SignatoryStatus,
    SigningOrderRule,
)
from anmc_desktop.records.person_import import RowStatus
from anmc_desktop.records.seating import HostPlace, SeatingLayout
from anmc_desktop.ui.translation import translate

# Keyed by class, then value: members of two StrEnums with one value are equal strings.
LABELS: dict[type[Enum], dict[str, str]] = {
    CityStatus: {
        CityStatus.MEMBER.value: QT_TRANSLATE_NOOP("CityStatus", "Member"),
        CityStatus.OBSERVER.value: QT_TRANSLATE_NOOP("CityStatus", "Observer"),
        CityStatus.FORMER.value: QT_TRANSLATE_NOOP("CityStatus", "Former"),
    },
    DelegationStatus: {
        DelegationStatus.INVITED.value: QT_TRANSLATE_NOOP("DelegationStatus", "Invited"),
        DelegationStatus.CONFIRMED.value: QT_TRANSLATE_NOOP("DelegationStatus", "Confirmed"),
        DelegationStatus.ATTENDING.value: QT_TRANSLATE_NOOP("DelegationStatus", "Attending"),
        DelegationStatus.ABSENT.value: QT_TRANSLATE_NOOP("DelegationStatus", "Absent"),
        DelegationStatus.PROXY.value: QT_TRANSLATE_NOOP("DelegationStatus", "Proxy given"),
    },
    PersonRole: {
        PersonRole.HEAD.value: QT_TRANSLATE_NOOP("PersonRole", "Head of delegation"),
        PersonRole.MEMBER.value: QT_TRANSLATE_NOOP("PersonRole", "Member"),
        PersonRole.ADVISER.value: QT_TRANSLATE_NOOP("PersonRole", "Adviser"),
        PersonRole.INTERPRETER.value: QT_TRANSLATE_NOOP("PersonRole", "Interpreter"),
        PersonRole.STAFF.value: QT_TRANSLATE_NOOP("PersonRole", "Staff"),
        PersonRole.PRESS.value: QT_TRANSLATE_NOOP("PersonRole", "Press"),
    },
    AgendaKind: {
        AgendaKind.PLENARY_SESSION.value: QT_TRANSLATE_NOOP("AgendaKind", "Plenary session"),
        AgendaKind.PANEL_DISCUSSION.value: QT_TRANSLATE_NOOP("AgendaKind", "Panel discussion"),
        AgendaKind.PRESENTATION.value: QT_TRANSLATE_NOOP("AgendaKind", "Presentation"),
        AgendaKind.EXHIBITION.value: QT_TRANSLATE_NOOP("AgendaKind", "Exhibition"),
        AgendaKind.PERFORMANCE.value: QT_TRANSLATE_NOOP("AgendaKind", "Performance"),
        AgendaKind.CEREMONY.value: QT_TRANSLATE_NOOP("AgendaKind", "Ceremony"),
        AgendaKind.RECEPTION.value: QT_TRANSLATE_NOOP("AgendaKind", "Reception"),
        AgendaKind.EXCURSION.value: QT_TRANSLATE_NOOP("AgendaKind", "Excursion"),
        AgendaKind.OTHER.value: QT_TRANSLATE_NOOP("AgendaKind", "Other"),
    },
    DeclarationStatus: {
        DeclarationStatus.DRAFT.value: QT_TRANSLATE_NOOP("DeclarationStatus", "Draft"),
        DeclarationStatus.FINAL.value: QT_TRANSLATE_NOOP("DeclarationStatus", "Final"),
    },
    ParagraphSection: {
        ParagraphSection.PREAMBLE.value: QT_TRANSLATE_NOOP("ParagraphSection", "Preamble"),
        ParagraphSection.CLAUSE.value: QT_TRANSLATE_NOOP("ParagraphSection", "Clause"),
    },
    SignatoryStatus: {
        SignatoryStatus.PLANNED.value: QT_TRANSLATE_NOOP("SignatoryStatus", "Planned"),
        SignatoryStatus.CONFIRMED.value: QT_TRANSLATE_NOOP("SignatoryStatus", "Confirmed"),
        SignatoryStatus.SIGNED.value: QT_TRANSLATE_NOOP("SignatoryStatus", "Signed"),
        SignatoryStatus.SIGNED_AD_REFERENDUM.value: QT_TRANSLATE_NOOP(
            "SignatoryStatus", "Signed ad referendum"
        ),
        SignatoryStatus.ABSENT.value: QT_TRANSLATE_NOOP("SignatoryStatus", "Absent"),
    },
    SigningOrderRule: {
        SigningOrderRule.VISITORS_ALPHABETICAL_HOST_LAST.value: QT_TRANSLATE_NOOP(
            "SigningOrderRule", "Visiting cities alphabetically, host last"
        ),
        SigningOrderRule.HOST_FIRST.value: QT_TRANSLATE_NOOP(
            "SigningOrderRule", "Host first, then visiting cities alphabetically"
        ),
        SigningOrderRule.MANUAL.value: QT_TRANSLATE_NOOP("SigningOrderRule", "Set by hand"),
    },
    DocumentKind: {
        DocumentKind.DECLARATION.value: QT_TRANSLATE_NOOP(
            "DocumentKind", "Declaration with signing pages"
        ),
        DocumentKind.SIGNATORIES.value: QT_TRANSLATE_NOOP("DocumentKind", "Signatory sheet"),
        DocumentKind.DELEGATIONS.value: QT_TRANSLATE_NOOP("DocumentKind", "List of delegations"),
        DocumentKind.PROGRAMME.value: QT_TRANSLATE_NOOP("DocumentKind", "Programme"),
        DocumentKind.BADGES.value: QT_TRANSLATE_NOOP("DocumentKind", "Badges"),
        DocumentKind.PLACE_CARDS.value: QT_TRANSLATE_NOOP("DocumentKind", "Place cards"),
        DocumentKind.INVITATION_LETTERS.value: QT_TRANSLATE_NOOP(
            "DocumentKind", "Invitation letters"
        ),
        DocumentKind.VISA_LETTERS.value: QT_TRANSLATE_NOOP("DocumentKind", "Visa support letters"),
        DocumentKind.ARRIVALS.value: QT_TRANSLATE_NOOP("DocumentKind", "Arrivals and departures"),
        DocumentKind.ROOMING.value: QT_TRANSLATE_NOOP("DocumentKind", "Rooming list"),
        DocumentKind.DIETARY.value: QT_TRANSLATE_NOOP("DocumentKind", "Dietary and access needs"),
        DocumentKind.TRANSPORT.value: QT_TRANSLATE_NOOP("DocumentKind", "Transport list"),
        DocumentKind.SEATING.value: QT_TRANSLATE_NOOP("DocumentKind", "Seating plan"),
        DocumentKind.MEETING_REPORT.value: QT_TRANSLATE_NOOP("DocumentKind", "Meeting report"),
    },
    SeatingLayout: {
        SeatingLayout.ROUND.value: QT_TRANSLATE_NOOP("SeatingLayout", "Round table"),
        SeatingLayout.U_SHAPE.value: QT_TRANSLATE_NOOP("SeatingLayout", "U-shape"),
        SeatingLayout.THEATRE.value: QT_TRANSLATE_NOOP("SeatingLayout", "Theatre rows"),
        SeatingLayout.HEAD_TABLE.value: QT_TRANSLATE_NOOP("SeatingLayout", "Head table and rows"),
    },
    HostPlace: {
        HostPlace.HEAD.value: QT_TRANSLATE_NOOP("HostPlace", "Host at the head (chairs)"),
        HostPlace.LAST.value: QT_TRANSLATE_NOOP("HostPlace", "Host after the visiting cities"),
        HostPlace.ALPHABETICAL.value: QT_TRANSLATE_NOOP(
            "HostPlace", "Host among the others alphabetically"
        ),
    },
    RowStatus: {
        RowStatus.NEW.value: QT_TRANSLATE_NOOP("RowStatus", "New"),
        RowStatus.UPDATE.value: QT_TRANSLATE_NOOP("RowStatus", "Update"),
        RowStatus.UNCHANGED.value: QT_TRANSLATE_NOOP("RowStatus", "Unchanged"),
        RowStatus.ERROR.value: QT_TRANSLATE_NOOP("RowStatus", "Error"),
    },
    Field: {
        Field.CITY.value: QT_TRANSLATE_NOOP("Field", "City"),
        Field.CITY_LOCAL.value: QT_TRANSLATE_NOOP("Field", "City (local name)"),
        Field.FULL_NAME.value: QT_TRANSLATE_NOOP("Field", "Full name"),
        Field.GIVEN_NAME.value: QT_TRANSLATE_NOOP("Field", "Given name"),
        Field.PATRONYMIC.value: QT_TRANSLATE_NOOP("Field", "Patronymic"),
        Field.FAMILY_NAME.value: QT_TRANSLATE_NOOP("Field", "Family name"),
        Field.FAMILY_NAME_FIRST.value: QT_TRANSLATE_NOOP("Field", "Family name first"),
        Field.NATIVE_NAME.value: QT_TRANSLATE_NOOP("Field", "Name in native script"),
        Field.HONORIFIC.value: QT_TRANSLATE_NOOP("Field", "Honorific"),
        Field.POSITION.value: QT_TRANSLATE_NOOP("Field", "Position"),
        Field.ROLE.value: QT_TRANSLATE_NOOP("Field", "Role"),
        Field.EMAIL.value: QT_TRANSLATE_NOOP("Field", "E-mail"),
        Field.PHONE.value: QT_TRANSLATE_NOOP("Field", "Phone"),
        Field.ARRIVAL.value: QT_TRANSLATE_NOOP("Field", "Arrival"),
        Field.DEPARTURE.value: QT_TRANSLATE_NOOP("Field", "Departure"),
        Field.DIETARY_NEEDS.value: QT_TRANSLATE_NOOP("Field", "Dietary needs"),
        Field.ACCESS_NEEDS.value: QT_TRANSLATE_NOOP("Field", "Access needs"),
        Field.NOTES.value: QT_TRANSLATE_NOOP("Field", "Notes"),
        Field.IGNORE.value: QT_TRANSLATE_NOOP("Field", "(do not import)"),
    },
}

# The languages of a declaration's authentic texts (records/languages.py), by code.
LANGUAGE_LABELS = {
    "en": QT_TRANSLATE_NOOP("languages", "English"),
    "ru": QT_TRANSLATE_NOOP("languages", "Russian"),
    "ja": QT_TRANSLATE_NOOP("languages", "Japanese"),
    "ko": QT_TRANSLATE_NOOP("languages", "Korean"),
    "zh": QT_TRANSLATE_NOOP("languages", "Chinese"),
    "vi": QT_TRANSLATE_NOOP("languages", "Vietnamese"),
    "th": QT_TRANSLATE_NOOP("languages", "Thai"),
    "my": QT_TRANSLATE_NOOP("languages", "Burmese"),
    "id": QT_TRANSLATE_NOOP("languages", "Indonesian"),
    "ms": QT_TRANSLATE_NOOP("languages", "Malay"),
    "mn": QT_TRANSLATE_NOOP("languages", "Mongolian"),
    "hi": QT_TRANSLATE_NOOP("languages", "Hindi"),
    "fr": QT_TRANSLATE_NOOP("languages", "French"),
    "de": QT_TRANSLATE_NOOP("languages", "German"),
    "es": QT_TRANSLATE_NOOP("languages", "Spanish"),
}


def label(member: Enum) -> str:
    """The member as the window shows it."""
    enum_class = type(member)
    return translate(enum_class.__name__, LABELS[enum_class][member.value])


def language_label(code: str) -> str:
    """A language of the declaration's texts named in the window's language ("Russian",
    "русский"); an unknown code as it is."""
    return translate("languages", LANGUAGE_LABELS[code]) if code in LANGUAGE_LABELS else code
