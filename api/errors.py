"""One error format for the API: ``{"error": message, ...}`` with the right status code.

A browser (``Accept: text/html``) gets the same message as a page instead, for an unknown
address (404) and a request it cannot read (422) as for the routes' own errors.
"""

from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.exception_handlers import http_exception_handler, request_validation_exception_handler
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from starlette.exceptions import HTTPException

from api.pages.errors import error_page, not_found_page
from api.pages.layout import wants_html
from graph.store import QueryError, StoreError
from queries.library import ParameterError

__all__ = ["install_error_handlers", "error_response"]


def error_response(status: int, message: str, **extra: object) -> JSONResponse:
    return JSONResponse({"error": message, **extra}, status_code=status)


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(ParameterError)
    async def _parameter(_: Request, error: ParameterError) -> JSONResponse:
        return error_response(422, str(error), parameter=error.name)

    @app.exception_handler(QueryError)
    async def _query(_: Request, error: QueryError) -> JSONResponse:
        return error_response(400, str(error))

    @app.exception_handler(StoreError)
    async def _store(_: Request, error: StoreError) -> JSONResponse:
        return error_response(503, str(error))

    @app.exception_handler(HTTPException)
    async def _http(request: Request, error: HTTPException) -> Response:
        if not wants_html(request.headers.get("accept", "")):
            return await http_exception_handler(request, error)
        if error.status_code == 404:
            body = not_found_page(f"nothing is at {request.url.path}")
        else:
            body = error_page(error.status_code, str(error.detail))
        return HTMLResponse(body, status_code=error.status_code, headers=getattr(error, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, error: RequestValidationError) -> Response:
        if not wants_html(request.headers.get("accept", "")):
            return await request_validation_exception_handler(request, error)
        problems = "; ".join(f"{'.'.join(str(p) for p in e['loc'][1:]) or e['loc'][0]}: {e['msg']}" for e in error.errors())
        return HTMLResponse(error_page(422, problems), status_code=422)
