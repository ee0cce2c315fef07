"""The pre-print check's findings worded in the window's language (the check gives them as
kinds and names, records/declaration_check.py; ``Finding.english`` is the command line's)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from anmc_desktop.records.declaration_check import Finding, FindingKind, PrePrintCheck
from anmc_desktop.ui.labels import language_label
from anmc_desktop.ui.translation import translate

# {city} is a city's name, {name} its signatory's; {language} a text's language.
OF_THE_DECLARATION = {
    FindingKind.NO_TITLE: QT_TRANSLATE_NOOP("check", "The declaration has no title."),
    FindingKind.NO_CLAUSES: QT_TRANSLATE_NOOP("check", "The declaration has no clauses."),
    FindingKind.EMPTY_CLAUSE: QT_TRANSLATE_NOOP("check", "Clause {clause} is empty."),
    FindingKind.NO_TESTIMONIUM: QT_TRANSLATE_NOOP(
        "check", "The declaration has no testimonium: type it (no formula is known here)."
    ),
}
OF_A_TEXT = {
    FindingKind.NO_TITLE: QT_TRANSLATE_NOOP("check", "The text in {language} has no title."),
    FindingKind.NO_CLAUSES: QT_TRANSLATE_NOOP("check", "The text in {language} has no clauses."),
    FindingKind.EMPTY_CLAUSE: QT_TRANSLATE_NOOP(
        "check", "Clause {clause} of the text in {language} is empty."
    ),
    FindingKind.NO_TESTIMONIUM: QT_TRANSLATE_NOOP(
        "check", "The text in {language} has no testimonium: type it (no formula is known here)."
    ),
}
OTHERS = {
    FindingKind.CLAUSE_COUNTS_DIFFER: QT_TRANSLATE_NOOP(
        "check", "The texts differ in their number of clauses: {counts}."
    ),
    FindingKind.NOBODY_SIGNS: QT_TRANSLATE_NOOP("check", "Nobody signs the declaration yet."),
    FindingKind.PLACEHOLDER_SIGNATORY: QT_TRANSLATE_NOOP(
        "check", "The signatory for {city} is a placeholder (to be confirmed)."
    ),
    FindingKind.NO_FULL_POWERS: QT_TRANSLATE_NOOP(
        "check", "No full powers or credentials letter from {city} ({name}) yet."
    ),
    FindingKind.AD_REFERENDUM: QT_TRANSLATE_NOOP("check", "{city} ({name}) signs ad referendum."),
}


def finding_text(finding: Finding) -> str:
    if finding.kind in OTHERS:
        wording = OTHERS[finding.kind]
    else:
        wording = (OF_A_TEXT if finding.language else OF_THE_DECLARATION)[finding.kind]
    counts = translate("check", ", ").join(
        translate("check", "{language}: {count}").format(language=language_label(code), count=count)
        for code, count in finding.clause_counts
    )
    return translate("check", wording).format(
        language=language_label(finding.language),
        clause=finding.clause,
        counts=counts,
        city=finding.city_name,
        name=finding.name,
    )


def findings_text(findings: tuple[Finding, ...]) -> str:
    """One finding to a line, like the command line's report."""
    return "\n".join(f"- {finding_text(finding)}" for finding in findings)


def check_text(check: PrePrintCheck | None) -> str:
    """What the print dialog shows of the check ("" without a declaration)."""
    if check is None:
        return ""
    return findings_text(check.findings) or translate(
        "forms.print_options_form", "Ready: nothing missing."
    )
