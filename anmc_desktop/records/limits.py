"""How long a stored text may be: the columns' sizes, which forms and imports check first."""

SHORT_TEXT = 200
LONG_TEXT = 4000
