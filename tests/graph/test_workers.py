"""Query workers are real processes: killed ones are replaced, memory is capped, waiting is bounded."""

from __future__ import annotations

import os
import signal
import threading
import time

import pyoxigraph as ox
import pytest

from graph.store import EmbeddedStore, GraphStore
from graph.workers import ClientGone, PoolBusy, QueryFailed, QueryPool, QueryTimeout

JSON = "application/sparql-results+json"
CARTESIAN = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } ORDER BY ?c ?f ?i"


@pytest.fixture(scope="module")
def store_path(tmp_path_factory) -> str:
    path = tmp_path_factory.mktemp("workers") / "generation"
    store = EmbeddedStore(path)
    graph = ox.NamedNode("http://example.org/g")
    store.store.extend(ox.Quad(ox.NamedNode(f"http://example.org/n{i}"), ox.NamedNode("http://example.org/p"),
                               ox.Literal(str(i)), graph) for i in range(300))
    store.close()
    return str(path)


def _wait_dead(pid: int) -> None:
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        try:
            with open(f"/proc/{pid}/stat") as stat:
                if stat.read().split()[2] == "Z":
                    return
        except FileNotFoundError:
            return
        time.sleep(0.05)


def test_a_worker_killed_while_idle_is_replaced_and_every_query_still_succeeds(store_path):
    pool = QueryPool(lambda: store_path, size=2, timeout=20)
    try:
        assert pool.run("ASK { ?s ?p ?o }", JSON).body.endswith(b"true}")
        victim = pool.pids[0]
        os.kill(victim, signal.SIGKILL)
        _wait_dead(victim)
        for _ in range(6):
            answer = pool.run("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", "text/csv")
            assert answer.body.decode().split() == ["n", "300"]
        assert victim not in pool.pids and len(pool.pids) == 2
    finally:
        pool.close()


def test_a_query_past_the_memory_cap_is_stopped_and_the_next_one_runs(store_path):
    pool = QueryPool(lambda: store_path, size=1, timeout=60, memory_mb=800)
    try:
        before = pool.pids
        started = time.monotonic()
        with pytest.raises(QueryFailed) as failed:
            pool.run(CARTESIAN, "text/csv")
        assert failed.value.kind == "memory" and "800 MiB" in str(failed.value)
        assert time.monotonic() - started < 30
        assert pool.run("ASK { ?s ?p ?o }", JSON).body.endswith(b"true}")
        assert pool.pids != before
    finally:
        pool.close()


def test_work_past_the_queue_limit_is_refused_at_once(store_path):
    pool = QueryPool(lambda: store_path, size=1, timeout=5, queue_limit=2)
    try:
        with pool.admit(), pool.admit(), pool.admit():
            with pytest.raises(PoolBusy) as busy:
                with pool.admit():
                    pass
            assert busy.value.retry_after >= 1 and "MANDATES_QUEUE_LIMIT" in str(busy.value)
        with pool.admit():  # the places are given back
            assert pool.run("ASK { ?s ?p ?o }", JSON).body.endswith(b"true}")
    finally:
        pool.close()


def test_work_for_a_client_that_left_is_dropped_before_it_reaches_a_worker(store_path):
    pool = QueryPool(lambda: store_path, size=1, timeout=5)
    try:
        with pytest.raises(ClientGone):
            pool.run(CARTESIAN, "text/csv", still_wanted=lambda: False)
        started = time.monotonic()  # the worker never started the cartesian product: it is free at once
        assert pool.run("ASK { ?s ?p ?o }", JSON).body.endswith(b"true}")
        assert time.monotonic() - started < 2
    finally:
        pool.close()


def count_nodes(store: GraphStore, prefix: str) -> str:
    """Runs in a worker (imported there by name)."""
    rows = store.select(f'SELECT (COUNT(*) AS ?n) WHERE {{ ?s ?p ?o FILTER STRSTARTS(STR(?s), "{prefix}") }}').rows
    return rows[0]["n"].value


def big_answer(store: GraphStore, size: int) -> bytes:
    return b"x" * size


def refuse(store: GraphStore) -> str:
    raise LookupError("nothing here")


def test_a_call_runs_a_project_function_in_a_worker_and_refuses_an_answer_past_the_byte_limit(store_path):
    pool = QueryPool(lambda: store_path, size=1, timeout=20, max_bytes=10_000)
    try:
        assert pool.call(count_nodes, "http://example.org/n1") == "111"
        assert pool.call(big_answer, 5_000) == b"x" * 5_000
        with pytest.raises(QueryFailed) as failed:
            pool.call(big_answer, 50_000)
        assert failed.value.kind == "too-big" and "MANDATES_MAX_ANSWER_BYTES" in str(failed.value)
        with pytest.raises(LookupError, match="nothing here"):  # the function's own error, raised again here
            pool.call(refuse)
    finally:
        pool.close()


def sleep(store: GraphStore, seconds: float) -> None:
    time.sleep(seconds)


def test_a_call_past_the_time_limit_is_stopped_and_its_worker_replaced(store_path):
    pool = QueryPool(lambda: store_path, size=1, timeout=1)
    try:
        before = pool.pids
        started = time.monotonic()
        with pytest.raises(QueryTimeout):
            pool.call(sleep, 30)
        assert time.monotonic() - started < 5 and pool.pids != before
        assert pool.call(count_nodes, "http://example.org/n2") == "111"
    finally:
        pool.close()


def test_the_store_path_is_read_for_each_piece_of_work(tmp_path, store_path):
    # A rebuild publishes a new generation: the next piece of work opens it.
    other = tmp_path / "other"
    store = EmbeddedStore(other)
    store.store.add(ox.Quad(ox.NamedNode("http://example.org/n1"), ox.NamedNode("http://example.org/p"),
                            ox.Literal("x"), ox.NamedNode("http://example.org/g")))
    store.close()
    current = {"path": store_path}
    pool = QueryPool(lambda: current["path"], size=1, timeout=20)
    try:
        assert pool.call(count_nodes, "http://example.org/n1") == "111"
        current["path"] = str(other)
        assert pool.call(count_nodes, "http://example.org/n1") == "1"
    finally:
        pool.close()


def test_relative_iris_resolve_against_the_base_given_and_a_relative_service_is_still_refused(store_path):
    pool = QueryPool(lambda: store_path, size=1, timeout=20, service_allow=["http://example.org/other"])
    try:
        answer = pool.run("CONSTRUCT { <s> <p> 1 } WHERE {}", "application/n-triples", base_iri="http://h/sparql")
        assert answer.body.decode().strip() == '<http://h/s> <http://h/p> "1"^^<http://www.w3.org/2001/XMLSchema#integer> .'
        with pytest.raises(QueryFailed) as failed:
            pool.run("CONSTRUCT { <s> <p> 1 } WHERE {}", "application/n-triples")
        assert failed.value.kind == "syntax"  # no base: a relative IRI cannot be read
        with pytest.raises(QueryFailed) as refused:  # resolves to http://h/elsewhere, not allowed
            pool.run("SELECT * { SERVICE <elsewhere> {} }", JSON, base_iri="http://h/sparql")
        assert refused.value.kind == "refused"
        with pytest.raises(QueryFailed) as refused:
            pool.run("SELECT * { SERVICE <other> {} }", JSON, base_iri="http://h/sparql")
        assert refused.value.kind == "refused"
    finally:
        pool.close()


def test_waiting_for_a_free_worker_is_bounded_apart_from_the_run_time(store_path):
    # A call may run 2 s; a caller queued behind a 1.5 s call waits ~1.2 s for the worker: served
    # with a 4 s wait bound, refused (QueryTimeout, a 503 for the API) with a 0.5 s one.
    for queue_timeout, served in ((4.0, True), (0.5, False)):
        pool = QueryPool(lambda: store_path, size=1, timeout=2, queue_timeout=queue_timeout)
        try:
            pool.call(count_nodes, "http://example.org/n1")  # the worker is up
            busy = threading.Thread(target=pool.call, args=(sleep, 1.5))
            busy.start()
            time.sleep(0.3)
            if served:
                assert pool.call(count_nodes, "http://example.org/n2") == "111"
            else:
                with pytest.raises(QueryTimeout, match="no query worker became free within 0.5 s"):
                    pool.call(count_nodes, "http://example.org/n2")
            busy.join()
        finally:
            pool.close()
