"""The guard decides federation, updates, form and dataset on the query's tokens."""

import time

import pyoxigraph as ox
import pytest

from graph.sparql_guard import MAX_NESTING, QueryRefused, SparqlLexError, guard, inspect_query, refusal
from tests.api.canary import canary  # noqa: F401  (a fixture)

CANARY = "http://127.0.0.1:9/sparql"
BYPASSES = {
    "no space": f"SELECT * {{ SERVICE<{CANARY}> {{ ?s ?p ?o }} }}",
    "silent": f"SELECT * {{ SERVICE SILENT<{CANARY}> {{ ?s ?p ?o }} }}",
    "hash in an earlier iri": f"SELECT * {{ ?s ?p <http://x/#> . SERVICE <{CANARY}> {{ ?s ?p ?o }} }}",
    "quotes in two iris": f"SELECT * {{ ?s ?p <http://x/'> . SERVICE <{CANARY}> {{ ?s ?p <http://y/'> }} }}",
    "lower case": f"select * {{ service <{CANARY}> {{ ?s ?p ?o }} }}",
    "prefixed name": "PREFIX e: <http://127.0.0.1:9/> SELECT * { SERVICE e:sparql { ?s ?p ?o } }",
    "relative to base": "BASE <http://127.0.0.1:9/> SELECT * { SERVICE <sparql> { ?s ?p ?o } }",
    "escaped iri": "SELECT * { SERVICE <http://127.0.0.1:\\u0039/sparql> { ?s ?p ?o } }",
}


@pytest.mark.parametrize("name", BYPASSES)
def test_every_known_bypass_is_refused_and_allowed_only_by_its_exact_endpoint(name):
    query = BYPASSES[name]
    assert "is not allowed" in refusal(query, [])
    assert refusal(query, [CANARY]) is None
    assert "is not allowed" in refusal(query, [CANARY + "/"])


def test_a_variable_endpoint_is_always_refused():
    assert "SERVICE ?e" in refusal("SELECT * { SERVICE ?e { ?s ?p ?o } }", [CANARY])


def test_service_inside_strings_and_comments_is_not_a_call():
    assert refusal('SELECT * { ?s ?p "SERVICE <http://x/>" } # SERVICE <http://y/>', []) is None


def test_updates_are_refused():
    assert "read-only" in refusal("PREFIX e: <http://e/> INSERT DATA { e:a e:b e:c }", [])


def test_the_form_and_dataset_come_from_tokens():
    shape = inspect_query("PREFIX select: <http://e/> # SELECT\nCONSTRUCT FROM <http://g> WHERE { ?s ?p select:x }")
    assert shape.form == "CONSTRUCT" and shape.is_graph_query and shape.has_dataset
    assert not inspect_query('SELECT * { ?s ?p "FROM <x>" }').has_dataset


def test_nesting_past_the_limit_is_refused_with_its_position():
    deep = "SELECT * WHERE " + "{" * (MAX_NESTING + 1) + " ?s ?p ?o " + "}" * (MAX_NESTING + 1)
    with pytest.raises(SparqlLexError) as error:
        guard(deep, [])
    assert error.value.line == 1 and error.value.column == 16 + MAX_NESTING
    nots = "SELECT * WHERE { FILTER(" + "!" * (MAX_NESTING + 1) + "true) }"
    with pytest.raises(SparqlLexError, match="nests deeper"):
        guard(nots, [])
    shallow = "SELECT * WHERE " + "{" * MAX_NESTING + " ?s ?p ?o " + "}" * MAX_NESTING
    assert guard(shallow, []).form == "SELECT"


def test_a_long_text_of_service_is_refused_at_once():
    with pytest.raises(QueryRefused, match="line 1, column 1"):
        guard("SERVICE <" * 60_000, [])


def glued(url: str) -> dict[str, str]:
    """SERVICE written against another name: the engine still reads the keyword and calls."""
    return {
        "after a boolean object": f"SELECT * {{ ?s ?p trueSERVICE <{url}> {{ ?s ?p ?o }} }}",
        "glued to silent": f"SELECT * {{ SERVICESILENT<{url}> {{ ?s ?p ?o }} }}",
        "glued to an empty prefix": f"PREFIX : <{url}> SELECT * {{ SERVICE:x {{ ?s ?p ?o }} }}",
    }


@pytest.mark.parametrize("name", ["after a boolean object", "glued to silent", "glued to an empty prefix"])
def test_service_glued_to_a_name_calls_the_engine_out_and_is_refused(canary, name):  # noqa: F811
    query = glued(canary.url)[name]
    engine = ox.Store()
    engine.add(ox.Quad(ox.NamedNode("http://e/s"), ox.NamedNode("http://e/p"), ox.Literal(True)))
    try:
        engine.query(query)
    except OSError:
        pass  # the canary hangs up without an answer
    deadline = time.monotonic() + 2
    while not canary.connections and time.monotonic() < deadline:
        time.sleep(0.02)
    assert canary.connections, "the engine no longer calls out on this form: the case proves nothing"
    assert "is not allowed" in refusal(query, [])
    assert "is not allowed" in refusal(query, [canary.url])


def test_a_target_whose_prefix_starts_with_silent_is_refused_even_if_its_endpoint_is_allowed(canary):  # noqa: F811
    """The engine reads ``SERVICE silent:sparql`` as the keyword SILENT, then ``:sparql``: it
    calls the empty prefix's endpoint, not the ``silent:`` one the allow-list names."""
    allowed, other = canary.url.replace("/sparql", "/allowed/"), canary.url.replace("/sparql", "/other/")
    query = f"PREFIX silent: <{allowed}> PREFIX : <{other}> SELECT * {{ ?s ?p ?o SERVICE silent:sparql {{ ?a ?b ?c }} }}"
    engine = ox.Store()
    engine.add(ox.Quad(ox.NamedNode("http://e/s"), ox.NamedNode("http://e/p"), ox.Literal(True)))
    try:
        list(engine.query(query))
    except OSError:
        pass  # the canary hangs up without an answer
    assert [c.split(b"\r\n")[0] for c in canary.connections] == [b"POST /other/sparql HTTP/1.1"], \
        "the engine no longer reads SILENT inside the prefix: the case proves nothing"
    assert "is not allowed" in (refusal(query, [allowed + "sparql"]) or "accepted")
    renamed = f"PREFIX SiLeNtx: <{allowed}> PREFIX x: <{other}> SELECT * {{ SERVICE SiLeNtx:sparql {{ ?a ?b ?c }} }}"
    assert "is not allowed" in (refusal(renamed, [allowed + "sparql"]) or "accepted")


def test_names_that_merely_contain_service_elsewhere_still_run():
    allowed = "http://e/silent/sparql"
    assert refusal("PREFIX silent: <http://e/silent/> SELECT * { SERVICE SILENT silent:sparql {} }", [allowed]) is None
    assert refusal("PREFIX e: <http://e/> SELECT ?service { ?service e:Service e:aService }", []) is None
