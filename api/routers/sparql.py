"""``/sparql``: the SPARQL 1.1 Protocol, read-only.

Queries by GET ``?query=``, POST form or POST ``application/sparql-query``; results by
``Accept``. Updates, ``SERVICE`` and ``LOAD`` are refused with 400; a malformed query gets
400 with the parser's message and position.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qs

from fastapi import APIRouter, Request
from fastapi.responses import Response

from api.deps import SettingsDep, StoreDep
from api.errors import error_response
from graph.formats import GRAPH_TYPES, RESULT_TYPES, NotAcceptable

router = APIRouter(tags=["sparql"])

_STRINGS = re.compile(r"'''.*?'''|\"\"\".*?\"\"\"|'(?:[^'\\\n]|\\.)*'|\"(?:[^\"\\\n]|\\.)*\"|<[^>\s]*>|#[^\n]*", re.S)
_PROLOGUE = re.compile(r"^\s*(?:(?:PREFIX\s+[\w-]*:\s*|BASE\s+)\s*\S*\s*)*", re.I)
_UPDATE = re.compile(r"^(INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD|WITH)\b", re.I)
_SERVICE = re.compile(r"\bSERVICE\b", re.I)


def _choose(accept: str, is_graph_query: bool) -> str | None:
    offered = list(GRAPH_TYPES if is_graph_query else RESULT_TYPES)
    if not accept or accept.strip() in ("*/*", ""):
        return offered[0]
    ranked = []
    for part in accept.split(","):
        media, _, params = part.strip().partition(";")
        quality = 1.0
        match = re.search(r"q=([0-9.]+)", params)
        if match:
            quality = float(match.group(1))
        ranked.append((quality, media.strip().lower()))
    for _, media in sorted(ranked, key=lambda r: -r[0]):
        if media in offered:
            return media
        if media in ("*/*", "application/*", "text/*"):
            candidates = [o for o in offered if media == "*/*" or o.startswith(media[:-1])]
            if candidates:
                return candidates[0]
    return None


def _answer(query: str, request: Request, store, settings) -> Response:
    stripped = _STRINGS.sub(" ", query)
    body = stripped[_PROLOGUE.match(stripped).end():]
    if _UPDATE.match(body.lstrip()):
        return error_response(400, "this endpoint is read-only: SPARQL Update is not accepted")
    if _SERVICE.search(stripped) and not settings.allow_service:
        return error_response(400, "SERVICE is not allowed on this endpoint")
    is_graph_query = bool(re.match(r"\s*(CONSTRUCT|DESCRIBE)\b", body, re.I))
    media = _choose(request.headers.get("accept", ""), is_graph_query)
    if media is None:
        return error_response(406, "no acceptable result format; use one of "
                              + ", ".join(GRAPH_TYPES if is_graph_query else RESULT_TYPES))
    try:
        data, media_type = store.serialize(query, media)
    except NotAcceptable as error:
        return error_response(406, str(error))
    return Response(data, media_type=media_type)


@router.get("/sparql")
def sparql_get(request: Request, store: StoreDep, settings: SettingsDep) -> Response:
    values = parse_qs(request.url.query, keep_blank_values=True).get("query", [])
    if len(values) != 1 or not values[0].strip():
        return error_response(400, "give exactly one non-empty 'query' parameter")
    return _answer(values[0], request, store, settings)


@router.post("/sparql")
async def sparql_post(request: Request, store: StoreDep, settings: SettingsDep) -> Response:
    content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    raw = await request.body()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        return error_response(400, "the request body is not UTF-8")
    if content_type == "application/sparql-query":
        if parse_qs(request.url.query).get("query"):
            return error_response(400, "give the query in the body or the URL, not both")
        query = text
    elif content_type == "application/x-www-form-urlencoded":
        values = parse_qs(text, keep_blank_values=True)
        if "update" in values:
            return error_response(400, "this endpoint is read-only: SPARQL Update is not accepted")
        queries = values.get("query", [])
        if len(queries) != 1:
            return error_response(400, "give exactly one 'query' parameter")
        query = queries[0]
    else:
        return error_response(415, "POST a query as application/sparql-query or application/x-www-form-urlencoded")
    if not query.strip():
        return error_response(400, "the query is empty")
    from starlette.concurrency import run_in_threadpool

    return await run_in_threadpool(_answer, query, request, store, settings)
