"""A meeting file whose records contradict each other is refused before anything is written,
with every problem named by its place in the file."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from meeting_files import exported, imported, refused

from anmc_desktop.records.meeting_transfer import IfAlreadyThere
from anmc_desktop.services import Services
from anmc_desktop.services.meeting_transfer import MeetingTransferService

Change = Callable[[dict[str, Any]], None]
# The sample's delegations in the file, by city name (the file lists them alphabetically).
BANGKOK, HANOI, SEOUL, TOKYO, TOMSK, YANGON = 0, 2, 6, 8, 9, 11


def _person_numbers(document: dict[str, Any], index: int) -> list[int]:
    return [p["number"] for p in document["delegations"][index]["persons"]]


def _give_proxy(document: dict[str, Any], giver: int, holder: str) -> None:
    document["delegations"][giver].update(status="proxy", proxy_to=holder)


def _second_seoul(document: dict[str, Any]) -> None:
    document["delegations"][SEOUL + 1]["city"] = "Seoul"


def _same_number_twice(document: dict[str, Any]) -> None:
    document["delegations"][TOKYO]["persons"][0]["number"] = _person_numbers(document, SEOUL)[0]


def _cycle(document: dict[str, Any]) -> None:
    _give_proxy(document, SEOUL, "Tokyo")
    _give_proxy(document, TOKYO, "Seoul")


def _long_cycle(document: dict[str, Any]) -> None:
    _give_proxy(document, SEOUL, "Tokyo")
    _give_proxy(document, TOKYO, "Hanoi")
    _give_proxy(document, HANOI, "Seoul")


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (_second_seoul, "delegations[7]: Seoul is listed twice (also delegations[6])"),
        (
            lambda d: d["cities"].append(dict(d["cities"][0])),
            "cities[12]: Bangkok is listed twice (also cities[0])",
        ),
        (_same_number_twice, "delegations[8].persons[0].number: 7 is also the number of"),
        (
            lambda d: d["delegations"][SEOUL].update(proxy_to="Atlantis", status="proxy"),
            "delegations[6].proxy_to: no delegation of 'Atlantis' in the file",
        ),
        (
            lambda d: d["agenda"][1].update(speakers=[1, 999]),
            "agenda[1].speakers[1]: no person 999 in the file",
        ),
        (
            lambda d: d["declarations"][0]["signatories"][0].update(person=999),
            "declarations[0].signatories[0].person: no person 999 in the file",
        ),
        (
            lambda d: d["declarations"][0]["signatories"][0].update(city="Atlantis"),
            "declarations[0].signatories[0].city: no delegation of 'Atlantis' in the file",
        ),
        (
            lambda d: d["declarations"][0]["signatories"][0].update(person=1),
            "declarations[0].signatories[0].person: person 1 is of Bangkok, not of Hanoi",
        ),
        (lambda d: d["meeting"].update(host_city="Atlantis"), "meeting.host_city: 'Atlantis'"),
        (_cycle, "delegations[6].proxy_to: the proxies go round: Seoul -> Tokyo -> Seoul"),
        (
            _long_cycle,
            "delegations[2].proxy_to: the proxies go round: Hanoi -> Seoul -> Tokyo -> Hanoi",
        ),
        (
            lambda d: _give_proxy(d, SEOUL, "Yangon"),
            "delegations[6].proxy_to: Yangon cannot hold a proxy: it is proxy given itself",
        ),
        (
            lambda d: _give_proxy(d, SEOUL, "Seoul"),
            "delegations[6].proxy_to: Seoul cannot give its proxy to itself",
        ),
        (
            lambda d: d["agenda"].append(dict(d["agenda"][0])),
            "agenda[7].uuid: also the identity of agenda[0]",
        ),
    ],
    ids=[
        "city twice among delegations",
        "city twice among cities",
        "two persons with one number",
        "proxy to a city without delegation",
        "speaker not in the file",
        "signatory not in the file",
        "signatory city without delegation",
        "signatory of another city",
        "host city not in the file",
        "proxy cycle",
        "longer proxy cycle",
        "proxy to a delegation that gave its own",
        "proxy to itself",
        "agenda item twice",
    ],
)
def test_a_contradicting_file_is_refused_with_the_place_and_nothing_is_written(
    services: Services, sample_meeting_id: int, change: Change, message: str
):
    # GIVEN the sample meeting's file with a contradiction (and a proxy already given by
    # Yangon to Bangkok), to be imported as a new meeting
    document = exported(MeetingTransferService(services.database), sample_meeting_id)
    _give_proxy(document, YANGON, "Bangkok")
    change(document)

    # WHEN it is imported THEN nothing at all is written (refused() checks), and the
    # message points into the file
    assert message in refused(services, document)


def test_every_contradiction_of_a_file_is_named_at_once(services: Services, sample_meeting_id: int):
    # GIVEN a file with a city listed twice, a proxy cycle and a dangling moderator
    document = exported(MeetingTransferService(services.database), sample_meeting_id)
    _second_seoul(document)
    _cycle(document)
    document["agenda"][0]["moderator"] = 4242

    # WHEN it is imported THEN each problem is named, one per line, under the file's name
    lines = refused(services, document).splitlines()
    assert lines[0] == "bad.json was not imported: 3 problems."
    assert any("delegations[7]: Seoul is listed twice" in line for line in lines)
    assert any("the proxies go round" in line for line in lines)
    assert any("agenda[0].moderator: no person 4242 in the file" in line for line in lines)


def test_unknown_keys_are_listed_not_dropped_silently(services: Services, sample_meeting_id: int):
    # GIVEN a file with keys this version does not know, at several depths
    transfer = MeetingTransferService(services.database)
    document = exported(transfer, sample_meeting_id)
    document["sponsor"] = "ACME"
    document["delegations"][SEOUL]["persons"][0]["nickname"] = "Boss"
    document["agenda"][2]["stream_url"] = "https://example.org"

    # WHEN it is imported
    result = imported(transfer, document, "extra.json", IfAlreadyThere.COPY)

    # THEN the meeting is there and every unknown key is listed, by its place
    assert result.unknown_keys == (
        "delegations[6].persons[0].nickname",
        "agenda[2].stream_url",
        "sponsor",
    )
    assert result.meeting_id != sample_meeting_id
