"""``obligations`` reads a clause's quote from the index graph (``mg:actionQuote``, the clause as
subject) instead of from the action evidence, which points at the clause: the same rows, every
column, as the evidence read in the query (the form before, kept here as the reference).

On the whole corpus the evidence form was evaluated over every evidence record of the store for
each query (1.5-4.5 s whatever the filter; benchmarks/README.md, "Library queries on the real
corpus")."""

from __future__ import annotations

from dataclasses import replace

import pytest

from queries.library import load_library, prefix_block

B = "https://w3id.org/mandate-graph/id/"
OBLIGATIONS = load_library()["obligations"]
INDEXED = "OPTIONAL { GRAPH mg:index { ?clause mg:actionQuote ?quote0 } }"
FROM_EVIDENCE = "OPTIONAL { ?evidence rdf:subject ?clause ; rdf:predicate mg:action ; oa:exact ?quote0 }"


def _comparable(rows) -> list[dict]:
    return [{k: (v.value, getattr(v, "language", None)) for k, v in row.items()} for row in rows]


def _reference():
    assert INDEXED in OBLIGATIONS.body
    return replace(OBLIGATIONS, body=OBLIGATIONS.body.replace(INDEXED, FROM_EVIDENCE))


def _values(store, sparql: str) -> list[str]:
    return sorted(row["v"].value for row in store.select(prefix_block() + sparql).rows)


def test_every_clause_with_an_action_quote_has_it_in_the_index(bilingual_store):
    quoted = _values(bilingual_store, """SELECT DISTINCT (CONCAT(STR(?clause), " ", STR(?quote), "@", LANG(?quote)) AS ?v)
        WHERE { ?evidence rdf:predicate mg:action ; rdf:subject ?clause ; oa:exact ?quote }""")
    indexed = _values(bilingual_store, """SELECT DISTINCT (CONCAT(STR(?clause), " ", STR(?quote), "@", LANG(?quote)) AS ?v)
        WHERE { GRAPH mg:index { ?clause mg:actionQuote ?quote } }""")
    assert quoted and indexed == quoted


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_obligations_give_the_evidence_forms_rows_for_every_filter(bilingual_store, lang):
    reference = _reference()
    instruments = _values(bilingual_store, """SELECT DISTINCT (?instrument AS ?v) WHERE {
        ?deliverable mg:mandatedBy ?paragraph . ?paragraph mg:paragraphOf+ ?instrument }""")
    assignees = _values(bilingual_store, "SELECT DISTINCT (?assignee AS ?v) WHERE { ?deliverable mg:assignee ?assignee }")
    sessions = _values(bilingual_store, "SELECT DISTINCT (STR(?session) AS ?v) WHERE { ?deliverable mg:dueSession ?session }")
    assert instruments and assignees and sessions
    given = ([{"instrument": i} for i in instruments] + [{"assignee": a} for a in assignees]
             + [{"session": s} for s in sessions] + [{"assignee": B + "entity/secretary-general", "kind": "report"}])
    quoted = 0
    for params in given:
        params = params | {"lang": lang}
        rows = _comparable(OBLIGATIONS.run(bilingual_store, params).rows)
        assert rows == _comparable(reference.run(bilingual_store, params).rows), params
        quoted += sum(1 for row in rows if "quote" in row)
    assert quoted > 0
