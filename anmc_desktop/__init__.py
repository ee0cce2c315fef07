"""ANMC Desktop: organize the plenary meetings of a city network."""

__version__ = "0.1.0"
