"""A node's first relations read in two steps (unordered, sorted in Python, then named) are the
``first-relations`` query's rows: every column, the labels it picks, and its order, for every entity
the seeds and A/RES/79/325 name, their instruments and paragraphs, in English and French."""

from __future__ import annotations

import pytest

from queries.first_relations import LIMIT, first_relations
from queries.library import load_library, prefix_block

FIRST_RELATIONS = load_library()["first-relations"]


def _comparable(rows) -> list[tuple]:
    return [tuple(sorted((k, v.value, getattr(v, "language", None), type(v).__name__) for k, v in row.items()))
            for row in rows]


def _nodes(store) -> list[str]:
    rows = store.select(prefix_block() + """SELECT DISTINCT ?node WHERE {
        { ?d mg:assignee ?node } UNION { ?p mg:mentions ?node } UNION { GRAPH mg:index { ?node mg:symbol ?s } }
        UNION { ?node mg:paragraphOf ?up
                FILTER (STRSTARTS(STR(?node), "https://w3id.org/mandate-graph/id/instrument/A/RES/79/325/")) }
    }""").rows
    return sorted(row["node"].value for row in rows)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_every_node_gives_the_querys_rows_in_its_order(bilingual_store, lang):
    nodes = _nodes(bilingual_store)
    assert len(nodes) > 100
    most = 0
    for node in nodes:
        evaluated = FIRST_RELATIONS.run(bilingual_store, {"node": node, "lang": lang}).rows
        assert _comparable(first_relations(bilingual_store, node, lang)) == _comparable(evaluated), node
        most = max(most, len(evaluated))
    assert most > 50


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_first_rows_are_the_querys_first_rows(bilingual_store, lang):
    """Cut short (the Secretary-General's and an instrument's first 7), the rows are still the
    query's first ones: the sort in Python is the query's ``ORDER BY``, in and out relations."""
    for node in ("https://w3id.org/mandate-graph/id/entity/secretary-general",
                 "https://w3id.org/mandate-graph/id/instrument/A/RES/79/325"):
        evaluated = FIRST_RELATIONS.run(bilingual_store, {"node": node, "lang": lang}).rows
        assert len(evaluated) > 7
        assert _comparable(first_relations(bilingual_store, node, lang, limit=7)) == _comparable(evaluated[:7])


def test_the_limit_is_the_querys():
    assert LIMIT == 500 and "LIMIT 500 }" in FIRST_RELATIONS.body
