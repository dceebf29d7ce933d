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
