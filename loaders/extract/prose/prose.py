"""Facts from English and French prose: mandates, roles, events, editions, mentions.

Rule-based and sentence by sentence (:mod:`loaders.extract.prose.sentences`; hard-wrapped lines
joined first, :mod:`loaders.extract.prose.line_breaks`), each fact with the span that states it, one
module per kind of fact:

- **names** (:mod:`loaders.extract.prose.prose_names`): activities, agents, places, citations and the
  short names and acronyms that point back, read once per document; last, the activity names a
  learned tagger finds where the rules found none (:mod:`loaders.extract.prose.prose_tagged_names`);
- **mandate links** (:mod:`loaders.extract.prose.prose_mandates`): an instrument cited after a cue
  ("established by", "pursuant to", "conformément à", "following a commitment made in") or as
  the subject of a mandating verb mandates the activities the sentence names (cues in
  :mod:`loaders.extract.prose.prose_mandate_cues`, which activities in
  :mod:`loaders.extract.prose.prose_mandate_subjects`, "This report" in :mod:`loaders.extract.prose.prose_reports`);
- **roles** (:mod:`loaders.extract.prose.prose_roles`): a trigger ("co-chaired by", "organised by",
  "en partenariat avec"; :mod:`loaders.extract.prose.prose_role_triggers`) links the agents it names
  (:mod:`loaders.extract.prose.prose_role_agents`) to an activity; secretariats ("fait partie du
  secrétariat conjoint") are read by :mod:`loaders.extract.prose.prose_role_secretariats`; an organ that
  adopts a resolution creating an activity, or whose resolution established it, created it
  (:mod:`loaders.extract.prose.prose_creations`); a leading role said with a noun ("with the ITU taking a leading role in
  its preparations", « un rôle de premier plan dans la préparation du Sommet ») leads it
  (:mod:`loaders.extract.prose.prose_leading_roles`);
- **events** (:mod:`loaders.extract.prose.prose_events`, dates in :mod:`loaders.extract.prose.prose_dates`, places in
  :mod:`loaders.extract.prose.prose_venues`): dates and places of events, editions, meetings, and side events; the
  phases of an event (:mod:`loaders.extract.prose.prose_phases`), an event named again by its head noun
  (:mod:`loaders.extract.prose.prose_event_anaphora`), sessions and meetings of organs, part of the organ
  (:mod:`loaders.extract.prose.prose_sessions`, :mod:`loaders.extract.prose.prose_organ_meetings`);
- **layout** (:mod:`loaders.extract.prose.prose_layout`): a programme's parts listed one per line,
  "- Youth IGF Camp (June 12-14), Sai Kung", each dated, placed and part of the event introducing
  them; a page opening with an event's title, its organisers' line and its date line;
- **parts** (:mod:`loaders.extract.prose.prose_parts`): what a whole "is composed of";
- **editions** are part of their series; a numbered edition of a series the registry does not know
  ("le 13e Forum africain sur ...", "the Fourth Annual Meeting of the Arab ...", "the 6th IGF") is a
  node of its own, named with its ordinal (:mod:`loaders.extract.prose.prose_editions`);
- **mentions** are every registry entity named.

>>> from loaders.registry import load_registry
>>> facts = extract_prose("Le projet Giga mené par l'UIT en coopération avec l'UNICEF vise à connecter les écoles.", "fr", load_registry()).facts
>>> sorted((f.subject.key, f.predicate, f.object.key) for f in facts)
[('giga', 'leadEntity', 'itu'), ('giga', 'partner', 'unicef')]
"""

from __future__ import annotations

from loaders.extract.prose.activity_names import activity_names
from loaders.extract.prose.line_breaks import is_wrapped
from loaders.extract.prose.prose_creations import add_creations
from loaders.extract.prose.prose_events import add_events
from loaders.extract.prose.prose_leading_roles import add_leading_roles
from loaders.extract.prose.prose_layout import add_heading_event, add_listed_events
from loaders.extract.prose.prose_mandates import add_mandates, add_recognitions
from loaders.extract.prose.prose_document import read_document
from loaders.extract.prose.prose_parts import add_parts
from loaders.extract.prose.prose_role_classifier import add_classified_roles
from loaders.extract.prose.prose_roles import RoleContext, add_roles
from loaders.extract.prose.prose_terms import Found, ProseExtraction, Term
from loaders.extract.prose.sentences import sentences
from loaders.registry import Registry

__all__ = ["ProseExtraction", "extract_prose", "sentences"]


def extract_prose(text: str, lang: str, registry: Registry, *, published: str | None = None) -> ProseExtraction:
    """Every fact :mod:`loaders.extract.prose.prose` reads in ``text`` (in ``lang``), with its span.
    Hard-wrapped lines are read as running text (:func:`loaders.extract.prose.line_breaks.unwrap`);
    the spans are the same in the original. ``published`` ("2025", "2025-07-09") dates the days
    the text writes without a year, where nothing before them does."""
    original = text
    names = read_document(text, lang, registry, published)
    text = names.text
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
        add_recognitions(out, names, start, end)
        add_roles(out, names, start, end, context)
        add_leading_roles(out, names, start, end)
        add_creations(out, names, start, end)
        add_events(out, names, start, end)
        add_parts(out, names, start, end)
    add_classified_roles(out, names)  # a learned model's roles, where the rules give none (opt-in: MG_ROLE_MODEL)
    add_listed_events(out, names)
    add_heading_event(out, names, text if is_wrapped(original) else original)  # a wrapped text's lines are no layout
    return out

