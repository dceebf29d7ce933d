"""Mandate quads of a real resolution read in English and in French: one set of mandates,
each language adding its label and its evidence."""

from __future__ import annotations

import pytest
import pyoxigraph as ox

from loaders.document import load_document

B = "https://w3id.org/mandate-graph/id/"
Q = ("PREFIX mg: <https://w3id.org/mandate-graph/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
     "PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> PREFIX oa: <http://www.w3.org/ns/oa#> ")


@pytest.fixture(scope="module")
def res_79_325(shared_corpus):
    store = ox.Store()
    for folder in ("English", "French"):
        path = next((shared_corpus / "akn" / "79session" / folder).glob("A_RES_79_325-*.xml"))
        store.extend(load_document(path).quads)
    return store


def _select(store, query: str):
    return list(store.query(Q + query, use_default_graph_as_union=True))


def test_both_languages_give_one_set_of_deliverables(res_79_325):
    """Where both texts ask for the same kinds of thing in a paragraph, they share the
    deliverable nodes; translation differences ("Requires …, also requires …, and further
    requires" against one "Demande que") stay visible as deliverables labelled in one language."""
    rows = _select(res_79_325, f"""SELECT DISTINCT ?p ?kind (LANG(?l) AS ?lang) WHERE {{
        ?d a mg:Deliverable ; mg:mandatedBy ?p ; mg:deliverableKind ?kind ; rdfs:label ?l .
        ?p mg:paragraphOf+ <{B}instrument/A/RES/79/325> }}""")
    kinds = {lang: {(r["p"].value, r["kind"].value) for r in rows if r["lang"].value == lang} for lang in ("en", "fr")}
    shared = kinds["en"] & kinds["fr"]
    assert len(kinds["en"]) >= 15
    assert len(shared) / len(kinds["en"] | kinds["fr"]) >= 0.7, sorted((kinds["en"] ^ kinds["fr"]))


def test_the_scientific_panel_established_in_paragraph_1_is_the_registrys_node(res_79_325):
    rows = _select(res_79_325, f"""SELECT ?kind ?quote WHERE {{
        <{B}entity/scientific-panel-ai> mg:mandatedBy <{B}instrument/A/RES/79/325/para/1> ;
            mg:deliverableKind ?kind .
        ?e rdf:subject <{B}entity/scientific-panel-ai> ; rdf:predicate mg:mandatedBy ; oa:exact ?quote }}""")
    assert {r["kind"].value.rsplit("/", 1)[1] for r in rows} == {"body"}
    assert {r["quote"].value for r in rows} == {"Establishes", "Constitue"}


def test_every_mandate_fact_has_its_evidence_in_the_text(res_79_325):
    missing = _select(res_79_325, """SELECT ?s ?p WHERE {
        ?s a mg:Deliverable ; ?p ?o FILTER (?p IN (mg:assignee, mg:reportTo, mg:dueSession, mg:recurrence,
                                                     mg:condition, mg:deliverableKind, mg:mandatedBy))
        FILTER NOT EXISTS { ?e rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; oa:exact ?q } } LIMIT 5""")
    assert missing == []


def test_a_post_of_a_known_body_is_a_post_node_in_that_body(shared_corpus):
    # A/RES/76/87, operative 14: "the Chair of the Special Committee" / "la Présidente du Comité spécial".
    store = ox.Store()
    for folder in ("English", "French"):
        path = next((shared_corpus / "akn" / "76session" / folder).glob("A_RES_76_87-*.xml"))
        store.extend(load_document(path).quads)
    post = f"{B}entity/chair-of-special-committee-decolonization"
    rows = _select(store, f"""SELECT ?type ?label ?body WHERE {{
        ?d mg:mandatedBy <{B}instrument/A/RES/76/87/para/14> ; mg:assignee <{post}> .
        <{post}> a ?type ; rdfs:label ?label ; <http://www.w3.org/ns/org#postIn> ?body }}""")
    assert {r["type"].value for r in rows} == {"https://w3id.org/mandate-graph/ontology#Post"}
    assert {r["body"].value for r in rows} == {f"{B}entity/special-committee-decolonization"}
    assert {r["label"].language for r in rows} == {"en", "fr"}
    quotes = _select(store, f"""SELECT ?quote WHERE {{
        ?e rdf:subject <{post}> ; rdf:predicate rdf:type ; oa:exact ?quote }}""")
    assert {r["quote"].value for r in quotes} == {"Chair of the Special Committee", "Présidente du Comité spécial"}
