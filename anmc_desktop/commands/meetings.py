"""``load-sample`` and ``meetings``."""

from __future__ import annotations

import argparse

from anmc_desktop.commands.context import CommandContext


def register(subcommands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    load = subcommands.add_parser("load-sample", help="add the sample meeting and print its id")
    load.set_defaults(run=_load_sample)
    listing = subcommands.add_parser(
        "meetings", help="list the meetings: id, title, first and last day"
    )
    listing.set_defaults(run=_list_meetings)


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
