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
from anmc_desktop.records.languages import language_name


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
    several = len(declaration.versions) > 1
    for version in declaration.versions:
        text = f"the {language_name(version.language)} text" if several else "the declaration"
        if not version.title.strip():
            problems.append(f"{text} has no title.")
        if not version.clauses:
            problems.append(f"{text} has no clauses.")
        problems += [
            f"clause {number} of {text} is empty." if several else f"clause {number} is empty."
            for number, clause in enumerate(version.clauses, start=1)
            if not clause.strip()
        ]
        if not declaration.testimonium_of(version).strip():
            problems.append(f"{text} has no testimonium: type it (no formula is known here).")
    counts = {len(version.clauses) for version in declaration.versions}
    if len(counts) > 1:
        problems.append(
            "the texts differ in their number of clauses: "
            + ", ".join(
                f"{language_name(v.language)} {len(v.clauses)}" for v in declaration.versions
            )
            + "."
        )
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
