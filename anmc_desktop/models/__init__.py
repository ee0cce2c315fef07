"""SQLAlchemy typed models: the only place that defines tables."""

from anmc_desktop.models.agenda import AgendaItem, agenda_speaker
from anmc_desktop.models.base import Base
from anmc_desktop.models.change_log import ChangeLogEntry
from anmc_desktop.models.city import City, CityAlias
from anmc_desktop.models.declaration import (
    Declaration,
    DeclarationParagraph,
    DeclarationVersion,
    Signatory,
)
from anmc_desktop.models.delegation import Delegation, Person
from anmc_desktop.models.meeting import Meeting
from anmc_desktop.models.seating import CheckIn, SeatingPlace, SeatingPlan

__all__ = [
    "AgendaItem",
    "Base",
    "ChangeLogEntry",
    "CheckIn",
    "City",
    "CityAlias",
    "Declaration",
    "DeclarationParagraph",
    "DeclarationVersion",
    "Delegation",
    "Meeting",
    "Person",
    "SeatingPlace",
    "SeatingPlan",
    "Signatory",
    "agenda_speaker",
]
