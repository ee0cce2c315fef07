"""Keeping an organizer's database safe: one writer, backups, health checks, permissions.

Everything here works below the services, on files and connections; the window and the
command line call these functions, never the other way round.
"""
