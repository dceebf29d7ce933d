"""``GET /health``: the store answers, and how many triples it holds.

On the event loop for the embedded store (its count is kept, or read from a small file), so
it answers even when every thread and query worker is busy.
"""

from fastapi import APIRouter
from starlette.concurrency import run_in_threadpool

from api.deps import StoreDep
from api.openapi import HealthAnswer, responses
from graph.store import EmbeddedStore

router = APIRouter(tags=["health"])


@router.get("/health", response_model=None, responses=responses(503, ok=HealthAnswer))
async def health(store: StoreDep) -> dict:
    triples = store.known_len() if isinstance(store, EmbeddedStore) else None
    if triples is None:
        triples = await run_in_threadpool(len, store)
    return {"status": "ok", "triples": triples}
