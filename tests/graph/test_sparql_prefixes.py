"""Known prefixes added to a user's query, on its tokens, and errors in the user's own lines."""

import doctest

import pyoxigraph as ox
import pytest

import graph.sparql_prefixes
from graph.sparql_guard import QueryRefused, guard
from graph.sparql_prefixes import add_known_prefixes, readable_syntax_error
from graph.sparql_tokens import SparqlLexError


def test_the_module_examples_hold():
    assert doctest.testmod(graph.sparql_prefixes).failed == 0


def test_only_the_known_prefixes_used_and_not_declared_are_added():
    text = "PREFIX mg: <http://example.org/mine#>\nSELECT * { ?s mg:x ?o ; rdfs:label ?l ; skos:prefLabel ?p }"
    prepared = add_known_prefixes(text)
    assert prepared.added_lines == 2 and prepared.text.endswith(text)
    added = prepared.text.splitlines()[:2]
    assert added == ["PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>",
                     "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>"]
    assert add_known_prefixes("SELECT * { ?s ?p '<rdfs:x>' . ?s <urn:rdfs:y> ?o } # dct:title").added_lines == 0


def test_an_unknown_prefix_is_refused_at_its_place_in_the_users_text():
    with pytest.raises(SparqlLexError) as caught:
        add_known_prefixes("SELECT ?s\nWHERE { ?s foo:bar ?o }")
    assert str(caught.value) == "unknown prefix `foo:` at line 2, column 12"


def test_a_query_with_added_prefixes_runs_and_its_errors_count_the_users_lines():
    store = ox.Store()
    store.add(ox.Quad(ox.NamedNode("http://e/s"), ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label"),
                      ox.Literal("x")))
    assert len(list(store.query(add_known_prefixes("SELECT ?l { ?s rdfs:label ?l }").text))) == 1
    prepared = add_known_prefixes("SELECT ?l WHERE {\n  ?s rdfs:label ?l .\n  FILTER(?l = ) }")
    with pytest.raises(SyntaxError) as caught:
        store.query(prepared.text)
    assert str(caught.value).startswith("error at 4:")
    message = readable_syntax_error(str(caught.value), added_lines=prepared.added_lines)
    assert message.startswith("syntax error at line 3, column 18: expected one of ") and "[" not in message


def test_the_guard_reads_the_added_prefixes():
    # The worker checks the query it is given, prefixes added: a SERVICE through a known prefix
    # resolves to its full IRI, allowed only if exactly that one is.
    prepared = add_known_prefixes("SELECT * { SERVICE schema:sparql { ?s ?p ?o } }")
    with pytest.raises(QueryRefused):
        guard(prepared.text, allowed=[])
    assert guard(prepared.text, allowed=["https://schema.org/sparql"]).form == "SELECT"
