"""UN document symbols: which organ issued a document and whether it is a resolution, a
decision or another document, read from its symbol alone.

One parser for every reader (the Akoma Ntoso cover page, citations found in a text, undocs.org
links) and for the quads, so that a symbol is written and typed the same way wherever it is met.

>>> parse_symbol("A/RES/S-32/1")
Symbol(text='A/RES/S-32/1', organ='GA', kind='resolution', session=None, special='S-32')
>>> parse_symbol("A/hrc/RES/49/7").text
'A/HRC/RES/49/7'
>>> parse_symbol("S/RES/2719 (2023)").text
'S/RES/2719(2023)'
>>> parse_symbol("A/79/7/Add.24").kind
'document'
>>> parse_symbol("A/RES/77/263B").kind
'resolution'
>>> parse_symbol("Rapport 12") is None
True
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

__all__ = ["SYMBOL_PATTERN", "Kind", "Organ", "Symbol", "ga_resolution", "hrc_resolution", "parse_symbol"]

Organ = Literal["GA", "HRC", "SC", "ECOSOC"]
Kind = Literal["resolution", "decision", "document"]

_SESSION = r"(?:(?P<special>E?S-\d{1,2})|(?P<session>\d{1,3}))"
#: Symbols written out in a text; a GA resolution "A/RES/79/1 A" keeps its part letter.
SYMBOL_PATTERN = (
    r"(?:A/HRC/(?:RES|DEC)/\d{1,2}/\d{1,4}"
    r"|A/(?:RES|DEC)/(?:E?S-\d{1,2}|\d{1,3})/\d{1,4}(?:\s?[A-Z](?:-[A-Z])?\b)?"
    r"|A/RES/\d{1,4}\s?\([IVXL]+\)"
    r"|S/RES/\d{1,4}\s?\(\d{4}\)"
    r"|E/(?:RES|DEC)/\d{4}/\d{1,4})"
)
_RULES: list[tuple[re.Pattern[str], Organ, Kind]] = [
    (re.compile(rf"A/HRC/RES/{_SESSION}/\d+"), "HRC", "resolution"),
    (re.compile(rf"A/HRC/DEC/{_SESSION}/\d+"), "HRC", "decision"),
    (re.compile(rf"A/RES/{_SESSION}/\d+(?: ?[A-Z](?:-[A-Z])?)?"), "GA", "resolution"),
    (re.compile(r"A/RES/.+"), "GA", "resolution"),  # older forms: A/RES/217(III), A/RES/2625 (XXV)
    (re.compile(rf"A/DEC/{_SESSION}/\d+(?: [A-Z](?:-[A-Z])?)?"), "GA", "decision"),
    (re.compile(r"S/RES/\d+\(\d{4}\)"), "SC", "resolution"),
    (re.compile(r"E/RES/\d{4}/\d+"), "ECOSOC", "resolution"),
    (re.compile(r"E/DEC/\d{4}/\d+"), "ECOSOC", "decision"),
    (re.compile(r"A/HRC/[\w./-]+"), "HRC", "document"),
    (re.compile(r"A/[\w./-]+"), "GA", "document"),
    (re.compile(r"S/[\w./-]+"), "SC", "document"),
    (re.compile(r"E/[\w./-]+"), "ECOSOC", "document"),
]


@dataclass(frozen=True)
class Symbol:
    """A parsed symbol: its canonical text, the organ, the kind of document and the session
    (regular sessions as a number; special and emergency special sessions as ``S-32``, ``ES-11``)."""

    text: str
    organ: Organ
    kind: Kind
    session: int | None = None
    special: str | None = None


def _canonical(text: str) -> str:
    """Upper-case series letters, one space before a part letter, none before a year or a roman number."""
    text = " ".join(text.split())
    head, _, tail = text.partition(" ")
    parts = head.split("/")
    series = [p.upper() if p.isalpha() or p.upper() in ("RES", "DEC", "HRC") else p for p in parts]
    text = "/".join(series) + (" " + tail if tail else "")
    text = re.sub(r"\s+\(", "(", text)
    return re.sub(r"/(e?s)-", lambda m: "/" + m.group(1).upper() + "-", text)


def parse_symbol(text: str) -> Symbol | None:
    """The symbol ``text`` names, or ``None`` when it is not a UN symbol of a known series.

    >>> parse_symbol("A/RES/ES-11/1").special, parse_symbol("A/RES/79/325").session
    ('ES-11', 79)
    >>> parse_symbol("E/RES/2023/1").organ, parse_symbol("A/DEC/78/550").kind
    ('ECOSOC', 'decision')
    """
    canonical = _canonical(text)
    for pattern, organ, kind in _RULES:
        match = pattern.fullmatch(canonical)
        if match:
            groups = match.groupdict()
            session = int(groups["session"]) if groups.get("session") else None
            return Symbol(canonical, organ, kind, session, groups.get("special"))
    return None


def ga_resolution(session: str, number: str) -> str:
    """``A/RES/<session>/<number>``: what "resolution 79/1" means in a General Assembly text."""
    return f"A/RES/{session}/{number}"


def hrc_resolution(session: str, number: str) -> str:
    """``A/HRC/RES/<session>/<number>``: "Human Rights Council resolution 53/2"."""
    return f"A/HRC/RES/{session}/{number}"
