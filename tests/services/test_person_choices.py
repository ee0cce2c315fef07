"""Whom the agenda and signatory choosers offer: every person of the meeting, in order."""

from __future__ import annotations

from anmc_desktop.models.enums import PersonRole
from anmc_desktop.services import Services


def test_moderators_and_speakers_are_chosen_among_the_meetings_persons_by_city(
    services: Services, sample_meeting_id: int
) -> None:
    choices = services.agenda.person_choices(sample_meeting_id)
    labels = [label for _, label in choices]
    search = services.person_search
    assert {person_id for person_id, _ in choices} == set(search.search_ids(sample_meeting_id))
    assert "Le Hong Son (Hanoi)" in labels and "Sergey Zhvachkin (Tomsk)" in labels
    cities = [label.rsplit("(", 1)[1] for label in labels]
    assert cities == sorted(cities, key=str.casefold)
    tomsk = [label for label in labels if label.endswith("(Tomsk)")]
    assert tomsk == sorted(tomsk, key=lambda name: name.split()[1])  # by family name


def test_signer_candidates_are_each_delegations_members_head_first(
    services: Services, sample_meeting_id: int
) -> None:
    candidates = services.declarations.signer_candidates(sample_meeting_id)
    delegations = {
        d.city_name: d.id for d in services.delegations.list_delegations(sample_meeting_id)
    }
    assert set(candidates) == set(delegations.values())
    tomsk = candidates[delegations["Tomsk"]]
    assert tomsk[0].latin_name == "Sergey Zhvachkin"
    assert tomsk[0].role is PersonRole.HEAD and tomsk[0].native_name == "Сергей Жвачкин"
    assert len(tomsk) == 5
    assert [c.latin_name for c in candidates[delegations["Hanoi"]]] == ["Le Hong Son"]
