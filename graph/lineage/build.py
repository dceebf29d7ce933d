"""The lineage step: read the store, link series, align paragraphs, write ``mg:lineage``.

On a freshly bulk-loaded embedded store the graph goes in by a bulk load; on any other store
(a remote endpoint, ``mandates add``) by ``DROP SILENT GRAPH mg:lineage`` and SPARQL Update
``INSERT DATA`` in chunks of :data:`CHUNK` triples.
"""

from __future__ import annotations

import time
from collections import Counter
from dataclasses import dataclass, field

import pyoxigraph as ox

from graph.lineage.align import Link, align
from graph.lineage.mandates import overlaps, renewals
from graph.lineage.quads import (LINEAGE_GRAPH, ParagraphRecord, dropped_quads, overlap_quads, paragraph_quads,
                                 renewal_quads, series_quads)
from graph.lineage.read import read_input
from graph.lineage.series import find_predecessors
from graph.store import EmbeddedStore, GraphStore, insert_update
from ontology.namespaces import Iris, iris

__all__ = ["LineageReport", "refresh_lineage", "CHUNK"]

CHUNK = 20_000


@dataclass
class LineageReport:
    resolutions: int = 0
    series_links: int = 0
    changes: Counter = field(default_factory=Counter)
    renewals: int = 0
    overlaps: int = 0
    triples: int = 0
    seconds: float = 0.0

    def summary(self) -> str:
        changes = ", ".join(f"{n} {c}" for c, n in sorted(self.changes.items()))
        return (f"lineage: {self.series_links} of {self.resolutions} resolutions follow a predecessor; "
                f"paragraphs {changes}; {self.renewals} renewed mandates, {self.overlaps} possible overlaps "
                f"({self.triples} triples, {self.seconds:.1f} s)")


def lineage_quads(store: GraphStore, minter: Iris | None = None) -> tuple[list[ox.Quad], LineageReport]:
    """Everything ``mg:lineage`` holds, computed from the store's documents."""
    minter = minter or iris()
    report = LineageReport()
    data = read_input(store)
    resolutions = sorted(data.resolutions.values(), key=lambda r: r.order)
    report.resolutions = len(resolutions)
    predecessors = find_predecessors(resolutions)
    report.series_links = len(predecessors)
    quads: list[ox.Quad] = []
    first_seen: dict[tuple[ox.NamedNode, str], ox.NamedNode] = {}
    all_links: list[Link] = []
    # A series number per resolution: its first resolution's index.
    series: dict[ox.NamedNode, int] = {}
    for index, resolution in enumerate(resolutions):
        link = predecessors.get(resolution.iri)
        series[resolution.iri] = series[link.predecessor.iri] if link else index
        if link:
            quads += series_quads(link, minter)
        for lang, paragraphs in resolution.paragraphs.items():
            previous = link.predecessor.paragraphs.get(lang) if link else None
            if not previous:
                for paragraph in paragraphs:
                    first_seen[(paragraph.iri, lang)] = resolution.iri
                    quads += paragraph_quads(ParagraphRecord(paragraph, lang, None, None, (), resolution.iri), minter)
                continue
            alignment = align(previous, paragraphs)
            all_links += alignment.links if lang == "en" or "en" not in resolution.paragraphs else []
            for paragraph_link in alignment.links:
                paragraph = paragraph_link.paragraph
                seen = resolution.iri
                if paragraph_link.change == "unchanged":
                    seen = first_seen.get((paragraph_link.predecessors[0].iri, lang), link.predecessor.iri)
                first_seen[(paragraph.iri, lang)] = seen
                report.changes[paragraph_link.change] += lang == "en"
                quads += paragraph_quads(ParagraphRecord(
                    paragraph, lang, paragraph_link.change,
                    None if paragraph_link.change == "new" else round(paragraph_link.similarity, 3),
                    paragraph_link.predecessors, seen), minter)
            for paragraph in alignment.dropped:
                report.changes["dropped"] += lang == "en"
                quads += dropped_quads(paragraph, resolution, lang, minter)
    renewed = renewals(data.mandates, all_links)
    report.renewals = len(renewed)
    for renewal in renewed:
        quads += renewal_quads(renewal)
    renewed_later = {r.renews.iri for r in renewed}
    texts = {p.iri: p for r in resolutions for p in (r.paragraphs.get("en") or r.paragraphs.get("fr") or [])}
    instrument_of = {p.iri: r.iri for r in resolutions for p in (r.paragraphs.get("en") or r.paragraphs.get("fr") or [])}
    series_of = {p: series[i] for p, i in instrument_of.items()}
    found = overlaps([m for m in data.mandates if m.iri not in renewed_later], texts, series_of)
    report.overlaps = len(found)
    for overlap in found:
        quads += overlap_quads(overlap, minter)
    report.triples = len(quads)
    return quads, report


def refresh_lineage(store: GraphStore, *, fresh: bool = False) -> LineageReport:
    """Rebuild ``mg:lineage``; ``fresh``: the store was just bulk loaded and has no lineage yet."""
    started = time.perf_counter()
    quads, report = lineage_quads(store)
    if fresh and isinstance(store, EmbeddedStore) and store.supports_bulk:
        store.bulk_add(ox.serialize(quads, format=ox.RdfFormat.N_QUADS) or b"")
    else:
        store.update(f"DROP SILENT GRAPH {LINEAGE_GRAPH}")
        for start in range(0, len(quads), CHUNK):
            store.update(insert_update(LINEAGE_GRAPH, quads[start:start + CHUNK]))
    report.seconds = time.perf_counter() - started
    return report
