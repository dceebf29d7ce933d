"""Hostile query texts against a real /sparql: never a 5xx but 503, never a call out, /health up.

Texts are built from the tokens of the W3C SPARQL test queries (../shared/w3c-sparql, or a few
built-in seeds without it), spliced and mutated: spaces removed, ``#`` and quotes inserted,
``SERVICE`` to a local canary listener, deep braces.
"""

from __future__ import annotations

import time
from pathlib import Path

import httpx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from graph.sparql_tokens import SparqlLexError, tokenize
from tests.api.canary import Canary

W3C = Path(__file__).resolve().parents[2].parent / "shared" / "w3c-sparql"
BUILT_IN = [
    "SELECT * WHERE { ?s ?p ?o } LIMIT 5",
    "PREFIX e: <http://example.org/> ASK { e:a e:b 'x#y' }",
    "CONSTRUCT { ?s ?p ?o } FROM <http://g> WHERE { GRAPH ?g { ?s ?p ?o } }",
    'SELECT ?x { ?x ?p """a \' b""" FILTER(?x < <http://e/#>) }',
]
CANARY = Canary()  # one listener for the module: hypothesis runs many examples per test


def seed_tokens() -> list[list[str]]:
    texts = [p.read_text(encoding="utf-8") for p in sorted(W3C.glob("*/*.rq"))] or BUILT_IN
    seeds = []
    for text in texts:
        try:
            seeds.append([token.text for token in tokenize(text)])
        except SparqlLexError:
            continue
    return seeds


SEEDS = seed_tokens()
HOSTILE = ["SERVICE", "SILENT", f"<{CANARY.url}>", "#", "'", '"', "'''", '"""', "<", ">", "{", "}",
           "(", ")", "\\", "?e", "e:sparql", f"PREFIX e: <http://127.0.0.1:{CANARY.port}/>",
           f"BASE <http://127.0.0.1:{CANARY.port}/>", "<sparql>", "FROM", "\n", "\\u0053"]


@st.composite
def hostile_queries(draw) -> str:
    first, second = draw(st.sampled_from(SEEDS)), draw(st.sampled_from(SEEDS))
    cut_first = draw(st.integers(0, len(first)))
    cut_second = draw(st.integers(0, len(second)))
    tokens = first[:cut_first] + second[cut_second:]
    for _ in range(draw(st.integers(0, 6))):
        at = draw(st.integers(0, len(tokens)))
        tokens.insert(at, draw(st.sampled_from(HOSTILE)))
    if draw(st.booleans()):
        at = draw(st.integers(0, len(tokens)))
        tokens[at:at] = [f"SERVICE <{CANARY.url}> {{"] + tokens[at:at + 3] + ["}"]
    if draw(st.integers(0, 9)) == 0:
        depth = draw(st.integers(100, 3000))
        tokens = ["SELECT * WHERE"] + ["{"] * depth + tokens[-5:] + ["}"] * depth
    separator = draw(st.sampled_from([" ", "", "\n", "#\n"]))
    return separator.join(tokens)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(query=hostile_queries())
def test_hostile_queries_never_break_the_server_nor_call_out(api, query):
    response = httpx.post(api + "/sparql", content=query.encode("utf-8"), timeout=30,
                          headers={"Content-Type": "application/sparql-query"})
    assert response.status_code < 500 or response.status_code == 503, (query, response.text)
    started = time.monotonic()
    assert httpx.get(api + "/health", timeout=5).status_code == 200
    assert time.monotonic() - started < 1
    assert CANARY.connections == [], query
