"""``GET /queries`` lists the library; ``GET /queries/{name}`` runs one (SPARQL JSON or CSV)."""

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse, Response

from api.deps import StoreDep
from graph.results import json_term
from queries.library import load_library

router = APIRouter(tags=["queries"])


@router.get("/queries")
def list_queries() -> dict:
    return {"queries": [q.describe() for q in load_library().values()]}


@router.get("/queries/{name}")
def run_query(name: str, request: Request, store: StoreDep):
    query = load_library().get(name)
    if query is None:
        return JSONResponse({"error": f"no query named {name!r}"}, status_code=404)
    result = query.run(store, dict(request.query_params))
    if "text/csv" in request.headers.get("accept", ""):
        import csv
        import io

        buffer = io.StringIO()
        writer = csv.writer(buffer)
        writer.writerow(result.variables)
        for row in result.rows:
            writer.writerow([row[v].value if v in row else "" for v in result.variables])
        return Response(buffer.getvalue(), media_type="text/csv")
    bindings = []
    for row in result.rows:
        bindings.append({k: json_term(v) for k, v in row.items()})
    return JSONResponse({"head": {"vars": result.variables}, "results": {"bindings": bindings}},
                        media_type="application/sparql-results+json")
