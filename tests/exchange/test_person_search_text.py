"""One rule makes a person's search text (text.person_search_text): every path that writes
a person stores what it gives, so a person is found alike however they came in."""

from __future__ import annotations

from dataclasses import fields, replace

from import_helpers import empty_meeting, import_file, persons_of, write_text
from sqlalchemy import select

from anmc_desktop.models import Person
from anmc_desktop.records.meeting_transfer import IfAlreadyThere
from anmc_desktop.records.persons import PersonDraft
from anmc_desktop.services import Services
from anmc_desktop.text import person_search_text

HEADER = "City,Family name,Given name,Name in native script,Position,Role,Phone\n"

# Names whose folding is tricky: accents, ß, a ligature, full- and half-width forms,
# Hangul (decomposed and recomposed), a combining mark after a space, Greek sigma.
TRICKY_NAMES = [
    ("Hồng Sơn", "Lê", "Лё Хонг Шон", "Vice  Mayor"),
    ("Jürgen", "Straße", "", "ﬁnance  officer"),
    ("ＡＢＣ", "ﾊﾝｶﾞﾘｰ", "김 철수", "\u0301Chief"),
    ("Σοφία", "ΣΑΣ", "İstanbul", "Deputy\u00a0Mayor"),
]


def _stored_search_texts(services: Services, ids: list[int]) -> dict[int, str]:
    with services.database.reading() as session:
        return dict(
            session.execute(select(Person.id, Person.search_text).where(Person.id.in_(ids))).all()
        )


def _names(given: str, family: str, native: str, position: str) -> PersonDraft:
    return PersonDraft(given_name=given, family_name=family, native_name=native, position=position)


def _draft(person: object) -> PersonDraft:
    return PersonDraft(**{f.name: getattr(person, f.name) for f in fields(PersonDraft)})


def _tomsk_id(services: Services, meeting_id: int) -> int:
    return next(
        s.id for s in services.delegations.list_delegations(meeting_id) if s.city_name == "Tomsk"
    )


def test_imported_persons_are_found_by_search_like_persons_added_in_a_form(
    services: Services, sample_meeting_id, tmp_path
):
    # GIVEN persons with tricky names imported into one meeting
    meeting_id = empty_meeting(services, sample_meeting_id)
    rows = "".join(
        f"Tomsk,{family},{given},{native},{position},,\n"
        for given, family, native, position in TRICKY_NAMES
    )
    path = write_text(tmp_path, "people.csv", HEADER + rows, "utf-8")
    _, result = import_file(services, meeting_id, path)
    # AND the same persons added in the form to another meeting
    tomsk = next(
        s
        for s in services.delegations.list_delegations(sample_meeting_id)
        if s.city_name == "Tomsk"
    )
    added = [
        services.delegations.add_person(
            tomsk.id,
            PersonDraft(
                given_name=given, family_name=family, native_name=native, position=position
            ),
        ).id
        for given, family, native, position in TRICKY_NAMES
    ]
    # THEN each imported person carries the same search text as the one added in the form
    with services.database.reading() as session:
        texts = dict(
            session.execute(
                select(Person.id, Person.search_text).where(
                    Person.id.in_([pid for pid, _ in result.created] + added)
                )
            ).all()
        )
    assert [texts[pid] for pid, _ in result.created] == [texts[pid] for pid in added]
    assert texts[added[0]] == "hong son le ле хонг шон vice mayor"
    # AND it is the text the rule gives for their names
    assert [texts[pid] for pid in added] == [
        person_search_text(_names(*names)) for names in TRICKY_NAMES
    ]


def test_every_path_that_writes_a_person_stores_the_search_text_of_the_rule(
    services: Services, sample_meeting_id, tmp_path
):
    # GIVEN the sample meeting, loaded by the sample loader
    written: dict[str, list[int]] = {
        "sample load": [p.id for ps in persons_of(services, sample_meeting_id).values() for p in ps]
    }
    tomsk_id = _tomsk_id(services, sample_meeting_id)
    # AND persons with tricky names added in the form, and one edited there
    written["form add"] = [
        services.delegations.add_person(tomsk_id, _names(*names)).id for names in TRICKY_NAMES
    ]
    edited = persons_of(services, sample_meeting_id)["Tomsk"][0]
    given, family, native, position = TRICKY_NAMES[0]
    services.delegations.update_person(
        edited.id,
        replace(
            _draft(edited),
            given_name=given,
            family_name=family,
            native_name=native,
            position=position,
            email="edited@example.org",
        ),
    )
    written["form edit"] = [edited.id]
    # AND persons imported into another meeting, and one renamed by an import
    meeting_id = empty_meeting(services, sample_meeting_id)
    rows = "".join(f"Tomsk,{f},{g},{n},{p},,\n" for g, f, n, p in TRICKY_NAMES)
    _, created = import_file(
        services, meeting_id, write_text(tmp_path, "new.csv", HEADER + rows, "utf-8")
    )
    written["import add"] = [pid for pid, _ in created.created]
    given, family, native, position = TRICKY_NAMES[3]
    _, updated = import_file(
        services,
        sample_meeting_id,
        write_text(
            tmp_path,
            "rename.csv",
            "City,E-mail,Family name,Given name,Name in native script,Position\n"
            f"Tomsk,edited@example.org,{family},{given},{native},{position}\n",
            "utf-8",
        ),
    )
    written["import update"] = [u.person_id for u in updated.updated]
    # AND the sample meeting, with all of them, exported and imported as a meeting file
    transfer = services.meeting_transfer
    exported = transfer.export_meeting(sample_meeting_id)
    copy_id = transfer.import_meeting(exported, "copy.json", IfAlreadyThere.COPY).meeting_id
    written["meeting file"] = [p.id for ps in persons_of(services, copy_id).values() for p in ps]

    # WHEN the stored search texts are read back
    with services.database.reading() as session:
        stored = {
            person.id: (person.search_text, person_search_text(person))
            for person in session.scalars(select(Person))
        }

    # THEN each path wrote persons, and each of them holds the text the rule gives
    assert written["import update"] == [edited.id]
    assert all(written.values())
    wrong = {
        path: [stored[pid] for pid in ids if stored[pid][0] != stored[pid][1]]
        for path, ids in written.items()
    }
    assert not any(wrong.values()), wrong
    # AND the tricky names came through every path but the sample's
    rule_texts = {person_search_text(_names(*names)) for names in TRICKY_NAMES}
    for path in ("form add", "form edit", "import add", "import update", "meeting file"):
        assert rule_texts & {stored[pid][0] for pid in written[path]}, path
