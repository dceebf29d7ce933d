"""The index graph (``mg:index``): one copy of the facts that many documents repeat.

With one named graph per document, the union default graph holds a copy of A/RES/70/1's
symbol for every resolution that cites it, and lookups joined over those copies multiply.
Queries read types, symbols, titles and adoption dates from this derived graph instead. It is
refreshed after every load from one CONSTRUCT query (``queries/index.sparql``): on any store
by the same query turned into a SPARQL Update, on a fresh embedded store by a bulk load of
what it constructs (a transactional insert of a few hundred thousand triples costs several
times more).
"""

from __future__ import annotations

from pathlib import Path

from graph.store import EmbeddedStore, GraphStore
from ontology.namespaces import MG, PREFIXES

__all__ = ["refresh_index", "INDEX_QUERY", "INDEX_GRAPH", "index_update"]

INDEX_QUERY = Path(__file__).resolve().parents[1] / "queries" / "index.sparql"
INDEX_GRAPH = MG.index


def _prologue() -> str:
    return "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items())


_TEMPLATE = "CONSTRUCT { ?node ?property ?value }"


def _construct() -> str:
    text = INDEX_QUERY.read_text(encoding="utf-8")
    if _TEMPLATE not in text:
        raise ValueError(f"{INDEX_QUERY} must construct {_TEMPLATE[10:]}")
    return text


def index_update() -> str:
    """The SPARQL Update that rebuilds ``mg:index`` on any store: the same query, as an INSERT."""
    insert = _construct().replace(_TEMPLATE, "INSERT { GRAPH mg:index { ?node ?property ?value } }", 1)
    return _prologue() + "DROP SILENT GRAPH mg:index ;\n" + insert


def refresh_index(store: GraphStore, *, fresh: bool = False) -> None:
    """Rebuild ``mg:index``; ``fresh``: the store was just bulk loaded and has no index yet."""
    if fresh and isinstance(store, EmbeddedStore) and store.supports_bulk:
        store.bulk_add_construct(_prologue() + _construct(), INDEX_GRAPH)
    else:
        store.update(index_update())
