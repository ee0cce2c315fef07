"""What the meeting report says, as the network publishes it after a plenary: the same
content for its PDF and its .docx (participants by city, the programme as held, the
declaration with its signatories, statistics), its fixed texts in the document language
of its ``wording``."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from anmc_desktop.printing.wording import ENGLISH, N_, Wording
from anmc_desktop.records.agenda import AgendaItemRecord
from anmc_desktop.records.declarations import DeclarationRecord, SignatoryRecord
from anmc_desktop.records.enums import DelegationStatus, PersonRole, SignatoryStatus
from anmc_desktop.records.meetings import MeetingRecord
from anmc_desktop.records.persons import DelegationDetail, PersonRecord
from anmc_desktop.text import other_name

ABSENT = frozenset({DelegationStatus.ABSENT, DelegationStatus.PROXY})
TITLE = N_("Report: {title}")
SUBJECT = N_("The report of {title}")
STATISTICS = N_("Statistics")
PARTICIPANTS = N_("Participants by city")
PROGRAMME = N_("Programme as held")
DECLARATION = N_("Declaration")
NO_DECLARATION = N_("The meeting adopted no declaration.")


@dataclass(frozen=True)
class CityParticipants:
    city_name: str
    city_local_name: str
    persons: tuple[PersonRecord, ...]  # heads first, then by role

    def heading(self, local_name_format: str) -> str:
        """The city's name, and its local name in ``local_name_format`` ("{name}  {local}")
        only where it says more: "Jakarta", never "Jakarta (JAKARTA)"."""
        local = other_name(self.city_name, self.city_local_name)
        return (
            local_name_format.format(name=self.city_name, local=local) if local else self.city_name
        )


@dataclass(frozen=True)
class ReportContent:
    meeting: MeetingRecord
    cities: tuple[CityParticipants, ...]
    represented_by_proxy: tuple[str, ...]
    items: tuple[AgendaItemRecord, ...]
    declaration: DeclarationRecord | None
    signatories: tuple[SignatoryRecord, ...]  # who signed, in the signing order
    wording: Wording = ENGLISH  # the document language of the fixed texts and dates

    def text(self, text: str, **values: str) -> str:
        """A fixed text of the report in its document language, its fields filled."""
        return self.wording.gettext(text).format(**values)

    def signatories_heading(self) -> str:
        count = self.wording.number(len(self.signatories))
        return self.wording.gettext("Signatories ({count})").format(count=count)

    @property
    def person_count(self) -> int:
        return sum(len(city.persons) for city in self.cities)

    def statistics(self) -> list[tuple[str, str]]:
        """(what, how many): cities, persons, then persons by role."""
        roles = Counter(p.role for city in self.cities for p in city.persons)
        rows = [
            (N_("Cities represented"), len(self.cities)),
            (N_("Participants"), self.person_count),
        ]
        if self.represented_by_proxy:
            rows.append((N_("Cities represented by proxy"), len(self.represented_by_proxy)))
        rows += [(ROLE_PLURALS[role], roles[role]) for role in PersonRole if roles[role]]
        rows.append((N_("Programme items"), len(self.items)))
        rows.append((N_("Signatories of the declaration"), len(self.signatories)))
        words = self.wording
        return [(words.gettext(what), words.number(count)) for what, count in rows]


SIGNED = frozenset({SignatoryStatus.SIGNED, SignatoryStatus.SIGNED_AD_REFERENDUM})


ROLE_PLURALS = {
    PersonRole.HEAD: N_("Heads of delegation"),
    PersonRole.MEMBER: N_("Members"),
    PersonRole.ADVISER: N_("Advisers"),
    PersonRole.INTERPRETER: N_("Interpreters"),
    PersonRole.STAFF: N_("Staff members"),
    PersonRole.PRESS: N_("Press"),
}


def report_content(
    meeting: MeetingRecord,
    delegations: Sequence[DelegationDetail],
    items: Sequence[AgendaItemRecord],
    declaration: DeclarationRecord | None,
    signatories: Sequence[SignatoryRecord],
    wording: Wording = ENGLISH,
) -> ReportContent:
    """Those who took part (placeholders left out), cities by English name; the
    signatories who signed, or, before the signing is recorded, those planned."""
    present = sorted(
        (d for d in delegations if d.summary.status not in ABSENT),
        key=lambda d: d.summary.city_name.casefold(),
    )
    cities = tuple(
        CityParticipants(
            d.summary.city_name,
            d.summary.city_local_name,
            tuple(p for p in d.persons if not p.is_placeholder),
        )
        for d in present
        if any(not p.is_placeholder for p in d.persons)
    )
    proxy = DelegationStatus.PROXY
    proxies = tuple(sorted(d.summary.city_name for d in delegations if d.summary.status is proxy))
    signed = [s for s in signatories if s.status in SIGNED]
    if not signed:
        signed = [s for s in signatories if s.status is not SignatoryStatus.ABSENT]
    return ReportContent(
        meeting, cities, proxies, tuple(items), declaration,
        tuple(sorted(signed, key=lambda s: s.position)), wording,
    )  # fmt: skip


def signatory_line(signatory: SignatoryRecord, wording: Wording = ENGLISH) -> str:
    """ "Tokyo: Yoichi Masuzoe (舛添要一), Governor"."""
    name = wording.name(signatory.latin_name or signatory.native_name, signatory.is_placeholder)
    if signatory.native_name and signatory.native_name != name:
        name = f"{name} ({signatory.native_name})"
    title = f", {signatory.title}" if signatory.title else ""
    return f"{signatory.city_name}: {name}{title}"


def person_line(person: PersonRecord, wording: Wording = ENGLISH) -> str:
    """The name (and the name in its own script), the role and the position."""
    name = person.name
    if person.native_name and person.native_name != name:
        name = f"{name} ({person.native_name})"
    position = f", {person.position}" if person.position else ""
    return f"{name}: {wording.label(person.role)}{position}"


def item_line(item: AgendaItemRecord) -> str:
    when = f"{item.starts_at:%H:%M}–{item.ends_at:%H:%M}"
    room = f", {item.room}" if item.room else ""
    return f"{when}{room}: {item.title}"


def item_people(item: AgendaItemRecord, wording: Wording = ENGLISH) -> str:
    parts = []
    if item.moderator_name:
        parts.append(wording.gettext("Moderator: {name}").format(name=item.moderator_name))
    if item.speaker_names:
        names = ", ".join(item.speaker_names)
        parts.append(wording.gettext("Speakers: {names}").format(names=names))
    return "; ".join(parts)
