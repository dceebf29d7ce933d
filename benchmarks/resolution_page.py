"""The resolution route's answer (``GET /resolutions/{session}/{number}``), before and after its
mandates were read in small bound steps, on a built store opened read-only.

    python -m benchmarks.resolution_page --store /tmp/corpus-store [--symbol A/RES/78/311 ...]

For each resolution and language, in turn on the same store: the route's answer as it is read
now, and as it was read before (the library's ``obligations`` query with the instrument bound for
the mandates, and the ``paragraphs`` and ``addressees`` queries as they were, kept below), each by
the route's own code; then the mandates step alone both ways. The two answers are compared with
what was picked arbitrarily before set aside (the quote and labels ``obligations`` takes by
SAMPLE, and which of a paragraph's two texts in one language comes last): a difference in any
other field is printed and makes the exit status 1. No timing is asserted: the script prints a
table.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from unittest import mock

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

import api.routers.resolutions as route
from benchmarks.resolution_table import run_table
from graph.store import GraphStore
from ontology.namespaces import iris
from queries.library import NamedQuery, load_library
from queries.paragraph_mandates import paragraph_mandates

SYMBOLS = ("A/RES/78/311", "A/RES/79/1", "A/RES/76/100", "A/RES/80/100")
SAMPLED = {"quote", "assigneeLabel", "deliverableLabel", "reportToLabel"}
#: The two queries' text before (2026-11-30): their required patterns joined unreduced with their OPTIONALs.
FORMER = {"paragraphs": """SELECT DISTINCT ?paragraph ?number ?kind ?text ?lang
WHERE {
  ?paragraph mg:paragraphOf+ ?instrument .
  ?paragraph mg:number ?number ; mg:position ?position ; mg:text ?text .
  # Up to two enclosing paragraphs: the order key is (top, middle, own) positions, 0 for none.
  OPTIONAL { ?paragraph mg:paragraphOf ?up1 . ?up1 mg:position ?up1Position .
             OPTIONAL { ?up1 mg:paragraphOf ?up2 . ?up2 mg:position ?up2Position } }
  BIND (COALESCE(?up2Position, ?up1Position, ?position) AS ?topKey)
  BIND (IF(BOUND(?up2Position), ?up1Position, IF(BOUND(?up1Position), ?position, 0)) AS ?middleKey)
  BIND (IF(BOUND(?up2Position), ?position, 0) AS ?ownKey)
  BIND (IF(EXISTS { ?paragraph a mg:PreambularParagraph }, "preambular", "operative") AS ?kind)
  BIND (LANG(?text) AS ?lang)
}
ORDER BY DESC(?kind) ?topKey ?middleKey ?ownKey ?lang
""", "addressees": """SELECT ?paragraph ?number ?action ?addressee (SAMPLE(?label0) AS ?addresseeLabel)
WHERE {
  ?paragraph mg:paragraphOf ?instrument ; mg:number ?number ; mg:position ?position ;
             mg:hasActionClause ?clause .
  ?clause mg:action/skos:prefLabel ?action ; mg:addressee ?addressee .
  FILTER (LANG(?action) = "en")
  OPTIONAL { ?addressee rdfs:label ?l1 FILTER (LANG(?l1) = ?lang) }
  OPTIONAL { ?addressee rdfs:label ?l2 FILTER (LANG(?l2) IN ("en", "fr") && LANG(?l2) != ?lang) }
  BIND (COALESCE(?l1, ?l2) AS ?label0)
}
GROUP BY ?paragraph ?number ?position ?action ?addressee
ORDER BY ?position ?action ?addressee
"""}


def _former_library() -> dict[str, NamedQuery]:
    library = dict(load_library())
    for name, body in FORMER.items():
        library[name] = replace(library[name], body=body)
    return library


def _former_mandates(instrument: str) -> Callable:
    """The route's mandates step as it was: the obligations query for the whole instrument."""
    def rows(store: GraphStore, paragraphs: list[str], lang: str = "en") -> list[dict]:
        return load_library()["obligations"].run(store, {"instrument": instrument}).rows
    return rows


def _timed(call: Callable[[], object]) -> tuple[float, object]:
    started = time.perf_counter()
    value = call()
    return time.perf_counter() - started, value


def _facts(answer: dict) -> list:
    """The answer with the sampled columns set aside."""
    return [({k: (sorted(v) if k == "text" else v) for k, v in p.items() if k != "mandates"},
             [{k: v for k, v in m.items() if k not in SAMPLED} for m in p["mandates"]]) for p in answer["paragraphs"]]


def measure(store: GraphStore, symbol: str, lang: str) -> tuple[list[str], bool]:
    instrument = iris().instrument(symbol).value
    after_s, (after, _) = _timed(lambda: route._resolution(store, instrument, symbol, lang))
    with mock.patch.object(route, "paragraph_mandates", _former_mandates(instrument)), \
            mock.patch.object(route, "load_library", _former_library):
        before_s, (before, _) = _timed(lambda: route._resolution(store, instrument, symbol, lang))
    paragraphs = [p["iri"] for p in after["paragraphs"]]
    step_after, rows = _timed(lambda: paragraph_mandates(store, paragraphs))
    step_before, _ = _timed(lambda: load_library()["obligations"].run(store, {"instrument": instrument}))
    same = _facts(before) == _facts(after)
    cells = [symbol, lang, str(len(rows)), f"{before_s:.2f}", f"{after_s:.2f}", f"{before_s / after_s:.1f}×",
             f"{step_before:.2f}", f"{step_after:.2f}", "yes" if same else "NO"]
    return cells, same


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="resolution_page", description=__doc__.split("\n\n")[0])
    header = ("resolution", "lang", "mandates", "page before s", "page after s", "before ÷ after", "obligations query s",
              "paragraph_mandates s", "same facts")
    return run_table(parser, header, SYMBOLS, lambda store, symbol, lang, _: measure(store, symbol, lang), argv,
                     rows_are="page")


if __name__ == "__main__":
    sys.exit(main())
