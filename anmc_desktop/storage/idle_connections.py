"""A server connection that sat unused in the pool is checked before it is used again.

SQLAlchemy's ``pool_pre_ping`` pings on every checkout: one more round trip to the server
for every unit of work, a fifth of a save's. A connection handed back moments ago is as
alive as it was then; only one idle for longer than IDLE_SECONDS is pinged, and one that
does not answer is replaced before the unit of work begins (a server restarted while the
window was idle goes unnoticed). A connection lost in between fails its statement, which
the database names as a lost connection and the pool replaces.
"""

from __future__ import annotations

import time
from typing import Any

from sqlalchemy import Engine, event
from sqlalchemy.exc import DisconnectionError
from sqlalchemy.pool import ConnectionPoolEntry, PoolProxiedConnection

IDLE_SECONDS = 10.0
_RETURNED_AT = "anmc_returned_at"


def ping_idle_connections(engine: Engine) -> None:
    """Ping each connection idle in the pool for longer than IDLE_SECONDS when it is
    checked out; replace it if the server does not answer."""

    @event.listens_for(engine, "checkin")
    def _returned(_dbapi_connection: Any, entry: ConnectionPoolEntry) -> None:
        entry.info[_RETURNED_AT] = time.monotonic()

    @event.listens_for(engine, "checkout")
    def _taken(
        dbapi_connection: Any, entry: ConnectionPoolEntry, _proxy: PoolProxiedConnection
    ) -> None:
        returned = entry.info.get(_RETURNED_AT)
        if returned is None or time.monotonic() - returned < IDLE_SECONDS:
            return  # new, or back moments ago
        if not engine.dialect.do_ping(dbapi_connection):
            raise DisconnectionError("the server did not answer")  # the pool connects anew
