"""A name that is the opening words of a longer name the text gave before stands for that name: "ITU partnered
with UNDP to launch a Joint Facility for Digital Capacity Development ... The Joint Facility stands in support of",
« le Comité spécial chargé d’élaborer une convention ... Le Comité spécial a été créé par la résolution ». The
longer name goes on with its complement ("for", "on", « chargé de », « sur »...), and a definite article or a
demonstrative opens the short one; where several longer names open so, the last named is meant.

>>> from loaders.extract.prose.prose_terms import Found, Term
>>> text = "a Joint Facility for Digital Capacity Development. The Joint Facility stands"
>>> found = [Found(Term("activity", label="Joint Facility for Digital Capacity Development"), 2, 49),
...          Found(Term("activity", label="Joint Facility"), 55, 69)]
>>> [f.term.label for f in as_longer_names(text, found)]
['Joint Facility for Digital Capacity Development', 'Joint Facility for Digital Capacity Development']
"""

from __future__ import annotations

import re

from loaders.extract.prose.prose_terms import Found
from loaders.text import fold

__all__ = ["as_longer_names"]

#: The article or demonstrative before a short name.
_DEFINITE = re.compile(r"(?:\b(?:[Tt]he|[Tt]his|[Ll]e|[Ll]a|[Cc]e|[Cc]et|[Cc]ette)\s+|\b[Ll]['’]\s*)$")
#: The word a longer name's complement opens with, after the short name's words.
_COMPLEMENT = re.compile(r"(?:on|of|for|in|to|de|du|des|d'|sur|pour|chargee?s?)\b")


def as_longer_names(text: str, activities: list[Found]) -> list[Found]:
    """``activities`` (in reading order) with each new name that opens a longer new name named before it read as
    that longer name."""
    out: list[Found] = []
    for found in activities:
        label = found.term.label
        if found.term.entity is None and label and _DEFINITE.search(text, max(0, found.start - 6), found.start):
            short = fold(" ".join(label.split())) + " "
            longer = [f for f in out if f.end <= found.start and f.term.entity is None and f.term.label
                      and fold(" ".join(f.term.label.split())).startswith(short)
                      and _COMPLEMENT.match(fold(" ".join(f.term.label.split()))[len(short):])]
            if longer:
                found = Found(longer[-1].term, found.start, found.end, found.owner)
        out.append(found)
    return out
