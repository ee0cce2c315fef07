"""Build a large, realistic meeting for benchmarks: names in every script the network uses.

``generate_meeting(database)`` adds 200 cities, a delegation per city, 20,000 persons (one
head per delegation) and 2,000 agenda items inside the meeting's days, in one transaction
with bulk inserts (a few executemany calls, not 20,000 service calls).

    python benchmarks/generate_meeting.py big.db [--size large] [--cities N --persons N ...]

``--size large`` is 1,000 cities, 100,000 persons and 10,000 agenda items (issue 21);
every benchmark script takes ``--size`` through ``add_size_arguments``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import re
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from types import SimpleNamespace

from sqlalchemy import func, insert, select

from anmc_desktop.db import Database, open_database, sqlite_url
from anmc_desktop.models import AgendaItem, City, Delegation, Meeting, Person
from anmc_desktop.records.enums import AgendaKind, DelegationStatus, PersonRole
from anmc_desktop.text import city_search_text, person_search_text

FIRST_DAY = dt.date(2030, 10, 7)
MEETING_DAYS = 4


@dataclass(frozen=True)
class Script:
    """One writing system: sample cities and names, and whether the family name comes first."""

    country: str
    time_zone: str
    cities: tuple[tuple[str, str], ...]  # (English name, local name)
    latin_given: tuple[str, ...]
    latin_family: tuple[str, ...]
    native_given: tuple[str, ...]
    native_family: tuple[str, ...]
    family_name_first: bool
    native_joiner: str = " "


SCRIPTS = (
    Script(
        "Philippines",
        "Asia/Manila",
        (("Manila", "Maynila"), ("Cebu", "Sugbo"), ("Davao", "Dabaw")),
        ("Maria", "Jose", "Ana", "Ramon", "Liza"),
        ("Santos", "Reyes", "Cruz", "Bautista", "Garcia"),
        (),
        (),
        False,
    ),
    Script(
        "Viet Nam",
        "Asia/Ho_Chi_Minh",
        (("Hanoi", "Hà Nội"), ("Hue", "Huế"), ("Da Nang", "Đà Nẵng")),
        ("Hong Son", "Thi Lan", "Van Duc", "Minh Chau", "Quoc Anh"),
        ("Le", "Nguyen", "Tran", "Pham", "Dang"),
        ("Hồng Sơn", "Thị Lan", "Văn Đức", "Minh Châu", "Quốc Anh"),
        ("Lê", "Nguyễn", "Trần", "Phạm", "Đặng"),
        True,
    ),
    Script(
        "Russia",
        "Asia/Tomsk",
        (("Tomsk", "Томск"), ("Novosibirsk", "Новосибирск"), ("Omsk", "Омск")),
        ("Ivan", "Olga", "Sergei", "Natalia", "Dmitry"),
        ("Ivanov", "Petrova", "Smirnov", "Kuznetsova", "Popov"),
        ("Иван", "Ольга", "Сергей", "Наталья", "Дмитрий"),
        ("Иванов", "Петрова", "Смирнов", "Кузнецова", "Попов"),
        False,
    ),
    Script(
        "Republic of Korea",
        "Asia/Seoul",
        (("Seoul", "서울"), ("Busan", "부산"), ("Incheon", "인천")),
        ("Min-jun", "Seo-yeon", "Ji-ho", "Ha-eun", "Do-yun"),
        ("Kim", "Lee", "Park", "Choi", "Jung"),
        ("민준", "서연", "지호", "하은", "도윤"),
        ("김", "이", "박", "최", "정"),
        True,
        "",
    ),
    Script(
        "Japan",
        "Asia/Tokyo",
        (("Tokyo", "東京"), ("Osaka", "大阪"), ("Kyoto", "京都")),
        ("Yoichi", "Sakura", "Takeshi", "Yuki", "Kenji"),
        ("Masuzoe", "Sato", "Suzuki", "Takahashi", "Tanaka"),
        ("要一", "さくら", "武", "雪", "健二"),
        ("舛添", "佐藤", "鈴木", "高橋", "田中"),
        True,
    ),
    Script(
        "Taipei",
        "Asia/Taipei",
        (("Taipei", "臺北"), ("Taichung", "臺中"), ("Tainan", "臺南")),
        ("Wen-je", "Mei-ling", "Chih-wei", "Ya-ting", "Chun-hao"),
        ("Ko", "Chen", "Lin", "Huang", "Wang"),
        ("文哲", "美玲", "志偉", "雅婷", "俊豪"),
        ("柯", "陳", "林", "黃", "王"),
        True,
        "",
    ),
    Script(
        "Thailand",
        "Asia/Bangkok",
        (("Bangkok", "กรุงเทพมหานคร"), ("Chiang Mai", "เชียงใหม่"), ("Phuket", "ภูเก็ต")),
        ("Somchai", "Suda", "Anan", "Kanya", "Niran"),
        ("Sukhumbhand", "Srisai", "Chaiyaporn", "Wongsa", "Boonmee"),
        ("สมชาย", "สุดา", "อนันต์", "กันยา", "นิรันดร์"),
        ("สุขุมพันธุ์", "ศรีสาย", "ชัยพร", "วงศา", "บุญมี"),
        False,
    ),
    Script(
        "Myanmar",
        "Asia/Yangon",
        (("Yangon", "ရန်ကုန်"), ("Mandalay", "မန္တလေး"), ("Naypyidaw", "နေပြည်တော်")),
        ("Hla", "Aung", "Thida", "Kyaw", "Su"),
        ("Myint", "Win", "Oo", "Zaw", "Thant"),
        ("လှ", "အောင်", "သီတာ", "ကျော်", "စု"),
        ("မြင့်", "ဝင်း", "ဦး", "ဇော်", "သန့်"),
        False,
    ),
    Script(
        "India",
        "Asia/Kolkata",
        (("Delhi", "दिल्ली"), ("Mumbai", "मुंबई"), ("Jaipur", "जयपुर")),
        ("Sheila", "Rahul", "Priya", "Amit", "Sunita"),
        ("Dikshit", "Sharma", "Verma", "Gupta", "Singh"),
        ("शीला", "राहुल", "प्रिया", "अमित", "सुनीता"),
        ("दीक्षित", "शर्मा", "वर्मा", "गुप्ता", "सिंह"),
        False,
    ),
)

HONORIFICS = ("H.E.", "Mr.", "Ms.", "Dr.", "Prof.", "")
POSITIONS = {
    PersonRole.HEAD: ("Governor", "Mayor", "Vice Mayor", "Deputy Governor"),
    PersonRole.MEMBER: ("Director of International Affairs", "City Council Member", "Chief"),
    PersonRole.ADVISER: ("Senior Adviser on Urban Planning", "Adviser on Environment"),
    PersonRole.INTERPRETER: ("Interpreter (English)", "Interpreter (Russian)"),
    PersonRole.STAFF: ("Protocol Officer", "Secretary", "Liaison Officer"),
    PersonRole.PRESS: ("Press Officer", "Photographer"),
}
NON_HEAD_ROLES = (
    PersonRole.MEMBER,
    PersonRole.MEMBER,
    PersonRole.ADVISER,
    PersonRole.INTERPRETER,
    PersonRole.STAFF,
    PersonRole.PRESS,
)
SIZES = {
    "default": {"cities": 200, "persons": 20_000, "agenda_items": 2_000},
    "large": {"cities": 1_000, "persons": 100_000, "agenda_items": 10_000},
}
ROOMS = ("Main Hall", "Conference Room A", "Conference Room B", "Banquet Hall", "Foyer")


def _city_rows(count: int, taken: set[str]) -> list[dict[str, object]]:
    """Cities cycling through the scripts; "Tomsk 2", "Tomsk 3"... once the names run out."""
    rows: list[dict[str, object]] = []
    candidate = 0
    per_round = len(SCRIPTS) * len(SCRIPTS[0].cities)
    while len(rows) < count:
        script = SCRIPTS[candidate % len(SCRIPTS)]
        english, local = script.cities[(candidate // len(SCRIPTS)) % len(script.cities)]
        serial = candidate // per_round
        candidate += 1
        if serial:
            english, local = f"{english} {serial + 1}", f"{local} {serial + 1}"
        if english in taken:
            continue
        taken.add(english)
        row: dict[str, object] = {
            "name_en": english,
            "name_local": local,
            "country": script.country,
            "time_zone": script.time_zone,
            "version": 1,
        }
        rows.append(row | {"search_text": city_search_text(SimpleNamespace(**row))})
    return rows


def _ascii(name: str) -> str:
    return re.sub(r"[^a-z]", "", name.lower())


DIETS = ("", "", "", "", "vegetarian", "halal", "no pork", "gluten-free")


def _travel(rng: random.Random, index: int) -> dict[str, object]:
    """Flights, hotel, car and needs for the logistics lists (issue 18)."""
    arrival = dt.datetime.combine(FIRST_DAY, dt.time(rng.randrange(24), rng.randrange(60)))
    arrival -= dt.timedelta(days=rng.randrange(2))
    departure = arrival + dt.timedelta(days=3, hours=rng.randrange(12))
    return {
        "arrival": arrival,
        "departure": departure,
        "arrival_flight": f"XY {rng.randrange(100, 999)}",
        "arrival_point": rng.choice(("Airport T1", "Airport T2", "Central station")),
        "departure_flight": f"XY {rng.randrange(100, 999)}",
        "met_by": f"Host volunteer {index % 40 + 1}",
        "hotel": f"Hotel {index % 25 + 1}",
        "room": str(100 + index % 400),
        "transport": f"Bus {index % 60 + 1}",
        "dietary_needs": rng.choice(DIETS),
        "access_needs": "step-free room" if index % 29 == 0 else "",
    }


def _person_row(
    rng: random.Random, script: Script, delegation_id: int, role: PersonRole, index: int
) -> dict[str, object]:
    pick = index % len(script.latin_given)
    given, family = script.latin_given[pick], script.latin_family[rng.randrange(5)]
    native = ""
    if script.native_given:
        native_given = script.native_given[pick]
        native_family = script.native_family[script.latin_family.index(family)]
        native = script.native_joiner.join(
            (native_family, native_given)
            if script.family_name_first
            else (native_given, native_family)
        )
    position = rng.choice(POSITIONS[role])
    row: dict[str, object] = {
        "delegation_id": delegation_id,
        "given_name": given,
        "family_name": family,
        "family_name_first": script.family_name_first,
        "native_name": native,
        "honorific": "H.E." if role is PersonRole.HEAD else rng.choice(HONORIFICS),
        "position": position,
        "role": role,
        "email": f"{_ascii(given)}.{_ascii(family)}.{index}@example.org",
        "phone": f"+{rng.randrange(1, 99)} {rng.randrange(10**8, 10**9)}",
        **_travel(rng, index),
        "version": 1,
    }
    return row | {"search_text": person_search_text(SimpleNamespace(**row))}


def generate_meeting(
    database: Database, cities: int = 200, persons: int = 20_000, agenda_items: int = 2_000
) -> int:
    """Add one large meeting (and its cities) in one transaction; return the meeting id."""
    if persons < cities:
        raise ValueError("every delegation needs its head: persons must be >= cities")
    rng = random.Random(20140917)
    with database.writing() as session:
        taken = set(session.scalars(select(City.name_en)))
        city_rows = _city_rows(cities, taken)
        city_ids = list(
            session.scalars(
                insert(City).returning(City.id, sort_by_parameter_order=True), city_rows
            )
        )
        next_number = (session.scalar(select(func.max(Meeting.number))) or 0) + 1
        meeting_id = session.scalar(
            insert(Meeting)
            .values(
                title=f"Plenary Meeting No. {next_number} (generated)",
                number=next_number,
                host_city_id=city_ids[0],
                venue="Generated Convention Centre",
                first_day=FIRST_DAY,
                last_day=FIRST_DAY + dt.timedelta(days=MEETING_DAYS - 1),
                theme="A generated meeting for benchmarks",
                version=1,
            )
            .returning(Meeting.id)
        )
        statuses = list(DelegationStatus)
        statuses.remove(DelegationStatus.PROXY)
        delegation_ids = list(
            session.scalars(
                insert(Delegation).returning(Delegation.id, sort_by_parameter_order=True),
                [
                    {
                        "meeting_id": meeting_id,
                        "city_id": city_id,
                        "status": rng.choice(statuses),
                        "notes": "",
                        "version": 1,
                    }
                    for city_id in city_ids
                ],
            )
        )
        person_rows = []
        for index in range(persons):
            slot = index % cities
            role = PersonRole.HEAD if index < cities else rng.choice(NON_HEAD_ROLES)
            person_rows.append(
                _person_row(rng, SCRIPTS[slot % len(SCRIPTS)], delegation_ids[slot], role, index)
            )
        person_ids = list(
            session.scalars(
                insert(Person).returning(Person.id, sort_by_parameter_order=True), person_rows
            )
        )
        agenda_rows = []
        for index in range(agenda_items):
            day = FIRST_DAY + dt.timedelta(days=index % MEETING_DAYS)
            starts = dt.datetime.combine(day, dt.time(8)) + dt.timedelta(
                minutes=15 * rng.randrange(40)
            )
            kind = rng.choice(list(AgendaKind))
            agenda_rows.append(
                {
                    "meeting_id": meeting_id,
                    "kind": kind,
                    "title": f"{kind.label} {index + 1}",
                    "description": f"Session {index + 1} on urban cooperation.",
                    "starts_at": starts,
                    "ends_at": starts + dt.timedelta(minutes=15 * rng.randrange(1, 8)),
                    "room": rng.choice(ROOMS),
                    "moderator_id": rng.choice(person_ids) if index % 4 == 0 else None,
                    "version": 1,
                }
            )
        session.execute(insert(AgendaItem), agenda_rows)
        assert meeting_id is not None
        return meeting_id


def _counts(database: Database, meeting_id: int) -> list[tuple[str, int]]:
    with database.reading() as session:
        delegations = select(Delegation.id).where(Delegation.meeting_id == meeting_id)
        return [
            ("cities", session.scalar(select(func.count(City.id))) or 0),
            (
                "delegations",
                session.scalar(select(func.count()).select_from(delegations.subquery())) or 0,
            ),
            (
                "persons",
                session.scalar(
                    select(func.count(Person.id)).where(Person.delegation_id.in_(delegations))
                )
                or 0,
            ),
            (
                "agenda items",
                session.scalar(
                    select(func.count(AgendaItem.id)).where(AgendaItem.meeting_id == meeting_id)
                )
                or 0,
            ),
        ]


def add_size_arguments(parser: argparse.ArgumentParser) -> None:
    """``--size default|large`` and the counts it sets, each of which may be given alone."""
    parser.add_argument("--size", choices=tuple(SIZES), default="default")
    parser.add_argument("--cities", type=int)
    parser.add_argument("--persons", type=int)
    parser.add_argument("--agenda-items", type=int)


def sized(arguments: argparse.Namespace) -> argparse.Namespace:
    """The arguments with every count not given taken from ``--size``."""
    for name, count in SIZES[arguments.size].items():
        if getattr(arguments, name) is None:
            setattr(arguments, name, count)
    return arguments


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("database", type=Path, help="SQLite file to create or add to")
    add_size_arguments(parser)
    arguments = sized(parser.parse_args(argv))
    database = open_database(sqlite_url(arguments.database.resolve()))
    started = time.perf_counter()
    meeting_id = generate_meeting(
        database, arguments.cities, arguments.persons, arguments.agenda_items
    )
    elapsed = time.perf_counter() - started
    print(f"meeting {meeting_id} in {arguments.database}")
    print(f"{'table':<14}{'rows':>10}")
    for name, count in _counts(database, meeting_id):
        print(f"{name:<14}{count:>10,}")
    print(f"{'time (s)':<14}{elapsed:>10.2f}")
    database.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
