"""What stands between a declaration and its final print: the pre-print check.

``problems`` refuse a final print (and marking the declaration final); ``missing`` lists
what the protocol office still waits for (full powers, credentials letters) and ``notes``
what it must know (signatures ad referendum): both are shown before printing, neither
refuses it.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass

from anmc_desktop.errors import UserFacingError
from anmc_desktop.records.declarations import DeclarationRecord, SignatoryRecord
from anmc_desktop.records.languages import language_name


class FindingKind(enum.Enum):
    """What the check found; the fields of ``Finding`` it uses are named in brackets."""

    NO_TITLE = "no_title"  # language
    NO_CLAUSES = "no_clauses"  # language
    EMPTY_CLAUSE = "empty_clause"  # language, clause
    NO_TESTIMONIUM = "no_testimonium"  # language
    CLAUSE_COUNTS_DIFFER = "clause_counts_differ"  # clause_counts
    NOBODY_SIGNS = "nobody_signs"
    PLACEHOLDER_SIGNATORY = "placeholder_signatory"  # city_name
    NO_FULL_POWERS = "no_full_powers"  # city_name, name
    AD_REFERENDUM = "ad_referendum"  # city_name, name


@dataclass(frozen=True)
class Finding:
    """One thing the check found, as a kind and what it is about: the window words it in
    its language, the command line in English (``english``). ``language`` is the code of
    the text concerned when the declaration has several texts ("" when it has one)."""

    kind: FindingKind
    language: str = ""
    clause: int = 0
    city_name: str = ""
    name: str = ""
    clause_counts: tuple[tuple[str, int], ...] = ()  # (language, number of clauses)

    def english(self) -> str:
        text = f"the {language_name(self.language)} text" if self.language else "the declaration"
        if self.kind is FindingKind.EMPTY_CLAUSE:
            of_text = f" of {text}" if self.language else ""
            return f"clause {self.clause}{of_text} is empty."
        if self.kind is FindingKind.CLAUSE_COUNTS_DIFFER:
            counts = ", ".join(f"{language_name(code)} {n}" for code, n in self.clause_counts)
            return f"the texts differ in their number of clauses: {counts}."
        who = f"{self.city_name} ({self.name})"
        return ENGLISH[self.kind].format(text=text, city=self.city_name, who=who)


ENGLISH = {
    FindingKind.NO_TITLE: "{text} has no title.",
    FindingKind.NO_CLAUSES: "{text} has no clauses.",
    FindingKind.NO_TESTIMONIUM: "{text} has no testimonium: type it (no formula is known here).",
    FindingKind.NOBODY_SIGNS: "nobody signs the declaration yet.",
    FindingKind.PLACEHOLDER_SIGNATORY: (
        "the signatory for {city} is a placeholder (to be confirmed)."
    ),
    FindingKind.NO_FULL_POWERS: "no full powers or credentials letter from {who} yet.",
    FindingKind.AD_REFERENDUM: "{who} signs ad referendum.",
}


@dataclass(frozen=True)
class PrePrintCheck:
    problems: tuple[Finding, ...] = ()
    missing: tuple[Finding, ...] = ()
    notes: tuple[Finding, ...] = ()

    @property
    def findings(self) -> tuple[Finding, ...]:
        return (*self.problems, *self.missing, *self.notes)

    def report(self) -> str:
        """Everything found in English, one item to a line ("" when all is ready)."""
        return "\n".join(f"- {finding.english()}" for finding in self.findings)


class FinalPrintRefusedError(UserFacingError):
    """A final print (or marking final) while the pre-print check finds problems."""

    def __init__(self, check: PrePrintCheck, action: str = "printed as final") -> None:
        self.check = check
        reasons = "\n".join(f"- {problem.english()}" for problem in check.problems)
        super().__init__(f"The declaration cannot be {action}:\n{reasons}")


def _about(signatory: SignatoryRecord, kind: FindingKind) -> Finding:
    name = signatory.latin_name or signatory.native_name
    return Finding(kind, city_name=signatory.city_name, name=name)


def pre_print_check(
    declaration: DeclarationRecord, signatories: Sequence[SignatoryRecord]
) -> PrePrintCheck:
    problems: list[Finding] = []
    several = len(declaration.versions) > 1
    for version in declaration.versions:
        language = version.language if several else ""
        if not version.title.strip():
            problems.append(Finding(FindingKind.NO_TITLE, language))
        if not version.clauses:
            problems.append(Finding(FindingKind.NO_CLAUSES, language))
        problems += [
            Finding(FindingKind.EMPTY_CLAUSE, language, clause=number)
            for number, clause in enumerate(version.clauses, start=1)
            if not clause.strip()
        ]
        if not declaration.testimonium_of(version).strip():
            problems.append(Finding(FindingKind.NO_TESTIMONIUM, language))
    counts = tuple((v.language, len(v.clauses)) for v in declaration.versions)
    if len({count for _, count in counts}) > 1:
        problems.append(Finding(FindingKind.CLAUSE_COUNTS_DIFFER, clause_counts=counts))
    if not signatories:
        problems.append(Finding(FindingKind.NOBODY_SIGNS))
    problems += [
        Finding(FindingKind.PLACEHOLDER_SIGNATORY, city_name=s.city_name)
        for s in signatories
        if s.is_placeholder
    ]
    missing = tuple(
        _about(s, FindingKind.NO_FULL_POWERS) for s in signatories if not s.credentials_received
    )
    notes = tuple(_about(s, FindingKind.AD_REFERENDUM) for s in signatories if s.ad_referendum)
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
