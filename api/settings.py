"""The API's settings, from ``MANDATES_*`` environment variables, handed out by ``get_settings``."""

from __future__ import annotations

from functools import lru_cache

from pydantic_settings import BaseSettings, SettingsConfigDict

__all__ = ["Settings", "get_settings"]


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="MANDATES_")

    store: str = "store"
    endpoint: str | None = None
    update_endpoint: str | None = None
    build_if_empty: bool = True
    max_rows: int = 10000
    allow_service: bool = False


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
