"""Entity pages: ``GET /resource?iri=`` and ``GET /id/{path}`` (IRIs under the base dereference).

Content negotiation: HTML for a person (label, type, relations, evidence quotes, links
onward, a link to the graph view), Turtle or JSON-LD for programs. Built in a query worker
(:mod:`api.pooled`), each list cut at ``max_rows``.
"""

from __future__ import annotations

import html
from typing import Annotated
from urllib.parse import quote

import pyoxigraph as ox
from fastapi import APIRouter, Query, Request
from fastapi.responses import Response

from api.answers import Answer, json_answer
from api.deps import PoolDep, SettingsDep, StoreDep
from api.openapi import RESOURCE_MEDIA, responses
from api.pooled import answer_in_worker
from graph.formats import serialize_triples
from graph.store import GraphStore
from graph.workers import QueryPool
from ontology.namespaces import iris
from queries.library import load_library

router = APIRouter(tags=["resources"])

_RDF_TYPES = {"text/turtle": ox.RdfFormat.TURTLE, "application/ld+json": ox.RdfFormat.JSON_LD,
              "application/n-triples": ox.RdfFormat.N_TRIPLES}


def _short(value: str) -> str:
    for sep in ("#", "/id/"):
        if sep in value:
            return value.rsplit(sep, 1)[1]
    return value


def _link(term: ox.NamedNode | ox.Literal | ox.BlankNode) -> str:
    if isinstance(term, ox.NamedNode):
        return f'<a href="/resource?iri={quote(term.value, safe="")}">{html.escape(_short(term.value))}</a>'
    text = term.value if len(term.value) < 400 else term.value[:400] + "…"
    lang = f' <small>@{html.escape(term.language)}</small>' if isinstance(term, ox.Literal) and term.language else ""
    return html.escape(text) + lang


def _source(evidence: dict) -> str:
    """The document an evidence quote is from, named for a person: its kind and title, linked."""
    document = evidence["document"].value
    title = evidence["documentTitle"].value if "documentTitle" in evidence else _short(document)
    kind = f"{evidence['documentKind'].value}: " if "documentKind" in evidence else ""
    return (f'{html.escape(kind)}<a href="/resource?iri={quote(document, safe="")}">'
            f"{html.escape(title)}</a>")


def _page(store: GraphStore, node: str, rows, lang: str, max_rows: int, cut: bool) -> str:
    library = load_library()
    info = {k: v.value for k, v in (library["node-info"].run(store, {"node": node, "lang": lang}).rows or [{}])[0].items()}
    label = info.get("label") or _short(node)
    evidence = library["evidence-about"].run(store, {"node": node}, max_rows=max_rows)
    relations = "".join(
        f"<tr><td>{'→' if r['direction'].value == 'out' else '←'}</td><td>{_link(r['property'])}</td>"
        f"<td>{_link(r['value'])}</td></tr>" for r in rows)
    quotes = "".join(
        f"<li>{_link(e['subject'])} <b>{html.escape(_short(e['predicate'].value))}</b> {_link(e['object'])}: "
        f"<q>{html.escape(e['quote'].value)}</q> <small>({_source(e)} [{e['start'].value}:{e['end'].value}])</small></li>"
        for e in evidence.rows)
    more = f"<p><small>only the first {max_rows:,} are shown</small></p>"
    mandates = library["mandates-of"].run(store, {"entity": node, "lang": lang}, max_rows=max_rows)
    mandate_rows = "".join(
        f"<tr><td>{html.escape(m['kind'].value)}</td><td>{html.escape(m['action'].value)} ({m['strength'].value})</td>"
        f"<td>{_link(m['deliverable'])}: {html.escape(m['deliverableLabel'].value if 'deliverableLabel' in m else '')}</td>"
        f"<td>{html.escape(m['symbol'].value)} ¶{html.escape(m['number'].value)}</td>"
        f"<td>{html.escape(m['dueSession'].value) if 'dueSession' in m else ''}</td></tr>" for m in mandates.rows)
    mandates_section = (
        f"<h2>Mandates addressed to it</h2><table><tr><th>kind</th><th>action (strength)</th><th>deliverable</th>"
        f"<th>from</th><th>due session</th></tr>{mandate_rows}</table>{more if mandates.truncated else ''}"
        if mandates.rows else "")
    return (
        f"<!doctype html><html lang=\"{html.escape(lang)}\"><head><meta charset=\"utf-8\">"
        f"<title>{html.escape(label)} — Mandate Graph</title></head><body>"
        f"<h1>{html.escape(label)}</h1><p><code>{html.escape(node)}</code> · "
        f"{html.escape(_short(info.get('type', '')))} · "
        f'<a href="/viz?focus={quote(node, safe="")}">graph view</a> · '
        f'<a href="/mandates?activity={quote(node, safe="")}">mandates (JSON)</a></p>'
        f"{mandates_section}"
        f"<h2>Evidence</h2><ul>{quotes or '<li>none recorded</li>'}</ul>{more if evidence.truncated else ''}"
        f"<h2>Relations</h2><table>{relations}</table>{more if cut else ''}</body></html>"
    )


def _answer(store: GraphStore, node: str, accept: str, lang: str, max_rows: int) -> Answer:
    """The node's page or RDF, each list cut at ``max_rows`` (said in ``X-Results-Truncated``)."""
    try:
        described = load_library()["describe"].run(store, {"node": node}, max_rows=max_rows)
    except ValueError as error:
        return json_answer({"error": str(error)}, status=422)
    rows = described.rows
    if not rows:
        return json_answer({"error": f"no node <{node}> in the graph"}, status=404)
    headers = {"X-Results-Limit": str(max_rows)}
    if described.truncated:
        headers["X-Results-Truncated"] = "true"
    for media in _RDF_TYPES:
        if media in accept:
            subject = ox.NamedNode(node)
            triples = [ox.Triple(subject, r["property"], r["value"]) if r["direction"].value == "out"
                       else ox.Triple(r["value"], r["property"], subject) for r in rows]
            return Answer(200, serialize_triples(triples, media), media, headers)
    page = _page(store, node, rows, lang, max_rows, described.truncated)
    return Answer(200, page.encode("utf-8"), "text/html; charset=utf-8", headers)


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
