"""The quads of an Akoma Ntoso resolution: the resolution itself (:mod:`loaders.quads.resolution`)
and what only the XML says (FRBR URIs, UNBIS subjects, sponsors, adoption type)."""

from __future__ import annotations

from pyoxigraph import Literal, NamedNode

from loaders.formats.akn_document import AknDocument
from loaders.quads.builder import GraphBuilder
from loaders.quads.resolution import resolution_quads
from loaders.registry import Registry, load_registry
from ontology.namespaces import DCT, MG, RDF, SKOS

__all__ = ["akn_quads"]


def akn_quads(b: GraphBuilder, doc: AknDocument, registry: Registry | None = None) -> NamedNode:
    """Emit the resolution, its annexes and the XML's metadata (FRBR URIs, subjects, sponsors)."""
    registry = registry or load_registry()
    instrument = resolution_quads(b, doc.main)
    b.add(b.doc_iri, MG.documentKind, Literal("akn"))
    meta = doc.rendered.meta
    expression = b.iris.child(instrument, doc.lang)
    for key, node in (("work", instrument), ("expression", expression)):
        for value, start, end in meta.get(key, []):
            b.fact(node, MG.frbrUri, Literal(value), span=(start, end))
    labels = meta.get("keyword", [])[0::2]
    hrefs = meta.get("keyword", [])[1::2]
    for (label, ls, le), (href, hs, he) in zip(labels, hrefs):
        subject = NamedNode(href)
        b.fact(instrument, DCT.subject, subject, span=(hs, he))
        b.add(subject, RDF.type, SKOS.Concept)
        b.fact(subject, SKOS.prefLabel, Literal(label, language="en"), span=(ls, le))
    for key, prop in (("sponsor", MG.sponsor), ("additionalSponsor", MG.additionalSponsor)):
        for _, start, end in meta.get(key, []):
            for state in registry.states_in(doc.text, "en", start=start, end=end):
                b.fact(instrument, prop, state.entity.iri(b.iris), span=(state.start, state.end))
    for value, start, end in meta.get("voting", []):
        b.fact(instrument, MG.adoptionType, Literal(value), span=(start, end))
    return instrument
