"""The endpoint stops long queries, bounds answers, and keeps serving through a rebuild."""

import subprocess
import sys
import threading
import time

import httpx

SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"


def test_a_query_past_the_time_limit_is_stopped_with_503_and_the_server_goes_on(api):
    started = time.monotonic()
    response = httpx.get(api + "/sparql", params={"query": SLOW}, timeout=60)
    assert response.status_code == 503 and "limit" in response.json()["error"]
    assert time.monotonic() - started < 20
    quick = httpx.get(api + "/sparql", params={"query": "ASK { ?s ?p ?o }"})
    assert quick.status_code == 200 and quick.json()["boolean"] is True


def test_answers_are_bounded_and_the_cut_is_said(api):
    response = httpx.get(api + "/sparql", params={"query": "SELECT * WHERE { ?s ?p ?o }"})
    assert response.headers["X-Results-Truncated"] == "true" and response.headers["X-Results-Limit"] == "500"
    assert len(response.json()["results"]["bindings"]) == 500
    small = httpx.get(api + "/sparql", params={"query": "SELECT * WHERE { ?s ?p ?o } LIMIT 3"})
    assert "X-Results-Truncated" not in small.headers


def test_default_and_named_graph_parameters(api):
    ontology = "https://w3id.org/mandate-graph/id/graph/ontology"
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    everything = int(httpx.get(api + "/sparql", params={"query": count}).json()["results"]["bindings"][0]["n"]["value"])
    only = httpx.get(api + "/sparql", params={"query": count, "default-graph-uri": ontology}).json()
    assert 100 < int(only["results"]["bindings"][0]["n"]["value"]) < everything
    bad = httpx.get(api + "/sparql", params={"query": count, "default-graph-uri": "not an iri"})
    assert bad.status_code == 400


def test_cors_is_off_by_default(api):
    response = httpx.get(api + "/sparql", params={"query": "ASK {}"}, headers={"Origin": "https://example.org"})
    assert "access-control-allow-origin" not in response.headers


def test_other_methods_are_refused(api):
    assert httpx.put(api + "/sparql", content="x").status_code == 405


def test_a_rebuild_while_serving_does_not_break_readers(api, api_store, tmp_path):
    errors: list[str] = []
    stop = threading.Event()

    def read() -> None:
        while not stop.is_set():
            response = httpx.get(api + "/queries/roles", params={"agency": "https://w3id.org/mandate-graph/id/entity/itu"})
            if response.status_code != 200:
                errors.append(response.text)

    readers = [threading.Thread(target=read) for _ in range(3)]
    for thread in readers:
        thread.start()
    before = httpx.get(api + "/health").json()["triples"]
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    from loaders.paths import SEEDS_DIR

    for name in ("002_3873a665861c47a8.txt", "003_12d49f0f1eeb1cd5.txt"):
        (corpus / name).write_text((SEEDS_DIR / name).read_text(encoding="utf-8"), encoding="utf-8")
    rebuilt = subprocess.run([sys.executable, "-m", "cli", "--store", str(api_store), "build", "--quiet",
                              "--no-seeds", "--corpus", str(corpus)], capture_output=True, text=True, timeout=300)
    assert rebuilt.returncode == 0, rebuilt.stderr
    time.sleep(0.5)
    after = httpx.get(api + "/health").json()["triples"]
    full = subprocess.run([sys.executable, "-m", "cli", "--store", str(api_store), "build", "--quiet"],
                          capture_output=True, text=True, timeout=300)
    stop.set()
    for thread in readers:
        thread.join()
    assert full.returncode == 0, full.stderr
    assert errors == []
    assert after < before
    assert httpx.get(api + "/health").json()["triples"] == before
