"""A list of more than 50,000 participants is imported whole, or not at all (issue 21).

(How fast is measured in benchmarks/exchange.py, not asserted here.)
"""

from __future__ import annotations

from pathlib import Path

import pytest
from import_helpers import empty_meeting, import_file, persons_of

from anmc_desktop.errors import ValidationError
from anmc_desktop.services import Services

ROWS = 50_001  # one more than the old limit, which refused such a file


def _persons_csv(tmp_path: Path, last_row: str) -> Path:
    lines = ["City,Family name,Given name,E-mail"]
    lines += [f"Tomsk,Person,No {n},p{n}@example.org" for n in range(ROWS - 1)]
    lines.append(last_row)
    path = tmp_path / "persons.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_more_than_50000_rows_are_imported(services: Services, sample_meeting_id, tmp_path):
    # GIVEN an empty meeting, its person search used already, and a file of 50,001
    # persons of one city
    meeting_id = empty_meeting(services, sample_meeting_id)
    assert services.person_search.search_ids(meeting_id, "Last") == []
    path = _persons_csv(tmp_path, "Tomsk,Last,Person,last@example.org")

    # WHEN it is imported
    preview, result = import_file(services, meeting_id, path)

    # THEN every row is previewed and written
    assert len(preview.rows) == ROWS
    assert len(result.created) == ROWS
    persons = persons_of(services, meeting_id)["Tomsk"]
    assert len(persons) == ROWS
    assert {p.email for p in persons} >= {"p0@example.org", "p49999@example.org"}
    # AND the search finds the last one, and the first and the last (written in
    # different chunks) each have their insert in the change log
    (first_id, _), (last_id, _) = result.created[0], result.created[-1]
    assert services.person_search.search_ids(meeting_id, "Last") == [last_id]
    for person_id, family_name in ((first_id, "Person"), (last_id, "Last")):
        (insert,) = services.change_log.for_record("person", person_id)
        assert insert.changes["family_name"] == (None, family_name)


def test_an_error_in_the_last_of_50001_rows_writes_nothing(
    services: Services, sample_meeting_id, tmp_path
):
    # GIVEN a file of 50,001 persons whose last row names a city that does not exist
    meeting_id = empty_meeting(services, sample_meeting_id)
    path = _persons_csv(tmp_path, "Atlantis,Last,Person,last@example.org")

    # WHEN it is applied
    with pytest.raises(ValidationError, match="Nothing was imported"):
        import_file(services, meeting_id, path)

    # THEN none of the 50,000 good rows was written
    assert persons_of(services, meeting_id) == {}
