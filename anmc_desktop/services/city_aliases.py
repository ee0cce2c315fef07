"""The rules a city's aliases keep, shared by the city form, the command line and the
meeting file: each alias is text a form accepts, listed once, and names no other city
(neither its names nor its aliases), so that an import finds exactly one city by it."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from anmc_desktop.exchange.city_matching import name_key
from anmc_desktop.models import City, CityAlias
from anmc_desktop.services.validation import Checker

ALIASES_FIELD = "aliases"


def check_aliases(
    check: Checker,
    session: Session,
    city_id: int | None,
    own_names: Sequence[str],
    aliases: Iterable[str],
) -> list[tuple[str, str]]:
    """The aliases cleaned, each with its key; every problem goes to ``check`` under
    "aliases", naming the alias."""
    taken = names_of_other_cities(session, city_id)
    own = {name_key(name) for name in own_names if name_key(name)}
    checked: dict[str, str] = {}
    for alias in aliases:
        errors = len(check.errors)
        cleaned = check.text(ALIASES_FIELD, alias)
        if len(check.errors) > errors:
            continue
        key = name_key(cleaned)
        problem = alias_problem(cleaned, key, own, set(checked), taken)
        if problem:
            check.fail(ALIASES_FIELD, problem)
        else:
            checked[key] = cleaned
    return [(alias, key) for key, alias in checked.items()]


def alias_problem(
    alias: str, key: str, own: set[str], listed: set[str], taken: dict[str, str]
) -> str | None:
    """Why ``alias`` cannot be one more alias of the city, or None."""
    if not key:
        return "an alias is empty (or only punctuation)."
    if key in listed:
        return f"{alias!r} is listed twice."
    if key in own:
        return f"{alias!r} is the city's own name."
    if key in taken:
        return f"{alias!r} already names {taken[key]}."
    return None


def names_of_other_cities(session: Session, city_id: int | None) -> dict[str, str]:
    """The key of every name and alias of the cities but ``city_id``, with the city's
    English name."""
    taken: dict[str, str] = {}
    for other_id, name_en, name_local in session.execute(
        select(City.id, City.name_en, City.name_local)
    ):
        if other_id != city_id:
            taken |= {name_key(n): name_en for n in (name_en, name_local) if name_key(n)}
    return taken | aliases_of_other_cities(session, city_id)


def aliases_of_other_cities(session: Session, city_id: int | None) -> dict[str, str]:
    """The key of every alias of the cities but ``city_id``, with the city's English name."""
    taken: dict[str, str] = {}
    aliases = select(CityAlias.city_id, CityAlias.alias_key, City.name_en).join(
        City, City.id == CityAlias.city_id
    )
    for owner_id, alias_key, name_en in session.execute(aliases):
        if owner_id != city_id:
            taken[alias_key] = name_en
    return taken


def replace_aliases(city: City, checked: list[tuple[str, str]]) -> None:
    """Make the city's aliases these (alias, key) pairs: kept ones keep their rows."""
    wanted = {key: alias for alias, key in checked}
    for row in list(city.aliases):
        if row.alias_key not in wanted:
            city.aliases.remove(row)
        else:
            row.alias = wanted.pop(row.alias_key)
    city.aliases.extend(CityAlias(alias=alias, alias_key=key) for key, alias in wanted.items())
