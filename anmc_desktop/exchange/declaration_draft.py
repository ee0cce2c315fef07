"""A declaration's draft, as paragraphs of a file, read into its parts.

Title, opening paragraph, preamble paragraphs, the transition line (a short line ending in
a colon: "Hereby we declare:"), numbered clauses ("1.", "1)", "-", bullets, or a Word list),
the testimonium ("Done at ...", "Совершено ..."), and signature blocks ("For Hanoi", then
the name and the position). What belongs to none of them (page numbers, scanning debris,
stray marks, the app's own page furniture) is listed with the reason, never placed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from anmc_desktop.records.declarations import (
    DeclarationVersion,
    ParsedDeclaration,
    SignatureBlockText,
    SourceLine,
    UnplacedLine,
)

_CLAUSE = re.compile(r"^(?:(\d{1,3})[.)]|[-–—•·*▪●])\s*(.*)$")
_PAGE_NUMBER = re.compile(
    r"^(?:page\s*)?[-–—]?\s*\d{1,4}\s*[-–—]?(?:\s*(?:of|/|из)\s*\d{1,4})?$", re.IGNORECASE
)
_FURNITURE = re.compile(
    r"^(?:draft(?: printed on .*)?|initials|confidential|страница \d+|черновик)$", re.IGNORECASE
)
_TESTIMONIUM = re.compile(r"^(?:done (?:at|in|on)\b|совершено\b)", re.IGNORECASE)
_BLOCK = re.compile(r"^(?:For|За)\s+(.+)$")
_ENDS_PARAGRAPH = (".", ":", ";", "!", "?")
_SIGNING_LINE = re.compile(r"^[_.\s]{3,}$|^\(?signature\)?$|^\(?подпись\)?$", re.IGNORECASE)
_TRANSITION_LENGTH = 100


@dataclass
class _Draft:
    title: str = ""
    opening: str = ""
    preamble: list[str] = field(default_factory=list)
    transition: str = ""
    clauses: list[str] = field(default_factory=list)
    numbers: dict[int, int] = field(default_factory=dict)  # clause number -> its line
    testimonium: str = ""
    blocks: list[SignatureBlockText] = field(default_factory=list)
    unplaced: list[UnplacedLine] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def starts_paragraph(text: str) -> bool:
    """A clause number or bullet, a testimonium or a signature block begins here."""
    return bool(_CLAUSE.match(text) or _TESTIMONIUM.match(text) or _BLOCK.match(text))


def continues(before: str, line: str) -> bool:
    """Whether, in a text file, ``line`` goes on the paragraph whose last line is
    ``before`` (a paragraph wrapped over several lines)."""
    return not (
        before.endswith(_ENDS_PARAGRAPH) or starts_paragraph(line) or debris(line) or debris(before)
    )


def debris(text: str) -> str | None:
    """Why a line is no part of a declaration, or None."""
    if _PAGE_NUMBER.match(text):
        return "a page number"
    if _FURNITURE.match(text):
        return "page furniture"
    if not any(character.isalpha() for character in text):
        return "no words (a stray mark or scanning debris)"
    if len(text) <= 2:
        return "too short to be text (a stray mark)"
    return None


def parse_draft(lines: Sequence[SourceLine], language: str = "en") -> ParsedDeclaration:
    draft = _Draft()
    part = "title"
    for line in lines:
        if part == "blocks" and _SIGNING_LINE.match(line.text):
            continue  # the line to sign on
        reason = debris(line.text)
        if reason:
            draft.unplaced.append(UnplacedLine(line.number, line.text, reason))
        else:
            part = _place(draft, part, line)
    if not draft.title:
        draft.problems.append("the draft has no title.")
    if not draft.clauses:
        draft.problems.append("the draft has no numbered clauses.")
    return ParsedDeclaration(
        text=DeclarationVersion(
            language=language,
            title=draft.title,
            opening=draft.opening,
            preamble=tuple(draft.preamble),
            transition=draft.transition,
            clauses=tuple(draft.clauses),
        ),
        testimonium=draft.testimonium,
        blocks=tuple(draft.blocks),
        unplaced=tuple(draft.unplaced),
        problems=tuple(draft.problems),
    )


def _place(draft: _Draft, part: str, line: SourceLine) -> str:
    """Put the line where it belongs; return the part the draft is in after it."""
    text = line.text
    block = _BLOCK.match(text)
    if block and part in ("clauses", "testimonium", "blocks"):
        draft.blocks.append(SignatureBlockText(line.number, block.group(1).strip()))
        return "blocks"
    if part == "blocks":
        return _block_line(draft, line)
    if part == "title":
        draft.title = text
        return "opening"
    if _TESTIMONIUM.match(text) and part != "opening":
        draft.testimonium = text
        return "testimonium"
    clause = _CLAUSE.match(text)
    if clause or line.numbered:
        return _clause(draft, line, clause)
    if part == "testimonium":
        draft.testimonium = f"{draft.testimonium} {text}"
        return part
    if part == "clauses":
        draft.clauses[-1] = f"{draft.clauses[-1]} {text}"  # a clause in several paragraphs
        return part
    if text.endswith(":") and len(text) <= _TRANSITION_LENGTH:
        draft.transition = text
        return "transition"
    if part == "transition":  # text after the transition without a number: a clause
        return _clause(draft, line, None)
    if part == "opening" and not draft.opening:
        draft.opening = text
    else:
        draft.preamble.append(text)
    return "preamble"


def _clause(draft: _Draft, line: SourceLine, marker: re.Match[str] | None) -> str:
    text = marker.group(2) if marker else line.text
    number = int(marker.group(1)) if marker and marker.group(1) else None
    if number is not None:
        if number in draft.numbers:
            draft.problems.append(
                f"clause number {number} appears twice (lines {draft.numbers[number]} and "
                f"{line.number})."
            )
        draft.numbers[number] = line.number
    draft.clauses.append(text)
    return "clauses"


def _block_line(draft: _Draft, line: SourceLine) -> str:
    """The name, then the position (a position on several lines is joined)."""
    block = draft.blocks[-1]
    if not block.name:
        draft.blocks[-1] = SignatureBlockText(block.line, block.city, line.text)
    elif not block.position:
        draft.blocks[-1] = SignatureBlockText(block.line, block.city, block.name, line.text)
    else:
        position = f"{block.position} {line.text}"
        draft.blocks[-1] = SignatureBlockText(block.line, block.city, block.name, position)
    return "blocks"
