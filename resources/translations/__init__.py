"""The translations of the window (Qt Linguist .ts) and of the printed documents (gettext
.po), shipped in the wheel as ``anmc_desktop.translations`` (see anmc_desktop/languages.py).
"""
