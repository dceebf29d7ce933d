"""Dependencies shared by the routers: the settings, the store and the query workers."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from api.settings import Settings, get_settings
from graph.store import GraphStore
from graph.workers import QueryPool

__all__ = ["SettingsDep", "StoreDep", "PoolDep", "get_store", "get_pool"]


def get_store(request: Request) -> GraphStore:
    """The live store: after a rebuild, the new generation."""
    live = getattr(request.app.state, "live", None)
    return live.refresh() if live is not None else request.app.state.store


def get_pool(request: Request) -> QueryPool | None:
    return getattr(request.app.state, "pool", None)


SettingsDep = Annotated[Settings, Depends(get_settings)]
StoreDep = Annotated[GraphStore, Depends(get_store)]
PoolDep = Annotated[QueryPool | None, Depends(get_pool)]
