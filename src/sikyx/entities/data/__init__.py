"""Lexicons of sikyx.entities (a package so that its data files are installed with it)."""
