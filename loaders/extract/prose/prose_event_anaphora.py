"""An event named again by its head noun, in the sentence that dates or places it: "The meeting, held 23-24
September, was inaugurated by ...", « L'examen, qui a eu lieu à Addis-Abeba du 14 au 16 avril 2015, a
réuni plus de 70 participants », "Organised by the AUC ..., the forum was held from ...".

The noun opens the sentence (or the main clause after an opening phrase), with a definite article or a
demonstrative, and an event verb follows it in its clause ("held", "took place", « a eu lieu », « s'est
tenu »). It stands for the last event named before it (in the 600 characters before) whose name has that
head ("meeting" for "the Preparatory Meeting for the Third Ministerial Conference", « examen » for
« l'Examen régional africain décennal ... »); "event", « événement », « manifestation » stand for any
event. Names the document reads already (:mod:`loaders.extract.prose.prose_names`) are left to it.

>>> bool(_SHORT.match("the meeting, held 23-24 september, was"))
True
"""

from __future__ import annotations

import re

from loaders.extract.prose.prose_names import Names
from loaders.extract.prose.prose_terms import Found, heads_of_names
from loaders.text import fold

__all__ = ["named_again"]

_HEADS = {"meeting": "meeting", "forum": "forum", "conference": "conference", "summit": "summit", "review": "review",
          "workshop": "workshop", "dialogue": "dialogue", "symposium": "symposium", "seminar": "seminar",
          "reunion": "meeting", "conference": "conference", "sommet": "summit", "examen": "review", "atelier": "workshop",
          "seminaire": "seminar", "colloque": "symposium", "event": "", "evenement": "", "manifestation": "",
          "rencontre": ""}
#: The noun, after what may open the sentence ("Organised by the AUC in collaboration with the ECA, the forum ...").
_SHORT = re.compile(r"(?:[^.;]{0,200}?,\s*)?(?:the|this|la|le|l'|cet|cette|ce)\s*(?P<head>" + "|".join(_HEADS) + r")\b"
                    r"(?P<between>\s*,?\s*(?:(?:which|qui)\s+)?(?:(?:was|were|will be|is|has been|a ete|sera|est)\s+)?)"
                    r"(?P<verb>held|took place|will take place|takes place|s'est tenue?|a eu lieu|aura lieu|se tiendra|"
                    r"se tient|s'est deroulee?|se deroulera)\b")
_LOOK_BACK = 600


def named_again(names: Names, start: int, end: int) -> Found | None:
    """The event a sentence names again by its head noun (see the module's docstring), as a Found over the noun."""
    m = _SHORT.match(names.folded, start, end)
    if m is None or any(f.start < m.end("head") and m.start("head") < f.end for f in names.activities):
        return None
    head = _HEADS[m.group("head")]
    before = [f for f in names.activities if max(0, start - _LOOK_BACK) <= f.start and f.end <= start
              and f.term.is_event and f.term.entity is None]
    fits = [f for f in before if not head or head in heads_of_names([f.term.label or ""])
            or re.search(r"\b" + m.group("head") + r"\b", fold(f.term.label or ""))]
    if not fits:
        return None
    return Found(fits[-1].term, m.start("head"), m.end("head"), fits[-1].owner)
