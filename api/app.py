"""The FastAPI application: assembles the routers over one store."""

from __future__ import annotations

from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from api.answers import AnswerCache
from api.body_limit import BodyLimitMiddleware
from api.docs import install_docs
from api.errors import install_error_handlers
from api.kept_answers import KeptAnswersMiddleware
from api.routers import (
    editor,
    health,
    mandates,
    obligations,
    pages,
    queries,
    resolutions,
    resources,
    search,
    sparql,
    viz,
)
from api.settings import Settings, get_settings
from graph.store import RemoteStore, StoreError
from graph.versions import LiveStore, current_generation, writable
from graph.workers import QueryPool

__all__ = ["create_app", "prepare_embedded", "WORKER_MODULES"]

#: The modules whose functions the routes run in query workers (:mod:`api.pooled`).
WORKER_MODULES = tuple(f"api.routers.{name}" for name in ("mandates", "pages", "queries", "resolutions", "resources",
                                                          "search", "viz"))


def prepare_embedded(settings: Settings) -> Path:
    """The embedded store's folder, built from the project's corpus first if it is empty."""
    root = Path(settings.store)
    if current_generation(root) is None and settings.build_if_empty:
        from graph.build import build

        with writable(root, fresh=True) as store:
            report = build(store, progress=True)
            if report.checks is not None and not report.checks.conforms:
                # Raised inside the writer's block: the generation is not published.
                raise StoreError(f"the built graph breaks the shapes: {report.checks.summary()}; "
                                 "run 'mandates validate' for each violation")
    return root


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or get_settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        if settings.endpoint:
            app.state.store = RemoteStore(settings.endpoint, settings.update_endpoint, timeout=settings.query_timeout)
            yield
            app.state.store.close()
            return
        live = LiveStore(prepare_embedded(settings))
        app.state.live = live
        app.state.pool = QueryPool(lambda: live.path, size=settings.workers, timeout=settings.query_timeout,
                                   max_rows=settings.max_rows, max_bytes=settings.max_answer_bytes,
                                   memory_mb=settings.worker_memory_mb, queue_limit=settings.queue_limit,
                                   queue_timeout=settings.queue_timeout,
                                   preload=WORKER_MODULES, service_allow=settings.service_allow)
        yield
        app.state.pool.close()

    app = FastAPI(title="Mandate Graph API", version="0.1.0", lifespan=lifespan,
                  description="Which mandate underpins this activity? Answers with the exact sentence of the source.",
                  docs_url=None, redoc_url=None)
    app.state.settings = settings
    app.state.answers = AnswerCache(settings.answer_cache_mb * 1024 * 1024)
    app.add_middleware(KeptAnswersMiddleware)  # inside CORS, which adds its headers to kept answers too
    if settings.cors_origins:
        app.add_middleware(CORSMiddleware, allow_origins=settings.cors_origins, allow_methods=["GET"],
                           allow_headers=["*"], expose_headers=["X-Results-Truncated", "X-Results-Limit", "ETag"])
    app.add_middleware(BodyLimitMiddleware, max_bytes=settings.max_body_bytes)  # outermost: before any read
    install_error_handlers(app)
    install_docs(app)
    for module in (health, sparql, editor, search, mandates, obligations, queries, resolutions, resources, viz, pages):
        app.include_router(module.router)
    return app
