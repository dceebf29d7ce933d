"""Defence in depth: the query workers check SERVICE themselves, whoever hands them a query."""

import time

import pyoxigraph as ox
import pytest

from graph.workers import QueryFailed, QueryPool
from tests.api.canary import canary  # noqa: F401  (a fixture)


@pytest.fixture()
def store_path(tmp_path):
    path = tmp_path / "store"
    store = ox.Store(str(path))
    store.add(ox.Quad(ox.NamedNode("http://e/a"), ox.NamedNode("http://e/p"), ox.Literal("1")))
    store.flush()
    del store
    return str(path)


def test_a_worker_refuses_a_service_not_allowed_and_calls_an_allowed_one(store_path, canary):  # noqa: F811
    query = f"SELECT * {{ SERVICE<{canary.url}> {{ ?s ?p ?o }} }}"
    pool = QueryPool(lambda: store_path, size=1, timeout=20)
    try:
        with pytest.raises(QueryFailed) as refused:
            pool.run(query, "application/sparql-results+json")
        assert refused.value.kind == "refused"
        time.sleep(0.3)
        assert canary.connections == []
    finally:
        pool.close()
    allowed = QueryPool(lambda: store_path, size=1, timeout=20, service_allow=[canary.url])
    try:
        with pytest.raises(QueryFailed):  # the canary hangs up: proof the call went out
            allowed.run(query, "application/sparql-results+json")
        assert canary.connections and canary.connections[0].startswith(b"POST")
    finally:
        allowed.close()
