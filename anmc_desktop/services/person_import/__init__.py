"""Import the persons of a meeting from a spreadsheet: preview, apply in one go, undo.

``preview`` reads nothing but the database and reports every row as new, update,
unchanged or error; ``apply`` checks the rows inside one write transaction and writes
every row or none; ``undo`` reverts an applied import, unless its records have been
changed since. Rows are validated by the same ``check_person`` as the forms.

The checks are a pure function of the rows, the column mapping and what is read from the
database (the cities and the meeting's delegations and persons, as plain rows). So apply
reads those again in its transaction and, when they and the rows equal the preview's,
writes the previewed plan instead of checking 20,000 rows twice. Persons are written with
one insert (on SQLite the driver's executemany with the ids given) and one Core update for
all rows, and logged with the change log's bulk API, since the ORM's flush events do not
see Core statements.

The modules, in the order an import uses them: ``service`` (the facade), ``basis`` (what
is read from the database), ``columns`` and ``cells`` (a row's texts and typed values),
``names``, ``matching`` (the delegation and person a row means), ``plan``, ``writing``
and ``undo``. The records an import returns live in ``anmc_desktop.records.person_import``.
"""

from anmc_desktop.services.person_import.service import (
    COLUMN_CHOICES_FILE,
    ImportRefusedError,
    PersonImportService,
)

__all__ = ["COLUMN_CHOICES_FILE", "ImportRefusedError", "PersonImportService"]
