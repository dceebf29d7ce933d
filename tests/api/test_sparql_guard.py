"""/sparql over a real server: no federation by bypass, a body limit, CORS by setting, FROM honoured."""

from __future__ import annotations

import threading
import time

import httpx
import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from api.settings import Settings
from graph.sparql_guard import MAX_NESTING
from tests.api.canary import canary  # noqa: F401  (a fixture)

ONTOLOGY = "https://w3id.org/mandate-graph/id/graph/ontology"
COUNT = "SELECT (COUNT(*) AS ?n) {} WHERE {{ ?s ?p ?o }}"


def bypasses(url: str) -> dict[str, str]:
    return {
        "no space": f"SELECT * {{ SERVICE<{url}> {{ ?s ?p ?o }} }}",
        "silent": f"SELECT * {{ SERVICE SILENT<{url}> {{ ?s ?p ?o }} }}",
        "hash in an earlier iri": f"SELECT * {{ ?s ?p <http://x/#> . SERVICE <{url}> {{ ?s ?p ?o }} }}",
        "quotes in two iris": f"SELECT * {{ ?s ?p <http://x/'> . SERVICE <{url}> {{ ?s ?p <http://y/'> }} }}",
    }


@pytest.mark.parametrize("name", ["no space", "silent", "hash in an earlier iri", "quotes in two iris"])
def test_service_bypasses_are_refused_and_never_reach_the_endpoint(api, canary, name):  # noqa: F811
    query = bypasses(canary.url)[name]
    response = httpx.get(api + "/sparql", params={"query": query}, timeout=30)
    assert response.status_code == 400 and "not allowed" in response.json()["error"]
    posted = httpx.post(api + "/sparql", content=query, headers={"Content-Type": "application/sparql-query"})
    assert posted.status_code == 400
    time.sleep(0.3)
    assert canary.connections == []


def test_a_big_post_of_repeated_service_is_answered_fast_and_health_stays_up(api):
    body = "SERVICE <" * 60_000  # 540 KB
    answers: list[httpx.Response] = []
    started = time.monotonic()
    poster = threading.Thread(target=lambda: answers.append(httpx.post(
        api + "/sparql", content=body, headers={"Content-Type": "application/sparql-query"}, timeout=60)))
    poster.start()
    health_times = []
    while poster.is_alive() or not health_times:
        before = time.monotonic()
        assert httpx.get(api + "/health", timeout=5).status_code == 200
        health_times.append(time.monotonic() - before)
    poster.join()
    assert answers[0].status_code in (400, 413) and time.monotonic() - started < 3
    assert max(health_times) < 1


def test_a_body_past_the_limit_is_413_declared_or_streamed(api):
    big = b"SELECT * WHERE { ?s ?p ?o } #" + b"x" * (2 * 1024 * 1024)
    declared = httpx.post(api + "/sparql", content=big, headers={"Content-Type": "application/sparql-query"})
    assert declared.status_code == 413 and "MANDATES_MAX_BODY_BYTES" in declared.json()["error"]

    def chunks():
        for start in range(0, len(big), 64 * 1024):
            yield big[start:start + 64 * 1024]

    streamed = httpx.post(api + "/sparql", content=chunks(), headers={"Content-Type": "application/sparql-query"})
    assert "content-length" not in streamed.request.headers
    assert streamed.status_code == 413
    assert httpx.get(api + "/health").status_code == 200


def count(api: str, query: str, **params: str) -> int:
    response = httpx.get(api + "/sparql", params={"query": query, **params}, timeout=30)
    assert response.status_code == 200, response.text
    return int(response.json()["results"]["bindings"][0]["n"]["value"])


def test_from_and_from_named_in_the_query_are_honoured(api):
    graphs = httpx.get(api + "/sparql", params={"query": "SELECT DISTINCT ?g { GRAPH ?g {} } ORDER BY ?g"}).json()
    names = [b["g"]["value"] for b in graphs["results"]["bindings"]]
    first, second = ONTOLOGY, next(g for g in names if g != ONTOLOGY)
    everything = count(api, COUNT.format(""))
    only_first = count(api, COUNT.format(f"FROM <{first}>"))
    only_second = count(api, COUNT.format(f"FROM <{second}>"))
    both = count(api, COUNT.format(f"FROM <{first}> FROM <{second}>"))
    assert only_first == count(api, COUNT.format(""), **{"default-graph-uri": first})
    assert 0 < only_first < everything and 0 < only_second < everything
    assert max(only_first, only_second) <= both <= only_first + only_second < everything
    named = httpx.get(api + "/sparql", params={
        "query": f"SELECT DISTINCT ?g FROM NAMED <{second}> WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}"}).json()
    assert [b["g"]["value"] for b in named["results"]["bindings"]] == [second]


def test_a_malformed_accept_weight_is_not_a_server_error(api):
    response = httpx.get(api + "/sparql", params={"query": "ASK {}"},
                         headers={"Accept": "application/sparql-results+json;q=., text/csv;q=0.5"})
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/csv")
    only_bad = httpx.get(api + "/sparql", params={"query": "ASK {}"}, headers={"Accept": "text/csv;q=."})
    assert only_bad.status_code == 406


def test_deep_nesting_is_a_400_with_a_position_not_an_internal_error(api):
    deep = "SELECT * WHERE " + "{" * 5000 + " ?s ?p ?o " + "}" * 5000
    response = httpx.post(api + "/sparql", content=deep, headers={"Content-Type": "application/sparql-query"})
    assert response.status_code == 400
    assert f"nests deeper than {MAX_NESTING}" in response.json()["error"] and "line 1, column" in response.json()["error"]
    assert httpx.get(api + "/sparql", params={"query": "ASK { ?s ?p ?o }"}).json()["boolean"] is True


@pytest.fixture(scope="module")
def cors_client(api, api_store):
    settings = Settings(store=str(api_store), workers=1, build_if_empty=False, cors_origins=["https://example.org"])
    with TestClient(create_app(settings)) as client:
        yield client


def test_cors_is_given_only_to_listed_origins_and_only_for_get(cors_client):
    params = {"query": "SELECT ?s WHERE { ?s ?p ?o } LIMIT 1"}
    for _ in range(2):  # the second answer is a kept one: the header once, too
        listed = cors_client.get("/sparql", params=params, headers={"Origin": "https://example.org"})
        assert listed.headers.get_list("access-control-allow-origin") == ["https://example.org"]
    other = cors_client.get("/sparql", params=params, headers={"Origin": "https://evil.example"})
    assert "access-control-allow-origin" not in other.headers
    preflight = cors_client.options("/sparql", headers={"Origin": "https://example.org",
                                                        "Access-Control-Request-Method": "POST"})
    assert preflight.status_code == 400
