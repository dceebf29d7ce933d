"""The mandate chains the build precomputes (``mg:chains``) are the answers a walk gives."""

from __future__ import annotations

import json

import pytest
from pyoxigraph import NamedNode

from graph.build import add_documents, build
from graph.chains import ANSWER, CHAINS_GRAPH, LANGS, answer_node, chain_starts, precomputed_answer, refresh_chains
from graph.store import EmbeddedStore
from queries.trace import trace_json
from tests.conftest import resolution_79_325

B = "https://w3id.org/mandate-graph/id/"


def _every_answer_is_the_walk(store: EmbeddedStore) -> int:
    starts = chain_starts(store)
    assert starts, "no chain starts: nothing compared"
    for node in starts:
        for lang in LANGS:
            kept = precomputed_answer(store, node, lang)
            assert kept is not None, f"no precomputed answer for {node} in {lang}"
            assert kept == trace_json(store, node, lang=lang), f"{node} ({lang})"
    return len(starts)


def test_the_seeds_precomputed_answers_equal_the_evaluated_chains(built_store):
    assert _every_answer_is_the_walk(built_store) >= 40


def test_a_corpus_resolutions_extracted_deliverables_have_the_evaluated_chains(bilingual_store):
    """The seeds plus A/RES/79/325 (English and French): its operative paragraphs' reports and
    bodies become activities whose chains go through the paragraph to the resolution."""
    deliverables = [n for n in chain_starts(bilingual_store) if "/deliverable/" in n or "/entity/" in n]
    assert len(deliverables) > 20
    _every_answer_is_the_walk(bilingual_store)
    through_79_325 = [n for n in deliverables
                      if any(m["instrument"]["symbol"] == "A/RES/79/325" and m["paragraph"]
                             for m in precomputed_answer(bilingual_store, n, "en")["mandates"])]
    assert through_79_325, "no deliverable of A/RES/79/325 reaches it through a paragraph"


def test_a_node_that_starts_no_chain_has_no_precomputed_answer(built_store):
    assert precomputed_answer(built_store, B + "instrument/A/RES/78/311", "en") is None
    assert precomputed_answer(built_store, "not an IRI", "en") is None


def test_the_answers_hang_off_nodes_of_their_own_not_off_the_activities(built_store):
    start = chain_starts(built_store)[0]
    mentions = built_store.select(
        f"ASK {{ GRAPH {CHAINS_GRAPH} {{ {{ ?a ?p ?o }} UNION {{ ?s ?p ?a }} }} }}", {"a": NamedNode(start)}).boolean
    assert not mentions
    quads = list(built_store.store.quads_for_pattern(answer_node(start), ANSWER, None, CHAINS_GRAPH))
    assert len(quads) == 1
    assert set(json.loads(quads[0].object.value)) == set(LANGS)


def test_adding_a_document_refreshes_the_chains(shared_corpus):
    store = EmbeddedStore(None)
    assert build(store).ok
    before = set(chain_starts(store))
    assert add_documents(store, resolution_79_325(shared_corpus)).ok
    added = set(chain_starts(store)) - before
    assert added, "A/RES/79/325 added no chain start"
    for node in sorted(added)[:20]:
        assert precomputed_answer(store, node, "fr") == trace_json(store, node, lang="fr")


def test_a_refresh_replaces_the_answers_instead_of_adding_to_them(built_store):
    store = EmbeddedStore(None)
    store.bulk_add(built_store.export("nq"))
    refresh_chains(store)
    refresh_chains(store)
    count = store.select(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH {CHAINS_GRAPH} {{ ?s ?p ?o }} }}").rows[0]["n"]
    assert int(count.value) == len(chain_starts(store))


@pytest.mark.parametrize("lang", LANGS)
def test_the_api_serves_the_walked_answer(api, built_store, lang):
    import httpx

    node = B + "entity/global-dialogue-ai-governance"
    answer = httpx.get(f"{api}/mandates", params={"activity": node, "lang": lang}, timeout=60).json()
    assert any(m["instrument"]["symbol"] == "A/RES/79/325" for m in answer["mandates"])
    assert answer == trace_json(built_store, node, lang=lang)
