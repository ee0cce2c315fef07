"""Making one record from the same-named fields of another object (a record or a row)."""

from __future__ import annotations

from typing import Any, TypeVar

RecordT = TypeVar("RecordT")


def copy_fields(record_type: type[RecordT], source: object, **others: Any) -> RecordT:
    """A ``record_type`` whose fields are ``source``'s attributes of the same names, but
    for those given in ``others`` (e.g. the editable draft of a record, or a record of a row)."""
    fields = record_type.__dataclass_fields__  # type: ignore[attr-defined]
    return record_type(
        **{name: getattr(source, name) for name in fields if name not in others}, **others
    )
