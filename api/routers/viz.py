"""``GET /viz?focus=&depth=&lang=``: the interactive graph view of a focus (built in a query worker)."""

from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response

from api.answers import Answer, json_answer
from api.deps import PoolDep, StoreDep
from api.openapi import HTML, responses
from api.pages.errors import choices_page, html_answer, not_found_page
from api.pages.layout import wants_html
from api.pooled import answer_in_worker
from api.rows import candidates
from graph.store import GraphStore
from queries.trace import Ambiguous, NotFound
from views import view_page

router = APIRouter(tags=["viz"])


def _answer(store: GraphStore, focus: str, depth: int, lang: str, html: bool = False) -> Answer:
    try:
        page = view_page(store, focus, depth=depth, lang=lang)
    except Ambiguous as error:
        if html:
            return html_answer(choices_page(f"“{focus}” names several things in the graph.",
                                             candidates(error.candidates)), status=300)
        return json_answer({"error": str(error), "candidates": [{"iri": c.iri, "label": c.label} for c in error.candidates]},
                           status=300)
    except NotFound as error:
        if html:
            return html_answer(not_found_page(f"Nothing in the graph is named “{focus}”.",
                                               candidates(error.candidates)), status=404)
        return json_answer({"error": str(error), "did_you_mean": [{"iri": c.iri, "label": c.label}
                                                                  for c in error.candidates]}, status=404)
    return Answer(200, page.encode("utf-8"), "text/html; charset=utf-8")


@router.get("/viz", response_class=Response, responses=responses(300, 404, 422, 503, also=HTML))
async def viz(request: Request, store: StoreDep, pool: PoolDep,
              focus: Annotated[str, Query(min_length=1, max_length=2000)] = "A/RES/78/311",
              depth: Annotated[int, Query(ge=0, le=4)] = 2,
              lang: Annotated[str, Query(pattern=r"^(en|fr)$")] = "en") -> Response:
    html = wants_html(request.headers.get("accept", ""))
    answer = await answer_in_worker(request, pool, store, _answer, focus, depth, lang, html)
    return answer.response(request)
