"""``GET /viz?focus=&depth=&lang=``: the interactive graph view of a focus."""

from typing import Annotated

from fastapi import APIRouter, Query
from fastapi.responses import HTMLResponse, JSONResponse

from api.deps import StoreDep
from queries.trace import Ambiguous, NotFound
from views import view_page

router = APIRouter(tags=["viz"])


@router.get("/viz", response_class=HTMLResponse)
def viz(store: StoreDep, focus: Annotated[str, Query(min_length=1, max_length=2000)] = "A/RES/78/311",
        depth: Annotated[int, Query(ge=0, le=4)] = 2, lang: Annotated[str, Query(pattern=r"^(en|fr)$")] = "en"):
    try:
        return HTMLResponse(view_page(store, focus, depth=depth, lang=lang))
    except Ambiguous as error:
        return JSONResponse({"error": str(error), "candidates": [{"iri": c.iri, "label": c.label} for c in error.candidates]},
                            status_code=300)
    except NotFound as error:
        return JSONResponse({"error": str(error)}, status_code=404)
