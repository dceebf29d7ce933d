"""Addressees the registry has no name for and no capitals name: the short noun phrases a directive
lists before its infinitive ("invites creditors and debtors to…", "urges all parties to the conflict
to…"), each an entity named as written, unless the phrase names an act rather than an actor.

>>> from loaders.registry import load_registry
>>> text = "Invites creditors and debtors to continue to work together;"
>>> [a.name for a in described(text, 7, text.index(" to "), "en", load_registry())]
['creditors', 'debtors']
"""

from __future__ import annotations

import re

from loaders.extract.operative.mandate_model import Assignee
from loaders.registry import Registry

__all__ = ["described"]

_DETERMINER = {"en": re.compile(r"^(?:,?\s*(?:also|further|again|as\s+appropriate|once\s+again),?\s*)*"
                                r"(?:the\s+|all\s+(?:the\s+)?|those\s+|other\s+|relevant\s+)*", re.I),
               "fr": re.compile(r"^(?:,?\s*(?:également|en\s+outre|de\s+nouveau|à\s+nouveau|le\s+cas\s+échéant|"
                                r"vivement|instamment|aussi|à\s+cet\s+égard|une\s+fois\s+de\s+plus|par\s+conséquent|"
                                r"en\s+conséquence|dans\s+ce\s+contexte|à\s+cette\s+fin),?\s*)*"
                                r"(?:les?\s+|la\s+|l[’']\s*|aux?\s+|à\s+|tous\s+|toutes\s+|"
                                r"d[’']\s*autres\s+|autres\s+|ces\s+)*", re.I)}
_PARTS = {"en": re.compile(r"\s*(?:,\s*(?:and\s+|as\s+well\s+as\s+)?|\s+and\s+(?:all\s+|the\s+|other\s+)*|"
                           r"\s+as\s+well\s+as\s+)"),
          "fr": re.compile(r"\s*(?:,\s*(?:et\s+|ainsi\s+qu[’']\s*)?|\s+et\s+|\s+ainsi\s+qu[’']\s*)")}


#: What an addressee is not: an action named as a noun ("the promotion of…", "la création de…").
_NOMINAL = {"en": re.compile(r"^\w+(?:tion|sion|ment|ance|ence|ity|ing|al|ure)s?\b|\bof\b", re.I),
            "fr": re.compile(r"^\w+(?:tion|sion|ment|ance|ence|ité|age|ure)s?\b|\b(?:de|du|des|d[’'])\b", re.I)}


#: What is asked for, not of whom: "urges timely action to…", "calls for increased cooperation
#: between…", "encourages enhanced support to…", « encourage les initiatives qui visent à… » name an
#: act, not an addressee; nor does a relative clause or a purpose (« qui », « afin »), nor an act said to be
#: someone's ("urges increased political commitment by Member States": Member States are read after "by").
_ACTS = {"en": re.compile(r"\b(?:action|actions|support|cooperation|efforts?|engagement|attention|consideration|"
                          r"assistance|measures|steps|commitments?|collaboration|coordination|dialogue|investments?|"
                          r"participation|implementation|funding|resources|contributions|initiatives?|between|among)$|"
                          r"\b(?:between|among|by)\b", re.I),
         "fr": re.compile(r"^(?:action|actions|appui|soutien|coopération|efforts?|engagement|attention|assistance|"
                          r"mesures|dialogue|investissements?|participation|financement|ressources|contributions|"
                          r"initiatives?)\b|\b(?:entre|parmi|qui|afin|selon)\b", re.I)}


#: Who a pronoun is only the text before it can say ("requests it to…", "urges them to…").
#: French puts the pronoun before the verb ("les encourage tous à…"): what follows is "tous".
_PRONOUN = {"en": re.compile(r"(?:it|them|him|her|they|those|these|efforts?)\b", re.I),
            "fr": re.compile(r"(?:tous|toutes|chacun|chacune|ceux|celles|celui|celle|eux|elles?|ils?|efforts?|"
                             r"(?:ce|cette|ces)?\s*derni(?:er|ère)s?)\b",
                             re.I)}


_AT_ALL_LEVELS = re.compile(r"\s*(?:at\s+all\s+levels|à\s+tous\s+les\s+(?:niveaux|échelons))\s*$", re.IGNORECASE)


def described(text: str, start: int, stop: int, lang: str, registry: Registry) -> list[Assignee]:
    """Who a directive addresses when the registry has no name for them and no capitals name
    them: the short noun phrases before the infinitive ("invites creditors and debtors to…",
    "urges all parties to the conflict to…"), each an entity named as written."""
    while start < stop and text[start] in " ,":
        start += 1
    head = _DETERMINER[lang].match(text[start:stop])
    begin = start + (head.end() if head else 0)
    phrase = text[begin:stop].rstrip(" ,")
    if not phrase or len(phrase.split()) > 12 or not phrase[:1].isalpha() or "(" in phrase \
            or _NOMINAL[lang].search(phrase):
        return []
    found = []
    position = begin
    if _PRONOUN[lang].match(phrase):
        return []
    for part in _PARTS[lang].split(phrase):
        if _AT_ALL_LEVELS.match(part):
            continue  # "les acteurs financiers, à tous les niveaux, à œuvrer…": where, not who
        part = _DETERMINER[lang].sub("", part).strip()
        at = text.find(part, position)
        if not part or at < 0 or len(part.split()) > 8:
            return []
        position = at + len(part)
        entity = registry.resolve(part, lang)
        if entity is None and _ACTS[lang].search(part):
            return []
        found.append(Assignee(entity, part, at, at + len(part), entity.type if entity else "AddresseeGroup"))
    return found
