"""Loading a record by id inside a unit of work, or saying that it is gone."""

from __future__ import annotations

from typing import TypeVar

from sqlalchemy.orm import Session

from anmc_desktop.errors import NotFoundError

ModelT = TypeVar("ModelT")


def get_or_raise(session: Session, model: type[ModelT], record_id: int, what: str) -> ModelT:
    record = session.get(model, record_id)
    if record is None:
        raise not_found(what, record_id)
    return record


def not_found(what: str, record_id: int) -> NotFoundError:
    return NotFoundError(f"{what} {record_id} does not exist (it may have been deleted).")
