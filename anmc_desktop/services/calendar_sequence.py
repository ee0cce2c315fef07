"""An agenda item's calendar SEQUENCE rises when a person its event names changes too.

The event's DESCRIPTION names the item's moderator and speakers, so removing one of them,
putting them back or renaming them changes what calendars show of the item, although the
item itself is not edited (services/agenda.py raises it on edits of the item).
"""

from __future__ import annotations

from sqlalchemy import or_, select, update
from sqlalchemy.orm import Session

from anmc_desktop.models import AgendaItem, agenda_speaker


def raise_sequences_naming(session: Session, person_id: int) -> None:
    """Raise the sequence of every item the person moderates or speaks at (call it while
    the person is still linked to them)."""
    spoken_at = select(agenda_speaker.c.agenda_item_id).where(
        agenda_speaker.c.person_id == person_id
    )
    session.execute(
        update(AgendaItem)
        .where(or_(AgendaItem.id.in_(spoken_at), AgendaItem.moderator_id == person_id))
        .values(sequence=AgendaItem.sequence + 1)
    )
