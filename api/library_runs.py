"""Run a library query for a route: names and symbols resolved, the route's error answers.

``/queries/{name}`` and ``/obligations`` answer the same way when a parameter names nothing
(404 with "did you mean"), several things (300 with candidates) or has the wrong type (422).
"""

from __future__ import annotations

from collections.abc import Mapping

from api.answers import Answer, json_answer
from api.pages.errors import choices_page, error_page, html_answer, not_found_page
from api.rows import candidates
from graph.store import GraphStore, QueryResult
from queries.library import NamedQuery, ParameterError
from queries.names import Ambiguous, NotFound, resolve_names
from queries.stepped_runs import run_query

__all__ = ["run_library_query"]


def run_library_query(store: GraphStore, query: NamedQuery, params: Mapping[str, str | None],
                      max_rows: int | None = None, html: bool = False) -> QueryResult | Answer:
    """The query's result, or the error answer the route sends instead (a page when ``html``)."""
    try:
        resolved = resolve_names(store, query, params)
    except Ambiguous as error:
        if html:
            return html_answer(choices_page(str(error), candidates(error.candidates)), status=300)
        return json_answer({"error": str(error), "candidates": candidates(error.candidates)}, status=300)
    except NotFound as error:
        if html:
            return html_answer(not_found_page(str(error), candidates(error.candidates)), status=404)
        return json_answer({"error": str(error), "did_you_mean": candidates(error.candidates)}, status=404)
    try:
        return run_query(store, query, resolved, max_rows=max_rows)
    except ParameterError as error:
        if html:
            return html_answer(error_page(422, f"{error.name}: {error}"), status=422)
        return json_answer({"error": str(error), "parameter": error.name}, status=422)
