"""``GET /mandates``: the mandate chains of an activity, with the quoted evidence.

Evaluated in a query worker (:mod:`api.pooled`): the answer the build precomputed for the node
(:mod:`graph.chains`) when there is one, else a walk of its chains. Answers carry an ETag; a repeated request is answered from the kept answers before it reaches
this route (:mod:`api.kept_answers`).
"""

import os
from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response

from api.answers import Answer, json_answer
from api.deps import PoolDep, StoreDep
from api.pooled import answer_in_worker
from graph.chains import precomputed_answer
from graph.store import GraphStore
from queries.trace import Ambiguous, NotFound, find_entity, trace_json

router = APIRouter(tags=["mandates"])

#: ``MANDATES_WALK_CHAINS=1``: ignore the precomputed answers and walk every chain by queries
#: (the benchmarks' baseline, benchmarks/lookups.py).
_WALK_ONLY = os.environ.get("MANDATES_WALK_CHAINS") == "1"


def _precomputed(store: GraphStore, activity: str, lang: str) -> dict | None:
    """The answer the build walked for a node asked by IRI (graph.chains): one point read."""
    activity = activity.strip()
    if _WALK_ONLY or not activity.startswith(("http://", "https://", "urn:")):
        return None
    return precomputed_answer(store, activity, lang)


def _answer(store: GraphStore, activity: str, lang: str) -> Answer:
    activity = activity.strip()
    try:
        node = find_entity(store, activity)
    except Ambiguous as error:
        return json_answer({
            "error": str(error),
            "candidates": [{"iri": c.iri, "label": c.label, "type": c.type, "score": c.score} for c in error.candidates],
        }, status=300)
    except NotFound as error:
        return json_answer({
            "error": str(error),
            "did_you_mean": [{"iri": c.iri, "label": c.label, "type": c.type, "score": c.score} for c in error.candidates],
        }, status=404)
    kept = None if _WALK_ONLY else precomputed_answer(store, node, lang)
    return json_answer(kept if kept is not None else trace_json(store, node, lang=lang))


@router.get("/mandates")
async def mandates(request: Request, store: StoreDep, pool: PoolDep, activity: Annotated[str, Query(min_length=1, max_length=2000)],
                   lang: Annotated[str, Query(pattern=r"^(en|fr)$")] = "en") -> Response:
    kept = _precomputed(store, activity, lang)
    if kept is not None:  # one point read: no need for a killable worker
        return json_answer(kept).response(request)
    answer = await answer_in_worker(request, pool, store, _answer, activity, lang)
    return answer.response(request)
