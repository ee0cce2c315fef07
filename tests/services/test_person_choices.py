"""Whom the agenda forms offer as moderators and speakers: every person of the meeting."""

from __future__ import annotations

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
