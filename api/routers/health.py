"""``GET /health``: the store answers, and how many triples it holds."""

from fastapi import APIRouter

from api.deps import StoreDep

router = APIRouter(tags=["health"])


@router.get("/health")
def health(store: StoreDep) -> dict:
    return {"status": "ok", "triples": len(store)}
