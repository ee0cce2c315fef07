"""How much an imported file may hold; anything beyond is refused before it is parsed.

There is no limit on the number of rows: a list of 100,000 participants is a real
meeting's (issue 21). The sizes bound what a file can make the reader hold: our own
export of 100,000 persons is a 15 MB CSV, or a workbook of 7 MB that unpacks to 93 MB.
"""

MAX_FILE_BYTES = 64 * 1024 * 1024
MAX_UNPACKED_BYTES = 256 * 1024 * 1024  # the XML inside a workbook, all parts together
MAX_CELL_CHARS = 10_000
HEADER_SEARCH_ROWS = 10
