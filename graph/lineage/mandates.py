"""Recurring mandates and possible overlaps (pure).

A mandate is *renewed* when its paragraph is carried over (unchanged or amended) into the
successor resolution and the successor's paragraph gives a mandate of the same kind to the same
assignees (or one of them): the two are one recurring mandate (``mg:renews``).

Two mandates of *different series* that ask the same assignee for the same kind of deliverable
in similar words are a *possible overlap*: the similarity of their paragraphs (words, rapidfuzz)
is at least :data:`OVERLAP_MIN`. Only the latest mandate of each recurring chain is compared,
and clauses about "the present resolution" (the implementation of its own text, different in
every series however alike the words) are left out. Each mandate keeps its
:data:`MOST_OVERLAPS` most similar others (ties: the lower IRI first), and a pair is written
when either of its mandates keeps it: a paragraph repeated in hundreds of series is one finding,
not hundreds squared, and the step grows with the mandates, not their square. Similar pairs are
found by a prefix filter (:mod:`graph.lineage.similar`): the same pairs as comparing every pair.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np
import pyoxigraph as ox

from graph.lineage.align import Codes, Link, words
from graph.lineage.read import Mandate, Paragraph
from graph.lineage.similar import similar_pairs

__all__ = ["Renewal", "Overlap", "renewals", "overlaps", "OVERLAP_MIN", "MOST_OVERLAPS"]

OVERLAP_MIN = 0.8
#: The most possible overlaps kept for one mandate (its nearest; see the module's text).
MOST_OVERLAPS = 20
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
             series_of: dict[ox.NamedNode, int], *, most: int = MOST_OVERLAPS) -> list[Overlap]:
    """Possible overlaps among ``latest`` mandates (``texts``: paragraph by IRI; ``series_of``: a
    series number by paragraph IRI): for each mandate its ``most`` most similar others (the
    nearest first, then by IRI); a pair is kept when either of its mandates keeps it."""
    groups: dict[tuple, list[Mandate]] = defaultdict(list)
    for mandate in latest:
        paragraph = texts.get(mandate.paragraph)
        if paragraph is None or _OWN_RESOLUTION.search(paragraph.text):
            continue
        for assignee in mandate.assignees:
            groups[(assignee, mandate.kind)].append(mandate)
    codes = _TextCodes()
    # Each mandate's candidates: other mandate -> similarity (the same in every group).
    candidates: dict[Mandate, dict[Mandate, float]] = defaultdict(dict)
    for group in groups.values():
        if len(group) < 2:
            continue
        for mandate, partners in _nearest_in_group(group, texts, series_of, codes, most).items():
            candidates[mandate].update(partners)
    kept: dict[tuple[str, str], Overlap] = {}
    for mandate, partners in candidates.items():
        for other, similarity in _nearest(partners, most):
            first, second = sorted((mandate, other), key=lambda m: m.iri.value)
            kept[(first.iri.value, second.iri.value)] = Overlap(first, second, similarity)
    return [kept[key] for key in sorted(kept)]


class _TextCodes(Codes):
    """:class:`Codes` that encode each text once."""

    def __init__(self) -> None:
        super().__init__()
        self.texts: dict[str, str] = {}

    def of(self, text: str) -> str:
        code = self.texts.get(text)
        if code is None:
            code = self.texts[text] = self.encode(words(text))
        return code


def _nearest(partners: dict[Mandate, float], most: int) -> list[tuple[Mandate, float]]:
    return sorted(partners.items(), key=lambda item: (-item[1], item[0].iri.value))[:most]


def _nearest_in_group(group: list[Mandate], texts: dict[ox.NamedNode, Paragraph], series_of: dict[ox.NamedNode, int],
                      codes: "_TextCodes", most: int) -> dict[Mandate, dict[Mandate, float]]:
    """Each mandate's ``most`` nearest others of the group (by similarity, then IRI) that are of
    another series; the same words are compared once however often they recur."""
    by_words: dict[str, list[Mandate]] = defaultdict(list)
    for mandate in sorted(group, key=lambda m: m.iri.value):
        by_words[codes.of(texts[mandate.paragraph].text)].append(mandate)
    distinct = list(by_words)
    # Similar texts, each with the other texts it is similar to (itself first, at 1.0).
    similar: list[list[tuple[float, int]]] = [[(1.0, k)] for k in range(len(distinct))]
    for a, b, similarity in similar_pairs(distinct, OVERLAP_MIN):
        similarity = round(float(np.float32(similarity)), 3)  # as rapidfuzz's cdist gave it
        similar[a].append((similarity, b))
        similar[b].append((similarity, a))
    nearest: dict[Mandate, dict[Mandate, float]] = {}
    for k, text in enumerate(distinct):
        levels: dict[float, list[int]] = defaultdict(list)
        for similarity, other in similar[k]:
            levels[similarity].append(other)
        for mandate in by_words[text]:
            partners: dict[Mandate, float] = {}
            for similarity in sorted(levels, reverse=True):
                need = most - len(partners)
                if need <= 0:
                    break
                level = [c for other in levels[similarity] for c in _first_others(by_words[distinct[other]], mandate,
                                                                                   series_of, need)]
                level.sort(key=lambda m: m.iri.value)
                partners.update((c, similarity) for c in level[:need])
            nearest[mandate] = partners
    return nearest


def _first_others(mandates: list[Mandate], mandate: Mandate, series_of: dict[ox.NamedNode, int],
                  need: int) -> list[Mandate]:
    """The first ``need`` of ``mandates`` (in IRI order) that are not ``mandate`` nor of its series."""
    series = series_of.get(mandate.paragraph)
    found = []
    for other in mandates:
        if other.iri != mandate.iri and series_of.get(other.paragraph) != series:
            found.append(other)
            if len(found) == need:
                break
    return found
