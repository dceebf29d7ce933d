"""The FastAPI application: assembles the routers over one store."""

from __future__ import annotations

from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from api.errors import install_error_handlers
from api.routers import health, mandates, queries, resolutions, search, sparql
from api.settings import Settings, get_settings
from graph.store import open_store

__all__ = ["create_app"]


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or get_settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        store = open_store(path=Path(settings.store), endpoint=settings.endpoint,
                           update_endpoint=settings.update_endpoint)
        if settings.build_if_empty and not settings.endpoint and len(store) == 0:
            from graph.build import build

            build(store)
        app.state.store = store
        yield
        store.close()

    app = FastAPI(title="Mandate Graph API", version="0.1.0", lifespan=lifespan,
                  description="Which mandate underpins this activity? Answers with the exact sentence of the source.",
                  docs_url=None, redoc_url=None)
    app.dependency_overrides[get_settings] = lambda: settings
    app.add_middleware(CORSMiddleware, allow_origins=["*"], allow_methods=["GET"], allow_headers=["*"])
    install_error_handlers(app)
    for module in (health, sparql, search, mandates, queries, resolutions):
        app.include_router(module.router)
    return app
