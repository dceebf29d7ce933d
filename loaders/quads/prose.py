"""Write the facts read in a prose document as quads, every fact with its evidence.

Registry entities keep their IRIs, so an activity a resolution established gets its mandate
chain from that resolution. A name the registry does not know becomes a node of its own,
labelled as written in the document's language: ``entity/named/<label>`` typed
``mg:NamedActivity`` (``mg:NamedEvent`` for events), ``mg:NamedPlace`` for places; a new edition
of a known series is ``entity/<series>-<year>`` (the registry's own pattern), part of its series.
Each new node says it is labelled in one language (``mg:labelledOnlyIn``): a label is never
invented, and the checks accept such a node with its one label in that language.
A cited instrument the graph does not hold becomes an instrument node with its symbol.
"""

from __future__ import annotations

from pyoxigraph import Literal, NamedNode

from loaders.extract.prose.prose_terms import ProseFact, Term
from loaders.quads.builder import GraphBuilder, Object
from loaders.quads.resolution import instrument_node
from ontology.namespaces import MG, PREFIXES, RDF, RDFS, SKOS, XSD

__all__ = ["fact_triple", "predicate_node", "prose_quads", "term_node"]


def predicate_node(name: str) -> NamedNode:
    prefix, _, local = name.rpartition(":")
    return NamedNode(PREFIXES[prefix or "mg"] + local)


def term_node(b: GraphBuilder, term: Term, span: tuple[int, int] | None = None) -> Object:
    """The node (or literal, for dates) of ``term``; new nodes get their type and label."""
    lang = b.document.lang
    if term.entity is not None:
        return term.entity.iri(b.iris)
    if term.kind == "date":
        return Literal(term.label, datatype=XSD.date)
    if term.kind == "month":
        return Literal(term.label, datatype=XSD.gYearMonth)
    if term.kind in ("instrument", "paragraph"):
        node = instrument_node(b, term.symbol)
        if term.instrument_type and term.instrument_type not in ("GAResolution", "Instrument"):
            b.add(node, RDF.type, MG.term(term.instrument_type))
        b.add(node, MG.symbol, Literal(term.symbol))
        if term.kind == "instrument":
            return node
        paragraph = b.iris.paragraph(node, "operative", term.number)
        b.add(paragraph, RDF.type, MG.Paragraph)
        b.add(paragraph, MG.number, Literal(term.number))
        b.add(paragraph, MG.paragraphOf, node)
        b.add(node, MG.hasParagraph, paragraph)
        return paragraph
    if term.kind == "edition" and term.series is not None:
        node = b.iris.entity(f"{term.series.key}-{term.edition}")
        classes = [MG.NamedActivity, MG.NamedEvent]
    elif term.kind == "place":
        node = b.iris.entity("named/" + term.label)
        classes = [MG.NamedPlace]
    elif term.kind == "agent":
        node = b.iris.entity("named/" + term.label)
        classes = [MG.NamedEntity]
    else:
        node = b.iris.entity("named/" + term.label)
        classes = [MG.NamedActivity] + ([MG.NamedEvent] if term.kind == "event" else [])
    for cls in classes:
        b.add(node, RDF.type, cls)
    label = Literal(term.label, language=lang)
    if span is not None:
        b.fact(node, RDFS.label, label, span=span)
    else:
        b.add(node, RDFS.label, label)
    b.add(node, SKOS.altLabel, label)
    # Labelled as written, in the language of its evidence: the other language's name is never invented.
    b.add(node, MG.labelledOnlyIn, Literal(lang, datatype=XSD.language))
    return node


def fact_triple(b: GraphBuilder, fact: ProseFact) -> tuple[NamedNode, NamedNode, Object]:
    subject = term_node(b, fact.subject)
    assert isinstance(subject, NamedNode)
    return subject, predicate_node(fact.predicate), term_node(b, fact.object)


def prose_quads(b: GraphBuilder, facts: list[ProseFact], mentions: list) -> None:
    """The document node, each fact with its evidence, and the document's mentions."""
    doc = b.document_node(kind="prose")
    for fact in facts:
        subject, predicate, obj = fact_triple(b, fact)
        b.fact(subject, predicate, obj, span=fact.span)
    for found in mentions:
        b.fact(doc, MG.mentions, found.term.entity.iri(b.iris), span=(found.start, found.end))
