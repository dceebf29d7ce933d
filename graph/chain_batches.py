"""The rows a build's chain walks need, asked for many nodes per query.

Walking every activity of the real corpus one query at a time costs the queries' fixed price
(parsing, planning: several milliseconds each) tens of thousands of times. Here the library
queries the tracer uses are asked for many nodes at once: ``next-hops`` and ``evidence`` (of
the chain relations) once for the whole graph, ``node-info`` with a ``VALUES`` block of
hundreds of nodes; their rows are split by node and kept under the key the tracer's own
single-node call would use (:func:`queries.trace._rows`), so that the walk then finds them
there. Anything not asked here (a node the walk reaches that this did not foresee) the
tracer asks for itself, one node at a time: the answers are the same either way.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

import pyoxigraph as ox

from graph.binding import with_value_rows
from graph.query_threads import in_threads
from graph.result_order import in_query_order, order_variables
from graph.store import GraphStore
from ontology.namespaces import MG
from queries.library import load_library

__all__ = ["prefetch", "BATCH"]

#: Nodes (or node and property pairs) per query.
BATCH = 400
#: Hops followed from the starts; the tracer stops at 8.
MAX_DEPTH = 9
_DOCUMENT_TYPES = {MG.Instrument.value, MG.Paragraph.value}
_CHAIN = [MG.partOf, MG.mandatedBy, MG.milestoneOf, MG.implements, MG.paragraphOf, MG.annexOf]


def _batched_text(name: str, keys: list[str]) -> tuple[str, list[str]]:
    """The library query ``name`` answering for many bindings of ``keys`` at once, and the
    variables it projects besides the query's own columns."""
    query = load_library()[name]
    text, columns = query.text, set(query.columns)
    keys = [k for k in keys if k not in columns]
    if name == "node-info":  # an aggregate of one row: one group per binding instead
        projected = " ".join(f"?{k}" for k in keys)
        head, inner, group = "\nSELECT ?", "{ SELECT (", "    # (graph/chain_batches.py groups the sub-select here"
        if inner not in text or group not in text:
            raise ValueError(f"the {name} query no longer has {inner!r} and {group!r}: update graph/chain_batches.py")
        batched = text.replace(head, f"\nSELECT {projected} ?", 1).replace(inner, f"{{ SELECT {projected} (", 1)
        batched = batched.replace(group, f"    GROUP BY {projected}\n{group}", 1)
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
    chunks = [todo[start:start + BATCH] for start in range(0, len(todo), BATCH)]

    def answer(chunk: list[tuple[str, ...]]) -> list[dict]:
        values = [tuple(terms[k](v) for k, v in zip(keys, b)) for b in chunk]
        return store.select(with_value_rows(text, keys, values)).rows

    # The batches are independent: asked on several threads, their rows kept in batch order.
    for chunk, answered in zip(chunks, in_threads(answer, chunks)):
        rows: dict[tuple[str, ...], list] = {b: [] for b in chunk}
        for row in answered:
            binding = tuple(row[k].value for k in keys)
            rows[binding].append({k: v for k, v in row.items() if k not in added})
        for binding, found in rows.items():
            memo[_key(name, keys, binding)] = found


def _key(name: str, keys: list[str], binding: tuple[str, ...]) -> tuple:
    return (name, tuple(sorted(zip(keys, binding))))


class _Term:
    """A query result term as the tracer reads it (``.value``), parsed from SPARQL JSON results."""

    __slots__ = ("value",)

    def __init__(self, value: str) -> None:
        self.value = value


def _scan(store: GraphStore, name: str, keys: list[str], fixed: dict[str, list[ox.NamedNode]], *,
          ordered: bool) -> dict[tuple, list | None]:
    """Every row of ``name`` with ``keys`` left free (``fixed``: the values one key may take),
    by binding of ``keys``; the results come from pyoxigraph as SPARQL JSON (one Python object
    per row is what costs). The store does not sort them (sorting the whole graph's rows costs
    it more than finding them): with ``ordered`` each binding's rows are put in the query's
    order here, and a binding whose order is uncertain (:func:`graph.result_order.in_query_order`)
    gets None, for the tracer to ask itself; without, the caller needs no order."""
    text, added = _batched_text(name, keys)
    text, order = order_variables(text)
    for key, values in fixed.items():
        text = with_value_rows(text, [key], [(v,) for v in values])
    data, _ = store.serialize(text, "application/sparql-results+json")
    solutions: dict[tuple, list] = {}
    for solution in json.loads(data)["results"]["bindings"]:
        solutions.setdefault(tuple(solution[k]["value"] for k in keys), []).append(solution)
    found: dict[tuple, list | None] = {}
    for binding, rows in solutions.items():
        in_order = in_query_order(rows, order) if ordered else rows
        found[binding] = None if in_order is None else [
            {k: _Term(v["value"]) for k, v in row.items() if k not in added} for row in in_order]
    return found


def prefetch(store: GraphStore, starts: list[str], memo: dict, langs: tuple[str, ...],
             scanned: dict | None = None) -> dict:
    """Fill ``memo`` with what walking from every node of ``starts`` will ask; returns the
    scanned hops and evidence (pass them back for the next group of starts)."""
    if scanned is None:
        # The tracer sorts the hops itself; the evidence rows' order can decide which of two
        # tied quotes comes first, so they keep the query's.
        scans = [("next-hops", ["node"], {"property": _CHAIN}, False),
                 ("evidence", ["subject", "predicate"], {"predicate": _CHAIN}, True)]
        hops, evidence = in_threads(lambda scan: _scan(store, *scan[:3], ordered=scan[3]), scans)
        scanned = {"hops": hops, "evidence": evidence}
    hops, evidence = scanned["hops"], scanned["evidence"]
    frontier, seen, documents = list(starts), set(starts), set()
    for _ in range(MAX_DEPTH):
        reached = []
        for node in frontier:
            rows = memo[_key("next-hops", ["node"], (node,))] = hops.get((node,), [])
            for row in rows:
                target = row["target"].value
                if "targetType" in row and row["targetType"].value in _DOCUMENT_TYPES:
                    documents.add(target)
                if target not in seen:
                    seen.add(target)
                    reached.append(target)
        frontier = reached
    for node in seen:
        for row in memo.get(_key("next-hops", ["node"], (node,)), ()):
            pair = (node, row["property"].value)
            rows = evidence.get(pair, [])
            if rows is not None:  # None: their order is uncertain, the tracer asks the store
                memo[_key("evidence", ["subject", "predicate"], pair)] = rows
    nodes = list(dict.fromkeys([*starts, *sorted(documents)]))
    _ask(store, "node-info", ["node", "lang"], ((n, lang) for lang in langs for n in nodes), memo,
         {"node": ox.NamedNode, "lang": ox.Literal})
    return scanned
