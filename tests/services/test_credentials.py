"""Full powers and signatures ad referendum, per signatory, and what the pre-print check
says of them."""

from __future__ import annotations

import pytest

from anmc_desktop.records.declarations import choices_of
from anmc_desktop.services import Services


def _signatories(services: Services, meeting_id: int):
    declaration = services.declarations.get_for_meeting(meeting_id)
    assert declaration is not None
    return declaration, services.declarations.list_signatories(declaration.id)


def test_credentials_are_recorded_and_kept_through_a_new_signing_order(
    services: Services, sample_meeting_id: int
) -> None:
    declaration, signatories = _signatories(services, sample_meeting_id)
    seoul = next(s for s in signatories if s.city_name == "Seoul")
    # WHEN Seoul's full powers arrive and it is to sign ad referendum
    changed = services.declarations.set_signatory_credentials(seoul.id, True, True)
    assert (changed.credentials_received, changed.ad_referendum) == (True, True)
    # AND the signatories are placed again (as undo of a new order does)
    _, now = _signatories(services, sample_meeting_id)
    services.declarations.set_signatories(declaration.id, list(reversed(choices_of(now))))
    # THEN Seoul keeps both, the others have neither
    _, after = _signatories(services, sample_meeting_id)
    flags = {s.city_name: (s.credentials_received, s.ad_referendum) for s in after}
    assert flags.pop("Seoul") == (True, True)
    assert set(flags.values()) == {(False, False)}


def test_credentials_change_on_a_final_declaration(
    services: Services, sample_meeting_id: int
) -> None:
    declaration, signatories = _signatories(services, sample_meeting_id)
    services.declarations.mark_final(declaration.id)
    services.declarations.set_signatory_credentials(signatories[0].id, True, False)
    _, after = _signatories(services, sample_meeting_id)
    assert after[0].credentials_received


@pytest.mark.parametrize("received", [(), ("Hanoi", "Seoul", "Tokyo", "Ulaanbaatar", "Tomsk")])
def test_the_pre_print_check_lists_missing_full_powers_and_ad_referendum(
    services: Services, sample_meeting_id: int, received: tuple[str, ...]
) -> None:
    _, signatories = _signatories(services, sample_meeting_id)
    for signatory in signatories:
        services.declarations.set_signatory_credentials(
            signatory.id, signatory.city_name in received, signatory.city_name == "Tokyo"
        )
    check = services.declarations.pre_print_check(sample_meeting_id)
    assert check is not None
    # THEN nothing refuses the print, but every missing letter is named
    assert check.problems == ()
    expected = [
        f"no full powers or credentials letter from {s.city_name} ({s.latin_name}) yet."
        for s in signatories
        if s.city_name not in received
    ]
    assert [finding.english() for finding in check.missing] == expected
    assert [finding.english() for finding in check.notes] == [
        "Tokyo (Yoichi Masuzoe) signs ad referendum."
    ]
    assert "Tokyo (Yoichi Masuzoe) signs ad referendum." in check.report()


def test_a_meeting_without_a_declaration_has_no_check(services: Services) -> None:
    assert services.declarations.pre_print_check(999) is None
