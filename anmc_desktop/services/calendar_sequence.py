"""An agenda item's calendar SEQUENCE rises when something its event shows changes too.

The event's DESCRIPTION names the item's moderator and speakers, so removing one of them,
putting them back or renaming them changes what calendars show of the item, although the
item itself is not edited (services/agenda.py raises it on edits of the item). Its
LOCATION ends with the meeting's venue and its times are in the host city's time zone, so
a new venue, host city or time zone changes every event of the meeting.
"""

from __future__ import annotations

from sqlalchemy import Select, or_, select, update
from sqlalchemy.orm import Session

from anmc_desktop.models import AgendaItem, Meeting, agenda_speaker


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


def raise_sequences_of_meetings_hosted_by(session: Session, city_id: int) -> None:
    """Raise the sequence of every item of the meetings the city hosts (its time zone)."""
    hosted = select(Meeting.id).where(Meeting.host_city_id == city_id)
    _raise_sequences_of(session, hosted)


def raise_sequences_of_meeting(session: Session, meeting_id: int) -> None:
    """Raise the sequence of every item of the meeting (its venue or host city)."""
    _raise_sequences_of(session, select(Meeting.id).where(Meeting.id == meeting_id))


def _raise_sequences_of(session: Session, meetings: Select[tuple[int]]) -> None:
    session.execute(
        update(AgendaItem)
        .where(AgendaItem.meeting_id.in_(meetings))
        .values(sequence=AgendaItem.sequence + 1)
    )
