"""Graph views: networkx projections of the graph, pyvis-modelled offline pages, GraphML."""

from __future__ import annotations

import io

import networkx as nx

from graph.store import GraphStore
from queries.library import load_library
from queries.trace import find_entity, trace
from views.projection import UnknownFilter, check_filters, local_name, project, short_type
from views.render import render_html

__all__ = ["view_page", "whole_graph", "graphml", "project", "render_html", "UnknownFilter"]


def view_page(store: GraphStore, focus: str, *, depth: int = 2, lang: str = "en", types: set[str] | None = None,
              relations: set[str] | None = None) -> str:
    """The page for ``focus`` (IRI or label), its mandate chain highlighted.
    Raises :class:`UnknownFilter` for a type or relation no view can have."""
    check_filters(types, relations)
    node = find_entity(store, focus)
    graph = project(store, focus=node, depth=depth, lang=lang, types=types, relations=relations)
    chain = {(hop.source, local_name(hop.property), hop.target) for m in trace(store, node) for hop in m.path}
    title = f"{graph.nodes[node]['label']} — Mandate Graph"
    return render_html(graph, title=title, lang=lang, chain=chain)


def whole_graph(store: GraphStore, *, lang: str = "en") -> nx.MultiDiGraph:
    graph = nx.MultiDiGraph()
    for row in load_library()["all-edges"].run(store, {"lang": lang}).rows:
        for end, label, types in (("source", "sourceLabel", "sourceTypes"), ("target", "targetLabel", "targetTypes")):
            iri = row[end].value
            if iri not in graph:
                graph.add_node(iri, label=row[label].value if label in row else iri, type=short_type(row[types].value))
        prop = local_name(row["property"].value)
        graph.add_edge(row["source"].value, row["target"].value, key=prop, property=prop)
    return graph


def graphml(store: GraphStore, *, lang: str = "en") -> bytes:
    buffer = io.BytesIO()
    nx.write_graphml(whole_graph(store, lang=lang), buffer)
    return buffer.getvalue()
