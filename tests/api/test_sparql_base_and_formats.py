"""``/sparql`` over HTTP: relative IRIs resolve against the endpoint's address, graph answers
declare the project's prefixes, and error positions stay in the user's own lines."""

from __future__ import annotations

import json

import httpx
import pyoxigraph as ox
import pytest

#: Generous: the machine running the tests may be shared.
TIMEOUT = 60


def get(url: str, **options) -> httpx.Response:
    return httpx.get(url, timeout=TIMEOUT, **options)


def post(url: str, **options) -> httpx.Response:
    return httpx.post(url, timeout=TIMEOUT, **options)

MG = "https://w3id.org/mandate-graph/ontology#"
#: One of the W3C SPARQL 1.1 Protocol tests (a query with relative IRIs and no BASE).
RELATIVE = "CONSTRUCT { <s> <p> 1 } WHERE {}"


def triples(response: httpx.Response, fmt: ox.RdfFormat = ox.RdfFormat.TURTLE) -> set[tuple[str, str, str]]:
    return {(t.subject.value, t.predicate.value, t.object.value) for t in ox.parse(response.content, format=fmt)}


@pytest.mark.parametrize("how", ["get", "form", "direct"])
def test_relative_iris_resolve_against_the_endpoints_address(api, how):
    headers = {"Accept": "text/turtle"}
    if how == "get":
        response = get(api + "/sparql", params={"query": RELATIVE}, headers=headers)
    elif how == "form":
        response = post(api + "/sparql", data={"query": RELATIVE}, headers=headers)
    else:
        response = post(api + "/sparql", content=RELATIVE,
                              headers={**headers, "Content-Type": "application/sparql-query"})
    assert response.status_code == 200, response.text
    assert triples(response) == {(api + "/s", api + "/p", "1")}


def test_the_querys_own_base_resolves_against_the_endpoints_address(api):
    absolute = get(api + "/sparql", params={"query": "BASE <http://example.org/x/> " + RELATIVE},
                         headers={"Accept": "text/turtle"})
    assert triples(absolute) == {("http://example.org/x/s", "http://example.org/x/p", "1")}
    relative = get(api + "/sparql", params={"query": "BASE <data/> " + RELATIVE}, headers={"Accept": "text/turtle"})
    assert triples(relative) == {(api + "/data/s", api + "/data/p", "1")}


def test_the_answer_names_the_address_it_was_asked_at(api):
    # Kept answers are kept per address: the same query asked under another name of the host.
    other = api.replace("127.0.0.1", "localhost")
    for base in (api, other, api):
        response = get(base + "/sparql", params={"query": RELATIVE}, headers={"Accept": "text/turtle"})
        assert triples(response) == {(base + "/s", base + "/p", "1")}


def test_a_relative_service_is_resolved_then_refused_at_the_users_position(api):
    query = "SELECT * WHERE {\n  ?s rdfs:label ?o .\n  SERVICE <elsewhere> { ?s ?p ?o } }"
    response = post(api + "/sparql", content=query, headers={"Content-Type": "application/sparql-query"})
    assert response.status_code == 400
    assert response.json()["error"] == "SERVICE <elsewhere> is not allowed on this endpoint (line 3, column 3)"


def test_syntax_errors_keep_the_users_positions_with_relative_iris(api):
    query = "CONSTRUCT { <s> <p> 1 }\nWHERE { <s> rdfs:label ?l FILTER(?l = ) }"
    response = post(api + "/sparql", content=query, headers={"Content-Type": "application/sparql-query"})
    assert response.status_code == 400
    assert response.json()["error"].startswith("syntax error at line 2, column 42")


GRAPH_QUERY = ("CONSTRUCT { ?r a mg:GAResolution ; mg:symbol ?symbol ; rdfs:label ?symbol } "
               "WHERE { ?r a mg:GAResolution ; mg:symbol ?symbol }")


@pytest.mark.parametrize("media, fmt", [("text/turtle", ox.RdfFormat.TURTLE), ("application/trig", ox.RdfFormat.TRIG)])
def test_turtle_and_trig_answers_carry_prefix_lines(api, media, fmt):
    response = get(api + "/sparql", params={"query": GRAPH_QUERY}, headers={"Accept": media})
    assert response.status_code == 200 and response.headers["content-type"].startswith(media), response.text
    body = response.text
    assert f"@prefix mg: <{MG}> ." in body and "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> ." in body
    assert "mg:symbol" in body and body.count(MG) == 1
    assert len(triples(response, fmt)) > 10


def test_jsonld_answers_have_the_prefixes_as_their_context(api):
    response = get(api + "/sparql", params={"query": GRAPH_QUERY}, headers={"Accept": "application/ld+json"})
    assert response.status_code == 200, response.text
    document = json.loads(response.content)
    assert document["@context"]["mg"] == MG and document["@context"]["rdfs"] == "http://www.w3.org/2000/01/rdf-schema#"
    assert "mg:symbol" in document["@graph"][0]
    turtle = get(api + "/sparql", params={"query": GRAPH_QUERY}, headers={"Accept": "text/turtle"})
    assert triples(response, ox.RdfFormat.JSON_LD) == triples(turtle)


def test_a_dereferenced_entity_in_turtle_or_jsonld_uses_the_prefixes_too(api):
    turtle = get(api + "/id/entity/itu", headers={"Accept": "text/turtle"})
    assert turtle.status_code == 200 and "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> ." in turtle.text
    assert "rdfs:label" in turtle.text
    jsonld = get(api + "/id/entity/itu", headers={"Accept": "application/ld+json"})
    assert jsonld.json()["@context"]["rdfs"] == "http://www.w3.org/2000/01/rdf-schema#"
    assert triples(jsonld, ox.RdfFormat.JSON_LD) == triples(turtle)
