"""Entity pages: ``GET /resource?iri=`` and ``GET /id/{path}`` (IRIs under the base dereference).

Content negotiation: HTML for a person (label, type, relations, evidence quotes, links
onward, a link to the graph view), Turtle or JSON-LD for programs. Built in a query worker
(:mod:`api.pooled`), each list cut at ``max_rows``; a page's lists at :data:`PAGE_ROWS` too.

A page does not run ``describe`` (the node's every triple, which only tells whether the node
exists) unless it found no relation, and reads the first relations only (``first-relations``'s
rows, sorted in Python and only the first named: :mod:`queries.first_relations`).
A node with :data:`PAGE_ROWS` relations or more (the Secretary-General, Member States, the
General Assembly: thousands of facts point at them) links its evidence to its library query
instead of listing it: ``evidence-about`` cost 3-4 s of CPU for such a node on the whole corpus,
mostly Oxigraph's ORDER BY reading every IRI's text at each comparison, and the page passed the
10 s limit (benchmarks/README.md, "Load test"). Every node's page lists its first mandates, the
``mandates-of`` rows in that query's order, read in steps (:mod:`queries.first_mandates`: only
what the order needs is read for every row), with the whole list one library query away.
"""

from __future__ import annotations

from typing import Annotated

import pyoxigraph as ox
from fastapi import APIRouter, Query, Request
from fastapi.responses import Response

from api.answers import Answer, json_answer
from api.deps import PoolDep, SettingsDep, StoreDep
from api.openapi import RESOURCE_MEDIA, responses
from api.pages.entity import entity_page
from api.pages.errors import not_found_answer
from api.pages.layout import wants_html
from api.pages.marks import Mark
from api.pooled import answer_in_worker
from graph.formats import serialize_triples
from graph.store import GraphStore
from graph.workers import QueryPool
from ontology.namespaces import iris
from queries.first_mandates import first_mandates
from queries.first_relations import first_relations
from queries.library import load_library

router = APIRouter(tags=["resources"])

#: Rows at most in each list of an entity page: a person reads a few hundred, and the whole list
#: is one library query away (the page links it). The Secretary-General's page listed 6,706
#: mandates and 10,000 relations (the row limit) on the whole corpus. The ``LIMIT`` of
#: ``queries/first-relations.rq``.
PAGE_ROWS = 500

_RDF_TYPES = {"text/turtle": ox.RdfFormat.TURTLE, "application/ld+json": ox.RdfFormat.JSON_LD,
              "application/n-triples": ox.RdfFormat.N_TRIPLES}


def _relation_rows(rows) -> list[dict]:
    out = []
    for row in rows:
        plain = {k: v.value for k, v in row.items()}
        plain["isIri"] = isinstance(row["value"], ox.NamedNode)
        plain["valueLang"] = getattr(row["value"], "language", None)
        out.append(plain)
    return out


def _evidence_rows(rows) -> list[dict]:
    return [{**{k: v.value for k, v in r.items()}, "objectIsIri": isinstance(r["object"], ox.NamedNode)} for r in rows]


def _page(store: GraphStore, node: str, lang: str, max_rows: int) -> tuple[str, bool] | None:
    """The page of ``node`` for a person (an entity, a paragraph or a source document) and whether
    a list was cut; None when the graph holds no triple about ``node``."""
    library = load_library()
    max_rows = min(max_rows, PAGE_ROWS)
    info = {k: v.value for k, v in (library["node-info"].run(store, {"node": node, "lang": lang}).rows or [{}])[0].items()}
    first = first_relations(store, node, lang)
    hub = len(first) >= PAGE_ROWS
    cut = hub or len(first) > max_rows
    relations = _relation_rows(first[:max_rows])
    if not relations and not library["describe"].run(store, {"node": node}, max_rows=1).rows:
        return None
    statements = library["evidence-in"].run(store, {"document": node, "lang": lang}, max_rows=max_rows).rows
    labels: dict[str, str] = {}
    if statements:  # a source document: the facts it states, not its evidence records one by one
        info["document"] = node
        own = {r["property"].rsplit("/", 1)[-1]: r["value"] for r in relations if r["direction"] == "out"}
        info["label"] = info.get("label") or own.get("title")
        relations = [r for r in relations if not r["property"].endswith("wasDerivedFrom")]
        evidence = _evidence_rows(statements)
        for row in evidence:
            row["document"] = None  # the page is the document's: its title is the heading
            for key in ("subject", "predicate", "object"):
                if row.get(key + "Label"):
                    labels[row[key]] = row[key + "Label"]
    elif hub:
        evidence = None
    else:
        evidence = _evidence_rows(library["evidence-about"].run(store, {"node": node}, max_rows=max_rows).rows)
    paragraph = [{k: v.value for k, v in r.items()} for r in library["paragraph-of"].run(store, {"paragraph": node}).rows]
    marks = []
    if paragraph:
        for row in library["paragraph-marks"].run(store, {"instrument": paragraph[0]["instrument"]}).rows:
            if row["paragraph"].value == node:
                marks.append(Mark(row["role"].value, row["quote"].value, row["target"].value))
    mandated = first_mandates(store, node, lang, limit=max_rows)
    mandates = [{k: v.value for k, v in m.items()} for m in mandated.rows]
    page = entity_page(node, info, relations=relations, evidence=evidence, mandates=mandates, paragraph=paragraph,
                       marks=marks, labels=labels, lang=lang, truncated=cut, max_rows=max_rows,
                       mandates_cut=mandated.cut, mandates_total=mandated.total)
    return page, cut or mandated.cut


def _answer(store: GraphStore, node: str, accept: str, lang: str, max_rows: int) -> Answer:
    """The node's page or RDF, each list cut at ``max_rows`` (said in ``X-Results-Truncated``)."""
    try:  # the parameter's own check: a 422 before any query runs
        load_library()["describe"].params["node"].to_term(node)
    except ValueError as error:
        return json_answer({"error": str(error)}, status=422)
    media = next((media for media in _RDF_TYPES if media in accept), None)
    if media is None:
        built = _page(store, node, lang, max_rows)
        if built is None:
            return not_found_answer(f"no node <{node}> in the graph", wants_html(accept))
        page, truncated = built
        headers = {"X-Results-Limit": str(min(max_rows, PAGE_ROWS))}
        if truncated:
            headers["X-Results-Truncated"] = "true"
        return Answer(200, page.encode("utf-8"), "text/html; charset=utf-8", headers)
    described = load_library()["describe"].run(store, {"node": node}, max_rows=max_rows)
    rows = described.rows
    if not rows:
        return not_found_answer(f"no node <{node}> in the graph", wants_html(accept))
    headers = {"X-Results-Limit": str(max_rows)}
    if described.truncated:
        headers["X-Results-Truncated"] = "true"
    subject = ox.NamedNode(node)
    triples = [ox.Triple(subject, r["property"], r["value"]) if r["direction"].value == "out"
               else ox.Triple(r["value"], r["property"], subject) for r in rows]
    return Answer(200, serialize_triples(triples, media), media, headers)


async def _respond(request: Request, store: GraphStore, pool: QueryPool | None, node: str, lang: str,
                   max_rows: int) -> Response:
    accept = request.headers.get("accept", "")
    answer = await answer_in_worker(request, pool, store, _answer, node, accept, lang, max_rows)
    return answer.response(request)


@router.get("/resource", response_class=Response, responses=responses(404, 422, 503, also=RESOURCE_MEDIA))
async def resource(request: Request, store: StoreDep, pool: PoolDep, settings: SettingsDep,
                   iri: Annotated[str, Query(min_length=1, max_length=2000)],
                   lang: Annotated[str, Query(pattern=r"^(en|fr)$")] = "en") -> Response:
    return await _respond(request, store, pool, iri, lang, settings.max_rows)


@router.get("/id/{path:path}", response_class=Response, responses=responses(404, 422, 503, also=RESOURCE_MEDIA))
async def dereference(path: str, request: Request, store: StoreDep, pool: PoolDep, settings: SettingsDep,
                      lang: Annotated[str, Query(pattern=r"^(en|fr)$")] = "en") -> Response:
    return await _respond(request, store, pool, iris().base + path, lang, settings.max_rows)
