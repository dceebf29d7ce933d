"""The resolutions a paragraph's text cites, each typed by the organ that adopted it.

A number is a citation when the text says so: "resolution 70/1", a dated "77/40 of 7 December
2022", or the next item of a list that began as one ("resolutions 52/38 F of 9 December 1997,
53/77 AA of 4 December 1998, 54/54 U…": each item follows the one before with only part
letters, a date, a section, a subject or "and" between them, however long the list).

The organ comes from the text, as a reader takes it:

- named after the number: "resolution 53/2 of the Human Rights Council", or after the whole
  list ("resolutions 5/14 …, 4/6 … and 4/9 …, adopted by the United Nations Environment
  Assembly");
- else the last organ named before it in its clause: "Human Rights Council resolutions, in
  particular resolutions 7/34 …", "as decided by the Human Rights Council in its resolution
  42/23", "Council resolution 53/30" (the Security and the Economic and Social Councils number
  their resolutions otherwise); "its resolution" is the General Assembly's own;
- else the organ of the item before it in the same list;
- else the General Assembly.

A dated number whose session is the General Assembly's of that year ("62/219 of 22 December
2007") is the Assembly's whatever organ was named before it; one read as the Assembly's whose
date its session cannot have ("10/4 of 15 December 2023 of the Conference of the States
Parties") is another body's, and not cited here. Symbols: ``A/RES/70/1``,
``A/RES/ES-10/15``, ``A/RES/1874(S-IV)``, ``A/HRC/RES/S-21/1``, ``S/RES/2719(2023)``,
``E/RES/2023/5``, ``UNEP/EA.5/Res.12``.

>>> [c.symbol for c in cited_resolutions("Recalling Human Rights Council resolutions 7/34 of 28 March 2008 "
...     "and 18/15 of 29 September 2011, as well as General Assembly resolution 76/170,")]
['A/HRC/RES/7/34', 'A/HRC/RES/18/15', 'A/RES/76/170']
>>> [c.symbol for c in cited_resolutions("its resolutions 52/38 F of 9 December 1997, 53/77 AA of "
...     "4 December 1998, 54/54 U of 1 December 1999 and 1874 (S-IV) of 27 June 1963")]
['A/RES/52/38', 'A/RES/53/77', 'A/RES/54/54', 'A/RES/1874(S-IV)']
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, replace
from typing import Literal

from loaders.symbols import SYMBOL_PATTERN, ga_resolution, hrc_resolution, parse_symbol
from loaders.text import DATE_PATTERN, parse_date

__all__ = ["Cited", "cited_resolutions", "other_bodies_numbers"]

Organ = Literal["GA", "HRC", "UNEA"]


@dataclass(frozen=True)
class Cited:
    """One cited resolution: its symbol, where it is written (date and title included) and the
    date and title the text gives it."""

    symbol: str
    start: int
    end: int
    date: str | None = None
    title: str | None = None


_HYPHEN = "-\u2011"
_CITED = re.compile(
    rf"(?P<symbol>(?P<explicit>(?<![\w/]){SYMBOL_PATTERN})"
    r"|(?<![\d/])(?P<ecosoc>(?:19|20)\d{2})/(?P<enumber>\d{1,4})(?![\d/])"
    # "70/1", "ES-10/15", "S-21/1"; a fourth digit is a footnote marker set as a plain digit ("74/2639")
    rf"|(?:(?<![\w/])(?P<special>E?S[{_HYPHEN}]))?(?<![\d/])(?P<session>\d{{1,2}})/(?P<number>\d{{1,3}})\d?(?![\d/])"
    r"|(?P<sc>\d{1,4}) \((?P<year>(?:19|20)\d{2})\)"
    rf"|(?P<old>\d{{1,4}}) ?(?P<letter>[A-Z])? \((?P<roman>(?:E?S[{_HYPHEN}])?[IVXL]+)\))"
    rf"(?:\s+(?:du|of|on)\s+(?P<date>{DATE_PATTERN}))?"  # "on": "76/146 on 16 December 2021" (78/187)
    r"(?:,?\s+(?:intitulée?s?|entitled)\s+(?P<title>«\s*[^»]+?\s*»|“[^”]+”|\"[^\"]+\"))?"
)
#: The word that opens a citation: "resolution 70/1", "résolutions 75/1", "resolution (70/1",
#: "decision 78/544".
_HEAD = re.compile(r"(?:[Rr](?:é|e)solutions?|(?P<decision>[Dd](?:é|e)cisions?))\s*(?:\(\s*)?$")
#: What may stand between two items of one list, after the first item's number (and date, when
#: it follows the number): its part letters, a section, its date, its subject or title, "and".
_SUBJECT = r"(?:“[^”]{1,300}”|«[^»]{1,300}»|\"[^\"]{1,300}\"|[^,;:.()“”«»\"]{1,150}?)"
_LIST_GAP = re.compile(
    r"(?P<letters>\s?[A-Z]{1,2}(?:\s?(?:-|to|and|et|à)\s?[A-Z]{1,2})*)?"
    r"(?:,?\s+(?:section|sect\.)\s+[IVXL]+(?:\.[A-Z])?,?)?"
    rf"(?:\s+(?:of|du)\s+{DATE_PATTERN})?"
    rf"(?P<subject>,?\s+(?:on|sur|entitled|intitulée?s?|relating to|concernant)\s+{_SUBJECT})?"
    r"\s*,?\s*(?:(?:and|et|as well as|ainsi que|or|ou)\s+)?")
#: An organ named right after the number, or after the last item of a list.
_ORGAN_AFTER = re.compile(
    r",?\s+(?:(?:adopted|established)\s+by|of|du|de)\s+(?:the\s+|la\s+|le\s+|l[’'])?"
    r"(?:(?P<hrc>Human Rights Council|Conseil des droits de l[’']homme)"
    r"|(?P<unea>United Nations Environment Assembly|Assemblée des Nations Unies pour l[’']environnement))")
#: "…through its resolution 54/18 of 12 October 2023, the Human Rights Council submitted…"
_SUBJECT_AFTER = re.compile(r",\s+the Human Rights Council\b")
_ITS_BEFORE = re.compile(r"\b(?:in|through|by)\s+its\s+resolution\s+$")
#: Organs named in a clause; the last one before a number is the number's.
_ORGANS = re.compile(
    r"(?P<hrc>(?<!President of the )(?<!Presidency of the )(?<!Bureau of the )(?<!members of the )(?<!session of the )"
    r"(?<!sessions of the )Human Rights Council|Conseil des droits de l[’']homme"
    r"|(?<!Security )(?<!Social )(?<!Governing )(?<!Trusteeship )(?<!Executive )\bCouncil(?=\s+(?:resolutions?|decisions?)\b))"
    r"|(?P<unea>Environment Assembly|Assemblée des Nations Unies pour l[’']environnement)"
    r"|(?P<ga>General Assembly|Assemblée générale|\bAssembly(?=\s+resolutions?\b)"
    r"|(?<!Council in )(?<!Council by )(?<!Council, in )(?<!Conseil, dans )(?<!Conseil dans )\b(?:its|sa|ses)\s+r[ée]solutions?\b"
    r"|Security Council|Conseil de sécurité|Economic and Social Council|Conseil économique et social)")
#: How far before a number its organ may be named, within its clause (the lists of 78/189,
#: 78/207, 78/219 name it 35 to 60 characters before their first number).
_CLAUSE = 150
_CLAUSE_END = re.compile(r";|\.\s+(?=[A-Z])")


def _organ_before(text: str, start: int) -> Organ | None:
    begin = max(0, start - _CLAUSE)
    for end in _CLAUSE_END.finditer(text, begin, start):
        begin = end.end()
    last = None
    for match in _ORGANS.finditer(text, begin, start):  # the look-behinds see before ``begin``
        last = match
    if last is None:
        return None
    return "HRC" if last.group("hrc") else "UNEA" if last.group("unea") else "GA"


def _organ_after(text: str, end: int) -> Organ | None:
    after = _ORGAN_AFTER.match(text, end)
    if after:
        return "HRC" if after.group("hrc") else "UNEA"
    return None


def _assembly_session(session: str, date: str | None) -> bool:
    """Whether a dated number's session is the General Assembly's of that date (its sessions open
    in September: session 62 adopts resolutions in late 2007 and in 2008)."""
    day = parse_date(date) if date else None
    return day is not None and day.year - 1945 in (int(session), int(session) + 1)


_ASSEMBLY_NUMBERED = re.compile(r"A/RES/(?P<session>\d+)/\d+")


def _another_bodys(cited: Cited) -> bool:
    """Whether a number read as the Assembly's has a date its session cannot have: it is another
    body's, numbered by session too ("resolution 10/4 of 15 December 2023 of the Conference of
    the States Parties", "Commission on Narcotic Drugs resolution 65/1 of 18 March 2022"), and
    minting ``A/RES/10/4`` for it would merge it with the Assembly's resolution of 1955."""
    numbered = _ASSEMBLY_NUMBERED.fullmatch(cited.symbol)
    day = parse_date(cited.date) if cited.date and numbered else None
    return day is not None and not _assembly_session(numbered.group("session"), cited.date)


def _without_slipped_date(cited: Cited) -> Cited:
    """The citation without its date where no resolution can have been adopted on it, a slip of the
    text ("72/256 of 24 December 2107" in A/RES/78/248's list of the Assembly's resolutions): the
    number stands, the date says nothing of it."""
    day = parse_date(cited.date) if cited.date else None
    return replace(cited, date=None) if day is not None and day > datetime.date.today() else cited


def _symbol(match: re.Match[str], organ: Organ, decision: bool) -> str:
    special = (match.group("special") or "").replace("\u2011", "-")
    session, number = special + match.group("session"), match.group("number")
    if organ == "HRC" and (special or not _assembly_session(match.group("session"), match.group("date"))):
        return f"A/HRC/DEC/{session}/{number}" if decision else hrc_resolution(session, number)
    if organ == "UNEA" and not special and not decision:
        return f"UNEP/EA.{session}/Res.{number}"
    return f"A/DEC/{session}/{number}" if decision else ga_resolution(session, number)


def cited_resolutions(text: str) -> list[Cited]:
    """The resolutions ``text`` cites, in order (see the module's docstring)."""
    return [cited for cited in _numbers(text) if not _another_bodys(cited)]


def other_bodies_numbers(text: str) -> list[Cited]:
    """The numbers ``text`` cites that :func:`cited_resolutions` leaves out as another body's
    ("resolution 79/8 of 19 May 2023" of the Economic and Social Commission for Asia and the
    Pacific, A/RES/78/147), with the symbol they would have had as the Assembly's."""
    return [cited for cited in _numbers(text) if _another_bodys(cited)]


def _numbers(text: str) -> list[Cited]:
    """Every number ``text`` cites, each typed by its organ, the Assembly's included whatever their date."""
    if "/" not in text and "(" not in text:
        return []  # every branch of _CITED reads a "/" or a "(": most paragraphs cite nothing, found at once
    out: list[Cited] = []
    chain: list[tuple[re.Match[str], int, bool]] = []  # the open list's session-numbered items: index in out, decision
    previous_end = -1
    previous_organ: Organ | None = None
    decision = False
    named: dict[str, Organ] = {}  # numbers already typed by an organ the text names

    def close_chain() -> None:
        if chain:
            organ = _organ_after(text, chain[-1][0].end())
            if organ is not None:  # "…, 4/6 … and 4/9 …, adopted by the United Nations Environment Assembly"
                for match, index, of_decision in chain:
                    out[index] = Cited(_symbol(match, organ, of_decision), *_fields(out[index]))
        chain.clear()

    for match in _CITED.finditer(text):
        gap = _LIST_GAP.fullmatch(text, previous_end, match.start()) if previous_end >= 0 else None
        listed = gap is not None and (not gap.group("subject") or match.group("date") or match.group("sc")
                                      or match.group("old"))
        head = _HEAD.search(text[max(0, match.start() - 40):match.start()])
        headed = head is not None
        if not listed:
            close_chain()
        decision = bool(head.group("decision")) if head else decision if listed else False
        if match.group("explicit"):
            parsed = parse_symbol(match.group("explicit"))
            if parsed is None:
                continue
            symbol, organ = parsed.text, None
        elif match.group("ecosoc"):
            if not (headed or listed or match.group("date")):
                continue
            symbol, organ = f"E/RES/{match.group('ecosoc')}/{match.group('enumber')}", None
        elif match.group("sc"):
            if not (headed or listed):
                continue
            symbol, organ = f"S/RES/{match.group('sc')}({match.group('year')})", None
        elif match.group("old"):
            if not (headed or listed):
                continue
            # The official symbol of "217 A (III)" is A/RES/217(III), as undocs.org writes it.
            symbol, organ = f"A/RES/{match.group('old')}({match.group('roman').replace(chr(0x2011), '-')})", "GA"
        else:
            if not (headed or listed or match.group("date")):
                continue
            organ = _organ_after(text, match.end())
            if organ is None and _SUBJECT_AFTER.match(text, match.end()) and _ITS_BEFORE.search(
                    text[max(0, match.start() - 30):match.start()]):
                organ = "HRC"
            if organ is None and listed and previous_organ:
                organ = previous_organ
            if organ is None:
                organ = _organ_before(text, match.start())
            if organ is None and previous_end >= 0 and previous_organ and not _CLAUSE_END.search(
                    text, previous_end, match.start()):
                organ = previous_organ  # "… on the promotion, protection and enjoyment of human rights on the Internet, 34/7 of 23 March 2017"
            key = (match.group("special") or "") + match.group("session") + "/" + match.group("number")
            organ = organ or named.get(key) or "GA"  # "Recalls Human Rights Council resolutions 43/1 …, submitted pursuant to resolution 43/1"
            if organ != "GA":
                named.setdefault(key, organ)
            symbol = _symbol(match, organ, decision)
            chain.append((match, len(out), decision))
        out.append(Cited(symbol, match.start(), match.end(), match.group("date"), _title(match)))
        previous_end, previous_organ = match.end(), organ
    close_chain()
    return [_without_slipped_date(cited) for cited in out]


def _fields(cited: Cited) -> tuple[int, int, str | None, str | None]:
    return cited.start, cited.end, cited.date, cited.title


def _title(match: re.Match[str]) -> str | None:
    title = match.group("title")
    return title.strip("«»“”\" \u00a0") if title else None
