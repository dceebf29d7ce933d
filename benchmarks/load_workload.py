"""The load test's requests: what to ask for, read from the built store, and the expected answer.

A :class:`Workload` hands out requests in fixed proportions (:data:`WEIGHTS`), cycling over
the store's own activities, assignees, resolutions and labels, so every normal request should
be a 200. :func:`hostile_requests` are the two attacks mixed in: a runaway cartesian query
(stopped by the worker's memory cap or time limit: 503) and a body past the size limit (413).
The body is declared with ``Expect: 100-continue``: the server refuses it unread and closes
the connection, and a client that sent it anyway may see that close (a reset) before the 413
when the machine is busy (13 of 15 times in a 32-client run).
"""

from __future__ import annotations

import itertools
import random
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

from graph.binding import with_values
from graph.versions import open_current
from ontology.namespaces import iris
from queries.library import load_library

__all__ = ["WEIGHTS", "Request", "Targets", "Workload", "find_targets", "hostile_requests"]

_PREFIXES = """PREFIX mg: <https://w3id.org/mandate-graph/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
"""
_ACTIVITIES = _PREFIXES + """SELECT DISTINCT ?a WHERE { GRAPH mg:index { ?a mg:indexedType ?t }
  VALUES ?t { mg:Milestone mg:Initiative mg:Process mg:Event } } ORDER BY ?a"""
_ASSIGNEES = _PREFIXES + "SELECT DISTINCT ?a WHERE { ?d mg:assignee ?a } ORDER BY ?a LIMIT 200"
_RESOLUTIONS = _PREFIXES + """SELECT DISTINCT ?i ?symbol WHERE { ?i a mg:GAResolution ; mg:symbol ?symbol
  FILTER EXISTS { ?p mg:paragraphOf ?i } } ORDER BY ?i LIMIT 200"""
_LABELS = _PREFIXES + """SELECT DISTINCT ?label WHERE { ?a mg:assignee|^mg:assignee|mg:mandatedBy ?x .
  ?a rdfs:label ?label FILTER (LANG(?label) = "en") } ORDER BY ?label LIMIT 200"""

#: Share of each route in the mix (of every 100 normal requests).
WEIGHTS = {"/mandates": 18, "/search": 14, "/obligations": 10, "/queries/{name}": 14, "/sparql (kept)": 10,
           "/sparql (new)": 10, "/resource": 8, "/id/…": 8, "/resolutions/…": 8}

_RUNAWAY = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } ORDER BY ?c ?f ?i"
_OVERSIZED_BYTES = 2 * 1024 * 1024  # twice the default MANDATES_MAX_BODY_BYTES


@dataclass(frozen=True)
class Request:
    route: str
    method: str
    path: str
    params: dict[str, str] = field(default_factory=dict)
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes | None = None
    expected: frozenset[int] = frozenset({200})
    #: Declare the body and wait for ``100 Continue`` before sending it (``Expect: 100-continue``).
    expect_continue: bool = False


@dataclass(frozen=True)
class Targets:
    """What the store holds to be asked about: IRIs, (symbol, session, number), search words."""

    activities: list[str]
    assignees: list[str]
    resolutions: list[tuple[str, str]]  # (IRI, symbol)
    words: list[str]
    triples: int


def find_targets(root: Path) -> Targets:
    store = open_current(root)

    def column(query: str, name: str) -> list[str]:
        return [row[name].value for row in store.select(query).rows]

    resolutions = [(row["i"].value, row["symbol"].value) for row in store.select(_RESOLUTIONS).rows]
    words = sorted({label.split()[0] for label in column(_LABELS, "label") if len(label.split()[0]) > 2})
    targets = Targets(column(_ACTIVITIES, "a"), column(_ASSIGNEES, "a"), resolutions, words, len(store))
    for name, found in (("activities", targets.activities), ("assignees", targets.assignees),
                        ("resolutions", targets.resolutions), ("search words", targets.words)):
        if not found:
            raise RuntimeError(f"the store has no {name} to ask about: the load would measure nothing")
    return targets


def hostile_requests() -> tuple[Request, Request]:
    """A body past the size limit (413) and a runaway cartesian query (503)."""
    oversized = Request("hostile: body past the limit", "POST", "/sparql",
                        headers={"Content-Type": "application/sparql-query"},
                        body=b"SELECT * WHERE { ?s ?p ?o } #" + b"x" * _OVERSIZED_BYTES, expected=frozenset({413}),
                        expect_continue=True)
    runaway = Request("hostile: runaway cartesian query", "POST", "/sparql",
                      headers={"Content-Type": "application/sparql-query"}, body=_RUNAWAY.encode(),
                      expected=frozenset({503}))
    return oversized, runaway


class Workload:
    """Normal requests in the proportions of :data:`WEIGHTS`, in a fixed pseudo-random order."""

    def __init__(self, targets: Targets, *, seed: int = 12) -> None:
        self.targets = targets
        self._random = random.Random(seed)
        self._routes = [route for route, weight in WEIGHTS.items() for _ in range(weight)]
        self._counter = itertools.count()
        self._library = load_library()
        self._base = iris().base

    def next(self) -> Request:
        route = self._random.choice(self._routes)
        n = next(self._counter)
        return getattr(self, "_" + route.strip("/").split()[0].split("/")[0])(route, n)

    def _pick(self, items: list, n: int):
        return items[n % len(items)]

    def _mandates(self, route: str, n: int) -> Request:
        return Request(route, "GET", "/mandates", {"activity": self._pick(self.targets.activities, n)})

    def _search(self, route: str, n: int) -> Request:
        return Request(route, "GET", "/search", {"q": self._pick(self.targets.words, n)})

    def _obligations(self, route: str, n: int) -> Request:
        return Request(route, "GET", "/obligations", {"assignee": self._pick(self.targets.assignees, n)})

    def _queries(self, route: str, n: int) -> Request:
        name, params = self._library_call(n)
        return Request(route, "GET", f"/queries/{name}", params)

    def _sparql(self, route: str, n: int) -> Request:
        name, params = self._library_call(n)
        query = self._library[name]
        text = with_values(query.text, query.bindings(params))
        if "new" in route:  # a text never asked before: no kept answer, a worker evaluates it
            text += f"\n# load test request {n}"
        return Request(route, "GET", "/sparql", {"query": text},
                       headers={"Accept": "application/sparql-results+json"})

    def _resource(self, route: str, n: int) -> Request:
        iri = self._pick(self.targets.activities + [iri for iri, _ in self.targets.resolutions], n)
        return Request(route, "GET", "/resource", {"iri": iri}, headers={"Accept": "text/html"})

    def _id(self, route: str, n: int) -> Request:
        iri = self._pick([iri for iri, _ in self.targets.resolutions] + self.targets.assignees, n)
        return Request(route, "GET", "/id/" + quote(iri.removeprefix(self._base), safe="/"),
                       headers={"Accept": "text/html"})

    def _resolutions(self, route: str, n: int) -> Request:
        _, symbol = self._pick(self.targets.resolutions, n)
        session, number = symbol.split("/")[-2:]
        return Request(route, "GET", f"/resolutions/{session}/{number}")

    def _library_call(self, n: int) -> tuple[str, dict[str, str]]:
        activity = self._pick(self.targets.activities, n)
        instrument, _ = self._pick(self.targets.resolutions, n)
        assignee = self._pick(self.targets.assignees, n)
        calls = [("mandates", {"activity": activity}), ("hops", {"node": activity}),
                 ("node-info", {"node": activity}), ("paragraphs", {"instrument": instrument}),
                 ("citations", {"instrument": instrument}), ("mandates-of", {"entity": assignee})]
        return calls[n % len(calls)]
