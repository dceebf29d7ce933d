"""Exports and graph answers declare the project's prefixes and read back as the same statements."""

from __future__ import annotations

import re

import json

import pyoxigraph as ox
import pytest
import rdflib

from graph.formats import GRAPH_TYPES, serialize_triples
from graph.sparql_prefixes import KNOWN_PREFIXES

ONTOLOGY_PREFIXES = ("mg", "rdfs", "skos", "dct", "prov", "oa", "org", "schema")


def as_quads(data: bytes, fmt: ox.RdfFormat) -> set[ox.Quad]:
    return set(ox.parse(data, format=fmt))


@pytest.fixture(scope="module")
def quads(built_store) -> set[ox.Quad]:
    found = set(built_store.store.quads_for_pattern(None, None, None, None))
    assert not any(isinstance(term, ox.BlankNode) for q in found for term in q)  # set equality compares them
    return found


@pytest.mark.parametrize("fmt, rdf_format", [("ttl", ox.RdfFormat.TURTLE), ("trig", ox.RdfFormat.TRIG)])
def test_turtle_and_trig_exports_declare_the_prefixes_and_read_back_whole(built_store, quads, fmt, rdf_format):
    data = built_store.export(fmt)
    head = data.decode("utf-8").split("\n", len(KNOWN_PREFIXES))[:len(KNOWN_PREFIXES)]
    for prefix in ONTOLOGY_PREFIXES:
        assert f"@prefix {prefix}: <{KNOWN_PREFIXES[prefix]}> ." in head
    assert b" mg:" in data and data.count(b"<https://w3id.org/mandate-graph/ontology#") == 1  # the @prefix line
    back = as_quads(data, rdf_format)
    expected = quads if fmt == "trig" else {ox.Quad(q.subject, q.predicate, q.object) for q in quads}
    assert back == expected


def test_jsonld_export_has_the_prefixes_as_its_context_and_reads_back_whole(built_store, quads):
    data = built_store.export("jsonld")
    document = json.loads(data)
    assert {p: KNOWN_PREFIXES[p] for p in ONTOLOGY_PREFIXES}.items() <= document["@context"].items()
    assert b'"mg:' in data and len(re.findall(rb'(?<!\\)"https://w3id.org/mandate-graph/ontology#', data)) == 1
    # (in @context only; the precomputed answers' JSON literals hold IRIs as escaped text)
    assert as_quads(data, ox.RdfFormat.JSON_LD) == quads
    # A second JSON-LD processor reads the same as from N-Quads.
    read = {}
    for fmt, text in (("json-ld", data), ("nquads", built_store.export("nq"))):
        dataset = rdflib.Dataset()
        dataset.parse(data=text, format=fmt)
        read[fmt] = set(dataset.quads())
    assert len(read["json-ld"]) == len(quads) and read["json-ld"] == read["nquads"]


@pytest.mark.parametrize("media", list(GRAPH_TYPES))
def test_graph_answers_declare_the_prefixes_they_use_in_every_format(built_store, media):
    triples = list(built_store.store.query(
        "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s a <https://w3id.org/mandate-graph/ontology#GAResolution> ; ?p ?o } }"))
    assert len(triples) > 20
    data = serialize_triples(triples, media)
    rdf_format = GRAPH_TYPES[media]
    back = {ox.Triple(q.subject, q.predicate, q.object) for q in ox.parse(data, format=rdf_format)}
    assert back == set(triples)
    if rdf_format in (ox.RdfFormat.TURTLE, ox.RdfFormat.TRIG):
        assert data.startswith(b"@prefix ") and b"@prefix mg: " in data and b"@prefix frbr:" not in data
    elif rdf_format is ox.RdfFormat.JSON_LD:
        assert json.loads(data)["@context"]["mg"] == KNOWN_PREFIXES["mg"]
