"""What the OpenAPI document says each route answers: the shapes of its bodies and its statuses.

The routes build their answers themselves (:class:`api.answers.Answer`, kept per generation),
so FastAPI cannot read their shapes off a return type; they are declared here, once, and each
route names the statuses it can answer with :func:`responses`. ``/sparql`` reads its
parameters from the request itself (the SPARQL 1.1 Protocol allows repeated ones and two
kinds of body), so they are declared here too (:data:`SPARQL_GET`, :data:`SPARQL_POST`), and
"Try it out" in ``/docs`` and generated clients can send them.

>>> sorted(responses(300, 404, ok=HealthAnswer))
[200, 300, 404]
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict

from graph.formats import GRAPH_TYPES, RESULT_TYPES

__all__ = [
    "HTML",
    "LIBRARY_MEDIA",
    "RESOURCE_MEDIA",
    "SPARQL_GET",
    "SPARQL_POST",
    "ErrorAnswer",
    "HealthAnswer",
    "LineageAnswer",
    "MandatesAnswer",
    "ObligationsAnswer",
    "QueryList",
    "ResolutionAnswer",
    "SearchAnswer",
    "responses",
    "sparql_responses",
]


class _Open(BaseModel):
    """A JSON object that may hold more fields than those listed (clients must ignore them)."""

    model_config = ConfigDict(extra="allow")


class ErrorAnswer(_Open):
    """Every error: ``error`` says what went wrong and where."""

    error: str


class Candidate(_Open):
    iri: str
    label: str | None = None
    type: str | None = None
    score: float | None = None


class AmbiguousAnswer(ErrorAnswer):
    """300: the name given could mean several things; ask again with one of their IRIs."""

    candidates: list[Candidate]


class NotFoundAnswer(_Open):
    """404: nothing of that name; ``did_you_mean`` lists what only resembles it. (A path no
    route takes at all is the framework's 404: ``detail`` instead of ``error``.)"""

    error: str | None = None
    did_you_mean: list[Candidate] = []
    detail: str | None = None


class UnprocessableAnswer(_Open):
    """422: a parameter is malformed. Library parameters: ``error`` and the ``parameter``;
    the framework's own checks: ``detail``, one entry per parameter."""

    error: str | None = None
    parameter: str | None = None
    detail: list[Any] | None = None


class HealthAnswer(_Open):
    status: str
    triples: int


class SearchAnswer(_Open):
    results: list[Candidate]
    did_you_mean: list[Candidate]


class Evidence(_Open):
    document: str
    document_title: str | None = None
    document_kind: str | None = None
    quote: str
    start: int | None = None
    end: int | None = None


class Mandate(_Open):
    instrument: dict[str, Any]
    paragraph: dict[str, Any] | None = None
    path: list[dict[str, Any]]
    evidence: list[Evidence]


class MandatesAnswer(_Open):
    activity: dict[str, Any]
    mandates: list[Mandate]


class ObligationsAnswer(_Open):
    total: int
    page: int
    per_page: int
    obligations: list[dict[str, Any]]


class QueryList(_Open):
    queries: list[dict[str, Any]]


class ResolutionAnswer(_Open):
    iri: str
    symbol: str
    title: str | None = None
    adopted: str | None = None
    paragraphs: list[dict[str, Any]]
    citations: list[dict[str, Any]]


class LineageAnswer(_Open):
    symbol: str
    predecessor: dict[str, Any] | None = None
    paragraphs: list[dict[str, Any]]
    dropped: list[dict[str, Any]]


_ERRORS: dict[int, tuple[type[BaseModel], str]] = {
    300: (AmbiguousAnswer, "the name given could mean several things: its candidates"),
    400: (ErrorAnswer, "the query cannot be read or may not run here, with its position"),
    404: (NotFoundAnswer, "nothing of that name or IRI in the graph"),
    406: (ErrorAnswer, "no answer in a media type the Accept header allows"),
    413: (ErrorAnswer, "the request body is larger than MANDATES_MAX_BODY_BYTES"),
    415: (ErrorAnswer, "a POST body neither application/sparql-query nor a form"),
    422: (UnprocessableAnswer, "a parameter is malformed (named in the answer)"),
    503: (ErrorAnswer, ("the store cannot be reached, the query ran past the time or memory limit, or every "
                       "query worker is busy; Retry-After says when to come back")),
}
_TEXT = {"schema": {"type": "string"}}
#: A page for people (answered when the client accepts ``text/html``).
HTML: dict[str, dict[str, Any]] = {"text/html": _TEXT}


def responses(*statuses: int, ok: type[BaseModel] | None = None, description: str = "the answer",
              also: dict[str, dict[str, Any]] | None = None) -> dict[int | str, dict[str, Any]]:
    """A route's ``responses``: 200 with the ``ok`` model (JSON) and ``also`` other media types,
    then each of ``statuses`` with its error shape."""
    declared: dict[int | str, dict[str, Any]] = {}
    success: dict[str, Any] = {"description": description}
    if ok is not None:
        success["model"] = ok
    if also:
        success["content"] = also
    declared[200] = success
    for status in statuses:
        model, meaning = _ERRORS[status]
        declared[status] = {"model": model, "description": meaning}
    return declared


#: Media types of ``/sparql`` answers, each with its schema: SPARQL 1.1 Query Results JSON has
#: ``results.bindings`` for SELECT, ``boolean`` for ASK.
_SPARQL_JSON = {"schema": {"type": "object", "required": ["head"], "properties": {
    "head": {"type": "object"}, "results": {"type": "object"}, "boolean": {"type": "boolean"}}}}
_SPARQL_MEDIA = {media: (_SPARQL_JSON if media.endswith("json") else _TEXT) for media in RESULT_TYPES}
_SPARQL_MEDIA.update({media: ({"schema": {}} if media.endswith("json") else _TEXT) for media in GRAPH_TYPES})


#: A library query's rows: SPARQL JSON, or CSV by ``Accept``.
LIBRARY_MEDIA: dict[str, dict[str, Any]] = {"application/sparql-results+json": _SPARQL_JSON, "text/csv": _TEXT}
#: A node of the graph: a page for people, its statements for programs.
RESOURCE_MEDIA: dict[str, dict[str, Any]] = {**HTML, "text/turtle": _TEXT, "application/ld+json": {"schema": {}}}


def sparql_responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """``/sparql``'s responses: results in every media type it offers (SELECT and ASK: SPARQL
    JSON, XML, CSV, TSV; CONSTRUCT and DESCRIBE: Turtle, TriG, N-Triples, JSON-LD, RDF/XML)."""
    return responses(*statuses, also={**_SPARQL_MEDIA, **HTML},
                     description="the query's results, in the media type asked by Accept (a browser "
                                 "asking for HTML without a query gets the query editor)")


_GRAPH_PARAMETERS = [
    {"name": "default-graph-uri", "in": "query", "required": False, "style": "form", "explode": True,
     "description": "a graph of the default graph (repeatable); without it, the union of every graph",
     "schema": {"type": "array", "items": {"type": "string", "format": "iri"}}},
    {"name": "named-graph-uri", "in": "query", "required": False, "style": "form", "explode": True,
     "description": "a graph GRAPH ?g may see (repeatable); without it, every named graph",
     "schema": {"type": "array", "items": {"type": "string", "format": "iri"}}},
]
_QUERY_DESCRIPTION = ("a SPARQL 1.1 query; the project's prefixes (GET /sparql/prefixes) need no "
                      "declaration and relative IRIs resolve against this endpoint's address")
_EXAMPLE = "SELECT ?type (COUNT(*) AS ?n) WHERE { ?s a ?type } GROUP BY ?type ORDER BY DESC(?n) LIMIT 10"

#: ``openapi_extra`` of ``GET /sparql``: the query and the dataset in the URL.
SPARQL_GET: dict[str, Any] = {"parameters": [
    {"name": "query", "in": "query", "required": True, "description": _QUERY_DESCRIPTION,
     "schema": {"type": "string", "minLength": 1}, "example": _EXAMPLE},
    *_GRAPH_PARAMETERS,
]}

#: ``openapi_extra`` of ``POST /sparql``: the query as the body or a form, the dataset in the
#: URL (or in the form).
SPARQL_POST: dict[str, Any] = {
    "parameters": _GRAPH_PARAMETERS,
    "requestBody": {"required": True, "content": {
        "application/sparql-query": {"schema": {"type": "string", "minLength": 1}, "example": _EXAMPLE},
        "application/x-www-form-urlencoded": {
            "schema": {"type": "object", "required": ["query"], "properties": {
                "query": {"type": "string", "minLength": 1, "description": _QUERY_DESCRIPTION},
                "default-graph-uri": {"type": "array", "items": {"type": "string", "format": "iri"}},
                "named-graph-uri": {"type": "array", "items": {"type": "string", "format": "iri"}},
            }},
            "encoding": {"default-graph-uri": {"style": "form", "explode": True},
                         "named-graph-uri": {"style": "form", "explode": True}},
            "example": {"query": _EXAMPLE},
        },
    }},
}
