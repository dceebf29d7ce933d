"""Every route that evaluates a query has /sparql's limits, and a flood of queries cannot starve /health.

A real server (``mandates serve``) over a generated store: a hub node with 200,000 incoming
edges (its ``/resource`` page took seconds before, unbounded: the issue's ``#Evidence`` page
took 100 s and 44.6 MB; with 20,000, the page answers within the 1 s limit since it reads its
relations unordered, ``queries/first_relations.py``), a smaller one with 1,000, one worker, a
short time limit and a short queue.
"""

from __future__ import annotations

import threading
import time
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest

from graph.versions import writable
from tests.conftest import start_server

BASE = "https://w3id.org/mandate-graph/id/entity/"
PART_OF = "https://w3id.org/mandate-graph/ontology#partOf"
BIG_HUB, SMALL_HUB = BASE + "big-hub", BASE + "small-hub"
SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
LIMITS = {"MANDATES_QUERY_TIMEOUT": "1", "MANDATES_WORKERS": "1", "MANDATES_QUEUE_LIMIT": "2",
          "MANDATES_MAX_ROWS": "100", "MANDATES_MAX_ANSWER_BYTES": "60000", "MANDATES_BUILD_IF_EMPTY": "false"}


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    root = tmp_path_factory.mktemp("limits") / "store"
    graph = "<https://w3id.org/mandate-graph/id/graph/generated>"
    lines = [f"<{BASE}n{i}> <{PART_OF}> <{BIG_HUB}> {graph} .\n" for i in range(200_000)]
    lines += [f"<{BASE}m{i}> <{PART_OF}> <{SMALL_HUB}> {graph} .\n" for i in range(1_000)]
    with writable(root, fresh=True) as store:
        store.bulk_add("".join(lines).encode("utf-8"))
    process, base = start_server(root, **LIMITS)
    yield base
    process.terminate()
    process.wait(10)


class HealthWatch:
    """Asks /health every 50 ms in the background and keeps the slowest answer time."""

    def __init__(self, base: str) -> None:
        self.base, self.slowest, self.failures = base, 0.0, []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._watch)

    def _watch(self) -> None:
        while not self._stop.is_set():
            started = time.monotonic()
            try:
                status = httpx.get(self.base + "/health", timeout=5).status_code
                if status != 200:
                    self.failures.append(status)
            except httpx.HTTPError as error:
                self.failures.append(repr(error))
            self.slowest = max(self.slowest, time.monotonic() - started)
            time.sleep(0.05)

    def __enter__(self) -> HealthWatch:
        self._thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        self._stop.set()
        self._thread.join()


def test_a_slow_resource_page_is_stopped_at_the_time_limit_while_health_answers(server):
    with HealthWatch(server) as health:
        started = time.monotonic()
        response = httpx.get(server + "/resource", params={"iri": BIG_HUB}, timeout=30)
        elapsed = time.monotonic() - started
    assert response.status_code == 503, response.text
    assert "MANDATES_QUERY_TIMEOUT" in response.json()["error"] and response.headers["retry-after"]
    # the 503 naming the limit shows the page was stopped; the bounds are loose for a loaded machine (2 cores shared
    # with other test sessions: 7 s seen for a 1 s limit)
    assert elapsed < 15
    assert health.failures == [] and health.slowest < 3
    assert httpx.get(server + "/resource", params={"iri": SMALL_HUB}).status_code == 200


@pytest.mark.parametrize("path, params", [
    ("/viz", {"focus": BIG_HUB, "depth": 4}),
    ("/queries/describe", {"node": BIG_HUB}),
    ("/id/entity/big-hub", {}),
])
def test_every_query_route_is_stopped_at_the_time_limit(server, path, params):
    started = time.monotonic()
    response = httpx.get(server + path, params=params, timeout=30)
    assert response.status_code == 503, response.text
    assert time.monotonic() - started < 5
    assert httpx.get(server + "/health", timeout=1).status_code == 200


def test_a_large_resource_answer_is_cut_at_the_row_limit_and_says_so(server):
    page = httpx.get(server + "/resource", params={"iri": SMALL_HUB}, timeout=30)
    assert page.status_code == 200 and page.headers["x-results-truncated"] == "true"
    relations = page.text[page.text.index('id="relations"'):]
    assert relations.count("<tr><td>") == 100 and "only the first 100" in relations
    turtle = httpx.get(server + "/resource", params={"iri": SMALL_HUB}, headers={"Accept": "text/turtle"})
    assert turtle.headers["x-results-truncated"] == "true" and turtle.text.count(PART_OF.rsplit("#")[1]) <= 100
    rows = httpx.get(server + "/queries/describe", params={"node": SMALL_HUB}).json()["results"]["bindings"]
    assert len(rows) == 100


def test_a_sparql_answer_is_cut_at_the_byte_limit_and_says_so(server):
    # 99 rows (under the row limit) of about 1,400 bytes each: more than 60,000 bytes.
    query = 'SELECT (REPLACE(STR(?s), "(.)", "' + "$1" * 30 + '") AS ?big) WHERE { ?s ?p ?o } LIMIT 99'
    response = httpx.post(server + "/sparql", content=query, headers={"Content-Type": "application/sparql-query"})
    assert response.status_code == 200 and response.headers["x-results-truncated"] == "true"
    assert len(response.content) <= 60_000 and response.headers["x-results-byte-limit"] == "60000"
    assert 10 < len(response.json()["results"]["bindings"]) < 99


def test_a_flood_of_slow_queries_gets_503s_with_retry_after_and_health_keeps_answering(server):
    def slow(i: int) -> httpx.Response:
        return httpx.get(server + "/sparql", params={"query": SLOW + f" # {i}"}, timeout=60)

    with HealthWatch(server) as health, ThreadPoolExecutor(24) as pool:
        responses = list(pool.map(slow, range(24)))
    statuses = [r.status_code for r in responses]
    assert set(statuses) == {503}, statuses
    assert all(r.headers.get("retry-after") for r in responses)
    assert sum("MANDATES_QUEUE_LIMIT" in r.json()["error"] for r in responses) >= 12  # refused at once
    assert health.failures == [] and health.slowest < 1, health.slowest
    quick = httpx.get(server + "/sparql", params={"query": "ASK { ?s ?p ?o }"})
    assert quick.status_code == 200
