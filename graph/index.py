"""The index graph (``mg:index``): one copy of the facts that many documents repeat.

With one named graph per document, the union default graph holds a copy of A/RES/70/1's
symbol for every resolution that cites it, and lookups joined over those copies multiply.
Queries read types, symbols, titles and adoption dates from this derived graph instead. It is
refreshed after every load from one SELECT (``queries/index.sparql``): on any store by a
SPARQL Update that inserts its rows, on a fresh embedded store by a bulk load of them (a
transactional insert of a few hundred thousand triples costs several times more).
"""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox

from graph.store import GraphStore
from ontology.namespaces import MG, PREFIXES

__all__ = ["refresh_index", "INDEX_QUERY", "INDEX_GRAPH", "index_update"]

INDEX_QUERY = Path(__file__).resolve().parents[1] / "queries" / "index.sparql"
INDEX_GRAPH = MG.index


def _prologue() -> str:
    return "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items())


def _select() -> str:
    return INDEX_QUERY.read_text(encoding="utf-8")


def index_update() -> str:
    """The SPARQL Update that rebuilds ``mg:index`` on any store."""
    return (_prologue() + "DROP SILENT GRAPH mg:index ;\n"
            "INSERT { GRAPH mg:index { ?node ?property ?value } } WHERE {\n{\n" + _select() + "}\n}\n")


def refresh_index(store: GraphStore, *, fresh: bool = False) -> None:
    """Rebuild ``mg:index``; ``fresh``: the store was just bulk loaded and has no index yet."""
    if not (fresh and store.supports_bulk):
        store.update(index_update())
        return
    rows = store.select(_prologue() + _select()).rows
    quads = (ox.Quad(row["node"], row["property"], row["value"], INDEX_GRAPH) for row in rows)
    store.bulk_add(ox.serialize(quads, format=ox.RdfFormat.N_QUADS) or b"")
