"""Entity pages: ``GET /resource?iri=`` and ``GET /id/{path}`` (IRIs under the base dereference).

Content negotiation: HTML for a person (label, type, relations, evidence quotes, links
onward, a link to the graph view), Turtle or JSON-LD for programs.
"""

from __future__ import annotations

import html
from typing import Annotated
from urllib.parse import quote

import pyoxigraph as ox
from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response

from api.deps import StoreDep
from graph.store import GraphStore
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


def _page(store: GraphStore, node: str, rows, lang: str) -> str:
    library = load_library()
    info = {k: v.value for k, v in (library["node-info"].run(store, {"node": node, "lang": lang}).rows or [{}])[0].items()}
    label = info.get("label") or _short(node)
    evidence = library["evidence-about"].run(store, {"node": node}).rows
    relations = "".join(
        f"<tr><td>{'→' if r['direction'].value == 'out' else '←'}</td><td>{_link(r['property'])}</td>"
        f"<td>{_link(r['value'])}</td></tr>" for r in rows)
    quotes = "".join(
        f"<li>{_link(e['subject'])} <b>{html.escape(_short(e['predicate'].value))}</b> {_link(e['object'])}: "
        f"<q>{html.escape(e['quote'].value)}</q> <small>({html.escape(_short(e['document'].value))}"
        f" [{e['start'].value}:{e['end'].value}])</small></li>" for e in evidence)
    return (
        f"<!doctype html><html lang=\"{html.escape(lang)}\"><head><meta charset=\"utf-8\">"
        f"<title>{html.escape(label)} — Mandate Graph</title></head><body>"
        f"<h1>{html.escape(label)}</h1><p><code>{html.escape(node)}</code> · "
        f"{html.escape(_short(info.get('type', '')))} · "
        f'<a href="/viz?focus={quote(node, safe="")}">graph view</a> · '
        f'<a href="/mandates?activity={quote(node, safe="")}">mandates (JSON)</a></p>'
        f"<h2>Evidence</h2><ul>{quotes or '<li>none recorded</li>'}</ul>"
        f"<h2>Relations</h2><table>{relations}</table></body></html>"
    )


def _respond(store: GraphStore, node: str, request: Request, lang: str) -> Response:
    try:
        rows = load_library()["describe"].run(store, {"node": node}).rows
    except ValueError as error:
        return JSONResponse({"error": str(error)}, status_code=422)
    if not rows:
        return JSONResponse({"error": f"no node <{node}> in the graph"}, status_code=404)
    accept = request.headers.get("accept", "")
    for media, fmt in _RDF_TYPES.items():
        if media in accept:
            subject = ox.NamedNode(node)
            triples = [ox.Triple(subject, r["property"], r["value"]) if r["direction"].value == "out"
                       else ox.Triple(r["value"], r["property"], subject) for r in rows]
            return Response(ox.serialize(triples, format=fmt) or b"", media_type=media)
    return HTMLResponse(_page(store, node, rows, lang))


@router.get("/resource")
def resource(request: Request, store: StoreDep, iri: Annotated[str, Query(min_length=1, max_length=2000)],
             lang: Annotated[str, Query(pattern=r"^(en|fr)$")] = "en") -> Response:
    return _respond(store, iri, request, lang)


@router.get("/id/{path:path}")
def dereference(path: str, request: Request, store: StoreDep,
                lang: Annotated[str, Query(pattern=r"^(en|fr)$")] = "en") -> Response:
    return _respond(store, iris().base + path, request, lang)
