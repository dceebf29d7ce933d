"""Rows put in ``ORDER BY`` order in Python are in the order Oxigraph's own ``ORDER BY`` gives."""

from __future__ import annotations

import json

import pyoxigraph as ox
import pytest

from graph.result_order import in_query_order, order_variables

EX = "https://example.org/order/"
XSD = "http://www.w3.org/2001/XMLSchema#"


def _store(values: list[tuple[str, ox.Literal | ox.NamedNode | None, ox.Literal | ox.NamedNode | None]]) -> ox.Store:
    store = ox.Store()
    for name, a, b in values:
        row = ox.NamedNode(EX + name)
        store.add(ox.Quad(row, ox.NamedNode(EX + "is"), ox.Literal(name)))
        for prop, value in (("a", a), ("b", b)):
            if value is not None:
                store.add(ox.Quad(row, ox.NamedNode(EX + prop), value))
    return store


_QUERY = f"""SELECT ?row ?a ?b WHERE {{ ?row <{EX}is> ?name
  OPTIONAL {{ ?row <{EX}a> ?a }} OPTIONAL {{ ?row <{EX}b> ?b }} }} ORDER BY ?a ?b"""


def _rows(store: ox.Store, query: str) -> list[dict]:
    data = store.query(query).serialize(format=ox.QueryResultsFormat.JSON)
    return json.loads(data)["results"]["bindings"]


def _integer(n: int) -> ox.Literal:
    return ox.Literal(str(n), datatype=ox.NamedNode(XSD + "integer"))


def test_iris_integers_strings_and_unbound_come_in_the_stores_order():
    store = _store([
        ("r1", ox.NamedNode(EX + "zeta"), _integer(10)), ("r2", ox.NamedNode(EX + "Zeta"), _integer(9)),
        ("r3", ox.NamedNode(EX + "zeta"), _integer(-2)), ("r4", None, _integer(3)),
        ("r5", ox.NamedNode(EX + "éclair"), None), ("r6", ox.NamedNode(EX + "e"), _integer(100)),
        ("r7", ox.Literal("b"), _integer(1)), ("r8", ox.Literal("a\u00e9"), _integer(1)), ("r9", ox.Literal("ab"), None),
        ("r10", ox.Literal("ab"), _integer(0)),
    ])
    unordered, variables = order_variables(_QUERY)
    assert variables == ["a", "b"]
    rows = _rows(store, unordered)
    rows.reverse()  # not the order the store found them in
    assert in_query_order(rows, variables) == _rows(store, _QUERY)


@pytest.mark.parametrize("a, b", [
    (ox.Literal("x", language="en"), ox.Literal("y", language="fr")),  # language-tagged: not reproduced
    (ox.Literal("1"), _integer(2)),  # two kinds of literal in one column
    (ox.BlankNode(), ox.BlankNode()),
])
def test_an_order_not_reproduced_gives_none(a, b):
    store = _store([("r1", a, None), ("r2", b, None)])
    unordered, variables = order_variables(_QUERY)
    assert in_query_order(_rows(store, unordered), variables) is None


def test_rows_tied_on_every_ordered_column_have_no_order_to_reproduce():
    store = _store([("r1", _integer(1), None), ("r2", _integer(1), None)])
    unordered, variables = order_variables(_QUERY)
    assert in_query_order(_rows(store, unordered), variables) is None


def test_a_language_tagged_column_that_never_decides_is_no_obstacle():
    store = _store([("r1", _integer(2), ox.Literal("x", language="en")), ("r2", _integer(1), ox.Literal("y", language="fr"))])
    unordered, variables = order_variables(_QUERY)
    assert in_query_order(_rows(store, unordered), variables) == _rows(store, _QUERY)


def test_an_order_by_an_expression_is_refused():
    with pytest.raises(ValueError, match="ORDER BY"):
        order_variables("SELECT ?a WHERE { ?a ?b ?c } ORDER BY DESC(?a)")
