"""``GET /search``: entities by English or French label or alias (searched in a query worker)."""

from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response

from api.answers import Answer, json_answer
from api.deps import PoolDep, StoreDep
from api.openapi import SearchAnswer, responses
from api.pages.errors import html_answer
from api.pages.layout import wants_html
from api.pages.listing import search_page
from api.pooled import answer_in_worker
from graph.store import GraphStore
from queries.search import label_index

router = APIRouter(tags=["search"])


def _answer(store: GraphStore, q: str, type: str | None, lang: str | None, limit: int, html: bool = False) -> Answer:
    hits = label_index(store).search(q, type=type, lang=lang, limit=limit)
    as_json = lambda h: {"iri": h.iri, "label": h.label, "type": h.type, "score": h.score}
    # Matches only; weaker hits (some words in common) are suggestions, said apart.
    matches = [as_json(h) for h in hits if h.match]
    did_you_mean = [] if matches else [as_json(h) for h in hits[:5]]
    if html:
        return html_answer(search_page(q, matches, did_you_mean))
    return json_answer({"results": matches, "did_you_mean": did_you_mean})


@router.get("/search", responses=responses(422, 503, ok=SearchAnswer))
async def search(request: Request, store: StoreDep, pool: PoolDep, q: Annotated[str, Query(min_length=1, max_length=500)],
                 type: Annotated[str | None, Query(max_length=64, pattern=r"^[A-Za-z]+$")] = None,
                 lang: Annotated[str | None, Query(pattern=r"^(en|fr)$")] = None,
                 limit: Annotated[int, Query(ge=1, le=100)] = 20) -> Response:
    """Matches as JSON; ``Accept: text/html``: the results page, each result linked by its label."""
    html = wants_html(request.headers.get("accept", ""))
    answer = await answer_in_worker(request, pool, store, _answer, q, type, lang, limit, html)
    return answer.response(request)
