"""How much an imported file may hold; anything beyond is refused before it is parsed."""

MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_UNPACKED_BYTES = 50 * 1024 * 1024  # the XML inside a workbook, all parts together
MAX_ROWS = 50_000
MAX_CELL_CHARS = 10_000
HEADER_SEARCH_ROWS = 10
