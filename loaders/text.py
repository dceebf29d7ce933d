"""Text helpers that keep character offsets: folding for matching, French and English dates."""

from __future__ import annotations

import re
import unicodedata
from datetime import date

__all__ = ["fold", "parse_date", "MONTHS", "DATE_PATTERN"]

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "\u00a0": " ", "\u202f": " ",
                              "‑": "-", "–": "-", "—": "-"})


def _fold_char(ch: str) -> str:
    base = unicodedata.normalize("NFD", ch)[0].lower()
    return base if len(base) == 1 else ch


class _FoldTable(dict):
    """A ``str.translate`` table filled on first sight of each character."""

    def __missing__(self, code: int) -> str:
        folded = _fold_char(chr(code).translate(_APOSTROPHES))
        self[code] = folded
        return folded


_FOLD = _FoldTable()


def fold(text: str) -> str:
    """Lower case, strip accents and unify apostrophes and dashes, one character for one.

    The result has the length of the input, so offsets found in it are offsets in the text.

    >>> fold("Émirats d’État")
    "emirats d'etat"
    """
    return text.translate(_FOLD)


MONTHS: dict[str, int] = {
    "janvier": 1, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7,
    "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11, "decembre": 12,
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
    "september": 9, "october": 10, "november": 11, "december": 12,
}

#: A day-month-year date as French and English UN texts write it ("1^{er} juillet 2024",
#: "1er juillet 2024", "25 September 2015").
DATE_PATTERN = r"(\d{1,2})(?:\^\{er\}|er)?\s+([A-Za-zÀ-ÿ]+)\s+(\d{4})"
_DATE = re.compile(DATE_PATTERN)


def parse_date(text: str) -> date | None:
    """The first day-month-year date in ``text``, or None.

    >>> parse_date("le 1^{er} juillet 2024")
    datetime.date(2024, 7, 1)
    >>> parse_date("Resolution adopted by the General Assembly on 2 May 2024")
    datetime.date(2024, 5, 2)

    A day the month does not have is no date (a slip of the text, never a failed load):

    >>> parse_date("on 31 June 2024") is None
    True
    """
    for match in _DATE.finditer(text):
        month = MONTHS.get(fold(match.group(2)))
        if month:
            try:
                return date(int(match.group(3)), month, int(match.group(1)))
            except ValueError:
                continue
    return None
