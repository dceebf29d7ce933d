"""``GET /queries`` lists the library; ``GET /queries/{name}`` runs one (SPARQL JSON or CSV)."""

import json

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse, Response
from starlette.concurrency import run_in_threadpool

from api.answers import Answer
from api.deps import StoreDep
from graph.results import rows_csv, rows_json
from graph.store import GraphStore
from queries.library import NamedQuery, load_library

router = APIRouter(tags=["queries"])


@router.get("/queries")
async def list_queries() -> dict:
    return {"queries": [q.describe() for q in load_library().values()]}


def _answer(query: NamedQuery, store: GraphStore, params: dict[str, str], csv: bool) -> Answer:
    result = query.run(store, params)
    if csv:
        return Answer(200, rows_csv(result.variables, result.rows).encode("utf-8"), "text/csv")
    body = json.dumps(rows_json(result.variables, result.rows), ensure_ascii=False, separators=(",", ":"))
    return Answer(200, body.encode("utf-8"), "application/sparql-results+json")


@router.get("/queries/{name}")
async def run_query(name: str, request: Request, store: StoreDep) -> Response:
    """Runs off the event loop; a repeated request is answered from the kept answers
    before it reaches this route (:mod:`api.kept_answers`)."""
    query = load_library().get(name)
    if query is None:
        return JSONResponse({"error": f"no query named {name!r}"}, status_code=404)
    csv = "text/csv" in request.headers.get("accept", "")
    answer = await run_in_threadpool(_answer, query, store, dict(request.query_params), csv)
    return answer.response(request)
