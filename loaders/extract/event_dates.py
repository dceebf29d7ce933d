"""When and where: date expressions and places in English and French prose.

A date expression gives a first and a last day ("les 6 et 7 juillet 2026", "from 6-7 July
2023", "July 7 to July 10, 2026", "May 29, 2024"), or a month ("in July 2026", "en juillet
2026"), or only a year ("and 2027 in New York"). Without a year ("du 22 au 24 avril",
"on July 6 and 7") it keeps its month and days, and :mod:`loaders.extract.prose.prose_dates` reads
the year from the text before. Places are the registry's, and capitalised names written after "in", "à",
"at" that the registry does not know ("in Bangkok, Thailand", "à Kranj en Slovénie").

>>> [(d.first, d.last) for d in find_dates("à Genève (Suisse), les 6 et 7 juillet 2026, en marge")]
[('2026-07-06', '2026-07-07')]
>>> [(d.first, d.year) for d in find_dates("in July 2026 in Geneva and 2027 in New York")]
[('2026-07', '2026'), (None, '2027')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from loaders.text import MONTHS, fold

__all__ = ["DateExpression", "find_dates", "find_new_places", "find_numeric_dates"]

#: Months as news pages and event pages abbreviate them: "30 Oct 2006", "17 Dec 2015", "12 sept. 2024".
_ABBREVIATED = {"jan": 1, "janv": 1, "feb": 2, "fev": 2, "fevr": 2, "mar": 3, "apr": 4, "avr": 4, "jun": 6, "jul": 7,
                "juil": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12}
_MONTH = (r"(?P<{}>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r"|may|mai|"
          + "|".join(sorted(_ABBREVIATED, key=len, reverse=True)) + r")\.?")
_DAY = r"(?P<{}>\d{{1,2}})(?:er|st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
#: A weekday may stand before the last day of a range: "from Sunday 16th to Tuesday 18th October 2016", « du lundi 3 au
#: mercredi 5 juin ».
_WEEKDAY = r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche),?\s+"
_SEP = r"\s*(?:-|au|to|et|and|through)\s*(?:" + _WEEKDAY + r")?"
_PATTERNS = [
    # 30 Oct 2006 - 2 Nov 2006, 17 Dec 2015 - 18 Dec 2015 (each day with its year)
    re.compile(r"\b" + _DAY.format("d1") + r"\s+" + _MONTH.format("m1") + r"\s+(?P<y1>(?:19|20)\d\d)" + _SEP
               + _DAY.format("d2") + r"\s+" + _MONTH.format("m2") + r"\s+" + _YEAR + r"\b"),
    # 22-24 avril 2026, 6 et 7 juillet 2026, 24 to 27 June 2025, from 10 to 14 of May 2010
    re.compile(r"\b" + _DAY.format("d1") + _SEP + _DAY.format("d2") + r"(?:\s+of)?\s+" + _MONTH.format("m1")
               + r"(?:\s+" + _YEAR + r")?\b"),
    # 30 juin au 2 juillet 2026
    re.compile(r"\b" + _DAY.format("d1") + r"\s+" + _MONTH.format("m1") + _SEP + _DAY.format("d2") + r"\s+"
               + _MONTH.format("m2") + r"(?:\s+" + _YEAR + r")?\b"),
    # July 7 to July 10, 2026; July 6-7, 2026
    re.compile(r"\b" + _MONTH.format("m1") + r"\s+" + _DAY.format("d1") + _SEP + r"(?:" + _MONTH.format("m2")
               + r"\s+)?" + _DAY.format("d2") + r",?\s+" + _YEAR + r"\b"),
    # July 6 and 7 (no year: the year is read from the text before, see prose_dates)
    re.compile(r"\b" + _MONTH.format("m1") + r"\s+" + _DAY.format("d1") + _SEP + _DAY.format("d2") + r"\b(?!\s*,?\s*(?:19|20)\d\d)"),
    # May 29, 2024
    re.compile(r"\b" + _MONTH.format("m1") + r"\s+" + _DAY.format("d1") + r",\s+" + _YEAR + r"\b"),
    # 29 May 2024, le 3 mars 2026, 29 of May 2024
    re.compile(r"\b" + _DAY.format("d1") + r"(?:\s+of)?\s+" + _MONTH.format("m1") + r"\s+" + _YEAR + r"\b"),
    # in July 2026, en juillet 2026
    re.compile(r"\b(?:in|en|au mois de|de|pour|for)\s+" + _MONTH.format("m1") + r"\s+" + _YEAR + r"\b"),
    # in 2027, en 2027
    re.compile(r"\b(?:in|en|and|et)\s+" + _YEAR + r"\b(?!\s*[-/])"),
    # 30 juin au 2 juillet (no year)
    re.compile(r"\b" + _DAY.format("d1") + r"\s+" + _MONTH.format("m1") + _SEP + _DAY.format("d2") + r"\s+"
               + _MONTH.format("m2") + r"\b"),
    # on 29 May, le 3 juin, mardi 11 fevrier (no year)
    re.compile(r"\b" + _DAY.format("d1") + r"\s+" + _MONTH.format("m1") + r"\b(?!\s*,?\s*\d)"),
    # on May 29 (no year)
    re.compile(r"\b" + _MONTH.format("m1") + r"\s+" + _DAY.format("d1") + r"\b(?!\s*,?\s*\d)"),
]


@dataclass(frozen=True)
class DateExpression:
    start: int
    end: int
    year: str | None
    first: str | None  # "2026-07-06", "2026-07", or None (a year alone)
    last: str | None = None
    month: int | None = None  # the month and days as written, kept when the year is not
    days: tuple[int, ...] = ()
    last_month: int | None = None  # the last day's month, where a range crosses months ("30 juin au 2 juillet")

    def in_year(self, year: str) -> DateExpression:
        """The same days in ``year`` (for "du 22 au 24 avril" after a sentence about 2026)."""
        if self.month is None or not self.days:
            return self
        first = _iso(year, self.month, self.days[0])
        last = _iso(year, self.last_month or self.month, self.days[-1]) if len(self.days) > 1 else None
        return DateExpression(self.start, self.end, year, first, last, self.month, self.days, self.last_month)


def _month(name: str | None) -> int | None:
    if name is None:
        return None
    name = name.rstrip(".")
    return 5 if name in ("may", "mai") else MONTHS.get(name) or _ABBREVIATED.get(name)


def _iso(year: str, month: int, day: int) -> str | None:
    try:
        return date(int(year), month, day).isoformat()
    except ValueError:
        return None


def find_dates(text: str, *, start: int = 0, end: int | None = None) -> list[DateExpression]:
    """Date expressions in ``text[start:end]``, non-overlapping, first pattern first."""
    end = len(text) if end is None else end
    folded = fold(text[start:end])
    found: list[DateExpression] = []
    for pattern in _PATTERNS:
        for m in pattern.finditer(folded):
            if any(m.start() < f.end - start and m.end() > f.start - start for f in found):
                continue
            groups = m.groupdict()
            year = groups.get("year")
            m1, m2 = _month(groups.get("m1")), _month(groups.get("m2"))
            if groups.get("m1") is not None and m1 is None:
                continue
            first = last = None
            if year and m1 and groups.get("d1"):
                first = _iso(groups.get("y1") or year, m1, int(groups["d1"]))
                if groups.get("d2"):
                    last = _iso(year, m2 or m1, int(groups["d2"]))
            elif year and m1:
                first = f"{year}-{m1:02d}"
            days = tuple(int(groups[d]) for d in ("d1", "d2") if groups.get(d))
            found.append(DateExpression(start + m.start(), start + m.end(), year, first, last, m1, days, m2))
    return sorted(found, key=lambda d: d.start)


_NUMERIC = re.compile(r"\b(?P<y1>(?:19|20)\d\d)[/.-](?P<m1>\d{1,2})[/.-](?P<d1>\d{1,2})\b(?:\s*[-–]\s*(?:[^\W\d_]{2,9}\.?,?\s*)?"
                      r"(?P<y2>(?:19|20)\d\d)[/.-](?P<m2>\d{1,2})[/.-](?P<d2>\d{1,2})\b)?")


def find_numeric_dates(text: str, *, start: int = 0, end: int | None = None) -> list[DateExpression]:
    """Dates written year first in figures, as event pages' fields give them: "lun, 2021/04/26 - ven,
    2021/04/30" (read on a page's date line only: in running text such figures are often a page's own date).

    >>> [(d.first, d.last) for d in find_numeric_dates("lun, 2021/04/26 - ven, 2021/04/30")]
    [('2021-04-26', '2021-04-30')]
    """
    out = []
    for m in _NUMERIC.finditer(text, start, len(text) if end is None else end):
        first = _iso(m.group("y1"), int(m.group("m1")), int(m.group("d1"))) if 1 <= int(m.group("m1")) <= 12 else None
        if first is None:
            continue
        last = None
        if m.group("y2") and 1 <= int(m.group("m2")) <= 12:
            last = _iso(m.group("y2"), int(m.group("m2")), int(m.group("d2")))
        out.append(DateExpression(m.start(), m.end(), m.group("y1"), first, last, int(m.group("m1")),
                                  (int(m.group("d1")),)))
    return out


_CAPITALISED = r"[A-ZÀ-Þ](?:['’][A-ZÀ-Þ])?[^\W\d_A-Z]+"  # "Genève", and elided names: "N'Djamena", "L’Aquila"
#: A place name after its frame ("in", "at", « à »): up to three capitalised words, joined by a space, a hyphen
#: or a linking word ("Rio de Janeiro", "Addis-Abeba", "Lillestrøm"), before what may follow a place.
_PLACE = re.compile(r"(?:\bin|\bat|\bà|\ba)\s+(?P<name>" + _CAPITALISED + r"(?:(?:[ -]|\s(?:de|do|da|del|es|al|el)\s)"
                    + _CAPITALISED + r"){0,2})(?=\s*(?:[,.;:)(/–]|\n|$|\s+(?:in|en|on|from|du|les|le|the|where|où|with|during|"
                    r"and|for|to|at(?=\s+the\b)|avec|pendant|durant|et|pour|sous|au|aux|dans|this|ce|cette|last|next|\d)\b))")
#: Continents and regions: "the Internet in Africa" tells of a region, not where an event is held.
_REGIONS = {"africa", "afrique", "asia", "asie", "europe", "america", "amerique", "latin america", "oceania", "oceanie",
            "middle east", "moyen-orient", "asia-pacific", "asie-pacifique", "caribbean", "caraibes", "pacific"}
#: The parts of a document, cited after "in" ("the framework contained in Annex 1 of the Decision"), are no places.
_DOCUMENT_PARTS = {"annex", "annexe", "appendix", "chapter", "chapitre", "section", "part", "partie", "paragraph", "article",
                   "table", "tableau", "figure", "resolution", "decision"}
_NOT_PLACES = frozenset(fold(m) for m in MONTHS) | {"may", "mai", "the", "ai", "ia", "un", "onu", "internet", "web"} | _REGIONS \
    | _DOCUMENT_PARTS
#: Quoted titles and themes, where capitalised words after "in" are no places ("AI in Motion").
_QUOTED = re.compile(r"[“«\"][^”»\"]{1,200}[”»\"]")


def find_new_places(text: str, *, start: int = 0, end: int | None = None) -> list[tuple[str, int, int]]:
    """Capitalised place names after "in", "at", "à": (name as written, start, end)."""
    end = len(text) if end is None else end
    out = []
    quoted = [(q.start(), q.end()) for q in _QUOTED.finditer(text, start, end)]
    for m in _PLACE.finditer(text, start, end):
        name = m.group("name")
        if fold(name) in _NOT_PLACES or any(s <= m.start() < e for s, e in quoted):
            continue
        out.append((name, m.start("name"), m.end("name")))
    return out
