"""The library's ``obligations`` rows for one instrument, read in small bound steps.

The ``obligations`` query with its instrument bound takes 7-16 s on the whole corpus (the union
default graph's copies of each fact, and an ``OPTIONAL`` Oxigraph evaluates over the whole graph:
:mod:`queries.paragraph_mandates`). Here the instrument's paragraphs are found one level at a
time (``mg:paragraphOf``, bound by ``VALUES``, until no new paragraph: the query's
``mg:paragraphOf+``), their positions read the same way, and their mandates by
:func:`queries.paragraph_mandates.mandate_rows`; the rows are then ordered as the query's
``ORDER BY`` orders them. Same rows, same columns, same picks, same order as the query, whatever
else is bound (kind, session, assignee, lang); the ``.rq`` file stays the reference
(``tests/queries/test_instrument_obligations.py`` compares the two).
"""

from __future__ import annotations

from collections.abc import Mapping

import pyoxigraph as ox

from graph.binding import Term, with_value_rows
from graph.store import GraphStore, QueryResult
from queries.library import prefix_block
from queries.paragraph_mandates import BATCH, COLUMNS, mandate_rows, order_in_paragraph, sort_key

__all__ = ["instrument_obligations", "obligations_result", "paragraphs_under"]

_POINTS = """SELECT DISTINCT ?paragraph ?up WHERE { ?paragraph mg:paragraphOf ?up }"""
_POSITIONS = """SELECT DISTINCT ?paragraph ?position WHERE { ?paragraph mg:position ?position }"""


def _bound_rows(store: GraphStore, text: str, name: str, nodes: list[ox.NamedNode]) -> list[dict]:
    rows = []
    for start in range(0, len(nodes), BATCH):
        batch = [(node,) for node in nodes[start:start + BATCH]]
        rows.extend(store.select(with_value_rows(prefix_block() + text, [name], batch)).rows)
    return rows


def paragraphs_under(store: GraphStore, instrument: ox.NamedNode) -> list[ox.NamedNode]:
    """Every node ``mg:paragraphOf+`` the instrument: its paragraphs, their points and so on,
    level by level (each level in the store's order)."""
    found: dict[ox.NamedNode, None] = {}
    level = [instrument]
    while level:
        below = [row["paragraph"] for row in _bound_rows(store, _POINTS, "up", level)]
        level = [node for node in dict.fromkeys(below) if node not in found]
        found.update(dict.fromkeys(level))
    return list(found)


def instrument_obligations(store: GraphStore, instrument: ox.NamedNode, lang: str = "en", *,
                           kind: ox.Literal | None = None, session: ox.Literal | None = None,
                           assignee: ox.NamedNode | None = None) -> list[dict]:
    """The ``obligations`` rows (pyoxigraph terms by column) with ``instrument`` bound, and
    ``kind``, ``session``, ``assignee`` when given, in the query's order."""
    paragraphs = paragraphs_under(store, instrument)
    rows = mandate_rows(store, paragraphs, lang, kind=kind, session=session, assignee=assignee)
    positions: dict[ox.NamedNode, list] = {}
    for row in _bound_rows(store, _POSITIONS, "paragraph", list(dict.fromkeys(r["paragraph"] for r in rows))):
        positions.setdefault(row["paragraph"], []).append(row["position"])
    # The query groups by position too: a paragraph with two positions gives its rows twice.
    keyed = [((sort_key(position), *order_in_paragraph(row), sort_key(row["paragraph"])), row)
             for row in rows for position in positions.get(row["paragraph"]) or [None]]
    return [row for _, row in sorted(keyed, key=lambda pair: pair[0])]


def obligations_result(store: GraphStore, bound: Mapping[str, Term | None], *,
                       max_rows: int | None = None) -> QueryResult:
    """:func:`instrument_obligations` for the ``obligations`` query's bound parameters (an
    instrument among them), as the query's result: its columns, at most ``max_rows`` rows."""
    instrument = bound.get("instrument")
    if not isinstance(instrument, ox.NamedNode):
        raise ValueError("obligations_result needs the instrument bound to an IRI")
    lang = bound.get("lang")
    rows = instrument_obligations(store, instrument, "en" if lang is None else lang.value,
                                  kind=bound.get("kind"), session=bound.get("session"), assignee=bound.get("assignee"))
    truncated = max_rows is not None and len(rows) > max_rows
    return QueryResult(list(COLUMNS), rows[:max_rows] if truncated else rows, truncated=truncated)
