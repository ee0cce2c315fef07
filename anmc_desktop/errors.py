"""Errors that carry a message meant for the organizer, as opposed to bugs."""

from __future__ import annotations

from dataclasses import dataclass


class UserFacingError(Exception):
    """A known failure whose message can be shown to the user as it is."""


@dataclass(frozen=True)
class FieldError:
    field: str
    reason: str

    def __str__(self) -> str:
        return f"{self.field}: {self.reason}"


class ValidationError(UserFacingError):
    """Input that cannot be saved; each problem names its field and the reason."""

    def __init__(self, errors: list[FieldError]) -> None:
        self.errors = errors
        super().__init__("; ".join(str(error) for error in errors))

    @classmethod
    def single(cls, field: str, reason: str) -> ValidationError:
        return cls([FieldError(field, reason)])

    def for_field(self, field: str) -> str | None:
        reasons = [error.reason for error in self.errors if error.field == field]
        return " ".join(reasons) if reasons else None


class NotFoundError(UserFacingError):
    """A record that does not (or no longer) exist."""


class DatabaseOpenError(UserFacingError):
    """A database that cannot be opened: newer schema, foreign file, unreachable server."""


class BrokenRuleError(UserFacingError):
    """The database refused a write that breaks one of its rules (a unique name, a foreign
    key...): a race with another organizer's save, or inconsistent imported data."""

    def __init__(self, message: str, rule: str) -> None:
        self.rule = rule
        super().__init__(message)
