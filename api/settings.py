"""The API's settings, from ``MANDATES_*`` environment variables, handed out by ``get_settings``."""

from __future__ import annotations

from functools import lru_cache

from pydantic_settings import BaseSettings, SettingsConfigDict

__all__ = ["Settings", "get_settings"]


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="MANDATES_")

    #: Embedded store folder (generations and CURRENT), used unless ``endpoint`` is set.
    store: str = "store"
    #: A SPARQL 1.1 query endpoint to serve instead of the embedded store.
    endpoint: str | None = None
    update_endpoint: str | None = None
    #: Build the graph from the project's corpus when the embedded store is empty.
    build_if_empty: bool = True
    #: Rows (or triples) at most in a /sparql answer; the cut is said in X-Results-Truncated.
    max_rows: int = 10000
    #: Seconds a query (on /sparql or any route) may run before it is stopped and answered 503.
    query_timeout: float = 10.0
    #: Worker processes that run /sparql queries and every route that evaluates a query.
    workers: int = 2
    #: Bytes at most in one answer: /sparql cuts there (X-Results-Truncated), other routes answer 413.
    max_answer_bytes: int = 32 * 1024 * 1024
    #: MiB of address space a query worker may use; a query past it is stopped with 503 (0: no cap).
    worker_memory_mb: int = 2048
    #: Queries that may wait for a busy worker; past it, 503 with Retry-After at once.
    queue_limit: int = 32
    #: Seconds a query may wait for a free worker before it is answered 503 (its run time is
    #: bounded apart, by ``query_timeout``): long enough for a full queue to drain on a busy
    #: machine (benchmarks/README.md, "Load test").
    queue_timeout: float = 30.0
    #: MiB of answers kept per server process (0: none); see api/answers.py.
    answer_cache_mb: int = 64
    #: SERVICE endpoints a query may call, compared exactly with the endpoint IRI the query
    #: names (none by default: no federation).
    service_allow: list[str] = []
    #: Origins whose pages may read answers (CORS, GET only), e.g. '["https://example.org"]';
    #: empty (the default): no CORS headers, so other sites' pages cannot read answers.
    cors_origins: list[str] = []
    #: Bytes at most in a request body; past it the request is answered 413 unread.
    max_body_bytes: int = 1024 * 1024


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
