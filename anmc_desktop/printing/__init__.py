"""Printed documents: plain records in, PDF bytes out.

``fontset`` chooses a font for every character and checks coverage before anything is
built; ``typesetting`` shapes and escapes text; one module per document.
"""
