"""``GET /resolutions/{session}/{number}``: a GA resolution with its paragraphs, their actions,
addressees and mandates (the ``obligations`` query's fields), and its citations."""

from fastapi import APIRouter, Path, Request
from fastapi.responses import Response

from api.answers import Answer, json_answer
from api.deps import PoolDep, StoreDep
from api.pooled import answer_in_worker
from api.rows import plain_rows
from graph.store import GraphStore
from ontology.namespaces import iris
from queries.library import load_library

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


@router.get("/resolutions/{session}/{number}")
async def resolution(request: Request, store: StoreDep, pool: PoolDep, session: int = Path(ge=1, le=999),
                     number: int = Path(ge=1, le=99999)) -> Response:
    answer = await answer_in_worker(request, pool, store, _answer, session, number)
    return answer.response(request)
