"""An import that updates persons writes the fields that change, bumps the version, and
keeps the search text what a form's edit would make it."""

from __future__ import annotations

from dataclasses import fields, replace

from import_helpers import import_file, persons_of, write_text
from sqlalchemy import select

from anmc_desktop.models import Person
from anmc_desktop.records.persons import PersonDraft
from anmc_desktop.services import Services

HEADER = "City,Family name,Given name,E-mail,Position,Phone\n"


def _search_texts(services: Services, ids: list[int]) -> dict[int, str]:
    with services.database.reading() as session:
        return dict(
            session.execute(select(Person.id, Person.search_text).where(Person.id.in_(ids))).all()
        )


def _draft(person: object) -> PersonDraft:
    return PersonDraft(**{f.name: getattr(person, f.name) for f in fields(PersonDraft)})


def test_updates_write_the_changed_fields_and_keep_the_search_text_right(
    services: Services, sample_meeting_id, tmp_path
):
    # GIVEN two persons of Tomsk, with e-mail addresses to be found by
    tomsk = persons_of(services, sample_meeting_id)["Tomsk"][:2]
    for n, person in enumerate(tomsk):
        services.delegations.update_person(
            person.id, replace(_draft(person), email=f"tomsk{n}@example.org")
        )
    first, second = (services.delegations.get_person(p.id) for p in tomsk)
    # AND a file that renames the first (a new family name) and gives the second a phone
    path = write_text(
        tmp_path,
        "people.csv",
        HEADER
        + f"Tomsk,Stepanova,{first.given_name},{first.email},,\n"
        + f"Tomsk,{second.family_name},{second.given_name},{second.email},,+7 3822 111\n",
        "utf-8",
    )

    # WHEN it is imported
    preview, result = import_file(services, sample_meeting_id, path)

    # THEN each row changes its one field, and each person gets the next version
    assert [row.changed for row in preview.rows] == [("family_name",), ("phone",)]
    renamed, phoned = (services.delegations.get_person(p.id) for p in (first, second))
    assert _draft(renamed) == replace(_draft(first), family_name="Stepanova")
    assert _draft(phoned) == replace(_draft(second), phone="+7 3822 111")
    assert (renamed.version, phoned.version) == (first.version + 1, second.version + 1)
    assert [(u.person_id, u.version) for u in result.updated] == [
        (first.id, renamed.version),
        (second.id, phoned.version),
    ]
    # AND the search text is the one a form's edit of the same fields would store
    imported = _search_texts(services, [first.id, second.id])
    services.delegations.update_person(first.id, replace(_draft(renamed), notes="edited"))
    services.delegations.update_person(second.id, replace(_draft(phoned), notes="edited"))
    assert imported == _search_texts(services, [first.id, second.id])
    assert "stepanova" in imported[first.id]
