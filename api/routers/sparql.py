"""``/sparql``: the SPARQL 1.1 Protocol, read-only.

Queries by GET ``?query=``, POST form or POST ``application/sparql-query``, with
``default-graph-uri`` and ``named-graph-uri`` (or the query's own ``FROM`` / ``FROM NAMED``);
results by ``Accept``. Updates, ``LOAD`` and ``SERVICE`` (unless its endpoint is exactly
allow-listed) are refused with 400, decided on the query's tokens (:mod:`graph.sparql_guard`);
a query may use the project's prefixes (``GET /sparql/prefixes``) without declaring them
(:mod:`graph.sparql_prefixes`); its relative IRIs resolve against the endpoint's address (the
request's URL), then its own ``BASE``, as on the Oxigraph server; a malformed query gets 400
with a readable message and its position in the user's own lines; a query past the time limit is stopped and answered 503;
answers are cut at ``max_rows`` rows or ``max_answer_bytes`` bytes, said in ``X-Results-Truncated``;
a query that passes the worker's memory cap, or finds every worker busy and the queue full,
gets 503 with ``Retry-After``. A browser asking for HTML
without a query gets the editor. Successful answers are kept per store generation and carry
an ETag (see :mod:`api.answers`).
"""

from __future__ import annotations

import re
from functools import partial
from urllib.parse import parse_qs

from fastapi import APIRouter, Request
from fastapi.responses import Response
from pyoxigraph import NamedNode

from api.answers import Answer, json_answer
from api.deps import AnswersDep, PoolDep, SettingsDep, StoreDep
from api.errors import error_response
from api.openapi import SPARQL_GET, SPARQL_POST, sparql_responses
from api.pooled import failure_answer, in_pool_thread
from api.routers.editor import editor_page
from graph.formats import GRAPH_TYPES, RESULT_TYPES, NotAcceptable
from graph.sparql_guard import QueryRefused, SparqlLexError, guard
from graph.sparql_prefixes import KNOWN_PREFIXES, add_known_prefixes, readable_syntax_error
from graph.store import QueryError
from graph.workers import QueryFailed, QueryTimeout

router = APIRouter(tags=["sparql"])

_QUALITY = re.compile(r"q=([^;,]*)")


def _choose(accept: str, is_graph_query: bool) -> str | None:
    offered = list(GRAPH_TYPES if is_graph_query else RESULT_TYPES)
    if not accept.strip():
        return offered[0]
    ranked = []
    for part in accept.split(","):
        media, _, params = part.strip().partition(";")
        match = _QUALITY.search(params)
        try:
            quality = float(match.group(1)) if match else 1.0
        except ValueError:  # a malformed weight: that part of the header is ignored
            continue
        if 0 < quality <= 1:
            ranked.append((quality, media.strip().lower()))
    for _, media in sorted(ranked, key=lambda r: -r[0]):
        if media in offered:
            return media
        if media in ("*/*", "application/*", "text/*"):
            candidates = [o for o in offered if media == "*/*" or o.startswith(media[:-1])]
            if candidates:
                return candidates[0]
    return None


def _graph_iris(values: list[str], name: str) -> list[str]:
    for value in values:
        try:
            NamedNode(value)
        except ValueError as error:
            raise QueryError(f"{name} {value!r} is not a valid IRI ({error})") from None
    return values


def _params(request: Request) -> dict[str, list[str]]:
    """The URL's parameters, as parsed once already by the framework (blank values kept)."""
    query = request.query_params
    return {key: query.getlist(key) for key in query.keys()}


def _failure(status: int, message: str) -> Answer:
    return json_answer({"error": message}, status=status)


def endpoint_base(request: Request) -> str | None:
    """The address of this endpoint as a base IRI (the request's URL without its query), as
    the Oxigraph server resolves a query's relative IRIs; None if it is no valid IRI."""
    base = str(request.url.replace(query="", fragment=""))
    try:
        NamedNode(base)
    except ValueError:
        return None
    return base


def _answer(query: str, params: dict[str, list[str]], accept: str, store, pool, settings, base: str | None,
            still_wanted=None) -> Answer:
    try:
        prepared = add_known_prefixes(query)
        # Read on the user's own text, so that a refusal's position is in the user's lines.
        is_graph_query = guard(query, settings.service_allow, base=base or "",
                               prefixes=KNOWN_PREFIXES).is_graph_query
        query = prepared.text
    except QueryRefused as refused:
        return _failure(400, str(refused))
    except SparqlLexError as error:
        return _failure(400, f"the query cannot be read: {error}")
    media = _choose(accept, is_graph_query)
    if media is None:
        return _failure(406, "no acceptable result format; use one of "
                        + ", ".join(GRAPH_TYPES if is_graph_query else RESULT_TYPES))
    try:
        default_graphs = _graph_iris(params.get("default-graph-uri", []), "default-graph-uri")
        named_graphs = _graph_iris(params.get("named-graph-uri", []), "named-graph-uri")
    except QueryError as error:
        return _failure(400, str(error))
    if pool is None:  # a remote endpoint: the base goes with the text
        try:
            data, media_type = store.serialize(f"BASE <{base}>\n{query}" if base else query, media)
        except NotAcceptable as error:
            return _failure(406, str(error))
        return Answer(200, data, media_type)
    try:
        answer = pool.run(query, media, default_graphs=default_graphs, named_graphs=named_graphs,
                          base_iri=base, still_wanted=still_wanted)
    except QueryFailed as error:
        if error.kind == "syntax":
            return _failure(400, readable_syntax_error(str(error), added_lines=prepared.added_lines))
        return failure_answer(error, pool)
    except QueryTimeout as error:
        return failure_answer(error, pool)
    headers = {"X-Results-Limit": str(pool.max_rows), "X-Results-Byte-Limit": str(pool.max_bytes)}
    if answer.truncated:
        headers["X-Results-Truncated"] = "true"
    return Answer(200, answer.body, answer.media_type, headers)


async def _respond(query: str, params: dict[str, list[str]], request: Request, store, pool, settings,
                   answers) -> Response:
    """Evaluate off the event loop. A repeated GET is answered before it reaches this route
    (:mod:`api.kept_answers`); POSTed queries are kept here, by query and parameters."""
    accept = request.headers.get("accept", "")
    base = endpoint_base(request)
    key = None if request.method == "GET" else answers.key(
        store, "sparql", query, accept, tuple(params.get("default-graph-uri", [])),
        tuple(params.get("named-graph-uri", [])), base)
    answer = answers.get(key)
    if answer is None:
        answer = await in_pool_thread(request, pool, partial(_answer, query, params, accept, store, pool, settings,
                                                             base))
        if answer.status == 200:
            answers.put(key, answer)
    return answer.response(request)


@router.get("/sparql", response_class=Response, responses=sparql_responses(400, 406, 503), openapi_extra=SPARQL_GET)
async def sparql_get(request: Request, store: StoreDep, pool: PoolDep, settings: SettingsDep,
                     answers: AnswersDep) -> Response:
    params = _params(request)
    values = params.get("query", [])
    if not values and "text/html" in request.headers.get("accept", ""):
        return editor_page()
    if len(values) != 1 or not values[0].strip():
        return error_response(400, "give exactly one non-empty 'query' parameter")
    return await _respond(values[0], params, request, store, pool, settings, answers)


@router.get("/sparql/prefixes")
async def sparql_prefixes() -> dict[str, dict[str, str]]:
    """The prefixes a query may use without declaring them (the CLI and the library know the same)."""
    return {"prefixes": dict(KNOWN_PREFIXES)}


@router.head("/sparql", include_in_schema=False)
async def sparql_head(request: Request, store: StoreDep, pool: PoolDep, settings: SettingsDep,
                      answers: AnswersDep) -> Response:
    """HEAD: the status and headers a GET would have, without its body."""
    response = await sparql_get(request, store, pool, settings, answers)
    return Response(status_code=response.status_code, headers=dict(response.headers))


@router.post("/sparql", response_class=Response, responses=sparql_responses(400, 406, 413, 415, 503),
             openapi_extra=SPARQL_POST)
async def sparql_post(request: Request, store: StoreDep, pool: PoolDep, settings: SettingsDep,
                      answers: AnswersDep) -> Response:
    content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    raw = await request.body()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        return error_response(400, "the request body is not UTF-8")
    params = _params(request)
    if content_type == "application/sparql-query":
        if params.get("query"):
            return error_response(400, "give the query in the body or the URL, not both")
        query = text
    elif content_type == "application/x-www-form-urlencoded":
        form = parse_qs(text, keep_blank_values=True)
        if "update" in form:
            return error_response(400, "this endpoint is read-only: SPARQL Update is not accepted")
        queries = form.get("query", [])
        if len(queries) != 1:
            return error_response(400, "give exactly one 'query' parameter")
        query = queries[0]
        for key in ("default-graph-uri", "named-graph-uri"):
            params.setdefault(key, []).extend(form.get(key, []))
    else:
        return error_response(415, "POST a query as application/sparql-query or application/x-www-form-urlencoded")
    if not query.strip():
        return error_response(400, "the query is empty")
    return await _respond(query, params, request, store, pool, settings, answers)


@router.api_route("/sparql", methods=["PUT", "DELETE", "PATCH"], include_in_schema=False)
async def sparql_other() -> Response:
    response = error_response(405, "use GET or POST for SPARQL queries")
    response.headers["Allow"] = "GET, POST"
    return response


