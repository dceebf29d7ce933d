"""``GET /resolutions/{session}/{number}``: a GA resolution with its paragraphs, their actions,
addressees and mandates (the ``obligations`` query's fields), and its citations."""

import re
from typing import Annotated, Literal

from fastapi import APIRouter, Path, Query, Request
from fastapi.responses import Response

from api.answers import Answer, json_answer
from api.deps import PoolDep, StoreDep
from api.openapi import HTML, LineageAnswer, ResolutionAnswer, responses
from api.pages.errors import html_answer, not_found_answer
from api.pages.layout import page as framed_page
from api.pages.layout import wants_html
from api.pages.marks import Mark
from api.pages.resolution import resolution_page
from api.pooled import answer_in_worker
from api.rows import plain_rows
from graph.store import GraphStore
from ontology.namespaces import iris
from queries.library import load_library
from queries.lineage_report import public, resolution_lineage, with_texts
from queries.paragraph_mandates import paragraph_mandates
from views.lineage_page import lineage_page

router = APIRouter(tags=["resolutions"])

#: A resolution's number, with its parts where it has some: "236", "236 A-B", "235 B" (A/RES/80/236 A-B,
#: A/RES/76/235 B); "236AB", "236A-B" and "235B" are read the same way.
NUMBER = Path(pattern=r"^[1-9][0-9]{0,4}(?: ?[A-Z](?:-?[A-Z])?)?$",
              description='the number, with its parts where it has some: "236", "236 A-B", "235 B"')
_PARTS = re.compile(r"^([0-9]+) ?([A-Z])?-?([A-Z])?$")


def resolution_symbol(session: int, number: str) -> str:
    """The symbol the route names: ``A/RES/80/236 A-B`` for session 80 and "236AB" or "236 A-B"."""
    digits, first, last = _PARTS.match(number).groups()
    parts = "-".join(part for part in (first, last) if part)
    return f"A/RES/{session}/{digits}" + (f" {parts}" if parts else "")


def _resolution(store: GraphStore, node: str, symbol: str, lang: str = "en") -> tuple[dict | None, dict[str, str]]:
    """The resolution's fields as ``/resolutions`` answers them (None when it is not in the
    graph), and the labels of the addressees they name in ``lang`` (for its page)."""
    library = load_library()
    info = {k: v.value for k, v in (library["node-info"].run(store, {"node": node}).rows or [{}])[0].items()}
    paragraphs = library["paragraphs"].run(store, {"instrument": node}).rows
    if not paragraphs and not info.get("symbol"):
        return None, {}
    addressed = library["addressees"].run(store, {"instrument": node, "lang": lang}).rows
    labels = {row["addressee"].value: row["addresseeLabel"].value for row in addressed if "addresseeLabel" in row}
    actions: dict[str, dict[str, list[str]]] = {}
    for row in addressed:
        actions.setdefault(row["paragraph"].value, {}).setdefault(row["action"].value, []).append(row["addressee"].value)
    out: dict[str, dict] = {}
    for row in paragraphs:
        iri = row["paragraph"].value
        entry = out.setdefault(iri, {"iri": iri, "number": row["number"].value, "kind": row["kind"].value,
                                     "actions": [{"action": a, "addressees": ad} for a, ad in actions.get(iri, {}).items()],
                                     "text": {}})
        entry["text"][row["lang"].value] = row["text"].value
    # The obligations query's rows for these paragraphs, read in small bound steps (one query
    # with the instrument bound takes seconds on the whole corpus: queries/paragraph_mandates.py).
    for row in plain_rows(paragraph_mandates(store, list(out))):
        paragraph = out.get(str(row.pop("paragraph")))
        if paragraph is not None:
            row.pop("number", None)
            paragraph.setdefault("mandates", []).append(row)
    for entry in out.values():
        entry.setdefault("mandates", [])
    citations = [{k: v.value for k, v in r.items()} for r in library["citations"].run(store, {"instrument": node}).rows]
    return {"iri": node, "symbol": info.get("symbol", symbol), "title": info.get("title"),
            "adopted": info.get("adopted"), "paragraphs": list(out.values()), "citations": citations}, labels


def _marks(store: GraphStore, node: str, labels: dict[str, str]) -> dict[str, list[Mark]]:
    marks: dict[str, list[Mark]] = {}
    for row in load_library()["paragraph-marks"].run(store, {"instrument": node}).rows:
        target = row["target"].value
        marks.setdefault(row["paragraph"].value, []).append(
            Mark(row["role"].value, row["quote"].value, target, labels.get(target, "")))
    return marks


def _answer(store: GraphStore, session: int, number: str, html: bool = False, lang: str = "en") -> Answer:
    symbol = resolution_symbol(session, number)
    node = iris().instrument(symbol).value
    resolution, labels = _resolution(store, node, symbol, lang)
    if resolution is None:
        message = f"no resolution {symbol} in the graph"
        return not_found_answer(message, html)
    if html:
        page = resolution_page(resolution, marks=_marks(store, node, labels), labels=labels, session=session,
                               number=number, lang=lang)
        return html_answer(page)
    return json_answer(resolution)


@router.get("/resolutions/{session}/{number}", responses=responses(404, 422, 503, ok=ResolutionAnswer))
async def resolution(request: Request, store: StoreDep, pool: PoolDep, session: int = Path(ge=1, le=999),
                     number: str = NUMBER,
                     lang: Annotated[Literal["en", "fr"], Query(description="the language of the page's text")] = "en"
                     ) -> Response:
    """The resolution as JSON; ``Accept: text/html``: its page, paragraphs in document order with
    the action verbs and addressees marked, mandates, citations and a link to its lineage."""
    html = wants_html(request.headers.get("accept", ""))
    answer = await answer_in_worker(request, pool, store, _answer, session, number, html, lang)
    return answer.response(request)


def _lineage_answer(store: GraphStore, session: int, number: str, lang: str, html: bool) -> Answer:
    symbol = resolution_symbol(session, number)
    lineage = resolution_lineage(store, symbol, lang=lang)
    if lineage is None:
        message = f"no lineage of {symbol} in the graph (not loaded, or not in {lang})"
        return not_found_answer(message, html)
    if html:
        page = lineage_page(with_texts(store, lineage), frame=framed_page)
        return Answer(200, page.encode("utf-8"), "text/html; charset=utf-8")
    return json_answer(public(lineage))


@router.get("/resolutions/{session}/{number}/lineage",
            responses=responses(404, 422, 503, ok=LineageAnswer, also=HTML))
async def resolution_lineage_route(
        request: Request, store: StoreDep, pool: PoolDep, session: int = Path(ge=1, le=999),
        number: str = NUMBER,
        lang: Annotated[Literal["en", "fr"], Query(description="the language version aligned")] = "en") -> Response:
    """Where each paragraph's language comes from: the predecessor, each paragraph's change
    (unchanged, amended with its similarity, new), its predecessor paragraph and the first
    resolution with its language, and the paragraphs dropped. ``Accept: text/html``: the two
    texts side by side with the changes marked."""
    html = wants_html(request.headers.get("accept", ""))
    answer = await answer_in_worker(request, pool, store, _lineage_answer, session, number, lang, html)
    return answer.response(request)
