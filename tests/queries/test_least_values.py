"""Where a group has several values for a column, the library gives the least (README, "Query
library"), not any one: the same on every engine and in every state of a store."""

from __future__ import annotations

import pytest
from pyoxigraph import Literal

from graph.store import EmbeddedStore
from queries.library import load_library

NODE = "https://w3id.org/mandate-graph/id/entity/test-node"
R79_325 = "https://w3id.org/mandate-graph/id/instrument/A/RES/79/325"


def _store(labels: str) -> EmbeddedStore:
    store = EmbeddedStore(None)
    if labels:
        store.update("PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
                     f"INSERT DATA {{ GRAPH <https://w3id.org/mandate-graph/id/document/test> {{ <{NODE}> rdfs:label {labels} }} }}")
    return store


def _label(store: EmbeddedStore, lang: str) -> object:
    rows = load_library()["node-info"].run(store, {"node": NODE, "lang": lang}).rows
    assert len(rows) == 1
    return rows[0].get("label")


@pytest.mark.parametrize("order", [0, 1])
def test_of_two_labels_in_the_asked_language_the_least_by_text_keeps_its_tag(order):
    labels = ['"Zeta panel"@en', '"Alpha panel"@en', '"Groupe bêta"@fr']
    store = _store(", ".join(labels if order == 0 else reversed(labels)))
    assert _label(store, "en") == Literal("Alpha panel", language="en")
    assert _label(store, "fr") == Literal("Groupe bêta", language="fr")
    assert _label(store, "es") == Literal("Groupe bêta", language="fr")  # node-info falls back to French


def test_a_plain_label_stays_plain_and_no_label_stays_absent():
    assert _label(_store('"Plain name"'), "en") == Literal("Plain name")
    assert _label(_store(""), "en") is None


def test_obligations_quote_the_clause_in_the_asked_language(bilingual_store):
    # A/RES/79/325 is loaded in English and French: each clause's action has a quote in each.
    for lang, verb in (("en", "Decides"), ("fr", "Décide")):
        rows = load_library()["obligations"].run(bilingual_store, {"instrument": R79_325, "lang": lang}).rows
        quotes = {row["quote"] for row in rows if row["number"].value == "5"}
        assert quotes == {Literal(verb, language=lang)}, quotes


def _many_graphs_store(graphs: int, statements: str) -> EmbeddedStore:
    store = EmbeddedStore(None)
    inserts = " ".join(f"GRAPH <https://w3id.org/mandate-graph/id/document/test-{i}> {{ {statements} }}"
                       for i in range(graphs))
    store.update("PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> PREFIX dct: <http://purl.org/dc/terms/> "
                 "PREFIX mg: <https://w3id.org/mandate-graph/ontology#> INSERT DATA { " + inserts + " }")
    return store


def test_labels_stated_in_many_documents_rank_as_when_stated_once():
    # A post (Chair of ECOSOC) is labelled in every document graph that names it: 35 on the corpus.
    labels = (f'<{NODE}> rdfs:label "Président (Conseil économique et social)"@fr, '
              '"Chair of the Economic and Social Council"@en, "Vorsitz"@de .')
    once, many = _many_graphs_store(1, labels), _many_graphs_store(40, labels)
    for lang, expected in (("en", Literal("Chair of the Economic and Social Council", language="en")),
                           ("fr", Literal("Président (Conseil économique et social)", language="fr")),
                           ("es", Literal("Président (Conseil économique et social)", language="fr"))):
        assert _label(once, lang) == _label(many, lang) == expected


def test_a_title_ranks_after_the_french_label_and_before_a_label_in_another_language():
    title = (f'GRAPH mg:index {{ <{NODE}> dct:title "Title in English"@en ; mg:indexedType mg:Instrument }} ')
    store = EmbeddedStore(None)
    store.update("PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> PREFIX dct: <http://purl.org/dc/terms/> "
                 "PREFIX mg: <https://w3id.org/mandate-graph/ontology#> INSERT DATA { " + title +
                 f'GRAPH <https://w3id.org/mandate-graph/id/document/test> {{ <{NODE}> rdfs:label "Titel"@de }} }}')
    assert _label(store, "en") == Literal("Title in English", language="en")  # no label in English or French
    store.update("PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> INSERT DATA { GRAPH "
                 f'<https://w3id.org/mandate-graph/id/document/test> {{ <{NODE}> rdfs:label "Nom"@fr }} }}')
    assert _label(store, "en") == Literal("Nom", language="fr")
    rows = load_library()["node-info"].run(store, {"node": NODE, "lang": "en"}).rows
    assert rows[0]["title"] == Literal("Title in English", language="en")


def test_an_instrument_without_a_title_is_titled_by_its_best_label():
    store = _many_graphs_store(3, f'<{NODE}> rdfs:label "Pacte pour l’avenir"@fr, "Zukunftspakt"@de .')
    store.update("PREFIX mg: <https://w3id.org/mandate-graph/ontology#> INSERT DATA { GRAPH mg:index "
                 f"{{ <{NODE}> mg:indexedType mg:Instrument }} }}")
    rows = load_library()["node-info"].run(store, {"node": NODE, "lang": "en"}).rows
    assert rows[0]["title"] == Literal("Pacte pour l’avenir", language="fr")
    assert rows[0]["label"] == Literal("Pacte pour l’avenir", language="fr")
