"""Ordinal numbers written in words, English and French, as resolutions name sessions.

>>> ordinal_value("eighty-first")
81
>>> ordinal_value("quatre-vingt-unième")
81
>>> ordinal_value("soixante et onzième")
71
>>> ordinal_value("Seventy-ninth")
79
"""

from __future__ import annotations

from functools import lru_cache

from loaders.text import fold

__all__ = ["ordinal_value", "ordinal_words", "ORDINAL_WORDS"]

_EN_UNITS = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
             "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
_EN_ORDINAL_UNITS = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
                     "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
                     "eighteenth", "nineteenth"]
_EN_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]

_FR_UNITS = ["", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze",
             "treize", "quatorze", "quinze", "seize", "dix-sept", "dix-huit", "dix-neuf"]
_FR_TENS = ["", "dix", "vingt", "trente", "quarante", "cinquante", "soixante", "soixante", "quatre-vingt",
            "quatre-vingt"]


def _english(n: int) -> str:
    if n < 20:
        return _EN_ORDINAL_UNITS[n]
    tens, unit = divmod(n, 10)
    if unit == 0:
        return _EN_TENS[tens][:-1] + "ieth"
    return f"{_EN_TENS[tens]}-{_EN_ORDINAL_UNITS[unit]}"


def _french_cardinal(n: int) -> str:
    if n < 20:
        return _FR_UNITS[n]
    tens, unit = divmod(n, 10)
    if tens in (7, 9):  # soixante-dix, quatre-vingt-dix: the unit counts from ten
        unit += 10
    base = _FR_TENS[tens]
    if unit == 0:
        return base + ("s" if tens == 8 else "")
    if unit in (1, 11) and tens not in (8, 9):
        return f"{base} et {_FR_UNITS[unit]}"
    return f"{base}-{_FR_UNITS[unit]}"


def _french(n: int) -> str:
    if n == 1:
        return "premier"
    word = _french_cardinal(n)
    if word.endswith("cinq"):
        return word + "uième"
    if word.endswith("neuf"):
        return word[:-1] + "vième"
    if word.endswith("s") and word.endswith("vingts"):
        word = word[:-1]
    if word.endswith("e"):
        word = word[:-1]
    return word + "ième"


def _key(word: str) -> str:
    return fold(word).replace("-", " ").replace("  ", " ").strip()


@lru_cache(maxsize=1)
def _table() -> dict[str, int]:
    table: dict[str, int] = {}
    for n in range(1, 100):
        for word in (_english(n), _french(n)):
            table[_key(word)] = n
            table[_key(word.replace(" et ", "-et-"))] = n
    table[_key("première")] = 1
    # « quatre-vingt-et-unième »: the « et » written where the rule has none (81 and 91)
    for n in (81, 91):
        table[_key(_french(n).replace("vingt-", "vingt-et-"))] = n
    return table


def ordinal_words(upto: int) -> dict[str, int]:
    """The ordinal words of 1..``upto``, English and French, folded as running text writes them
    ("thirteenth", "treizieme", "twenty-first", "vingt et unieme").

    >>> words = ordinal_words(21)
    >>> words["treizieme"], words["twenty-first"], words["vingt et unieme"]
    (13, 21, 21)
    """
    return {fold(word): n for n in range(1, upto + 1) for word in (_english(n), _french(n))}


def ordinal_value(word: str) -> int | None:
    """The number an ordinal word names (1-99), English or French, any case or accents."""
    return _table().get(_key(word))


#: A regex alternative matching every ordinal word (hyphens or spaces between parts).
ORDINAL_WORDS = r"(?:[A-Za-zÀ-ÿ]+(?:[- ](?:et[- ])?[A-Za-zÀ-ÿ]+){0,3}?)"
