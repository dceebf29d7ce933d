"""Which earlier resolution each resolution follows (pure).

A resolution's predecessor is the latest resolution of an earlier session that is the same
subject adopted again, decided on two kinds of evidence:

- **citation**: the resolution cites it ("Recalling its resolution 78/14 of 4 December 2023")
  and their titles are alike (:data:`CITED_TITLE_MIN`; a resolution cites many others that are
  no predecessors of it: the 2030 Agenda, the Charter's resolutions...);
- **title**: the same or a near-same title (:data:`TITLE_MIN`).

Among the candidates of the nearest earlier session, a cited one comes first, then the most
similar title, then the most similar text (two resolutions of one session share a title: the
financing of a mission in December and in June).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Literal

import pyoxigraph as ox
from rapidfuzz import fuzz, process
from rapidfuzz.distance import Indel

from graph.lineage.align import Codes, words
from graph.lineage.read import Resolution

__all__ = ["SeriesLink", "find_predecessors", "title_key", "TITLE_MIN", "CITED_TITLE_MIN"]

#: Title similarity (rapidfuzz ratio of the normalised titles, 0 to 1) of the same subject.
TITLE_MIN = 0.9
#: Title similarity enough when the resolution also cites the candidate.
CITED_TITLE_MIN = 0.6


@dataclass(frozen=True)
class SeriesLink:
    successor: Resolution
    predecessor: Resolution
    basis: Literal["citation", "title"]
    #: Similarity of the two titles.
    similarity: float
    #: The evidence nodes it rests on: the citation's, or the two titles'.
    evidence: tuple[ox.NamedNode, ...]


def title_key(title: str) -> str:
    """A title as compared: case, accents, spacing and punctuation aside.

    >>> title_key("Promotion of durable peace through sustainable development in\\xa0Africa")
    'promotion of durable peace through sustainable development in africa'
    """
    text = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode().lower()
    return " ".join(re.findall(r"\w+", text))


def _title(resolution: Resolution) -> str:
    return title_key(resolution.titles.get("en") or resolution.titles.get("fr") or "")


def _text(resolution: Resolution, codes: Codes) -> str:
    """The resolution's words, one character each (compared as the words themselves)."""
    for lang in ("en", "fr"):
        if resolution.paragraphs.get(lang):
            return codes.encode(tuple(w for p in resolution.paragraphs[lang] for w in words(p.text)))
    return ""


def find_predecessors(resolutions: list[Resolution]) -> dict[ox.NamedNode, SeriesLink]:
    """Each resolution's predecessor, by the resolution's IRI (those without one are absent)."""
    ordered = sorted(resolutions, key=lambda r: r.order)
    titles = [_title(r) for r in ordered]
    # Each distinct title compared once with every other (a series repeats its title).
    distinct = sorted(set(titles))
    number = {title: k for k, title in enumerate(distinct)}
    with_title: list[list[int]] = [[] for _ in distinct]
    for i, title in enumerate(titles):
        with_title[number[title]].append(i)
    similarity = process.cdist(distinct, distinct, scorer=fuzz.ratio, score_cutoff=CITED_TITLE_MIN * 100, workers=-1)
    links: dict[ox.NamedNode, SeriesLink] = {}
    codes = Codes()
    texts: dict[ox.NamedNode, str] = {}

    def text(resolution: Resolution) -> str:  # read once, however often a resolution is a candidate
        if resolution.iri not in texts:
            texts[resolution.iri] = _text(resolution, codes)
        return texts[resolution.iri]

    for j, resolution in enumerate(ordered):
        candidates = []
        row = similarity[number[titles[j]]]
        for i in sorted(i for k in row.nonzero()[0] for i in with_title[k]):
            earlier = ordered[i]
            if earlier.session >= resolution.session or not titles[j] or not titles[i]:
                continue
            title_similarity = float(row[number[titles[i]]]) / 100
            cited = earlier.iri in resolution.cites
            if title_similarity >= TITLE_MIN or (cited and title_similarity >= CITED_TITLE_MIN):
                candidates.append((earlier, cited, title_similarity))
        if not candidates:
            continue
        nearest = max(c[0].session for c in candidates)
        candidates = [c for c in candidates if c[0].session == nearest]
        best = max((cited, title_similarity) for _, cited, title_similarity in candidates)
        candidates = [c for c in candidates if (c[1], c[2]) == best]
        if len(candidates) > 1:
            own = text(resolution)
            candidates.sort(key=lambda c: -Indel.normalized_similarity(own, text(c[0])))
        earlier, cited, title_similarity = candidates[0]
        if cited:
            evidence = (resolution.cites[earlier.iri],)
        else:
            evidence = tuple(e for e in (resolution.title_evidence.get("en") or resolution.title_evidence.get("fr"),
                                         earlier.title_evidence.get("en") or earlier.title_evidence.get("fr")) if e)
        links[resolution.iri] = SeriesLink(resolution, earlier, "citation" if cited else "title",
                                           round(title_similarity, 3), evidence)
    return links
