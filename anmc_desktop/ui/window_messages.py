"""The window's questions and notices that need only a parent and the services: the
sample meeting offered on an empty database, and About."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from anmc_desktop import __version__
from anmc_desktop.errors import UserFacingError
from anmc_desktop.services import Services
from anmc_desktop.ui import messages
from anmc_desktop.ui.translation import translate


def offer_sample(parent: QWidget, services: Services) -> int | None:
    """On a writable database without meetings, offer the sample meeting to look around;
    the id of the meeting added, None when none was."""
    if services.database.read_only or services.meetings.list_meetings():
        return None
    wanted = messages.ask(
        parent,
        translate("main_window", "Add the sample meeting?"),
        translate(
            "main_window",
            "This database has no meetings yet. Add the sample meeting (the 13th Plenary "
            "Meeting of the ANMC21, Tomsk, 2014) to see how the app works?",
        ),
        translate("main_window", "You can add your own meetings next to it."),
        yes_default=True,
    )
    if not wanted:
        return None
    try:
        return load_sample(services)
    except UserFacingError as error:
        messages.error(
            parent, translate("main_window", "The sample meeting could not be added"), str(error)
        )
        return None


def load_sample(services: Services) -> int:
    """Add the sample meeting, the heads its facts do not name written in the window's
    language; returns its id."""
    return services.sample.load(
        translate("main_window", "(to be confirmed)"),
        translate("main_window", "Head of delegation (placeholder: not named in the facts)"),
    )


def show_about(parent: QWidget, app_title: str) -> None:
    messages.about(
        parent,
        translate("main_window", "About {APP_TITLE}").format(APP_TITLE=app_title),
        f"{app_title} {__version__}\n\n"
        + translate(
            "main_window",
            "Organize the plenary meetings of a city network: member cities, delegations, "
            "the agenda, the declaration and its signatories.",
        ),
    )
