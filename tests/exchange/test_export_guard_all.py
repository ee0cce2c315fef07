"""guard_all, which the CSV writer applies a column at a time, guards exactly as guard does."""

from __future__ import annotations

import pytest
from injection_corpus import PAYLOADS

from anmc_desktop.exchange.formula_guard import guard, guard_all

PLAIN = ("Tomsk", "", "Ольга", "佐藤", "a=b", "x+1", "0", "'quoted'", "yes")


@pytest.mark.parametrize("payload", PAYLOADS)
def test_a_payload_anywhere_in_a_column_is_guarded(payload: str):
    for column in ([payload], [*PLAIN, payload], [payload, *PLAIN], [*PLAIN, payload, *PLAIN]):
        assert list(guard_all(column)) == [guard(value) for value in column]
        assert guard(payload) in guard_all(column)


def test_a_plain_column_comes_back_as_it_is_and_nul_inside_a_value_changes_nothing():
    for column in (list(PLAIN), [], [""], ["a\0=1", "b\0"], ["\0", "=1\0"], ["a\0", "=1"]):
        assert list(guard_all(column)) == [guard(value) for value in column]
    clear = ("Tomsk", "", "Ольга", "a=b", "x+1")
    assert guard_all(clear) is clear
