"""Check-in: by a badge's QR payload or a typed name, counts by delegation, undo."""

from __future__ import annotations

from anmc_desktop.records.seating import badge_payload
from anmc_desktop.services import Services


def _person(services: Services, meeting_id: int, family_name: str):
    for summary in services.delegations.list_delegations(meeting_id):
        for person in services.delegations.get_delegation(summary.id).persons:
            if person.family_name == family_name:
                return person
    raise AssertionError(family_name)


def _count(services: Services, meeting_id: int, city: str) -> tuple[int, int]:
    rows = services.check_in.attendance(meeting_id).by_delegation
    row = next(r for r in rows if r.city_name == city)
    return row.checked_in, row.expected


def test_a_scanned_badge_checks_its_person_in_once(
    services: Services, sample_meeting_id: int
) -> None:
    knorr = _person(services, sample_meeting_id, "Knorr")
    assert _count(services, sample_meeting_id, "Tomsk") == (0, 5)
    result = services.check_in.check_in_scanned(sample_meeting_id, badge_payload(knorr.uuid))
    assert result.person is not None and result.person.id == knorr.id
    assert result.city_name == "Tomsk" and not result.already
    assert _count(services, sample_meeting_id, "Tomsk") == (1, 5)
    again = services.check_in.check_in_scanned(
        sample_meeting_id, badge_payload(knorr.uuid).lower() + "\n"
    )
    assert again.already and again.checked_in_at == result.checked_in_at
    assert services.check_in.attendance(sample_meeting_id).checked_in == 1


def test_a_typed_name_checks_in_one_person_or_lists_who_fits(
    services: Services, sample_meeting_id: int
) -> None:
    result = services.check_in.check_in_scanned(sample_meeting_id, "masuzoe")
    assert result.person is not None and result.person.family_name == "Masuzoe"
    several = services.check_in.check_in_scanned(sample_meeting_id, "Tomsk")
    assert several.person is None and len(several.candidates) >= 2
    nobody = services.check_in.check_in_scanned(sample_meeting_id, "Nobody Atall")
    assert nobody.person is None and nobody.candidates == ()
    # a badge of another database's person finds no one
    stranger = badge_payload("00000000-0000-4000-8000-000000000000")
    assert services.check_in.check_in_scanned(sample_meeting_id, stranger).person is None
    assert services.check_in.attendance(sample_meeting_id).checked_in == 1


def test_a_wrong_check_in_is_undone(services: Services, sample_meeting_id: int) -> None:
    masuzoe = _person(services, sample_meeting_id, "Masuzoe")
    services.check_in.check_in(masuzoe.id)
    assert _count(services, sample_meeting_id, "Tokyo")[0] == 1
    assert services.check_in.undo_check_in(masuzoe.id) is not None
    assert _count(services, sample_meeting_id, "Tokyo")[0] == 0
    assert services.check_in.checked_in_at(masuzoe.id) is None
    assert services.check_in.undo_check_in(masuzoe.id) is None
