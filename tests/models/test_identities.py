"""The identities records get beyond this database."""

from __future__ import annotations

import uuid

from anmc_desktop.models.base import new_identities, new_identity


def test_identities_made_at_once_are_random_uuids_as_made_one_by_one() -> None:
    made = new_identities(1000)
    one = new_identity()
    assert len(set(made)) == 1000
    for identity in [*made, one]:
        parsed = uuid.UUID(identity)
        assert str(parsed) == identity
        assert parsed.version == 4
        assert parsed.variant == uuid.RFC_4122
    assert one not in made


def test_no_identities_asked_none_made() -> None:
    assert new_identities(0) == []
