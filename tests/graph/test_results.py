"""Answers are bounded in rows and in bytes, cut between whole rows, and the cut is said."""

import pyoxigraph as ox
import pytest

from graph.formats import GRAPH_TYPES, RESULT_TYPES
from graph.results import serialize_bounded

EX = "http://example.org/"


@pytest.fixture(scope="module")
def store() -> ox.Store:
    store = ox.Store()
    store.extend(ox.Quad(ox.NamedNode(f"{EX}n{i:03}"), ox.NamedNode(EX + "text"), ox.Literal("é" * 500, language="fr"))
                 for i in range(100))
    store.add(ox.Quad(ox.NamedNode(EX + "huge"), ox.NamedNode(EX + "size"), ox.Literal("x" * 1_000_000)))
    return store


PARSEABLE = {m: f for m, f in RESULT_TYPES.items() if f not in (ox.QueryResultsFormat.CSV,)}


@pytest.mark.parametrize("media", list(RESULT_TYPES))
def test_rows_are_cut_at_the_byte_limit_between_whole_rows(store, media):
    result = store.query(f"SELECT ?s ?o WHERE {{ ?s <{EX}text> ?o }} ORDER BY ?s")
    body, _, truncated = serialize_bounded(result, media, max_rows=1000, max_bytes=10_000)
    assert truncated and len(body) <= 10_000
    if media in PARSEABLE:
        rows = list(ox.parse_query_results(body, format=PARSEABLE[media]))
        assert 5 <= len(rows) < 100 and all(row["o"].value == "é" * 500 for row in rows)
    else:
        lines = body.decode("utf-8").splitlines()
        assert 5 <= len(lines) - 1 < 100 and lines[-1].endswith("é" * 500)


@pytest.mark.parametrize("media", list(RESULT_TYPES))
def test_one_row_larger_than_the_byte_limit_is_not_served(store, media):
    # A single 1 MB row used to be served whole whatever the row limit.
    result = store.query(f"SELECT ?o WHERE {{ <{EX}huge> ?p ?o }}")
    body, _, truncated = serialize_bounded(result, media, max_rows=10, max_bytes=100_000)
    assert truncated and len(body) < 1_000


@pytest.mark.parametrize("media", list(GRAPH_TYPES))
def test_triples_are_cut_at_the_byte_limit(store, media):
    result = store.query(f"CONSTRUCT WHERE {{ ?s <{EX}text> ?o }}")
    body, _, truncated = serialize_bounded(result, media, max_rows=1000, max_bytes=20_000)
    assert truncated and len(body) <= 20_000
    assert len(list(ox.parse(body, format=GRAPH_TYPES[media]))) >= 1


def test_an_answer_under_both_limits_is_whole(store):
    result = store.query(f"SELECT ?s WHERE {{ ?s <{EX}text> ?o }}")
    body, media, truncated = serialize_bounded(result, "text/csv", max_rows=100, max_bytes=10_000)
    assert not truncated and len(body.decode().splitlines()) == 101 and media == "text/csv"
