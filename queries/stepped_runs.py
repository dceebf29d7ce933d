"""Run a library query, in small bound steps where a reader gives its rows faster.

One place decides which runs are stepped, for every edge that serves a library query by name
(``/obligations``, ``/queries/{name}``, ``mandates query``): today ``obligations``
(:mod:`queries.stepped_obligations`; with an instrument, 6-23 s evaluated on the whole corpus). The
``.rq`` file is still what researchers run directly, and the reference the readers are tested
against; :meth:`NamedQuery.run` always evaluates it.
"""

from __future__ import annotations

from collections.abc import Mapping

from graph.store import GraphStore, QueryResult
from queries.stepped_obligations import obligations_result
from queries.library import NamedQuery, load_library

__all__ = ["run_query", "is_stepped"]


def is_stepped(query: NamedQuery) -> bool:
    """Whether :func:`run_query` reads the query's rows in steps rather than evaluating the
    query: the library's own ``obligations`` text (not a changed copy)."""
    library = load_library()
    return "obligations" in library and query.body == library["obligations"].body


def run_query(store: GraphStore, query: NamedQuery, values: Mapping[str, str | None] | None = None, *,
              max_rows: int | None = None) -> QueryResult:
    """The query's rows for ``values`` (names already resolved), as :meth:`NamedQuery.run` gives
    them; raises :class:`queries.library.ParameterError` likewise."""
    values = values or {}
    if is_stepped(query):
        return obligations_result(store, query.bindings(values), max_rows=max_rows)
    return query.run(store, values, max_rows=max_rows)
