"""Activities named by a quoted title: "the “AI Ready Africa” initiative", "l'initiative
« IA pour tous »", "a workshop entitled "Data for Development"".

A title in quotation marks is a name when an activity noun stands right before it (with
"entitled", "called", "intitulé", "baptisée"... between them) or right after it, or when the
title holds a capitalised activity noun of its own ("“... Action Plan For Good and For All”").
The name is the title as written, inside the quotation marks.

>>> [f.term.label for f in quoted_titles("UNESCO launched the “AI Ready Africa” initiative in Kigali.", [])]
['AI Ready Africa']
"""

from __future__ import annotations

import re

from loaders.extract.prose.prose_terms import EVENT_HEADS, HEADS, Found, Term
from loaders.text import fold

__all__ = ["quoted_titles"]

_NOUNS = (r"initiatives?|programmes?|programs?|projects?|platforms?|campaigns?|forums?|summits?|dialogues?|workshops?|"
          r"conferences?|events?|strateg(?:y|ies)|frameworks?|roadmaps?|challenges?|coalitions?|networks?|hubs?|"
          r"competitions?|awards?|weeks?|days?|sessions?|meetings?|seminars?|panels?|"
          r"projets?|plate-?formes?|campagnes?|sommets?|ateliers?|conférences?|événements?|stratégies?|cadres?|"
          r"feuilles? de route|défis?|réseaux?|concours|prix|semaines?|journées?|réunions?|séminaires?|"
          r"rencontres?|manifestations?")
#: A closing ’ is a quotation mark only where no letter follows it ("l’ère" holds an apostrophe).
_OPEN, _CLOSE = r"[“\"«‘]\s*", r"\s*(?:[”\"»]|’(?!\w))"
_TITLE = r"(?P<title>[A-ZÀ-Ý0-9][^“”\"«»\n]{1,160}?)"
_CALLED = r"(?:\s*,?\s*(?:entitled|titled|called|named|known as|intitulée?s?|baptisée?s?|appelée?s?|dénommée?s?)\s*,?)?"
_BEFORE = re.compile(r"(?i:\b(?P<noun>" + _NOUNS + r"))" + _CALLED + r"\s*" + _OPEN + _TITLE + _CLOSE)
_AFTER = re.compile(_OPEN + _TITLE + _CLOSE + r"\s+(?i:(?P<noun>" + _NOUNS + r"))\b")
#: A quoted title whose own words hold a capitalised activity noun: "the “Artificial Intelligence
#: Capacity-Building Action Plan For Good and For All” proposed by China".
_SELF_NAMED = re.compile(_OPEN + r"(?P<title>[A-ZÀ-Ý0-9][^“”\"«»\n]{0,80}?\b(?P<noun>Initiative|Programme|Program|"
                         r"Project|Platform|Campaign|Forum|Summit|Dialogue|Workshop|Conference|Strategy|Framework|"
                         r"Roadmap|Action Plan|Challenge|Coalition|Network|Hub|Award|Week|Day|Projet|Plateforme|"
                         r"Campagne|Sommet|Atelier|Conférence|Stratégie|Cadre|Plan d'action|Feuille de route|Défi|"
                         r"Réseau|Semaine|Journée)\b[^“”\"«»\n]{0,80}?)" + _CLOSE)


def _overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(start < e and end > s for s, e in spans)


def quoted_titles(text: str, taken: list[tuple[int, int]]) -> list[Found]:
    """Activities named by a quoted title beside an activity noun, outside the spans ``taken``
    (which grows with them); the span is the title's."""
    out = []
    for m in sorted([*_BEFORE.finditer(text), *_AFTER.finditer(text), *_SELF_NAMED.finditer(text)],
                   key=lambda m: m.start("title")):
        start, end = m.start("title"), m.end("title")
        if _overlaps(start, end, taken):
            continue
        noun = fold(m.group("noun")).split()[0].rstrip("s")
        head = HEADS.get(noun) or HEADS.get(noun + "s") or ""
        out.append(Found(Term("event" if head in EVENT_HEADS else "activity", label=m.group("title")), start, end))
        taken.append((start, end))
    return out
