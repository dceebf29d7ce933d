"""Mandate chains precomputed at build time (``mg:chains``): the ``/mandates`` answer of every
activity that has a chain, so that a lookup is one point read instead of a walk.

A chain walk (:func:`queries.trace.trace_json`) asks a few queries per hop; on the real corpus
that is 5-20 ms per lookup, far from what a server answering first-time questions needs. The
build walks once from every node that starts a chain (the subject of a part-of, mandated-by,
milestone-of or implements relation), with the queries' rows shared between walks (chains
share their paragraphs and instruments), and keeps each answer, in English and in French, as
one ``rdf:JSON`` literal in the derived graph ``mg:chains``. It is refreshed after every load,
like ``mg:index`` and ``mg:lineage``, so it never outlives the facts it was computed from.

The answer hangs off a node of its own (``…/chains/<hash of the activity's IRI>``), not off the
activity, so that the activity's page and ``DESCRIBE`` show only the activity's own facts.
Nothing else points at it. :func:`precomputed_answer` reads it back; a node without one (not
the start of a chain, or a store built before this step) is walked as before.
"""

from __future__ import annotations

import hashlib
import json
import sys
import time
from dataclasses import dataclass
from typing import Any

import pyoxigraph as ox

from graph.chain_batches import prefetch
from graph.store import EmbeddedStore, GraphStore, insert_update
from ontology.namespaces import MG

__all__ = ["CHAINS_GRAPH", "ANSWER", "LANGS", "ChainsReport", "refresh_chains", "precomputed_answer",
           "chain_starts", "answer_node"]

CHAINS_GRAPH = MG.chains
ANSWER = MG.mandatesAnswer
LANGS = ("en", "fr")
_JSON = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#JSON")
_BASE = "https://w3id.org/mandate-graph/id/chains/"
#: Activities whose walks' rows are asked together (and then let go).
GROUP = 4000
#: Answers written per SPARQL update on a store that cannot bulk load.
CHUNK = 500

# The properties as VALUES, not a FILTER on ?property: each is then read from the predicate
# index instead of scanning every quad. Sorted in Python: IRIs in code point order, as an
# ORDER BY would, without the store reading every IRI's text on every comparison.
_STARTS = """PREFIX mg: <https://w3id.org/mandate-graph/ontology#>
SELECT DISTINCT ?node WHERE {
  VALUES ?property { mg:partOf mg:mandatedBy mg:milestoneOf mg:implements }
  ?node ?property ?target FILTER (isIRI(?node))
}"""


@dataclass
class ChainsReport:
    activities: int = 0
    with_mandates: int = 0
    seconds: float = 0.0

    def summary(self) -> str:
        return (f"chains: {self.activities} activities walked ({self.with_mandates} with a mandate), "
                f"answers kept in mg:chains in {self.seconds:.1f} s")


def answer_node(activity: str) -> ox.NamedNode:
    """The node that holds ``activity``'s precomputed answers."""
    return ox.NamedNode(_BASE + hashlib.blake2b(activity.encode("utf-8"), digest_size=16).hexdigest())


def chain_starts(store: GraphStore) -> list[str]:
    """Every node a mandate chain starts from."""
    return sorted(row["node"].value for row in store.select(_STARTS).rows)


def _own_keys(node: str) -> list[tuple]:
    """The memo keys of the rows a walk asks about its starting node itself."""
    keys: list[tuple] = [("next-hops", (("node", node),))]
    keys += [("node-info", (("lang", lang), ("node", node))) for lang in LANGS]
    keys += [("evidence", (("predicate", p.value), ("subject", node)))
             for p in (MG.partOf, MG.mandatedBy, MG.milestoneOf, MG.implements)]
    return keys


def _quads(store: GraphStore, starts: list[str], report: ChainsReport, progress: bool) -> list[ox.Quad]:
    from queries.trace import trace_json

    memo: dict = {}
    quads = []
    scanned = None
    for first in range(0, len(starts), GROUP):
        group = starts[first:first + GROUP]
        scanned = prefetch(store, group, memo, LANGS, scanned)
        for node in group:
            answers = {lang: trace_json(store, node, lang=lang, memo=memo) for lang in LANGS}
            report.with_mandates += bool(answers[LANGS[0]]["mandates"])
            text = json.dumps(answers, ensure_ascii=False, allow_nan=False, separators=(",", ":"))
            quads.append(ox.Quad(answer_node(node), ANSWER, ox.Literal(text, datatype=_JSON), CHAINS_GRAPH))
        # The group's own rows are done with; the paragraphs' and instruments' serve the next groups.
        for node in group:
            for key in _own_keys(node):
                memo.pop(key, None)
        if progress:
            print(f"chains: {first + len(group)}/{len(starts)} activities walked", file=sys.stderr)
    return quads


def refresh_chains(store: GraphStore, *, fresh: bool = False, progress: bool = False) -> ChainsReport:
    """Rebuild ``mg:chains``; ``fresh``: the store was just bulk loaded and has no such graph yet."""
    started = time.perf_counter()
    report = ChainsReport()
    if not fresh:
        store.update(f"DROP SILENT GRAPH {CHAINS_GRAPH}")
    starts = chain_starts(store)
    report.activities = len(starts)
    quads = _quads(store, starts, report, progress)
    if fresh and isinstance(store, EmbeddedStore) and store.supports_bulk:
        store.bulk_add(ox.serialize(quads, format=ox.RdfFormat.N_QUADS) or b"")
    else:
        for start in range(0, len(quads), CHUNK):
            store.update(insert_update(CHAINS_GRAPH, quads[start:start + CHUNK]))
    report.seconds = time.perf_counter() - started
    return report


def precomputed_answer(store: GraphStore, activity: str, lang: str) -> dict[str, Any] | None:
    """The answer the build kept for ``activity`` in ``lang``, or None when there is none."""
    node = answer_node(activity)
    if isinstance(store, EmbeddedStore):  # a point read, without parsing a query
        values = [q.object.value for q in store.store.quads_for_pattern(node, ANSWER, None, CHAINS_GRAPH)]
    else:
        values = [row["answer"].value for row in store.select(
            f"SELECT ?answer WHERE {{ GRAPH {CHAINS_GRAPH} {{ ?node {ANSWER} ?answer }} }}", {"node": node}).rows]
    if not values:
        return None
    answer = json.loads(values[0]).get(lang)
    if answer is None or answer["activity"]["iri"] != activity:
        return None
    return answer
