"""OpenAPI docs at ``/docs`` (Swagger UI) and ``/redoc`` from local assets: they render offline.

ReDoc's bundle shows a logo it fetches from Redocly's CDN; the bundle is served with that
address pointed at a local copy, so the page makes no outside request.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import fastapi_offline
from fastapi import FastAPI
from fastapi.openapi.docs import get_redoc_html, get_swagger_ui_html
from fastapi.responses import HTMLResponse, Response
from fastapi.staticfiles import StaticFiles

__all__ = ["install_docs", "STATIC_DIR"]

STATIC_DIR = Path(__file__).resolve().parent / "static"
_DOCS_ASSETS = Path(fastapi_offline.__file__).resolve().parent / "static"
#: The footer logo's address in ReDoc's bundle, whatever host it names.
_REDOC_LOGO = re.compile(rb"https?://[^\"'\s]+/logo-mini\.svg")
_LOCAL_LOGO = "/static/docs/favicon.png"
_REDOC_JS = "/static/redoc/redoc.standalone.js"


@lru_cache(maxsize=1)
def _redoc_bundle() -> bytes:
    """ReDoc's bundle with its one outside address (the footer logo) pointed at a local image."""
    return _REDOC_LOGO.sub(_LOCAL_LOGO.encode(), (_DOCS_ASSETS / "redoc.standalone.js").read_bytes())


def install_docs(app: FastAPI) -> None:
    @app.get(_REDOC_JS, include_in_schema=False)
    def redoc_bundle() -> Response:
        return Response(_redoc_bundle(), media_type="text/javascript",
                        headers={"Cache-Control": "public, max-age=86400"})

    app.mount("/static/docs", StaticFiles(directory=_DOCS_ASSETS), name="docs-assets")
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")

    @app.get("/docs", include_in_schema=False)
    def swagger() -> HTMLResponse:
        return get_swagger_ui_html(
            openapi_url=app.openapi_url or "/openapi.json", title=f"{app.title} — docs",
            swagger_js_url="/static/docs/swagger-ui-bundle.js", swagger_css_url="/static/docs/swagger-ui.css",
            swagger_favicon_url="/static/docs/favicon.png", swagger_ui_parameters={"validatorUrl": None},
        )

    @app.get("/redoc", include_in_schema=False)
    def redoc() -> HTMLResponse:
        return get_redoc_html(openapi_url=app.openapi_url or "/openapi.json", title=f"{app.title} — ReDoc",
                              redoc_js_url=_REDOC_JS,
                              redoc_favicon_url="/static/docs/favicon.png", with_google_fonts=False)
