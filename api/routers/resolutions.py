"""``GET /resolutions/{session}/{number}``: a GA resolution with its paragraphs, their actions,
addressees and mandates (the ``obligations`` query's fields), and its citations."""

from typing import Annotated, Literal

from fastapi import APIRouter, Path, Query, Request
from fastapi.responses import Response

from api.answers import Answer, json_answer
from api.deps import PoolDep, StoreDep
from api.openapi import HTML, LineageAnswer, ResolutionAnswer, responses
from api.pooled import answer_in_worker
from api.rows import plain_rows
from graph.store import GraphStore
from ontology.namespaces import iris
from queries.library import load_library
from queries.lineage_report import public, resolution_lineage, with_texts
from views.lineage_page import lineage_page

router = APIRouter(tags=["resolutions"])


def _answer(store: GraphStore, session: int, number: int) -> Answer:
    symbol = f"A/RES/{session}/{number}"
    node = iris().instrument(symbol).value
    library = load_library()
    info = {k: v.value for k, v in (library["node-info"].run(store, {"node": node}).rows or [{}])[0].items()}
    paragraphs = library["paragraphs"].run(store, {"instrument": node}).rows
    if not paragraphs and not info.get("symbol"):
        return json_answer({"error": f"no resolution {symbol} in the graph"}, status=404)
    addressed = library["addressees"].run(store, {"instrument": node}).rows
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
    for row in plain_rows(library["obligations"].run(store, {"instrument": node}).rows):
        paragraph = out.get(str(row.pop("paragraph")))
        if paragraph is not None:
            row.pop("number", None)
            paragraph.setdefault("mandates", []).append(row)
    for entry in out.values():
        entry.setdefault("mandates", [])
    citations = [{k: v.value for k, v in r.items()} for r in library["citations"].run(store, {"instrument": node}).rows]
    return json_answer({"iri": node, "symbol": info.get("symbol", symbol), "title": info.get("title"),
                        "adopted": info.get("adopted"), "paragraphs": list(out.values()), "citations": citations})


@router.get("/resolutions/{session}/{number}", responses=responses(404, 422, 503, ok=ResolutionAnswer))
async def resolution(request: Request, store: StoreDep, pool: PoolDep, session: int = Path(ge=1, le=999),
                     number: int = Path(ge=1, le=99999)) -> Response:
    answer = await answer_in_worker(request, pool, store, _answer, session, number)
    return answer.response(request)


def _lineage_answer(store: GraphStore, session: int, number: int, lang: str, html: bool) -> Answer:
    symbol = f"A/RES/{session}/{number}"
    lineage = resolution_lineage(store, symbol, lang=lang)
    if lineage is None:
        return json_answer({"error": f"no lineage of {symbol} in the graph (not loaded, or not in {lang})"},
                           status=404)
    if html:
        page = lineage_page(with_texts(store, lineage))
        return Answer(200, page.encode("utf-8"), "text/html; charset=utf-8")
    return json_answer(public(lineage))


@router.get("/resolutions/{session}/{number}/lineage",
            responses=responses(404, 422, 503, ok=LineageAnswer, also=HTML))
async def resolution_lineage_route(
        request: Request, store: StoreDep, pool: PoolDep, session: int = Path(ge=1, le=999),
        number: int = Path(ge=1, le=99999),
        lang: Annotated[Literal["en", "fr"], Query(description="the language version aligned")] = "en") -> Response:
    """Where each paragraph's language comes from: the predecessor, each paragraph's change
    (unchanged, amended with its similarity, new), its predecessor paragraph and the first
    resolution with its language, and the paragraphs dropped. ``Accept: text/html``: the two
    texts side by side with the changes marked."""
    html = "text/html" in request.headers.get("accept", "")
    answer = await answer_in_worker(request, pool, store, _lineage_answer, session, number, lang, html)
    return answer.response(request)
