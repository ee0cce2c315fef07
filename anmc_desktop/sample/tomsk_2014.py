"""Facts of the reference meeting: the 13th Plenary Meeting of the ANMC21, Tomsk, 2014.

Times and rooms of the agenda are our choice (no moderators or speakers: the
facts name none); the declaration's sentences are our own
wording of the clauses the facts summarize. Heads the facts do not name are placeholders.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from anmc_desktop.records.enums import AgendaKind, PersonRole


@dataclass(frozen=True)
class SampleCity:
    name_en: str
    name_local: str
    country: str
    time_zone: str
    member_since: dt.date | None = None


@dataclass(frozen=True)
class SamplePerson:
    city: str
    given_name: str
    family_name: str
    family_name_first: bool
    native_name: str
    honorific: str
    position: str
    role: PersonRole


@dataclass(frozen=True)
class SampleTravel:
    """How a person of the sample comes and goes: our own plausible choice, not the facts."""

    arrival: dt.datetime
    arrival_flight: str
    departure: dt.datetime
    departure_flight: str
    met_by: str
    hotel: str
    room: str
    transport: str
    dietary_needs: str = ""
    access_needs: str = ""
    arrival_point: str = "Tomsk Bogashevo Airport (TOF)"


@dataclass(frozen=True)
class SampleAgendaItem:
    kind: AgendaKind
    title: str
    description: str
    starts_at: dt.datetime
    ends_at: dt.datetime
    room: str


CITIES = (
    SampleCity("Tokyo", "東京", "Japan", "Asia/Tokyo"),
    SampleCity("Taipei", "臺北", "Taipei", "Asia/Taipei"),
    SampleCity("Manila", "Maynila", "Philippines", "Asia/Manila"),
    SampleCity("Jakarta", "Jakarta", "Indonesia", "Asia/Jakarta"),
    SampleCity("Singapore", "新加坡", "Singapore", "Asia/Singapore"),
    SampleCity("Kuala Lumpur", "Kuala Lumpur", "Malaysia", "Asia/Kuala_Lumpur"),
    SampleCity("Bangkok", "กรุงเทพมหานคร", "Thailand", "Asia/Bangkok"),
    SampleCity("Yangon", "ရန်ကုန်", "Myanmar", "Asia/Yangon"),
    SampleCity("Hanoi", "Hà Nội", "Viet Nam", "Asia/Ho_Chi_Minh"),
    SampleCity("Seoul", "서울", "Republic of Korea", "Asia/Seoul"),
    SampleCity("Ulaanbaatar", "Улаанбаатар", "Mongolia", "Asia/Ulaanbaatar"),
    SampleCity("Delhi", "दिल्ली", "India", "Asia/Kolkata"),
    # Joined in June 2012; the facts give the month only.
    SampleCity("Tomsk", "Томск", "Russia", "Asia/Tomsk", dt.date(2012, 6, 1)),
)

HOST = "Tomsk"
DELEGATION_CITIES = (
    "Tokyo",
    "Delhi",
    "Bangkok",
    "Jakarta",
    "Kuala Lumpur",
    "Manila",
    "Seoul",
    "Singapore",
    "Hanoi",
    "Ulaanbaatar",
    "Yangon",
    "Tomsk",
)

MEETING_TITLE = "13th Plenary Meeting of the ANMC21"
MEETING_NUMBER = 13
FIRST_DAY = dt.date(2014, 9, 4)
LAST_DAY = dt.date(2014, 9, 6)
VENUE = "Tomsk Region Administration"
THEME = "Better life through new social initiatives"

PERSONS = (
    SamplePerson(
        "Hanoi", "Hong Son", "Le", True, "Lê Hồng Sơn", "H.E.",
        "Vice Chairman of People's Committee", PersonRole.HEAD,
    ),
    SamplePerson(
        "Seoul", "Jong-seok", "Im", True, "임종석", "H.E.",
        "Mayor Vice of Political Affairs", PersonRole.HEAD,
    ),
    SamplePerson(
        "Tokyo", "Yoichi", "Masuzoe", False, "舛添要一", "H.E.", "Governor", PersonRole.HEAD,
    ),
    SamplePerson(
        "Ulaanbaatar", "Enkhtsengel", "Tseyen", True, "", "H.E.",
        "Deputy Governor in charge of Social Issues", PersonRole.HEAD,
    ),
    SamplePerson(
        "Tomsk", "Sergey", "Zhvachkin", False, "Сергей Жвачкин", "H.E.", "Governor",
        PersonRole.HEAD,
    ),
    SamplePerson(
        "Tomsk", "Alexey", "Knyazev", False, "Алексей Князев", "Mr",
        "Deputy Governor for the Science-and-Education Complex and Innovation Policy; "
        "Chair of the Preparation Committee",
        PersonRole.MEMBER,
    ),
    SamplePerson(
        "Tomsk", "Andrey", "Knorr", False, "Андрей Кнорр", "Mr", "Vice Governor",
        PersonRole.MEMBER,
    ),
    SamplePerson(
        "Tomsk", "Yuri", "Gurdin", False, "Юрий Гурдин", "Mr", "Vice Governor",
        PersonRole.MEMBER,
    ),
    SamplePerson(
        "Tomsk", "Anatoly", "Ivanov", False, "Анатолий Иванов", "Mr",
        "Executive Secretary of the Preparation Committee", PersonRole.STAFF,
    ),
)  # fmt: skip

HOTEL = "Hotel Magistrat"
OTHER_HOTEL = "Hotel Toyan"


def _day(day: int, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime(2014, 9, day, hour, minute)


# Travel of the visiting heads, keyed by family name (ours: the facts give none).
TRAVEL = {
    "Le": SampleTravel(
        _day(3, 6, 40), "S7 5301", _day(7, 8, 35), "S7 5302", "Anatoly Ivanov", HOTEL,
        "301", "Car 1", dietary_needs="no pork",
    ),
    "Im": SampleTravel(
        _day(3, 6, 40), "S7 5301", _day(7, 8, 35), "S7 5302", "Anatoly Ivanov", HOTEL,
        "302", "Car 1",
    ),
    "Masuzoe": SampleTravel(
        _day(3, 14, 5), "SU 1490", _day(6, 17, 0), "SU 1491", "Andrey Knorr", HOTEL,
        "401", "Car 2", dietary_needs="no shellfish",
    ),
    "Tseyen": SampleTravel(
        _day(4, 9, 15), "OM 7011", _day(7, 11, 30), "OM 7012", "Yuri Gurdin", OTHER_HOTEL,
        "12", "Bus 1", dietary_needs="vegetarian", access_needs="step-free room",
    ),
}  # fmt: skip

PLACEHOLDER_FAMILY_NAME = "(to be confirmed)"
PLACEHOLDER_POSITION = "Head of delegation (placeholder: not named in the facts)"


def _at(day: int, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime(2014, 9, day, hour, minute)


AGENDA = (
    SampleAgendaItem(
        AgendaKind.EXHIBITION,
        "Children's painting exhibition",
        "Paintings by children of the member cities.",
        _at(4, 15), _at(4, 18), "Exhibition Hall",
    ),
    SampleAgendaItem(
        AgendaKind.PANEL_DISCUSSION,
        "Panel discussion \"Better life through new social initiatives\"",
        "Involving youth and seniors in social and political life.",
        _at(5, 10), _at(5, 12), "Plenary Hall",
    ),
    SampleAgendaItem(
        AgendaKind.PRESENTATION,
        "Tomsk's work with young people",
        "Student unions, business incubators, the youth parliament and the volunteer "
        "movement.",
        _at(5, 12), _at(5, 13), "Plenary Hall",
    ),
    SampleAgendaItem(
        AgendaKind.PLENARY_SESSION,
        "The social integration of seniors",
        "An exchange of views; Tomsk's support of the horticultural (gardening) movement.",
        _at(5, 14, 30), _at(5, 16, 30), "Plenary Hall",
    ),
    SampleAgendaItem(
        AgendaKind.PERFORMANCE,
        "Presentation and performance of talent groups",
        "",
        _at(5, 19), _at(5, 20, 30), "Concert Hall",
    ),
    SampleAgendaItem(
        AgendaKind.PLENARY_SESSION,
        "Joint projects and pilot programmes",
        "Among them the new pilot project \"Russian Language Education Program\" run by "
        "Tomsk (Russian language training for foreign teachers with Tomsk universities), "
        "and volunteer training for the 2020 Summer Olympics in Tokyo offered by National "
        "Research Tomsk Polytechnic University.",
        _at(6, 10), _at(6, 12), "Plenary Hall",
    ),
    SampleAgendaItem(
        AgendaKind.CEREMONY,
        "Signing of the Tomsk Declaration",
        "",
        _at(6, 12, 30), _at(6, 13), "Plenary Hall",
    ),
)  # fmt: skip

DECLARATION_TITLE = "Tomsk Declaration"
DECLARATION_OPENING = (
    "We, the representatives of Hanoi, Seoul, Tokyo, Ulaanbaatar and Tomsk, gathered in "
    "Tomsk for the 13th Plenary Meeting of the Asian Network of Major Cities 21,"
)
DECLARATION_PREAMBLE = (
    "being aware that the well-being of a city depends on every generation of its residents "
    "taking part in its life,",
    "agreeing that the young and the old alike bring strength to our communities,",
    "acknowledging the value of sharing experience among the member cities of the network,",
    "having conducted fruitful discussions on new social initiatives for a better life,",
)
DECLARATION_CLAUSES = (
    "We will discuss the problems that matter most to our residents and look for solutions "
    "together, paying attention to the needs of every age group.",
    "We will involve young people in the life of our cities through youth organisations, "
    "career and business guidance, healthy lifestyles, volunteering and civic education.",
    "We will support initiatives that bring generations together, in which seniors pass "
    "their expertise on to the young, and we recognise the part sport plays in this.",
    "We will improve our policies and exchange information on the best practices of the "
    "member cities.",
    'We will carry out joint projects and pilot programmes, among them the new "Russian '
    'Language Education Program" pilot proposed by Tomsk.',
    "We will review what the network should become; the Secretariat will circulate the "
    "results of the Tomsk plenary and gather the member cities' views by the end of 2014.",
)
DECLARATION_PLACE = "Tomsk"
DECLARATION_DATE = dt.date(2014, 9, 6)
DECLARATION_ORIGINALS = 5
# Visiting cities alphabetically, the host last: the order of the signed original.
SIGNING_CITIES = ("Hanoi", "Seoul", "Tokyo", "Ulaanbaatar", "Tomsk")
