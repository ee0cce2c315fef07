"""The meeting overview: counts, and every kind of thing still to do, with its record."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from anmc_desktop.progress import JobCancelledError, Progress
from anmc_desktop.records.cities import CityDraft
from anmc_desktop.records.enums import DelegationStatus, PersonRole, SignatoryStatus
from anmc_desktop.records.meetings import MeetingDraft
from anmc_desktop.records.overview import FixPlace, ToDoKind
from anmc_desktop.records.persons import PersonDraft
from anmc_desktop.services import Services
from anmc_desktop.services.agenda import draft_of


def _delegation(services: Services, meeting_id: int, city: str) -> int:
    return next(
        d.id for d in services.delegations.list_delegations(meeting_id) if d.city_name == city
    )


def test_the_sample_meeting_counts_and_its_gaps(services: Services, sample_meeting_id: int):
    overview = services.overview.overview(sample_meeting_id)
    assert dict(overview.delegations_by_status)[DelegationStatus.ATTENDING] == 12
    assert dict(overview.persons_by_role)[PersonRole.HEAD] == 12
    texts = [entry.text for entry in overview.to_do]
    assert "Bangkok: head of delegation not named yet" in texts
    assert "Tomsk: Sergey Zhvachkin has no arrival or departure" in texts
    assert "The declaration is still a draft" in texts
    assert any(text.endswith(": no speaker") for text in texts)
    # a placeholder head is one entry (not named), not also a missing arrival
    assert not any(text.startswith("Bangkok: (to be confirmed)") for text in texts)


def test_each_gap_names_the_record_to_open(services: Services, sample_meeting_id: int):
    # GIVEN Seoul only invited, a person whose native name no font prints, and two
    # agenda items in one room at one time
    seoul = _delegation(services, sample_meeting_id, "Seoul")
    services.delegations.set_status(seoul, DelegationStatus.INVITED)
    person = services.delegations.add_person(
        seoul,
        PersonDraft(
            given_name="Min",
            family_name="Kim",
            native_name="Min \U000f0001",  # a private character: no font has it
            arrival=dt.datetime(2014, 9, 3, 12),
            departure=dt.datetime(2014, 9, 6, 18),
        ),
    )
    first = services.agenda.list_items(sample_meeting_id)[0]
    services.agenda.create(
        sample_meeting_id, dataclasses.replace(draft_of(first), title="Second in the room")
    )
    overview = services.overview.overview(sample_meeting_id)
    by_text = {entry.text: entry for entry in overview.to_do}
    # THEN each is listed with the place and the record where it is put right
    invited = by_text["Seoul: not confirmed"]
    assert (invited.place, invited.city_name) == (FixPlace.DELEGATIONS, "Seoul")
    unprintable = next(e for e in overview.to_do if "no installed font prints" in e.text)
    assert unprintable.text == "Seoul: Min Kim: no installed font prints the native name"
    assert (unprintable.place, unprintable.person_id) == (FixPlace.DELEGATIONS, person.id)
    clash = [e for e in overview.to_do if "Second in the room" in e.text and "room" in e.text]
    assert clash and all(e.place is FixPlace.AGENDA and e.item_id for e in clash)
    assert dict(overview.delegations_by_status)[DelegationStatus.INVITED] == 1


def test_a_meeting_without_anything_left_has_an_empty_list(services: Services):
    city = services.cities.create(CityDraft(name_en="Tomsk", country="Russia"))
    meeting = services.meetings.create(
        MeetingDraft("Quiet", city.id, dt.date(2030, 1, 1), dt.date(2030, 1, 2))
    )
    overview = services.overview.overview(meeting.id)
    assert [entry.text for entry in overview.to_do] == ["No declaration yet"]


def test_a_signatory_still_to_sign_without_full_powers_is_listed(
    services: Services, sample_meeting_id: int
):
    # GIVEN the sample's signatories (all signed) and Seoul's set back to confirmed
    declaration = services.declarations.get_for_meeting(sample_meeting_id)
    assert declaration is not None
    signatories = services.declarations.list_signatories(declaration.id)
    seoul = next(s for s in signatories if s.city_name == "Seoul")
    services.declarations.set_signatory_status(seoul.id, SignatoryStatus.CONFIRMED)
    missing = [
        e for e in services.overview.overview(sample_meeting_id).to_do
        if e.kind is ToDoKind.FULL_POWERS_MISSING
    ]  # fmt: skip
    # THEN only Seoul's are missing (who has signed needs none any more), on its record
    assert [(e.place, e.city_name, e.person_id) for e in missing] == [
        (FixPlace.SIGNATORIES, "Seoul", seoul.person_id)
    ]
    assert missing[0].text == f"Seoul: full powers of {seoul.latin_name} not received"
    # AND once they arrive, the entry is gone
    services.declarations.set_signatory_credentials(seoul.id, True, False)
    kinds = {e.kind for e in services.overview.overview(sample_meeting_id).to_do}
    assert ToDoKind.FULL_POWERS_MISSING not in kinds


def test_a_cancel_stops_the_gathering_at_its_next_step(
    services: Services, sample_meeting_id: int
) -> None:
    # GIVEN a progress that is cancelled as it hears of the second step
    steps: list[str] = []

    def heard(name: str, _done: int, _total: int) -> None:
        steps.append(name)
        if len(steps) == 2:
            progress.cancel()

    progress = Progress(heard)
    # WHEN the overview is gathered with it
    # THEN the gathering stops at the third step, and does so with the same error as any job
    with pytest.raises(JobCancelledError):
        services.overview.overview(sample_meeting_id, progress)
    assert steps == ["Gathering the records"] * 2
    # AND without a cancel, every step is heard and the overview comes
    heard_all: list[str] = []
    overview = services.overview.overview(
        sample_meeting_id, Progress(lambda name, _d, _t: heard_all.append(name))
    )
    assert len(heard_all) == 6 and overview.meeting_id == sample_meeting_id
