"""``GET /mandates``: the mandate chains of an activity, with the quoted evidence.

Evaluated in a query worker (:mod:`api.pooled`). Answers carry an ETag; a repeated request is answered from the kept answers before it reaches
this route (:mod:`api.kept_answers`).
"""

from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response

from api.answers import Answer, json_answer
from api.deps import PoolDep, StoreDep
from api.pages.errors import choices_page, html_answer, not_found_page
from api.pages.layout import wants_html
from api.pooled import answer_in_worker
from api.rows import candidates
from graph.store import GraphStore
from queries.trace import Ambiguous, NotFound, find_entity, trace_json

router = APIRouter(tags=["mandates"])


def _answer(store: GraphStore, activity: str, lang: str, html: bool = False) -> Answer:
    try:
        node = find_entity(store, activity)
    except Ambiguous as error:
        if html:
            return html_answer(choices_page(str(error), candidates(error.candidates)), status=300)
        return json_answer({
            "error": str(error),
            "candidates": [{"iri": c.iri, "label": c.label, "type": c.type, "score": c.score} for c in error.candidates],
        }, status=300)
    except NotFound as error:
        if html:
            return html_answer(not_found_page(str(error), candidates(error.candidates)), status=404)
        return json_answer({
            "error": str(error),
            "did_you_mean": [{"iri": c.iri, "label": c.label, "type": c.type, "score": c.score} for c in error.candidates],
        }, status=404)
    return json_answer(trace_json(store, node, lang=lang))


@router.get("/mandates")
async def mandates(request: Request, store: StoreDep, pool: PoolDep, activity: Annotated[str, Query(min_length=1, max_length=2000)],
                   lang: Annotated[str, Query(pattern=r"^(en|fr)$")] = "en") -> Response:
    """The chains as JSON; a browser (``Accept: text/html``) is shown its 300 and 404 as pages."""
    html = wants_html(request.headers.get("accept", ""))
    answer = await answer_in_worker(request, pool, store, _answer, activity, lang, html)
    return answer.response(request)
