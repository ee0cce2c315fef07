"""Hypothesis strategies for the values the fuzzers feed the entry points: hostile texts,
JSON values, spreadsheet cells, and byte-level mutations of real files."""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from typing import Any

from hypothesis import strategies as st

# Texts that broke or nearly broke something once (issue 15), beside random ones.
TRICKY_TEXTS = (
    "",
    " ",
    "0",
    "-1",
    "1e309",
    "NaN",
    "99999999999999999999999",
    "\u200b=1+1",
    '=HYPERLINK("http://x")',
    "\u202eevil\u202c",
    "\u2066isolate\u2069",
    "\udcff",  # an undecodable byte of a command-line argument (surrogateescape)
    "\ud800",  # a lone surrogate
    "\x00",
    "a\r\nb",
    "x" * 5000,
    "Ханой",
    "울란바토르",
    "東京都",
    "%s%n",
    "${jndi:x}",
    "2014-09-04T10:00",
    "2014-02-30",
    "+7 (3822) 12-34-56",
)

texts = st.one_of(st.text(max_size=30), st.sampled_from(TRICKY_TEXTS))

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=True, allow_infinity=True)
    | texts,
    lambda children: st.lists(children, max_size=4) | st.dictionaries(texts, children, max_size=4),
    max_leaves=12,
)

datetimes = st.datetimes(
    min_value=dt.datetime(1, 1, 1), max_value=dt.datetime(9999, 12, 31)
) | st.datetimes(timezones=st.timezones())


@st.composite
def byte_mutations(draw: st.DrawFn) -> list[tuple[str, int, bytes]]:
    """Edits (kind, where as a fraction of a million, bytes) applied by ``mutated``."""
    kinds = st.sampled_from(["flip", "insert", "delete", "truncate", "overwrite"])
    return draw(
        st.lists(
            st.tuples(kinds, st.integers(0, 999_999), st.binary(min_size=1, max_size=8)),
            min_size=1,
            max_size=4,
        )
    )


def mutated(content: bytes, edits: list[tuple[str, int, bytes]]) -> bytes:
    data = bytearray(content)
    for kind, where, payload in edits:
        at = len(data) * where // 1_000_000
        if kind == "flip" and data:
            data[at % len(data)] ^= payload[0] or 1
        elif kind == "insert":
            data[at:at] = payload
        elif kind == "delete":
            del data[at : at + len(payload)]
        elif kind == "truncate":
            del data[at:]
        else:
            data[at : at + len(payload)] = payload
    return bytes(data)


def mutated_zip_member(content: bytes, member: int, edits: list[tuple[str, int, bytes]]) -> bytes:
    """The workbook with one of its inner files (sheet XML, styles...) mutated and zipped
    again, so that the mutation reaches the XML reader past the zip's checksums."""
    source = zipfile.ZipFile(io.BytesIO(content))
    names = source.namelist()
    target = names[member % len(names)]
    output = io.BytesIO()
    with zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED) as rezipped:
        for name in names:
            data = source.read(name)
            rezipped.writestr(name, mutated(data, edits) if name == target else data)
    return output.getvalue()


def json_paths(document: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every place in a JSON document (keys and list indexes), the document itself first."""
    found = [prefix]
    if isinstance(document, dict):
        for key, value in document.items():
            found += json_paths(value, (*prefix, key))
    elif isinstance(document, list):
        for index, value in enumerate(document):
            found += json_paths(value, (*prefix, index))
    return found


def with_edit(document: Any, path: tuple[Any, ...], kind: str, value: Any) -> Any:
    """The document with the value at ``path`` replaced, removed, or given a new key."""
    if not path:
        return value if kind == "replace" else document
    parent = document
    for step in path[:-1]:
        parent = parent[step]
    last = path[-1]
    if kind == "replace":
        parent[last] = value
    elif kind == "delete":
        del parent[last]
    elif isinstance(parent[last], dict):
        parent[last][str(value)[:20]] = value
    elif isinstance(parent[last], list):
        parent[last].append(value)
    return document
