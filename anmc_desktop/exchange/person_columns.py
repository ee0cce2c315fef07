"""Which column of an imported sheet holds which field of a person.

Headers are recognised in English and Russian (and as our own export writes them); the
header row may sit anywhere in the first rows, below a title. Columns nobody recognises
can be mapped by the user; ``ColumnMemory`` keeps those choices for the next file.
"""

from __future__ import annotations

import enum
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from anmc_desktop.exchange.limits import HEADER_SEARCH_ROWS
from anmc_desktop.text import search_key


class Field(enum.StrEnum):
    """What an imported column can hold."""

    CITY = "city"
    CITY_LOCAL = "city_local"
    FULL_NAME = "full_name"
    GIVEN_NAME = "given_name"
    PATRONYMIC = "patronymic"
    FAMILY_NAME = "family_name"
    FAMILY_NAME_FIRST = "family_name_first"
    NATIVE_NAME = "native_name"
    HONORIFIC = "honorific"
    POSITION = "position"
    ROLE = "role"
    EMAIL = "email"
    PHONE = "phone"
    ARRIVAL = "arrival"
    DEPARTURE = "departure"
    DIETARY_NEEDS = "dietary_needs"
    ACCESS_NEEDS = "access_needs"
    NOTES = "notes"
    IGNORE = "ignore"

    @property
    def label(self) -> str:
        return _LABELS.get(self, self.value.replace("_", " ").capitalize())


_LABELS = {
    Field.CITY_LOCAL: "City (local name)",
    Field.FULL_NAME: "Full name",
    Field.NATIVE_NAME: "Name in native script",
    Field.EMAIL: "E-mail",
    Field.IGNORE: "(do not import)",
}

NAME_FIELDS = frozenset({Field.FULL_NAME, Field.GIVEN_NAME, Field.FAMILY_NAME, Field.NATIVE_NAME})

_SYNONYMS: dict[Field, tuple[str, ...]] = {
    Field.CITY: (
        "city",
        "member city",
        "delegation",
        "город",
        "делегация",
        "город делегации",
        "都市",
        "都市名",
        "所属都市",
        "도시",
        "도시명",
        "城市",
        "城市名称",
        "thanh pho",
    ),
    Field.CITY_LOCAL: ("city local name", "city in local language", "город на местном языке"),
    Field.FULL_NAME: (
        "name",
        "full name",
        "participant",
        "participant name",
        "name of participant",
        "name surname",
        "фио",
        "ф и о",
        "участник",
        "имя фамилия",
        "имя и фамилия",
        "фамилия имя",
        "фамилия и имя",
        "фамилия имя отчество",
        "氏名 ローマ字",
        "英文姓名",
        "영문 성명",
        "영문 이름",
        "氏名 英語",
        "氏名 英字",
        "姓名 英文",
        "성명 영문",
        "이름 영문",
        "name in english",
    ),
    Field.GIVEN_NAME: (
        "given name",
        "first name",
        "firstname",
        "forename",
        "given names",
        "имя",
        "имя отчество",
        "имя и отчество",
        "名",
        "ten",
    ),
    Field.PATRONYMIC: ("patronymic", "middle name", "отчество"),
    Field.FAMILY_NAME: (
        "family name",
        "last name",
        "lastname",
        "surname",
        "фамилия",
        "姓",
        "姓氏",
        "성",
        "ho",
    ),
    Field.FAMILY_NAME_FIRST: ("family name first", "фамилия первой", "фамилия впереди"),
    # A whole name under a header in Japanese, Korean, Chinese or Vietnamese is written in
    # that script and family name first: the native name, never split the Western way.
    Field.NATIVE_NAME: (
        "name in native script",
        "native name",
        "name native",
        "local name",
        "name in local language",
        "name in native language",
        "name in local script",
        "name in original script",
        "имя на родном языке",
        "фио на родном языке",
        "имя в оригинальном написании",
        "氏名",
        "お名前",
        "名前",
        "姓名",
        "성명",
        "이름",
        "ho va ten",
        "ho ten",
        "氏名 漢字",
        "中文姓名",
        "姓名 中文",
        "한글 성명",
        "한글 이름",
        "성명 한글",
    ),
    Field.HONORIFIC: (
        "honorific",
        "title",
        "salutation",
        "prefix",
        "обращение",
        "титул",
        "敬称",
        "호칭",
        "称谓",
    ),
    Field.POSITION: (
        "position",
        "job title",
        "post",
        "function",
        "designation",
        "position title",
        "title position",
        "должность",
        "позиция",
        "役職",
        "肩書",
        "肩書き",
        "職位",
        "职务",
        "職務",
        "职位",
        "직위",
        "직책",
        "chuc vu",
    ),
    Field.ROLE: ("role", "role in delegation", "роль", "роль в делегации", "статус участника"),
    Field.EMAIL: (
        "email",
        "e mail",
        "mail",
        "email address",
        "e mail address",
        "адрес электронной почты",
        "e mail адрес",
        "эл почта",
        "электронная почта",
        "почта",
        "メール",
        "メールアドレス",
        "eメール",
        "eメールアドレス",
        "電子メール",
        "이메일",
        "전자우편",
        "电子邮件",
        "電子郵件",
        "电子邮箱",
        "邮箱",
    ),
    Field.PHONE: (
        "phone",
        "telephone",
        "mobile",
        "tel",
        "phone number",
        "mobile phone",
        "mobile number",
        "cell phone",
        "telephone number",
        "contact number",
        "tel no",
        "мобильный телефон",
        "контактный телефон",
        "телефон",
        "тел",
        "мобильный",
        "сотовый",
        "電話",
        "電話番号",
        "携帯電話",
        "携帯",
        "携帯番号",
        "전화",
        "전화번호",
        "휴대폰",
        "휴대전화",
        "电话",
        "手机",
        "联系电话",
        "dien thoai",
        "so dien thoai",
    ),
    Field.ARRIVAL: (
        "arrival",
        "arrival date",
        "date of arrival",
        "arrives",
        "прибытие",
        "дата прибытия",
        "приезд",
        "дата приезда",
        "到着",
        "到着日",
        "到着日時",
        "도착",
        "도착일",
        "抵达日期",
        "到达日期",
        "ngay den",
    ),
    Field.DEPARTURE: (
        "departure",
        "departure date",
        "date of departure",
        "departs",
        "отъезд",
        "убытие",
        "дата отъезда",
        "дата убытия",
        "出発",
        "出発日",
        "출발",
        "출발일",
        "离开日期",
        "返程日期",
        "ngay di",
    ),
    Field.DIETARY_NEEDS: (
        "dietary needs",
        "dietary requirements",
        "diet",
        "meals",
        "питание",
        "диета",
    ),
    Field.ACCESS_NEEDS: ("access needs", "accessibility", "special needs", "доступность"),
    Field.NOTES: (
        "notes",
        "note",
        "remarks",
        "comments",
        "comment",
        "примечание",
        "примечания",
        "комментарий",
    ),
    # Row numbers, and columns our own export writes that an import does not need.
    Field.IGNORE: (
        "no",
        "nr",
        "n",
        "#",
        "№",
        "№ п п",
        "п п",
        "s n",
        "sr no",
        "sl no",
        "番号",
        "번호",
        "序号",
        "stt",
        "country",
        "страна",
        "国",
        "国名",
        "국가",
        "国家",
        "quoc gia",
        "delegation status",
        "статус делегации",
    ),
}

# A plain "Name" beside a family name column holds the given name.
_GIVEN_BESIDE_FAMILY = frozenset({"name", "이름", "名前", "お名前"})

_HEADER_PARTS = re.compile(r"[/|\\()\[\]\n,;、・]+")


def header_key(text: str) -> str:
    """Fold a header for matching: case, accents, punctuation and spacing ignored."""
    return " ".join(re.sub(r"[^\w#№]+", " ", search_key(text)).split())


KNOWN_HEADERS: dict[str, Field] = {
    header_key(synonym): known for known, synonyms in _SYNONYMS.items() for synonym in synonyms
}


@dataclass(frozen=True)
class ColumnMapping:
    """The header row (0-based index into the sheet's rows) and each column's field."""

    header_row: int
    headers: tuple[str, ...]
    fields: tuple[Field | None, ...]  # None: not recognised yet
    remembered: Mapping[str, Field] = field(default_factory=dict)

    @property
    def unmapped(self) -> list[str]:
        return [h for h, f in zip(self.headers, self.fields, strict=True) if f is None and h]

    def with_choice(self, column: int, chosen: Field | None) -> ColumnMapping:
        fields = list(self.fields)
        fields[column] = chosen
        return ColumnMapping(self.header_row, self.headers, tuple(fields), self.remembered)

    def columns_of(self, wanted: Field) -> list[int]:
        return self._columns.get(wanted, [])

    @cached_property
    def _columns(self) -> dict[Field, list[int]]:
        found: dict[Field, list[int]] = {}
        for index, chosen in enumerate(self.fields):
            if chosen is not None:
                found.setdefault(chosen, []).append(index)
        return found


def recognise(header: str, remembered: Mapping[str, Field]) -> Field | None:
    """The field a header names: as a whole, else by its parts when they agree, so that
    "Фамилия / Surname", "Family name (in English)" and "Должность:" are recognised.

    Parts naming different fields are not guessed at: "Фамилия, имя" holds whole names
    (a family name and a given name: the full name), "Name / Surname" and "Position /
    Title" are left to the user.
    """
    key = header_key(header)
    if not key:
        return None
    found = remembered.get(key) or KNOWN_HEADERS.get(key)
    if found is not None:
        return found
    named: set[Field] = set()
    # Full-width brackets and slashes (Japanese and Chinese forms) split as ASCII ones.
    for part in _HEADER_PARTS.split(unicodedata.normalize("NFKC", header)):
        part_key = header_key(part)
        found = remembered.get(part_key) or KNOWN_HEADERS.get(part_key)
        if found is not None and found is not Field.IGNORE:
            named.add(found)
    if len(named) == 1:
        return named.pop()
    # "Имя / Name": a given name is often translated as "Name".
    if named and named <= {Field.GIVEN_NAME, Field.PATRONYMIC, Field.FULL_NAME}:
        return Field.GIVEN_NAME if Field.GIVEN_NAME in named else None
    if named and named <= {Field.GIVEN_NAME, Field.FAMILY_NAME, Field.PATRONYMIC}:
        return Field.FULL_NAME
    return None


@lru_cache(maxsize=256)
def family_name_first(header: str) -> bool:
    """Whether a header of whole names puts the family name first: "Last name, first
    name", "Фамилия, имя", and a Russian "ФИО" (family name, given name, patronymic)."""
    for part in _HEADER_PARTS.split(unicodedata.normalize("NFKC", header)):
        found = KNOWN_HEADERS.get(header_key(part))
        if found in (Field.FAMILY_NAME, Field.GIVEN_NAME):
            return found is Field.FAMILY_NAME
    return bool(re.search("[а-яё]", header.casefold()))


def _in_context(
    row: Sequence[str], fields: tuple[Field | None, ...], remembered: Mapping[str, Field]
) -> tuple[Field | None, ...]:
    """The fields of a header row, with a plain "Name" beside a family name column (and
    no given name column) read as the given name."""
    if Field.FAMILY_NAME not in fields or Field.GIVEN_NAME in fields:
        return fields
    return tuple(
        Field.GIVEN_NAME
        if (key := header_key(cell)) in _GIVEN_BESIDE_FAMILY and key not in remembered
        else chosen
        for cell, chosen in zip(row, fields, strict=True)
    )


def locate_header(
    rows: Sequence[Sequence[str]], remembered: Mapping[str, Field] | None = None
) -> ColumnMapping | None:
    """The top row naming the most fields (at least two, one of them a name).

    A header of two rows counts as one: "ФИО" merged above "Фамилия | Имя | Отчество"
    beside "Город" merged down over both rows. The lower row is the header then, each of
    its empty cells taking the field the cell above it names.
    """
    remembered = remembered or {}
    best: ColumnMapping | None = None
    best_score = 0
    above: tuple[str, ...] = ()
    above_fields: tuple[Field | None, ...] = ()
    for index, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        own = tuple(recognise(cell, remembered) for cell in row)
        headers, fields = _under(tuple(row), own, above, above_fields)
        above, above_fields = tuple(row), own
        fields = _in_context(headers, fields, remembered)
        found = {f for f in fields if f is not None and f is not Field.IGNORE}
        score = len(found)
        if score >= 2 and found & NAME_FIELDS and score > best_score:
            best = ColumnMapping(index, headers, fields, remembered)
            best_score = score
    return best


def _under(
    row: tuple[str, ...],
    fields: tuple[Field | None, ...],
    above: tuple[str, ...],
    above_fields: tuple[Field | None, ...],
) -> tuple[tuple[str, ...], tuple[Field | None, ...]]:
    """A row's headers and fields, its empty cells filled from the row above where that
    one names a field."""
    if not any(above_fields) or not any(cell.strip() for cell in row):
        return row, fields
    width = max(len(row), len(above))
    headers = list(row) + [""] * (width - len(row))
    filled = list(fields) + [None] * (width - len(fields))
    for column, (text, named) in enumerate(zip(above, above_fields, strict=True)):
        if named is not None and not headers[column].strip():
            headers[column], filled[column] = text, named
    return tuple(headers), tuple(filled)
