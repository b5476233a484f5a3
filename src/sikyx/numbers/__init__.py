"""French numerals -> exact Decimal values (digits, number words, scale words)."""
