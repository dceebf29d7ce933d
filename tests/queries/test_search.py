"""A weak match is not a match: the same rule for search, the tracer, the API and the CLI."""

import gc
from pathlib import Path

import pyoxigraph as ox
import pytest

from graph.build import add_documents, build
from graph.store import EmbeddedStore
from queries import search
from queries.search import MATCH_SCORE, label_index
from queries.trace import Ambiguous, NotFound, find_entity

B = "https://w3id.org/mandate-graph/id/entity/"


@pytest.mark.parametrize("text", ["Unicorn Programme", "Quantum Summit"])
def test_a_few_words_in_common_are_a_suggestion_not_an_answer(built_store, text):
    hits = label_index(built_store).search(text)
    assert hits and not any(h.match for h in hits)
    with pytest.raises(NotFound) as caught:
        find_entity(built_store, text)
    assert caught.value.candidates and "did you mean" in str(caught.value)


def test_quantum_summit_suggests_the_summits(built_store):
    with pytest.raises(NotFound) as caught:
        find_entity(built_store, "Quantum Summit")
    assert B + "ai-action-summit" in {c.iri for c in caught.value.candidates}


def test_every_word_of_the_text_in_several_labels_is_still_ambiguous(built_store):
    with pytest.raises(Ambiguous):
        find_entity(built_store, "AI Summit")
    assert all(h.score >= MATCH_SCORE for h in label_index(built_store).search("AI Summit")[:2])


def test_exact_names_and_aliases_still_win(built_store):
    assert find_entity(built_store, "Global Dialogue on AI Governance") == B + "global-dialogue-ai-governance"
    assert find_entity(built_store, "GTI-IA") == B + "iawg-ai"


def test_an_acronym_of_a_multi_word_name_finds_it(shared_corpus):
    store = EmbeddedStore(None)
    build(store)
    # A/RES/77/154 invites the Inter-Agency Task Force on Financing for Development.
    report = add_documents(store, [next(Path(shared_corpus, "akn", "77session", "English").glob("A_RES_77_154-*.xml"))])
    assert report.ok, report.failed
    iatf = B + "named/Inter-Agency-Task-Force-on-Financing-for-Development"
    assert find_entity(store, "IATF") == iatf
    assert find_entity(store, "iatf") == iatf


def test_the_label_index_goes_with_its_store(tmp_path):
    # A query worker opens each new generation as a new store: the old one's index must not stay.
    label = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
    stores = []
    for n in range(3):
        store = EmbeddedStore(tmp_path / f"g{n}")
        store.store.add(ox.Quad(ox.NamedNode(f"https://example.org/e{n}"), label, ox.Literal(f"Entity {n}", language="en")))
        search.label_index(store)
        stores.append(store)
    kept = len(search._cache)
    stores[0].close()
    del stores[0], store
    gc.collect()
    assert len(search._cache) == kept - 1
