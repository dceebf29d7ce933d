"""ITU resolutions cited in prose, with the conference that adopted them however the text gives it:
before the number ("PP Resolution 214", "its Plenipotentiary Conference Resolution 140 (Bucharest,
2022)"), after it ("la Résolution 91 (Bakou, 2025) de la CMDT", "Resolutions 102 and 140 of the 2010
Plenipotentiary Conference"), in brackets ("Resolution 75 (WTSA, 2008)"), by its city and year only
("Resolution 70 (Rev. Dubai, 2012)"), or earlier in the text ("In November 2006, PP 06 endorsed ...
(Res. 140)"). Council resolutions carry four-digit numbers ("Council Resolution 1336", « la
Résolution 1282 (Mod. 2008) du Conseil », "(see Resolution 1196)" in a text about ITU).

The symbol is the graph's: ``ITU PP Resolution 140 (Antalya, 2006)``, the city in English; where
the text gives the conference's year but not its city, the city is that of ITU's conference of
that year (``corpus/registry/itu_conferences.yaml``).

>>> [s for s, _, _ in itu_citations("in accordance with resolutions 102 and 140 of the 2010 plenipotentiary conference")]
['ITU PP Resolution 102 (Guadalajara, 2010)', 'ITU PP Resolution 140 (Guadalajara, 2010)']
"""

from __future__ import annotations

import re
from functools import cache

from loaders.paths import REGISTRY_DIR

__all__ = ["conference_city", "itu_citations"]

CONFERENCES_FILE = REGISTRY_DIR / "itu_conferences.yaml"

#: ITU's conferences as French and English texts name them (folded).
_CONFERENCE_NAMES = {
    "pp": "PP", "conference de plenipotentiaires": "PP", "plenipotentiary conference": "PP",
    "amnt": "WTSA", "wtsa": "WTSA", "world telecommunication standardization assembly": "WTSA",
    "assemblee mondiale de normalisation des telecommunications": "WTSA",
    "cmdt": "WTDC", "wtdc": "WTDC", "world telecommunication development conference": "WTDC",
    "conference mondiale de developpement des telecommunications": "WTDC",
}
_CONF = r"(?:" + "|".join(sorted(map(re.escape, _CONFERENCE_NAMES), key=len, reverse=True)) + r")(?!\w|\.\s*\d)"
_YEAR = r"(?:19|20)\d\d"
_SHORT_YEAR = r"(?:(?:19|20)\d\d|\d\d)(?![\d/.])"
#: Conference cities in French, as the graph's symbols write them in English.
_CITIES = {"bucarest": "Bucharest", "bakou": "Baku", "geneve": "Geneva", "doubai": "Dubai", "dubai": "Dubai",
           "charm el-cheikh": "Sharm el-Sheikh", "hammamet": "Hammamet", "busan": "Busan", "new delhi": "New Delhi",
           "kigali": "Kigali", "buenos aires": "Buenos Aires", "antalya": "Antalya", "guadalajara": "Guadalajara",
           "johannesburg": "Johannesburg", "marrakech": "Marrakesh", "istanbul": "Istanbul", "doha": "Doha",
           "hyderabad": "Hyderabad", "minneapolis": "Minneapolis", "kyoto": "Kyoto", "montreal": "Montreal"}

#: "Resolution 140", "Res. 140", "Resolutions 102 and 140" (not "resolution 70/125", "résolution 40 C/37").
_NUMBER = r"\d{1,3}(?![\d/]|\s*c/)"
_RESOLUTIONS = re.compile(r"\b(?:resolutions?|res\.)\s+(?P<numbers>" + _NUMBER + r"(?:\s*(?:,|and|et|&)\s*" + _NUMBER + r")*)")
_CONF_IN_BRACKETS = re.compile(r"\s*\((?:rev\.\s*)?(?P<conf>" + _CONF + r")(?:[\s-]*,?\s*(?P<year>" + _SHORT_YEAR + r"))?\)")
_CITY_YEAR = re.compile(r"\s*\((?:rev\.\s*)?(?P<city>[^(),\d]{2,30}),\s*(?P<year>" + _YEAR + r")\)")
_CONF_AFTER = re.compile(r"\s+(?:de la |de l'|of the |of |du )?(?:(?P<year1>" + _YEAR + r")\s+)?(?P<conf>" + _CONF + r")"
                         r"(?:[\s-]?(?P<year2>" + _SHORT_YEAR + r"))?")
_CONF_BEFORE = re.compile(r"(?:(?P<year1>" + _YEAR + r")\s+)?(?P<conf>" + _CONF + r")(?:[\s-]?(?P<year2>" + _SHORT_YEAR + r"))?"
                          r"\s+$")
#: A conference named anywhere in the text, with its year where written: "PP 06", "PP-10", "the 2010 Plenipotentiary
#: Conference" -- what a later bare "(Res. 140)" refers to.
_CONFERENCE = re.compile(r"\b(?:(?P<year1>" + _YEAR + r")\s+)?(?P<conf>" + _CONF + r")(?:[\s-]?(?P<year2>" + _SHORT_YEAR + r"))?")
#: Council resolutions: "Council Resolution 1336", « la Résolution 1282 (Mod. 2008) du Conseil ».
_COUNCIL = re.compile(r"(?<!security )\b(?:itu\s+)?council\s+resolution\s+(?P<number>1\d{3})\b"
                      r"|\bresolution\s+(?P<number2>1\d{3})(?:\s*\((?:mod\.\s*)?\d{4}\))?\s+(?:du conseil|of the council)\b")
_BARE_COUNCIL = re.compile(r"\b(?:resolution|res\.)\s+(?P<number>1\d{3})(?!\d)(?:\s*\((?:mod\.\s*)?\d{4}\))?")
_ABOUT_ITU = re.compile(r"\b(?:itu|uit|international telecommunication union|union internationale des telecommunications)\b")
_OTHER_COUNCIL = re.compile(r"\b(?:security council|conseil de securite)\b")


@cache
def _conferences() -> dict[str, dict[int, str]]:
    # the registry's reader: bounded, UTF-8, errors with file and line
    from loaders.registry import _read_yaml

    return {kind: {int(year): city for year, city in years.items()} for kind, years in _read_yaml(CONFERENCES_FILE).items()}


def conference_city(kind: str, year: int) -> str | None:
    """The city ITU's conference of ``kind`` (PP, WTSA, WTDC) met in in ``year``."""
    return _conferences().get(kind, {}).get(year)


def _year(written: str | None) -> int | None:
    if not written:
        return None
    year = int(written)
    return year if year >= 100 else (2000 + year if year < 50 else 1900 + year)


def _conference_of(city: str, year: int) -> str | None:
    """The one conference that met in ``city`` in ``year`` ("Dubai, 2012": the WTSA), if only one did."""
    kinds = [kind for kind, years in _conferences().items() if (years.get(year) or "").lower() == city.lower()]
    return kinds[0] if len(kinds) == 1 else None


def _last_conference(folded: str, before: int) -> tuple[str, int | None] | None:
    """The conference named last before ``before`` in the paragraph, with its year."""
    paragraph_start = folded.rfind("\n\n", 0, before) + 1
    found = list(_CONFERENCE.finditer(folded, paragraph_start, before))
    if not found:
        return None
    m = found[-1]
    return _CONFERENCE_NAMES[m.group("conf")], _year(m.group("year1") or m.group("year2"))


def itu_citations(folded: str) -> list[tuple[str, int, int]]:
    """(symbol, start, end) of the ITU resolutions cited in ``folded`` (a folded text), in order."""
    about_itu = bool(_ABOUT_ITU.search(folded))
    out: list[tuple[str, int, int]] = []
    for m in _RESOLUTIONS.finditer(folded):
        kind = year = city = None
        end = m.end()
        if (b := _CONF_IN_BRACKETS.match(folded, end)) is not None:
            kind, year, end = _CONFERENCE_NAMES[b.group("conf")], _year(b.group("year")), b.end()
        elif (b := _CITY_YEAR.match(folded, end)) is not None:
            city, year, end = b.group("city").strip(), int(b.group("year")), b.end()
        if (a := _CONF_AFTER.match(folded, end)) is not None:
            kind, year, end = _CONFERENCE_NAMES[a.group("conf")], year or _year(a.group("year1") or a.group("year2")), a.end()
        start = m.start()
        if kind is None and (p := _CONF_BEFORE.search(folded, max(0, m.start() - 60), m.start())) is not None:
            kind, year, start = _CONFERENCE_NAMES[p.group("conf")], year or _year(p.group("year1") or p.group("year2")), p.start()
        if kind is None and city and year:
            kind = _conference_of(_CITIES.get(city, city), year)
        if kind is None and about_itu and (context := _last_conference(folded, m.start())) is not None:
            kind, year = context[0], year or context[1]
        if kind is None:
            continue
        if city is not None:
            city = _CITIES.get(city, city.title())
        elif year is not None:
            city = conference_city(kind, year)
        suffix = f" ({city}, {year})" if city and year else ""
        numbers = list(re.finditer(r"\d+", m.group("numbers")))
        for i, n in enumerate(numbers):
            s = start if i == 0 else m.start("numbers") + n.start()
            e = end if i == len(numbers) - 1 else m.start("numbers") + n.end()
            out.append((f"ITU {kind} Resolution {n.group()}{suffix}", s, e))
    for m in _COUNCIL.finditer(folded):
        out.append((f"ITU Council Resolution {m.group('number') or m.group('number2')}", m.start(), m.end()))
    if about_itu and not _OTHER_COUNCIL.search(folded):
        for m in _BARE_COUNCIL.finditer(folded):  # "(see Resolution 1196)" in a text about ITU
            if not any(s <= m.start() < e for _, s, e in out):
                out.append((f"ITU Council Resolution {m.group('number')}", m.start(), m.end()))
    return sorted(out, key=lambda c: c[1])
