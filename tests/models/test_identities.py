"""Identities made in bulk are UUIDs of the same kind as one made alone."""

from __future__ import annotations

import uuid

from anmc_desktop.models.base import new_identities, new_identity


def test_identities_made_in_bulk_are_random_uuids_in_canonical_form():
    made = new_identities(2_000)

    assert len(made) == len(set(made)) == 2_000
    for identity in made:
        parsed = uuid.UUID(identity)
        assert str(parsed) == identity
        assert parsed.version == uuid.UUID(new_identity()).version == 4
        assert parsed.variant == uuid.RFC_4122
    # every hexadecimal digit the version and variant leave free is random
    assert {identity[19] for identity in made} == set("89ab")
    assert len({identity[0] for identity in made}) == 16


def test_none_asked_none_made():
    assert new_identities(0) == []
