"""Pages for people that have no JSON twin of their own: the front page and the reports due.

``GET /reports-due?session=N`` lists the reports the resolutions ask for at a session (the
``reports-due`` library query, also at ``/queries/reports-due``): what, owed by whom, to which
body, asked in which paragraph, how often. ``Accept: application/json`` gets the rows as JSON.
"""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, Response

from api.answers import Answer, json_answer
from api.deps import PoolDep, StoreDep
from api.openapi import HTML, responses
from api.pages.errors import html_answer
from api.pages.listing import home_page, reports_due_page
from api.pooled import answer_in_worker
from api.rows import plain_rows
from graph.store import GraphStore
from queries.library import load_library

router = APIRouter(tags=["pages"])


@router.get("/", response_class=HTMLResponse, include_in_schema=False)
async def home() -> HTMLResponse:
    return HTMLResponse(home_page())


def _reports(store: GraphStore, session: int | None, lang: str, as_json: bool) -> Answer:
    rows = [] if session is None else plain_rows(
        load_library()["reports-due"].run(store, {"session": str(session), "lang": lang}).rows)
    if as_json:
        return json_answer({"session": session, "reports": rows})
    return html_answer(reports_due_page(session, rows, lang=lang))


@router.get("/reports-due", response_class=Response,
            responses=responses(422, 503, description="the reports due", also={**HTML, "application/json": {"schema": {}}}))
async def reports_due(request: Request, store: StoreDep, pool: PoolDep,
                      session: Annotated[int | None, Query(ge=1, le=999)] = None,
                      lang: Annotated[Literal["en", "fr"], Query()] = "en") -> Response:
    """The reports due at a session, as a page (``Accept: application/json``: the rows)."""
    as_json = "application/json" in request.headers.get("accept", "")
    answer = await answer_in_worker(request, pool, store, _reports, session, lang, as_json)
    return answer.response(request)
