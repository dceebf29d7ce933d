"""The mandates of given paragraphs, as the library's ``obligations`` query answers them for one
instrument, read in a few small queries each bound to what the one before found.

Why not the ``obligations`` query itself: the union default graph gives a fact once per graph
holding it (a resolution's English, French and PDF documents), and Oxigraph evaluates each
``OPTIONAL`` that follows its sub-select over the whole graph (the quote's alone: ~6 s on the
corpus). A resolution page already knows its paragraphs, so here each step is a ``SELECT
DISTINCT`` of two or three patterns with the nodes found so far bound by ``VALUES`` (serialised
terms, :func:`graph.binding.with_value_rows`), and the rows are put together in Python: the
copies never multiply, and every engine gets plain SPARQL 1.1.

:func:`mandate_rows` gives them in no order, kept as the query keeps them when a kind, session
or assignee is bound (:mod:`queries.stepped_obligations` orders them as the query does, for an
instrument, an assignee or a session); :func:`paragraph_mandates` paragraph by paragraph.

The rows are the ``obligations`` rows (columns, grouping, order within a paragraph), values
included: where a row has several labels or quotes, this picks the one that query picks (a value
in ``lang`` if there is one, then the least). The quote is the verb as one of the clauses asking
the deliverable states it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import product

import pyoxigraph as ox

from graph.binding import with_value_rows
from graph.store import GraphStore
from queries.library import prefix_block

__all__ = ["COLUMNS", "paragraph_mandates", "mandate_rows", "order_in_paragraph", "sort_key",
           "select_bound", "pick_literal", "KINDS_QUERY", "NUMBERS_QUERY"]

#: The ``obligations`` query's columns, in its order (``paragraph`` and ``number`` included).
COLUMNS = ("paragraph", "number", "action", "strength", "assignee", "assigneeLabel", "kind", "deliverable",
           "deliverableLabel", "reportTo", "reportToLabel", "dueSession", "dueDate", "recurrence", "condition",
           "quote")
#: Nodes bound per query: engines compile a VALUES block into the plan (Virtuoso into SQL).
BATCH = 400

# Each query joins as few copied facts as it can: two (9 copies of a row before DISTINCT) here,
# the kind and the number apart.
_DELIVERABLES = """SELECT DISTINCT ?paragraph ?deliverable ?assignee WHERE {
  ?deliverable mg:mandatedBy ?paragraph ; mg:assignee ?assignee .
}"""
#: The number of each bound ``?paragraph`` (also read by :mod:`queries.first_mandates`).
NUMBERS_QUERY = """SELECT DISTINCT ?paragraph ?number WHERE { ?paragraph mg:number ?number }"""
#: The kind (its notation) of each bound ``?deliverable``.
KINDS_QUERY = """SELECT DISTINCT ?deliverable ?kind WHERE {
  ?deliverable mg:deliverableKind ?kindNode .
  ?kindNode skos:notation ?kind .
}"""
_CLAUSES = """SELECT DISTINCT ?deliverable ?clause ?action ?strength WHERE {
  ?clause mg:deliverable ?deliverable ; mg:action ?act .
  ?act skos:prefLabel ?action ; mg:strength ?strength .
  FILTER (LANG(?action) = "en")
}"""
_FACTS = """SELECT DISTINCT ?node ?property ?value WHERE {
  ?node ?property ?value .
  FILTER (?property IN (mg:dueSession, mg:dueDate, mg:recurrence, mg:condition, mg:reportTo, rdfs:label))
}"""
_QUOTES = """SELECT DISTINCT ?clause ?quote WHERE {
  ?evidence rdf:subject ?clause ; rdf:predicate mg:action ; oa:exact ?quote .
}"""
_MG = "https://w3id.org/mandate-graph/ontology#"
_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
_GROUPED = ("reportTo", "dueSession", "dueDate", "recurrence", "condition")


@dataclass(frozen=True)
class _Mandate:
    """One row of the first step: a deliverable a paragraph mandates, of a kind, to an assignee."""

    paragraph: ox.NamedNode
    number: ox.Literal
    deliverable: ox.NamedNode
    kind: ox.Literal
    assignee: ox.NamedNode


def select_bound(store: GraphStore, text: str, name: str, nodes: Iterable[ox.NamedNode]) -> Iterator[dict]:
    """The rows of ``text`` with ``?name`` bound to each of ``nodes``, a batch per query."""
    unique = list(dict.fromkeys(nodes))
    for start in range(0, len(unique), BATCH):
        rows = [(node,) for node in unique[start:start + BATCH]]
        yield from store.select(with_value_rows(prefix_block() + text, [name], rows)).rows


def sort_key(term: ox.NamedNode | ox.Literal | None) -> tuple:
    """SPARQL's ``ORDER BY`` for the terms these columns hold: unbound first, IRIs before
    literals, numbers by value, other literals by their text."""
    if term is None:
        return (0,)
    if isinstance(term, ox.NamedNode):
        return (1, 0, term.value)
    if term.datatype.value.endswith(("#integer", "#decimal", "#double")):
        return (2, float(term.value), "")
    return (2, 0, term.value)


def pick_literal(values: Iterable[ox.Literal], lang: str) -> ox.Literal | None:
    """One of ``values``, as the library queries pick one of several (README, "Query library"):
    a value in ``lang`` if there is one, and among those the least of "tag, space, text"."""
    values = list(values)
    preferred = [v for v in values if v.language == lang] or values
    return min(preferred, key=lambda v: f"{v.language or ''} {v.value}") if preferred else None


def _pairs(rows: Iterable[dict], key: str, value: str) -> dict[ox.NamedNode, list]:
    found: dict[ox.NamedNode, list] = {}
    for row in rows:
        found.setdefault(row[key], []).append(row[value])
    return found


def _facts(store: GraphStore, nodes: Iterable[ox.NamedNode]) -> dict[ox.NamedNode, dict[str, list]]:
    """Each node's due session, due date, recurrence, condition, report body and labels."""
    found: dict[ox.NamedNode, dict[str, list]] = {}
    for row in select_bound(store, _FACTS, "node", nodes):
        name = row["property"].value.removeprefix(_MG)
        found.setdefault(row["node"], {}).setdefault("label" if row["property"].value == _LABEL else name,
                                                     []).append(row["value"])
    return found


def mandate_rows(store: GraphStore, paragraphs: Sequence[ox.NamedNode], lang: str = "en", *,
                 kind: ox.Literal | None = None, session: ox.Literal | None = None,
                 assignee: ox.NamedNode | None = None) -> list[dict]:
    """The ``obligations`` rows (pyoxigraph terms by column) of ``paragraphs``, in no order;
    labels in ``lang`` when there are. ``kind``, ``session`` and ``assignee`` keep the rows the
    query keeps with that parameter bound: the deliverable's kind, a session it is due (its row
    still lists every due session) and the assignee."""
    asked = [r for r in select_bound(store, _DELIVERABLES, "paragraph", paragraphs)
             if assignee is None or r["assignee"] == assignee]
    numbers = _pairs(select_bound(store, NUMBERS_QUERY, "paragraph", [r["paragraph"] for r in asked]),
                     "paragraph", "number")
    kinds = _pairs(select_bound(store, KINDS_QUERY, "deliverable", [r["deliverable"] for r in asked]),
                   "deliverable", "kind")
    mandates = [_Mandate(r["paragraph"], number, r["deliverable"], found, r["assignee"]) for r in asked
                for number in numbers.get(r["paragraph"], []) for found in kinds.get(r["deliverable"], [])
                if kind is None or found == kind]
    facts = _facts(store, [m.deliverable for m in mandates] + [m.assignee for m in mandates])
    if session is not None:
        mandates = [m for m in mandates if session in facts.get(m.deliverable, {}).get("dueSession", [])]
    clauses: dict[ox.NamedNode, dict[tuple[ox.Literal, ox.Literal], set[ox.NamedNode]]] = {}
    for row in select_bound(store, _CLAUSES, "deliverable", (m.deliverable for m in mandates)):
        clauses.setdefault(row["deliverable"], {}).setdefault((row["action"], row["strength"]), set()).add(row["clause"])
    bodies = [body for m in mandates for body in facts.get(m.deliverable, {}).get("reportTo", [])]
    facts.update({k: v for k, v in _facts(store, bodies).items() if k not in facts})
    quotes: dict[ox.NamedNode, list[ox.Literal]] = {}
    asking = [c for acts in clauses.values() for cs in acts.values() for c in cs]
    for row in select_bound(store, _QUOTES, "clause", asking):
        quotes.setdefault(row["clause"], []).append(row["quote"])
    return [row for mandate in dict.fromkeys(mandates)
            for (action, strength), asking in clauses.get(mandate.deliverable, {}).items()
            for row in _rows(mandate, action, strength, asking, facts, quotes, lang)]


def paragraph_mandates(store: GraphStore, paragraphs: Sequence[str], lang: str = "en") -> list[dict]:
    """The ``obligations`` rows (pyoxigraph terms by column) of ``paragraphs``, paragraph by
    paragraph in the order given, each paragraph's rows in the query's order; labels in ``lang``
    when there are."""
    nodes = [ox.NamedNode(p) for p in paragraphs]
    by_paragraph: dict[ox.NamedNode, list[dict]] = {}
    for row in mandate_rows(store, nodes, lang):
        by_paragraph.setdefault(row["paragraph"], []).append(row)
    ordered = []
    for node in dict.fromkeys(nodes):
        ordered.extend(sorted(by_paragraph.get(node, []), key=order_in_paragraph))
    return ordered


def _rows(mandate: _Mandate, action: ox.Literal, strength: ox.Literal, asking: set[ox.NamedNode],
          facts: dict[ox.NamedNode, dict[str, list]], quotes: dict[ox.NamedNode, list[ox.Literal]],
          lang: str) -> Iterator[dict]:
    """One row per combination of the deliverable's grouped facts (none: one unbound), as the
    query's ``GROUP BY`` makes them."""
    own = facts.get(mandate.deliverable, {})
    options = [sorted(set(own.get(name, [])), key=sort_key) or [None] for name in _GROUPED]
    labels = {"deliverableLabel": pick_literal(own.get("label", []), lang),
              "assigneeLabel": pick_literal(facts.get(mandate.assignee, {}).get("label", []), lang)}
    quote = pick_literal([q for clause in asking for q in quotes.get(clause, [])], lang)
    for report_to, due_session, due_date, recurrence, condition in product(*options):
        body_labels = [] if report_to is None else facts.get(report_to, {}).get("label", [])
        report_label = pick_literal([v for v in body_labels if v.language == lang], lang)
        row = {"paragraph": mandate.paragraph, "number": mandate.number, "action": action, "strength": strength,
               "assignee": mandate.assignee, "assigneeLabel": labels["assigneeLabel"], "kind": mandate.kind,
               "deliverable": mandate.deliverable, "deliverableLabel": labels["deliverableLabel"],
               "reportTo": report_to, "reportToLabel": report_label, "dueSession": due_session, "dueDate": due_date,
               "recurrence": recurrence, "condition": condition, "quote": quote}
        yield {name: value for name, value in row.items() if value is not None}


def order_in_paragraph(row: dict) -> tuple:
    """The query's ``ORDER BY`` within one paragraph (its position is one)."""
    return tuple(sort_key(row.get(name)) for name in ("number", "deliverable", "assignee", "action", "kind", *_GROUPED))
