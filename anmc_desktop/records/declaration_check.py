"""What stands between a declaration and its final print: the pre-print check.

``problems`` refuse a final print (and marking the declaration final); ``missing`` lists
what the protocol office still waits for, shown before printing without refusing it.
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

    def report(self) -> str:
        """Every problem and missing item, one to a line ("" when nothing is to say)."""
        return "\n".join(f"- {line}" for line in (*self.problems, *self.missing))


class FinalPrintRefusedError(UserFacingError):
    """A final print (or marking final) while the pre-print check finds problems."""

    def __init__(self, check: PrePrintCheck, action: str = "printed as final") -> None:
        self.check = check
        reasons = "\n".join(f"- {problem}" for problem in check.problems)
        super().__init__(f"The declaration cannot be {action}:\n{reasons}")


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
    return PrePrintCheck(tuple(problems))


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
