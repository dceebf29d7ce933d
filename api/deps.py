"""Dependencies shared by the routers: the settings, the store, the query workers, the answers.

They are coroutines on purpose: FastAPI runs a plain function dependency in its thread pool,
a hop that costs more than what these do (an attribute read and one ``stat``).
"""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from api.answers import AnswerCache
from api.settings import Settings
from graph.store import GraphStore
from graph.workers import QueryPool

__all__ = ["SettingsDep", "StoreDep", "PoolDep", "AnswersDep", "get_store", "get_pool", "get_answers"]


async def get_settings(request: Request) -> Settings:
    return request.app.state.settings


async def get_store(request: Request) -> GraphStore:
    """The live store: after a rebuild, the new generation."""
    live = getattr(request.app.state, "live", None)
    return live.refresh() if live is not None else request.app.state.store


async def get_pool(request: Request) -> QueryPool | None:
    return getattr(request.app.state, "pool", None)


async def get_answers(request: Request) -> AnswerCache:
    return request.app.state.answers


SettingsDep = Annotated[Settings, Depends(get_settings)]
StoreDep = Annotated[GraphStore, Depends(get_store)]
PoolDep = Annotated[QueryPool | None, Depends(get_pool)]
AnswersDep = Annotated[AnswerCache, Depends(get_answers)]
