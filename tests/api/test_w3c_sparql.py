"""The W3C SPARQL 1.1 syntax and SERVICE tests (from ../shared/w3c-sparql) against the guard and /sparql.

Every ``SERVICE`` there is recognised (refused by default, allowed only for its exact endpoint);
no positive syntax test is refused by the guard; every negative one is a 400 with a position.
Positive tests with ``SERVICE`` are checked on the guard only: allowed, the engine would call them.
"""

from __future__ import annotations

import re
from pathlib import Path

import httpx
import pyoxigraph as ox
import pytest

from graph.sparql_guard import QueryRefused, guard, inspect_query
from graph.sparql_tokens import iri_value, tokenize

W3C = Path(__file__).resolve().parents[2].parent / "shared" / "w3c-sparql"
MF = "http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#"
SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:")
POSITION = re.compile(r"\d+:\d+|line \d+, column \d+")


def manifest_tests(kind: str) -> list[Path]:
    files = []
    for manifest in sorted(W3C.glob("*/manifest.ttl")):
        store = ox.Store()
        store.load(path=str(manifest), format=ox.RdfFormat.TURTLE, base_iri=manifest.as_uri())
        for row in store.query(f"SELECT ?file {{ ?t a <{MF}{kind}> ; <{MF}action> ?file }}"):
            files.append(Path(row["file"].value.removeprefix("file://")))
    return sorted(files)


def service_queries() -> list[Path]:
    return sorted(p for p in W3C.glob("*/*.rq") if "SERVICE" in p.read_text(encoding="utf-8").upper())


if not W3C.is_dir():
    pytest.skip(f"the W3C SPARQL tests are not at {W3C} (they come with the project's shared folder)",
                allow_module_level=True)

POSITIVE, NEGATIVE, FEDERATED = manifest_tests("PositiveSyntaxTest11"), manifest_tests("NegativeSyntaxTest11"), service_queries()


def test_the_suite_is_there():
    assert len(POSITIVE) > 50 and len(NEGATIVE) > 20 and len(FEDERATED) >= 9


@pytest.mark.parametrize("path", FEDERATED, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_service_is_refused_unless_its_endpoint_is_allowed(path):
    query = path.read_text(encoding="utf-8")
    endpoints = [service.endpoint for service in inspect_query(query).services]
    assert endpoints
    with pytest.raises(QueryRefused, match="SERVICE"):
        guard(query, [])
    fixed = [endpoint for endpoint in endpoints if endpoint is not None]
    with pytest.raises(QueryRefused, match="SERVICE"):
        guard(query, fixed[:-1] + ["http://elsewhere.example/sparql"])
    if None in endpoints:  # SERVICE ?variable: refused whatever is allowed
        with pytest.raises(QueryRefused, match=r"SERVICE \?"):
            guard(query, fixed)
    else:
        assert guard(query, endpoints).services


@pytest.mark.parametrize("path", POSITIVE, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_no_positive_syntax_test_is_refused_by_the_guard(path):
    query = path.read_text(encoding="utf-8")
    endpoints = [service.endpoint for service in inspect_query(query).services]
    assert guard(query, endpoints).form in ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE")


def test_positive_syntax_tests_without_service_are_answered(api):
    answered = relative = 0
    for path in POSITIVE:
        query = path.read_text(encoding="utf-8")
        if inspect_query(query).services:
            continue
        response = httpx.post(api + "/sparql", content=query.encode(), timeout=30,
                              headers={"Content-Type": "application/sparql-query"})
        # Parsed but not evaluable (an unknown function) is a 400 that says so; relative IRIs
        # resolve against the endpoint's address. No other 400, and never a 500.
        if response.status_code == 400:
            assert response.json()["error"].startswith("the query could not be evaluated"), (path.name, response.text)
        else:
            assert response.status_code in (200, 503), (path.name, response.text)
            answered += 1
            relative += any(t.kind == "iri" and not SCHEME.match(iri_value(t)) for t in tokenize(query))
    assert answered > 50 and relative >= 2  # queries with relative IRIs among them


def test_every_negative_syntax_test_is_a_400_with_a_position(api):
    for path in NEGATIVE:
        response = httpx.post(api + "/sparql", content=path.read_bytes(), timeout=30,
                              headers={"Content-Type": "application/sparql-query"})
        assert response.status_code == 400, (path.name, response.text)
        assert POSITION.search(response.json()["error"]), (path.name, response.text)
