"""Parallel authentic texts: one version per language, saved, checked and finalised only
when they agree."""

from __future__ import annotations

from dataclasses import replace

import pytest

from anmc_desktop.errors import ValidationError
from anmc_desktop.records.declaration_check import FinalPrintRefusedError
from anmc_desktop.records.declarations import DeclarationVersion, declaration_draft_of
from anmc_desktop.services import Services

RUSSIAN = DeclarationVersion(
    language="ru",
    title="Томская декларация",
    opening="Мы, представители городов, собравшиеся в Томске,",
    preamble=("сознавая ...,", "соглашаясь ...,", "признавая ...,", "проведя ...,"),
    transition="Заявляем следующее:",
    clauses=tuple(f"Пункт {n}." for n in range(1, 7)),
    place="Томске",
)


def _with_russian(services: Services, meeting_id: int, russian: DeclarationVersion = RUSSIAN):
    record = services.declarations.get_for_meeting(meeting_id)
    assert record is not None
    draft = replace(declaration_draft_of(record), originals_count=2)
    return services.declarations.update(record.id, replace(draft, other_versions=(russian,)))


def test_a_russian_version_is_saved_beside_the_english_one(
    services: Services, sample_meeting_id: int
) -> None:
    saved = _with_russian(services, sample_meeting_id)
    again = services.declarations.get_for_meeting(sample_meeting_id)
    assert again == saved
    assert again.languages == ("en", "ru")
    assert again.other_versions == (RUSSIAN,)
    # THEN each text's testimonium names both languages, in its own language
    assert again.testimonium == (
        "Done at Tomsk on 6 September 2014 in two originals, each in the English and Russian "
        "languages, both texts being equally authentic."
    )
    assert again.testimonium_of(RUSSIAN) == (
        "Совершено в Томске 6 сентября 2014 года в двух экземплярах, каждый на русском и "
        "английском языках, причем оба текста имеют одинаковую силу."
    )
    # AND removing the Russian version leaves English alone in the testimonium
    alone = services.declarations.update(again.id, replace(again, other_versions=()))
    assert "English language." in alone.testimonium and "Russian" not in alone.testimonium


def test_two_versions_in_one_language_or_an_unknown_one_are_refused(
    services: Services, sample_meeting_id: int
) -> None:
    with pytest.raises(ValidationError, match="two versions in Russian"):
        record = services.declarations.get_for_meeting(sample_meeting_id)
        services.declarations.update(record.id, replace(record, other_versions=(RUSSIAN, RUSSIAN)))
    with pytest.raises(ValidationError, match="unknown language xx"):
        services.declarations.update(
            record.id, replace(record, other_versions=(replace(RUSSIAN, language="xx"),))
        )
    with pytest.raises(ValidationError, match="Russian: title is required"):
        services.declarations.update(
            record.id, replace(record, other_versions=(replace(RUSSIAN, title=" "),))
        )


def test_versions_that_differ_in_clauses_cannot_be_marked_final(
    services: Services, sample_meeting_id: int
) -> None:
    # GIVEN a Russian text that has only five clauses
    saved = _with_russian(
        services, sample_meeting_id, replace(RUSSIAN, clauses=RUSSIAN.clauses[:5])
    )
    # WHEN the declaration is marked final THEN it is refused, saying how they differ
    with pytest.raises(FinalPrintRefusedError, match="English 6, Russian 5"):
        services.declarations.mark_final(saved.id)
    # AND once the sixth clause is there, it is allowed
    fixed = _with_russian(services, sample_meeting_id)
    assert services.declarations.mark_final(fixed.id).is_final


def test_a_version_without_a_testimonium_formula_must_type_its_own(
    services: Services, sample_meeting_id: int
) -> None:
    japanese = replace(RUSSIAN, language="ja", title="トムスク宣言", place="")
    saved = _with_russian(services, sample_meeting_id, japanese)
    with pytest.raises(FinalPrintRefusedError, match="the Japanese text has no testimonium"):
        services.declarations.mark_final(saved.id)
    typed = replace(japanese, testimonium_override="2014年9月6日にトムスクで作成した。")
    saved = _with_russian(services, sample_meeting_id, typed)
    assert services.declarations.mark_final(saved.id).is_final
