"""``load-sample``, ``meetings`` and ``overview``."""

from __future__ import annotations

import argparse

from anmc_desktop.commands.context import CommandContext, id_argument


def register(subcommands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    load = subcommands.add_parser("load-sample", help="add the sample meeting and print its id")
    load.set_defaults(run=_load_sample)
    listing = subcommands.add_parser(
        "meetings", help="list the meetings: id, title, first and last day"
    )
    listing.set_defaults(run=_list_meetings)
    overview = subcommands.add_parser(
        "overview",
        help="a meeting at a glance: delegations by status, persons by role, what still "
        "needs doing",
    )
    overview.add_argument(
        "--meeting",
        type=id_argument,
        required=True,
        metavar="ID",
        help="the meeting's id (see `anmc-desktop meetings`)",
    )
    overview.set_defaults(run=_overview)


def _load_sample(context: CommandContext) -> int:
    print(context.services.sample.load(), file=context.out)
    return 0


def _list_meetings(context: CommandContext) -> int:
    for meeting in context.reading_services.meetings.list_meetings():
        print(
            f"{meeting.id}\t{meeting.title}\t{meeting.first_day.isoformat()}"
            f"\t{meeting.last_day.isoformat()}",
            file=context.out,
        )
    return 0


def _overview(context: CommandContext) -> int:
    overview = context.reading_services.overview.overview(context.arguments.meeting)
    for heading, pairs in (
        ("Delegations", overview.delegations_by_status),
        ("Persons", overview.persons_by_role),
    ):
        counts = ", ".join(f"{what.label}: {count}" for what, count in pairs if count)
        print(f"{heading}: {counts or 'none'}", file=context.out)
    print("What still needs doing:", file=context.out)
    for entry in overview.to_do:
        print(f"- {entry.text}", file=context.out)
    if not overview.to_do:
        print("Nothing left to do: every check passes.", file=context.out)
    return 0
