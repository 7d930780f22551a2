"""Punctuation beside words and quotations, in the scripts articles are written in.

One table for the places that ask what may touch a word without a space: the importer
finding a quotation's marks, the editor setting off a quotation it puts in, and accepting
words struck from a text.
"""

from __future__ import annotations

DOUBLE_QUOTES = '«»“”„"'
SINGLE_QUOTES = "‘’‚‹›"
DASHES = "—–―-"
# What ends a sentence: Latin and Cyrillic, Arabic's question mark, Urdu's full stop.
SENTENCE_END_MARKS = ".!?…؟۔"
SENTENCE_ENDS = frozenset(SENTENCE_END_MARKS)
_QUOTES = frozenset(DOUBLE_QUOTES + SINGLE_QUOTES)
# What may stand right before a word or a quotation, with no space between.
OPENING = frozenset("([{</" + DASHES) | _QUOTES
# What may follow a word or a quotation with no space between (Arabic's comma and
# semicolon too).
CLOSING = frozenset(",;:)]}>/،؛" + DASHES) | SENTENCE_ENDS | _QUOTES
