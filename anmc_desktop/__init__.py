"""ANMC Desktop: organize the plenary meetings of a city network."""

from anmc_desktop.version import installed_version

__version__ = installed_version()
