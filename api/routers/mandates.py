"""``GET /mandates``: the mandate chains of an activity, with the quoted evidence.

Evaluated in a query worker (:mod:`api.pooled`): the answer the build precomputed for the node
(:mod:`graph.chains`) when there is one, else a walk of its chains. Answers carry an ETag; a repeated request is answered from the kept answers before it reaches
this route (:mod:`api.kept_answers`).
"""

import os
from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response

from api.answers import Answer, json_answer
from api.deps import PoolDep, StoreDep
from api.openapi import MandatesAnswer, responses
from api.pages.chains import chains_page
from api.pages.errors import choices_page, html_answer, not_found_page
from api.pages.layout import wants_html
from api.pooled import answer_in_worker
from api.rows import candidates
from graph.chains import precomputed_answer
from graph.store import GraphStore
from queries.library import load_library
from queries.trace import Ambiguous, NotFound, find_entity, trace_json

router = APIRouter(tags=["mandates"])

#: ``MANDATES_WALK_CHAINS=1``: ignore the precomputed answers and walk every chain by queries
#: (the benchmarks' baseline, benchmarks/lookups.py).
_WALK_ONLY = os.environ.get("MANDATES_WALK_CHAINS") == "1"


def _precomputed(store: GraphStore, activity: str, lang: str) -> dict | None:
    """The answer the build walked for a node asked by IRI (graph.chains): one point read."""
    activity = activity.strip()
    if _WALK_ONLY or not activity.startswith(("http://", "https://", "urn:")):
        return None
    return precomputed_answer(store, activity, lang)


def _answer(store: GraphStore, activity: str, lang: str, html: bool = False) -> Answer:
    activity = activity.strip()
    try:
        node = find_entity(store, activity)
    except Ambiguous as error:
        if html:
            return html_answer(choices_page(f"“{activity}” names several things in the graph.",
                                             candidates(error.candidates)), status=300)
        return json_answer({
            "error": str(error),
            "candidates": [{"iri": c.iri, "label": c.label, "type": c.type, "score": c.score} for c in error.candidates],
        }, status=300)
    except NotFound as error:
        if html:
            return html_answer(not_found_page(f"Nothing in the graph is named “{activity}”.",
                                               candidates(error.candidates)), status=404)
        return json_answer({
            "error": str(error),
            "did_you_mean": [{"iri": c.iri, "label": c.label, "type": c.type, "score": c.score} for c in error.candidates],
        }, status=404)
    kept = None if _WALK_ONLY else precomputed_answer(store, node, lang)
    trace = kept if kept is not None else trace_json(store, node, lang=lang)  # each parsed afresh: ours to extend
    if html:
        _add_context(store, trace)
        return html_answer(chains_page(trace, _path_labels(store, trace, lang), lang=lang))
    return json_answer(trace)


def _add_context(store: GraphStore, trace: dict) -> None:
    """Give each evidence quote the source text around it (``before``, ``after``), for its sentence."""
    query = load_library()["evidence-context"]
    for mandate in trace["mandates"]:
        for evidence in mandate["evidence"]:
            if evidence.get("document") and evidence.get("start") is not None and evidence.get("end") is not None:
                rows = query.run(store, {"document": evidence["document"], "start": str(evidence["start"]),
                                         "end": str(evidence["end"])}).rows
                if rows:
                    evidence["before"] = rows[0]["before"].value if "before" in rows[0] else ""
                    evidence["after"] = rows[0]["after"].value if "after" in rows[0] else ""


def _path_labels(store: GraphStore, trace: dict, lang: str) -> dict[str, str]:
    """The labels of the nodes on the chains' paths (a label, else a title or symbol)."""
    nodes = {end for m in trace["mandates"] for hop in m["path"] for end in (hop["from"], hop["to"])}
    labels = {}
    for node in nodes:
        rows = load_library()["node-info"].run(store, {"node": node, "lang": lang}).rows
        info = {k: v.value for k, v in (rows[0] if rows else {}).items()}
        name = info.get("label") or info.get("symbol") or info.get("title")
        if name:
            labels[node] = name
    return labels


@router.get("/mandates", responses=responses(300, 404, 422, 503, ok=MandatesAnswer))
async def mandates(request: Request, store: StoreDep, pool: PoolDep, activity: Annotated[str, Query(min_length=1, max_length=2000)],
                   lang: Annotated[str, Query(pattern=r"^(en|fr)$")] = "en") -> Response:
    """The chains as JSON; a browser (``Accept: text/html``) gets them, and the 300 and 404, as pages."""
    html = wants_html(request.headers.get("accept", ""))
    kept = None if html else _precomputed(store, activity, lang)
    if kept is not None:  # one point read: no need for a killable worker
        return json_answer(kept).response(request)
    answer = await answer_in_worker(request, pool, store, _answer, activity, lang, html)
    return answer.response(request)
