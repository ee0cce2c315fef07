"""Readers and writers for files exchanged with other people: CSV, XLSX, iCalendar, JSON.

Plain data in, bytes or rows out: nothing here opens a session or imports Qt.
"""
