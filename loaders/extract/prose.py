"""Facts from English and French prose: mandates, roles, events, editions, mentions.

Rule-based and sentence by sentence, each fact with the span that states it:

- **mandate links**: an instrument cited after a cue ("established by", "in line with",
  "pursuant to", "conformément à", "en application de", "comme indiqué dans", "mandated by")
  or as the subject of a mandating verb ("La Résolution 79/325 ... prie", "a resolution
  (A/RES/79/325) that delineates") mandates the activities the sentence names;
- **roles**: a trigger ("co-chaired by", "organised by", "led by", "in partnership with",
  "sous la coordination de", "l'UIT coordonne", "ont créé conjointement", "fait partie du
  secrétariat conjoint", "qui en assurent le secrétariat", "dont elle est l'institution chef
  de file") links the agents it names to the activity before it (or after it, or the one the
  sentence is about);
- **events**: a date and a place in a sentence about an event, an edition (a series with a
  year) or a meeting of a body ("la première réunion en présentiel ... à Madrid"), and the
  event a side event is held on the margins of;
- **editions** are part of their series; **mentions** are every registry entity named.

>>> from loaders.registry import load_registry
>>> facts = extract_prose("Le projet Giga mené par l'UIT en coopération avec l'UNICEF vise à connecter les écoles.", "fr", load_registry()).facts
>>> sorted((f.subject.key, f.predicate, f.object.key) for f in facts)
[('giga', 'leadEntity', 'itu'), ('giga', 'partner', 'unicef')]
"""

from __future__ import annotations

from loaders.extract.activity_names import activity_names
from loaders.extract.prose_events import add_events
from loaders.extract.prose_mandates import add_mandates
from loaders.extract.prose_names import read_names
from loaders.extract.prose_roles import RoleContext, add_roles
from loaders.extract.prose_terms import Found, ProseExtraction, Term
from loaders.extract.sentences import sentences
from loaders.registry import Registry

# ---- the document --------------------------------------------------------------------------


def extract_prose(text: str, lang: str, registry: Registry) -> ProseExtraction:
    """Every fact :mod:`loaders.extract.prose` reads in ``text`` (in ``lang``), with its span."""
    names = read_names(text, lang, registry)
    out = ProseExtraction(mentions=list(names.mentions))
    editions = activity_names(registry)
    for found in names.activities:
        if found.term.entity is not None and (series := editions.series_of(found.term.entity)) is not None:
            out.mentions.append(Found(Term.known(series), found.start, found.end))
        elif found.term.kind == "edition" and found.term.series is not None:
            out.mentions.append(Found(Term.known(found.term.series), found.start, found.end))
    context = RoleContext()
    for start, end in sentences(text):
        add_mandates(out, names, start, end)
        add_roles(out, names, start, end, context)
        add_events(out, names, start, end)
    return out

