"""``GET /mandates``: the mandate chains of an activity, with the quoted evidence."""

from typing import Annotated

from fastapi import APIRouter, Query
from fastapi.responses import JSONResponse

from api.deps import StoreDep
from queries.trace import Ambiguous, NotFound, find_entity, trace_json

router = APIRouter(tags=["mandates"])


@router.get("/mandates")
def mandates(store: StoreDep, activity: Annotated[str, Query(min_length=1, max_length=2000)],
             lang: Annotated[str, Query(pattern=r"^(en|fr)$")] = "en"):
    try:
        node = find_entity(store, activity)
    except Ambiguous as error:
        return JSONResponse(status_code=300, content={
            "error": str(error),
            "candidates": [{"iri": c.iri, "label": c.label, "type": c.type, "score": c.score} for c in error.candidates],
        })
    except NotFound as error:
        return JSONResponse(status_code=404, content={"error": str(error)})
    return trace_json(store, node, lang=lang)
