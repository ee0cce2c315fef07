"""Database URLs as a team writes them, and as they may be shown: never with a password.

A server's password may sit in the URL, or (as libpq users expect) come from
``PGPASSWORD`` or ``~/.pgpass`` (``PGPASSFILE``): the driver reads those itself when the URL
has none. Whatever the URL, a message or a log shows it through ``masked_url``.
"""

from __future__ import annotations

import re
from pathlib import PurePath

from sqlalchemy.engine import URL, make_url

POSTGRES_DRIVER = "postgresql+psycopg"
# Spellings of a bare PostgreSQL URL (libpq and Heroku-style ``postgres://``): the app
# ships psycopg 3, not SQLAlchemy's default driver for them (psycopg2).
_BARE_POSTGRES = frozenset({"postgresql", "postgres"})
MASK = "***"
# user:password@ in a URL SQLAlchemy cannot parse (the password up to the last @, spaces and
# all); password=... in a query or key=value form.
_USER_PASSWORD = re.compile(r"(?P<user>[^:/@\s]*):(?P<password>.*)@", re.DOTALL)
_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]*://")
_WINDOWS_DRIVE = re.compile(r"[A-Za-z]:(?=[\\/])")
_PASSWORD_PARAMETER = re.compile(r"(?P<key>password\s*=\s*)(?P<password>[^&\s]*)", re.IGNORECASE)


def parse_database_url(url: str) -> URL:
    """The URL with the app's driver for a bare PostgreSQL URL.

    Raises ArgumentError, or ValueError for a port that is not a number."""
    parsed = make_url(url)
    if parsed.drivername in _BARE_POSTGRES:
        parsed = parsed.set(drivername=POSTGRES_DRIVER)
    return parsed


def masked_url(url: str) -> str:
    """The URL to show: its password (in the user part or as a parameter) replaced by ***.

    Masked in the text as written, not as a parser reads it: a URL that parses in an
    unexpected way (a user name with a slash makes the password part of the database
    name) shows no password either."""
    scheme = _SCHEME.match(url)
    start = scheme.end() if scheme else 0
    shown = url[:start] + _USER_PASSWORD.sub(rf"\g<user>:{MASK}@", url[start:], count=1)
    return _PASSWORD_PARAMETER.sub(rf"\g<key>{MASK}", shown)


def masked_path(path: PurePath) -> str:
    """A SQLite file's name to show, masked as ``masked_url`` masks a URL: a SQLite URL
    written as a server's (``sqlite://user/:password@host/db``) puts the password in the
    file name. A Windows drive (``C:``) is no user name."""
    text = str(path)
    drive = _WINDOWS_DRIVE.match(text)
    start = drive.end() if drive else 0
    return text[:start] + masked_url(text[start:])


def server_refusal(reason: object) -> str:
    """The server's reason for refusing a connection, with where a password may come from
    when it wanted one."""
    text = masked_url(str(reason).strip())
    if "password" in text.lower():
        return (
            f"{text} (give the password in the URL, in PGPASSWORD or in ~/.pgpass; "
            "on Windows %APPDATA%\\postgresql\\pgpass.conf)"
        )
    return text
