"""The index graph (``mg:index``): one copy of the facts that many documents repeat.

With one named graph per document, the union default graph holds a copy of A/RES/70/1's
symbol for every resolution that cites it, and lookups joined over those copies multiply.
Queries read types, symbols, titles and adoption dates from this derived graph instead. It is
refreshed after every load (``queries/index.ru``).
"""

from __future__ import annotations

from pathlib import Path

from graph.store import GraphStore
from ontology.namespaces import PREFIXES

__all__ = ["refresh_index", "INDEX_UPDATE"]

INDEX_UPDATE = Path(__file__).resolve().parents[1] / "queries" / "index.ru"


def refresh_index(store: GraphStore) -> None:
    prologue = "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items())
    store.update(prologue + INDEX_UPDATE.read_text(encoding="utf-8"))
