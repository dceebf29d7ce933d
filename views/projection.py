"""Project the RDF graph (or the neighbourhood of a focus) into a networkx graph.

Entities become typed nodes with a label in the asked language; relations become typed
edges. Literals and provenance stay out of the picture but feed the tooltips: an edge carries
the quote that states it and its document.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable
from functools import lru_cache

import networkx as nx
import pyoxigraph as ox

from graph.store import GraphStore
from ontology import ONTOLOGY_TTL
from ontology.namespaces import OWL, RDF
from queries.library import load_library

__all__ = ["project", "CLASS_ORDER", "short_type", "local_name", "relation_names", "check_filters", "UnknownFilter"]

#: Most specific first: a node gets the first of its types found here.
CLASS_ORDER = (
    "GAResolution", "AgencyResolution", "Compact", "Statement", "Report", "TrackerEntry", "Instrument",
    "SubParagraph", "OperativeParagraph", "PreambularParagraph", "Process", "Event", "Milestone", "Initiative",
    "Body", "Agency", "Organization", "Post", "AddresseeGroup", "Country", "Place",
)


class UnknownFilter(ValueError):
    """A type or relation to keep that no node or edge of a view can have."""


@lru_cache(maxsize=1)
def relation_names() -> tuple[str, ...]:
    """The local names of the ontology's object properties: the relations a view can draw."""
    triples = ox.parse(path=str(ONTOLOGY_TTL), format=ox.RdfFormat.TURTLE)
    return tuple(sorted({local_name(t.subject.value) for t in triples
                         if t.predicate == RDF.type and t.object == OWL.ObjectProperty}))


def check_filters(types: Iterable[str] | None, relations: Iterable[str] | None) -> None:
    """Refuse a type or relation name a view cannot have, saying which names it can."""
    unknown_types = sorted(set(types or ()) - set(CLASS_ORDER))
    if unknown_types:
        raise UnknownFilter(f"unknown type {', '.join(unknown_types)}; use any of {', '.join(CLASS_ORDER)}")
    unknown_relations = sorted(set(relations or ()) - set(relation_names()))
    if unknown_relations:
        raise UnknownFilter(f"unknown relation {', '.join(unknown_relations)}; "
                            f"use any of {', '.join(relation_names())}")


def local_name(iri: str) -> str:
    """``https://schema.org/location`` -> ``location``; ``...ontology#mandatedBy`` -> ``mandatedBy``."""
    return iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def short_type(types: str | Iterable[str]) -> str:
    names = {t.rsplit("#", 1)[-1] for t in (types.split() if isinstance(types, str) else types)}
    return next((c for c in CLASS_ORDER if c in names), "Thing")


def _node_info(store: GraphStore, node: str, lang: str) -> tuple[str, str]:
    rows = load_library()["node-info"].run(store, {"node": node, "lang": lang}).rows
    info = {k: v.value for k, v in (rows[0] if rows else {}).items()}
    label = info.get("label") or info.get("symbol") or node.rsplit("/", 1)[-1]
    types = load_library()["describe"].run(store, {"node": node}).rows
    classes = [r["value"].value for r in types if r["property"].value.endswith("#type") and r["direction"].value == "out"]
    return label, short_type(classes)


def project(store: GraphStore, *, focus: str, depth: int = 2, lang: str = "en", types: set[str] | None = None,
            relations: set[str] | None = None, max_nodes: int = 3000) -> nx.MultiDiGraph:
    """The neighbourhood of ``focus`` up to ``depth`` hops, breadth first, at most ``max_nodes`` nodes.

    ``types`` and ``relations`` keep only nodes of those classes and edges of those properties
    (local names: ``Agency``, ``mandatedBy``); the focus itself is always kept.
    """
    check_filters(types, relations)
    graph = nx.MultiDiGraph()
    label, kind = _node_info(store, focus, lang)
    graph.add_node(focus, label=label, type=kind, focus=True)
    edges_query = load_library()["edges"]
    queue: deque[tuple[str, int]] = deque([(focus, 0)])
    seen = {focus}
    while queue:
        node, distance = queue.popleft()
        if distance >= depth:
            continue
        for row in edges_query.run(store, {"node": node, "lang": lang}).rows:
            other = row["other"].value
            other_type = short_type(row["otherTypes"].value)
            prop = local_name(row["property"].value)
            if (types and other_type not in types) or (relations and prop not in relations):
                continue
            if other not in graph:
                if graph.number_of_nodes() >= max_nodes:
                    continue
                other_label = row["otherLabel"].value if "otherLabel" in row else other.rsplit("/", 1)[-1]
                graph.add_node(other, label=other_label, type=other_type, focus=False)
            source, target = row["source"].value, row["target"].value
            if not graph.has_edge(source, target, key=prop):
                graph.add_edge(source, target, key=prop, property=prop,
                               quote=row["quote"].value if "quote" in row else "",
                               document=row["document"].value if "document" in row else "")
            if other not in seen:
                seen.add(other)
                queue.append((other, distance + 1))
    return graph
