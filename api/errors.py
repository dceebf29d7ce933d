"""One error format for the API: ``{"error": message, ...}`` with the right status code."""

from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

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
