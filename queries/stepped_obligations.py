"""The library's ``obligations`` rows, read in small bound steps.

The ``obligations`` query with its instrument bound takes 6-23 s on the whole corpus, with an
assignee tens of seconds (the union default graph's copies of each fact, and an ``OPTIONAL``
Oxigraph evaluates over the whole graph: :mod:`queries.paragraph_mandates`). Here the paragraphs
come first: an instrument's one level at a time (``mg:paragraphOf``, bound by ``VALUES``, until
no new paragraph: the query's ``mg:paragraphOf+``), or those mandating a deliverable of the
assignee or due at the session (and a paragraph of something); then their positions, and their
mandates by :func:`queries.paragraph_mandates.mandate_rows`, filtered by what else is bound; the
rows are ordered as the query's ``ORDER BY`` orders them. Same rows, columns, picks and order as
the query; the ``.rq`` file stays the reference (``tests/queries/test_stepped_obligations.py``
compares the two).
"""

from __future__ import annotations

from collections.abc import Mapping

import pyoxigraph as ox

from graph.binding import Term, with_value_rows
from graph.store import GraphStore, QueryResult
from queries.library import prefix_block
from queries.paragraph_mandates import BATCH, COLUMNS, mandate_rows, order_in_paragraph, sort_key

__all__ = ["stepped_obligations", "every_obligation", "obligations_result", "paragraphs_under"]

#: Bound by ``?up``: the points one level down; by ``?paragraph``: whether it is a paragraph of something.
_PARAGRAPH_OF = """SELECT DISTINCT ?paragraph ?up WHERE { ?paragraph mg:paragraphOf ?up }"""
_POSITIONS = """SELECT DISTINCT ?paragraph ?position WHERE { ?paragraph mg:position ?position }"""
_MANDATING_ANY = """SELECT DISTINCT ?paragraph WHERE { ?deliverable mg:mandatedBy ?paragraph . ?paragraph mg:paragraphOf ?up }"""
#: The paragraphs mandating a deliverable of an assignee, or due at a session.
_START = {"assignee": """SELECT DISTINCT ?paragraph WHERE { ?deliverable mg:assignee ?value ; mg:mandatedBy ?paragraph }""",
          "session": """SELECT DISTINCT ?paragraph WHERE { ?deliverable mg:dueSession ?value ; mg:mandatedBy ?paragraph }"""}


def _bound_rows(store: GraphStore, text: str, name: str, nodes: list[Term]) -> list[dict]:
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
        below = [row["paragraph"] for row in _bound_rows(store, _PARAGRAPH_OF, "up", level)]
        level = [node for node in dict.fromkeys(below) if node not in found]
        found.update(dict.fromkeys(level))
    return list(found)


def _mandating(store: GraphStore, name: str, value: Term) -> list[ox.NamedNode]:
    """The paragraphs that mandate a deliverable with ``value`` as its ``mg:assignee`` or
    ``mg:dueSession`` (``name``) and are a paragraph of something (the query's
    ``mg:paragraphOf+``, its instrument unbound)."""
    found = list(dict.fromkeys(row["paragraph"] for row in _bound_rows(store, _START[name], "value", [value])))
    return list(dict.fromkeys(row["paragraph"] for row in _bound_rows(store, _PARAGRAPH_OF, "paragraph", found)))


def stepped_obligations(store: GraphStore, lang: str = "en", *, instrument: ox.NamedNode | None = None,
                        assignee: ox.NamedNode | None = None, session: ox.Literal | None = None,
                        kind: ox.Literal | None = None) -> list[dict]:
    """The ``obligations`` rows (pyoxigraph terms by column) for these parameters, one of
    ``instrument``, ``assignee`` and ``session`` given (as the query needs), in the query's order."""
    if instrument is not None:
        paragraphs = paragraphs_under(store, instrument)
    elif assignee is not None:
        paragraphs = _mandating(store, "assignee", assignee)
    elif session is not None:
        paragraphs = _mandating(store, "session", session)
    else:
        raise ValueError("obligations needs one of instrument, assignee, session")
    return _in_query_order(store, mandate_rows(store, paragraphs, lang, kind=kind, session=session, assignee=assignee))


def every_obligation(store: GraphStore, lang: str = "en") -> list[dict]:
    """Every ``obligations`` row, nothing bound but ``lang`` (what the build keeps per assignee:
    :mod:`graph.obligations_kept`), in the query's order."""
    paragraphs = [row["paragraph"] for row in store.select(prefix_block() + _MANDATING_ANY).rows]
    return _in_query_order(store, mandate_rows(store, paragraphs, lang))


def _in_query_order(store: GraphStore, rows: list[dict]) -> list[dict]:
    """``rows`` in the query's ``ORDER BY``, the paragraph's position first."""
    positions: dict[ox.NamedNode, list] = {}
    for row in _bound_rows(store, _POSITIONS, "paragraph", list(dict.fromkeys(r["paragraph"] for r in rows))):
        positions.setdefault(row["paragraph"], []).append(row["position"])
    # The query groups by position too: a paragraph with two positions gives its rows twice.
    keyed = [((sort_key(position), *order_in_paragraph(row), sort_key(row["paragraph"])), row)
             for row in rows for position in positions.get(row["paragraph"]) or [None]]
    return [row for _, row in sorted(keyed, key=lambda pair: pair[0])]


def obligations_result(store: GraphStore, bound: Mapping[str, Term | None], *,
                       max_rows: int | None = None) -> QueryResult:
    """:func:`stepped_obligations` for the ``obligations`` query's bound parameters, as the
    query's result: its columns, at most ``max_rows`` rows."""
    lang = bound.get("lang")
    rows = stepped_obligations(store, "en" if lang is None else lang.value, instrument=bound.get("instrument"),
                               assignee=bound.get("assignee"), session=bound.get("session"), kind=bound.get("kind"))
    truncated = max_rows is not None and len(rows) > max_rows
    return QueryResult(list(COLUMNS), rows[:max_rows] if truncated else rows, truncated=truncated)
