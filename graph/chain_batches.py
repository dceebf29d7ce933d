"""The rows a build's chain walks need, asked for many nodes per query.

Walking every activity of the real corpus one query at a time costs the queries' fixed price
(parsing, planning: several milliseconds each) tens of thousands of times. Here each library
query the tracer uses (``next-hops``, ``evidence``, ``node-info``) is asked with a ``VALUES``
block of many nodes, its rows are split by node and kept under the key the tracer's own
single-node call would use (:func:`queries.trace._rows`), so that the walk then finds them
there. Anything not asked here (a node the walk reaches that this did not foresee) the
tracer asks for itself, one node at a time: the answers are the same either way.
"""

from __future__ import annotations

from collections.abc import Iterable

import pyoxigraph as ox

from graph.binding import with_value_rows
from graph.store import GraphStore
from ontology.namespaces import MG
from queries.library import load_library

__all__ = ["prefetch", "BATCH"]

#: Nodes (or node and property pairs) per query.
BATCH = 400
#: Hops followed from the starts; the tracer stops at 8.
MAX_DEPTH = 9
_DOCUMENT_TYPES = {MG.Instrument.value, MG.Paragraph.value}


def _batched_text(name: str, keys: list[str]) -> tuple[str, list[str]]:
    """The library query ``name`` answering for many bindings of ``keys`` at once, and the
    variables it projects besides the query's own columns."""
    query = load_library()[name]
    text, columns = query.text, set(query.columns)
    keys = [k for k in keys if k not in columns]
    if name == "node-info":  # an aggregate of one row: one group per binding instead
        head = "SELECT (SAMPLE"
        batched = text.replace(head, "SELECT " + " ".join(f"?{k}" for k in keys) + " (SAMPLE", 1)
        batched += "\nGROUP BY " + " ".join(f"?{k}" for k in keys)
    else:
        head = "SELECT DISTINCT "
        batched = text.replace(head, head + " ".join(f"?{k}" for k in keys) + " ", 1)
    if head not in text:
        raise ValueError(f"the {name} query no longer starts with {head!r}: update graph/chain_batches.py")
    return batched, keys


def _ask(store: GraphStore, name: str, keys: list[str], bindings: Iterable[tuple[str, ...]], memo: dict,
         terms: dict[str, type]) -> None:
    """Fill ``memo`` with the rows of ``name`` for every binding of ``keys``."""
    text, added = _batched_text(name, keys)
    todo = [b for b in dict.fromkeys(bindings) if _key(name, keys, b) not in memo]
    for start in range(0, len(todo), BATCH):
        chunk = todo[start:start + BATCH]
        rows: dict[tuple[str, ...], list] = {b: [] for b in chunk}
        values = [tuple(terms[k](v) for k, v in zip(keys, b)) for b in chunk]
        for row in store.select(with_value_rows(text, keys, values)).rows:
            binding = tuple(row[k].value for k in keys)
            rows[binding].append({k: v for k, v in row.items() if k not in added})
        for binding, found in rows.items():
            memo[_key(name, keys, binding)] = found


def _key(name: str, keys: list[str], binding: tuple[str, ...]) -> tuple:
    return (name, tuple(sorted(zip(keys, binding))))


def prefetch(store: GraphStore, starts: list[str], memo: dict, langs: tuple[str, ...]) -> None:
    """Fill ``memo`` with what walking from every node of ``starts`` will ask."""
    iri, text = ox.NamedNode, ox.Literal
    frontier, seen, documents = list(starts), set(starts), set()
    for _ in range(MAX_DEPTH):
        if not frontier:
            break
        _ask(store, "next-hops", ["node"], ((n,) for n in frontier), memo, {"node": iri})
        reached = []
        for node in frontier:
            for row in memo[_key("next-hops", ["node"], (node,))]:
                target = row["target"].value
                if "targetType" in row and row["targetType"].value in _DOCUMENT_TYPES:
                    documents.add(target)
                if target not in seen:
                    seen.add(target)
                    reached.append(target)
        frontier = reached
    pairs = [(node, row["property"].value) for node in seen
             for row in memo.get(_key("next-hops", ["node"], (node,)), ())]
    _ask(store, "evidence", ["subject", "predicate"], pairs, memo, {"subject": iri, "predicate": iri})
    nodes = list(dict.fromkeys([*starts, *sorted(documents)]))
    _ask(store, "node-info", ["node", "lang"], ((n, lang) for lang in langs for n in nodes), memo,
         {"node": iri, "lang": text})
