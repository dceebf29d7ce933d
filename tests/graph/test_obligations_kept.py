"""The obligations the build keeps per assignee are the rows the ``obligations`` query gives."""

from __future__ import annotations

import httpx
import pytest

from api.rows import plain_rows
from graph.obligations_kept import LANGS, OBLIGATIONS_GRAPH, kept_page, refresh_obligations
from graph.store import EmbeddedStore
from queries.library import load_library


def _assignees(store: EmbeddedStore) -> list[str]:
    rows = store.select("PREFIX mg: <https://w3id.org/mandate-graph/ontology#> "
                        "SELECT DISTINCT ?a WHERE { ?d mg:assignee ?a ; mg:mandatedBy ?p } ORDER BY ?a").rows
    return [r["a"].value for r in rows]


def _kept_copy(store: EmbeddedStore) -> EmbeddedStore:
    """A copy of ``store`` with its obligations kept (a step builds run only when asked,
    ``MANDATES_KEEP_OBLIGATIONS=1``)."""
    copy = EmbeddedStore(None)
    copy.bulk_add(store.export("nq"))
    refresh_obligations(copy)
    return copy


def _every_assignee_kept_as_evaluated(store: EmbeddedStore) -> int:
    store = _kept_copy(store)
    assignees = _assignees(store)
    assert assignees, "no assignee: nothing compared"
    query = load_library()["obligations"]
    for assignee in assignees:
        for lang in LANGS:
            evaluated = plain_rows(query.run(store, {"assignee": assignee, "lang": lang}).rows)
            kept = kept_page(store, assignee, lang, 0, 100000)
            if not evaluated:
                assert kept is None or kept == (0, [])
                continue
            assert kept == (len(evaluated), evaluated), f"{assignee} ({lang})"
            # A page in the middle is the same slice.
            assert kept_page(store, assignee, lang, 1, 2) == (len(evaluated), evaluated[1:3])
    return len(assignees)


def test_the_seeds_kept_obligations_equal_the_evaluated_query(built_store):
    assert _every_assignee_kept_as_evaluated(built_store) >= 5


def test_a_corpus_resolutions_obligations_are_kept_as_evaluated(bilingual_store):
    assert _every_assignee_kept_as_evaluated(bilingual_store) >= 5


def test_pages_across_the_literals_of_consecutive_rows_are_the_evaluated_slices(built_store, monkeypatch):
    import graph.obligations_kept as kept

    monkeypatch.setattr(kept, "ROWS_PER_LITERAL", 3)  # many literals for the seeds' few rows
    store = _kept_copy(built_store)
    query = load_library()["obligations"]
    most = max(_assignees(store), key=lambda a: len(query.run(store, {"assignee": a}).rows))
    evaluated = plain_rows(query.run(store, {"assignee": most, "lang": "en"}).rows)
    assert len(evaluated) > 6
    for start in range(len(evaluated) + 2):
        for size in (1, 2, 3, 4, 7, 50):
            assert kept_page(store, most, "en", start, size) == (len(evaluated), evaluated[start:start + size]), (start, size)


def test_an_assignee_without_obligations_has_nothing_kept(built_store):
    assert kept_page(built_store, "https://w3id.org/mandate-graph/id/entity/nobody", "en", 0, 50) is None


def _kept_triples(store: EmbeddedStore) -> int:
    rows = store.select(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH {OBLIGATIONS_GRAPH} {{ ?s ?p ?o }} }}").rows
    return int(rows[0]["n"].value)


def test_a_refresh_replaces_the_kept_rows(built_store):
    store = EmbeddedStore(None)
    store.bulk_add(built_store.export("nq"))
    first = refresh_obligations(store)
    once = _kept_triples(store)
    refresh_obligations(store)
    assert first.rows > 0 and once >= 2 * first.assignees  # a total and a literal of rows each, at least
    assert _kept_triples(store) == once


@pytest.mark.parametrize("params", [{"per_page": 2}, {"per_page": 2, "page": 2}, {"lang": "fr"}, {"kind": "(its first row's)"}])
def test_the_api_pages_the_kept_rows_as_it_pages_the_evaluated_ones(api, built_store, params):
    most = max(_assignees(built_store), key=lambda a: len(load_library()["obligations"].run(built_store, {"assignee": a}).rows))
    if "kind" in params:  # another filter: evaluated, not read from the kept rows
        params = {"kind": load_library()["obligations"].run(built_store, {"assignee": most}).rows[0]["kind"].value}
    answer = httpx.get(f"{api}/obligations", params={"assignee": most, **params}, timeout=60)
    assert answer.status_code == 200, answer.text
    body = answer.json()
    query_params = {"assignee": most, "lang": params.get("lang", "en"), **({"kind": params["kind"]} if "kind" in params else {})}
    evaluated = plain_rows(load_library()["obligations"].run(built_store, query_params).rows)
    per_page, page = params.get("per_page", 50), params.get("page", 1)
    assert body["total"] == len(evaluated) > (2 if "kind" not in params else 0)
    assert body["obligations"] == evaluated[(page - 1) * per_page:page * per_page]
    assert ('rel="next"' in answer.headers.get("link", "")) == (page * per_page < len(evaluated))
