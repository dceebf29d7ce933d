"""The quads of a Global Digital Compact tracker entry: the entry, its lead entity, milestones
with deadlines and statuses, each fact with its evidence."""

from __future__ import annotations

from pyoxigraph import Literal, NamedNode

from loaders.formats.tracker import ParsedTracker
from loaders.quads.builder import GraphBuilder, date_literal
from ontology.namespaces import MG, RDF, RDFS, XSD

__all__ = ["tracker_quads"]


def _heading(b: GraphBuilder, parsed: ParsedTracker) -> str:
    """The objective's line as written ("Objectif 5.9"), not only its number."""
    assert parsed.objective is not None
    start, end = parsed.objective.span
    return b.document.text[b.document.text.rfind("\n", 0, start) + 1:end].strip()


def tracker_quads(b: GraphBuilder, parsed: ParsedTracker, *, commitment: NamedNode | None) -> NamedNode:
    """Emit the tracker entry; milestones attach to ``commitment`` (the Compact paragraph) when known."""
    entry = b.iris.tracker(b.document.name)
    lang = b.document.lang
    label = parsed.commitment.value if len(parsed.commitment.value) <= 80 else parsed.commitment.value[:77].rstrip() + "…"
    b.document_node(kind="tracker", title=f"{_heading(b, parsed)} — {label}" if parsed.objective else label)
    b.add(entry, RDF.type, MG.TrackerEntry)
    b.add(entry, RDF.type, MG.Instrument)
    b.add(b.doc_iri, MG.describes, entry)
    b.add(entry, RDFS.label, Literal(label, language=lang))
    b.fact(entry, MG.text, Literal(parsed.commitment.value, language=lang), span=parsed.commitment.span)
    target = commitment or entry
    if commitment is not None:
        b.fact(commitment, MG.text, Literal(parsed.commitment.value, language=lang), span=parsed.commitment.span)
    if parsed.objective:
        b.fact(entry, MG.objective, Literal(parsed.objective.value), span=parsed.objective.span)
    if parsed.lead:
        entity, where = parsed.lead
        b.fact(target, MG.leadEntity, entity.iri(b.iris), span=where.span)
        if target != entry:
            b.fact(entry, MG.leadEntity, entity.iri(b.iris), span=where.span)
    for m in parsed.milestones:
        node = b.iris.child(entry, "milestone", m.number)
        b.add(node, RDF.type, MG.Milestone)
        b.fact(node, MG.milestoneOf, target, span=m.heading.span)
        b.add(node, MG.number, Literal(m.number))
        b.add(node, MG.position, Literal(m.number, datatype=XSD.integer))
        b.fact(node, MG.deadline, date_literal(m.deadline), span=m.heading.span)
        b.fact(node, MG.text, Literal(m.description.value, language=lang), span=m.description.span)
        b.fact(node, RDFS.label, Literal(m.description.value, language=lang), span=m.description.span)
        if m.status is not None and m.status_at is not None:
            b.fact(node, MG.status, m.status, span=m.status_at.span)
        for mention in m.mentions:
            b.fact(node, MG.mentions, mention.entity.iri(b.iris), span=(mention.start, mention.end))
    if parsed.rationale:
        b.fact(entry, MG.rationale, Literal(parsed.rationale.value, language=lang), span=parsed.rationale.span)
    for step in parsed.next_steps:
        b.fact(entry, MG.nextStep, Literal(step.value, language=lang), span=step.span)
    return entry
