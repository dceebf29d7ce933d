"""Modelling conventions as queries that must return nothing."""

import pyoxigraph as ox
import pytest

from ontology import ONTOLOGY_FILES


@pytest.fixture(scope="module")
def ontology():
    store = ox.Store()
    for path in ONTOLOGY_FILES:
        store.load(path=str(path), format=ox.RdfFormat.TURTLE)
    return store


PREFIXES = """PREFIX owl: <http://www.w3.org/2002/07/owl#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#> PREFIX mg: <https://w3id.org/mandate-graph/ontology#>"""


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_every_class_and_property_has_a_label_in_each_language(ontology, lang):
    rows = list(ontology.query(PREFIXES + """
        SELECT ?t WHERE { VALUES ?k { owl:Class owl:ObjectProperty owl:DatatypeProperty mg:Action }
        ?t a ?k FILTER NOT EXISTS { ?t rdfs:label ?l FILTER (LANG(?l) = "%s") } }""" % lang))
    assert rows == []


def test_every_class_and_property_has_a_definition(ontology):
    rows = list(ontology.query(PREFIXES + """
        SELECT ?t WHERE { VALUES ?k { owl:Class owl:ObjectProperty owl:DatatypeProperty }
        ?t a ?k FILTER NOT EXISTS { ?t skos:definition ?d } }"""))
    assert rows == []


def test_one_ontology_with_a_version_iri(ontology):
    rows = list(ontology.query(PREFIXES + "SELECT ?o ?v WHERE { ?o a owl:Ontology ; owl:versionIRI ?v }"))
    assert len(rows) == 1


def test_every_action_has_english_and_french_surface_forms(ontology):
    rows = list(ontology.query(PREFIXES + """
        SELECT ?a WHERE { ?a a mg:Action .
          FILTER (?a != <https://w3id.org/mandate-graph/action/other>)  # verbs without a concept of their own
          FILTER NOT EXISTS { ?a mg:surfaceForm ?e FILTER (LANG(?e) = "en") }
          FILTER NOT EXISTS { ?a mg:surfaceForm ?f FILTER (LANG(?f) = "fr") } }"""))
    assert rows == []


def test_every_action_has_a_strength_from_0_to_4(ontology):
    rows = list(ontology.query(PREFIXES + """
        SELECT ?a WHERE { ?a a mg:Action .
          FILTER NOT EXISTS { ?a mg:strength ?s FILTER (?s >= 0 && ?s <= 4) } }"""))
    assert rows == []
    strengths = {str(r["a"]).rsplit("/", 1)[1].rstrip(">"): int(r["s"].value) for r in ontology.query(
        PREFIXES + "SELECT ?a ?s WHERE { ?a a mg:Action ; mg:strength ?s }")}
    assert (strengths["decides"], strengths["requests"], strengths["urges"], strengths["invites"],
            strengths["welcomes"]) == (4, 3, 2, 1, 0)


def test_deliverable_kinds_scheme_has_exactly_the_nine_notations(ontology):
    rows = {r["n"].value for r in ontology.query(PREFIXES + """
        SELECT ?n WHERE { ?k skos:inScheme mg:DeliverableKinds ; skos:notation ?n ;
                          skos:prefLabel ?en, ?fr ; skos:definition ?d
                          FILTER (LANG(?en) = "en" && LANG(?fr) = "fr") }""")}
    assert rows == {"report", "meeting", "body", "process", "programme", "study", "observance", "agenda-item", "other"}
