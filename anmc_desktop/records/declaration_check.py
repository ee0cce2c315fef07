"""What stands between a declaration and its final print: the pre-print check.

``problems`` refuse a final print (and marking the declaration final); ``missing`` lists
what the protocol office still waits for (full powers, credentials letters) and ``notes``
what it must know (signatures ad referendum): both are shown before printing, neither
refuses it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from anmc_desktop.errors import UserFacingError
from anmc_desktop.records.declarations import DeclarationRecord, SignatoryRecord


@dataclass(frozen=True)
class PrePrintCheck:
    problems: tuple[str, ...] = ()
    missing: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()

    def report(self) -> str:
        """Everything found, one item to a line ("" when all is ready)."""
        return "\n".join(f"- {line}" for line in (*self.problems, *self.missing, *self.notes))


class FinalPrintRefusedError(UserFacingError):
    """A final print (or marking final) while the pre-print check finds problems."""

    def __init__(self, check: PrePrintCheck, action: str = "printed as final") -> None:
        self.check = check
        reasons = "\n".join(f"- {problem}" for problem in check.problems)
        super().__init__(f"The declaration cannot be {action}:\n{reasons}")


def who(signatory: SignatoryRecord) -> str:
    """Like "Seoul (Im Jong-seok)"."""
    return f"{signatory.city_name} ({signatory.latin_name or signatory.native_name})"


def pre_print_check(
    declaration: DeclarationRecord, signatories: Sequence[SignatoryRecord]
) -> PrePrintCheck:
    problems: list[str] = []
    if not declaration.title.strip():
        problems.append("the declaration has no title.")
    if not declaration.clauses:
        problems.append("the declaration has no clauses.")
    problems += [
        f"clause {number} is empty."
        for number, text in enumerate(declaration.clauses, start=1)
        if not text.strip()
    ]
    if not signatories:
        problems.append("nobody signs the declaration yet.")
    problems += [
        f"the signatory for {s.city_name} is a placeholder (to be confirmed)."
        for s in signatories
        if s.is_placeholder
    ]
    missing = tuple(
        f"no full powers or credentials letter from {who(s)} yet."
        for s in signatories
        if not s.credentials_received
    )
    notes = tuple(f"{who(s)} signs ad referendum." for s in signatories if s.ad_referendum)
    return PrePrintCheck(tuple(problems), missing, notes)


def refuse_unless_ready(
    declaration: DeclarationRecord,
    signatories: Sequence[SignatoryRecord],
    action: str = "printed as final",
) -> PrePrintCheck:
    """The check; FinalPrintRefusedError if it finds a problem."""
    check = pre_print_check(declaration, signatories)
    if check.problems:
        raise FinalPrintRefusedError(check, action)
    return check
