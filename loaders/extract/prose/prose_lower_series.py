"""Series of events that French writes in lower case, named by a numbered edition of them.

French press often writes an event's name with no capital: « la 8ème édition du forum africain
sur la gouvernance de l'internet se tiendra à N'Djamena », « la deuxième édition du forum de la
Gouvernance de l'Internet ». Capitalised names are read by :mod:`loaders.extract.prose.prose_new_names`;
a lower-case head is too common a word to name anything alone (« un forum », « la réunion »), but
after « Nème édition du » it names the series the edition belongs to. The series' name runs from
its head to where French names end (a verb, a clause, a date, an article after a preposition:
:func:`loaders.extract.prose.prose_new_names.trimmed_name`); :mod:`loaders.extract.prose.prose_event_names`
then makes the edition an event of its own, part of that series.

>>> [f.term.label for f in lower_case_series("La 8ème édition du forum africain sur la gouvernance de l’internet se tiendra à N’Djamena.", [])]
['forum africain sur la gouvernance de l’internet']
>>> lower_case_series("Un forum africain sur la gouvernance de l’internet se tiendra.", [])
[]
"""

from __future__ import annotations

import re

from loaders.extract.prose.prose_editions import ORDINAL
from loaders.extract.prose.prose_new_names import trimmed_name
from loaders.extract.prose.prose_terms import Found, Term
from loaders.text import fold

__all__ = ["lower_case_series"]

#: A numbered edition of what follows, as folded text writes it: "8eme edition du ", "deuxieme edition de la ".
_EDITION_OF = re.compile(r"(?:^|(?<=\s|'))(?:" + ORDINAL + r"\s+edition|edition\s+(?:19|20)\d\d)\s+(?:du|de\s+la|de\s+l['’]|des)\s*$")
#: An event's head in lower case and the words of its name (at most twelve, on one line).
_LOWER_SERIES = re.compile(r"\b(?:forum|sommet|conférence|réunion|atelier|séminaire|colloque|dialogue|semaine|journée|"
                           r"congrès|symposium|festival|salon|rencontre)s?"
                           r"(?:[^\S\n]+(?:[a-zà-ÿ]+['’][\w-]+|[\w'’-]+)){1,12}")


def lower_case_series(text: str, taken: list[tuple[int, int]]) -> list[Found]:
    """The lower-case series of events named in French ``text`` right after a numbered edition
    of them, outside the spans ``taken`` (which grows with them)."""
    out = []
    for m in _LOWER_SERIES.finditer(text):
        start = m.start()
        if not _EDITION_OF.search(fold(text[max(0, start - 40):start])):
            continue
        value = trimmed_name(m.group(0), "fr")
        end = start + len(value)
        if len(value.split()) < 2 or any(start < e and end > s for s, e in taken):
            continue
        out.append(Found(Term("event", label=value), start, end))
        taken.append((start, end))
    return out
