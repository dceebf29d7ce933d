"""``GET /search``: entities by English or French label or alias."""

from typing import Annotated

from fastapi import APIRouter, Query

from api.deps import StoreDep
from queries.search import label_index

router = APIRouter(tags=["search"])


@router.get("/search")
def search(store: StoreDep, q: Annotated[str, Query(min_length=1, max_length=500)],
           type: Annotated[str | None, Query(max_length=64, pattern=r"^[A-Za-z]+$")] = None,
           lang: Annotated[str | None, Query(pattern=r"^(en|fr)$")] = None,
           limit: Annotated[int, Query(ge=1, le=100)] = 20) -> dict:
    hits = label_index(store).search(q, type=type, lang=lang, limit=limit)
    return {"results": [{"iri": h.iri, "label": h.label, "type": h.type, "score": h.score} for h in hits]}
