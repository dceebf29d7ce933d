"""Write the mandates of a paragraph's clauses as quads, every fact with its evidence.

A deliverable's IRI hangs off its paragraph and its kind (``…/para/5/deliverable/report``,
``…/deliverable/report-2`` for a second report), not off the clause, so that the French and
the English texts of one paragraph give one set of mandates, each language adding its own
label and its own evidence. An assignee the registry does not know becomes an entity node of
its own (``entity/named/<name>``, an ``mg:NamedEntity``) labelled with the evidence of the text
naming it; a body, process, programme or observance a paragraph names and creates is an
``mg:NamedActivity``, found by search under its name.
"""

from __future__ import annotations

from collections import Counter

from pyoxigraph import Literal, NamedNode

from loaders.extract.operative.mandates import Assignee, due_session
from loaders.quads.builder import GraphBuilder
from loaders.registry import Entity
from loaders.structure import ActionClause
from ontology.namespaces import DK, MG, ORG, RDF, RDFS, XSD

__all__ = ["clause_mandate_quads", "entity_node"]

def entity_node(b: GraphBuilder, entity: Entity, span: tuple[int, int]) -> NamedNode:
    """The node of a registry entity; a post of a known body (:mod:`loaders.extract.operative.posts`), which
    the registry's files do not list, is written here: its type, labels and the body it is in,
    with the evidence of the text naming it."""
    node = entity.iri(b.iris)
    if entity.post_in is not None:
        b.fact(node, RDF.type, MG.Post, span=span)
        for lang, label in entity.labels.items():
            b.fact(node, RDFS.label, Literal(label, language=lang), span=span)
        b.fact(node, ORG.postIn, entity.post_in.iri(b.iris), span=span)
    return node


def _agent(b: GraphBuilder, assignee: Assignee) -> NamedNode:
    if assignee.entity is not None:
        return entity_node(b, assignee.entity, (assignee.start, assignee.end))
    node = b.iris.entity("named/" + assignee.name)
    span = (assignee.start, assignee.end)
    b.fact(node, RDF.type, MG.NamedEntity, span=span)
    b.fact(node, RDFS.label, Literal(assignee.name, language=b.document.lang), span=span)
    return node


def _due_date(value: str) -> Literal:
    return Literal(value, datatype=XSD.gYear if len(value) == 4 else XSD.date)


def clause_mandate_quads(b: GraphBuilder, paragraph: NamedNode, clause_node: NamedNode, clause: ActionClause,
                         kinds_seen: Counter, session: int | None) -> None:
    """The deliverables of one clause of ``paragraph``; ``kinds_seen`` counts the paragraph's kinds so far."""
    mandates = clause.mandates
    if mandates is None:
        return
    lang = b.document.lang
    if mandates.condition is not None and not mandates.deliverables:
        b.fact(clause_node, MG.condition, Literal(mandates.condition.value),
               span=(mandates.condition.start, mandates.condition.end))
    assignees = [(_agent(b, a), (a.start, a.end)) for a in mandates.assignees]
    for deliverable in mandates.deliverables:
        kinds_seen[deliverable.kind] += 1
        count = kinds_seen[deliverable.kind]
        label = deliverable.label
        label_span = (label.start, label.end) if label.end > label.start else clause.verb.span
        if deliverable.entity is not None:  # a body the registry knows: its own node, its own labels
            node = deliverable.entity.iri(b.iris)
        else:
            node = b.iris.child(paragraph, "deliverable",
                                deliverable.kind if count == 1 else f"{deliverable.kind}-{count}")
            if label.value:
                b.fact(node, RDFS.label, Literal(str(label.value), language=lang), span=label_span)
            if deliverable.name and deliverable.kind in ("body", "process", "programme", "observance"):
                b.fact(node, RDF.type, MG.NamedActivity, span=label_span)  # searchable by its name
        b.add(node, RDF.type, MG.Deliverable)
        b.add(clause_node, MG.deliverable, node)
        b.fact(node, MG.mandatedBy, paragraph, span=clause.verb.span)
        b.fact(node, MG.deliverableKind, DK.term(deliverable.kind), span=label_span)
        for agent, span in assignees:
            b.fact(node, MG.assignee, agent, span=span)
        report_to = deliverable.report_to
        if report_to is not None:
            b.fact(node, MG.reportTo, _agent(b, report_to), span=(report_to.start, report_to.end))
        due = due_session(deliverable, session)
        if due is not None:
            where = deliverable.due_session or deliverable.session_offset
            b.fact(node, MG.dueSession, Literal(str(due), datatype=XSD.integer), span=(where.start, where.end))
        if deliverable.due_date is not None:
            b.fact(node, MG.dueDate, _due_date(str(deliverable.due_date.value)),
                   span=(deliverable.due_date.start, deliverable.due_date.end))
        if deliverable.recurrence is not None:
            b.fact(node, MG.recurrence, Literal(deliverable.recurrence.value),
                   span=(deliverable.recurrence.start, deliverable.recurrence.end))
        if mandates.condition is not None:
            b.fact(node, MG.condition, Literal(mandates.condition.value),
                   span=(mandates.condition.start, mandates.condition.end))
