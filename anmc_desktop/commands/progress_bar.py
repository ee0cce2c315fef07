"""The command line's progress bar: on stderr when it is a terminal, or with --progress;
nothing in scripts (or with --no-progress), so output stays what scripts read. Its steps
are named in the command line's language (command_language.py)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TextIO

from anmc_desktop.commands.command_language import StepWords, command_language
from anmc_desktop.progress import Progress

BAR_WIDTH = 30


class ProgressBar:
    """``Drawing the pages [#########.....................]: 6,000 of 20,000``, redrawn in
    place (carriage return) only when the step or the shown share changes."""

    def __init__(self, stream: TextIO, words: StepWords | None = None) -> None:
        self._stream = stream
        self._words = words or StepWords()
        self._shown: tuple[str, int] | None = None

    def __call__(self, name: str, done: int, total: int) -> None:
        filled = BAR_WIDTH * done // total if total else 0
        if self._shown == (name, filled):
            return
        self._shown = (name, filled)
        step = self._words.step(name)
        if total:
            bar = f"{step} [{'#' * filled}{'.' * (BAR_WIDTH - filled)}]"
            line = self._words.count(bar, done, total)
        else:
            line = f"{step}..."
        self._stream.write(f"\r\033[K{line}")
        self._stream.flush()

    def finish(self) -> None:
        if self._shown is not None:
            self._stream.write("\n")
            self._stream.flush()


def add_progress_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--progress",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="a progress bar on stderr (default: only when stderr is a terminal)",
    )


@contextmanager
def progress_for(arguments: argparse.Namespace) -> Iterator[Progress]:
    """A Progress that draws the bar if wanted; the bar's line is ended afterwards."""
    stream = sys.stderr
    wanted = getattr(arguments, "progress", None)
    if wanted is None:
        wanted = stream.isatty()
    if not wanted:
        yield Progress()
        return
    bar = ProgressBar(stream, StepWords.of(command_language(getattr(arguments, "language", None))))
    try:
        yield Progress(bar)
    finally:
        bar.finish()
