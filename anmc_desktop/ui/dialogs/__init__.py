"""Dialogs that ask the organizer to decide something, each in its own module."""
