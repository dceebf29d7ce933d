"""The first rows of the library's ``mandates-of`` query for one entity, read in small bound steps.

An entity page lists an entity's mandates. Evaluated, ``mandates-of`` costs ~1 ms of CPU a row
whatever its rewrite (benchmarks/README.md, "The heaviest entities, measured again"): seconds for
the Secretary-General or Member States, whose rows are thousands. A page shows the first few
hundred and links the rest, so here only what the query's ``ORDER BY`` needs is read for every
row, each step a ``SELECT DISTINCT`` of one or two patterns with the nodes found so far bound by
``VALUES`` (as :mod:`queries.paragraph_mandates` reads a resolution's mandates): the entity's
deliverables, their kinds, the actions of the clauses asking them and those actions' strengths
and English names, the paragraphs mandating them, their numbers and their instruments' symbols.
The rows are ordered in Python as the query orders them, and the rest of a row (the deliverable's
label, due session, recurrence) is read for the rows kept only. The two counts come from the
same steps.

Same rows, values and order as the query (``tests/queries/test_first_mandates.py`` compares them);
where the query's ``ORDER BY`` leaves two rows tied, this orders them by deliverable, action and
paragraph. The ``.rq`` file stays the reference and what ``/queries/mandates-of`` evaluates.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

import pyoxigraph as ox

from graph.store import GraphStore
from queries.paragraph_mandates import KINDS_QUERY, NUMBERS_QUERY, pick_literal, select_bound, sort_key

__all__ = ["COLUMNS", "FirstMandates", "first_mandates"]

#: The ``mandates-of`` query's columns, in its order.
COLUMNS = ("deliverable", "deliverableLabel", "kind", "strength", "action", "symbol", "paragraph", "number",
           "dueSession", "recurrence", "kindCount", "strengthCount")

_DELIVERABLES = """SELECT DISTINCT ?deliverable WHERE { ?deliverable mg:assignee ?entity }"""
_ACTS = """SELECT DISTINCT ?deliverable ?act WHERE { ?clause mg:deliverable ?deliverable ; mg:action ?act }"""
_ACTIONS = """SELECT DISTINCT ?act ?strength ?action WHERE {
  ?act mg:strength ?strength .
  OPTIONAL { ?act skos:prefLabel ?action FILTER (LANG(?action) = "en") }
}"""
_MANDATED_BY = """SELECT DISTINCT ?deliverable ?paragraph WHERE { ?deliverable mg:mandatedBy ?paragraph }"""
_PARENTS = """SELECT DISTINCT ?node ?parent WHERE { ?node mg:paragraphOf ?parent }"""
_SYMBOLS = """SELECT DISTINCT ?node ?symbol WHERE { GRAPH mg:index { ?node mg:symbol ?symbol } }"""
_DETAILS = """SELECT DISTINCT ?node ?property ?value WHERE {
  ?node ?property ?value .
  FILTER (?property IN (mg:dueSession, mg:recurrence, rdfs:label))
}"""
_INTEGER = ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")
_MG = "https://w3id.org/mandate-graph/ontology#"


@dataclass(frozen=True)
class FirstMandates:
    """The first ``rows`` (pyoxigraph terms by column, in the query's order) of ``total``."""

    rows: list[dict]
    total: int

    @property
    def cut(self) -> bool:
        return self.total > len(self.rows)


def _pairs(rows: Iterable[dict], key: str, value: str) -> dict[ox.NamedNode, list]:
    found: dict[ox.NamedNode, list] = defaultdict(list)
    for row in rows:
        found[row[key]].append(row[value])
    return found


def _symbols(store: GraphStore, paragraphs: list[ox.NamedNode]) -> dict[ox.NamedNode, set]:
    """Each paragraph's symbols: those of every node ``mg:paragraphOf+`` above it (the query's
    path), one level at a time."""
    above: dict[ox.NamedNode, set] = {p: set() for p in paragraphs}
    level = {p: {p} for p in paragraphs}  # a node one level up -> the paragraphs below it
    seen: set[ox.NamedNode] = set()
    while level:
        up: dict[ox.NamedNode, set] = defaultdict(set)
        for row in select_bound(store, _PARENTS, "node", list(level)):
            up[row["parent"]].update(level[row["node"]])
        for node, below in up.items():
            for paragraph in below:
                above[paragraph].add(node)
        level = {node: below for node, below in up.items() if node not in seen}
        seen.update(level)
    symbols = _pairs(select_bound(store, _SYMBOLS, "node", list(seen)), "node", "symbol")
    return {p: {s for node in nodes for s in symbols.get(node, [])} for p, nodes in above.items()}


def _order(row: dict) -> tuple:
    """The query's ``ORDER BY DESC(?strength) ?kind ?symbol ?number``, then a fixed tie-break."""
    strength = sort_key(row["strength"])
    descending = (-strength[0], -strength[1], tuple(-ord(c) for c in strength[2]))
    return (descending, *(sort_key(row[name]) for name in ("kind", "symbol", "number", "deliverable", "action",
                                                          "paragraph")))


def first_mandates(store: GraphStore, entity: str, lang: str = "en", limit: int | None = None) -> FirstMandates:
    """The first ``limit`` rows (all when None) of ``mandates-of`` for ``entity`` and ``lang``,
    and how many rows the query gives."""
    node = ox.NamedNode(entity)
    deliverables = [r["deliverable"] for r in select_bound(store, _DELIVERABLES, "entity", [node])]
    kinds = _pairs(select_bound(store, KINDS_QUERY, "deliverable", deliverables), "deliverable", "kind")
    acts = _pairs(select_bound(store, _ACTS, "deliverable", deliverables), "deliverable", "act")
    actions: dict[ox.NamedNode, list] = defaultdict(list)
    for row in select_bound(store, _ACTIONS, "act", {a for found in acts.values() for a in found}):
        actions[row["act"]].append((row["strength"], row.get("action")))
    kind_count = Counter(k for d in deliverables for k in set(kinds.get(d, ())))
    strength_count = Counter(s for d in deliverables
                             for s in {s for a in acts.get(d, ()) for s, _ in actions.get(a, ())})
    named = {a: [(s, action) for s, action in found if action is not None] for a, found in actions.items()}
    asked = [d for d in deliverables if kinds.get(d) and any(named.get(a) for a in acts.get(d, ()))]
    paragraphs = _pairs(select_bound(store, _MANDATED_BY, "deliverable", asked), "deliverable", "paragraph")
    mandating = list(dict.fromkeys(p for d in asked for p in paragraphs.get(d, ())))
    numbers = _pairs(select_bound(store, NUMBERS_QUERY, "paragraph", mandating), "paragraph", "number")
    symbols = _symbols(store, [p for p in mandating if numbers.get(p)])
    keys = {(d, kind, strength, action, symbol, p, number)
            for d in asked for kind in kinds[d] for a in acts[d] for strength, action in named.get(a, ())
            for p in paragraphs.get(d, ()) for number in numbers.get(p, ()) for symbol in symbols.get(p, ())}
    rows = sorted(({"deliverable": d, "kind": kind, "strength": strength, "action": action, "symbol": symbol,
                    "paragraph": p, "number": number} for d, kind, strength, action, symbol, p, number in keys),
                  key=_order)
    kept = rows if limit is None else rows[:limit]
    details: dict[ox.NamedNode, dict[str, list]] = defaultdict(lambda: defaultdict(list))
    for row in select_bound(store, _DETAILS, "node", [r["deliverable"] for r in kept]):
        details[row["node"]][row["property"].value.removeprefix(_MG).rsplit("#", 1)[-1]].append(row["value"])
    for row in kept:
        own = details[row["deliverable"]]
        row["deliverableLabel"] = pick_literal(own["label"], lang)
        row["dueSession"] = min(own["dueSession"], key=sort_key, default=None)
        recurrence = min((v.value for v in own["recurrence"]), default=None)
        row["recurrence"] = None if recurrence is None else ox.Literal(recurrence)
        row["kindCount"] = ox.Literal(str(kind_count[row["kind"]]), datatype=_INTEGER)
        row["strengthCount"] = ox.Literal(str(strength_count[row["strength"]]), datatype=_INTEGER)
    return FirstMandates([{name: row[name] for name in COLUMNS if row.get(name) is not None} for row in kept],
                         len(rows))
