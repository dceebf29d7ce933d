"""Answers kept per store generation: ETags, 304, the byte bound, and what is never kept."""

import httpx
import pytest

import tracemalloc

from api.answers import ENTRY_OVERHEAD, Answer, AnswerCache
from graph.build import build
from graph.store import EmbeddedStore
from graph.versions import open_current, writable


def test_the_cache_holds_at_most_its_byte_budget_and_forgets_the_oldest(tmp_path):
    with writable(tmp_path / "store", fresh=True) as store:
        store.bulk_add(b"")
    store = open_current(tmp_path / "store")
    cache = AnswerCache(max_bytes=8 * (100 + ENTRY_OVERHEAD))
    keys = [cache.key(store, "q", i) for i in range(20)]
    for key in keys:
        cache.put(key, Answer(200, b"x" * 100, "text/plain"))  # 100 bytes and the overhead = the per-answer limit
    assert len(cache) == 8
    assert cache.get(keys[0]) is None and cache.get(keys[-1]) is not None
    cache.put(cache.key(store, "big"), Answer(200, b"x" * 101, "text/plain"))
    assert cache.get(cache.key(store, "big")) is None  # over an eighth of the budget: not kept


def test_long_query_texts_in_the_keys_count_against_the_byte_budget(tmp_path):
    # 200 POSTs of 100 kB queries each: the keys held nothing back before (+20 MB past a 64 kB budget).
    with writable(tmp_path / "store", fresh=True) as store:
        store.bulk_add(b"")
    store = open_current(tmp_path / "store")
    cache = AnswerCache(max_bytes=64 * 1024)
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        for i in range(200):
            query = f"# {i}\n" + "x" * 100_000 + "\nASK {}"
            cache.put(cache.key(store, "sparql", query, "application/json"), Answer(200, b"{}", "application/json"))
        held = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
    assert cache.size <= cache.max_bytes and len(cache) > 0
    assert held < 2 * cache.max_bytes
    last = "# 199\n" + "x" * 100_000 + "\nASK {}"
    assert cache.get(cache.key(store, "sparql", last, "application/json")) is not None
    assert cache.get(cache.key(store, "sparql", last + " ", "application/json")) is None


def test_answers_of_a_writable_or_in_memory_store_are_never_kept(tmp_path):
    assert AnswerCache.key(EmbeddedStore(None), "q") is None
    with writable(tmp_path / "store", fresh=True) as store:
        assert AnswerCache.key(store, "q") is None  # it can still change
    assert AnswerCache.key(open_current(tmp_path / "store"), "q")[0].endswith(open_current(tmp_path / "store").path.name)


@pytest.mark.parametrize("path, params", [
    ("/mandates", {"activity": "Global Dialogue on AI Governance"}),
    ("/queries/mandates", {"activity": "https://w3id.org/mandate-graph/id/entity/global-dialogue-ai-governance"}),
    ("/sparql", {"query": "SELECT ?s WHERE { ?s a <https://w3id.org/mandate-graph/ontology#GAResolution> } ORDER BY ?s"}),
])
def test_a_repeated_answer_is_the_same_and_an_etag_gets_304(api, path, params):
    first = httpx.get(api + path, params=params)
    second = httpx.get(api + path, params=params)
    assert first.status_code == 200 and first.content == second.content
    etag = first.headers["etag"]
    assert etag == second.headers["etag"] and first.headers["cache-control"] == "no-cache"
    again = httpx.get(api + path, params=params, headers={"If-None-Match": etag})
    assert again.status_code == 304 and again.content == b"" and again.headers["etag"] == etag
    other = httpx.get(api + path, params=params, headers={"If-None-Match": '"something-else"'})
    assert other.status_code == 200 and other.content == first.content


def test_errors_are_not_given_etags(api):
    response = httpx.get(api + "/sparql", params={"query": "SELECT * WHERE { ?s ?p }"})
    assert response.status_code == 400 and "etag" not in response.headers


def test_a_rebuild_changes_the_generation_and_so_the_kept_answers(tmp_path):
    # Two generations of one store: the same request keys two different answers.
    root = tmp_path / "store"
    with writable(root, fresh=True) as store:
        build(store)
    first = open_current(root)
    with writable(root, fresh=True) as store:
        build(store)
    second = open_current(root)
    assert AnswerCache.key(first, "mandates", "x") != AnswerCache.key(second, "mandates", "x")


def test_a_kept_answer_keeps_its_headers_once(api):
    params = {"query": "SELECT ?s WHERE { ?s a <https://w3id.org/mandate-graph/ontology#GAResolution> } LIMIT 5"}
    first = httpx.get(api + "/sparql", params=params, headers={"Origin": "https://example.org"})
    kept = httpx.get(api + "/sparql", params=params, headers={"Origin": "https://example.org"})
    for response in (first, kept):
        assert response.headers.get_list("access-control-allow-origin") == []  # CORS is off by default
        assert len(response.headers.get_list("etag")) == 1 and response.headers["x-results-limit"]
    assert kept.headers["content-type"] == first.headers["content-type"] and kept.content == first.content
    csv = httpx.get(api + "/sparql", params=params, headers={"Accept": "text/csv"})
    assert csv.headers["content-type"].startswith("text/csv")  # the Accept header is part of the key


def test_a_posted_query_is_kept_too(api):
    query = "SELECT ?s WHERE { ?s a <https://w3id.org/mandate-graph/ontology#Resolution> } LIMIT 2"
    headers = {"Content-Type": "application/sparql-query"}
    first = httpx.post(api + "/sparql", content=query, headers=headers)
    assert first.status_code == 200 and first.headers["etag"]
    again = httpx.post(api + "/sparql", content=query, headers={**headers, "If-None-Match": first.headers["etag"]})
    assert again.status_code == 304 and again.headers["etag"] == first.headers["etag"]
