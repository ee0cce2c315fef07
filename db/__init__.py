"""Alembic environment of ANMC Desktop; installed as ``anmc_desktop.migrations``."""
