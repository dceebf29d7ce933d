"""The quads of the lineage graph (``mg:lineage``): series links with their evidence, paragraph
lineage per language, renewed mandates and possible overlaps (pure).

IRIs hang off what they describe, so the same corpus always gives the same quads:
``…/para/3/lineage/en``, ``…/A/RES/78/14/para/9/dropped/79-15/en``, ``…/A/RES/79/15/follows``,
``…/deliverable/report/overlap/<digest of the other mandate>``.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

import pyoxigraph as ox

from graph.lineage.align import Change
from graph.lineage.mandates import Overlap, Renewal
from graph.lineage.read import Paragraph, Resolution
from graph.lineage.series import SeriesLink
from ontology.namespaces import DCT, MG, PROV, RDF, XSD, Iris

__all__ = ["LINEAGE_GRAPH", "ParagraphRecord", "series_quads", "paragraph_quads", "dropped_quads",
           "renewal_quads", "overlap_quads"]

LINEAGE_GRAPH = MG.lineage


def _decimal(value: float) -> ox.Literal:
    return ox.Literal(f"{value:.3f}", datatype=XSD.decimal)


def _quad(s: ox.NamedNode, p: ox.NamedNode, o: ox.NamedNode | ox.Literal) -> ox.Quad:
    return ox.Quad(s, p, o, LINEAGE_GRAPH)


def series_quads(link: SeriesLink, minter: Iris) -> list[ox.Quad]:
    successor, predecessor = link.successor.iri, link.predecessor.iri
    evidence = minter.child(successor, "follows")
    quads = [
        _quad(successor, MG.follows, predecessor),
        _quad(evidence, RDF.type, MG.LineageEvidence),
        _quad(evidence, RDF.subject, successor),
        _quad(evidence, RDF.predicate, MG.follows),
        _quad(evidence, RDF.object, predecessor),
        _quad(evidence, MG.basis, ox.Literal(link.basis)),
        _quad(evidence, MG.similarity, _decimal(link.similarity)),
    ]
    quads += [_quad(evidence, PROV.wasDerivedFrom, source) for source in link.evidence]
    return quads


@dataclass(frozen=True)
class ParagraphRecord:
    """A successor paragraph's lineage in one language (``change`` None: no predecessor in the corpus)."""

    paragraph: Paragraph
    lang: str
    change: Change | None
    similarity: float | None
    predecessors: tuple[Paragraph, ...]
    first_seen: ox.NamedNode


def paragraph_quads(record: ParagraphRecord, minter: Iris) -> list[ox.Quad]:
    node = minter.child(record.paragraph.iri, "lineage", record.lang)
    quads = [
        _quad(node, RDF.type, MG.ParagraphLineage),
        _quad(node, MG.lineageOf, record.paragraph.iri),
        _quad(node, DCT.language, ox.Literal(record.lang)),
        _quad(node, MG.firstSeen, record.first_seen),
    ]
    if record.change is not None:
        quads.append(_quad(node, MG.change, ox.Literal(record.change)))
    if record.similarity is not None:
        quads.append(_quad(node, MG.similarity, _decimal(record.similarity)))
    quads += [_quad(node, MG.predecessorParagraph, p.iri) for p in record.predecessors]
    return quads


def dropped_quads(paragraph: Paragraph, successor: Resolution, lang: str, minter: Iris) -> list[ox.Quad]:
    node = minter.child(paragraph.iri, "dropped", f"{successor.session}-{successor.number}", lang)
    return [
        _quad(node, RDF.type, MG.ParagraphLineage),
        _quad(node, MG.lineageOf, paragraph.iri),
        _quad(node, DCT.language, ox.Literal(lang)),
        _quad(node, MG.change, ox.Literal("dropped")),
        _quad(node, MG.droppedIn, successor.iri),
    ]


def renewal_quads(renewal: Renewal) -> list[ox.Quad]:
    return [_quad(renewal.mandate.iri, MG.renews, renewal.renews.iri)]


def overlap_quads(overlap: Overlap, minter: Iris) -> list[ox.Quad]:
    digest = hashlib.sha1(overlap.b.iri.value.encode("utf-8")).hexdigest()[:16]
    node = minter.child(overlap.a.iri, "overlap", digest)
    return [
        _quad(node, RDF.type, MG.PossibleOverlap),
        _quad(node, MG.overlapOf, overlap.a.iri),
        _quad(node, MG.overlapOf, overlap.b.iri),
        _quad(node, MG.similarity, _decimal(overlap.similarity)),
    ]
