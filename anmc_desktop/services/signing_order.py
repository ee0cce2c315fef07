"""The order in which the cities sign, from the rule stored with the declaration."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from anmc_desktop.records.enums import SigningOrderRule


@dataclass(frozen=True)
class SigningCity:
    delegation_id: int
    city_name: str
    is_host: bool
    manual_position: int


def signing_order(cities: Sequence[SigningCity], rule: SigningOrderRule) -> list[int]:
    """Delegation ids in signing order.

    By default the visiting cities sign alphabetically by English name and the host signs
    last (the Tomsk Declaration: Hanoi, Seoul, Tokyo, Ulaanbaatar, then Tomsk).
    """
    if rule is SigningOrderRule.MANUAL:
        ordered = sorted(cities, key=lambda c: c.manual_position)
        return [c.delegation_id for c in ordered]
    visitors = sorted((c for c in cities if not c.is_host), key=lambda c: c.city_name.casefold())
    hosts = [c for c in cities if c.is_host]
    ordered = hosts + visitors if rule is SigningOrderRule.HOST_FIRST else visitors + hosts
    return [c.delegation_id for c in ordered]
