"""``city aliases``: the other names imports may meet for a city, listed, added, removed."""

from __future__ import annotations

import argparse

from anmc_desktop.commands.context import CommandContext
from anmc_desktop.errors import UserFacingError
from anmc_desktop.records.cities import CityRecord


def register(subcommands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    city = subcommands.add_parser("city", help="the member cities' aliases")
    what = city.add_subparsers(dest="what", metavar="WHAT", required=True)
    aliases = what.add_parser(
        "aliases",
        help="print a city's aliases, one per line, after adding and removing the ones given",
    )
    aliases.add_argument("city", metavar="CITY", help="the city's id, English or local name")
    aliases.add_argument(
        "--add",
        action="append",
        default=[],
        metavar="ALIAS",
        help="another name of the city (official, historic, in another script); repeatable",
    )
    aliases.add_argument(
        "--remove", action="append", default=[], metavar="ALIAS", help="repeatable"
    )
    aliases.set_defaults(run=_aliases)


def _aliases(context: CommandContext) -> int:
    arguments = context.arguments
    changing = bool(arguments.add or arguments.remove)
    services = context.services if changing else context.reading_services
    city = _city(services.cities.list_cities(), arguments.city)
    if changing:
        city = services.cities.change_aliases(city.id, add=arguments.add, remove=arguments.remove)
    for alias in city.aliases:
        print(alias, file=context.out)
    return 0


def _city(cities: list[CityRecord], wanted: str) -> CityRecord:
    """The city with this id, English or local name (case aside)."""
    folded = wanted.strip().casefold()
    for city in cities:
        if folded in (str(city.id), city.name_en.casefold(), city.name_local.casefold()):
            return city
    raise UserFacingError(
        f"No city is named {wanted!r}; 'anmc-desktop city aliases' takes a city's id, "
        "English or local name."
    )
