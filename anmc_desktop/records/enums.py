"""The closed vocabularies of the domain. Values are what the database stores."""

from __future__ import annotations

import enum


class LabelledEnum(enum.StrEnum):
    """An enum whose members know how to present themselves to a person."""

    @property
    def label(self) -> str:
        return self.value.replace("_", " ").capitalize()


class CityStatus(LabelledEnum):
    MEMBER = "member"
    OBSERVER = "observer"
    FORMER = "former"


class DelegationStatus(LabelledEnum):
    INVITED = "invited"
    CONFIRMED = "confirmed"
    ATTENDING = "attending"
    ABSENT = "absent"
    PROXY = "proxy"

    @property
    def label(self) -> str:
        return "Proxy given" if self is DelegationStatus.PROXY else super().label


class PersonRole(LabelledEnum):
    HEAD = "head"
    MEMBER = "member"
    ADVISER = "adviser"
    INTERPRETER = "interpreter"
    STAFF = "staff"
    PRESS = "press"

    @property
    def label(self) -> str:
        return "Head of delegation" if self is PersonRole.HEAD else super().label


class AgendaKind(LabelledEnum):
    PLENARY_SESSION = "plenary_session"
    PANEL_DISCUSSION = "panel_discussion"
    PRESENTATION = "presentation"
    EXHIBITION = "exhibition"
    PERFORMANCE = "performance"
    CEREMONY = "ceremony"
    RECEPTION = "reception"
    EXCURSION = "excursion"
    OTHER = "other"


class DeclarationStatus(LabelledEnum):
    DRAFT = "draft"
    FINAL = "final"


class ParagraphSection(LabelledEnum):
    PREAMBLE = "preamble"
    CLAUSE = "clause"


class SignatoryStatus(LabelledEnum):
    PLANNED = "planned"
    CONFIRMED = "confirmed"
    SIGNED = "signed"
    SIGNED_AD_REFERENDUM = "signed_ad_referendum"
    ABSENT = "absent"

    @property
    def label(self) -> str:
        if self is SignatoryStatus.SIGNED_AD_REFERENDUM:
            return "Signed ad referendum"
        return super().label


class SigningOrderRule(LabelledEnum):
    """How the signature blocks are ordered."""

    VISITORS_ALPHABETICAL_HOST_LAST = "visitors_alphabetical_host_last"
    HOST_FIRST = "host_first"
    MANUAL = "manual"

    @property
    def label(self) -> str:
        return {
            SigningOrderRule.VISITORS_ALPHABETICAL_HOST_LAST: (
                "Visiting cities alphabetically, host last"
            ),
            SigningOrderRule.HOST_FIRST: "Host first, then visiting cities alphabetically",
            SigningOrderRule.MANUAL: "Set by hand",
        }[self]
