"""Plain records that cross a layer: frozen, typed dataclasses and enums.

No SQLAlchemy, no Qt. Services map ORM rows to these; printing, exchange and the window's
item models read only these, so each can be built and tested without a database.
"""
