"""Person edits made from any page, each recorded on the undo stack with its inverse.

The Delegations page and the Persons page both open the PersonForm and remove persons;
what an edit does and how it is undone is written once, here.
"""

from __future__ import annotations

import datetime as dt

from anmc_desktop.records.persons import PersonRecord, draft_of
from anmc_desktop.records.removals import RemovedPerson
from anmc_desktop.services import Services
from anmc_desktop.ui import messages
from anmc_desktop.ui.forms.person_form import PersonForm
from anmc_desktop.ui.pages.base import Page
from anmc_desktop.ui.translation import translate


def open_person_form(
    page: Page, delegation_id: int, person: PersonRecord | None = None
) -> PersonForm:
    """Opens the form (not blocking; read-only in a read-only window); a save is recorded
    on the page's undo stack."""
    default_time = None
    if page.meeting is not None:
        default_time = dt.datetime.combine(page.meeting.first_day, dt.time(12))
    form = PersonForm(page.services, delegation_id, person, default_time, parent=page)
    form.saved.connect(lambda change: record_person_saved(page, change))
    page.open_form(form)
    return form


def record_person_saved(page: Page, change: tuple[PersonRecord | None, PersonRecord]) -> None:
    before, after = change
    services = page.services
    if before is None:
        state: dict[str, RemovedPerson] = {}

        def unadd() -> None:
            state["removed"] = services.removals.remove_person(after.id)

        page.record_edit(
            translate("pages.person_edits", "Add {name}").format(name=after.name),
            undo=unadd,
            redo=lambda: services.removals.restore_person(state["removed"]),
        )
        return
    old, new = draft_of(before), draft_of(after)
    page.record_guarded_edit(
        translate("pages.person_edits", "Edit {name}").format(name=after.name),
        lambda draft, version: services.delegations.update_person(after.id, draft, version),
        old,
        new,
        after,
    )


def remove_person(page: Page, person: PersonRecord) -> bool:
    """Removes the person (asking first when more goes with them); True when removed."""
    services: Services = page.services
    preview = services.removals.preview_person_removal(person.id)
    consequences = preview.consequences()
    if consequences and not messages.ask(
        page,
        translate("pages.person_edits", "Remove {name}?").format(name=person.name),
        translate("pages.person_edits", "Removing {name} also removes:").format(name=person.name),
        "\n".join(f"• {line}" for line in consequences)
        + translate("pages.person_edits", "\n\nEdit ▸ Undo puts it all back."),
    ):
        return False
    state = {"removed": services.removals.remove_person(person.id)}

    def again() -> None:
        state["removed"] = services.removals.remove_person(person.id)

    page.record_edit(
        translate("pages.person_edits", "Remove {name}").format(name=person.name),
        undo=lambda: services.removals.restore_person(state["removed"]),
        redo=again,
    )
    return True
