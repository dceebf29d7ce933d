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
          FILTER NOT EXISTS { ?a mg:surfaceForm ?e FILTER (LANG(?e) = "en") }
          FILTER NOT EXISTS { ?a mg:surfaceForm ?f FILTER (LANG(?f) = "fr") } }"""))
    assert rows == []
