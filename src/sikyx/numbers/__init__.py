"""French numerals -> exact Decimal values (digits, number words, scale words).

Public API: :func:`parse_number` (a whole phrase -> Decimal), :func:`find_numbers` (every numeral
phrase of a text -> ``Match[NumberReading]``), :class:`NumberReading`.
"""

from .parse import NumberReading, find_numbers, parse_number

__all__ = ["NumberReading", "find_numbers", "parse_number"]
