"""``GET /obligations``: who must deliver what, to whom, by when — the ``obligations`` query.

Filters by assignee and instrument (each an IRI, a symbol such as A/RES/78/311, or a name
the search resolves: ambiguous → 300 with candidates, unknown → 404), and by due session and kind;
JSON pages of ``per_page`` rows with ``Link`` headers (``next``, ``prev``) and the total.
Evaluated in a query worker under the same limits as ``/sparql`` (:mod:`api.pooled`); an assignee
asked alone by IRI is read from the rows the build kept (:mod:`graph.obligations_kept`).
"""

from __future__ import annotations

from typing import Annotated
from urllib.parse import urlencode

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response

from api.answers import Answer, json_answer
from api.deps import PoolDep, StoreDep
from api.library_runs import run_library_query
from api.openapi import ObligationsAnswer, responses
from api.pages.layout import wants_html
from api.pooled import answer_in_worker
from api.rows import plain_rows
from graph.obligations_kept import kept_page
from graph.store import GraphStore
from queries.library import load_library

router = APIRouter(tags=["mandates"])


def _kept(store: GraphStore, params: dict[str, str], start: int, per_page: int) -> tuple[int, list] | None:
    """The page the build kept for an assignee asked alone by IRI (graph.obligations_kept)."""
    assignee = params.get("assignee", "")
    if set(params) - {"assignee", "lang"} or not assignee.startswith(("http://", "https://")):
        return None
    return kept_page(store, assignee, params.get("lang", "en"), start, per_page)


def _answer(store: GraphStore, params: dict[str, str], page: int, per_page: int, base: str,
            html: bool = False) -> Answer:
    start = (page - 1) * per_page
    result = run_library_query(store, load_library()["obligations"], params, html=html)
    if isinstance(result, Answer):
        return result
    return _page(params, page, per_page, base, len(result.rows), plain_rows(result.rows[start:start + per_page]))


def _page(params: dict[str, str], page: int, per_page: int, base: str, total: int, items: list) -> Answer:
    start = (page - 1) * per_page
    links = []
    query = {k: v for k, v in params.items() if v}
    if start + per_page < total:
        links.append(f'<{base}?{urlencode({**query, "page": page + 1, "per_page": per_page})}>; rel="next"')
    if page > 1:
        links.append(f'<{base}?{urlencode({**query, "page": page - 1, "per_page": per_page})}>; rel="prev"')
    answer = json_answer({"total": total, "page": page, "per_page": per_page, "obligations": items})
    return Answer(answer.status, answer.body, answer.media_type, {"Link": ", ".join(links)} if links else {})


@router.get("/obligations", responses=responses(300, 404, 422, 503, ok=ObligationsAnswer))
async def obligations(request: Request, store: StoreDep, pool: PoolDep,
                      assignee: Annotated[str | None, Query(max_length=2000)] = None,
                      instrument: Annotated[str | None, Query(max_length=2000)] = None,
                      session: Annotated[int | None, Query(ge=1, le=999)] = None,
                      kind: Annotated[str | None, Query(pattern=r"^(report|meeting|body|process|programme|study|"
                                                                 r"observance|agenda-item|other)$")] = None,
                      lang: Annotated[str, Query(pattern=r"^(en|fr)$")] = "en",
                      page: Annotated[int, Query(ge=1, le=100000)] = 1,
                      per_page: Annotated[int, Query(ge=1, le=500)] = 50) -> Response:
    params = {"assignee": assignee, "instrument": instrument, "session": None if session is None else str(session),
              "kind": kind, "lang": lang}
    params = {k: v for k, v in params.items() if v is not None}
    base = str(request.url.replace(query=""))
    kept = _kept(store, params, (page - 1) * per_page, per_page)
    if kept is not None:  # point reads of the rows the build kept: no need for a killable worker
        return _page(params, page, per_page, base, *kept).response(request)
    html = wants_html(request.headers.get("accept", ""))
    answer = await answer_in_worker(request, pool, store, _answer, params, page, per_page, base, html)
    return answer.response(request)
