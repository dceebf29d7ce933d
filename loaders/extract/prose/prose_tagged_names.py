"""Activity names the learned tagger finds where the rules found none: new nodes, labelled as written.

The rules' names come first (:mod:`loaders.extract.prose.prose_names`); a name the tagger
(:mod:`loaders.extract.prose.name_tagger`) finds is kept only where it overlaps no name, agent,
place or citation the rules found, and only when the tagger is confident enough
(:data:`MIN_CONFIDENCE`, chosen by the leave-one-set-out fact scores of
``benchmarks/labelled/name_tagger_facts.py``). They are added last, after every rule (short
names, acronyms, numbered and dated editions) has read the text, so that a tagged "6th IGF" never
keeps the rules from reading it as an edition of the IGF. Its kind is an event when its last head noun is an
event's ("meeting", "forum"), else an activity.

>>> _kind("Consultation Meeting of WSIS Action Lines Moderators/Facilitators"), _kind("Global Initiative on AI for Health")
('event', 'activity')
"""

from __future__ import annotations

import re

from loaders.extract.prose.name_tagger import TaggedName, tag_names
from loaders.extract.prose.prose_terms import EVENT_HEADS, HEADS, Found, Term
from loaders.text import fold

__all__ = ["MIN_CONFIDENCE", "kept_names", "tagged_activities"]

#: The least marginal probability of a tagged name's every tag for the name to be kept.
MIN_CONFIDENCE = 0.7


def _kind(label: str) -> str:
    heads = [HEADS[w] for w in re.findall(r"[\w-]+", fold(label)) if w in HEADS]
    return "event" if heads and heads[-1] in EVENT_HEADS else "activity"


def kept_names(tagged: list[TaggedName], taken: list[tuple[int, int]], *,
               min_confidence: float | None = None) -> list[TaggedName]:
    """The tagged names at least ``min_confidence`` (default :data:`MIN_CONFIDENCE`) sure that
    overlap none of the spans ``taken`` and are written as names (a capital or a digit in them).

    >>> kept_names([TaggedName("Forum", 4, 9, 0.9), TaggedName("Hub", 20, 23, 0.9), TaggedName("Lab", 30, 33, 0.6),
    ...             TaggedName("forum africain", 40, 54, 0.9)], [(0, 6)])
    [TaggedName(text='Hub', start=20, end=23, confidence=0.9)]
    """
    floor = MIN_CONFIDENCE if min_confidence is None else min_confidence
    return [name for name in tagged if name.confidence >= floor and _written_as_a_name(name.text)
            and not any(name.start < e and name.end > s for s, e in taken)]


def _written_as_a_name(text: str) -> bool:
    """Whether a capital letter or a digit is in ``text``: one all in lower case ("un forum africain sur la
    gouvernance de l'internet") is a description, which the rules read where a frame says it names an activity."""
    return any(c.isupper() or c.isdigit() for c in text)


def tagged_activities(text: str, lang: str, taken: list[tuple[int, int]]) -> list[Found]:
    """The tagger's names in ``text`` (in ``lang``) outside ``taken``, as new activities or events."""
    return [Found(Term(_kind(name.text), label=name.text), name.start, name.end)
            for name in kept_names(tag_names(text, lang), taken)]
