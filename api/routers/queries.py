"""``GET /queries`` lists the library; ``GET /queries/{name}`` runs one (SPARQL JSON or CSV).

An IRI parameter takes an IRI, a symbol (``instrument=A/RES/78/311``) or a name
(``agency=ITU``) resolved by the search (:mod:`queries.names`): an ambiguous name is
answered 300 with its candidates, a name nothing matches 404 with suggestions.

A run is evaluated in a query worker (:mod:`api.pooled`) and cut at ``max_rows`` rows, said
in ``X-Results-Truncated`` as on ``/sparql``.
"""

import json

from fastapi import APIRouter, Request
from fastapi.responses import Response

from api.answers import Answer
from api.deps import PoolDep, SettingsDep, StoreDep
from api.library_runs import run_library_query
from api.openapi import LIBRARY_MEDIA, QueryList, responses
from api.pages.errors import not_found_answer
from api.pages.layout import wants_html
from api.pooled import answer_in_worker
from graph.results import rows_csv, rows_json
from graph.store import GraphStore
from queries.library import load_library

router = APIRouter(tags=["queries"])


@router.get("/queries", response_model=None, responses=responses(ok=QueryList))
async def list_queries() -> dict:
    return {"queries": [q.describe() for q in load_library().values()]}


def _answer(store: GraphStore, name: str, params: dict[str, str], csv: bool, max_rows: int,
            html: bool = False) -> Answer:
    query = load_library()[name]
    result = run_library_query(store, query, params, max_rows=max_rows, html=html)
    if isinstance(result, Answer):
        return result
    headers = {"X-Results-Limit": str(max_rows)}
    if result.truncated:
        headers["X-Results-Truncated"] = "true"
    if csv:
        return Answer(200, rows_csv(result.variables, result.rows).encode("utf-8"), "text/csv", headers)
    body = json.dumps(rows_json(result.variables, result.rows), ensure_ascii=False, separators=(",", ":"))
    return Answer(200, body.encode("utf-8"), "application/sparql-results+json", headers)


@router.get("/queries/{name}", response_class=Response,
            responses=responses(300, 404, 422, 503, also=LIBRARY_MEDIA))
async def run_query(name: str, request: Request, store: StoreDep, pool: PoolDep, settings: SettingsDep) -> Response:
    """Runs in a query worker; a repeated request is answered from the kept answers
    before it reaches this route (:mod:`api.kept_answers`)."""
    accept = request.headers.get("accept", "")
    if name not in load_library():
        return not_found_answer(f"no query named {name!r} (the library's queries are listed at /queries)",
                                wants_html(accept)).response(request)
    csv = "text/csv" in accept
    answer = await answer_in_worker(request, pool, store, _answer, name, dict(request.query_params), csv,
                                    settings.max_rows, wants_html(accept) and not csv)
    return answer.response(request)
