"""Recurring mandates and possible overlaps (pure).

A mandate is *renewed* when its paragraph is carried over (unchanged or amended) into the
successor resolution and the successor's paragraph gives a mandate of the same kind to the same
assignees (or one of them): the two are one recurring mandate (``mg:renews``).

Two mandates of *different series* that ask the same assignee for the same kind of deliverable
in similar words are a *possible overlap*: the similarity of their paragraphs (words, rapidfuzz)
is at least :data:`OVERLAP_MIN`. Only the latest mandate of each recurring chain is compared,
and clauses about "the present resolution" (the implementation of its own text, different in
every series however alike the words) are left out.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

import pyoxigraph as ox
from rapidfuzz import process
from rapidfuzz.distance import Indel

from graph.lineage.align import Link, words
from graph.lineage.read import Mandate, Paragraph

__all__ = ["Renewal", "Overlap", "renewals", "overlaps", "OVERLAP_MIN"]

OVERLAP_MIN = 0.8
_OWN_RESOLUTION = re.compile(r"present resolution|présente résolution", re.IGNORECASE)


@dataclass(frozen=True)
class Renewal:
    mandate: Mandate
    renews: Mandate


@dataclass(frozen=True)
class Overlap:
    a: Mandate
    b: Mandate
    similarity: float


def renewals(mandates: Iterable[Mandate], links: Iterable[Link]) -> list[Renewal]:
    """The mandates given again by a carried-over paragraph (``links``: every paragraph link)."""
    by_paragraph: dict[ox.NamedNode, list[Mandate]] = defaultdict(list)
    for mandate in mandates:
        by_paragraph[mandate.paragraph].append(mandate)
    found: set[Renewal] = set()
    for link in links:
        if link.change not in ("unchanged", "amended"):
            continue
        for mandate in by_paragraph.get(link.paragraph.iri, ()):
            for predecessor in link.predecessors:
                for earlier in by_paragraph.get(predecessor.iri, ()):
                    if (earlier.iri != mandate.iri and earlier.kind == mandate.kind
                            and (earlier.assignees & mandate.assignees or earlier.assignees == mandate.assignees)):
                        found.add(Renewal(mandate, earlier))
    return sorted(found, key=lambda r: (r.mandate.iri.value, r.renews.iri.value))


def overlaps(latest: Iterable[Mandate], texts: dict[ox.NamedNode, Paragraph],
             series_of: dict[ox.NamedNode, int]) -> list[Overlap]:
    """Possible overlaps among ``latest`` mandates (``texts``: paragraph by IRI; ``series_of``: a
    series number by paragraph IRI)."""
    groups: dict[tuple, list[Mandate]] = defaultdict(list)
    for mandate in latest:
        paragraph = texts.get(mandate.paragraph)
        if paragraph is None or _OWN_RESOLUTION.search(paragraph.text):
            continue
        for assignee in mandate.assignees:
            groups[(assignee, mandate.kind)].append(mandate)
    found: dict[tuple, Overlap] = {}
    for group in groups.values():
        if len(group) < 2:
            continue
        group.sort(key=lambda m: m.iri.value)
        tokens = [words(texts[m.paragraph].text) for m in group]
        scores = process.cdist(tokens, tokens, scorer=Indel.normalized_similarity, score_cutoff=OVERLAP_MIN,
                               workers=-1)
        for a, b in zip(*scores.nonzero()):
            if a >= b:
                continue
            first, second = group[a], group[b]
            if series_of.get(first.paragraph) == series_of.get(second.paragraph) or first.iri == second.iri:
                continue
            found[(first.iri.value, second.iri.value)] = Overlap(first, second, round(float(scores[a, b]), 3))
    return [found[key] for key in sorted(found)]
